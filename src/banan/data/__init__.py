"""Curated word lists, each with its sources in its header."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def word_list(name: str) -> frozenset[str]:
    """Entries of `data/<name>.txt`: one a line, '#' starts a comment."""
    text = (resources.files(__package__) / f"{name}.txt").read_text(encoding="utf-8")
    entries = set()
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.add(entry)
    return frozenset(entries)
