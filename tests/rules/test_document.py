"""The document model: facts computed once, findings only for declared needs, and a run
order that follows the declarations, not the order of a table."""

from __future__ import annotations

import dataclasses
import random

import pytest

import banan
import banan.rules
from banan import check
from banan.config import Config
from banan.rules import FAMILY_TABLE, Example, Hit, Rule, all_rules, in_run_order
from banan.rules.document import Document, UndeclaredNeed


def _rule(code: str, check_function, needs: tuple[str, ...] = ()) -> Rule:
    return Rule(code, code.lower(), "s", "e", check_function, bad=(Example("«x»"),), needs=needs)


def _reads_norm(text, doc):
    for d in doc.findings("NORM"):
        yield Hit(d.start, d.end, "seen")


def test_a_fact_is_computed_once_per_document():
    calls = []

    def count_words(doc: Document) -> int:
        calls.append(1)
        return len(doc.text.split())

    doc = Document("এক দুই তিন")
    assert doc.fact(count_words) == 3 and doc.fact(count_words) == 3
    assert len(calls) == 1
    assert Document("এক").fact(count_words) == 1 and len(calls) == 2  # another document, another fact


def test_findings_go_only_to_a_rule_that_declared_them(monkeypatch):
    text = "ক\u200bখ"  # a zero-width space inside a word: NORM reports it
    norm = tuple(r for r in all_rules() if r.family == "NORM")
    undeclared = _rule("SPACE999", _reads_norm)
    monkeypatch.setattr(Config, "rules", (*norm, undeclared))
    with pytest.raises(UndeclaredNeed, match="NORM"):
        check(text, Config())
    declared = _rule("SPACE999", _reads_norm, needs=("NORM",))
    monkeypatch.setattr(Config, "rules", in_run_order((declared, *norm)))  # declared first: run after NORM
    found = check(text, Config())
    norm_spans = {(d.start, d.end) for d in found if d.code.startswith("NORM")}
    assert norm_spans and {(d.start, d.end) for d in found if d.code == "SPACE999"} == norm_spans


def test_needs_in_a_circle_are_refused():
    a = _rule("SPACE998", _reads_norm, needs=("SPACE999",))
    b = _rule("SPACE999", _reads_norm, needs=("SPACE998",))
    with pytest.raises(RuntimeError, match="circle"):
        in_run_order([a, b])


def test_a_need_of_a_rule_that_does_not_run_is_no_constraint():
    a = _rule("SPACE998", _reads_norm, needs=("NUM",))
    assert in_run_order([a]) == (a,)


def test_every_rule_that_reads_findings_declares_them():
    # Each rule alone with what it declares: reading anything else would raise.
    for rule in all_rules():
        select = (rule.code, *rule.needs)
        for example in rule.bad:
            check(example.plain, Config(select=select))


TEXTS = [
    "সরকারী পতিবেদক জারমানিতে গেলেন। খামেনি বলেন, খামেনির দপ্তর জানায়। খামেনেয়ী আসেননি।",
    "কারন ক্রমশঃ বাড়ছে । আমি তা ভাবিনা। কর্ত্তৃপক্ষ জানায় ,তিনি তিনি আসবেন ১০টা নাগাদ।",
    "ক\u200bখ গ\u09cd\u200cঘ  দুইটি শব্দ।। জাভোরস্কিনা এলেন। জাভোরস্কিনা বললেন।",
]


def test_what_banan_reports_does_not_depend_on_the_order_of_the_families_table(monkeypatch):
    config = Config(select=("ALL",))
    expected = [check(t, config) for t in TEXTS]
    for seed in range(3):
        orders = list(range(len(FAMILY_TABLE)))
        random.Random(seed).shuffle(orders)
        moved = {f.prefix: dataclasses.replace(f, order=o) for f, o in zip(FAMILY_TABLE, orders, strict=True)}
        monkeypatch.setattr(banan.rules, "family_of", moved.get)
        shuffled = in_run_order(config.rules)
        monkeypatch.undo()
        monkeypatch.setattr(Config, "rules", shuffled)
        assert [check(t, Config(select=("ALL",))) for t in TEXTS] == expected
        monkeypatch.undo()
