"""Offset conversions, all in one place.

banan's spans are code-point offsets into the text as given. Editors and APIs want
other units: lines and columns (the CLI; 1-based, columns in code points) and UTF-16
code units (the LanguageTool API, LSP). A line ends at "\\n"; a "\\r\\n" pair ends a
line too, since the "\\r" stays on the line it ends. The Language Server Protocol
counts lines its own way (`LspIndex`): "\\n", "\\r\\n" and a lone "\\r" each end one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

__all__ = ["LSP_ENCODINGS", "LineIndex", "LspIndex", "Utf16Index", "unit_length", "utf16_length", "utf16_offset"]


class LineIndex:
    """Maps code-point offsets to (line, column), both 1-based."""

    __slots__ = ("_length", "_starts")

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts
        self._length = len(text)

    def line_col(self, offset: int) -> tuple[int, int]:
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} outside text of length {self._length}")
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """The inverse of `line_col`."""
        if not 1 <= line <= len(self._starts):
            raise ValueError(f"line {line} outside 1..{len(self._starts)}")
        return self._starts[line - 1] + column - 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Code-point range of a 1-based line, without its line break."""
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else self._length
        return start, end

    @property
    def line_count(self) -> int:
        return len(self._starts)


def utf16_length(s: str) -> int:
    """Length of `s` in UTF-16 code units (astral characters count two)."""
    if s.isascii():
        return len(s)
    # The codec counts in C; surrogatepass keeps a lone surrogate at one unit.
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


def utf16_offset(text: str, offset: int) -> int:
    """The UTF-16 code-unit offset of code-point `offset` in `text`."""
    return utf16_length(text[:offset])


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Index:
    """Maps code-point offsets of one text to UTF-16 code-unit offsets, each in
    O(log n) (a server converts every match of a long text)."""

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        # Positions of the astral characters; most Bengali text has none.
        self._astral: list[int] = []
        if utf16_length(text) != len(text):
            self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def offset(self, offset: int) -> int:
        """The UTF-16 offset of code-point `offset`."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """(offset, length) in UTF-16 units of the code-point span start..end."""
        a = self.offset(start)
        return a, self.offset(end) - a


# The position encodings of the Language Server Protocol (3.17), by their names there.
LSP_ENCODINGS = ("utf-16", "utf-8", "utf-32")


def unit_length(s: str, encoding: str) -> int:
    """Length of `s` in the code units of an LSP position encoding."""
    if encoding == "utf-32" or s.isascii():
        return len(s)
    if encoding == "utf-16":
        return utf16_length(s)
    if encoding == "utf-8":
        return len(s.encode("utf-8", "surrogatepass"))
    raise ValueError(f"unknown position encoding {encoding!r} (one of {', '.join(LSP_ENCODINGS)})")


_LSP_LINE_BREAK = re.compile("\r\n|\r|\n")


class LspIndex:
    """Maps code-point offsets to LSP positions and back: 0-based lines (ended by
    "\\n", "\\r\\n" or "\\r") and characters counted in the negotiated encoding."""

    __slots__ = ("_encoding", "_ends", "_starts", "_text")

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        if encoding not in LSP_ENCODINGS:
            raise ValueError(f"unknown position encoding {encoding!r} (one of {', '.join(LSP_ENCODINGS)})")
        self._text = text
        self._encoding = encoding
        self._starts = [0]
        self._ends = []  # where each line's text ends, before its line break
        for m in _LSP_LINE_BREAK.finditer(text):
            self._ends.append(m.start())
            self._starts.append(m.end())
        self._ends.append(len(text))

    def position(self, offset: int) -> tuple[int, int]:
        """(line, character) of code-point `offset`."""
        if not 0 <= offset <= len(self._text):
            raise ValueError(f"offset {offset} outside text of length {len(self._text)}")
        line = bisect_right(self._starts, offset) - 1
        start = self._starts[line]
        # An offset between "\\r" and "\\n" cannot be expressed; it counts as the line's end.
        end = min(offset, self._ends[line])
        return line, unit_length(self._text[start:end], self._encoding)

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of an LSP position. As the protocol says, a character
        past the line's end means the end of the line, and a line past the last means the
        end of the text; a position inside a character rounds down to its start."""
        if line < 0 or character < 0:
            raise ValueError(f"negative position {line}:{character}")
        if line >= len(self._starts):
            return len(self._text)
        start, end = self._starts[line], self._ends[line]
        if self._encoding == "utf-32" or (end - start) == unit_length(self._text[start:end], self._encoding):
            return start + min(character, end - start)
        units = 0
        for i in range(start, end):
            units += unit_length(self._text[i], self._encoding)
            if units > character:
                return i
        return end
