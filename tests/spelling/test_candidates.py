"""Speller.candidates: the suggestions with their scores and the search behind each."""

from __future__ import annotations

import dataclasses

import pytest

from banan.spelling import speller
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


@pytest.mark.parametrize(("typed", "meant", "why"), [
    ("বাড়ীতে", "বাড়িতে", "edit"),  # at home: ী for ি
    ("পতিবেদক", "প্রতিবেদক", "left out"),  # reporter: the ra-phala left out
    ("কাজো", "কাজও", "emphatic o"),  # the work too: the particle typed as the sign
    ("লিখসেন", "লিখছেন", "colloquial"),  # is writing: ছ typed স as said
    ("পউর", "পৌর", "misread"),  # municipal: the diphthong typed as said
    ("মেয়রদেরফৌজদারি", "মেয়রদের ফৌজদারি", "run-on"),  # the mayors' criminal (case): a space left out
])
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
