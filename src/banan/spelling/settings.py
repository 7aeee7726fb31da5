"""Every weight and threshold the speller and the spelling rules use, in one place.

Frequencies are Zipf values (log10 of occurrences per billion words: 3.0 is once in a
million words); costs are typing costs from the error model (1.0 is one edit); lengths
are code points. Each field says what it does and which benchmark sets it: the word-error
set's "right word first" and "in the top 5" figures of bench/bench_spelling.py, the false
alarms on edited news of bench/bench_check.py, bench/bench_typing.py's simulated slips,
bench/bench_tradeoff.py's acceptance switches. The code reads the one default instance,
`SETTINGS`; a measurement may build another with `dataclasses.replace`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SETTINGS", "SpellingSettings"]


@dataclass(frozen=True, slots=True)
class SpellingSettings:
    # -- The error model (errormodel.cost) ---------------------------------------------------
    # A difference inside a confusion class (ি/ী, ন/ণ, শ/ষ/স): bench/bench_spelling.py, right word first.
    class_cost: float = 0.25
    # The same inside a class, where a word is judged near another (a typo of it): set by hand; measured by
    #   bench/bench_spelling.py.
    near_class_cost: float = 0.35

    # -- Is a word known: compounds, stems, near misses (Speller.is_known) --------------------
    # Each part of a compound written solid is at least this long: bench/bench_tradeoff.py (compounds).
    compound_part_min_length: int = 2
    # ... and at least this frequent: bench/bench_tradeoff.py (compounds).
    compound_part_min_zipf: float = 3.0
    # A word this close to a word of near_miss_min_zipf is its typo, whatever else it parses as: set by hand;
    #   measured by bench/bench_spelling.py.
    near_miss_max_cost: float = 2.0
    # A near miss may cost one edit for each this many code points of the word: set by hand; measured by
    #   bench/bench_spelling.py.
    near_miss_length_per_edit: int = 4
    # ... and at least this (short words are near something by chance): set by hand; measured by
    #   bench/bench_spelling.py.
    near_miss_min_cost: float = 1.0
    # The frequency of the word a near miss is a typo of: set by hand; measured by bench/bench_spelling.py.
    near_miss_min_zipf: float = 3.0
    # A compound is a typo of a word this close (stricter than near_miss_max_cost): bench/bench_tradeoff.py (compounds).
    compound_near_miss_max_cost: float = 1.0
    # Two confusions inside a class from a word this frequent make a typo (শাজঘরে ~ সাজঘরে): set by hand; measured
    #   by bench/bench_spelling.py.
    confusable_near_miss_min_zipf: float = 4.0
    # A word a confusion or two from one this frequent is its typo (the suggestion search's test): set by hand;
    #   measured by bench/bench_spelling.py.
    confused_typo_of_min_zipf: float = 2.0
    # A stem an inflection is built on is curated or this frequent (web lists hold fragments):
    #   bench/bench_tradeoff.py (morphology).
    stem_min_zipf: float = 3.0
    # A stem corrected under a typed ending, inside confusion classes, may be this rare: set by hand; measured by
    #   bench/bench_spelling.py.
    suggested_stem_min_zipf: float = 2.0
    # A verbal noun (করা, লেখা) verb forms are read from is this frequent: bench/bench_tradeoff.py (morphology).
    verb_stem_min_zipf: float = 3.0
    # ... and its infinitive (করতে, লিখতে) this frequent: bench/bench_tradeoff.py (morphology).
    verb_infinitive_min_zipf: float = 2.0
    # A short stem (three code points or fewer) from a web list is this frequent: bench/bench_tradeoff.py (morphology).
    short_stem_min_zipf: float = 4.0
    # ... or, from a curated list, this frequent: bench/bench_tradeoff.py (morphology).
    short_curated_stem_min_zipf: float = 3.5

    # -- Typos that made it into the web word list ------------------------------------------
    # A web-list form rarer than this may be its confusion-class twin's typo: set by hand; measured by
    #   bench/bench_spelling.py.
    list_typo_below_zipf: float = 2.5
    # ... when the twin is this much more frequent (Zipf difference: 100x): set by hand; measured by
    #   bench/bench_spelling.py.
    list_typo_twin_gap: float = 2.0
    # A stem rarer than this, one class letter from a common word, is that word misspelt (সৃস্টি + কে): set by
    #   hand; measured by bench/bench_spelling.py.
    shadowed_stem_below_zipf: float = 3.5
    # ... when the common word is this much more frequent (30x): set by hand; measured by bench/bench_spelling.py.
    shadowing_word_gap: float = 1.5
    # ... and at least this frequent: set by hand; measured by bench/bench_spelling.py.
    shadowing_word_min_zipf: float = 3.5
    # The twins with a letter put back or a class letter changed are looked for below this: set by hand; measured
    #   by bench/bench_spelling.py.
    twin_search_below_zipf: float = 3.5
    # A twin a thousand times commoner, one confusion inside a class away, marks a typo (যতেষ্ট): set by hand;
    #   measured by bench/bench_spelling.py.
    confused_twin_gap: float = 3.0
    # A twin with a letter put back ranks ahead of its peers by this (one Zipf step's weight): set by hand;
    #   measured by bench/bench_spelling.py.
    twin_evidence: float = 0.3
    # A curated word the web never wrote, one confusion from a word this common, is its typo: set by hand;
    #   measured by bench/bench_spelling.py.
    unseen_twin_min_zipf: float = 3.5
    # A web word with হূ whose হৃ form is this much more frequent (10x) is misprinted: set by hand; measured by
    #   bench/bench_spelling.py.
    lookalike_gap: float = 1.0
    # A web word with its candrabindu left out whose curated form is this much more frequent (2x): set by hand;
    #   measured by bench/bench_spelling.py.
    candrabindu_gap: float = 0.3

    # -- Ranking suggestions (Speller.suggest) -----------------------------------------------
    # score = typing cost - frequency_weight x Zipf: 3 Zipf steps weigh one edit: set by hand; measured by
    #   bench/bench_spelling.py.
    frequency_weight: float = 0.3
    # A candidate whose first letter (skeleton) differs from the typed one: bench/bench_spelling.py, right word first.
    other_first_letter_cost: float = 0.3
    # No candidate costs more than this: set by hand; measured by bench/bench_spelling.py.
    suggestion_max_cost: float = 2.4
    # Web-list words rarer than this are not offered (web lists hold typos): set by hand; measured by
    #   bench/bench_spelling.py.
    suggestion_min_zipf: float = 2.0
    # ... except down to this when they differ from the typed word only inside classes: bench/bench_spelling.py,
    #   in the top 5.
    confused_suggestion_min_zipf: float = 1.0
    # A list word without counts ranks as if it were this frequent: set by hand; measured by bench/bench_spelling.py.
    uncounted_word_zipf: float = 2.0
    # How many (stem, suffix) readings to correct, longest suffix first: set by hand; measured by
    #   bench/bench_spelling.py.
    stem_readings: int = 4
    # How many candidates a search keeps (its bound is taken at three times this): set by hand; measured by
    #   bench/bench_spelling.py.
    suggestions_kept: int = 10
    # The longest noun ending worth correcting under: set by hand; measured by bench/bench_spelling.py.
    longest_corrected_ending: int = 8
    # Extra cost of reading the word as a stem under its ending, and of a stem corrected under it: set by
    #   hand; measured by bench/bench_spelling.py.
    under_ending_cost: float = 0.05
    # An inflected form is this much rarer (Zipf) than its stem: set by hand; measured by bench/bench_spelling.py.
    inflected_rarer_by: float = 1.0
    # A form absent from the web list counts as at most this frequent: set by hand; measured by bench/bench_spelling.py.
    unlisted_form_max_zipf: float = 1.0
    # Skeletons this long also get the wide net (two deletions on either side): set by hand; measured by
    #   bench/bench_spelling.py.
    wide_net_min_length: int = 5
    # ... up to this long (its probes grow with the square of the length): set by hand; measured by
    #   bench/bench_spelling.py (speed).
    wide_net_max_length: int = 16
    # Longer runs of letters get no suggestions: set by hand; measured by bench/bench_stress.py.
    longest_suggested_word: int = 32
    # A longer run of letters is no word and is not analysed (the lexicon's longest is 24): set by hand; measured
    #   by bench/bench_stress.py.
    longest_word: int = 64
    # A compound corrected part by part: each part this long: set by hand; measured by bench/bench_spelling.py.
    corrected_compound_part_min_length: int = 4
    # ... each part's correction at most this far from the typed part, and only when no candidate is this
    #   close already: set by hand; measured by bench/bench_spelling.py.
    compound_part_max_cost: float = 1.0
    # ... and the split costs this much (the compound is rarer than its parts): set by hand; measured by
    #   bench/bench_spelling.py.
    compound_split_cost: float = 2.0

    # -- Words run together and compounds by sandhi ----------------------------------------------
    # Each part of two words run together is this long: set by hand; measured by bench/bench_spelling.py.
    run_on_part_min_length: int = 2
    # ... and it (or its stem) this frequent: set by hand; measured by bench/bench_spelling.py.
    run_on_part_min_zipf: float = 3.0
    # The missing space costs this many edits: set by hand; measured by bench/bench_spelling.py.
    run_on_cost: float = 2.0
    # ... before a postposition, this many: set by hand; measured by bench/bench_spelling.py.
    postposition_run_on_cost: float = 1.0
    # A word before a postposition is this long (a shorter one is often a verb's stem: শা + নিয়ে): set by hand;
    #   measured by bench/bench_spelling.py.
    postposition_head_min_length: int = 3
    # ... and has this many letters (not signs): set by hand; measured by bench/bench_spelling.py.
    postposition_head_min_letters: int = 2
    # Code points before a postposition that may begin a longer word it ends: set by hand; measured by
    #   bench/bench_spelling.py.
    postposition_longer_word_length: int = 4
    # Each side of a vowel sandhi is this long (short parts meet by chance: এজ + ইঞ্চি): set by hand; measured by
    #   bench/bench_spelling.py.
    sandhi_part_min_length: int = 3

    # -- সাধু prose (literary.py; only in a text written in সাধু) -----------------------------------
    # Each part of a tatsama compound is at least this frequent (a part of three code points or fewer must also
    #   be curated): the highest value whose untouched pure সাধু sentences on the dev half of
    #   bench/register/sentences.tsv are within one sentence of the best, as it lets the fewest typos through;
    #   checked on the test half (bench/bench_register.py --literary-cost WORD_ERRORS --fit).
    literary_part_min_zipf: float = 3.0
    # ... and has at least this many letters (not signs: সে, কা are fragments): set by hand.
    literary_part_min_letters: int = 2
    # A compound reads as at most this many parts (অস্তাচল + গমন + উদ্যোগী): set by hand.
    literary_compound_max_parts: int = 3

    # -- Readings of the typed word (slips the skeletons do not see) ------------------------------
    # A reading as said (diphthongs, ই for the glide, য without its nukta): bench/bench_spelling.py, right word first.
    as_said_cost: float = 0.25
    # The emphatic ও typed as the sign ো (below class_cost, so the particle comes first): set by hand; measured by
    #   bench/bench_spelling.py.
    emphatic_o_as_sign_cost: float = 0.2
    # A ra-phala left out (পশ্ন for প্রশ্ন): bench/bench_spelling.py, right word first.
    ra_phala_left_out_cost: float = 0.5
    # Longer words are not tried with a ra-phala after each consonant: set by hand; measured by
    #   bench/bench_spelling.py (speed).
    ra_phala_longest_word: int = 20
    # A vowel sign left out (া ে ি ু): bench/bench_typing.py.
    sign_left_out_cost: float = 0.75

    # -- The spelling rules (rules/spelling.py, rules/words.py, rules/consistency.py) -----------
    # Suggestions a diagnostic shows: set by hand.
    suggestions_shown: int = 5
    # Single-word places of the gazetteer this frequent are names (NAME): set by hand; measured by bench/bench_check.py.
    gazetteer_place_min_zipf: float = 2.5
    # An unknown word written this often in one text is meant so (SPELL002): set by hand; measured by
    #   bench/bench_check.py.
    repeated_unknown_min_count: int = 2
    # ... unless the text's unknown words are more than this share of its words: set by hand; measured by
    #   bench/bench_check.py.
    careful_text_max_unknown_share: float = 0.02
    # ... or a word this frequent is a slip away: set by hand; measured by bench/bench_check.py.
    repeated_unknown_slip_min_zipf: float = 3.0
    # ... a slip costing at most this (a ra-phala or a conjunct left out: পতিবেদক): set by hand; measured by
    #   bench/bench_check.py.
    repeated_unknown_slip_cost: float = 1.25
    # A form more frequent than this, or curated, is a word in its own right (CONSIST): set by hand; measured by
    #   bench/bench_check.py.
    variant_word_min_zipf: float = 3.0
    # A word this frequent has one spelling its writers know (CONSIST): set by hand; measured by bench/bench_check.py.
    variant_common_min_zipf: float = 4.0
    # A variant is at most one slip from its word (one edit, or four confusions inside classes): set by hand;
    #   measured by bench/bench_check.py.
    variant_max_cost: float = 1.0
    # A form this frequent in the web list is written on purpose, not a slip (CONSIST): set by hand; measured by
    #   bench/bench_check.py.
    variant_written_min_zipf: float = 2.0

    # -- Rare forms the web list took in (rules/web_slips.py: NAME002, SPELL003) ------------------
    # bench/bench_web_slips.py fits these on one half of the word-error set and clean news and checks them
    # on the other (real-word errors caught against right words and news words flagged).
    # A form of the web list alone rarer than this may be a misspelling it took in (কাজাখাস্তান); at most
    #   variant_word_min_zipf, below which words are judged at all: bench/bench_web_slips.py.
    web_slip_below_zipf: float = 3.0
    # ... and at least this long (shorter forms are near a name by chance): set by hand; measured by
    #   bench/bench_spelling.py.
    web_slip_min_length: int = 4
    # A slip is at most this far from the name (one edit; two confusions inside classes for a shorter
    #   form): set by hand (NAME001's reach); measured by bench/bench_spelling.py.
    web_slip_max_cost: float = 1.0
    # ... the full edit only for forms this long: set by hand; measured by bench/bench_spelling.py.
    web_slip_edit_min_length: int = 6
    # The gazetteer name is this much more frequent than the form (Zipf: 10x): bench/bench_web_slips.py
    #   (0.5 catches one more real-word error on half A; the more cautious kept).
    web_slip_name_gap: float = 1.0
    # A common word the form misspells is this much more frequent (Zipf: 100x) (SPELL003): set by the
    #   rule's definition; measured by bench/bench_spelling.py (right words flagged).
    web_slip_word_gap: float = 2.0
    # ... and at least this frequent (SPELL003): bench/bench_web_slips.py.
    web_slip_word_min_zipf: float = 3.5
    # ... and the form at least this long (short forms are a confusion from a common word by chance: পলো,
    #   polo, beside ফল): bench/bench_web_slips.py.
    web_slip_word_min_length: int = 5
    # A text that writes the rare form this often, and the other form never, uses it as its own name:
    #   set by hand (a name comes back in a report; a slip is seldom repeated three times).
    web_slip_own_name_min_count: int = 3

    # -- Derived: kept as multiples of the class cost, so they follow it ----------------------------
    @property
    def two_near_confusions_cost(self) -> float:
        """Two confusions inside a class, judged near (see confused_typo_of_min_zipf)."""
        return 2 * self.near_class_cost

    @property
    def close_enough_cost(self) -> float:
        """A candidate this close (two confusions inside classes) ends the search."""
        return 2 * self.class_cost

    @property
    def rescoring_slack(self) -> float:
        """Candidates whose lower bound is within this of the 30th best are scored in full."""
        return 3 * self.class_cost

    @property
    def extra_hasanta_cost(self) -> float:
        """A hasanta typed in the middle of a word: one confusion inside a class."""
        return self.class_cost


SETTINGS = SpellingSettings()
