"""Every rule's documented examples, run as tests (LanguageTool's habit): a bad example
fires exactly once, at the marked span, and its first fix gives the documented text; a
good example raises nothing from that rule."""

import re

import pytest

import banan
from banan import Applicability, apply_fixes, check
from banan.rules import FAMILIES, all_rules

RULES = all_rules()
BAD = [(r, ex) for r in RULES for ex in r.bad]
GOOD = [(r, g) for r in RULES for g in r.good]


def _only(rule):
    return banan.Config(select=(rule.code,))


@pytest.mark.parametrize("rule,example", BAD, ids=[f"{r.code}-{i}" for i, (r, _) in enumerate(BAD)])
def test_bad_example_fires_once_at_marked_span(rule, example):
    found = check(example.plain, _only(rule))
    assert [(d.code, d.start, d.end) for d in found] == [(rule.code, *example.marked_span)]
    if example.fixed is None:
        assert found[0].fixes == ()
    else:
        fixed, applied = apply_fixes(example.plain, found, Applicability.DISPLAY_ONLY)
        assert applied == 1
        assert fixed == example.fixed


@pytest.mark.parametrize("rule,text", GOOD, ids=[f"{r.code}-{i}" for i, (r, _) in enumerate(GOOD)])
def test_good_example_raises_nothing(rule, text):
    assert check(text, _only(rule)) == []


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_is_documented(rule):
    assert re.fullmatch(r"[A-Z]+\d{3}", rule.code)
    assert rule.family in FAMILIES
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    assert rule.summary and rule.explanation
    assert rule.bad, "every rule needs a bad example"
    assert rule.good, "every rule needs a good example"
    if any(ex.fixed is not None for ex in rule.bad):
        assert rule.fix_safety, "a rule that fixes must say how safe its fixes are"
    doc = rule.doc()
    assert rule.code in doc and "## Examples" in doc


def test_codes_and_names_are_unique():
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)


def test_fixed_examples_are_clean_for_the_rule():
    """A rule's own fix must not trigger it again, or `fix` would never settle."""
    for rule, example in BAD:
        if example.fixed is not None:
            again = check(example.fixed, _only(rule))
            assert again == [], (rule.code, example.fixed, again)
