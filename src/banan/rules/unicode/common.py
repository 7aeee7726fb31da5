"""What the NORM rules share: fix applicabilities, a hit with its fixes, and the repairs
of encoding damage that are checked against the lexicon."""

from __future__ import annotations

import re

import regex

from ... import chars as C
from ...diagnostics import Applicability, Fix
from ...spelling import speller
from ..base import Hit, replace
from ..document import Document

SAFE, UNSAFE, DISPLAY = Applicability.SAFE, Applicability.UNSAFE, Applicability.DISPLAY_ONLY
SIGN = C.VOWEL_SIGN_RE

NUKTA_LETTERS = {"\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc", "\u09df": "\u09af\u09bc"}


def hit(m: re.Match[str] | regex.Match[str], message: str, *fixes: tuple[str, Applicability]) -> Hit:
    """A finding over the match `m`, with one fix per (replacement, applicability)."""
    return Hit(m.start(), m.end(), message, tuple(replace(m.start(), m.end(), r, a) for r, a in fixes))


CONSONANT_SET = frozenset(C.CONSONANTS)
_WORD_CHAR_SET = frozenset(C.WORD_CHARS)
_INVISIBLE = frozenset(C.INVISIBLE_OR_JOINER)
_DROP_INVISIBLE = str.maketrans("", "", C.INVISIBLE_OR_JOINER)


def visual_order_fix(text: str, sign: int) -> tuple[int, str] | None:
    """A pre-base sign (ি ে ৈ) typed before its consonant, as converters and PDF
    extraction leave it (দিেয় for দিয়ে, কেউ িক for কেউ কি): the end of the stretch to
    rewrite and its rewritten text, with the sign moved after the cluster that follows.
    Invisible characters a converter left between the sign and its consonant (ি + ZWSP
    + স) are looked through and dropped."""
    if text[sign] not in C.PRE_BASE_SIGNS:
        return None
    start = sign + 1
    while start < len(text) and text[start] in _INVISIBLE:
        start += 1
    end = C.cluster_end(text, start)
    if end == start:
        return None
    return end, text[start:end] + text[sign]


def is_word(word: str, ctx: Document) -> bool:
    """Whether `word` is a word as written: a known word of the lexicon or the user's,
    or a regular form of one. A reading as two words written solid or as a name with a
    case ending does not count: almost any damaged string reads as one (হস্পতিবার)."""
    if not word:
        return False
    if word in ctx.words:
        return True
    sp = speller()
    return sp.is_known(word) and (sp.in_lexicon(word) or sp.is_regular_form(word))


_LONGEST_WORD = 64


def word_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The start of the word that reaches `start` and the end of the word that reaches
    `end`; None if either is longer than any word (the scan stays bounded)."""
    left = start
    while left > 0 and text[left - 1] in _WORD_CHAR_SET:
        left -= 1
        if start - left > _LONGEST_WORD:
            return None
    right = end
    while right < len(text) and text[right] in _WORD_CHAR_SET:
        right += 1
        if right - end > _LONGEST_WORD:
            return None
    return left, right


def leaves_words(text: str, start: int, end: int, replacement: str, ctx: Document) -> bool:
    """Whether replacing text[start:end] leaves known words where the edit touches: the
    stretch from the start of the word before the edit to the end of the word after it.
    An edit that leaves no letters at all (a lone mark deleted) leaves no word to be wrong."""
    around = word_around(text, start, end)
    if around is None:
        return False
    left, right = around
    pieces = (text[left:start] + replacement + text[end:right]).translate(_DROP_INVISIBLE).split()
    if not pieces:
        return not replacement.strip()
    return all(is_word(piece, ctx) for piece in pieces)


def repairs(text: str, ctx: Document, *candidates: tuple[int, int, str]) -> tuple[Fix, ...]:
    """Fixes for encoding damage whose repair is a guess (which letter a sign belongs
    to, whether a mark is noise): a candidate that leaves known words is unsafe, one
    that does not only a display suggestion, offered after them. A repair must produce
    the word the damage came from, or not be applied."""
    checked = [(s, e, r, leaves_words(text, s, e, r, ctx)) for s, e, r in candidates]
    return tuple(replace(s, e, r, UNSAFE if ok else DISPLAY) for s, e, r, ok in sorted(checked, key=lambda c: not c[3]))
