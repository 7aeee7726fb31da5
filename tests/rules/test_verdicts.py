"""One verdict per word, decided in one place: which rule reports a word, and that a rule
leaves a word to another only when that one runs."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import banan
from banan import check
from banan.config import Config
from banan.rules.document import Document
from banan.rules.verdicts import verdicts

ALL_CODES = frozenset(r.code for r in banan.all_rules())


def _owner(word: str, *, off: tuple[str, ...] = (), words: frozenset[str] = frozenset()) -> str | None:
    doc = Document(word, words=words, selected=ALL_CODES - set(off))
    return verdicts(doc).of(word).owner


@pytest.mark.parametrize(
    "word,owner",
    [
        ("সরকারী", "ORTHO001"),  # the table: সরকারি (government)
        ("ঈদের", "ORTHO004"),  # a house-style pair: ইদের (of Eid)
        ("কদাচিত", "ORTHO010"),  # a letter rule, final khanda-ta: কদাচিৎ (seldom)
        ("পতিবেদক", "SPELL001"),  # unknown: প্রতিবেদক (reporter) misspelt
        ("জারমানিতে", "NAME001"),  # a misspelt country name: জার্মানিতে (in Germany)
        ("ভাবিনা", "ORTHO006"),  # a verb with না solid: ভাবি না (do not think)
        ("মানুষ", None),  # a plain word (person)
    ],
)
def test_each_kind_of_word_goes_to_its_rule(word, owner):
    assert _owner(word) == owner


def test_a_word_the_user_accepts_goes_to_no_rule():
    assert _owner("পতিবেদক", words=frozenset({"পতিবেদক"})) is None
    assert _owner("সরকারী", words=frozenset({"সরকারী"})) is None


def test_a_word_is_left_to_another_rule_only_when_that_rule_runs():
    # A misspelt country name goes to SPELL001 when NAME001 is off ...
    assert _owner("জারমানিতে", off=("NAME001",)) == "SPELL001"
    found = check("তিনি জারমানিতে যাবেন।", Config(select=("SPELL001",)))
    assert [(d.code, d.found) for d in found] == [("SPELL001", "জারমানিতে")]
    # ... and a house-style word is a correct word when ORTHO004 is off: nobody reports it.
    assert _owner("ঈদের", off=("ORTHO004",)) is None


def test_one_word_gets_one_finding_even_where_two_rules_could_read_it():
    doc = Document("", selected=ALL_CODES)
    judged = verdicts(doc)
    for word in ("সরকারী", "কদাচিত", "ভাবিনা", "জারমানিতে"):
        owners = {code for code in ALL_CODES if judged.of(word).owner == code}
        assert len(owners) == 1, word


def test_a_minority_spelling_of_the_document_is_consistency_s():
    text = "খামেনি বলেন। খামেনির দপ্তর জানায়। খামেনেয়ী আসেননি।"
    doc = Document(text, selected=ALL_CODES)
    doc.running(None)
    verdict = verdicts(doc).of("খামেনেয়ী")
    assert (verdict.owner, verdict.correction) == ("CONSIST001", "খামেনি")


RULES_DIR = Path(banan.__file__).parent / "rules"


def test_only_the_verdicts_ask_which_rules_run_and_no_rule_keeps_state_on_the_document():
    for path in sorted(RULES_DIR.rglob("*.py")):
        if path.name in ("verdicts.py", "document.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("runs", "__dict__"):
                pytest.fail(f"{path.relative_to(RULES_DIR)}:{node.lineno} uses .{node.attr}")


def test_a_documents_unknown_words_are_ranked_together_with_the_same_suggestions(monkeypatch):
    from banan.spelling import speller

    text = "আমাদের পতিবেদক জানান, তকন তিনি পাশাপশি বসলেন।"  # three slips: reporter, then, side by side
    alone = [[d.code, d.found, [f.edits[0].replacement for f in d.fixes]] for d in check(text)]
    sp = speller()
    batches = []
    original = sp.candidates_many

    def spy(words, *args, **kwargs):
        batches.append(list(words))
        return original(words, *args, **kwargs)

    sp.forget()
    monkeypatch.setattr(sp, "candidates_many", spy)
    together = [[d.code, d.found, [f.edits[0].replacement for f in d.fixes]] for d in check(text)]
    assert together == alone
    assert batches and set(batches[0]) >= {"পতিবেদক", "তকন", "পাশাপশি"}
