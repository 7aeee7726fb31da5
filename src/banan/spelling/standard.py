"""The standard-spelling table: non-standard spellings and their Bangla Academy form.

Data in the data folder: `standard.tsv`, one row per non-standard form with its standard
form and its group, and `standard-groups.toml`, each group's class, rule and source once.
Both load in a few tens of milliseconds, so no cache is kept. A table entry overrides frequency: a web
list can hold the old form far more often than the standard one.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = ["StandardForm", "applying_rule", "standard_forms"]


class StandardForm(NamedTuple):
    """One row of the table (a named tuple: the table's 5,000 rows are made in each
    process, and a frozen dataclass takes three times as long to make)."""

    wrong: str
    right: str
    klass: str
    group_rule: str  # the rule as its group states it
    source: str
    style: bool = False  # the Academy's choice between two spellings in use: house style

    @property
    def rule(self) -> str:
        """The parts of the group's rule this pair's change is about (applying_rule):
        worked out when a finding needs it, not for every row at start."""
        return applying_rule(self.wrong, self.right, self.group_rule)


@cache
def standard_forms() -> dict[str, StandardForm]:
    """Non-standard form -> its entry."""
    folder = resources.files("banan.data")
    if not (folder / TABLE).is_file():
        return {}
    groups = _groups(tomllib.loads((folder / GROUPS).read_text(encoding="utf-8")))
    forms: dict[str, StandardForm] = {}
    for wrong, right, group, style in _rows((folder / TABLE).read_text(encoding="utf-8")):
        if group not in groups:
            raise ValueError(f"{TABLE}: {wrong!r} names group {group!r}, which {GROUPS} does not have")
        if wrong in forms:
            raise ValueError(f"{TABLE}: {wrong!r} is listed twice")
        klass, rule, source = groups[group]
        forms[wrong] = StandardForm(wrong, right, klass, rule, source, style)
    return forms


TABLE = "standard.tsv"
GROUPS = "standard-groups.toml"
_COLUMNS = ("wrong", "right", "group", "style", "note")


def _groups(data: dict) -> dict[str, tuple[str, str, str]]:
    """Group name -> (class, rule, source); a group without all three is refused."""
    groups = {}
    for name, group in data.items():
        if not isinstance(group, dict) or not all(
            isinstance(group.get(k), str) and group[k] for k in ("class", "rule", "source")
        ):
            raise ValueError(f"{GROUPS}: [{name}] needs a class, a rule and a source")
        groups[name] = (group["class"], group["rule"], group["source"])
    return groups


def _rows(text: str) -> list[tuple[str, str, str, bool]]:
    """(wrong, right, group, style) of each row; '#' at the start of a line is a comment,
    and the first other line names the columns. The words are in NFC: the text is
    normalized at once, which gives each field what normalizing it alone would (tab and
    line feed neither combine nor reorder with anything) at a fraction of the cost."""
    text = unicodedata.normalize("NFC", text)
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line and not line.startswith("#")]
    if not lines or tuple(lines[0][1].split("\t")) != _COLUMNS:
        raise ValueError(f"{TABLE}: the first row must name the columns {', '.join(_COLUMNS)}")
    rows = []
    for n, line in lines[1:]:
        fields = line.split("\t")
        if not 3 <= len(fields) <= len(_COLUMNS) or not all(fields[:3]):
            raise ValueError(f"{TABLE} line {n}: expected wrong, right, group[, style[, note]]")
        style = fields[3] if len(fields) > 3 else ""
        if style not in ("", "style"):
            raise ValueError(f"{TABLE} line {n}: the style column is 'style' or empty, not {style!r}")
        rows.append((fields[0], fields[1], fields[2], style == "style"))
    return rows


# Letter classes a rule's text may name, by the words that name them, and their letters.
_RULE_CLASSES = (
    (("ণত্ব", " ণ", "ণ/ন", "ন/ণ", "ণ নয়"), "নণ"),
    (("ষত্ব", "স্ট", "শ/ষ/স", "ষ নয়", "s →", "sh"), "শষস"),
    (("ই-কার", "ঈ-কার", "ই/ঈ"), "িীইঈ"),
    (("উ-কার", "উ/ঊ"), "ুূউঊ"),
    (("চন্দ্রবিন্দু",), "ঁ"),
)
_TATSAMA = re.compile("অ?তৎসম")


@lru_cache(maxsize=4096)
def applying_rule(wrong: str, right: str, rule: str) -> str:
    """The parts of an entry's rule (separated by ';') that the pair's change is about: a
    part that names a letter class the change does not touch (ণত্ব বিধান for উর্ধতন ->
    ঊর্ধ্বতন, whose ন stays) is not the reason for this finding. A rule whose every part
    names another class is kept whole."""
    parts = [p.strip() for p in rule.split(";")]
    if len(parts) < 2:
        return rule
    import difflib

    changed = set()
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=wrong, b=right, autojunk=False).get_opcodes():
        if op != "equal":
            changed.update(wrong[a1:a2], right[b1:b2])

    def applies(part: str) -> bool:
        named = [letters for words, letters in _RULE_CLASSES if any(w in part for w in words)]
        if "ৎ" in _TATSAMA.sub("", part):
            named.append("ৎত")
        return not named or any(changed & set(letters) for letters in named)

    kept = [p for p in parts if applies(p)]
    return "; ".join(kept) if kept else rule
