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


# -- Rare forms the web word list took in (NAME002, SPELL003) --------------------------------
def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(d.code, d.found, d.replacements[0] if d.replacements else None) for d in check(text)]


def test_a_web_misspelling_of_a_country_is_reported_with_the_name_first():
    # কাজাখাস্তান is in the web word list, a common misspelling of the CLDR কাজাখস্তান
    # (Kazakhstan); the case ending is kept.
    assert _owner("কাজাখাস্তান") == "NAME002"
    assert _found("তিনি কাজাখাস্তান সফরে যাবেন।") == [("NAME002", "কাজাখাস্তান", "কাজাখস্তান")]
    assert _found("কাজাখাস্তানের রাজধানী আস্তানা।")[0] == ("NAME002", "কাজাখাস্তানের", "কাজাখস্তানের")
    # The fix is unsafe (a house style may keep the form), so `fix` leaves it without --unsafe.
    assert banan.fix("তিনি কাজাখাস্তান সফরে যাবেন।") == "তিনি কাজাখাস্তান সফরে যাবেন।"
    assert banan.fix("তিনি কাজাখাস্তান সফরে যাবেন।", unsafe=True) == "তিনি কাজাখস্তান সফরে যাবেন।"


def test_a_transposed_place_name_read_as_two_known_words_is_reported_for_display():
    # ব্রিবসেন (ব্রিসবেন, Brisbane, with two letters swapped) reads as a compound of known
    # words, so the speller knows it; the name is offered, not applied.
    found = check("ব্রিবসেন শহরে বৃষ্টি।")
    assert [(d.code, d.found, d.replacements[0]) for d in found] == [("NAME002", "ব্রিবসেন", "ব্রিসবেন")]
    assert banan.fix("ব্রিবসেন শহরে বৃষ্টি।", unsafe=True) == "ব্রিবসেন শহরে বৃষ্টি।"


def test_a_rare_form_a_text_uses_consistently_as_a_name_is_left_alone():
    # Once, ডমিনিকা is the island ডোমিনিকা misspelt; three times and never the island's
    # spelling, it is the text's own name (a person called Dominika).
    assert _found("ডমিনিকা এলেন।") == [("NAME002", "ডমিনিকা", "ডোমিনিকা")]
    assert _found("ডমিনিকা এলেন। ডমিনিকা হাসলেন। ডমিনিকার বোন বললেন, তিনি খুশি।") == []
    # ... but not when the text also writes the name the form would misspell.
    mixed = "কাজাখাস্তান দূরে। কাজাখাস্তান বড়। কাজাখাস্তান শীতল। কাজাখস্তান ধনী।"
    assert [code for code, _, _ in _found(mixed)] == ["NAME002"] * 3


def test_real_rare_words_near_a_name_or_a_common_word_are_not_reported():
    for text in (
        "তাঁর ক্রিকেট নিয়ে ম্যানিয়া আছে।",  # mania: one letter from ম্যানিলা (Manila), not a slip
        "রোজিনাকে ডাকো।",  # a given name: another vowel than রেজিনা (Regina)
        "কাতারেই খেলা হবে।",  # in Qatar itself: a regular form of কাতার
        "লজ্জায় শরমে সে চুপ করে রইল।",  # in shame: another first letter than শ্রমে
        "খবর শুনে সে আঁতকে উঠল।",  # startled: a candrabindu আটকে lacks
    ):
        assert _found(text) == [], text


def test_a_rare_form_of_a_far_commoner_word_is_reported_with_that_word_first():
    # অনুস্থিত: অনুষ্ঠিত (held) with two letters confused inside their classes.
    assert _owner("অনুস্থিত") == "SPELL003"
    assert _found("সভাটি অনুস্থিত হয়।")[0] == ("SPELL003", "অনুস্থিত", "অনুষ্ঠিত")
    # A rare form that says a consonant doubled is another word than one that does not:
    # বল্লেন (said bollen) is বললেন (said), not বলেন (says). A ya-phala is said doubled too:
    # সিদ্বান্ত is সিদ্ধান্ত (decision) misspelt.
    assert _owner("বল্লেন") != "SPELL003"
    assert _owner("সিদ্বান্ত") == "SPELL003"
    # The common word is offered in the Academy's spelling: পাহাড়ি (of the hills), not the
    # web's commoner পাহাড়ী, which ORTHO reports.
    assert _found("পাহারি এলাকা।")[0] == ("SPELL003", "পাহারি", "পাহাড়ি")
    # A step whose rule does not run is passed over.
    assert _owner("অনুস্থিত", off=("SPELL003",)) is None
    assert _owner("কাজাখাস্তান", off=("NAME002",)) is None
