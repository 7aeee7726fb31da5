"""The judge: one predicate per question about a word, each listed with its question in
docs/spelling.md, and the Speller facade answering as the judge does."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from banan.spelling import speller
from banan.spelling.judge import Judge

DOCS = Path(__file__).parents[2] / "docs" / "spelling.md"


def documented_predicates() -> dict[str, str]:
    text = DOCS.read_text(encoding="utf-8")
    table = text[text.index("The predicates of `Judge`") :]
    return dict(re.findall(r"^\| `(\w+)\([^`]*\)` \| (.+?) \|$", table, re.MULTILINE))


def test_every_predicate_of_the_judge_is_documented_with_its_question() -> None:
    documented = documented_predicates()
    public = {name for name, _ in inspect.getmembers(Judge, inspect.isfunction) if not name.startswith("_")}
    assert public - {"forget", "remember_known"} == set(documented)  # those two keep verdicts, ask nothing
    assert all(question.endswith("?") for question in documented.values())


# Glosses: I; at home (misspelt); town; cinema hall (a compound); Bangladesh's; reporter (misspelt).
@pytest.mark.parametrize("word", ["আমি", "বাড়ীতে", "শহরথেকে", "সিনেমাহল", "বাংলাদেশের", "পতিবেদক"])
def test_the_speller_answers_as_its_judge(word: str) -> None:
    sp = speller()
    for name in (
        "is_known",
        "in_lexicon",
        "trusted",
        "is_compound",
        "is_regular_form",
        "dominant_twin",
        "standing",
        "case_form",
        "suggestable",
        "near_miss",
        "run_into_postposition",
        "zipf",
    ):
        assert getattr(sp, name)(word) == getattr(sp.judge, name)(word), name
