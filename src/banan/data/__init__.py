"""Curated word lists, each with its sources in its header.

`word_list(name)` reads `data/<name>.txt` as it is (a few hundred microseconds for the
largest list, no cache on disk); README.md says what each list holds and who reads it.
"""

from __future__ import annotations

import re
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


def alternation(name: str) -> str:
    """The entries of `data/<name>.txt` as a regular-expression alternation (a|b|c),
    longest first, so that a pattern built on it does not depend on the file's order."""
    return "|".join(re.escape(entry) for entry in sorted(word_list(name), key=lambda e: (-len(e), e)))
