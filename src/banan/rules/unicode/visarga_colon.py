"""NORM014: visarga ঃ and colon : swapped."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ... import chars as C
from ...data import alternation, word_list
from ..base import Example, Hit, Rule
from ..document import Document
from .common import UNSAFE, hit

# Labels a colon follows (যথা: namely; তারিখ: date): data/colon_labels.txt.
_LABELS = alternation("colon_labels")
_VISARGA_AS_COLON = regex.compile(
    rf"\u0983(?<=[{C.WORD_CHARS}]\u0983)(?=[ \t]*(?:[0-9\u09e6-\u09efA-Za-z]|[-—]))"
    rf"|\u0983(?<=(?:^|[\s“\"(])(?:{_LABELS})\u0983)(?![{C.WORD_CHARS}])"
)
_COLON_AS_VISARGA = re.compile(rf":(?<=[{C.WORD_CHARS}]:)(?=[{C.LETTERS}])")
_WORD_START = re.compile(rf"[{C.WORD_CHARS}]+$")


def colon_inside_word(text: str, pos: int) -> bool:
    """Whether the colon at `pos`, between two Bengali letters, follows a visarga
    prefix (দু:খ for দুঃখ) rather than ending a word (বলেন:আমরা)."""
    m = _WORD_START.search(text, max(0, pos - 12), pos)
    return m is not None and m.group() in word_list("visarga_prefixes")


def visarga_colon(text: str, ctx: Document) -> Iterator[Hit]:
    if "\u0983" in text:
        for m in _VISARGA_AS_COLON.finditer(text):
            yield hit(m, "বিসর্গ (ঃ) কোলনের কাজে; কোলন হলো “:”", (":", UNSAFE))
    if ctx.has_any(":"):
        for c in ctx.matches_at(_COLON_AS_VISARGA, ":"):
            if colon_inside_word(text, c.start()) and not ctx.protected(c.start()):
                yield hit(c, "শব্দের ভেতরে কোলন (:); বিসর্গ হলো “ঃ” (দুঃখ, দুঃসহ)", ("\u0983", UNSAFE))


VISARGA_COLON = Rule(
    "NORM014",
    "visarga-colon",
    "Visarga ঃ used as a colon, or a colon : used as a visarga inside a word",
    """Visarga is a letter (দুঃখ); the colon is punctuation (যথা:). Typists swap them
    because they look alike: যথাঃ, তারিখঃ ১২ মে, দু:খ. banan flags ঃ before a number,
    Latin text or a dash, and after common labels (যথা, বিষয়, তারিখ…); and : inside a
    word after a visarga prefix (দু, নি, অন্ত, পুন…; data/visarga_prefixes.txt). A colon
    after any other word (বলেন:আমরা) only lacks its space (SPACE003). It never turns a
    colon into a visarga elsewhere, the mistake a popular normalizer makes on every colon after a Bengali word.""",
    visarga_colon,
    bad=(
        Example("তারি«খ\u0983» ১২ মে", "তারিখ: ১২ মে"),
        Example("দু«:»খ পেয়েছি", "দুঃখ পেয়েছি"),
    ),
    good=("দুঃখ পেয়েছি। তিনি বলেন: আমরা যাব। সময় ১০:৩০। বিষয়:প্রস্তাব",),
    fix_safety="Unsafe: an old spelling such as ক্রমশঃ is a visarga, not a colon.",
    sources=("shiksharalo.net (যথাঃ is wrong, যথা: is right)", "indic_nlp_library BengaliNormalizer (: -> ঃ)"),
)
