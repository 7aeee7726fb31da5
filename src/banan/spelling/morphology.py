"""Inflection: accept the inflected forms of known stems, and take words apart.

Nouns and pronouns take, in order, a classifier or plural, a case ending, and an
emphatic particle (বই-গুলো-র-ও); postpositions and formal plurals are written solid
(দেশসমূহ, সমাধানসহ). Verbs take person/tense endings on a stem that may alternate
(লেখা: লিখি, লিখছে; শোনা: শুনছে). Reference: bengali-errors.md §5b-5c.

`split` proposes (stem, suffix) readings of a word, longest suffix first, with the
changes at the join undone (জগতের -> জগৎ + ের; রঙের -> রং + ের).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import marisa_trie

from ..data import word_list

__all__ = [
    "CASES",
    "CASE_ENDINGS",
    "CONSONANTS",
    "INFLECTIONS",
    "NAME_ENDINGS",
    "NOUN_SUFFIXES",
    "VERB_ENDINGS",
    "VOWELS",
    "fits",
    "join",
    "rejoin",
    "split",
    "stem_variants",
    "verb_readings",
]

CONSONANTS = frozenset(chr(c) for c in range(0x0995, 0x09BA)) | {"ড়", "ঢ়", "য়", "ৎ", "\u09bc"}
_VOWEL_SIGNS = frozenset("ািীুূৃেৈোৌ")
VOWELS = frozenset("অআইঈউঊঋএঐওঔ")  # the vowel letters


def _pieces(name: str) -> tuple[str, ...]:
    """The entries of data/<name>.txt, sorted, so that the order does not depend on how
    a set iterates."""
    return tuple(sorted(word_list(name)))


# The word lists are data files (src/banan/data/, each with its glosses and source); how
# the pieces join is code (below).
# Case endings, script forms after a consonant-final (C) and a vowel-final (V) stem.
_CASE_C = _pieces("case_endings_after_consonant")
_CASE_V = _pieces("case_endings_after_vowel")
# Classifiers and plurals (each may take a case ending and an emphatic particle).
_NUMBER = _pieces("number_markers")
# Emphatic / inclusive particles.
_EMPHATIC = _pieces("emphatic_particles")
# Written solid after a noun: formal plurals, postpositions, adverbial and adjectival heads.
_BOUND = _pieces("bound_words")
# ত্ব derives and changes the stem (দায়ী -> দায়িত্ব): it may make a word known, but a
# spelling table is never applied through it (see INFLECTIONS).
_DERIVATIONAL = frozenset({"ত্ব"})


def fits(stem: str, suffix: str) -> bool:
    """Whether `suffix` can follow `stem` as written (see `_fits`)."""
    return _fits(stem, suffix)


def _fits(stem: str, suffix: str) -> bool:
    """Whether the suffix's first letter can follow the stem's last (ের after a
    consonant, র after a vowel sign...)."""
    if not stem:
        return False
    if suffix.startswith("ময়") and len(stem) < 3:
        return False  # -ময় (full of) after a word, not a word's first letters (স + ময় is সময়)
    last = stem[-1]
    if suffix[0] in _VOWEL_SIGNS:
        return last in CONSONANTS
    if last == "ং" and suffix.startswith("য়ে"):
        return True  # a final ং takes the endings with the glide (হংকংয়ে, ব্যাটিংয়ের, রংয়ের)
    if suffix.startswith("য়") and not suffix.startswith(("য়ের", "য়ই", "য়ও")):
        return last in "াোআও"  # the locative য় follows আ/ও (ঢাকায়, বাংলায়), not ে/ি (রাতে)
    if suffix.startswith(("র", "য়")) and not suffix.startswith("রা"):
        # The genitive র follows a vowel (বাংলার, বইয়ের), never a consonant.
        return last in _VOWEL_SIGNS or last in VOWELS
    return True


def _joins(before: str, after: str) -> bool:
    """Whether the piece `after` can follow `before` inside an ending, by the rules that
    join a suffix to a stem (`_fits`), and no case after a nominative plural (ছাত্ররা,
    not ছাত্ররাতে) or after the plural দের except the dative কে (ছাত্রদেরকে)."""
    if not before or not after:
        return True
    if before in ("রা", "েরা"):
        return after in _EMPHATIC and _fits(before, after)
    if before in ("দের", "েদের"):
        return (after == "কে" or after in _EMPHATIC) and _fits(before, after)
    return _fits(before, after)


def _endings(numbers: tuple[str, ...], cases: tuple[str, ...]) -> frozenset[str]:
    """Number (or bound word), case and emphatic pieces joined where each join is
    possible: no vowel sign after a vowel sign (টি + ে), no genitive র after a consonant."""
    out = set()
    for n in ("", *numbers):
        for c in ("", *cases):
            if not _joins(n, c):
                continue
            for e in ("", *_EMPHATIC):
                if n + c + e and _joins(n + c, e):
                    out.add(n + c + e)
    return frozenset(out)


_ALL_CASES = tuple(dict.fromkeys((*_CASE_C, *_CASE_V)))
NOUN_SUFFIXES = tuple(sorted(_endings((*_NUMBER, *_BOUND), _ALL_CASES), key=len, reverse=True))
# Endings a table of stems may be applied through without changing the stem's spelling:
# inflections (number, case, emphasis) and the bound words, but not derivations.
INFLECTIONS = _endings((*_NUMBER, *(b for b in _BOUND if b not in _DERIVATIONAL)), _ALL_CASES)
# Case endings and plurals with an optional emphatic particle: what a name takes (লাভরভকে).
CASE_ENDINGS = frozenset(
    c + e
    for c in ("", *_CASE_C, *_CASE_V, "রা", "েরা", "দের", "েদের")
    for e in ("", *_EMPHATIC)
    if c + e and _joins(c, e)
)
# What a name takes (লাভরভকে, রহিমসহ): a case ending or plural, or সহ (with, including),
# which the news writes solid after names (করিমসহ তিনজন).
NAME_ENDINGS = CASE_ENDINGS | {"সহ"}
# The case endings alone (no plural, no particle).
CASES = frozenset(_CASE_C) | frozenset(_CASE_V)
_REVERSED_SUFFIXES = marisa_trie.Trie([x[::-1] for x in NOUN_SUFFIXES])

# Verb endings after a consonant-final root (কর্, লিখ্, শুন্), চলিত standard (§5c),
# with the optional ো forms and the non-finite forms; each also takes a particle or the
# attached negation নি (below).
_VERB_CORE = _pieces("verb_endings")
# The causative paradigm (করানো: করাচ্ছিলেন, করিয়েছিলাম), which the verbs in -ানো
# (ঘুমানো, সামলানো) follow too: া or িয়ে before the endings a vowel-final root takes.
_CAUSATIVE_CORE = _pieces("causative_endings")
VERB_ENDINGS = tuple(
    sorted({e + x for e in (*_VERB_CORE, *_CAUSATIVE_CORE) for x in ("", "ই", "ও", "নি")}, key=len, reverse=True)
)
_VERB_ENDING_SET = frozenset(VERB_ENDINGS)
_VERB_ENDING_LENGTHS = sorted({len(e) for e in VERB_ENDINGS}, reverse=True)
_CAUSATIVE = ("া", "িয়")  # the endings of a verb in -ানো begin so

# Stem vowel alternation: the low vowel of the verbal noun and the high vowel of
# most finite forms (লেখা/লিখি, শোনা/শুনি, খোলা/খুলি).
_RAISE = {"ে": "ি", "ো": "ু"}
_LOWER = {v: k for k, v in _RAISE.items()}


def _undo_join(stem: str) -> Iterator[str]:
    """The stem as written, and as the dictionary writes it before a vowel suffix
    changed it (জগত -> জগৎ, রঙ -> রং)."""
    yield stem
    if stem.endswith("ত"):
        yield stem[:-1] + "ৎ"
    elif stem.endswith("ঙ"):
        yield stem[:-1] + "ং"


def split(word: str, min_stem: int = 2) -> tuple[tuple[str, str], ...]:
    """(stem, suffix) readings of `word` with a noun suffix, longest suffix first. Kept
    per process: judging a new word takes it apart several times (is it known, its
    standard form, its consistency key)."""
    key = (word, min_stem)
    found = _SPLITS.get(key)
    if found is None:
        found = tuple(_split(word, len(word) - min_stem))
        if len(_SPLITS) >= _SPLIT_LIMIT:
            _SPLITS.clear()
        _SPLITS[key] = found
    return found


def _split(word: str, longest: int) -> Iterator[tuple[str, str]]:
    # The suffixes the word ends with, found in one lookup of the reversed word in a
    # trie of reversed suffixes (shortest first).
    for reversed_suffix in reversed(_REVERSED_SUFFIXES.prefixes(word[::-1])):
        k = len(reversed_suffix)
        if k > longest:
            continue
        suffix, stem = word[-k:], word[:-k]
        if _fits(stem, suffix):
            for s in _undo_join(stem):
                yield s, suffix


_SPLITS: dict[tuple[str, int], tuple[tuple[str, str], ...]] = {}
_SPLIT_LIMIT = 30_000


def verb_readings(word: str, known: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    """(verbal noun, ending) readings: the word is root + ending and the root's verbal
    noun (root + া, with the stem vowel lowered or raised) is a known word. An ending of
    the causative paradigm (-ালেন, -াচ্ছে, -িয়ে) may also be on a verb in -ানো whose
    noun in -া is rare (সামলালেন: সামলানো)."""
    for k in _VERB_ENDING_LENGTHS:  # longest first, as VERB_ENDINGS is ordered
        if len(word) <= k + 1:
            continue
        ending = word[-k:]
        if ending in _VERB_ENDING_SET:
            root = word[:-k]
            if root[-1] not in CONSONANTS:
                continue
            for variant in stem_variants(root):
                if known(variant + "া"):
                    yield variant + "া", ending
                    break
                if ending.startswith(_CAUSATIVE) and known(variant + "ানো"):
                    yield variant + "ানো", ending
                    break


def stem_variants(root: str) -> Iterator[str]:
    yield root
    for i, ch in enumerate(root):
        if ch in _RAISE:
            yield root[:i] + _RAISE[ch] + root[i + 1 :]
        elif ch in _LOWER:
            yield root[:i] + _LOWER[ch] + root[i + 1 :]


def join(stem: str, suffix: str) -> str:
    """stem + suffix with the changes at the join (জগৎ + ের -> জগতের, রং + ের -> রঙের)."""
    if suffix[0] in "ািীুূৃেৈোৌ":
        if stem.endswith("ৎ"):
            stem = stem[:-1] + "ত"
        elif stem.endswith("ং"):
            stem = stem[:-1] + "ঙ"
    return stem + suffix


def rejoin(stem: str, ending: str) -> str:
    """stem + a case ending moved from another stem, in the allomorph the new stem takes
    (genitive ের after a consonant, র after a vowel; locative ে after a consonant, য়
    after আ/ও and তে after another vowel: দারিদ্রতার -> দারিদ্র্যের, তের + ে -> তেরোয়)."""
    vowel_final = stem.rstrip("\u0981")[-1] in "ািীুূৃেৈোৌঅআইঈউঊএঐওঔ"  # রেস্তোরাঁ ends in a vowel
    if vowel_final and ending.startswith(("ের", "েতে")):
        ending = ending[1:]
    elif vowel_final and ending.startswith("ে"):
        ending = ("য়" if stem[-1] in "াোআও" else "তে") + ending[1:]
    elif not vowel_final and ending.startswith("র") and not ending.startswith("রা"):
        ending = "ে" + ending
    elif not vowel_final and ending.startswith("য়ে"):
        ending = ending[2:]
    elif not vowel_final and ending.startswith("য়"):
        ending = "ে" + ending[2:]
    return join(stem, ending) if ending else stem
