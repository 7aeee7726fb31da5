"""The standard-spelling table: non-standard spellings and their Bangla Academy form.

Data in `data/standard.toml`, one entry per non-standard form with the rule behind it
and where the pair is documented. A table entry overrides frequency: a web list can
hold the old form far more often than the standard one.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..files import replace_bytes

__all__ = ["StandardForm", "applying_rule", "standard_forms"]


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
    forms: dict[str, StandardForm] = {}
    for entry in _entries(path.read_bytes()):
        if "source" not in entry:
            raise ValueError(f"standard.toml: {entry.get('wrong')!r} has no source")
        wrong = unicodedata.normalize("NFC", entry["wrong"])
        right = unicodedata.normalize("NFC", entry["right"])
        forms[wrong] = StandardForm(
            wrong, right, entry.get("class", ""), applying_rule(wrong, right, entry.get("rule", "")), entry["source"],
            bool(entry.get("style")),
        )
    return forms


# Letter classes a rule's text may name, by the words that name them, and their letters.
_RULE_CLASSES = (
    (("ণত্ব", " ণ", "ণ/ন", "ন/ণ", "ণ নয়"), "নণ"),
    (("ষত্ব", "স্ট", "শ/ষ/স", "ষ নয়", "s →", "sh"), "শষস"),
    (("ই-কার", "ঈ-কার", "ই/ঈ"), "িীইঈ"),
    (("উ-কার", "উ/ঊ"), "ুূউঊ"),
    (("চন্দ্রবিন্দু",), "ঁ"),
)
_TATSAMA = re.compile("অ?তৎসম")


def applying_rule(wrong: str, right: str, rule: str) -> str:
    """The parts of an entry's rule (separated by ';') that the pair's change is about: a
    part that names a letter class the change does not touch (ণত্ব বিধান for উর্ধতন ->
    ঊর্ধ্বতন, whose ন stays) is not the reason for this finding. A rule whose every part
    names another class is kept whole."""
    parts = [p.strip() for p in rule.split(";")]
    if len(parts) < 2:
        return rule
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


def _entries(data: bytes) -> list[dict]:
    """The table's entries. Parsing TOML in Python takes a fifth of a second for this
    table, most of the first check's time: the parsed entries are kept as JSON in the
    cache folder, under the table's hash, and read from there (a few milliseconds)."""
    from .lexicon import cache_dir  # the lexicon's cache folder; imported late (it imports numpy)

    cached = cache_dir() / f"standard-{hashlib.sha256(data).hexdigest()[:16]}.json"
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    entries = tomllib.loads(data.decode("utf-8")).get("entry", [])
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        replace_bytes(cached, json.dumps(entries, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # a read-only cache folder: parse again next time
    return entries
