"""Speller.candidates: the suggestions with their scores and the search behind each."""

from __future__ import annotations

import dataclasses

import pytest

from banan.spelling import candidates, speller
from banan.spelling.search import Search
from banan.spelling.speller import Candidate

# Typos of several kinds (glosses: at home, reporter, the work too, is writing, his reply).
TYPOS = ["বাড়ীতে", "পতিবেদক", "কাজো", "লিখসেন", "জবব", "পউর", "মেয়রদেরফৌজদারি", "নদি", "খোজখবর"]


@pytest.mark.parametrize("typed", TYPOS)
def test_candidates_are_suggest_in_the_same_order(typed: str) -> None:
    sp = speller()
    found = sp.candidates(typed)
    assert found, typed
    assert [c.word for c in found] == sp.suggest(typed, 10)
    assert [c.word for c in sp.candidates(typed, 3)] == sp.suggest(typed, 3)
    scores = [c.score for c in found]
    assert scores == sorted(scores)  # best (lowest) first


@pytest.mark.parametrize(
    ("typed", "meant", "why"),
    [
        ("বাড়ীতে", "বাড়িতে", "edit"),  # at home: ী for ি
        ("পতিবেদক", "প্রতিবেদক", "left out"),  # reporter: the ra-phala left out
        ("কাজো", "কাজও", "emphatic o"),  # the work too: the particle typed as the sign
        ("লিখসেন", "লিখছেন", "colloquial"),  # is writing: ছ typed স as said
        ("পউর", "পৌর", "misread"),  # municipal: the diphthong typed as said
        ("মেয়রদেরফৌজদারি", "মেয়রদের ফৌজদারি", "run-on"),  # the mayors' criminal (case): a space left out
    ],
)
def test_the_first_candidate_names_the_search_that_found_it(typed: str, meant: str, why: str) -> None:
    first = speller().candidates(typed)[0]
    assert (first.word, first.why) == (meant, why)


def test_a_candidate_is_a_frozen_value() -> None:
    first = speller().candidates("বাড়ীতে")[0]
    assert isinstance(first, Candidate)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.score = 0.0  # type: ignore[misc]


def test_no_candidates_for_nothing_or_a_run_of_letters() -> None:
    sp = speller()
    assert sp.candidates("") == []
    assert sp.candidates("ক" * 40) == []


# Each generator with a typo it corrects (glosses: reporter, the work too, is writing,
# the mayors' criminal (case), trade war, Liton's (emphatic)) and the word it proposes.
GENERATED = [
    (candidates.left_out, "পতিবেদক", "প্রতিবেদক", candidates.LEFT_OUT),
    (candidates.emphatic_o, "কাজো", "কাজও", candidates.EMPHATIC_O),
    (candidates.colloquial, "লিখসেন", "লিখছেন", candidates.COLLOQUIAL),
    (candidates.run_on, "মেয়রদেরফৌজদারি", "মেয়রদের ফৌজদারি", candidates.RUN_ON),
    (candidates.compound_corrections, "বানিজ্জযুদ্ধ", "বাণিজ্যযুদ্ধ", candidates.COMPOUND_PART),
    (candidates.ending_corrections, "লিটনেরি", "লিটনেরই", candidates.ENDING),
]


@pytest.mark.parametrize(("generate", "typed", "meant", "why"), GENERATED)
def test_each_generator_tags_its_candidates_with_its_name(generate, typed: str, meant: str, why: str) -> None:
    found = list(generate(speller().judge, typed))
    assert meant in [c.word for c in found]
    assert {c.why for c in found} == {why}


@pytest.mark.parametrize(("generate", "typed", "meant", "why"), GENERATED)
def test_the_ranking_keeps_a_generators_best_score(generate, typed: str, meant: str, why: str) -> None:
    best = min(c.score for c in generate(speller().judge, typed) if c.word == meant)
    assert Candidate(meant, best, why) in speller().candidates(typed)


def test_the_searches_are_tagged_edit_stem_and_misread() -> None:
    costs: dict[str, float] = {}
    searches = candidates.first_searches(speller().judge, "বাড়ীতে", costs)  # at home
    assert searches[0] == (Search("বাড়ীতে", costs_out=costs), candidates.EDIT)
    stems = [why for s, why in searches if s.suffix and not s.itself]  # a stem corrected, the ending kept
    assert stems and set(stems) == {candidates.STEM}
    said = candidates.first_searches(speller().judge, "পউর", {})  # municipal, typed as said
    assert ("পৌর", True, candidates.MISREAD) in [(s.typed, s.itself, why) for s, why in said]
