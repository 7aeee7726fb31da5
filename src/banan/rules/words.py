"""The Bengali words of a text, as the spelling rules see them.

A white-space split and a count run at C speed; a word is located only when a rule
reports it. Words glued to digits or Latin letters, abbreviations, words inside URLs or
code, and words with encoding damage (the NORM rules' business) are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import accumulate, compress, count

from .. import chars
from ..lazy import lazy
from ..spelling import morphology
from ..spelling.sources import RA_YA
from .document import Document

__all__ = ["LETTERS", "DocumentWords", "accepted", "document_words", "words"]

_LETTERS = chars.WORD_LETTERS
# Inside a white-space-delimited token: a run of Bengali letters and marks (with any
# ZWNJ/ZWJ), and what touches it. A word glued to digits, Latin letters or code (১০ম,
# ATMটি), or followed by a full stop (ড., মো.), is not judged.
_IN_TOKEN = re.compile(f"([0-9A-Za-z০-৯_@#]?)([{_LETTERS}]+)([0-9A-Za-z০-৯_@#.]?)")
_ALL_LETTERS = re.compile(f"[{_LETTERS}]+")
_SIGNS = frozenset(
    "\u0981\u0982\u0983\u09bc\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c4\u09c7\u09c8\u09cb\u09cc\u09cd\u09d7"
)
_CACHE_LIMIT = 200_000
_TOKEN = re.compile(r"\S+")
# Locating a few tokens in a short text: str.find for each (C speed), while this many
# characters read in all; beyond it, the start of every token is computed once.
_FIND_BUDGET = 1_000_000
# What str.isspace calls white space (and so where str.split cuts).
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())  # none above U+3000
_JUDGEABLE: dict[str, bool] = {}
_TOKEN_WORDS: dict[str, tuple[tuple[int, int, str], ...]] = {}
_WHOLE_WORDS: set[str] = set()  # tokens that are exactly one judgeable word
_PLAIN: set[str] = set()  # known, standard, common words: no spelling rule reports them
_NOT_PLAIN: set[str] = set()  # the other words seen: some spelling rule looks at them


_HAS_INVISIBLE = re.compile(f"[{chars.INVISIBLE}]")


def _judgeable(word: str) -> bool:
    """Whether a speller should judge the word: two letters or more, and an encoding
    without damage (ZWNJ, a ZWJ other than র‍্য's, a leading sign, a non-canonical
    sequence, an invisible character are the NORM rules' business, and a spelling
    verdict on them would only repeat those). A word an invisible character splits
    (পরী + ZWSP + ক্ষা) is one word, not two fragments to respell (পরী -> পরি)."""
    verdict = _JUDGEABLE.get(word)
    if verdict is None:
        # The ZWJ of র‍্য (র‍্যাব) belongs to the spelling; any other joiner is damage.
        verdict = (
            len(word) > 1
            and "\u200c" not in word
            and word[0] not in _SIGNS
            and word.count("\u200d") == word.count(RA_YA)
            and not _HAS_INVISIBLE.search(word)
        )
        if len(_JUDGEABLE) > _CACHE_LIMIT:
            _JUDGEABLE.clear()
        _JUDGEABLE[word] = verdict
    return verdict


def _token_words(token: str) -> tuple[tuple[int, int, str], ...]:
    """The judgeable words inside one token, as (start, end, word) within the token."""
    found = _TOKEN_WORDS.get(token)
    if found is None:
        if _ALL_LETTERS.fullmatch(token):  # the usual token: one word and nothing else
            found = ((0, len(token), token),) if _judgeable(token) else ()
        else:
            found = tuple(
                (m.start(2), m.end(2), m.group(2))
                for m in _IN_TOKEN.finditer(token)
                if not m.group(1) and not m.group(3) and _judgeable(m.group(2))
            )
        if len(_TOKEN_WORDS) > _CACHE_LIMIT:
            _TOKEN_WORDS.clear()
            _WHOLE_WORDS.clear()
        _TOKEN_WORDS[token] = found
        if len(found) == 1 and found[0][2] == token:
            _WHOLE_WORDS.add(token)
    return found


def _find_tokens(text: str, offset: int, tokens: set[str]) -> Iterator[tuple[int, str]]:
    """(offset + start, token) of every whole-token occurrence of the tokens in `text`."""
    n = len(text)
    for token in tokens:
        size = len(token)
        at = text.find(token)
        while at >= 0:
            end = at + size
            # A whole token: white space (or the text's edge) on both sides.
            if (at == 0 or text[at - 1].isspace()) and (end == n or text[end].isspace()):
                yield offset + at, token
            at = text.find(token, end)  # a token holds no white space: no whole occurrence starts inside


def _overlaps(spans: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span; `spans` are sorted starts and the running
    maximum of their ends."""
    starts, reach = spans
    i = bisect_right(starts, end - 1) - 1  # the last span starting before `end`
    return i >= 0 and reach[i] > start


class DocumentWords:
    """The Bengali words of one text: counted at C speed through a split on white space,
    located only when a rule needs places (most words of most texts are never located)."""

    def __init__(self, ctx: Document) -> None:
        self.text = text = ctx.text
        self.ctx = ctx
        # str.split cuts at what str.isspace calls white space, as the places found
        # later assume; it runs several times faster than a regex split.
        self.tokens = text.split()
        self.token_counts = token_counts = Counter(self.tokens)
        # Most tokens are exactly one word already judged: the set operation finds them in C.
        rest = token_counts.keys() - _WHOLE_WORDS
        counts: dict[str, int] = dict(token_counts)
        for token in rest:
            del counts[token]
        self._places: dict[str, list[int]] = {}  # token -> its starts, for the tokens located so far
        self.expected: list[str] = []  # words the rules will likely locate (set by rules/plain.py)
        self.tokens_of: dict[str, list[str]] = defaultdict(list)  # tokens holding a word, beyond the word itself
        for token in rest:
            n = token_counts[token]
            for _, _, w in _token_words(token):
                counts[w] = counts.get(w, 0) + n
                if w != token:
                    self.tokens_of[w].append(token)
        self.counts = counts
        if ctx.protected_spans:  # words inside URLs or code do not count
            self.counts = dict(Counter(w for _, _, w in self.positions(None)))

    def positions(self, wanted: set[str] | None) -> list[tuple[int, int, str]]:
        """(start, end, word) of every occurrence of the wanted words (None: all), in
        text order."""
        if wanted is None:
            tokens = set(self.token_counts)
            places = self._token_places(tokens)
        else:
            tokens = self._tokens_holding(wanted)
            places = self._remembered_places(tokens)
        if not tokens:
            return []
        protected = self.ctx.protected if self.ctx.protected_spans else None
        damaged = self._damaged
        found = []
        for pos, token in places:
            for s, e, w in _token_words(token):
                if wanted is not None and w not in wanted:
                    continue
                if protected and protected(pos + s):
                    continue
                if damaged and _overlaps(damaged, pos + s, pos + e):
                    continue  # encoding damage: the NORM rules report it, a verdict would repeat it
                found.append((pos + s, pos + e, w))
        found.sort()
        return found

    def _tokens_holding(self, words: set[str] | list[str]) -> set[str]:
        tokens = {t for w in words for t in self.tokens_of.get(w, ())}
        tokens.update(w for w in words if w in self.token_counts)
        return tokens

    def _remembered_places(self, tokens: set[str]) -> Iterator[tuple[int, str]]:
        """(start, token) of the given tokens, each located once per text. The first
        search also locates every word a rule may report (`expected`, when known by then:
        the words that are not plain, rules/plain.py): each search reads the whole text,
        and the rules ask in turn."""
        missing = tokens - self._places.keys()
        if missing:
            if not self._places and self.ctx.long and self.expected:
                missing |= self._tokens_holding(self.expected)
            found: dict[str, list[int]] = {t: [] for t in missing}
            for pos, token in self._token_places(missing):
                found[token].append(pos)
            self._places.update(found)
        places = self._places
        return ((pos, t) for t in tokens for pos in places[t])

    def _token_places(self, tokens: set[str]) -> Iterator[tuple[int, str]]:
        """(start, token) of every occurrence of the given tokens, in text order when
        read through the token starts. A few tokens in a short text (the usual case: the
        words some rule reports) are found with str.find; otherwise each whole-text
        token is tested once against the set, in C."""
        if len(tokens) * len(self.text) <= _FIND_BUDGET:
            yield from _find_tokens(self.text, 0, tokens)
            return
        starts, all_tokens = self.token_starts, self.tokens
        for i in compress(count(), map(tokens.__contains__, all_tokens)):
            yield starts[i], all_tokens[i]

    @lazy
    def token_starts(self) -> list[int]:
        """Where each token of `tokens` starts. In a long text, on the code points at
        once: a token begins at a character that is not white space after one that is
        (or at the text's start)."""
        if not self.ctx.long:
            return [m.start() for m in _TOKEN.finditer(self.text)]
        import numpy as np

        space = chars.table(_SPACES)[self.ctx.codes]
        begins = ~space
        begins[1:] &= space[:-1]
        return np.flatnonzero(begins).tolist()

    @lazy
    def _damaged(self) -> tuple[list[int], list[int]]:
        """Spans the Unicode rules reported in this text (sorted starts, their ends): a rule
        that reads the words declares `needs=("NORM",)`."""
        spans = sorted((d.start, d.end) for d in self.ctx.findings("NORM"))
        return [s for s, _ in spans], list(accumulate((e for _, e in spans), max))


def document_words(text: str, doc: Document) -> DocumentWords:
    """The words of the document, split and counted once for all the rules."""
    return doc.fact(DocumentWords)


def words(text: str, ctx: Document) -> list[tuple[int, int, str]]:
    """Every judgeable Bengali word of the text, as (start, end, word)."""
    return document_words(text, ctx).positions(None)


def accepted(word: str, ctx: Document) -> bool:
    if not ctx.words:
        return False
    return word in ctx.words or any(stem in ctx.words for stem, _ in morphology.split(word))


LETTERS = _LETTERS
