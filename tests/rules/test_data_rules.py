"""Rules that are data: each table entry has a source and compiles into a rule."""

import tomllib
from importlib import resources

import pytest

from banan import check
from banan.config import Config
from banan.rules.substitution import rule_from_table

DATA = sorted(p for p in (resources.files("banan.rules") / "data").iterdir() if p.name.endswith(".toml"))


@pytest.mark.parametrize("path", DATA, ids=[p.name for p in DATA])
def test_every_swap_has_a_source_and_matches_its_file_name(path):
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    assert path.name.startswith(table["code"] + "-" + table["name"])
    for entry in table["swap"]:
        assert entry.get("source"), entry


def test_a_swap_without_a_source_is_refused():
    table = {
        "code": "NORM999",
        "name": "x",
        "summary": "s",
        "explanation": "e",
        "message": "{found}",
        "swap": [{"from": "a", "to": "b"}],
    }
    with pytest.raises(ValueError, match="no source"):
        rule_from_table(table)


def test_longest_swap_wins():
    table = {
        "code": "NORM999",
        "name": "x",
        "summary": "s",
        "explanation": "e",
        "message": "{found}->{replacement}",
        "swap": [{"from": "ab", "to": "X", "source": "t"}, {"from": "a", "to": "Y", "source": "t"}],
    }
    rule = rule_from_table(table)
    from banan.rules import Document

    hits = list(rule.check("ab a", Document("ab a")))
    assert [(h.start, h.end, h.message) for h in hits] == [(0, 2, "ab->X"), (3, 4, "a->Y")]


def test_invisible_characters_are_flagged_and_removed():
    text = "বই\u200bটি \u00adপড়ি\u2060।"
    assert [d.code for d in check(text, Config(select=("NORM015",)))] == ["NORM015"] * 3
