"""NORM009: a vowel sign after an independent vowel (অ + া for আ)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import chars as C
from ..base import Example, Hit, Rule
from ..document import Document
from .common import DISPLAY, SAFE, SIGN, UNSAFE, hit, repairs, visual_order_fix

_SIGN_AFTER_VOWEL = re.compile(rf"([{C.INDEPENDENT_VOWELS}])({SIGN}+)")


def sign_after_independent_vowel(text: str, ctx: Document) -> Iterator[Hit]:
    for m in _SIGN_AFTER_VOWEL.finditer(text):
        if m.group() == "অা":
            yield hit(m, "“অ” + “া” দেখতে “আ”-এর মতো; লিখুন “আ”", ("আ", SAFE))
        elif m.group() == "ওা":
            # ও then া is "wa" typed as said: the glide is written ওয়া (দেওয়া, তাইওয়ান).
            yield hit(m, "“ওা”: স্বরবর্ণ “ও”-এর পরে কার বসে না; সম্ভবত “ওয়া”", ("ওয়া", UNSAFE), ("ও", DISPLAY))
        else:
            candidates = [(m.start(), m.end(), m.group(1))]
            moved = visual_order_fix(text, m.start(2)) if len(m.group(2)) == 1 else None
            end = m.end()
            if moved:  # আিজ: a pre-base sign typed before its consonant (আজি)
                end, rewritten = moved
                candidates.insert(0, (m.start(2), end, rewritten))
            yield Hit(
                m.start(),
                end,
                f"“{m.group()}”: স্বরবর্ণ “{m.group(1)}”-এর পরে কার বসে না",
                repairs(text, ctx, *candidates),
            )


SIGN_AFTER_INDEPENDENT_VOWEL = Rule(
    "NORM009",
    "sign-after-independent-vowel",
    "A vowel sign after an independent vowel (অ + া for আ)",
    """Independent vowels carry no vowel sign. অ + া is a common look-alike for আ; ও +
    া is "wa" typed as said, written ওয়া (চাওা -> চাওয়া); a pre-base sign (ি ে ৈ)
    was typed before the consonant that follows (আিম for আমি) and is moved after it;
    other combinations (উু) are typing slips.""",
    sign_after_independent_vowel,
    bad=(
        Example("«অ\u09be»মরা", "আমরা"),
        Example("«উ\u09c1»লু", "উলু"),
        Example("চা«ও\u09be»", "চাওয়া"),
        Example("«আ\u09bfম» যাব", "আমি যাব"),
    ),
    good=("আমরা, উলু, অ্যাসিড।",),
    fix_safety=(
        "অ + া -> আ is safe; ও + া -> ওয়া is unsafe; moving or removing another sign is unsafe where the "
        "result is a known word, else only a suggestion."
    ),
    sources=("bnUnicodeNormalizer BrokenDiacritics", "csebuetnlp/normalizer (অ + া -> আ)"),
)

# What marks a single word as damaged (see damage.py).
DAMAGE = (_SIGN_AFTER_VOWEL,)
