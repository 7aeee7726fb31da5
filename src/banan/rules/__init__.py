"""The registry: every rule, by code, in run order (its family's, then its code's)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import import_module

from .base import Context, Example, Hit, Rule
from .families import FAMILIES, FAMILY_TABLE, Family, family_of

__all__ = [
    "FAMILIES", "FAMILY_TABLE", "Context", "Example", "Family", "Hit", "Rule", "all_rules", "get_rule", "in_run_order",
]


def in_run_order(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    """`rules` in the order they run: by their family's `order`, then by code; an error
    for a rule whose family is not in the table or for two rules with one code."""
    rules = list(rules)
    codes = [r.code for r in rules]
    duplicates = {c for c in codes if codes.count(c) > 1}
    if duplicates:
        raise RuntimeError(f"duplicate rule codes: {sorted(duplicates)}")
    unknown = sorted(r.code for r in rules if family_of(r.family) is None)
    if unknown:
        raise RuntimeError(f"rules of no family in rules/families.py: {unknown}")
    return tuple(sorted(rules, key=lambda r: (_family(r).order, r.code)))


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
