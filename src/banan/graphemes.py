"""Grapheme clusters (user-perceived characters) and span alignment.

Rules find problems at the code-point level (a stray vowel sign, one ZWJ), but a
reported span must not cut a cluster in half: an editor cannot underline half of
`ত্স`. The engine widens every span to the enclosing cluster boundaries with
`align`. Clusters follow Unicode's extended grapheme rules as implemented by the
`regex` module (Bengali conjuncts joined by a virama form one cluster).
"""

from __future__ import annotations

import regex

__all__ = ["align", "boundaries", "graphemes"]

_CLUSTER = regex.compile(r"\X")
# How far to look for a cluster boundary; words are far shorter than this.
_WINDOW = 4096


def graphemes(text: str) -> list[str]:
    return _CLUSTER.findall(text)


def boundaries(text: str) -> list[int]:
    """Every cluster boundary offset in `text`, 0 and len(text) included."""
    out = [0]
    out.extend(m.end() for m in _CLUSTER.finditer(text))
    return out


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """A stretch of text around [start, end) whose ends are cluster boundaries.

    Line breaks always are (Unicode rules GB4/GB5), so the enclosing lines are exact.
    On a very long line a nearer boundary is used: a cluster break falls before every
    white-space character unless a Prepend character precedes it. Where no such place
    is near, the line's own ends are used.
    """
    n = len(text)
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = n if hi == -1 else hi + 1  # just after a line feed is always a boundary
    if hi - lo <= _WINDOW:
        return lo, hi
    i = start
    while i > max(lo, start - _WINDOW) and not _break_before(text, i):
        i -= 1
    j = end
    while j < min(hi, end + _WINDOW) and not _break_before(text, j):
        j += 1
    return (i if _break_before(text, i) else lo), (j if _break_before(text, j) else hi)


_PREPEND = regex.compile(r"\p{Grapheme_Cluster_Break=Prepend}")


def _break_before(text: str, i: int) -> bool:
    """Whether a cluster boundary certainly falls at `i` (a cheap, partial test)."""
    if i <= 0 or i >= len(text):
        return True
    return text[i].isspace() and text[i - 1] != "\r" and not _PREPEND.match(text, i - 1)


def align(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to the nearest enclosing grapheme-cluster boundaries."""
    lo, hi = _window(text, start, end)
    new_start, new_end = lo, hi
    for cut in boundaries(text[lo:hi]):
        pos = lo + cut
        if pos <= start:
            new_start = pos
        if pos >= end:
            new_end = pos
            break
    return new_start, max(new_end, new_start)
