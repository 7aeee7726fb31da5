"""Where a word of the standard-spelling rules stands: inside a name, whose words keep the
name's spelling, or in quoted or old text, where a fix is only shown.

Shared by the ORTHO rules: `places_outside_names` gives the places of the words to
report, each with how its fix applies (`fix_applicability`), and `word_around` finds the
word around a match of a rule that reads letters in running text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...chars import INVISIBLE
from ...data import word_list
from ...diagnostics import Applicability
from ...spelling import morphology, speller
from ...spelling.academy import COMMON_ZIPF
from ..names import in_a_personal_name, in_old_prose, in_quotation
from ..words import LETTERS, DocumentWords

__all__ = ["HAS_INVISIBLE", "fix_applicability", "in_word", "places_outside_names", "word_around"]

UNSAFE = Applicability.UNSAFE
DISPLAY = Applicability.DISPLAY_ONLY

_WORD_REST = re.compile("[\u0980-\u09ff\u200c\u200d]*")


@lru_cache(maxsize=1)
def _registered_names() -> dict[str, tuple[str, ...]]:
    """Registered names, and the gazetteer's place names of more than one word (কাম্পো
    গ্রান্ডে, a Brazilian city, is no misspelt গ্র্যান্ড), by each word they contain
    (জামায়াতে ইসলামী under both words). A common Bengali word of a place name (দক্ষিণ, north
    of one) is spelt as the language spells it and is not kept."""
    lexicon = speller().lexicon
    places = {n for kind in ("city", "territory") for n in lexicon.gazetteer.get(kind, ()) if " " in n}
    by_word: dict[str, list[str]] = {}
    for name in sorted(places):
        for word in name.split():
            if lexicon.frequency(word) < COMMON_ZIPF:
                by_word.setdefault(word, []).append(name)
    for name in sorted(word_list("registered_names")):
        for word in name.split():
            by_word.setdefault(word, []).append(name)
    return {w: tuple(names) for w, names in by_word.items()}


def _in_registered_names(text: str, words: set[str]) -> list[tuple[int, int]]:
    """Spans of the registered names in `text` that contain one of `words` (the name's
    last word with any ending it takes): their words keep the name's own spelling."""
    registered = _registered_names()
    names = {n for w in words for stem in (w, *(s for s, _ in morphology.split(w))) for n in registered.get(stem, ())}
    spans = []
    for name in names:
        # Before an ending, a final ৎ is written ত (পল্লী বিদ্যুৎ, পল্লী বিদ্যুতের).
        for written in (name, name[:-1] + "ত") if name.endswith("ৎ") else (name,):
            at = text.find(written)
            while at >= 0:
                rest = _WORD_REST.match(text, at + len(written))  # `*`: always a match, maybe empty
                end = rest.end() if rest else at + len(written)
                if written == name or end > at + len(written):
                    spans.append((at, end))
                at = text.find(written, end)
    return spans


# A word up to this many words before an organisation's head noun (ব্যাংক, পার্টি,
# বিশ্ববিদ্যালয়: data/organisation_words.txt), in the same clause, is part of its name.
_NAME_SPAN_WORDS = 3
_CLAUSE_MARK = re.compile('[।॥,;:?!()\\[\\]{}"“”‘’\n]')
_NEXT_WORDS = re.compile("[^\\s]+")
_AND = word_list("name_conjunctions")  # ও, এবং (and): parts of one name
_HYPHENS = re.compile("[-\u2010\u2011\u2013]")
_MINISTRY_TITLES = tuple(sorted(word_list("ministry_words")))  # মন্ত্রী (minister): str.endswith takes a tuple


def _before_an_organisation(text: str, end: int) -> bool:
    """Whether one of the next few words of the clause is an organisation's head noun
    (with any case ending): সোনালী «ব্যাংকের», পাহাড়ী ছাত্র «পরিষদ»."""
    heads = word_list("organisation_words")
    window = text[end : end + 120]
    stop = _CLAUSE_MARK.search(window)
    if stop:
        window = window[: stop.start()]
    # A hyphen joins words of a name, or a name to the next (ডাচ্-বাংলা ব্যাংক-প্রথম আলো আয়োজিত);
    # a conjunction joins parts of one name (পল্লী উন্নয়ন ও সমবায় মন্ত্রণালয়, খাদ্য ও কৃষি সংস্থা),
    # and after one, a minister's title names the ministry (পল্লী উন্নয়ন ও সমবায়মন্ত্রী).
    words = (w for m in _NEXT_WORDS.finditer(window) for w in _HYPHENS.split(m.group()) if w)
    after_and, seen = False, 0
    for word in words:
        if word in _AND:
            after_and = True
            continue
        seen += 1
        if seen > _NAME_SPAN_WORDS:
            break
        if word in heads or any(
            stem in heads and suffix in morphology.CASE_ENDINGS for stem, suffix in morphology.split(word)
        ):
            return True
        if after_and and word.endswith(_MINISTRY_TITLES):
            return True
    return False


_GLOSS_BEFORE = re.compile(f"[{LETTERS}]\\s*\\(\\s*$")


def _a_gloss(text: str, start: int, end: int) -> bool:
    """Whether the word stands alone in parentheses right after a Bengali word: a gloss,
    a foreign word written in Bengali letters beside its Bengali equivalent (জ্বালানি
    (ফুয়েল)), which keeps the spelling of the language it comes from."""
    return bool(_GLOSS_BEFORE.search(text[max(0, start - 64) : start])) and text[end : end + 3].lstrip().startswith(")")


def places_outside_names(
    text: str, doc: DocumentWords, rights: dict[str, str]
) -> Iterator[tuple[int, int, str, Applicability]]:
    """Where the words of `rights` (word -> its standard form) occur in the text, except
    inside a name, whose words keep the name's spelling: a registered name (জামায়াতে
    ইসলামী), a foreign place name written in full (কাম্পো গ্রান্ডে), a word shortly before an
    organisation's head noun (সোনালী ব্যাংক), and a gloss in parentheses. With each place,
    how its fix applies: display-only where the word may be a person's name or stands in
    quoted or old text (`fix_applicability`)."""
    if not rights:
        return
    kept = _in_registered_names(text, set(rights))
    for s, e, w in doc.positions(set(rights)):
        if any(a <= s and e <= b for a, b in kept) or _before_an_organisation(text, e) or _a_gloss(text, s, e):
            continue
        yield s, e, w, fix_applicability(text, s, e, w, rights[w])


def fix_applicability(text: str, start: int, end: int, word: str, right: str) -> Applicability:
    """UNSAFE for a standard-spelling fix in running text; DISPLAY_ONLY where the word
    reads as part of a person's name (after a title, before a word the lexicon does not
    know, beside an Arabic compound name, a family name) or stands in a quotation or in
    সাধু ভাষা (an old text quoted): the writer sees the standard form, and a machine does
    not respell a name or a quotation."""
    if (
        in_quotation(text, start)
        or in_a_personal_name(text, start, end, word, (right,))
        or in_old_prose(text, start, end)
    ):
        return DISPLAY
    return UNSAFE


def in_word(c: str) -> bool:
    """A character of a word: Bengali, a joiner, or an invisible one (which splits a word
    only for software: পরী + ZWSP + ক্ষা is one word)."""
    return "\u0980" <= c <= "\u09ff" or c in _JOINERS_AND_INVISIBLE


_JOINERS_AND_INVISIBLE = "\u200c\u200d" + INVISIBLE
HAS_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def word_around(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and in_word(text[start - 1]):
        start -= 1
    while end < len(text) and in_word(text[end]):
        end += 1
    return start, end
