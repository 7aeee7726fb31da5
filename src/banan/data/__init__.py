"""Curated word lists and pair tables, each with its sources in its header.

`word_list(name)` reads `data/<name>.txt` as it is (a few hundred microseconds for the
largest list, no cache on disk), `word_pairs(name)` a `data/<name>.tsv` table of pairs;
README.md says what each holds and who reads it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

__all__ = ["alternation", "word_list", "word_pairs"]


def _entries(file_name: str) -> list[tuple[int, str]]:
    """(line number, entry) of each line of `data/<file_name>` that holds one: '#' starts a
    comment, blank lines are skipped."""
    text = (resources.files(__package__) / file_name).read_text(encoding="utf-8")
    found = []
    for n, line in enumerate(text.splitlines(), 1):
        entry = line.split("#", 1)[0].strip()
        if entry:
            found.append((n, entry))
    return found


@cache
def word_list(name: str) -> frozenset[str]:
    """Entries of `data/<name>.txt`: one a line, '#' starts a comment."""
    return frozenset(entry for _, entry in _entries(f"{name}.txt"))


def alternation(name: str) -> str:
    """The entries of `data/<name>.txt` as a regular-expression alternation (a|b|c),
    longest first, so that a pattern built on it does not depend on the file's order."""
    return "|".join(re.escape(entry) for entry in sorted(word_list(name), key=lambda e: (-len(e), e)))


@cache
def word_pairs(name: str) -> tuple[tuple[str, str], ...]:
    """The pairs of `data/<name>.tsv`, in the file's order: two fields a line split by a
    tab, '#' starts a comment. A line with another number of fields, or a first field
    given twice, is an error that names the file and line."""
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    for n, entry in _entries(f"{name}.tsv"):
        fields = [f.strip() for f in entry.split("\t")]
        if len(fields) != 2 or not all(fields):
            raise ValueError(f"data/{name}.tsv, line {n}: expected two fields split by a tab, got {entry!r}")
        if fields[0] in seen:
            raise ValueError(f"data/{name}.tsv, line {n}: {fields[0]!r} is given twice")
        seen.add(fields[0])
        pairs.append((fields[0], fields[1]))
    return tuple(pairs)
