"""The registry: every rule, by code, in run order (its family's, then its code's)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import import_module

from .base import Example, Hit, Rule
from .document import Document
from .families import FAMILIES, FAMILY_TABLE, Family, family_of

__all__ = [
    "FAMILIES",
    "FAMILY_TABLE",
    "Document",
    "Example",
    "Family",
    "Hit",
    "Rule",
    "all_rules",
    "get_rule",
    "in_run_order",
]


def in_run_order(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    """`rules` in the order they run: each after the rules it declares it needs
    (`Rule.needs`: a family or a code), otherwise by its family's `order`, then by code;
    an error for a rule whose family is not in the table, for two rules with one code,
    or for needs that go round in a circle. A need of a rule that is not among `rules`
    (not selected) is no constraint."""
    rules = list(rules)
    codes = [r.code for r in rules]
    duplicates = {c for c in codes if codes.count(c) > 1}
    if duplicates:
        raise RuntimeError(f"duplicate rule codes: {sorted(duplicates)}")
    unknown = sorted(r.code for r in rules if family_of(r.family) is None)
    if unknown:
        raise RuntimeError(f"rules of no family in rules/families.py: {unknown}")
    return _after_their_needs(sorted(rules, key=lambda r: (_family(r).order, r.code)))


def _after_their_needs(rules: list[Rule]) -> tuple[Rule, ...]:
    """A topological order of `rules` by their declared needs; among the rules whose
    needs are met, the first in `rules` runs first (so the order is deterministic)."""

    def needed_by(rule: Rule) -> set[str]:
        return {r.code for r in rules if r is not rule and (r.code in rule.needs or r.family in rule.needs)}

    waiting = {r.code: needed_by(r) for r in rules}
    done: list[Rule] = []
    ready: set[str] = set()
    while len(done) < len(rules):
        step = next((r for r in rules if r.code not in ready and waiting[r.code] <= ready), None)
        if step is None:
            circle = sorted(code for code in waiting if code not in ready)
            raise RuntimeError(f"rules whose needs go round in a circle: {circle}")
        ready.add(step.code)
        done.append(step)
    return tuple(done)


def _family(rule: Rule) -> Family:
    family = family_of(rule.family)
    assert family is not None  # in_run_order checked it
    return family


@cache
def all_rules() -> tuple[Rule, ...]:
    from . import substitution

    rules: list[Rule] = []
    for name in dict.fromkeys(f.module for f in FAMILY_TABLE):  # each module once (NAME lives with SPELL)
        module = import_module(f"{__name__}.{name}")
        for rule in module.RULES:
            family = family_of(rule.family)
            if family is not None and family.module != name:
                raise RuntimeError(f"{rule.code} is in rules/{name}.py, its family's rules in rules/{family.module}.py")
            rules.append(rule)
    rules.extend(substitution.load_data_rules())  # table rules (rules/data/*.toml), of any family
    return in_run_order(rules)


def get_rule(code_or_name: str) -> Rule | None:
    key = code_or_name.strip()
    for rule in all_rules():
        if rule.code == key.upper() or rule.name == key.lower():
            return rule
    return None
