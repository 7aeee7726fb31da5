"""The ranking of a typed word's suggestions: every generator's candidates
(candidates.py) merged, each word with its best score and the generator that gave it,
then vetted (a suggestion must be known, worth offering, and no list's typo) and put in
order of score, lower first. A web list's typo gets its far commoner twin first.
"""

from __future__ import annotations

from collections.abc import Generator
from itertools import islice
from typing import TYPE_CHECKING

from .candidates import (
    TWIN,
    WIDE_NET,
    Candidate,
    colloquial,
    compound_corrections,
    emphatic_o,
    ending_corrections,
    first_searches,
    left_out,
    run_on,
    wide_net,
)
from .errormodel import cost, skeleton
from .search import Search
from .settings import SETTINGS

if TYPE_CHECKING:
    from .judge import Judge

__all__ = ["rank_many", "ranking"]

_NEVER_FINAL = ("\u09cd", "ঃ")  # hasanta, visarga: not offered at the end of a suggestion


def rank_many(judge: Judge, words: list[str]) -> list[list[Candidate]]:
    """The ranked candidates for each word, the words' searches from their readings (and
    then their wide nets) made at once (see ranking)."""
    rankings = [ranking(judge, word) for word in words]
    found: list[list[Candidate]] = [[] for _ in words]
    asked = {}
    for n, started in enumerate(rankings):
        try:
            asked[n] = next(started)
        except StopIteration as done:
            found[n] = done.value
    while asked:
        flat = [search for searches in asked.values() for search in searches]
        results = iter(judge.search.scored_many(flat))
        now, asked = asked, {}
        for n, searches in now.items():
            try:
                asked[n] = rankings[n].send([next(results) for _ in searches])
            except StopIteration as done:
                found[n] = done.value
    return found


def ranking(judge: Judge, word: str) -> Generator[list[Search], list[list[tuple[float, str]]], list[Candidate]]:
    """The ranking of suggestions for `word` (see Speller.candidates). A generator: it yields
    the searches it needs next and is sent their results (NearWords.scored_many), so
    that rank_many makes the searches of many words at once."""
    if not word or len(word) > SETTINGS.longest_suggested_word:
        return []  # nothing typed, or longer than any Bengali word: a run of letters without spaces
    scored: dict[str, float] = {}
    why: dict[str, str] = {}  # the generator that gave each candidate its best score

    # The one merge of every generator's candidates: each word keeps its best score and
    # the tag of the generator that gave it.
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

    searches = first_searches(judge, word, costs)
    for (_, source), results in zip(searches, (yield [search for search, _ in searches]), strict=True):
        for score, candidate in results:
            offer(candidate, score, source)
    # A known stem whose ending is mistyped inside confusion classes (লিটনেরি ->
    # লিটনেরই: the emphatic ই typed as the sign ি; অসঙ্গতিগুল -> অসঙ্গতিগুলো).
    # Only where no word is a class confusion or two away (প্রস্তুতী is প্রস্তুতি, not
    # প্রস্তুত with an emphatic ই).
    if not any(cost_of(w) <= 2 * SETTINGS.class_cost for w in scored):
        for c in ending_corrections(judge, word):
            offer(c.word, c.score, c.why)
    # Nothing closer than a plain edit: look further too (frequent words two deletions
    # away on either side). One plain edit is weak evidence beside a frequent word two
    # edits away; a word that differs only inside confusion classes is not.
    if SETTINGS.wide_net_min_length <= len(skeleton(word)) <= SETTINGS.wide_net_max_length and not any(
        cost_of(w) <= SETTINGS.close_enough_cost for w in scored
    ):
        (wide,) = yield [wide_net(word, costs)]
        for score, candidate in wide:
            offer(candidate, score, WIDE_NET)
    # Still nothing close: a solid compound with a typo in one part (বানিজ্জযুদ্ধ ->
    # বাণিজ্যযুদ্ধ) gets that part corrected and the other kept.
    compounds: set[str] = set()
    if len(word) >= 2 * SETTINGS.corrected_compound_part_min_length and not any(
        cost_of(w) <= SETTINGS.compound_part_max_cost for w in scored
    ):
        for c in compound_corrections(judge, word):
            if offer(c.word, c.score, c.why):
                compounds.add(c.word)
    # A ra-phala or a vowel sign left out (পতিবেদক for প্রতিবেদক, জবব for জবাব): common
    # slips, likelier than another letter dropped.
    for c in left_out(judge, word):
        offer(c.word, c.score, c.why)
    # The emphatic ও typed as the sign ো (কাজো for কাজও), and the progressive's ছ typed স
    # (লিখসেন for লিখছেন).
    for c in (*emphatic_o(judge, word), *colloquial(judge, word)):
        offer(c.word, c.score, c.why)
    # Two words run together (a space left out: মেয়রদেরফৌজদারি): offer them apart.
    for c in run_on(judge, word):
        if offer(c.word, c.score, c.why, even_itself=True):
            compounds.add(c.word)
    twin = judge.dominant_twin(word) if word in judge.lexicon else None
    if twin and judge.twin_is_soft(word):
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
    offered = (
        w
        for w in ranked[: 3 * SETTINGS.suggestions_kept]
        if (
            (w in compounds and (" " in w or judge.is_compound(w)))
            or (judge.suggestable(w) is not None or judge.is_inflected_noun(w) or judge.is_emphatic_form(w))
            and judge.is_known(w)
        )
        and not w.endswith(_NEVER_FINAL)
        and not judge.dominant_twin(w)
    )
    ranked = list(islice(offered, SETTINGS.suggestions_kept + 1))  # one more, in case the twin is among them
    found = [Candidate(w, scored[w], why[w]) for w in ranked]
    if twin:
        # Put first whatever its score: shown with the best score, so the list stays in order.
        own = scored.get(twin)
        if own is None:
            own = cost(word, twin) - SETTINGS.frequency_weight * judge.standing(twin)
        found = [Candidate(twin, min([own, *(c.score for c in found[:1])]), TWIN)] + [
            c for c in found if c.word != twin
        ]
    return found[: SETTINGS.suggestions_kept]
