"""The families table (rules/families.py) is the one place a family is defined: every rule
belongs to a family there, every family has rules, and the registry, `banan rules`, the
server's categories and docs/rules.md follow it, in the order it gives."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

import banan.rules
from banan import docs
from banan.cli import main
from banan.rules import FAMILIES, FAMILY_TABLE, all_rules, in_run_order
from banan.rules.families import Family, _checked, by_order, family_of
from banan.server.rulemap import CATEGORIES, RuleCatalog

PREFIXES = [f.prefix for f in FAMILY_TABLE]


def test_every_rule_belongs_to_a_family_of_the_table_and_every_family_has_rules():
    families = {r.family for r in all_rules()}
    assert families == set(PREFIXES)


def test_each_rule_lives_in_its_familys_module():
    for rule in all_rules():
        module = rule.check.__module__
        if module == "banan.rules.substitution":  # a table rule (rules/data/*.toml)
            continue
        home = f"banan.rules.{family_of(rule.family).module}"
        assert module == home or module.startswith(home + "."), rule.code  # a family's module, or its package


def test_a_rule_of_no_family_is_refused():
    stray = dataclasses.replace(all_rules()[0], code="ZZZ001")
    with pytest.raises(RuntimeError, match="ZZZ001"):
        in_run_order([*all_rules(), stray])


def test_the_views_are_the_table():
    assert list(FAMILIES) == PREFIXES
    assert all(FAMILIES[f.prefix] == f.name for f in FAMILY_TABLE)
    assert list(CATEGORIES) == PREFIXES
    for f in FAMILY_TABLE:
        c = CATEGORIES[f.prefix]
        assert (c.id, c.name, c.issue_type, c.short_message, c.type_name, c.spelling) == (
            f.lt_category_id,
            f.lt_category_name,
            f.issue_type,
            f.short_message,
            f.match_type,
            f.spelling,
        )


def test_the_languagetool_catalog_gives_every_rule_its_familys_category():
    catalog = RuleCatalog(all_rules())
    for rule in all_rules():
        assert catalog.by_code[rule.code].category == CATEGORIES[rule.family]
    for f in FAMILY_TABLE:  # a category is selectable by its id and by the family
        members = {r.code for r in all_rules() if r.family == f.prefix}
        assert members <= catalog.codes_for_categories([f.lt_category_id])
        assert catalog.codes_for_categories([f.prefix]) == members


def test_the_rules_reference_lists_every_family_in_run_order():
    text = docs.render()
    table = text.split("## Families", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| [")]
    assert [row.split("]", 1)[0][3:] for row in rows] == PREFIXES
    for f, row in zip(FAMILY_TABLE, rows, strict=True):
        assert f"| {f.name} |" in row and f.lt_category_id in row
    sections = [line[3:] for line in text.splitlines() if line.startswith("## ") and line[3:] in FAMILIES]
    assert sections == PREFIXES


def test_the_design_notes_point_to_the_generated_table():
    design = (Path(__file__).resolve().parents[2] / "docs" / "design.md").read_text(encoding="utf-8")
    assert "rules.md#families" in design
    assert "| family |" not in design  # no hand-written copy to fall out of date


def test_banan_rules_lists_the_families_in_run_order(capsys):
    assert main(["rules", "--select", "ALL", "--preview"]) == 0
    headers = [line.split(":", 1)[0] for line in capsys.readouterr().out.splitlines() if line and line[0] != " "]
    assert headers == PREFIXES


def test_rules_run_in_the_tables_order_whatever_order_they_come_in():
    rules = list(all_rules())
    assert [r.family for r in rules] == sorted((r.family for r in rules), key=PREFIXES.index)
    random.Random(7).shuffle(rules)
    assert in_run_order(rules) == all_rules()
    shuffled = list(FAMILY_TABLE)
    random.Random(7).shuffle(shuffled)
    assert by_order(shuffled) == FAMILY_TABLE


def test_the_order_field_orders_rules_where_their_needs_leave_a_choice(monkeypatch):
    # SPACE needs nothing: given the smallest order, its rules run first, nothing else moves.
    moved = {f.prefix: dataclasses.replace(f, order=0) if f.prefix == "SPACE" else f for f in FAMILY_TABLE}
    monkeypatch.setattr(banan.rules, "family_of", moved.get)
    reordered = in_run_order(all_rules())
    spacing = tuple(r for r in all_rules() if r.family == "SPACE")
    assert reordered[: len(spacing)] == spacing
    assert reordered[len(spacing) :] == tuple(r for r in all_rules() if r.family != "SPACE")


def test_a_rule_runs_after_what_it_needs_whatever_the_order_field(monkeypatch):
    # CONSIST reads NORM's and ORTHO's findings: the smallest order does not put it first.
    moved = {f.prefix: dataclasses.replace(f, order=0) if f.prefix == "CONSIST" else f for f in FAMILY_TABLE}
    monkeypatch.setattr(banan.rules, "family_of", moved.get)
    order = [r.code for r in in_run_order(all_rules())]
    consist = order.index("CONSIST001")
    assert all(order.index(r.code) < consist for r in all_rules() if r.family in ("NORM", "ORTHO"))
    assert order[0] != "CONSIST001"


def test_the_table_must_be_written_in_run_order_with_one_entry_a_prefix():
    with pytest.raises(ValueError, match="run order"):
        _checked(tuple(reversed(FAMILY_TABLE)))
    with pytest.raises(ValueError, match="prefix"):
        _checked((*FAMILY_TABLE, dataclasses.replace(FAMILY_TABLE[0], order=1000)))
    with pytest.raises(ValueError, match="order"):
        _checked((*FAMILY_TABLE, dataclasses.replace(FAMILY_TABLE[0], prefix="NEW")))
    with pytest.raises(ValueError, match="match type"):
        Family("NEW", "New", "repeat", 1000, "BN_NEW", "New", "other", "নতুন", match_type="Typo")
    with pytest.raises(ValueError, match="upper-case"):
        Family("new1", "New", "repeat", 1000, "BN_NEW", "New", "other", "নতুন")
