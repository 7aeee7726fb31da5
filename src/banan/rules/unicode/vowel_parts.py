"""NORM003, NORM004: ো and ৌ typed in two parts, or with a candrabindu between the parts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Example, Hit, Rule, replace
from ..document import Document
from .common import SAFE, UNSAFE, hit

_AU_LENGTH_HOSTS = frozenset(map(chr, range(0x0995, 0x09BA))) | {"\u09bc"}  # a lone ৗ after these


def vowel_sign_in_parts(text: str, ctx: Document) -> Iterator[Hit]:
    parts = "\u09c7\u09be" in text
    if not parts and not ctx.has_any("\u09d7"):
        return
    # ে is everywhere: a regex starting with it stops at each one, so the (rare) pieces
    # are found with str.find instead.
    found: list[tuple[int, int, str]] = []
    if parts:
        i = text.find("\u09c7\u09be")
        while i >= 0:
            found.append((i, i + 2, "o"))
            i = text.find("\u09c7\u09be", i + 2)
    i = text.find("\u09d7")
    while i >= 0:
        if i and text[i - 1] == "\u09c7":
            found.append((i - 1, i + 1, "ou"))
        elif i and text[i - 1] in _AU_LENGTH_HOSTS:
            found.append((i, i + 1, "lone"))
        i = text.find("\u09d7", i + 1)
    for start, end, kind in sorted(found):
        if kind == "o":
            message, fix = "“ো”-কার দুই টুকরোয় (ে + া) লেখা; এক চিহ্নে “ো”", ("\u09cb", SAFE)
        elif kind == "ou":
            message, fix = "“ৌ”-কার দুই টুকরোয় (ে + ৗ) লেখা; এক চিহ্নে “ৌ”", ("\u09cc", SAFE)
        else:
            message, fix = "“ৗ” (ঔ-কারের ডান অংশ) একা বসেছে; সম্ভবত “ৌ”", ("\u09cc", UNSAFE)
        yield Hit(start, end, message, (replace(start, end, fix[0], fix[1]),))


VOWEL_SIGN_IN_PARTS = Rule(
    "NORM003",
    "vowel-sign-in-parts",
    "ো or ৌ typed as two signs (ে + া, ে + ৗ)",
    """ো (U+09CB) and ৌ (U+09CC) have canonical decompositions into ে + া and ে + ৗ. The
    two-part spelling renders the same in most fonts but breaks search and counting.
    NFC composes it. A lone ৗ (the right half of ৌ) after a consonant is almost
    always a broken ৌ.""",
    vowel_sign_in_parts,
    bad=(
        Example("আ«র\u09c7\u09be»", "আরো"),
        Example("«প\u09c7\u09d7ঁ»ছে", "পৌঁছে"),
    ),
    good=("আরো পৌঁছে গেছে।",),
    fix_safety="Safe for ে + া and ে + ৗ (canonically equivalent); unsafe for a lone ৗ.",
    sources=("Unicode canonical decompositions of U+09CB and U+09CC", "bnUnicodeNormalizer README"),
)


_SPLIT_BY_CANDRABINDU = re.compile("\u09c7\u0981([\u09be\u09d7])")


def vowel_sign_split_by_candrabindu(text: str, ctx: Document) -> Iterator[Hit]:
    if "\u09c7\u0981" not in text:
        return
    for m in _SPLIT_BY_CANDRABINDU.finditer(text):
        whole = "\u09cb" if m.group(1) == "\u09be" else "\u09cc"
        yield hit(m, f"চন্দ্রবিন্দু “{whole}”-কারের দুই অংশের মাঝে পড়েছে; লিখুন “{whole}ঁ”", (whole + "\u0981", SAFE))


VOWEL_SIGN_SPLIT_BY_CANDRABINDU = Rule(
    "NORM004",
    "vowel-sign-split-by-candrabindu",
    "A candrabindu typed between the two halves of ো or ৌ",
    """পেঁৗছে (ে + ঁ + ৗ) looks like পৌঁছে, but the candrabindu sits between the halves of
    the vowel sign. NFC does not fix it: ঁ has combining class 0 and blocks
    composition. Some public normalizers even drop the ৗ and produce a wrong word.""",
    vowel_sign_split_by_candrabindu,
    bad=(Example("«প\u09c7\u0981\u09d7»ছে", "পৌঁছে"),),
    good=("পৌঁছে গেছে, খোঁজ নিয়েছে।",),
    fix_safety="Safe: the intended syllable is unambiguous.",
    sources=("csebuetnlp/normalizer const.py (ে ঁ ৗ -> ৌঁ)",),
)
