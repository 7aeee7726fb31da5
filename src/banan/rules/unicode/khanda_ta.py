"""NORM006: khanda ta (ৎ) in an old encoding, or with a vowel sign."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import reduce

from ... import chars as C
from ..base import Example, Hit, Rule
from ..document import Document
from .common import SAFE, SIGN, UNSAFE, hit

# ত্ + ZWJ was khanda ta before Unicode 4.1. ত্ + a consonant outside ত থ ন ব ম য র is
# an old encoding too: those seven are the only conjuncts ত forms in Bengali.
_KHANDA_TA_ZWJ = re.compile("\u09a4\u09cd\u200d(?!\u09cd)")
# The consonants ত never joins; য় is written with its nukta as a letter of its own.
_NEVER_AFTER_TA = reduce(lambda s, c: s.replace(c, ""), ("ত", "থ", "ন", "ব", "ম", "য", "র", "য়"), C.CONSONANTS)
_KHANDA_TA_CONJUNCT = re.compile(rf"\u09a4\u09cd(?=[{_NEVER_AFTER_TA}])(?!য়)")
_KHANDA_TA_SIGN = re.compile(rf"\u09ce({SIGN})")


def khanda_ta_legacy(text: str, ctx: Document) -> Iterator[Hit]:
    if "\u09a4\u09cd" in text:
        for m in _KHANDA_TA_ZWJ.finditer(text):
            yield hit(m, "খণ্ড-ত পুরোনো এনকোডিংয়ে (ত + ্ + ZWJ); আজকের ইউনিকোডে “ৎ”", ("\u09ce", SAFE))
        for m in _KHANDA_TA_CONJUNCT.finditer(text):
            nxt = text[m.end()] if m.end() < len(text) else ""
            yield hit(m, f"“ত্{nxt}”: ত এই বর্ণের সঙ্গে যুক্তবর্ণ গড়ে না; খণ্ড-ত লিখুন “ৎ{nxt}”", ("\u09ce", SAFE))
    if "\u09ce" in text:
        for m in _KHANDA_TA_SIGN.finditer(text):
            yield hit(
                m,
                f"“{m.group()}”: খণ্ড-ত (ৎ) কার নেয় না; বিভক্তির আগে ত হয় (জগৎ → জগতের)",
                ("\u09a4" + m.group(1), UNSAFE),
            )


KHANDA_TA_LEGACY = Rule(
    "NORM006",
    "khanda-ta-legacy",
    "Khanda ta in an old encoding (ত্ + ZWJ, or ত্ + a consonant it never joins), or ৎ with a vowel sign",
    """Before Unicode 4.1 khanda ta was written ত + ্ + ZWJ; since then it is ৎ (U+09CE),
    and no normalization form converts the old spelling. ত forms conjuncts only with
    ত থ ন ব ম য র (উত্তর, পত্নী, আত্মা, সত্য, পত্র), so ত্ + another consonant (উত্স,
    উত্পাত) is the old encoding of ৎ. ৎ itself takes no vowel sign: before a vowel it
    becomes ত (জগতের).""",
    khanda_ta_legacy,
    bad=(
        Example("উ«ত\u09cd\u200dস»", "উৎস"),
        Example("উ«ত\u09cdপা»দন", "উৎপাদন"),
        Example("জগ«\u09ce\u09c7»র", "জগতের"),
    ),
    good=("উৎস, উৎপাদন, উত্তর, পত্নী, আত্মা, সত্য, পত্র, জগতের।",),
    fix_safety="Converting the old encodings is safe; ৎ + sign -> ত + sign is unsafe.",
    sources=(
        "The Unicode Standard, ch. 12 Bengali: Khanda Ta",
        "bnUnicodeNormalizer ToAndHosontoNormalize (allow-list ত থ ন ব ম য র)",
    ),
)

# What marks a single word as damaged (see damage.py).
DAMAGE = (_KHANDA_TA_ZWJ, _KHANDA_TA_CONJUNCT, _KHANDA_TA_SIGN)
