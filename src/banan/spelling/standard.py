"""The standard-spelling table: non-standard spellings and their Bangla Academy form.

Data in `data/standard.toml`, one entry per non-standard form with the rule behind it
and where the pair is documented. A table entry overrides frequency: a web list can
hold the old form far more often than the standard one.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["StandardForm", "standard_forms"]


@dataclass(frozen=True, slots=True)
class StandardForm:
    wrong: str
    right: str
    klass: str
    rule: str
    source: str
    style: bool = False  # the Academy's choice between two spellings in use: house style


@cache
def standard_forms() -> dict[str, StandardForm]:
    """Non-standard form -> its entry."""
    path = resources.files("banan.spelling") / "data" / "standard.toml"
    if not path.is_file():
        return {}
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    forms: dict[str, StandardForm] = {}
    for entry in table.get("entry", []):
        if "source" not in entry:
            raise ValueError(f"standard.toml: {entry.get('wrong')!r} has no source")
        wrong = unicodedata.normalize("NFC", entry["wrong"])
        right = unicodedata.normalize("NFC", entry["right"])
        forms[wrong] = StandardForm(
            wrong, right, entry.get("class", ""), entry.get("rule", ""), entry["source"], bool(entry.get("style"))
        )
    return forms
