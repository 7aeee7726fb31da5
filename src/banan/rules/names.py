"""Where a word stands in a name or in quoted text, which keep their own spelling.

The standard-spelling rules (ORTHO) respell words; a person's name (কাজী হায়াৎ, অমিত
ভট্টাচার্য্য), an organisation's, a foreign name of known words (মিডওয়াটার) and a quotation
of a title or an old text keep the spelling their owner or author gave them. These
functions read the words around a word, in its clause, for such signs; a word they place
in a name keeps its finding as a suggestion, never as a fix a machine applies.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..chars import WORD_LETTERS as LETTERS
from ..data import word_list
from ..spelling import morphology, speller

__all__ = ["heads_a_compound_name", "in_a_personal_name", "in_old_prose", "in_quotation"]

_CLAUSE_MARK = re.compile('[।॥,;:?!()\\[\\]{}"“”‘’«»\n]')
_WINDOW = 160  # code points either side of a word in which its clause is read
_TOKEN = re.compile("\\S+")
_WORD = re.compile(f"[{LETTERS}]+")


def _clause_before(text: str, start: int) -> list[str]:
    """The tokens of the clause before `start`, nearest last."""
    window = text[max(0, start - _WINDOW) : start]
    marks = list(_CLAUSE_MARK.finditer(window))
    if marks:
        window = window[marks[-1].end() :]
    return window.split()


def _clause_after(text: str, end: int) -> list[str]:
    """The tokens of the clause after `end`, nearest first."""
    window = text[end : end + _WINDOW]
    stop = _CLAUSE_MARK.search(window)
    if stop:
        window = window[: stop.start()]
    return window.split()


# -- quotations ---------------------------------------------------------------------------
_OPENERS = {"“": "”", "‘": "’", "«": "»"}


_QUOTE_REACH = 2000  # code points: a quotation opened further back is not looked for (bounded work per word)


def in_quotation(text: str, start: int) -> bool:
    """Whether `start` is inside quotation marks opened earlier in its paragraph: a
    quotation keeps the spelling of what it quotes (a title, an old text)."""
    line_start = max(text.rfind("\n", max(0, start - _QUOTE_REACH), start) + 1, start - _QUOTE_REACH)
    before = text[line_start:start]
    if before.count('"') % 2:
        return True
    return any(before.rfind(o) > before.rfind(c) for o, c in _OPENERS.items())


# -- old prose (সাধু ভাষা) --------------------------------------------------------------------
# Pronoun and verb forms that only সাধু ভাষা, the literary Bengali of before the mid-20th
# century, uses: a sentence that has one quotes an old text (or is one), and keeps its spelling.
# The words are data/sadhu_words.txt (তাহা, that; হইয়া, having been), and the forms of common
# consonant roots: root + ি + ending (data/sadhu_verb_roots.txt, data/sadhu_verb_endings.txt:
# চলিতে, to go; বলিল, said; ধরিয়াছে, has held).
_SADHU = word_list("sadhu_words") | frozenset(
    root + "ি" + ending for root in word_list("sadhu_verb_roots") for ending in word_list("sadhu_verb_endings")
)
_SENTENCE_END = re.compile("[।॥?!\n]")


def in_old_prose(text: str, start: int, end: int) -> bool:
    """Whether the sentence around the word is সাধু ভাষা (old literary prose): a quotation
    of an old text, whose spelling is the text's own."""
    left = text[max(0, start - 2 * _WINDOW) : start]
    marks = list(_SENTENCE_END.finditer(left))
    if marks:
        left = left[marks[-1].end() :]
    right = text[end : end + 2 * _WINDOW]
    stop = _SENTENCE_END.search(right)
    if stop:
        right = right[: stop.start()]
    return any(w in _SADHU for w in _WORD.findall(left + " " + right))


# -- personal names -------------------------------------------------------------------------
# An Arabic compound name's first word: X-উর before a second part in র (মুজিবুর রহমান),
# X-উল before another (আমিনুল ইসলাম); `data/name_second_parts.txt`.
_COMPOUND_NAME_HEAD = re.compile("(?:\u09c1|উ)(?:র|ল)$")
_NEXT_WORD = re.compile(f"[ \u00a0]+([{LETTERS}]+)")
_MINISTER = "মন্ত্রী"
_TITLE_REACH = 2  # a title names the next word and the one after it (অধ্যাপক আনিসুজ্জামান, ড. কামাল হোসেন)


def heads_a_compound_name(text: str, end: int, word: str) -> bool:
    """Whether `word`, ending at `end`, is the first word of an Arabic compound name:
    it ends in -উর or -উল and a second part follows (আদিলুর রহমানকে)."""
    if not _COMPOUND_NAME_HEAD.search(word):
        return False
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    after = m.group(1)
    parts = word_list("name_second_parts")
    second = (
        after
        if after in parts
        else next(
            (stem for stem, ending in morphology.split(after) if stem in parts and ending in morphology.NAME_ENDINGS),
            None,
        )
    )
    return second is not None and (word[-1] == "ল") == (second[0] != "র")


def _bare(token: str) -> str:
    return token.strip("\"'“”‘’()[]{}-–—")


def _a_title(token: str) -> bool:
    token = _bare(token)
    return token in word_list("name_titles") or (token.endswith(_MINISTER) and len(token) > len(_MINISTER))


@lru_cache(maxsize=65536)
def _unknown(word: str) -> bool:
    return not speller().is_known(word)


def _a_surname(word: str, forms: tuple[str, ...]) -> bool:
    surnames = word_list("surnames")
    stems = {word, *forms}
    stems |= {s for w in tuple(stems) for s, e in morphology.split(w) if e in morphology.NAME_ENDINGS}
    return bool(stems & surnames)


def in_a_personal_name(text: str, start: int, end: int, word: str, forms: tuple[str, ...] = ()) -> bool:
    """Whether the word at [start, end) reads as a word of a person's name: one of the
    two words after a title (কাজী হায়াৎ, প্রতিমন্ত্রী কিরন রিজ্জু); a word the lexicon does not
    know comes next in its clause (a foreign name: কিরন রিজ্জু); a word just before or after
    an Arabic compound name (চাষী নজরুল ইসলাম); or a family name after another word
    (অমিত ভট্টাচার্য্য). `forms` are the spellings a rule would give the word, which the
    family-name list is matched in too."""
    before = _clause_before(text, start)
    after = _clause_after(text, end)
    if any(_a_title(t) for t in before[-_TITLE_REACH:]):
        return True
    nxt = _WORD.fullmatch(_bare(after[0])) if after else None
    if nxt and _unknown(nxt.group()):
        return True
    if after:
        m = _NEXT_WORD.match(text, end)
        if m and heads_a_compound_name(text, m.end(), m.group(1)):
            return True
    if (
        len(before) >= 2
        and _WORD.fullmatch(before[-2])
        and heads_a_compound_name(f"{before[-2]} {before[-1]}", len(before[-2]), before[-2])
    ):
        return True  # after the compound name: its family name (মুজিবুর রহমান চৌধুরী)
    return bool(before) and bool(_WORD.fullmatch(_bare(before[-1]))) and _a_surname(word, forms)


# -- foreign names of known words -------------------------------------------------------------
_PART_ZIPF = 3.0  # a part this common is a word the writer meant, not a chance string
_PART_LENGTH = 3  # code points: shorter parts (কি, না) meet inside any word
_SIGNS = frozenset(
    "\u0981\u0982\u0983\u09bc\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c4\u09c7\u09c8\u09cb\u09cc\u09cd\u09d7"
)


def _common(word: str) -> bool:
    sp = speller()
    return len(word) >= _PART_LENGTH and sp.is_known(word) and sp.lexicon.frequency(word) >= _PART_ZIPF


def respells_a_known_word(word: str, name: str) -> bool:
    """Whether making `word` into the gazetteer's `name` would change letters inside a
    word the writer wrote on purpose: the word is a word of the word list with a case ending
    (গ্রিনস + ের, the Greens, is no misspelt গ্রিসের), or two common words written as one
    name and the change falls inside one of them, away from where they meet (মিড + ওয়াটার,
    Midwater, is no misspelt মিডওয়েটার; but জার + মানি, with the reph missing where they
    meet, is জার্মানি misspelt). Such a word is another name, not a slip."""
    sp = speller()
    for stem, ending in morphology.split(word):
        if ending in morphology.NAME_ENDINGS and sp.lexicon.frequency(stem) >= 0 and not name.startswith(stem):
            return True
    prefix = 0
    while prefix < min(len(word), len(name)) and word[prefix] == name[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(word), len(name)) - prefix and word[-1 - suffix] == name[-1 - suffix]:
        suffix += 1
    changed_from, changed_to = prefix, len(word) - suffix  # the letters of `word` the change touches
    stems = [word] + [s for s, e in morphology.split(word) if e in morphology.NAME_ENDINGS]
    for stem in stems:
        for k in range(_PART_LENGTH, len(stem) - _PART_LENGTH + 1):
            if stem[k] in _SIGNS or stem[k - 1] == "\u09cd":
                continue  # not between two letters
            first, second = stem[:k], stem[k:]
            if not (_common(first) and _common(second)):
                continue
            if changed_from > k or changed_to < k:
                return True
    return False
