"""Canonical text: the NORM family's safe repairs, then NFC, to a fixed point.

This is `banan.normalize`. It sits below the engine: it runs the NORM rules itself
(`rules.unicode` and the NORM table rules), not through a configuration, so that the
modules that normalize their output (the Bijoy converter, which the LEGACY rule runs)
need not import the engine. The rules are those `Config(select=["NORM"])` selects: the
family's default, stable rules.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from .diagnostics import Applicability
from .fixes import MAX_ROUNDS, fix_loop
from .rules.base import Rule

__all__ = ["norm_rules", "normalize"]


@cache
def norm_rules() -> tuple[Rule, ...]:
    """The rules `normalize` runs, in run order (by code). Loaded on first use, like the
    rest of the rules."""
    from .rules.substitution import load_data_rules
    from .rules.unicode import RULES

    family = [*RULES, *(rule for rule in load_data_rules() if rule.family == "NORM")]
    return tuple(sorted((r for r in family if r.default and r.status == "stable"), key=lambda r: r.code))


def normalize(text: str) -> str:
    """Canonical text: the safe Unicode repairs (NORM family), then NFC, to a fixed point."""
    for _ in range(MAX_ROUNDS):
        repaired = unicodedata.normalize("NFC", fix_loop(text, norm_rules(), Applicability.SAFE)[0])
        if repaired == text:
            break
        text = repaired
    return text
