"""Encoding damage in one word, as the NORM rules see it."""

from __future__ import annotations

from . import doubled_mark, independent_vowel, khanda_ta, nasal_before_sign, nukta, virama

# The damage the rules report, as one test for a single word: a suggestion taken from a
# web list must not be a form these rules repair (চিকিত্সক, বিরু্দ্ধে, অায়). Each module
# names the patterns of its rules that mark a word as damaged (its `DAMAGE`).
_DAMAGE = (
    *nukta.DAMAGE,
    *nasal_before_sign.DAMAGE,
    *khanda_ta.DAMAGE,
    *doubled_mark.DAMAGE,
    *independent_vowel.DAMAGE,
    *virama.DAMAGE,
)


def damaged(word: str) -> bool:
    """Whether the word holds an encoding error that a NORM rule reports."""
    return any(p.search(word) for p in _DAMAGE)
