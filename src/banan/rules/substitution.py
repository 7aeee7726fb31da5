"""The `substitution` rule kind: a table of exact strings and their replacements.

Each rule instance is a TOML file in `rules/data/`, with a code, documentation,
examples, and one `[[swap]]` entry per string, each with its own source. Longer
strings win where two could match at one place.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterator
from importlib import resources
from typing import Any

import regex

from .. import chars
from ..diagnostics import Applicability
from .base import Example, Hit, Rule, replace
from .document import Document

__all__ = ["load_data_rules", "rule_from_table"]


def describe(s: str) -> str:
    """Code points with their names, for characters a reader cannot see."""
    return ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'UNNAMED')}" for c in s)


def rule_from_table(table: dict[str, Any]) -> Rule:
    swaps: dict[str, tuple[str, Applicability]] = {}
    default = Applicability.parse(table.get("applicability", "safe"))
    for entry in table["swap"]:
        if "source" not in entry:
            raise ValueError(f"{table['code']}: swap {entry['from']!r} has no source")
        swaps[entry["from"]] = (entry["to"], Applicability.parse(entry.get("applicability", default.label)))
    alternatives = sorted(swaps, key=len, reverse=True)
    pattern = regex.compile("|".join(regex.escape(a) for a in alternatives))
    template: str = table["message"]

    first_chars = "".join(sorted({a[0] for a in alternatives}))
    common = any(c in chars.COMMON for c in first_chars)

    def check(text: str, ctx: Document) -> Iterator[Hit]:
        if not common and not ctx.has_any(first_chars):
            return
        for m in pattern.finditer(text):
            found = m.group()
            to, applicability = swaps[found]
            message = template.format(found=found, replacement=to, codepoints=describe(found))
            yield Hit(m.start(), m.end(), message, (replace(m.start(), m.end(), to, applicability),))

    bad = tuple(Example(e["bad"], e.get("fixed")) for e in table.get("example", []) if "bad" in e)
    good = tuple(e["good"] for e in table.get("example", []) if "good" in e)
    return Rule(
        code=table["code"],
        name=table["name"],
        summary=table["summary"],
        explanation=table["explanation"],
        check=check,
        bad=bad,
        good=good,
        fix_safety=table.get("fix_safety", ""),
        sources=tuple(table.get("sources", ())) + tuple(sorted({e["source"] for e in table["swap"]})),
    )


def load_data_rules() -> list[Rule]:
    folder = resources.files("banan.rules") / "data"
    rules = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            table = tomllib.loads(item.read_text(encoding="utf-8"))
            if table.get("kind", "substitution") != "substitution":
                raise ValueError(f"{item.name}: unknown rule kind {table.get('kind')!r}")
            rules.append(rule_from_table(table))
    return rules
