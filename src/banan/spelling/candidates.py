"""The candidate generators: each proposes corrections of a typed word, scored by the one
scoring function of search.py (typing cost plus the cost of the reading, minus the
weighted frequency), and tags each with its name (Candidate.why). The ranking
(ranking.py) merges them.

The searches from the word as typed, its stems and its readings as said (EDIT, STEM,
MISREAD) and the wide net (WIDE_NET) are made in batches by the ranking: here they are
stated as `Search`es with their tags. The other generators yield Candidates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import morphology, precomputed
from .errormodel import cost, skeleton
from .judge import NOT_INITIAL, is_postposition
from .search import Search
from .settings import SETTINGS
from .slips import COLLOQUIAL_PROGRESSIVE, SIGNS_LEFT_OUT, misread

if TYPE_CHECKING:
    from .judge import Judge
    from .lexicon import Lexicon

__all__ = [
    "COLLOQUIAL",
    "COMPOUND_PART",
    "EDIT",
    "EMPHATIC_O",
    "ENDING",
    "LEFT_OUT",
    "MISREAD",
    "RUN_ON",
    "STEM",
    "TWIN",
    "WIDE_NET",
    "Candidate",
    "colloquial",
    "compound_corrections",
    "emphatic_o",
    "ending_corrections",
    "first_searches",
    "left_out",
    "run_on",
    "stem_readings",
    "wide_net",
]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A suggestion: the word, its score (typing cost minus SETTINGS.frequency_weight x its
    Zipf frequency, plus the cost of the reading that found it; lower is better), and
    which generator proposed it (one of the names below)."""

    word: str
    score: float
    why: str


# The generators that propose candidates (Candidate.why).
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
TWIN = "twin"  # a web-list typo's far commoner twin, put first (by the ranking)

# Every weight and threshold is a field of SETTINGS (settings.py), with what it does.
_SUFFIXES = frozenset(morphology.NOUN_SUFFIXES)


_endings: list[tuple[Lexicon, dict[str, tuple[str, ...]]]] = []  # for the lexicon last asked


def _endings_by_skeleton(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Noun inflections (and bound words, not derivations) by their skeleton: worked out
    once per machine (a skeleton for each of some 3,000 endings, 10 ms) and kept beside
    the lexicon, a skeleton and its endings a line."""
    if not _endings or _endings[0][0] is not lexicon:
        lines = precomputed.word_set("ending-skeletons", precomputed.source_version(), _ending_lines, lexicon)
        by: dict[str, tuple[str, ...]] = {}
        for line in lines:
            key, *endings = line.split("\t")
            by[key] = tuple(endings)
        _endings[:] = [(lexicon, by)]
    return _endings[0][1]


def _ending_lines() -> Iterator[str]:
    by: dict[str, list[str]] = {}
    for ending in sorted(morphology.INFLECTIONS):
        if "টো" not in ending:  # a rare colloquial classifier: as a correction, mostly noise
            by.setdefault(skeleton(ending), []).append(ending)
    return ("\t".join((key, *endings)) for key, endings in by.items())


def first_searches(judge: Judge, word: str, costs: dict[str, float]) -> list[tuple[Search, str]]:
    """(EDIT, STEM, MISREAD) The searches from the word as typed and its untrusted stems
    (the stem corrected, the suffix kept: বাড়ীতে -> বাড়িতে), and from each read as said
    or as it looks, with the tag of each. The search from the word itself fills `costs`
    with cost(word, candidate)."""
    found = []
    for typed, extra, suffix in stem_readings(judge, word):
        found.append(
            (
                Search(typed, extra, suffix, costs_out=costs if typed == word and not suffix else None),
                STEM if suffix else EDIT,
            )
        )
        for said in misread(typed):
            found.append((Search(said, extra + SETTINGS.as_said_cost, suffix, itself=True), MISREAD))
    return found


def wide_net(word: str, costs: dict[str, float]) -> Search:
    """(WIDE_NET) The search for frequent words two deletions away on either side."""
    return Search(word, 0.0, "", depth=2, costs_out=costs)


def emphatic_o(judge: Judge, word: str) -> Iterator[Candidate]:
    """(EMPHATIC_O) The emphatic ও typed as the sign ো after a known word (কাজো for কাজও):
    said alike, so the particle is likelier than a stray sign to drop."""
    if len(word) > 3 and word.endswith("ো") and word[-2] in morphology.CONSONANTS and judge.is_known(word[:-1]):
        candidate, standing = word[:-1] + "ও", judge.standing(word[:-1])
        score = SETTINGS.emphatic_o_as_sign_cost - SETTINGS.frequency_weight * standing
        if standing >= SETTINGS.stem_min_zipf:
            yield Candidate(candidate, score, EMPHATIC_O)


def colloquial(judge: Judge, word: str) -> Iterator[Candidate]:
    """(COLLOQUIAL) The progressive's ছ typed স, as colloquial speech says it (লিখসেন for
    লিখছেন): the verb form, where that is one."""
    said = COLLOQUIAL_PROGRESSIVE.sub("ছ", word) if "স" in word else word
    if said != word and (said in judge.lexicon or any(True for _ in morphology.verb_readings(said, judge.is_verb))):
        yield Candidate(said, SETTINGS.as_said_cost - SETTINGS.frequency_weight * judge.standing(said), COLLOQUIAL)


def stem_readings(judge: Judge, word: str) -> list[tuple[str, float, str]]:
    """(typed, extra score, suffix): the word itself, and its untrusted stems before
    a noun suffix (a typo in the stem gets the stem corrected, the suffix kept)."""
    readings = [(word, 0.0, "")]
    for stem, suffix in morphology.split(word):
        if len(readings) > SETTINGS.stem_readings:
            break
        if len(stem) >= 3 and not judge.trusted(stem):
            readings.append((stem, SETTINGS.under_ending_cost, suffix))
    return readings


def ending_corrections(judge: Judge, word: str) -> Iterator[Candidate]:
    """(ENDING) Stem + ending where the word is a trusted stem and a typed ending with
    the skeleton of a real noun ending (the ending typed inside confusion classes)."""
    for i in range(max(3, len(word) - SETTINGS.longest_corrected_ending), len(word)):
        stem, typed = word[:i], word[i:]
        endings = _endings_by_skeleton(judge.lexicon).get(skeleton(typed))
        if not endings or not judge.trusted(stem):
            continue
        z = judge.lexicon.frequency(stem)
        for ending in endings:
            if ending != typed and morphology.fits(stem, ending):
                candidate = morphology.join(stem, ending)
                c = cost(word, candidate)
                if c <= SETTINGS.rescoring_slack:
                    # The typed stem is a known word as it stands: only its ending
                    # changes, so the form ranks as a little rarer than the stem.
                    rarer = z - SETTINGS.inflected_rarer_by
                    score = c + SETTINGS.under_ending_cost - SETTINGS.frequency_weight * rarer
                    yield Candidate(candidate, score, ENDING)


def left_out(judge: Judge, word: str) -> Iterator[Candidate]:
    """(LEFT_OUT) Known words that are the typed word with a ra-phala after one
    of its consonants, a vowel sign after one that has none, a ya-phala before the া
    of its first, or a hasanta between two consonants taken out, up to confusions
    inside classes."""
    if len(word) > SETTINGS.ra_phala_longest_word:
        return
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
            readings = (
                []
                if word[i] == "র" or not after
                else [(word[: i + 1] + "\u09cd\u09b0" + word[i + 1 :], SETTINGS.ra_phala_left_out_cost)]
            )
            if not "\u09be" <= after <= "\u09cc":
                readings += [
                    (word[: i + 1] + sign + word[i + 1 :], SETTINGS.sign_left_out_cost) for sign in SIGNS_LEFT_OUT
                ]
            elif i == 0 and after == "\u09be":
                # ্যা at the start is said æ, and typed a (ম্যাচ as মাচ, ব্যাটিং as বাটিং).
                readings.append((word[0] + "\u09cd\u09af" + word[1:], SETTINGS.as_said_cost))
            elif i == 0 and after == "\u09c7" and "\u0995" <= word[2:3] <= "\u09b9":
                # A ya-phala with no vowel sign at the start is said e or æ, and typed
                # so (ব্যঞ্জন as বেঞ্জন, ব্যর্থতা as বের্থতা).
                readings.append((word[0] + "\u09cd\u09af" + word[2:], SETTINGS.as_said_cost))
        for reading, left_out in readings:
            for candidate, z in judge.lexicon.frequencies_with_skeleton(skeleton(reading)):
                if z >= SETTINGS.suggestion_min_zipf and (c := cost(reading, candidate)) <= 2 * SETTINGS.class_cost:
                    yield Candidate(candidate, left_out + c - SETTINGS.frequency_weight * z, LEFT_OUT)


def compound_corrections(judge: Judge, word: str) -> Iterator[Candidate]:
    """(COMPOUND_PART) Compounds for a word read as two parts, one a trusted word (with
    or without an inflection) and the other a typo of a known word: the typo part
    corrected, scored as its own correction plus the cost of the split."""
    shortest = SETTINGS.corrected_compound_part_min_length
    for i in range(shortest, len(word) - shortest + 1):
        head, tail = word[:i], word[i:]
        if tail[0] in NOT_INITIAL:
            continue
        if judge.trusted(head, SETTINGS.compound_part_min_zipf):
            typed, keep_front = tail, True
        elif judge.trusted(tail, SETTINGS.compound_part_min_zipf) or judge.has_trusted_stem(tail):
            typed, keep_front = head, False
        else:
            continue
        for typed_part, extra, suffix in stem_readings(judge, typed) if keep_front else [(typed, 0.0, "")]:
            for score, candidate in judge.search.scored(typed_part, extra + SETTINGS.compound_split_cost, suffix):
                if (
                    cost(typed_part if not suffix else typed, candidate) > SETTINGS.compound_part_max_cost
                    or candidate[0] in NOT_INITIAL
                ):
                    continue
                if keep_front and candidate[0] in morphology.VOWELS and candidate[0] != typed[0]:
                    continue  # a vowel letter put at the join (দেশে + অমানুষ): no compound is written so
                yield Candidate(head + candidate if keep_front else candidate + tail, score, COMPOUND_PART)


def run_on(judge: Judge, word: str) -> Iterator[Candidate]:
    """(RUN_ON) "head tail" where the word is two known words with the space left
    out, and the head ends in a case ending or the tail begins with a vowel letter,
    which a word boundary has and the join inside a compound mostly has not."""
    for i in range(SETTINGS.run_on_part_min_length, len(word) - SETTINGS.run_on_part_min_length + 1):
        head, tail = word[:i], word[i:]
        if tail[0] in NOT_INITIAL or head[-1] == "\u09cd" or tail in _SUFFIXES:
            continue  # not a word's start, or an ending (খেলোয়ার + দের is one word)
        before_postposition = is_postposition(tail)
        boundary = (
            tail[0] in morphology.VOWELS
            or before_postposition
            or any(x in morphology.CASE_ENDINGS for _, x in morphology.split(head))
        )
        if not boundary or not (judge.known_without_search(head) and judge.known_without_search(tail)):
            continue
        z = min(judge.standing(head), judge.standing(tail))
        if z >= SETTINGS.run_on_part_min_zipf:
            # The space before a postposition is the one most often left out.
            missing = SETTINGS.postposition_run_on_cost if before_postposition else SETTINGS.run_on_cost
            yield Candidate(f"{head} {tail}", missing - SETTINGS.frequency_weight * z, RUN_ON)
