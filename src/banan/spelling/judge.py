"""The judge: whether a word is known, and the other questions the speller asks about a
word (is it a regular form, a compound, a list's misspelling of a commoner twin, worth
offering). Each question has one predicate; docs/spelling.md lists them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import DamerauLevenshtein

from ..data import word_list
from . import morphology, precomputed
from .errormodel import cost, skeleton
from .lexicon import FROM_HUNSPELL, FROM_NAMES, Lexicon
from .register import sadhu_forms
from .search import NearWords
from .settings import SETTINGS
from .slips import CANDRABINDU, LOOKALIKE, SWAPS, TAKES_CANDRABINDU, as_said, old_or_broken, put_back

if TYPE_CHECKING:
    from .precomputed import SpellerTables

__all__ = ["NOT_INITIAL", "VOWEL_SANDHI", "Judge", "abbreviation", "is_postposition"]

# Every weight and threshold is a field of SETTINGS (settings.py), with what it does.
NOT_INITIAL = "ািীুূৃেৈোৌ্ংঃঁ়"  # signs that cannot start a word
_PHRASE_ENDINGS = ("র", "কে", "রা", "দের")
_EMPHATIC = ("ও", "ই")
# Vowel sandhi in compounds (স্বরসন্ধি): the sign a consonant-final head takes for the
# tail's first vowel (অ/আ -> া, ই/ঈ -> ে, উ/ঊ -> ো, এ/ঐ -> ৈ).
VOWEL_SANDHI = {"া": ("অ", "আ"), "ে": ("ই", "ঈ"), "ো": ("উ", "ঊ"), "ৈ": ("এ", "ঐ")}
_CACHE_LIMIT = 200_000


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


def is_postposition(word: str) -> bool:
    """A postposition Bengali writes apart (থেকে, সঙ্গে), or one with an emphatic
    particle (থেকেই, সঙ্গেও): `src/banan/data/postpositions.txt`."""
    listed = word_list("postpositions")
    return word in listed or (word[-1:] in _EMPHATIC and word[:-1] in listed)


def _starts_a_part(tail: str) -> bool:
    """Whether `tail` can be a compound's later part: it starts with a letter and has two
    (য় is one)."""
    return tail[0] not in NOT_INITIAL and len(tail.replace("\u09bc", "")) >= 2


def _form_of(word: str, head: str) -> bool:
    """Whether `word` is `head`, it with a case ending (আরবে), or it with one more
    letter or sign (আরবি, আরবী beside আরব)."""
    if word == head or (word.startswith(head) and len(word) <= len(head) + 1):
        return True
    return any(stem == head and ending in morphology.CASE_ENDINGS for stem, ending in morphology.split(word))


class Judge:
    """The verdicts on words: one method per question (see docs/spelling.md). Verdicts
    are cached per process; `tables`, when set, holds them for every lexicon word."""

    def __init__(self, lexicon: Lexicon, words: Iterable[str] = ()) -> None:
        self.lexicon = lexicon
        self.accepted = frozenset(words)
        self.search = NearWords(lexicon)
        self._known: dict[str, bool] = {}
        # The verdicts worked out (not read from a table) since the speller last handed
        # them on (Speller.take_learned), while recording; None: not recording.
        self.fresh: dict[str, bool] | None = None
        self._twins: dict[str, tuple[str | None, bool]] = {}  # asked of every candidate offered: the same common words
        self._inflected: dict[str, bool] = {}  # is_inflected_noun, asked of candidates offered
        # The verdicts on every lexicon word, worked out once per machine (precomputed.py);
        # None: each word is judged here.
        self.tables: SpellerTables | None = None
        self._sadhu: frozenset[str] | None = None

    def _sadhu_forms(self) -> frozenset[str]:
        """The সাধু forms the verb paradigms generate (register.py): correct words no list
        holds. Generating them takes about 0.1 s, so they are kept beside the lexicon
        (precomputed.word_set) and read back in milliseconds by a later process."""
        if self._sadhu is None:
            self._sadhu = (
                precomputed.word_set("sadhu-forms", precomputed.source_version(), sadhu_forms, self.lexicon)
                if precomputed.ENABLED
                else sadhu_forms()
            )
        return self._sadhu

    def forget(self) -> None:
        """Drop the verdicts and neighbourhoods kept for this process."""
        self._known.clear()
        self._twins.clear()
        self._inflected.clear()
        self.search.forget()

    def zipf(self, word: str) -> float:
        """The word's Zipf frequency (a listed word without a count as uncounted_word_zipf)."""
        z = self.lexicon.frequency(word)
        return SETTINGS.uncounted_word_zipf if z == 0 else z

    def in_lexicon(self, word: str) -> bool:
        """Whether a word list, or the words accepted whatever the lists say, holds it."""
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
                if self.fresh is not None:
                    self.fresh[word] = verdict
            if len(self._known) > _CACHE_LIMIT:
                self._known.clear()
            self._known[word] = verdict
        return verdict

    def remember_known(self, word: str, verdict: bool) -> None:
        """Keep another process's is_known verdict on a word (Speller.adopt)."""
        if word not in self._known:
            if len(self._known) > _CACHE_LIMIT:
                self._known.clear()
            self._known[word] = verdict

    def _analyse(self, word: str) -> bool:
        """is_known, worked out (not cached, no precomputed table)."""
        if word in self.accepted:
            return True
        if word in self.lexicon:
            twin = self.dominant_twin(word)
            if not twin:
                return True
            if self.lexicon.frequency(word) != 0 and not self.twin_is_soft(word):
                return False
            # Only the curated list holds it, or it lacks a vowel sign, ra-phala or
            # hasanta of a far commoner word: a typo the list took in, unless it is a
            # regular form of a known word (ঢাকেন, of ঢাকা; দয়ালের, of দয়াল beside
            # দেয়ালের).
            return self.is_sound_form(word)
        if word in self._sadhu_forms():  # a সাধু form no list holds, generated from a known root (register.py)
            return True
        if self.confuses_a_common_word(word):
            return False
        if self.is_sound_form(word):
            return True
        if LOOKALIKE[0] in word and self.known_without_search(word.replace(*LOOKALIKE)):
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
        if self.is_name_with_ending(word):
            return not self.near_miss(word)
        return False

    def run_into_postposition(self, word: str) -> str | None:
        """The postposition a word ends in (থেকে in শহরথেকে): two words with the space
        left out, or None. Before it, two letters or more (not a verb's stem: কাঁ + দিয়ে
        is কাঁদিয়ে), and it is not the end of a longer word (প্র + সঙ্গে is প্রসঙ্গে,
        context)."""
        for i in range(SETTINGS.postposition_head_min_length, len(word) - 2):
            tail = word[i:]
            if is_postposition(tail):
                letters = sum(c in morphology.CONSONANTS or c in morphology.VOWELS for c in word[:i])
                if letters < SETTINGS.postposition_head_min_letters:
                    return None
                if any(
                    word[j:] in self.lexicon for j in range(max(1, i - SETTINGS.postposition_longer_word_length), i)
                ):
                    return None
                return tail
        return None

    def is_sound_form(self, word: str) -> bool:
        """Whether the word reads as a known stem with an ending, or as a verb form."""
        for stem, _ in morphology.split(word):
            if stem != word and self.trusted(stem) and not self.dominant_twin(stem) and not self.stem_is_slip(stem):
                return True
        return any(True for _ in morphology.verb_readings(word, self.is_verb))

    def confuses_a_common_word(self, word: str) -> bool:
        """A word no list holds that differs from a common word only inside confusion
        classes (কোরতে ~ করতে, পানই ~ পানি) is that word mistyped, even when it could be
        read as some rarer stem with an ending (কোর + তে)."""
        return any(
            z >= SETTINGS.confusable_near_miss_min_zipf
            for v, z in self.lexicon.frequencies_with_skeleton(skeleton(word))
            if v != word
        )

    def stem_is_slip(self, stem: str) -> bool:
        """Whether a stem an ending was read on is a word list's misspelling of a far
        commoner word one letter of a confusion class away (সৃস্টি ~ সৃষ্টি).
        A final ও-কার is left out of it: কালো beside কাল is a word, and চুলো beside চুল a
        colloquial form, not a slip."""
        z = self.lexicon.frequency(stem)
        if z >= SETTINGS.shadowed_stem_below_zipf or stem in self.accepted or self.lexicon.origin_of(stem) & FROM_NAMES:
            return False  # a standard form (ঘুস, the Academy's, beside ঘুষ) or a name is no slip
        floor = max(z + SETTINGS.shadowing_word_gap, SETTINGS.shadowing_word_min_zipf)
        return any(
            vz >= floor and DamerauLevenshtein.distance(v, stem) == 1 and v.rstrip("ো") != stem.rstrip("ো")
            for v, vz in self.lexicon.frequencies_with_skeleton(skeleton(stem))
            if v != stem
        )

    def near_miss(self, word: str, most: float = SETTINGS.near_miss_max_cost, compound: bool = False) -> bool:
        """Whether the word, or its stem before a case ending, is within a small typing
        cost of a frequent known word (পতিবেদকের: প্রতিবেদক + ের). For a `compound`,
        the head's own forms are no near miss of a stem that runs into the tail."""
        if len(word) > SETTINGS.longest_suggested_word:
            return False
        # A stem that is a word of some standing (রবীন্দ্রসংগীত in রবীন্দ্রসংগীতই) is not
        # itself read as a typo.
        readings = [(word, "")] + [
            (stem, suffix)
            for stem, suffix in morphology.split(word, min_stem=3)
            if suffix in morphology.INFLECTIONS and not self.trusted(stem, SETTINGS.list_typo_below_zipf)
        ][: SETTINGS.stem_readings]
        # The word's own stems and their other forms are no evidence of a slip (গালও is
        # one letter from গাল and গালে).
        own = {word, *(stem for stem, _ in morphology.split(word) if stem in self.lexicon)}
        heads = self.compound_heads(word) if compound and len(readings) > 1 else set()
        for typed, suffix in readings:
            # Short words are near something by chance: allow one edit, longer ones more.
            limit = min(
                SETTINGS.near_miss_max_cost,
                most,
                max(SETTINGS.near_miss_min_cost, len(typed) / SETTINGS.near_miss_length_per_edit),
            )
            # A stem read before a bound word that runs past a compound's head into its
            # tail (চলচ্চিত্রজ + গতের in চলচ্চিত্রজগতের) is a letter from the head's forms by
            # construction. (Before a case ending, as in শহরথেক + ে, it is evidence: two
            # words run together.)
            past = (
                [h for h in heads if len(h) < len(typed) and typed.startswith(h)]
                if suffix and suffix not in morphology.CASE_ENDINGS
                else []
            )
            for _, candidate in self.search.scored(typed):
                stems = {s for s, _ in morphology.split(candidate)}
                if candidate in own or own.intersection(stems) or any(_form_of(candidate, h) for h in past):
                    continue
                c = cost(typed, candidate, SETTINGS.near_class_cost, said=False)
                z = self.lexicon.frequency(candidate)
                # Any reasonably known word a confusion or two away; a frequent one an edit away.
                if (z >= SETTINGS.near_miss_min_zipf and c <= limit) or (
                    z >= SETTINGS.confused_typo_of_min_zipf and c <= SETTINGS.two_near_confusions_cost
                ):
                    return True
        return False

    def compound_heads(self, word: str) -> set[str]:
        """The heads of the compounds the word reads as (চলচ্চিত্র in চলচ্চিত্রজগতের, with জগতের)."""
        return {
            word[:i]
            for i in range(SETTINGS.compound_part_min_length, len(word) - SETTINGS.compound_part_min_length + 1)
            if _starts_a_part(word[i:])
            and self.trusted(word[:i], SETTINGS.compound_part_min_zipf)
            and self.can_end_compound(word[i:])
        }

    def is_name_with_ending(self, word: str) -> bool:
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
        return any(
            self.lexicon.frequency(r + "তে") >= SETTINGS.verb_infinitive_min_zipf
            for r in morphology.stem_variants(root)
        )

    def is_compound(self, word: str) -> bool:
        """Whether the word reads as two known words written solid (with vowel sandhi
        at the join, or not)."""
        for i in range(SETTINGS.compound_part_min_length, len(word) - SETTINGS.compound_part_min_length + 1):
            head, tail = word[:i], word[i:]
            if tail[0] in VOWEL_SANDHI:
                # Vowel sandhi: the head's inherent vowel and the tail's first vowel merge
                # into one sign (জীবন + ইতিহাস = জীবনেতিহাস, কুড়াল + আঘাত = কুড়ালাঘাত).
                if (
                    len(head) >= SETTINGS.sandhi_part_min_length
                    and len(tail) >= SETTINGS.sandhi_part_min_length
                    and head[-1] in morphology.CONSONANTS
                    and self.trusted(head, SETTINGS.compound_part_min_zipf)
                    and any(self.can_end_compound(v + tail[1:]) for v in VOWEL_SANDHI[tail[0]])
                ):
                    return True
                continue
            if not _starts_a_part(tail):
                continue
            if is_postposition(tail):
                continue  # a postposition stands apart: শহরথেকে is শহর থেকে with the space left out
            if (
                self.trusted(head, SETTINGS.compound_part_min_zipf)
                and self.can_end_compound(tail, len(head) >= SETTINGS.corrected_compound_part_min_length)
                and not self.ends_a_phrase(head)
            ):
                return True
        return False

    def ends_a_phrase(self, head: str) -> bool:
        """A head in the genitive, the dative or the plural (দেশের, ছাত্রদের, তাকে) ends a
        word of a phrase, not the first part of a compound: দেশেরমানুষ is a space left out.
        After a vowel the genitive is a bare র, which many words end in: there the stem
        must be the commoner word (বাজার is a word, not বাজা in the genitive)."""
        z = self.lexicon.frequency(head)
        return any(
            x.endswith(_PHRASE_ENDINGS)
            and len(s) >= 3
            and self.trusted(s)
            and (not x.startswith("র") or self.lexicon.frequency(s) >= z)
            for s, x in morphology.split(head)
        )

    def can_end_compound(self, tail: str, compound: bool = False) -> bool:
        """Whether `tail` is a known word, a stem with an ending, or a verb form; with
        `compound`, also two words of four letters or more written solid (with an ending
        or not): a compound of three parts (তথ্য + সেবা + কেন্দ্র + গুলো)."""
        return (
            self.trusted(tail, SETTINGS.compound_part_min_zipf)
            or any(self.trusted(s, SETTINGS.compound_part_min_zipf) for s, _ in morphology.split(tail))
            or any(True for _ in morphology.verb_readings(tail, self.is_verb))
            or compound
            and (
                self.is_two_word_compound(tail) or any(self.is_two_word_compound(s) for s, _ in morphology.split(tail))
            )
        )

    def is_two_word_compound(self, word: str) -> bool:
        """Whether the word is two known words of four letters or more written solid."""
        shortest = SETTINGS.corrected_compound_part_min_length
        for i in range(shortest, len(word) - shortest + 1):
            head, tail = word[:i], word[i:]
            if (
                _starts_a_part(tail)
                and self.trusted(head, SETTINGS.compound_part_min_zipf)
                and self.can_end_compound(tail)
                and not self.ends_a_phrase(head)
            ):
                return True
        return False

    def dominant_twin(self, word: str) -> str | None:
        """For a rare list word, a twin 100x more frequent one letter of ি/ী, ু/ূ, ন/ণ or
        শ/ষ/স away, or with a vowel sign, ra-phala or hasanta put back, or 1000x more
        frequent one letter of any confusion class away (a web list's misspelling
        beside the real word), else None; for any list word
        with হূ, its হৃ form 10x more frequent (see LOOKALIKE); for any list word, the
        same word with a candrabindu when hunspell-bn's list holds that and not this."""
        return self.twin_of(word)[0]

    def twin_is_soft(self, word: str) -> bool:
        """Whether the word's twin is a letter left out or confused (see _soft_twin):
        ranked among the other readings, and a regular form of a known word is spared."""
        return self.twin_of(word)[1]

    def twin_of(self, word: str) -> tuple[str | None, bool]:
        found = self._twins.get(word)
        if found is None:
            if len(self._twins) > _CACHE_LIMIT:
                self._twins.clear()
            tables = self.tables
            if tables is not None and (i := tables.id_of(word)) is not None:
                found = tables.twin(i)
            else:
                found = self._find_twin(word)
            self._twins[word] = found
        return found

    def _find_twin(self, word: str) -> tuple[str | None, bool]:
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
        if CANDRABINDU not in word:
            # The candrabindu left out (খোজখবর, পেচানো, হাটছিলেন): the form with it is the
            # curated list's word, and twice as common on the web.
            for i, ch in enumerate(word):
                if ch in TAKES_CANDRABINDU:
                    twin = word[: i + 1] + CANDRABINDU + word[i + 1 :]
                    if (
                        self.lexicon.origin_of(twin) & FROM_HUNSPELL
                        and self.lexicon.frequency(twin) >= z + SETTINGS.candrabindu_gap
                    ):
                        return twin, False
        if z >= SETTINGS.twin_search_below_zipf:
            return None, False
        best, best_z = None, z + SETTINGS.list_typo_twin_gap
        if z >= SETTINGS.list_typo_below_zipf:
            # Less rare: only a far commoner word's slip, and not a two-letter word (ছট,
            # a festival, beside ছোট).
            slip = self._soft_twin(word, z, z + SETTINGS.confused_twin_gap) if len(word) > 2 else None
            return slip, slip is not None
        for i, ch in enumerate(word):
            for alt in SWAPS.get(ch, ""):
                twin = word[:i] + alt + word[i + 1 :]
                tz = self.lexicon.frequency(twin)
                if tz >= best_z:
                    best, best_z = twin, tz
        # A phonetic spelling the web list has seen (দিএ beside দিয়ে); not letter names
        # (জিআর, ওএল: আ and এ there begin a letter's name, not a glide).
        for twin in () if _letter_names_run(word, 2) else as_said(word):
            tz = self.lexicon.frequency(twin)
            if tz >= best_z:
                best, best_z = twin, tz
        if best:
            return best, False
        slip = self._soft_twin(word, z, best_z)
        return slip, slip is not None

    def _soft_twin(self, word: str, z: float, best_z: float) -> str | None:
        best = None
        # A vowel sign, ra-phala or hasanta left out (পাশাপশি beside পাশাপাশি), or one
        # letter confused inside a class, for a word a thousand times rarer (নবেম্বর beside
        # নভেম্বর): ranked among the other readings, not put first (see ranking.py), and a
        # regular form of a known word is spared (see _analyse).
        for twin in put_back(word):
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
            if tz >= SETTINGS.unseen_twin_min_zipf and old_or_broken(word, twin):
                return twin
        return None

    def known_without_search(self, word: str) -> bool:
        """A listed word or a regular form of a trusted stem: known without the search
        for near misses that judging a compound or a name takes (run-on splits try every
        place in the word)."""
        if word in self.accepted or (word in self.lexicon and not self.dominant_twin(word)):
            return True
        return self.is_regular_form(word)

    def standing(self, word: str) -> float:
        """How common a known word is: its own frequency or its stem's, whichever is
        higher (an inflected form is rarer than its stem: মাঝিদের beside মাঝি)."""
        return max(
            self.lexicon.frequency(word),
            max((self.lexicon.frequency(s) for s, _ in morphology.split(word) if self.trusted(s)), default=0.0),
        )

    def is_inflected_noun(self, word: str) -> bool:
        """A stem of some standing (Zipf 2 will do for a correction) with a noun ending,
        where the stem shows that it is a noun: the lexicon holds it with some case
        ending. A verb form or a conjunction re-inflected (তাকালকে, অথবাতে) is no
        correction. Cached: the ranking asks it of the same candidates for many typos."""
        verdict = self._inflected.get(word)
        if verdict is None:
            if len(self._inflected) > _CACHE_LIMIT:
                self._inflected.clear()
            verdict = self._inflected[word] = self._is_inflected_noun(word)
        return verdict

    def _is_inflected_noun(self, word: str) -> bool:
        return any(
            len(stem) >= 3
            and self.trusted(stem, SETTINGS.suggested_stem_min_zipf)
            and self.declines(stem)
            and not self.case_form(stem)
            for stem, _ in morphology.split(word)
        )

    def is_emphatic_form(self, word: str) -> bool:
        """A word that could be offered, with the emphatic ও or ই after it: any word
        takes them (দৌড়িয়েও, এখানেই), and web lists hold few such forms of verbs."""
        return word.endswith(_EMPHATIC) and len(word) > 3 and self.suggestable(word[:-1]) is not None

    def declines(self, stem: str) -> bool:
        if self.lexicon.origin_of(stem) & FROM_NAMES:
            return True
        return any(morphology.rejoin(stem, x) in self.lexicon for x in ("ের", "কে"))

    def case_form(self, word: str) -> bool:
        """A trusted stem with a case ending already (কম্পিউটারে): no further ending stacks
        on it (not কম্পিউটারেগুলোর)."""
        return any(x in morphology.CASES and self.trusted(s) for s, x in morphology.split(word))

    def has_trusted_stem(self, word: str) -> bool:
        """A trusted stem with an inflection (কম্পিউটারগুলোর), however rare the whole."""
        return any(self.trusted(stem) for stem, _ in morphology.split(word))

    def is_regular_form(self, word: str) -> bool:
        """A trusted stem with a noun ending, or a verb form: a word the morphology
        builds, without asking whether it is a compound or a name."""
        return self.has_trusted_stem(word) or any(True for _ in morphology.verb_readings(word, self.is_verb))

    def suggestable(self, word: str) -> float | None:
        """The frequency to rank `word` by, or None if it is too rare to propose
        (web lists hold typos: only curated or reasonably frequent words are offered)."""
        if word in self.accepted:
            return SETTINGS.uncounted_word_zipf
        z = self.lexicon.frequency(word)
        if z < 0:
            return None
        if z >= SETTINGS.confused_suggestion_min_zipf:  # the rarer ones only as the search lets them through
            return z
        if self.lexicon.origin_of(word) & (FROM_HUNSPELL | FROM_NAMES):
            return max(z, SETTINGS.uncounted_word_zipf)
        return None
