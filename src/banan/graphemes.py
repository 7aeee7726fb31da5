"""Grapheme clusters (user-perceived characters) and span alignment.

Rules find problems at the code-point level (a stray vowel sign, one ZWJ), but a
reported span must not cut a cluster in half: an editor cannot underline half of
`ত্স`. The engine widens every span to the enclosing cluster boundaries with
`align`. Clusters follow Unicode's extended grapheme rules as implemented by the
`regex` module (Bengali conjuncts joined by a virama form one cluster).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right

import regex

__all__ = ["Aligner", "align", "boundaries", "graphemes"]

_CLUSTER = regex.compile(r"\X")


def graphemes(text: str) -> list[str]:
    return _CLUSTER.findall(text)


def boundaries(text: str) -> list[int]:
    """Every cluster boundary offset in `text`, 0 and len(text) included."""
    out = [0]
    out.extend(m.end() for m in _CLUSTER.finditer(text))
    return out


class Aligner:
    """Widens spans of one text to grapheme-cluster boundaries.

    Line breaks are always cluster boundaries (Unicode rules GB4/GB5), so each line is
    segmented on its own, once, the first time a span falls on it: exact, and linear
    in the text however many spans there are.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._line_starts: list[int] | None = None
        self._cuts: dict[tuple[int, int], array[int]] = {}

    def _line_bounds(self, start: int, end: int) -> tuple[int, int]:
        if self._line_starts is None:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        starts = self._line_starts
        lo = starts[bisect_right(starts, start) - 1]
        k = bisect_right(starts, end)  # the first line starting after `end`
        hi = starts[k] if k < len(starts) else len(self.text)
        return lo, hi

    def align(self, start: int, end: int) -> tuple[int, int]:
        if self._plain_edge(start, True) and self._plain_edge(end, False):
            return start, end  # a word between spaces or punctuation: already on boundaries
        lo, hi = self._line_bounds(start, end)
        cuts = self._cuts.get((lo, hi))
        if cuts is None:
            cuts = array("q", [lo])
            cuts.extend(m.end() for m in _CLUSTER.finditer(self.text, lo, hi))
            self._cuts[(lo, hi)] = cuts
        i = bisect_right(cuts, start) - 1
        j = bisect_left(cuts, end)
        new_end = cuts[j] if j < len(cuts) else hi
        return cuts[i], max(new_end, cuts[i])

    def _plain_edge(self, pos: int, opening: bool) -> bool:
        """Whether `pos` is certainly a cluster boundary: white space or common
        punctuation on one side, a Bengali letter (a cluster's first character) or the
        end of the text on the other."""
        text = self.text
        if pos <= 0 or pos >= len(text):
            return True
        before, after = text[pos - 1], text[pos]
        if opening:
            return before in _PLAIN and before != "\r" and after in _LETTERS
        if before == "\r" and after == "\n":
            return False  # CR LF is one cluster
        return (after in _PLAIN or after == "\n") and not _PREPEND.match(before)


_PREPEND = regex.compile(r"\p{Grapheme_Cluster_Break=Prepend}")
# Characters after or before which a break always falls (GB999; none extends a cluster).
_PLAIN = frozenset(" \t\r.,;:!?'\"()[]{}-–—।॥“”‘’/")
_LETTERS = frozenset(chr(c) for c in (*range(0x0985, 0x0995), *range(0x0995, 0x09BA), 0x09CE, 0x09DC, 0x09DD, 0x09DF))


def align(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to the nearest enclosing grapheme-cluster boundaries."""
    return Aligner(text).align(start, end)
