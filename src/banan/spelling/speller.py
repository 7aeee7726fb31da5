"""The speller: is a word Bengali as far as the lexicon and morphology know, and if
not, which known words did the writer mean.

Verdicts and suggestions are cached per process: real text repeats its words.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby, islice
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from ..data import word_list
from . import morphology
from .errormodel import cost, letters, skeleton
from .lexicon import FROM_HUNSPELL, FROM_NAMES, Lexicon
from .register import sadhu_forms
from .settings import SETTINGS

if TYPE_CHECKING:
    from .precomputed import SpellerTables

__all__ = ["LOOKALIKE", "Candidate", "Speller"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A suggestion: the word, its score (typing cost minus SETTINGS.frequency_weight x its
    Zipf frequency, plus the cost of the reading that found it; lower is better), and
    which search proposed it (one of the names below)."""

    word: str
    score: float
    why: str


# The searches that propose candidates (Candidate.why).
EDIT = "edit"  # letters changed in the word as typed
STEM = "stem"  # the stem corrected, the typed ending kept (বাড়ীতে -> বাড়িতে)
MISREAD = "misread"  # the word read as said or as it looks (পউর -> পৌর, হূদয় -> হৃদয়)
ENDING = "ending"  # a known stem's ending corrected (লিটনেরি -> লিটনেরই)
WIDE_NET = "wide net"  # frequent words two deletions away on either side
COMPOUND_PART = "compound part"  # one part of a solid compound corrected
LEFT_OUT = "left out"  # a ra-phala, vowel sign or hasanta put back (পতিবেদক -> প্রতিবেদক)
EMPHATIC_O = "emphatic o"  # the particle ও typed as the sign ো (কাজো -> কাজও)
COLLOQUIAL = "colloquial"  # the progressive's ছ typed স (লিখসেন -> লিখছেন)
RUN_ON = "run-on"  # two words run together, offered apart
TWIN = "twin"  # a web-list typo's far commoner twin, put first

# Every weight and threshold is a field of SETTINGS (settings.py), with what it does.
_NOT_INITIAL = "ািীুূৃেৈোৌ্ংঃঁ়"  # signs that cannot start a word
_NEVER_FINAL = ("\u09cd", "ঃ")  # hasanta, visarga: not offered at the end of a suggestion
_SUFFIXES = frozenset(morphology.NOUN_SUFFIXES)
_PHRASE_ENDINGS = ("র", "কে", "রা", "দের")
_EMPHATIC = ("ও", "ই")
# Vowel sandhi in compounds (স্বরসন্ধি): the sign a consonant-final head takes for the
# tail's first vowel (অ/আ -> া, ই/ঈ -> ে, উ/ঊ -> ো, এ/ঐ -> ৈ).
_SANDHI = {"া": ("অ", "আ"), "ে": ("ই", "ঈ"), "ো": ("উ", "ঊ"), "ৈ": ("এ", "ঐ")}
_CACHE_LIMIT = 200_000

_SWAPS: dict[str, str] = {}
for _cls in ("িী", "ুূ", "নণ", "শষস"):  # vowel length, ন/ণ, শ/ষ/স: what web lists mix up
    for _a in _cls:
        _SWAPS[_a] = "".join(c for c in _cls if c != _a)


def abbreviation(word: str) -> bool:
    """Whether `word` is three or more names of Latin letters as Bengali writes them
    (বিবিসি, এটিএম, ইউএনডিপি), with or without a case ending or সহ: an abbreviation, whatever
    a word list holds. Two are not enough: a two-name run is as often a short word
    mistyped (and the common two-letter abbreviations are in the word list)."""
    return _letter_names_run(word) or any(
        _letter_names_run(stem) for stem, suffix in morphology.split(word) if suffix in morphology.NAME_ENDINGS
    )


@lru_cache(maxsize=1)
def _letter_names() -> tuple[frozenset[str], int]:
    names = word_list("letter_names")
    return names, max(map(len, names))


def _letter_names_run(word: str, at_least: int = 3) -> bool:
    if len(word) < at_least:
        return False
    names, longest = _letter_names()
    # reach[i]: the most letter names (capped at 3) that spell word[:i], -1 if none do
    reach = [0] + [-1] * len(word)
    for i in range(len(word)):
        if reach[i] < 0:
            continue
        for j in range(i + 1, min(len(word), i + longest) + 1):
            if word[i:j] in names:
                reach[j] = max(reach[j], min(reach[i] + 1, at_least))
    return reach[-1] >= at_least


@lru_cache(maxsize=1)
def _endings_by_skeleton() -> dict[str, tuple[str, ...]]:
    """Noun inflections (and bound words, not derivations) by their skeleton."""
    by: dict[str, list[str]] = {}
    for ending in morphology.INFLECTIONS:
        if "টো" not in ending:  # a rare colloquial classifier: as a correction, mostly noise
            by.setdefault(skeleton(ending), []).append(ending)
    return {k: tuple(v) for k, v in by.items()}


# Letters typed as they are said on a phonetic keyboard. The inherent vowel of a
# consonant and উ or ই make ৌ or ৈ (পউষ for পৌষ, বইদ্য for বৈদ্য), অউ/অই at the start
# ঔ/ঐ. After a consonant or a vowel sign a vowel letter is often the glide য় with that
# vowel (দিএ for দিয়ে, খাওআ for খাওয়া, কইলা for কয়লা), and এ the glide alone (যাএ for
# যায়). Inside a word ক্ষ is said kkh, which writers type kh (অপেখা for অপেক্ষা), and ত্ম
# is said tt (আত্তীয় for আত্মীয়). য after a vowel or a consonant's own vowel is the glide
# য় without its nukta (নেয for নেয়, হয for হয়; after a hasanta it is a ya-phala, before
# one a conjunct: ন্যায্য), and the glide's vowel is left out before the next consonant
# (পেয়ছি for পেয়েছি). Each reading of the typed word costs SETTINGS.as_said_cost on top
# of the letters that differ.
_AFTER_CONSONANT = "(?<=[\u0995-\u09b9\u09ce\u09bc])"
_DIPHTHONG = re.compile(_AFTER_CONSONANT + "[উই]")
_I_AS_GLIDE = re.compile(_AFTER_CONSONANT + "ই")
_INITIAL_DIPHTHONG = {"অউ": "ঔ", "ওউ": "ঔ", "অই": "ঐ", "ওই": "ঐ"}
_GLIDE = re.compile("(?<=[\u0985-\u0994\u0995-\u09b9\u09bc\u09be-\u09cc])[আএ]")
_SAID = {"আ": "য়া", "এ": "য়ে", "উ": "ৌ", "ই": "ৈ"}  # the vowel letter typed -> what it stands for
_YA_AFTER_VOWEL = re.compile("(?<=[\u0985-\u0994\u0995-\u09b9\u09be-\u09cc])য(?![\u09bc\u09cd])")
_GLIDE_BEFORE_CONSONANT = re.compile("য\u09bc(?=[\u0995-\u09b9])")
# The progressive's ছ said and typed স in colloquial speech (লিখসেন for লিখছেন, খেলসিলাম
# for খেলছিলাম): a verb ending after two letters or more.
_COLLOQUIAL_PROGRESSIVE = re.compile("(?<=[\u0980-\u09ff]{2})স(?=(?:ে|েন|ি|িস|ো|িল|িলাম|িলে|িলেন|িলো)$)")
# The vowel signs typing most often leaves out (SETTINGS.sign_left_out_cost). ি and ু stand
# for ী and ূ too (confusions inside a class); ো is not in skeletons at all.
_SIGNS_LEFT_OUT = ("\u09be", "\u09c7", "\u09bf", "\u09c1")


def _as_said(typed: str) -> list[str]:
    """The typed word read as said, each way that changes it (see SETTINGS.as_said_cost)."""
    readings = []
    head = _INITIAL_DIPHTHONG.get(typed[:2])
    if head:
        readings.append(head + typed[2:])
    if "উ" in typed or "ই" in typed:
        readings += [_DIPHTHONG.sub(lambda m: _SAID[m.group()], typed), _I_AS_GLIDE.sub("য়", typed)]
    if "খ" in typed[1:]:
        readings.append(typed[0] + typed[1:].replace("খ", "ক্ষ"))
    if "ত্ত" in typed:
        readings.append(typed.replace("ত্ত", "ত্ম"))
    if "য" in typed[1:]:
        readings.append(_YA_AFTER_VOWEL.sub("য\u09bc", typed))
        if "য\u09bc" in typed:
            readings.append(_GLIDE_BEFORE_CONSONANT.sub("য\u09bcে", typed))
    if "আ" in typed or "এ" in typed:
        readings += [_GLIDE.sub(lambda m: _SAID[m.group()], typed),
                     _GLIDE.sub(lambda m: "য়" if m.group() == "এ" else _SAID[m.group()], typed)]
    return [r for r in dict.fromkeys(readings) if r != typed]


# Letters that look alike in print: হৃ is drawn with a hook under হ like ূ's, and text
# typed in old fonts or converted from them often has হূ for it (wordfreq's web text has
# হূদয়ের beside the far commoner হৃদয়ের). The typed word is also read
# with হৃ, at the cost of a reading as said; a list word whose হৃ form is more frequent by
# SETTINGS.lookalike_gap (Zipf: 10x) is that word misprinted. Curated lists keep the real হূ words
# (আহূত, হূণ), and those are never read otherwise.
LOOKALIKE = ("হূ", "হৃ")
# A web list's word with its candrabindu left out (খোজখবর): the form with it is the
# curated list's word, and commoner by SETTINGS.candrabindu_gap (Zipf: twice).
_CANDRABINDU = "\u0981"
_TAKES_CANDRABINDU = frozenset("ািীুূৃেৈোৌঅআইঈউঊএঐওঔ")  # a candrabindu goes on a vowel
_PUT_BACK_SIGNS = (*_SIGNS_LEFT_OUT, "\u09cb")  # ো too: the error model reads it in skeletons
_STALE_LETTERS = frozenset({("ী", "ি"), ("স", "শ"), ("ৎ", "ত")})  # (the list word's, the common word's)


def _old_or_broken(word: str, twin: str) -> bool:
    """Whether `twin` is `word` with one of _STALE_LETTERS replaced, or with a hasanta put
    between two consonants."""
    if len(twin) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(word, twin)) if a != b]
        return len(diff) == 1 and (word[diff[0]], twin[diff[0]]) in _STALE_LETTERS
    if len(twin) == len(word) + 1:
        i = next((i for i, (a, b) in enumerate(zip(word, twin)) if a != b), len(word))
        return twin[i] == "\u09cd" and twin[:i] + twin[i + 1:] == word and 0 < i < len(word) \
            and word[i - 1] in morphology.CONSONANTS and word[i] in morphology.CONSONANTS
    return False


def _put_back(word: str) -> Iterator[str]:
    """The word with what typing most often leaves out put back once: a vowel sign (া ে ি
    ু ো) after a consonant that has none, a ra-phala after a consonant, a hasanta
    between two consonants (পাশাপশি, উত্তলন, রাষ্টপতি, সেপ্টেমবর), or a ya- or ba-phala
    after a consonant inside the word (সাবস্ত, আশস্ত: the skeleton drops phalas, so these
    are the same word to it)."""
    for i in range(len(word)):
        if not "\u0995" <= word[i] <= "\u09b9":
            continue
        after = word[i + 1 : i + 2]
        if not (after and ("\u09be" <= after <= "\u09cd" or after == "\u09bc")):
            for sign in _PUT_BACK_SIGNS:
                yield word[: i + 1] + sign + word[i + 1 :]
        if after and after not in "\u09cd\u09bc":
            if word[i] != "র":
                yield word[: i + 1] + "\u09cd\u09b0" + word[i + 1 :]
            if "\u0995" <= after <= "\u09b9":
                yield word[: i + 1] + "\u09cd" + word[i + 1 :]
            if i:
                yield word[: i + 1] + "\u09cd\u09ac" + word[i + 1 :]
                yield word[: i + 1] + "\u09cd\u09af" + word[i + 1 :]


def _misread(typed: str) -> list[str]:
    """The typed word read as said (_as_said) or as it looks (হূ for হৃ)."""
    readings = _as_said(typed)
    if LOOKALIKE[0] in typed:
        readings.append(typed.replace(*LOOKALIKE))
    return readings


def _postposition(word: str) -> bool:
    """A postposition Bengali writes apart (থেকে, সঙ্গে), or one with an emphatic
    particle (থেকেই, সঙ্গেও): `src/banan/data/postpositions.txt`."""
    listed = word_list("postpositions")
    return word in listed or (word[-1:] in _EMPHATIC and word[:-1] in listed)


def _starts_a_part(tail: str) -> bool:
    """Whether `tail` can be a compound's later part: it starts with a letter and has two
    (য় is one)."""
    return tail[0] not in _NOT_INITIAL and len(tail.replace("\u09bc", "")) >= 2


def _form_of(word: str, head: str) -> bool:
    """Whether `word` is `head`, it with a case ending (আরবে), or it with one more
    letter or sign (আরবি, আরবী beside আরব)."""
    if word == head or (word.startswith(head) and len(word) <= len(head) + 1):
        return True
    return any(stem == head and ending in morphology.CASE_ENDINGS for stem, ending in morphology.split(word))


# Frequency flags by Zipf x 100 (the lexicon's stored value), for _scored, and a
# word's own flags: those of its frequency and whether a curated list holds it.
_GE_CONFUSED, _GE_NEAR, _GE_STEM, _GE_SUGGESTED_STEM, _BELOW_SUGGESTION_MIN, _CURATED_BIT = 1, 2, 4, 8, 16, 32
_NEIGHBOURHOOD_LIMIT = 1_000
_BATCH = 256  # words ranked together by candidates_many


@dataclass(frozen=True, slots=True)
class _Search:
    """One search for candidates near a typed word (see Speller._scored)."""

    typed: str
    extra: float = 0.0
    suffix: str = ""
    depth: int = 1
    itself: bool = False
    costs_out: dict[str, float] | None = None


@dataclass(frozen=True, slots=True)
class _Searched:
    """The words one kind of search from one skeleton keeps, by skeleton id and then
    key id, with for each: its skeleton's distance to the typed skeleton, the cost of
    another first letter (or 0.0), its weighted frequency, and whether it is rare."""

    tables: _SearchTables
    ids: np.ndarray
    skeletal: np.ndarray
    other_first: np.ndarray
    weight: np.ndarray
    rare: np.ndarray


@dataclass(frozen=True, slots=True)
class _SearchTables:
    """What the suggestion search needs of each stored frequency value and of each
    word, computed once per lexicon and settings with numpy's float32 arithmetic (Zipf
    x 100 as float32 / 100, the weighted frequency in float32, as scoring each search's
    words with numpy has it; the search's sums are float64)."""

    settings: object
    lexicon: object
    zipf: list[float]  # by Zipf x 100: the frequency to rank by (uncounted words as SETTINGS.uncounted_word_zipf)
    word_code: np.ndarray  # by key id: the _GE_*, _BELOW_SUGGESTION_MIN and _CURATED_BIT bits
    word_weight: np.ndarray  # by key id: SETTINGS.frequency_weight x its frequency to rank by, float32
    other_first_letter_cost: float  # in float32, as numpy adds it


_tables: list[_SearchTables] = []


def _search_tables(lexicon: Lexicon) -> _SearchTables:
    if _tables and _tables[0].settings is SETTINGS and _tables[0].lexicon is lexicon:
        return _tables[0]
    s = SETTINGS
    z = np.arange(lexicon.max_zipf + 1, dtype=np.uint16).astype(np.float32) / 100
    flags = ((z >= s.confused_suggestion_min_zipf) * _GE_CONFUSED | (z >= s.near_miss_min_zipf) * _GE_NEAR
             | (z >= s.stem_min_zipf) * _GE_STEM | (z >= s.suggested_stem_min_zipf) * _GE_SUGGESTED_STEM
             | (z < s.suggestion_min_zipf) * _BELOW_SUGGESTION_MIN).astype(np.uint8)
    ranked = np.where(z > 0, z, s.uncounted_word_zipf)
    weighted = s.frequency_weight * ranked
    curated = ((lexicon.origin & (FROM_HUNSPELL | FROM_NAMES)) > 0).astype(np.uint8) * _CURATED_BIT
    other = s.other_first_letter_cost * np.ones(1, dtype=np.float32)
    _tables[:] = [_SearchTables(s, lexicon, ranked.tolist(), flags[lexicon.zipf] | curated, weighted[lexicon.zipf],
                                float(other[0]))]
    return _tables[0]


def _distances(queries: list[str], of: list[int], choices: list[str]) -> np.ndarray:
    """The Damerau-Levenshtein distance from queries[of[i]] to choices[i], for each i."""
    if len(queries) == 1:  # one query: cdist, which converts it once
        return process.cdist(queries, choices, scorer=DamerauLevenshtein.distance, dtype=np.int64)[0]
    return process.cpdist([queries[q] for q in of], choices, scorer=DamerauLevenshtein.distance, dtype=np.int64)


class Speller:
    def __init__(self, lexicon: Lexicon, words: Iterable[str] = ()) -> None:
        self.lexicon = lexicon
        self.accepted = frozenset(words)
        self._known: dict[str, bool] = {}
        self._suggestions: dict[str, tuple[Candidate, ...]] = {}
        self._twins: dict[str, tuple[str | None, bool]] = {}  # asked of every candidate offered: the same common words
        self._neighbourhoods: dict[tuple[str, int, bool], _Searched] = {}
        # The verdicts on every lexicon word, worked out once per machine (precomputed.py);
        # None: each word is judged here.
        self.tables: SpellerTables | None = None

    def forget(self) -> None:
        """Drop the verdicts and suggestions kept for this process."""
        self._known.clear()
        self._suggestions.clear()
        self._twins.clear()
        self._neighbourhoods.clear()

    # -- knowing ---------------------------------------------------------------
    def zipf(self, word: str) -> float:
        z = self.lexicon.frequency(word)
        return SETTINGS.uncounted_word_zipf if z == 0 else z

    def in_lexicon(self, word: str) -> bool:
        return word in self.lexicon or word in self.accepted

    def is_known(self, word: str) -> bool:
        """Whether `word` is a known word or a regular inflection or compound of one."""
        verdict = self._known.get(word)
        if verdict is None:
            tables = self.tables
            if tables is not None and (i := tables.id_of(word)) is not None:
                verdict = tables.known(i)
            else:
                verdict = self._analyse(word) if len(word) <= SETTINGS.longest_word or word in self.accepted else False
            if len(self._known) > _CACHE_LIMIT:
                self._known.clear()
            self._known[word] = verdict
        return verdict

    def _analyse(self, word: str) -> bool:
        if word in self.accepted:
            return True
        if word in self.lexicon:
            twin = self.dominant_twin(word)
            if not twin:
                return True
            if self.lexicon.frequency(word) != 0 and not self._soft(word):
                return False
            # Only the curated list holds it, or it lacks a vowel sign, ra-phala or
            # hasanta of a far commoner word: a typo the list took in, unless it is a
            # regular form of a known word (ঢাকেন, of ঢাকা; দয়ালের, of দয়াল beside
            # দেয়ালের).
            return self._regular_form(word)
        if word in sadhu_forms():  # a সাধু form no list holds, generated from a known root (register.py)
            return True
        if self._confusable(word):
            return False
        if self._regular_form(word):
            return True
        if LOOKALIKE[0] in word and self._plainly_known(word.replace(*LOOKALIKE)):
            return False  # হূ printed for হৃ, an old font's look-alike (হূদরোগের for হৃদরোগের)
        if abbreviation(word):
            return True
        # Neither a word nor a regular form of one. A word that ends in a postposition
        # is two words with the space left out (শহরথেকে, করিমথেকে): the postposition
        # stands apart, after a common word or a name.
        if self.run_into_postposition(word):
            return False
        # A compound of known words, or an unknown stem with a case ending (a name:
        # লাভরভকে), is accepted unless the word is a near miss of a frequent word, which
        # makes it a typo.
        if self.is_compound(word):  # two known words: only a close miss outweighs that
            return not self.near_miss(word, SETTINGS.compound_near_miss_max_cost, compound=True)
        if self._name_with_ending(word):
            return not self.near_miss(word)
        return False

    def run_into_postposition(self, word: str) -> str | None:
        """The postposition a word ends in (থেকে in শহরথেকে): two words with the space
        left out, or None. Before it, two letters or more (not a verb's stem: কাঁ + দিয়ে
        is কাঁদিয়ে), and it is not the end of a longer word (প্র + সঙ্গে is প্রসঙ্গে,
        context)."""
        for i in range(SETTINGS.postposition_head_min_length, len(word) - 2):
            tail = word[i:]
            if _postposition(tail):
                if sum(c in morphology.CONSONANTS or c in morphology.VOWELS for c in word[:i]) < SETTINGS.postposition_head_min_letters:
                    return None
                if any(word[j:] in self.lexicon for j in range(max(1, i - SETTINGS.postposition_longer_word_length), i)):
                    return None
                return tail
        return None

    def _regular_form(self, word: str) -> bool:
        """Whether the word reads as a known stem with an ending, or as a verb form."""
        for stem, _ in morphology.split(word):
            if stem != word and self.trusted(stem) and not self.dominant_twin(stem) and not self._shadowed(stem):
                return True
        return any(True for _ in morphology.verb_readings(word, self.is_verb))

    def _confusable(self, word: str) -> bool:
        """A word no list holds that differs from a common word only inside confusion
        classes (কোরতে ~ করতে, পানই ~ পানি) is that word mistyped, even when it could be
        read as some rarer stem with an ending (কোর + তে)."""
        return any(
            z >= SETTINGS.confusable_near_miss_min_zipf for v, z in self.lexicon.frequencies_with_skeleton(skeleton(word)) if v != word
        )

    def _shadowed(self, stem: str) -> bool:
        """Whether a stem an ending was read on is a word list's misspelling of a far
        commoner word one letter of a confusion class away (সৃস্টি ~ সৃষ্টি).
        A final ও-কার is left out of it: কালো beside কাল is a word, and চুলো beside চুল a
        colloquial form, not a slip."""
        z = self.lexicon.frequency(stem)
        if z >= SETTINGS.shadowed_stem_below_zipf or stem in self.accepted or self.lexicon.origin_of(stem) & FROM_NAMES:
            return False  # a standard form (ঘুস, the Academy's, beside ঘুষ) or a name is no slip
        floor = max(z + SETTINGS.shadowing_word_gap, SETTINGS.shadowing_word_min_zipf)
        return any(
            vz >= floor and DamerauLevenshtein.distance(v, stem) == 1
            and v.rstrip("ো") != stem.rstrip("ো")
            for v, vz in self.lexicon.frequencies_with_skeleton(skeleton(stem)) if v != stem
        )

    def near_miss(self, word: str, most: float = SETTINGS.near_miss_max_cost, compound: bool = False) -> bool:
        """Whether the word, or its stem before a case ending, is within a small typing
        cost of a frequent known word (পতিবেদকের: প্রতিবেদক + ের). For a `compound`,
        the head's own forms are no near miss of a stem that runs into the tail."""
        if len(word) > SETTINGS.longest_suggested_word:
            return False
        # A stem that is a word of some standing (রবীন্দ্রসংগীত in রবীন্দ্রসংগীতই) is not
        # itself read as a typo.
        readings = [(word, "")] + [(stem, suffix) for stem, suffix in morphology.split(word, min_stem=3)
                                   if suffix in morphology.INFLECTIONS and not self.trusted(stem, SETTINGS.list_typo_below_zipf)
                                   ][:SETTINGS.stem_readings]
        # The word's own stems and their other forms are no evidence of a slip (গালও is
        # one letter from গাল and গালে).
        own = {word, *(stem for stem, _ in morphology.split(word) if stem in self.lexicon)}
        heads = self._heads(word) if compound and len(readings) > 1 else set()
        for typed, suffix in readings:
            # Short words are near something by chance: allow one edit, longer ones more.
            limit = min(SETTINGS.near_miss_max_cost, most,
                        max(SETTINGS.near_miss_min_cost, len(typed) / SETTINGS.near_miss_length_per_edit))
            # A stem read before a bound word that runs past a compound's head into its
            # tail (চলচ্চিত্রজ + গতের in চলচ্চিত্রজগতের) is a letter from the head's forms by
            # construction. (Before a case ending, as in শহরথেক + ে, it is evidence: two
            # words run together.)
            past = [h for h in heads if len(h) < len(typed) and typed.startswith(h)] \
                if suffix and suffix not in morphology.CASE_ENDINGS else []
            for _, candidate in self._scored(typed):
                stems = {s for s, _ in morphology.split(candidate)}
                if candidate in own or own.intersection(stems) or any(_form_of(candidate, h) for h in past):
                    continue
                c = cost(typed, candidate, SETTINGS.near_class_cost, said=False)
                z = self.lexicon.frequency(candidate)
                # Any reasonably known word a confusion or two away; a frequent one an edit away.
                if (z >= SETTINGS.near_miss_min_zipf and c <= limit) or (z >= SETTINGS.confused_typo_of_min_zipf and c <= SETTINGS.two_near_confusions_cost):
                    return True
        return False

    def _heads(self, word: str) -> set[str]:
        """The heads of the compounds the word reads as (চলচ্চিত্র in চলচ্চিত্রজগতের, with জগতের)."""
        return {
            word[:i] for i in range(SETTINGS.compound_part_min_length, len(word) - SETTINGS.compound_part_min_length + 1)
            if _starts_a_part(word[i:]) and self.trusted(word[:i], SETTINGS.compound_part_min_zipf)
            and self._compound_tail(word[i:])
        }

    def _name_with_ending(self, word: str) -> bool:
        for stem, suffix in morphology.split(word, min_stem=3):
            if suffix in morphology.NAME_ENDINGS and len(stem) >= 3:
                return True
        return False

    def trusted(self, stem: str, zipf: float = SETTINGS.stem_min_zipf) -> bool:
        """Whether `stem` may carry an inflection: curated, accepted, or frequent."""
        if stem in self.accepted:
            return True
        z = self.lexicon.frequency(stem)
        if len(stem) <= 3:  # short stems: web lists and word lists are full of fragments
            # (a curated list's short word, ঋতু or গাল, is a word: a little less frequency will do)
            curated = self.lexicon.origin_of(stem) & FROM_HUNSPELL
            return z >= (SETTINGS.short_curated_stem_min_zipf if curated else SETTINGS.short_stem_min_zipf)
        return z >= zipf or (z >= 0 and bool(self.lexicon.origin_of(stem) & (FROM_HUNSPELL | FROM_NAMES)))

    def is_verb(self, verbal_noun: str) -> bool:
        """A verbal noun (করা, লেখা; সামলানো) whose infinitive is also known (করতে,
        লিখতে; সামলাতে)."""
        if not self.trusted(verbal_noun, SETTINGS.verb_stem_min_zipf):
            return False
        if verbal_noun.endswith("ানো"):
            return self.lexicon.frequency(verbal_noun[:-2] + "তে") >= SETTINGS.verb_infinitive_min_zipf
        root = verbal_noun[:-1]
        return any(self.lexicon.frequency(r + "তে") >= SETTINGS.verb_infinitive_min_zipf
                   for r in morphology.stem_variants(root))

    def is_compound(self, word: str) -> bool:
        """Whether the word reads as two known words written solid (with vowel sandhi
        at the join, or not)."""
        for i in range(SETTINGS.compound_part_min_length, len(word) - SETTINGS.compound_part_min_length + 1):
            head, tail = word[:i], word[i:]
            if tail[0] in _SANDHI:
                # Vowel sandhi: the head's inherent vowel and the tail's first vowel merge
                # into one sign (জীবন + ইতিহাস = জীবনেতিহাস, কুড়াল + আঘাত = কুড়ালাঘাত).
                if len(head) >= SETTINGS.sandhi_part_min_length and len(tail) >= SETTINGS.sandhi_part_min_length and head[-1] in morphology.CONSONANTS \
                        and self.trusted(head, SETTINGS.compound_part_min_zipf) \
                        and any(self._compound_tail(v + tail[1:]) for v in _SANDHI[tail[0]]):
                    return True
                continue
            if not _starts_a_part(tail):
                continue
            if _postposition(tail):
                continue  # a postposition stands apart: শহরথেকে is শহর থেকে with the space left out
            if self.trusted(head, SETTINGS.compound_part_min_zipf) and self._compound_tail(tail, len(head) >= SETTINGS.corrected_compound_part_min_length) \
                    and not self._ends_a_phrase(head):
                return True
        return False

    def _ends_a_phrase(self, head: str) -> bool:
        """A head in the genitive, the dative or the plural (দেশের, ছাত্রদের, তাকে) ends a
        word of a phrase, not the first part of a compound: দেশেরমানুষ is a space left out.
        After a vowel the genitive is a bare র, which many words end in: there the stem
        must be the commoner word (বাজার is a word, not বাজা in the genitive)."""
        z = self.lexicon.frequency(head)
        return any(
            x.endswith(_PHRASE_ENDINGS) and len(s) >= 3 and self.trusted(s)
            and (not x.startswith("র") or self.lexicon.frequency(s) >= z)
            for s, x in morphology.split(head)
        )

    def _compound_tail(self, tail: str, compound: bool = False) -> bool:
        """Whether `tail` is a known word, a stem with an ending, or a verb form; with
        `compound`, also two words of four letters or more written solid (with an ending
        or not): a compound of three parts (তথ্য + সেবা + কেন্দ্র + গুলো)."""
        return (
            self.trusted(tail, SETTINGS.compound_part_min_zipf)
            or any(self.trusted(s, SETTINGS.compound_part_min_zipf) for s, _ in morphology.split(tail))
            or any(True for _ in morphology.verb_readings(tail, self.is_verb))
            or compound and (self._two_parts(tail) or any(self._two_parts(s) for s, _ in morphology.split(tail)))
        )

    def _two_parts(self, word: str) -> bool:
        """Whether the word is two known words of four letters or more written solid."""
        for i in range(SETTINGS.corrected_compound_part_min_length, len(word) - SETTINGS.corrected_compound_part_min_length + 1):
            head, tail = word[:i], word[i:]
            if _starts_a_part(tail) and self.trusted(head, SETTINGS.compound_part_min_zipf) \
                    and self._compound_tail(tail) and not self._ends_a_phrase(head):
                return True
        return False

    def dominant_twin(self, word: str) -> str | None:
        """For a rare list word, a twin 100x more frequent one letter of ি/ী, ু/ূ, ন/ণ or
        শ/ষ/স away, or with a vowel sign, ra-phala or hasanta put back, or 1000x more
        frequent one letter of any confusion class away (a web list's misspelling
        beside the real word), else None; for any list word
        with হূ, its হৃ form 10x more frequent (see LOOKALIKE); for any list word, the
        same word with a candrabindu when hunspell-bn's list holds that and not this."""
        return self._twin_of(word)[0]

    def _soft(self, word: str) -> bool:
        """Whether the word's twin is a letter left out or confused (see _soft_twin):
        ranked among the other readings, and a regular form of a known word is spared."""
        return self._twin_of(word)[1]

    def _twin_of(self, word: str) -> tuple[str | None, bool]:
        found = self._twins.get(word)
        if found is None:
            if len(self._twins) > _CACHE_LIMIT:
                self._twins.clear()
            tables = self.tables
            if tables is not None and (i := tables.id_of(word)) is not None:
                found = tables.twin(i)
            else:
                found = self._dominant_twin(word)
            self._twins[word] = found
        return found

    def _dominant_twin(self, word: str) -> tuple[str | None, bool]:
        origin = self.lexicon.origin_of(word)
        if origin & FROM_NAMES or word in self.accepted:
            return None, False
        z = self.lexicon.frequency(word)
        if origin & FROM_HUNSPELL:
            return (self._unseen_slip(word) if z == 0 else None), False
        if z < 0:
            return None, False
        if LOOKALIKE[0] in word:
            twin = word.replace(*LOOKALIKE)
            if self.lexicon.frequency(twin) >= z + SETTINGS.lookalike_gap:
                return twin, False
        if _CANDRABINDU not in word:
            # The candrabindu left out (খোজখবর, পেচানো, হাটছিলেন): the form with it is the
            # curated list's word, and twice as common on the web.
            for i, ch in enumerate(word):
                if ch in _TAKES_CANDRABINDU:
                    twin = word[: i + 1] + _CANDRABINDU + word[i + 1 :]
                    if self.lexicon.origin_of(twin) & FROM_HUNSPELL \
                            and self.lexicon.frequency(twin) >= z + SETTINGS.candrabindu_gap:
                        return twin, False
        if z >= SETTINGS.twin_search_below_zipf:
            return None, False
        best, best_z = None, z + SETTINGS.list_typo_twin_gap
        if z >= SETTINGS.list_typo_below_zipf:
            # Less rare: only a far commoner word's slip, and not a two-letter word (ছট,
            # a festival, beside ছোট).
            twin = self._soft_twin(word, z, z + SETTINGS.confused_twin_gap) if len(word) > 2 else None
            return twin, twin is not None
        for i, ch in enumerate(word):
            for alt in _SWAPS.get(ch, ""):
                twin = word[:i] + alt + word[i + 1 :]
                tz = self.lexicon.frequency(twin)
                if tz >= best_z:
                    best, best_z = twin, tz
        # A phonetic spelling the web list has seen (দিএ beside দিয়ে); not letter names
        # (জিআর, ওএল: আ and এ there begin a letter's name, not a glide).
        for twin in () if _letter_names_run(word, 2) else _as_said(word):
            tz = self.lexicon.frequency(twin)
            if tz >= best_z:
                best, best_z = twin, tz
        if best:
            return best, False
        twin = self._soft_twin(word, z, best_z)
        return twin, twin is not None

    def _soft_twin(self, word: str, z: float, best_z: float) -> str | None:
        best = None
        # A vowel sign, ra-phala or hasanta left out (পাশাপশি beside পাশাপাশি), or one
        # letter confused inside a class, for a word a thousand times rarer (নবেম্বর beside
        # নভেম্বর): ranked among the other readings, not put first (see _rank), and a
        # regular form of a known word is spared (see _analyse).
        for twin in _put_back(word):
            tz = self.lexicon.probe_frequency(twin)
            if tz >= best_z:
                best, best_z = twin, tz
        if not best and not word.endswith("ঃ"):  # a visarga for a colon is NORM014's
            floor = z + SETTINGS.confused_twin_gap
            for twin, tz in self.lexicon.frequencies_with_skeleton(skeleton(word)):
                if tz >= floor and tz >= best_z and DamerauLevenshtein.distance(twin, word) == 1:
                    best, best_z = twin, tz
        return best

    def _unseen_slip(self, word: str) -> str | None:
        """A curated-list word the web has never seen that is a common word written
        with an old or mistaken letter (রুটীন for রুটিন, সয়তান for শয়তান, ইজ্জৎ for
        ইজ্জত) or with a conjunct's hasanta left out (যাচছে for যাচ্ছে): the curated list
        holds such forms too. Other one-letter differences (ঢাকেন, covers, beside
        ডাকেন, calls) often part two real words, and are left alone."""
        for twin, tz in self.lexicon.frequencies_with_skeleton(skeleton(word)):
            if tz >= SETTINGS.unseen_twin_min_zipf and _old_or_broken(word, twin):
                return twin
        return None

    # -- suggesting ------------------------------------------------------------
    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Known words the writer probably meant, best first; an inflected typo gets
        the inflected correction (বাড়ীতে -> বাড়িতে): the words of `candidates`."""
        return [c.word for c in self.candidates(word, limit)]

    def candidates(self, word: str, limit: int = SETTINGS.suggestions_kept) -> list[Candidate]:
        """The suggestions for `word` with their scores and the search that proposed each,
        best first (see Candidate)."""
        cached = self._suggestions.get(word)
        if cached is None:
            cached = self._remember(word, self._rank(word))
        return list(cached[:limit])

    def suggest_many(self, words: Iterable[str], limit: int = 5) -> list[list[str]]:
        """`suggest` for each word, in order: the same lists, faster for many words (a
        document's unknown words) since their searches are made together."""
        return [[c.word for c in found] for found in self.candidates_many(words, limit)]

    def candidates_many(self, words: Iterable[str], limit: int = SETTINGS.suggestions_kept) -> list[list[Candidate]]:
        """`candidates` for each word, in order: the same lists, their searches made
        together (see _rank_many), a few hundred words at a time."""
        words = list(words)
        found = {w: cached for w in dict.fromkeys(words) if (cached := self._suggestions.get(w)) is not None}
        new = [w for w in dict.fromkeys(words) if w not in found]
        for i in range(0, len(new), _BATCH):
            chunk = new[i : i + _BATCH]
            found.update((w, self._remember(w, ranked)) for w, ranked in zip(chunk, self._rank_many(chunk), strict=True))
        return [list(found[w][:limit]) for w in words]

    def _remember(self, word: str, ranked: list[Candidate]) -> tuple[Candidate, ...]:
        if len(self._suggestions) > _CACHE_LIMIT:
            self._suggestions.clear()
        cached = self._suggestions[word] = tuple(ranked)
        return cached

    def _searched_many(self, kinds: list[tuple[str, int, bool]]) -> list[_Searched | None]:
        """For each (skeleton, depth, stems) of a search, the words it looks at (see
        _scored_many): the words of the skeletons near the skeleton (see
        Lexicon.near_skeletons) that kind of search keeps, with what scoring them needs;
        None where no skeleton is near. Kept for the next search of the same kind from
        the same skeleton (a typed word's stems and readings, and other typos, share
        many); the new ones are gathered together."""
        lex = self.lexicon
        t = _search_tables(lex)
        found: list[_Searched | None] = [None] * len(kinds)
        new: dict[tuple[str, int, bool], list[int]] = {}  # kind -> the skeletons near it
        for n, kind in enumerate(kinds):
            known = self._neighbourhoods.get(kind)
            if known is not None and known.tables is t:
                found[n] = known
            elif kind not in new and (skels := lex.near_skeletons(kind[0], kind[1])):
                new[kind] = skels
        if not new:
            return found
        fresh = list(new)
        sizes = np.array([len(new[kind]) for kind in fresh])
        skel = np.array([s for kind in fresh for s in new[kind]], dtype=np.int64)
        of_kind = np.repeat(np.arange(len(fresh)), sizes)  # the kind each skeleton is near
        starts = lex.skeleton_start[skel].astype(np.int64)
        counts = lex.skeleton_start[skel + 1].astype(np.int64) - starts
        # word-id ranges [start, start+count) of each skeleton, flattened
        offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
        ids = lex.by_skeleton[np.arange(int(counts.sum())) + offsets].astype(np.int64)
        which = np.repeat(np.arange(len(skel)), counts)  # each word's skeleton, an index into skel
        kind_of = of_kind[which]
        code = t.word_code[ids]
        # Which words each kind keeps: the wide net frequent words only; a stem search a
        # rarer stem only as a confusion inside classes of the typed one (its skeleton);
        # other searches frequent or curated words.
        modes = {(depth > 1, stems) for _, depth, stems in fresh}
        wide = (code & _GE_NEAR) > 0 if (True, False) in modes or (True, True) in modes else None
        plain = (code & (_GE_CONFUSED | _CURATED_BIT)) > 0 if (False, False) in modes else None
        stem = None
        if (False, True) in modes:
            own = np.array([lex.skeletons.get(kind[0], -1) for kind in fresh], dtype=np.int64)[kind_of]
            stem = ((code & (_GE_STEM | _CURATED_BIT)) > 0) | (((code & _GE_SUGGESTED_STEM) > 0) & (skel[which] == own))
        if len(modes) == 1:
            keep = next(mask for mask in (wide, plain, stem) if mask is not None)
        else:
            depth = np.array([kind[1] for kind in fresh])[kind_of]
            stems = np.array([kind[2] for kind in fresh])[kind_of]
            keep = np.where(depth > 1, wide if wide is not None else False,
                            np.where(stems, stem if stem is not None else False, plain if plain is not None else False))
        kept = np.flatnonzero(keep)
        ids, which, code, kind_of = ids[kept], which[kept], code[kept], kind_of[kept]
        keys = [kind[0] for kind in fresh]
        skeletal = _distances(keys, of_kind.tolist(), lex.skeletons_at(skel.tolist()))
        # Writers seldom get the first letter wrong: a candidate whose skeleton starts
        # with another (class of) letter ranks lower, by a third of an edit.
        other_first = lex.skeleton_first[skel] != np.array([ord(k[0]) if k else 0 for k in keys], dtype=np.uint32)[of_kind]
        # kind_of ascends: each kind's words are one run
        cut = [0, *np.searchsorted(kind_of, np.arange(1, len(fresh))).tolist(), len(kind_of)]
        # Small types: a neighbourhood is kept (the sums they enter are float64 all the same).
        other_cost = np.float32(t.other_first_letter_cost)
        columns = [[column[a:b] for a, b in zip(cut, cut[1:])] for column in (
            ids.astype(np.uint32), skeletal[which].astype(np.int16), np.where(other_first[which], other_cost, np.float32(0)),
            t.word_weight[ids],
            # Rare: offered only with the same skeleton (see _scored_many).
            (code & (_BELOW_SUGGESTION_MIN | _CURATED_BIT)) == _BELOW_SUGGESTION_MIN)]
        if len(self._neighbourhoods) > _NEIGHBOURHOOD_LIMIT:
            self._neighbourhoods.clear()
        for k, kind in enumerate(fresh):
            self._neighbourhoods[kind] = _Searched(t, *(column[k] for column in columns))
        return [f if f is not None else self._neighbourhoods.get(kind) for f, kind in zip(found, kinds)]

    def _scored(self, typed: str, extra: float = 0.0, suffix: str = "", depth: int = 1,
                itself: bool = False, costs_out: dict[str, float] | None = None) -> list[tuple[float, str]]:
        """(score, candidate) for known words near `typed` (lower is better): typing cost
        minus frequency. `costs_out` (without a suffix) receives each candidate's
        `cost(typed, candidate)`. One search of _scored_many."""
        return self._scored_many([_Search(typed, extra, suffix, depth, itself, costs_out)])[0]

    def _scored_many(self, searches: list[_Search]) -> list[list[tuple[float, str]]]:
        """_scored for each search, all computed at once: numpy's cost per call is paid
        once for them all, not once per search.

        A search's candidates are the words whose skeleton is near the typed word's, and
        its score for each is the typing cost plus `extra`, minus its weighted frequency,
        plus a third of an edit for another first letter. The skeletal distance bounds
        the cost from below (cost = skeletal + SETTINGS.class_cost x the edits inside
        confusion classes), so only words whose bound is within SETTINGS.rescoring_slack
        of a search's 30th best are restored and scored in full; each search keeps its
        30 best (ties in the order of skeleton and key id). The weighted frequencies are
        numpy's float32 products (see _SearchTables)."""
        lex = self.lexicon
        results: list[list[tuple[float, str]]] = [[] for _ in searches]
        parts: list[tuple[int, _Searched]] = []
        kinds = [(skeleton(search.typed), search.depth, search.depth == 1 and bool(search.suffix)) for search in searches]
        for n, found in enumerate(self._searched_many(kinds)):
            if found is not None and len(found.ids):
                parts.append((n, found))
        if not parts:
            return results
        limit = 3 * SETTINGS.suggestions_kept
        if len(parts) == 1:  # one search: the same arithmetic, without the grouping
            return self._scored_one(searches, parts[0], results)
        sizes = np.array([len(f.ids) for _, f in parts])
        group = np.repeat(np.arange(len(parts)), sizes)
        extra = np.array([searches[n].extra for n, _ in parts])[group]
        ids = np.concatenate([f.ids for _, f in parts])
        skeletal = np.concatenate([f.skeletal for _, f in parts])
        other_first = np.concatenate([f.other_first for _, f in parts])
        weight = np.concatenate([f.weight for _, f in parts])
        rare = np.concatenate([f.rare for _, f in parts])
        low = skeletal + extra - weight
        big = sizes > limit
        if big.any():
            # The 30th lowest bound of each search with more words than that.
            first = np.concatenate(([0], np.cumsum(sizes)[:-1]))
            by_low = np.lexsort((low, group))
            reach = np.full(len(parts), np.inf)
            reach[big] = low[by_low[first[big] + limit - 1]] + SETTINGS.rescoring_slack
            close = np.flatnonzero(low <= reach[group])
            ids, skeletal, other_first, weight, rare, group, extra = (
                ids[close], skeletal[close], other_first[close], weight[close], rare[close], group[close], extra[close])
        word_ids = ids.tolist()
        groups = group.tolist()
        candidates = lex.words_at(word_ids)
        full = _distances([letters(searches[n].typed) for n, _ in parts], groups, [letters(c) for c in candidates])
        costs = skeletal + SETTINGS.class_cost * np.maximum(full - skeletal, 0)
        scores = costs + extra - weight + other_first
        itself = np.array([searches[n].itself for n, _ in parts])[group]
        good = np.flatnonzero((costs <= SETTINGS.suggestion_max_cost) & ((full > 0) | itself) & (~rare | (skeletal == 0)))
        # Each search's best, best first: by search, then score (a stable sort).
        ordered = good[np.lexsort((scores[good], group[good]))]
        ordered_groups = group[ordered]
        rank = np.arange(len(ordered)) - np.searchsorted(ordered_groups, ordered_groups)
        best = ordered[rank < limit].tolist()
        return self._collect(searches, [n for n, _ in parts], results, best, groups, word_ids, candidates, costs, scores)

    def _scored_one(self, searches: list[_Search], part: tuple[int, _Searched],
                    results: list[list[tuple[float, str]]]) -> list[list[tuple[float, str]]]:
        """_scored_many's arithmetic for a single search."""
        n, found = part
        search = searches[n]
        ids, skeletal, other_first, weight, rare = found.ids, found.skeletal, found.other_first, found.weight, found.rare
        low = skeletal + search.extra - weight
        limit = 3 * SETTINGS.suggestions_kept
        if len(low) > limit:
            close = np.flatnonzero(low <= np.partition(low, limit - 1)[limit - 1] + SETTINGS.rescoring_slack)
            ids, skeletal, other_first, weight, rare = ids[close], skeletal[close], other_first[close], weight[close], rare[close]
        word_ids = ids.tolist()
        candidates = self.lexicon.words_at(word_ids)
        full = _distances([letters(search.typed)], [], [letters(c) for c in candidates])
        costs = skeletal + SETTINGS.class_cost * np.maximum(full - skeletal, 0)
        scores = costs + search.extra - weight + other_first
        good = np.flatnonzero((costs <= SETTINGS.suggestion_max_cost) & ((full > 0) | search.itself) & (~rare | (skeletal == 0)))
        best = good[np.argsort(scores[good], kind="stable")[:limit]].tolist()
        return self._collect(searches, [n], results, best, [0] * len(word_ids), word_ids, candidates, costs, scores)

    def _collect(self, searches: list[_Search], owner: list[int], results: list[list[tuple[float, str]]], best: list[int],
                 groups: list[int], word_ids: list[int], candidates: list[str], costs: np.ndarray,
                 scores: np.ndarray) -> list[list[tuple[float, str]]]:
        """Each search's best candidates, in order, into `results` (a suffix joined on)."""
        lex = self.lexicon
        cost_list, score_list = costs.tolist(), scores.tolist()
        ranked_zipf, zipf = _search_tables(lex).zipf, lex.zipf_view
        for g, in_run in groupby(best, key=groups.__getitem__):  # best is in order of search
            run = list(in_run)
            n = owner[g]
            search = searches[n]
            if not search.suffix:
                results[n] = [(score_list[i], candidates[i]) for i in run]
                if search.costs_out is not None:
                    search.costs_out.update((candidates[i], cost_list[i]) for i in run)
                continue
            for i in run:
                if morphology.fits(candidates[i], search.suffix):
                    # Ranked by the inflected form's own frequency where the lexicon has it;
                    # else as a form rarer than its stem.
                    joined = morphology.join(candidates[i], search.suffix)
                    zi = self._inflected_zipf(joined, ranked_zipf[zipf[word_ids[i]]])
                    results[n].append((cost_list[i] + search.extra - SETTINGS.frequency_weight * zi, joined))
        return results

    def _rank(self, word: str) -> list[Candidate]:
        return self._rank_many([word])[0]

    def _rank_many(self, words: list[str]) -> list[list[Candidate]]:
        """_rank for each word, the words' searches from their readings (and then their
        wide nets) made at once (see _ranking)."""
        rankings = [self._ranking(word) for word in words]
        found: list[list[Candidate]] = [[] for _ in words]
        asked = {}
        for n, ranking in enumerate(rankings):
            try:
                asked[n] = next(ranking)
            except StopIteration as done:
                found[n] = done.value
        while asked:
            flat = [search for searches in asked.values() for search in searches]
            results = iter(self._scored_many(flat))
            now, asked = asked, {}
            for n, searches in now.items():
                try:
                    asked[n] = rankings[n].send([next(results) for _ in searches])
                except StopIteration as done:
                    found[n] = done.value
        return found

    def _ranking(self, word: str) -> Generator[list[_Search], list[list[tuple[float, str]]], list[Candidate]]:
        """The ranking of suggestions for `word` (see candidates). A generator: it yields
        the searches it needs next and is sent their results (_scored_many), so that
        _rank_many makes the searches of many words at once."""
        if not word or len(word) > SETTINGS.longest_suggested_word:
            return []  # nothing typed, or longer than any Bengali word: a run of letters without spaces
        scored: dict[str, float] = {}
        why: dict[str, str] = {}  # the search that gave each candidate its best score

        def offer(candidate: str, score: float, source: str, even_itself: bool = False) -> bool:
            if (even_itself or candidate != word) and score < scored.get(candidate, float("inf")):
                scored[candidate], why[candidate] = score, source
                return True
            return False

        # Correct the stem and keep the inflection (বাড়ীতে -> বাড়িতে).
        # cost(word, w) of candidates the searches from the word itself scored: the tests
        # below ask it of every candidate.
        costs: dict[str, float] = {}

        def cost_of(candidate: str) -> float:
            c = costs.get(candidate)
            return cost(word, candidate) if c is None else c

        searches, sources = [], []
        for typed, extra, suffix in self._readings(word):
            searches.append(_Search(typed, extra, suffix, costs_out=costs if typed == word and not suffix else None))
            sources.append(STEM if suffix else EDIT)
            for said in _misread(typed):
                searches.append(_Search(said, extra + SETTINGS.as_said_cost, suffix, itself=True))
                sources.append(MISREAD)
        for source, results in zip(sources, (yield searches), strict=True):
            for score, candidate in results:
                offer(candidate, score, source)
        # A known stem whose ending is mistyped inside confusion classes (লিটনেরি ->
        # লিটনেরই: the emphatic ই typed as the sign ি; অসঙ্গতিগুল -> অসঙ্গতিগুলো).
        # Only where no word is a class confusion or two away (প্রস্তুতী is প্রস্তুতি, not
        # প্রস্তুত with an emphatic ই).
        if not any(cost_of(w) <= 2 * SETTINGS.class_cost for w in scored):
            for score, candidate in self._ending_corrections(word):
                offer(candidate, score, ENDING)
        # Nothing closer than a plain edit: look further too (frequent words two deletions
        # away on either side). One plain edit is weak evidence beside a frequent word two
        # edits away; a word that differs only inside confusion classes is not.
        if SETTINGS.wide_net_min_length <= len(skeleton(word)) <= SETTINGS.wide_net_max_length and not any(cost_of(w) <= SETTINGS.close_enough_cost for w in scored):
            (wide,) = yield [_Search(word, 0.0, "", depth=2, costs_out=costs)]
            for score, candidate in wide:
                offer(candidate, score, WIDE_NET)
        # Still nothing close: a solid compound with a typo in one part (বানিজ্জযুদ্ধ ->
        # বাণিজ্যযুদ্ধ) gets that part corrected and the other kept.
        compounds: set[str] = set()
        if len(word) >= 2 * SETTINGS.corrected_compound_part_min_length and not any(cost_of(w) <= SETTINGS.compound_part_max_cost for w in scored):
            for score, candidate in self._compound_corrections(word):
                if offer(candidate, score, COMPOUND_PART):
                    compounds.add(candidate)
        # A ra-phala or a vowel sign left out (পতিবেদক for প্রতিবেদক, জবব for জবাব): common
        # slips, likelier than another letter dropped.
        for score, candidate in self._left_out(word):
            offer(candidate, score, LEFT_OUT)
        # The emphatic ও typed as the sign ো after a known word (কাজো for কাজও): said
        # alike, so the particle is likelier than a stray sign to drop.
        if len(word) > 3 and word.endswith("ো") and word[-2] in morphology.CONSONANTS and self.is_known(word[:-1]):
            candidate, standing = word[:-1] + "ও", self.standing(word[:-1])
            score = SETTINGS.emphatic_o_as_sign_cost - SETTINGS.frequency_weight * standing
            if standing >= SETTINGS.stem_min_zipf:
                offer(candidate, score, EMPHATIC_O)
        # The progressive's ছ typed স, as colloquial speech says it (লিখসেন for লিখছেন): the
        # verb form, where that is one.
        said = _COLLOQUIAL_PROGRESSIVE.sub("ছ", word) if "স" in word else word
        if said != word and (said in self.lexicon or any(True for _ in morphology.verb_readings(said, self.is_verb))):
            offer(said, SETTINGS.as_said_cost - SETTINGS.frequency_weight * self.standing(said), COLLOQUIAL)
        # Two words run together (a space left out: মেয়রদেরফৌজদারি): offer them apart.
        for score, candidate in self._run_on(word):
            if offer(candidate, score, RUN_ON, even_itself=True):
                compounds.add(candidate)
        twin = self.dominant_twin(word) if word in self.lexicon else None
        if twin and self._soft(word):
            # A letter left out: the twin is ranked among the others, ahead by the
            # evidence of the web list (a ো left out is another sign put back, too).
            if twin in scored:
                scored[twin] -= SETTINGS.twin_evidence
            twin = None
        ranked = sorted(scored, key=lambda w: (scored[w], w))
        # Re-inflected stems must make a known word (not বাংলাদেশর); twins are not offered.
        # A corrected compound is two known parts by construction: vetting it as a typed
        # word would also ask whether it is a near miss, which costs a search each. A word
        # ending in a hasanta is an old encoding of ৎ (সত্যজিত্) or a form the Academy
        # drops the sign from: never offered; nor is a word ending in a visarga, which the
        # Academy drops at the end of a word (ক্রমশঃ -> ক্রমশ) and web lists keep as punctuation
        # (ইতিহাসঃ).
        offered = (w for w in ranked[: 3 * SETTINGS.suggestions_kept]
                   if ((w in compounds and (" " in w or self.is_compound(w)))
                       or (self.suggestable(w) is not None or self._inflected_noun(w) or self._emphatic(w))
                       and self.is_known(w))
                   and not w.endswith(_NEVER_FINAL) and not self.dominant_twin(w))
        ranked = list(islice(offered, SETTINGS.suggestions_kept + 1))  # one more, in case the twin is among them
        found = [Candidate(w, scored[w], why[w]) for w in ranked]
        if twin:
            # Put first whatever its score: shown with the best score, so the list stays in order.
            own = scored.get(twin)
            if own is None:
                own = cost(word, twin) - SETTINGS.frequency_weight * self.standing(twin)
            found = [Candidate(twin, min([own, *(c.score for c in found[:1])]), TWIN)] \
                + [c for c in found if c.word != twin]
        return found[:SETTINGS.suggestions_kept]

    def _left_out(self, word: str) -> list[tuple[float, str]]:
        """(score, word) for known words that are the typed word with a ra-phala after one
        of its consonants, a vowel sign after one that has none, a ya-phala before the া
        of its first, or a hasanta between two consonants taken out, up to confusions
        inside classes."""
        found = []
        if len(word) > SETTINGS.ra_phala_longest_word:
            return found
        for i in range(len(word)):
            after = word[i + 1 : i + 2]
            if not "\u0995" <= word[i] <= "\u09b9" or after == "\u09bc":
                continue
            if after == "\u09cd":
                # A hasanta typed where the word has none (খুল্ল for খুলল, লিখেন্নি for লিখেননি): one
                # confusion, as anywhere else, though the skeleton reads a geminate or a
                # phala there as one letter.
                if not "\u0995" <= word[i + 2 : i + 3] <= "\u09b9":
                    continue
                readings = [(word[: i + 1] + word[i + 2 :], SETTINGS.extra_hasanta_cost)]
            else:
                readings = [] if word[i] == "র" or not after else [
                    (word[: i + 1] + "\u09cd\u09b0" + word[i + 1 :], SETTINGS.ra_phala_left_out_cost)]
                if not "\u09be" <= after <= "\u09cc":
                    readings += [(word[: i + 1] + sign + word[i + 1 :], SETTINGS.sign_left_out_cost) for sign in _SIGNS_LEFT_OUT]
                elif i == 0 and after == "\u09be":
                    # ্যা at the start is said æ, and typed a (ম্যাচ as মাচ, ব্যাটিং as বাটিং).
                    readings.append((word[0] + "\u09cd\u09af" + word[1:], SETTINGS.as_said_cost))
                elif i == 0 and after == "\u09c7" and "\u0995" <= word[2:3] <= "\u09b9":
                    # A ya-phala with no vowel sign at the start is said e or æ, and typed
                    # so (ব্যঞ্জন as বেঞ্জন, ব্যর্থতা as বের্থতা).
                    readings.append((word[0] + "\u09cd\u09af" + word[2:], SETTINGS.as_said_cost))
            for reading, left_out in readings:
                for candidate, z in self.lexicon.frequencies_with_skeleton(skeleton(reading)):
                    if z >= SETTINGS.suggestion_min_zipf and (c := cost(reading, candidate)) <= 2 * SETTINGS.class_cost:
                        found.append((left_out + c - SETTINGS.frequency_weight * z, candidate))
        return found

    def _compound_corrections(self, word: str) -> list[tuple[float, str]]:
        """(score, compound) for a word read as two parts, one a trusted word (with
        or without an inflection) and the other a typo of a known word: the typo part
        corrected, scored as its own correction plus the cost of the split."""
        found: list[tuple[float, str]] = []
        for i in range(SETTINGS.corrected_compound_part_min_length, len(word) - SETTINGS.corrected_compound_part_min_length + 1):
            head, tail = word[:i], word[i:]
            if tail[0] in _NOT_INITIAL:
                continue
            if self.trusted(head, SETTINGS.compound_part_min_zipf):
                typed, keep_front = tail, True
            elif self.trusted(tail, SETTINGS.compound_part_min_zipf) or self._regular(tail):
                typed, keep_front = head, False
            else:
                continue
            for typed_part, extra, suffix in self._readings(typed) if keep_front else [(typed, 0.0, "")]:
                for score, candidate in self._scored(typed_part, extra + SETTINGS.compound_split_cost, suffix):
                    if cost(typed_part if not suffix else typed, candidate) > SETTINGS.compound_part_max_cost \
                            or candidate[0] in _NOT_INITIAL:
                        continue
                    if keep_front and candidate[0] in morphology.VOWELS and candidate[0] != typed[0]:
                        continue  # a vowel letter put at the join (দেশে + অমানুষ): no compound is written so
                    found.append((score, head + candidate if keep_front else candidate + tail))
        return found

    def _ending_corrections(self, word: str) -> list[tuple[float, str]]:
        """(score, stem + ending) where the word is a trusted stem and a typed ending with
        the skeleton of a real noun ending (the ending typed inside confusion classes)."""
        found = []
        for i in range(max(3, len(word) - SETTINGS.longest_corrected_ending), len(word)):
            stem, typed = word[:i], word[i:]
            endings = _endings_by_skeleton().get(skeleton(typed))
            if not endings or not self.trusted(stem):
                continue
            z = self.lexicon.frequency(stem)
            for ending in endings:
                if ending != typed and morphology.fits(stem, ending):
                    candidate = morphology.join(stem, ending)
                    c = cost(word, candidate)
                    if c <= SETTINGS.rescoring_slack:
                        # The typed stem is a known word as it stands: only its ending
                        # changes, so the form ranks as a little rarer than the stem.
                        found.append((c + SETTINGS.under_ending_cost - SETTINGS.frequency_weight * (z - SETTINGS.inflected_rarer_by), candidate))
        return found

    def _inflected_zipf(self, form: str, stem_zipf: float) -> float:
        """The frequency to rank an inflected correction by: its own where the lexicon
        holds it; else it is rarer than its stem, and than the rarest listed word."""
        z = self.lexicon.frequency(form)
        if z > 0:
            return z
        if z == 0:
            return SETTINGS.uncounted_word_zipf
        return min(stem_zipf - SETTINGS.inflected_rarer_by, SETTINGS.unlisted_form_max_zipf)

    def _run_on(self, word: str) -> list[tuple[float, str]]:
        """(score, "head tail") where the word is two known words with the space left
        out, and the head ends in a case ending or the tail begins with a vowel letter,
        which a word boundary has and the join inside a compound mostly has not."""
        found = []
        for i in range(SETTINGS.run_on_part_min_length, len(word) - SETTINGS.run_on_part_min_length + 1):
            head, tail = word[:i], word[i:]
            if tail[0] in _NOT_INITIAL or head[-1] == "\u09cd" or tail in _SUFFIXES:
                continue  # not a word's start, or an ending (খেলোয়ার + দের is one word)
            before_postposition = _postposition(tail)
            boundary = tail[0] in morphology.VOWELS or before_postposition or any(
                x in morphology.CASE_ENDINGS for _, x in morphology.split(head)
            )
            if not boundary or not (self._plainly_known(head) and self._plainly_known(tail)):
                continue
            z = min(self.standing(head), self.standing(tail))
            if z >= SETTINGS.run_on_part_min_zipf:
                # The space before a postposition is the one most often left out.
                missing = SETTINGS.postposition_run_on_cost if before_postposition else SETTINGS.run_on_cost
                found.append((missing - SETTINGS.frequency_weight * z, f"{head} {tail}"))
        return found

    def _plainly_known(self, word: str) -> bool:
        """A listed word or a regular form of a trusted stem: known without the search
        for near misses that judging a compound or a name takes (run-on splits try every
        place in the word)."""
        if word in self.accepted or (word in self.lexicon and not self.dominant_twin(word)):
            return True
        return self.is_regular_form(word)

    def standing(self, word: str) -> float:
        """How common a known word is: its own frequency or its stem's, whichever is
        higher (an inflected form is rarer than its stem: মাঝিদের beside মাঝি)."""
        return max(self.lexicon.frequency(word),
                   max((self.lexicon.frequency(s) for s, _ in morphology.split(word) if self.trusted(s)), default=0.0))

    def _readings(self, word: str) -> list[tuple[str, float, str]]:
        """(typed, extra score, suffix): the word itself, and its untrusted stems before
        a noun suffix (a typo in the stem gets the stem corrected, the suffix kept)."""
        readings = [(word, 0.0, "")]
        for stem, suffix in morphology.split(word):
            if len(readings) > SETTINGS.stem_readings:
                break
            if len(stem) >= 3 and not self.trusted(stem):
                readings.append((stem, SETTINGS.under_ending_cost, suffix))
        return readings

    def _inflected_noun(self, word: str) -> bool:
        """A stem of some standing (Zipf 2 will do for a correction) with a noun ending,
        where the stem shows that it is a noun: the lexicon holds it with some case
        ending. A verb form or a conjunction re-inflected (তাকালকে, অথবাতে) is no
        correction."""
        return any(
            len(stem) >= 3 and self.trusted(stem, SETTINGS.suggested_stem_min_zipf) and self._declines(stem) and not self.case_form(stem)
            for stem, _ in morphology.split(word)
        )

    def _emphatic(self, word: str) -> bool:
        """A word that could be offered, with the emphatic ও or ই after it: any word
        takes them (দৌড়িয়েও, এখানেই), and web lists hold few such forms of verbs."""
        return word.endswith(_EMPHATIC) and len(word) > 3 and self.suggestable(word[:-1]) is not None

    def _declines(self, stem: str) -> bool:
        if self.lexicon.origin_of(stem) & FROM_NAMES:
            return True
        return any(morphology.rejoin(stem, x) in self.lexicon for x in ("ের", "কে"))

    def case_form(self, word: str) -> bool:
        """A trusted stem with a case ending already (কম্পিউটারে): no further ending stacks
        on it (not কম্পিউটারেগুলোর)."""
        return any(x in morphology.CASES and self.trusted(s) for s, x in morphology.split(word))

    def _regular(self, word: str) -> bool:
        """A trusted stem with an inflection (কম্পিউটারগুলোর), however rare the whole."""
        return any(self.trusted(stem) for stem, _ in morphology.split(word))

    def is_regular_form(self, word: str) -> bool:
        """A trusted stem with a noun ending, or a verb form: a word the morphology
        builds, without asking whether it is a compound or a name."""
        return self._regular(word) or any(True for _ in morphology.verb_readings(word, self.is_verb))

    def suggestable(self, word: str) -> float | None:
        """The frequency to rank `word` by, or None if it is too rare to propose
        (web lists hold typos: only curated or reasonably frequent words are offered)."""
        if word in self.accepted:
            return SETTINGS.uncounted_word_zipf
        z = self.lexicon.frequency(word)
        if z < 0:
            return None
        if z >= SETTINGS.confused_suggestion_min_zipf:  # the rarer ones only as _scored lets them through
            return z
        if self.lexicon.origin_of(word) & (FROM_HUNSPELL | FROM_NAMES):
            return max(z, SETTINGS.uncounted_word_zipf)
        return None
