"""NORM005: candrabindu, anusvara or visarga typed before the vowel sign."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Example, Hit, Rule
from ..document import Document
from .common import SAFE, SIGN, UNSAFE, hit, repairs, visual_order_fix

_NASAL_BEFORE_SIGN = re.compile(rf"([\u0981\u0982\u0983])({SIGN})")


def nasal_before_vowel_sign(text: str, ctx: Document) -> Iterator[Hit]:
    for m in _NASAL_BEFORE_SIGN.finditer(text):
        nasal, sign = m.group(1), m.group(2)
        if nasal == "\u0981" and sign in "\u09be\u09d7" and m.start() > 0 and text[m.start() - 1] == "\u09c7":
            continue  # NORM004
        if nasal != "\u0981":
            moved = visual_order_fix(text, m.start(2))
            if moved:  # সংিক্ষপ্ত: the sign belongs after the next consonant (সংক্ষিপ্ত)
                end, rewritten = moved
                yield Hit(
                    m.start(),
                    end,
                    f"“{sign}” বর্ণের আগে টাইপ করা; কার বসে বর্ণের পরে",
                    repairs(text, ctx, (m.start(2), end, rewritten)),
                )
                continue
        applicability = SAFE if nasal == "\u0981" else UNSAFE
        yield hit(
            m,
            f"“{nasal}” কারের আগে টাইপ করা; আগে কার, তারপর “{nasal}”",
            (sign + nasal, applicability),
        )


NASAL_BEFORE_VOWEL_SIGN = Rule(
    "NORM005",
    "nasal-before-vowel-sign",
    "Candrabindu, anusvara or visarga typed before the vowel sign",
    """A Bengali syllable is written consonant, vowel sign, then ঁ/ং/ঃ. পঁাচ (ঁ before া)
    looks like পাঁচ in some fonts but is a different string, and NFC leaves it.""",
    nasal_before_vowel_sign,
    bad=(
        Example("«প\u0981\u09be»চ", "পাঁচ"),
        Example("«স\u0982\u09be»স", "সাংস"),
        Example("«সং\u09bfক্ষ»প্ত", "সংক্ষিপ্ত"),
    ),
    good=("পাঁচ, বাংলা, সাংসদ।",),
    fix_safety=(
        "Moving a candrabindu after the sign is safe; moving ং or ঃ is unsafe; moving a pre-base sign "
        "past ং or ঃ to its consonant is unsafe where it makes a known word, else only a suggestion."
    ),
    sources=("r12a, Bengali orthography notes: a vowel sign may be followed by a nasalisation mark",),
)

# What marks a single word as damaged (see damage.py).
DAMAGE = (_NASAL_BEFORE_SIGN,)
