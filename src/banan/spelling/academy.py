"""What the Bangla Academy standard makes of a word, as word-level answers.

The standard-spelling table read through inflections (`standard_form`: সরকারীভাবে ->
সরকারিভাবে), a consonant doubled after reph (`undouble_reph`: কর্ত্তৃপক্ষ -> কর্তৃপক্ষ) and
the negation না written solid with a verb (`negation_apart`: ভাবিনা -> ভাবি না). Pure
functions of the word and the lexicon: the rules (rules/orthography/) turn them into
findings, and the verdicts (rules/verdicts.py) decide which rule reports a word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import word_list
from . import morphology, speller
from .lexicon import FROM_HUNSPELL
from .standard import standard_forms

__all__ = ["COMMON_ZIPF", "REPH_DOUBLE", "negation_apart", "standard_form", "undouble_reph"]

# -- The standard-spelling table (ORTHO001, ORTHO004) ---------------------------------------
COMMON_ZIPF = 3.0  # a word this frequent as written is not read as a table stem + ending at random


@lru_cache(maxsize=65536)
def standard_form(word: str) -> tuple[str, str, bool] | None:
    """(standard spelling of the whole word, the rule, whether it is house style) when
    the table knows the word or its stem."""
    found = _through_table(word)
    if not found:
        return None
    then = _through_table(found[0])
    if then:
        # The correction is listed too: a chain is followed once (গুনীজন -> গুণীজন ->
        # গুণিজন); a word two entries cut two ways (সম্মানীত + ে, সম্মানি + তে) would be
        # sent back and forth, and is left alone.
        if then[0] == word or _through_table(then[0]):
            return None
        if then[2] and not found[2]:
            return found  # the next step is house style, which the house chooses
        return then[0], found[1], found[2] and then[2]
    return found


def _through_table(word: str) -> tuple[str, str, bool] | None:
    forms = standard_forms()
    entry = forms.get(word)
    if entry:
        return entry.right, entry.rule, entry.style
    readings = morphology.split(word)
    for stem, suffix in readings:
        entry = forms.get(stem)
        if entry and suffix in morphology.INFLECTIONS:
            # The ending in the form the standard stem takes (সখ্যতার -> সখ্যের, not সখ্যর).
            right = morphology.rejoin(entry.right, suffix)
            # A correction the speller would report is none (হ্যা + র is no হ্যাঁর).
            if (
                right != word
                and not _read_otherwise(word, right, readings, stem, entry.right)
                and speller().is_known(right)
            ):
                return right, entry.rule, entry.style
    return None


def _read_otherwise(word: str, right: str, readings: tuple[tuple[str, str], ...], listed: str, standard: str) -> bool:
    """Whether the listed stem is a chance reading: a shorter, standard and trusted stem
    with a longer ending also reads the word, and the would-be correction is rarer than
    the word as written (সংস্কৃতিকে is সংস্কৃতি + কে, not a non-standard সংস্কৃতিক + ে; but পোষাকে
    is পোশাকে misspelt, not পোষা + কে)."""
    sp = speller()
    z_right, z_word = sp.lexicon.frequency(right), sp.lexicon.frequency(word)
    if z_right >= z_word:
        return False
    if z_right <= 0 and z_word >= COMMON_ZIPF and sp.lexicon.frequency(standard) >= sp.lexicon.frequency(listed):
        # A common word whose correction no list has seen, though the standard stem is the
        # commoner spelling, is another word: কাদের 'whose' is not কাদে + র, to be কাঁদের.
        # (Where the standard stem is the rarer one, as শ্রেণি, unseen forms are expected.)
        return True
    return any(
        len(stem) >= 3
        and listed.startswith(stem)
        and stem not in (listed, standard)
        and suffix in morphology.INFLECTIONS
        and stem not in standard_forms()
        and sp.trusted(stem)
        and not sp.case_form(stem)  # not a stacked reading (আঙ্গুলে + র)
        for stem, suffix in readings
    )


# -- No doubling after reph (ORTHO002) -------------------------------------------------
REPH_DOUBLE = re.compile("র্([\u0995-\u09b9])্\\1")


def undouble_reph(word: str) -> str:
    """The word without a consonant doubled after reph (কর্ত্তৃপক্ষ -> কর্তৃপক্ষ)."""
    return REPH_DOUBLE.sub(r"র্\1", word) if "র্" in word else word


# -- The negation না written solid with its verb (ORTHO006) --------------------------------
# না after a finite verb is a word of its own (ভাবি না, মানবে না); নি attaches (করিনি).
# A consonant-final root's forms are read by the morphology; the common roots that end
# in a vowel (যা go, খা eat, দে give, নে take, হ be: data/negation_vowel_roots.txt) have
# the endings of their finite forms listed (data/negation_vowel_root_endings.txt).
_NEGATION = "না"
_NOT_FINITE = word_list("negation_verbal_noun_endings")  # verbal nouns (করা, doing), not finite forms
# Longest first, so a root is matched whole; no root begins another, so the order only
# makes the choice the same in every process.
_VOWEL_ROOTS = tuple(sorted(word_list("negation_vowel_roots"), key=lambda r: (-len(r), r)))
_VOWEL_ROOT_ENDINGS = word_list("negation_vowel_root_endings")
_CASE_FORMS = tuple(sorted(word_list("negation_case_endings")))  # a noun or a name declines: করিনার (Kareena's)
_DECLINES_ZIPF = 1.0


def _finite_verb(word: str) -> bool:
    sp = speller()
    for root in _VOWEL_ROOTS:
        if word.startswith(root) and word[len(root) :] in _VOWEL_ROOT_ENDINGS:
            return word in sp.lexicon
    return any(
        ending not in _NOT_FINITE and not ending.endswith(("নি", "ই", "ও"))
        for _, ending in morphology.verb_readings(word, sp.is_verb)
    )


@lru_cache(maxsize=65536)
def negation_apart(word: str) -> str | None:
    """The verb and না apart (ভাবিনা -> ভাবি না), when the word is a finite verb form and
    না. Not a word of a curated list, nor one the web list has with a case ending: that
    is a noun or a name (করিনা, করিনার)."""
    if not word.endswith(_NEGATION) or len(word) < 4:
        return None
    lex = speller().lexicon
    if lex.origin_of(word) & FROM_HUNSPELL or max(lex.frequency(word + e) for e in _CASE_FORMS) >= _DECLINES_ZIPF:
        return None
    verb = word[: -len(_NEGATION)]
    return f"{verb} {_NEGATION}" if _finite_verb(verb) else None
