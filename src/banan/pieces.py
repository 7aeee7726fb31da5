"""Checking and fixing a long text piece by piece, so that memory stays bounded and a
progress bar can follow along.

A text of more than PIECEWISE_ABOVE code points is cut at paragraph boundaries (after a
run of blank lines; after a line end where a paragraph runs longer than a piece; never
inside a line) into pieces of about PIECE code points. Each piece is checked on its own
and its diagnostics are moved back to offsets into the whole text, so offsets, lines
and columns are those of the whole text. A shorter text is checked in one go, exactly
as `engine.check` does.

What a piece does not see: rules that weigh a whole document weigh one piece. These
are CONSIST001 (one word spelled two ways), and SPELL001 and SPELL002, which count an
unknown word's uses in the text (a word used again and again is taken for a name) and
defer to CONSIST001, and REGISTER001, which finds a piece's majority register (সাধু or
চলিত), not the whole text's. REPEAT001 does not see a word repeated across a piece boundary (a
paragraph break). `banan: ignore-file` directives apply to the whole text wherever
they stand.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator

from .config import Config
from .diagnostics import Applicability, Diagnostic, Edit, Fix
from .engine import apply_fixes, check, fix_count
from .fixes import MAX_ROUNDS
from .suppress import file_directives

__all__ = ["PIECE", "PIECEWISE_ABOVE", "check_text", "fix_text", "pieces"]

PIECEWISE_ABOVE = 500_000  # code points: about 1.4 MB of Bengali in UTF-8
PIECE = 200_000

Progress = Callable[[int], object]  # called with how many more code points are done

_BLANK_LINES = re.compile(r"\n(?:[ \t\r\f\v]*\n)+")


def pieces(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of about `size` (PIECE) code points covering
    `text`, each ending after a blank line where one falls in its second half, else
    after a line end, else (one line longer than a piece) at the end of that line."""
    size = size or PIECE
    start, n = 0, len(text)
    while start < n:
        limit = start + size
        if limit >= n:
            yield start, n
            return
        end = None
        for m in _BLANK_LINES.finditer(text, start + size // 2, limit):
            end = m.end()
        if end is None:
            i = text.rfind("\n", start + size // 2, limit)
            if i == -1:
                i = text.find("\n", limit)
            end = n if i == -1 else i + 1
        yield start, end
        start = end


def _moved(d: Diagnostic, by: int) -> Diagnostic:
    fixes = tuple(
        Fix(tuple(Edit(e.start + by, e.end + by, e.replacement) for e in f.edits), f.applicability) for f in d.fixes
    )
    return dataclasses.replace(d, start=d.start + by, end=d.end + by, fixes=fixes)


def check_text(text: str, config: Config, progress: Progress | None = None) -> list[Diagnostic]:
    """`engine.check(text, config)` for a text up to PIECEWISE_ABOVE code points; piece
    by piece for a longer one (see the module's notes)."""
    if len(text) <= PIECEWISE_ABOVE:
        found = check(text, config)
        if progress:
            progress(len(text))
        return found
    silenced = file_directives(text)
    found = []
    for start, end in pieces(text):
        found.extend(_moved(d, start) for d in check(text[start:end], config) if not d.code.startswith(silenced))
        if progress:
            progress(end - start)
    return found


def fix_text(text: str, config: Config, unsafe: bool, progress: Progress | None = None) -> tuple[str, int]:
    """`engine.fix_count` for a text up to PIECEWISE_ABOVE code points; piece by piece
    for a longer one. A piece ends after a line end, and no fix reaches past its line's
    end, so the fixed pieces join up."""
    if len(text) <= PIECEWISE_ABOVE:
        result = fix_count(text, config, unsafe=unsafe)
        if progress:
            progress(len(text))
        return result
    silenced = file_directives(text)
    threshold = Applicability.UNSAFE if unsafe else Applicability.SAFE
    parts, total = [], 0
    for start, end in pieces(text):
        piece = text[start:end]
        for _ in range(MAX_ROUNDS):  # as engine.fix_count does, with the whole file's directives
            found = [d for d in check(piece, config) if not d.code.startswith(silenced)]
            piece, applied = apply_fixes(piece, found, threshold)
            if not applied:
                break
            total += applied
        parts.append(piece)
        if progress:
            progress(end - start)
    return "".join(parts), total
