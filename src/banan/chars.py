"""Bengali character classes: the one place that says which code point is what.

Each class is a string of characters (for `in` tests) and, where rules need it, a
regular-expression character class built from it (suffix `_RE`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


def _span(first: int, last: int) -> str:
    return "".join(chr(c) for c in range(first, last + 1))


def _re_class(chars: str) -> str:
    """A regex character class matching exactly `chars`."""
    return "[" + "".join(f"\\u{ord(c):04x}" if ord(c) > 0x7F or not c.isalnum() else c for c in chars) + "]"


CANDRABINDU = "\u0981"  # ঁ
ANUSVARA = "\u0982"  # ং
VISARGA = "\u0983"  # ঃ
NUKTA = "\u09bc"  # ়
VIRAMA = "\u09cd"  # ্ (hasanta)
KHANDA_TA = "\u09ce"  # ৎ
AU_LENGTH_MARK = "\u09d7"  # ৗ (the right half of ৌ)
ZWNJ = "\u200c"
ZWJ = "\u200d"
DANDA = "\u0964"  # ।
DOUBLE_DANDA = "\u0965"  # ॥

INDEPENDENT_VOWELS = "অআইঈউঊঋঌএঐওঔৠৡ"
CONSONANTS = (
    _span(0x0995, 0x09B9)
    .replace("\u09a9", "")
    .replace("\u09b1", "")
    .replace("\u09b3", "")
    .replace("\u09b4", "")
    .replace("\u09b5", "")
    + "\u09dc\u09dd\u09df"
)
# Dependent vowel signs (kar), including the two-part ones and the AU length mark.
VOWEL_SIGNS = "\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c4\u09c7\u09c8\u09cb\u09cc\u09e2\u09e3" + AU_LENGTH_MARK
# Pre-base signs that are typed after their consonant but drawn before it.
PRE_BASE_SIGNS = "\u09bf\u09c7\u09c8"
NASALS = CANDRABINDU + ANUSVARA + VISARGA
# Every combining mark of the block: none of these can start a syllable.
COMBINING = NASALS + NUKTA + VOWEL_SIGNS + VIRAMA + "\u09fe"
BENGALI_DIGITS = _span(0x09E6, 0x09EF)
ASCII_DIGITS = "0123456789"
DEVANAGARI_DIGITS = _span(0x0966, 0x096F)
# Letters that can carry a word: consonants, vowels, marks, khanda ta, Assamese ra/wa.
LETTERS = INDEPENDENT_VOWELS + CONSONANTS + COMBINING + KHANDA_TA + "\u09f0\u09f1" + "\u09bd"
# What a Bengali word token is made of (joiners stay inside words).
WORD_CHARS = LETTERS + ZWJ + ZWNJ

VOWEL_SIGN_RE = _re_class(VOWEL_SIGNS)
COMBINING_RE = _re_class(COMBINING)
WORD_RE = _re_class(WORD_CHARS) + "+"

# Invisible format characters that NORM015 deletes (zero-width space, soft hyphen, word
# joiner, BOM, direction marks, Mongolian vowel separator). Inside a word they split it
# for software and not for a reader: the spelling rules see one word, theirs to leave.
INVISIBLE = "\u200b\u00ad\u2060\ufeff\u200e\u200f\u180e"
# What a repair of converter damage looks through: those, and the joiners.
INVISIBLE_OR_JOINER = INVISIBLE + ZWNJ + ZWJ
# The characters of a Bengali word as the spelling rules read it, for a regex class:
# signs, letters, nukta, khanda-ta, au length mark, the joiners and the invisible
# characters that split a word only for software.
WORD_LETTERS = "\u0981-\u0983\u0985-\u09b9\u09bc-\u09ce\u09d7\u09dc-\u09e3\u200c\u200d" + INVISIBLE

# Horizontal white space other than the plain space that text may carry.
SPACE_LIKE = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

# Characters that make up the bulk of clean Bengali prose. Everything else is "rare",
# and the engine collects the rare characters of a text in one pass so that most rules
# can see at once that they have nothing to do.
COMMON = (
    INDEPENDENT_VOWELS
    + CONSONANTS.replace("\u09dc", "").replace("\u09dd", "").replace("\u09df", "")
    + VOWEL_SIGNS.replace(AU_LENGTH_MARK, "").replace("\u09c4", "").replace("\u09e2", "").replace("\u09e3", "")
    + CANDRABINDU
    + ANUSVARA
    + VISARGA
    + VIRAMA
    + NUKTA
    + KHANDA_TA
    + BENGALI_DIGITS
    + " \n"
    + DANDA
    + ",-?"
)
RARE_RE = "[^" + "".join(f"\\u{ord(c):04x}" for c in COMMON) + "]"


@cache
def table(characters: str | frozenset[str]) -> np.ndarray:
    """A boolean table by code point (Basic Multilingual Plane) of `characters`, for
    tests on a whole text at once (`table[codes]`, with codes clipped to the last
    entry, which stands for every code point above it and is False). Made on first use,
    by the rules that test a long text's code points: numpy loads then."""
    import numpy as np

    out = np.zeros(0x10001, dtype=bool)
    out[[ord(c) for c in characters if ord(c) < 0x10000]] = True
    out.flags.writeable = False  # shared by every caller
    return out


_CONSONANT_SET = frozenset(CONSONANTS)


def cluster_end(text: str, i: int) -> int:
    """The end of the consonant cluster (ক, ক্ষ, স্ত্র, with nukta) starting at `i`; `i` if none."""
    n = len(text)
    if i >= n or text[i] not in _CONSONANT_SET:
        return i
    j = i + 1
    while True:
        if j < n and text[j] == NUKTA:
            j += 1
        if j + 1 < n and text[j] == VIRAMA and text[j + 1] in _CONSONANT_SET:
            j += 2
            continue
        return j
