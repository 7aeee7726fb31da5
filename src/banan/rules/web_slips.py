"""Misspellings the web word list took in: rare forms a slip away from a place name or a
far commoner word.

The web word list (wordfreq) is built from web text, slips included, so a misspelling
that many people make is a "known" word: কাজাখাস্তান (the CLDR form is কাজাখস্তান,
Kazakhstan) passes, and so does a place name with two letters swapped that happens to
read as two known words written solid (ব্রিবসেন for ব্রিসবেন, Brisbane). Such a form is
rare beside the form it misspells. `misspelt_name` finds, for a rare form of the web list
alone (or a word known only as a compound or as an unknown stem with a case ending),
the gazetteer name (CLDR and iso-codes countries and cities) it is a slip of;
`misspelt_common_word`, a word a hundred times more frequent that it differs from only
inside confusion classes. The thresholds are the web_slip_* fields of SETTINGS.

A text that writes the rare form several times and never the other one uses it as a
name of its own (a person called ডমিনিকা is no misspelt island): `used_as_a_name`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from ..spelling import morphology, precomputed, speller
from ..spelling.academy import standard_form
from ..spelling.errormodel import cost, skeleton
from ..spelling.letter_rules import pattern_form
from ..spelling.lexicon import FROM_HUNSPELL, FROM_NAMES, deletes
from ..spelling.settings import SETTINGS
from . import gazetteer
from .document import Document
from .gazetteer import place_names
from .words import document_words

__all__ = ["misspelt_common_word", "misspelt_name", "own_name_form", "used_as_a_name"]


@lru_cache(maxsize=1)
def _places() -> dict[str, list[str]]:
    """The gazetteer's single-word countries and cities that occur in Bengali text (as
    NAME001 takes them), under their skeleton and each of its one-deletions: a skeleton
    one edit or a swap from a name's shares a key with it (symmetric deletion)."""
    found: dict[str, list[str]] = {}
    for name in sorted(place_names()):
        key = skeleton(name)
        for probe in dict.fromkeys([key, *deletes(key)]):
            found.setdefault(probe, []).append(name)
    return found


def _suspect(word: str) -> float | None:
    """The frequency of a form the web list may have taken in by mistake, else None: a
    form of the web list alone rarer than SETTINGS.web_slip_below_zipf, or a word the
    lexicon lacks (-1), which the speller must know only as a compound or a name with a
    case ending (see _a_word_of_its_own: a regular form of a trusted stem, ভারতীয়দের or
    কাতারেই, is a word, whatever its frequency)."""
    sp = speller()
    lexicon = sp.lexicon
    z = lexicon.frequency(word)
    if (
        not SETTINGS.web_slip_min_length <= len(word) <= SETTINGS.longest_suggested_word
        or word in sp.accepted
        or word.endswith("ঃ")
    ):
        return None  # too short to judge, or too long to be a word; a final visarga is a colon: NORM's
    if z >= SETTINGS.web_slip_below_zipf or z == 0 or lexicon.origin_of(word) & (FROM_HUNSPELL | FROM_NAMES):
        return None
    return z


def _a_word_of_its_own(word: str) -> bool:
    """Whether the speller does not know the word, or knows it as a regular form of a
    trusted stem (asked last: it reads the morphology)."""
    sp = speller()
    return not sp.is_known(word) or sp.is_regular_form(word)


@lru_cache(maxsize=65536)  # asked for a name and for a common word alike
def _readings(word: str) -> list[tuple[str, str]]:
    """(stem, ending): the word itself, and its stems before a case ending that are not
    words of some standing themselves (কাজাখাস্তানের: কাজাখাস্তান + ের)."""
    sp = speller()
    return [(word, "")] + [
        (stem, ending)
        for stem, ending in morphology.split(word, min_stem=3)
        if ending in morphology.CASE_ENDINGS and not sp.trusted(stem)
    ]


def _reach(typed: str) -> float:
    """How far (typing cost) a slip may take a form of this length from what it meant:
    confusions inside classes for a short form, a full edit for a longer one."""
    if len(typed) >= SETTINGS.web_slip_edit_min_length:
        return SETTINGS.web_slip_max_cost
    return SETTINGS.two_near_confusions_cost


_CANDRABINDU = "\u0981"
_JOINED = re.compile("(?<=[\u0995-\u09b9])\u09cd(?=[\u0995-\u09b9])")


def _doubled_sounds(word: str) -> int:
    """How many consonants the word says doubled: a consonant joined to one of its own
    class (ল্ল, দ্ধ, চ্ছ) or, after the first letter, to a ya- or ba-phala (জন্য is said
    jonno, and typed জন্ন)."""
    found = 0
    for m in _JOINED.finditer(word):
        before, after = word[m.start() - 1], word[m.end()]
        if skeleton(before) == skeleton(after) or (after in "যব" and m.start() > 1):
            found += 1
    return found


# Vowel signs, left out of a word's frame (কাজাখাস্তান and কাজাখস্তান have one frame).
_VOWEL_SIGNS = str.maketrans("", "", "ািীুূৃেৈোৌ")


def _frame(word: str) -> str:
    """The word's consonants and vowel letters as the error model merges them (its
    skeleton, which has no hasanta, phala or doubled letter) without vowel signs."""
    return skeleton(word).translate(_VOWEL_SIGNS)


# Vowel signs by class (ি/ী, ু/ূ, ে/ৈ, ো/ৌ are confused in typing).
_SIGN_CLASS = str.maketrans("ীূৈৌ", "িুেো")


def _signs(word: str) -> str:
    """The word's vowel signs in order, each as its class."""
    return "".join(c for c in word if c in "ািীুূৃেৈোৌ").translate(_SIGN_CLASS)


def _slip_of(typed: str, meant: str) -> bool:
    """Whether `typed` is a slip of `meant` as writers make them: letters confused inside
    their classes, a vowel sign, hasanta, phala or reph put in or left out, or two letters
    swapped; not one letter written for another (ম্যানিয়া, mania, is no ম্যানিলা)."""
    a, b = _frame(typed), _frame(meant)
    if a != b:
        return sorted(a) == sorted(b) and DamerauLevenshtein.distance(a, b) == 1  # two neighbours swapped
    # The same letters: a vowel sign put in or left out, or confused inside its class
    # (ি/ী), not one vowel written for another (রোজিনা, a given name, is no রেজিনা).
    x, y = _signs(typed), _signs(meant)
    return x == y or abs(len(x) - len(y)) == 1 == DamerauLevenshtein.distance(x, y)


def _same_start(typed: str, meant: str) -> bool:
    """Writers seldom slip on a word's first letter: the same first skeleton letter, or a
    vowel letter for a vowel letter (এন্টিগুয়া for অ্যান্টিগুয়া)."""
    vowels = morphology.VOWELS
    return skeleton(typed)[:1] == skeleton(meant)[:1] or (typed[0] in vowels and meant[0] in vowels)


def _near_place(typed: str, z: float) -> str | None:
    places = _places()
    lexicon = speller().lexicon
    best: tuple[float, str] | None = None
    key = skeleton(typed)
    near = {name for probe in (key, *deletes(key)) for name in places.get(probe, ())}
    for name in sorted(near):
        if name == typed or typed.startswith(name) or name.startswith(typed):
            continue  # the name itself, a word made from it (ওমানী, কুয়েতি), or a part of it
        c = cost(typed, name)
        if c > _reach(typed) or not _same_start(typed, name) or not _slip_of(typed, name):
            continue
        if lexicon.frequency(name) < z + SETTINGS.web_slip_name_gap:
            continue  # the two are about as common: two names, or two spellings in use
        if best is None or c < best[0]:
            best = (c, name)
    return best[1] if best else None


def _near_word(typed: str, z: float) -> str | None:
    """A word a hundred times more frequent than the form, written with the same skeleton
    (the two differ inside confusion classes only) and within its reach."""
    sp = speller()
    lexicon = sp.lexicon
    best: tuple[float, str] | None = None
    if len(typed) < SETTINGS.web_slip_word_min_length:
        return None
    for other in lexicon.with_skeleton(skeleton(typed)):
        if other == typed:
            continue
        oz = lexicon.frequency(other)
        if oz < max(z + SETTINGS.web_slip_word_gap, SETTINGS.web_slip_word_min_zipf):
            continue
        if other[0] != typed[0] or cost(typed, other) > SETTINGS.two_near_confusions_cost or sp.dominant_twin(other):
            continue  # writers seldom slip on the first letter (শরমে, in shame, is no শ্রমে)
        if _CANDRABINDU in typed and _CANDRABINDU not in other:
            continue  # a candrabindu is left out by mistake, seldom put in: আঁতকে (startled) is no আটকে
        if _doubled_sounds(typed) > _doubled_sounds(other):
            continue  # a doubled consonant is said: বল্লেন (said bollen) is বললেন, not বলেন
        meant = _in_standard_spelling(other)
        if meant == typed:
            continue  # the rare form is the Academy's spelling of a common old one
        if best is None or oz > best[0]:
            best = (oz, meant)
    return best[1] if best else None


def _in_standard_spelling(word: str) -> str:
    """The word as the ORTHO rules spell it (a web list's common পাহাড়ী is offered as the
    Academy's পাহাড়ি, so that a correction is never itself reported); a house-style pair's
    form stays as it is."""
    table = standard_form(word)
    if table:
        return word if table[2] else table[0]
    pattern = pattern_form(word)
    return pattern[0] if pattern else word


@lru_cache(maxsize=1)
def _precomputed() -> tuple[Callable[[str], str | None], Callable[[str], str | None]]:
    """misspelt_name and misspelt_common_word of every lexicon word, worked out once per
    machine and memory-mapped (None: not a lexicon word). Keyed by the code they run:
    this module, the gazetteer's, and (through `source_version`) the spelling package
    and the data files."""
    version = precomputed.source_version(__file__, gazetteer.__file__)
    lexicon = speller().lexicon
    return (
        precomputed.word_keys("web-slip-name", version, _misspelt_name, lexicon),
        precomputed.word_keys("web-slip-word", version, _misspelt_common_word, lexicon),
    )


@lru_cache(maxsize=65536)
def misspelt_name(word: str) -> str | None:
    """The gazetteer name (with the word's case ending) that `word`, a rare form the web
    list took in, misspells; else None."""
    found = _precomputed()[0](word)
    return _misspelt_name(word) if found is None else found or None


def _misspelt_name(word: str) -> str | None:
    z = _suspect(word)
    if z is None:
        return None
    for typed, ending in _readings(word):
        place = _near_place(typed, z)
        if place:
            return None if _a_word_of_its_own(word) else morphology.rejoin(place, ending)
    return None


@lru_cache(maxsize=65536)
def misspelt_common_word(word: str) -> str | None:
    """The word a hundred times more frequent (with the word's case ending) that `word`, a
    rare form the web list took in, misspells inside confusion classes; else None."""
    found = _precomputed()[1](word)
    return _misspelt_common_word(word) if found is None else found or None


def _misspelt_common_word(word: str) -> str | None:
    z = _suspect(word)
    if z is None:
        return None
    for typed, ending in _readings(word):
        common = _near_word(typed, z)
        if common:
            return None if _a_word_of_its_own(word) else morphology.rejoin(common, ending)
    return None


def used_as_a_name(word: str, meant: str, doc: Document) -> bool:
    """Whether the document writes the rare form (or its case forms) at least
    SETTINGS.web_slip_own_name_min_count times and the form it would misspell never: a name
    of the text's own, spelt the same way each time (a person, a firm, a ship)."""
    if any(_times(stem, doc) for stem in _case_stems(meant)):
        return False
    return max(_times(stem, doc) for stem in _case_stems(word)) >= SETTINGS.web_slip_own_name_min_count


def own_name_form(word: str, doc: Document) -> bool:
    """Whether `word`, a word the lexicon does not know, is a case form of a rare web-list
    form that the document uses as its own name (ডমিনিকার beside three ডমিনিকা)."""
    lexicon = speller().lexicon
    for stem, ending in morphology.split(word, min_stem=3):
        if ending in morphology.CASE_ENDINGS and lexicon.frequency(stem) > 0:
            meant = misspelt_name(stem) or misspelt_common_word(stem)
            if meant and used_as_a_name(stem, meant, doc):
                return True
    return False


def _case_stems(word: str) -> set[str]:
    """The word and its stems before a case ending."""
    return {word, *(stem for stem, ending in morphology.split(word, min_stem=3) if ending in morphology.CASE_ENDINGS)}


def _times(stem: str, doc: Document) -> int:
    """How often the document writes `stem` alone or with a case ending: the words that
    begin as it does (its last letter may change at the join: জগৎ, জগতের) and read so."""
    words = doc.fact(_sorted_words)
    counts = document_words(doc.text, doc).counts
    prefix = stem[:-1] or stem
    total = 0
    for i in range(bisect_left(words, prefix), len(words)):
        other = words[i]
        if not other.startswith(prefix):
            break
        if stem in _case_stems(other):
            total += counts[other]
    return total


def _sorted_words(doc: Document) -> list[str]:
    """The document's distinct words in order, to find those that begin alike."""
    return sorted(document_words(doc.text, doc).counts)
