"""The rule registry: every rule, by code, in a stable order."""

from __future__ import annotations

from functools import cache

from .base import FAMILIES, Context, Example, Hit, Rule

__all__ = ["FAMILIES", "Context", "Example", "Hit", "Rule", "all_rules", "get_rule"]


@cache
def all_rules() -> tuple[Rule, ...]:
    from . import (
        consistency,
        legacy,
        numerals,
        orthography,
        punctuation,
        repeat,
        spacing,
        spelling,
        substitution,
        unicode,
    )

    rules: list[Rule] = []
    for module in (unicode, spacing, punctuation, numerals, repeat, legacy, spelling, orthography, consistency):
        rules.extend(module.RULES)
    rules.extend(substitution.load_data_rules())
    codes = [r.code for r in rules]
    duplicates = {c for c in codes if codes.count(c) > 1}
    if duplicates:
        raise RuntimeError(f"duplicate rule codes: {sorted(duplicates)}")
    return tuple(sorted(rules, key=lambda r: (list(FAMILIES).index(r.family), r.code)))


def get_rule(code_or_name: str) -> Rule | None:
    key = code_or_name.strip()
    for rule in all_rules():
        if rule.code == key.upper() or rule.name == key.lower():
            return rule
    return None
