"""Inline directives that silence rules, written anywhere on a line (in a comment of
the host format, e.g. `<!-- banan: ignore NUM002 -->`):

- `banan: ignore`: every rule on this line;
- `banan: ignore NUM002, SPACE`: those codes or prefixes on this line;
- `banan: ignore-next-line [CODES]`: the same for the following line;
- `banan: ignore-file [CODES]`: the same for the whole text.

A redirected code (ORTHO005) silences the rules it now stands for (rules/redirects.py).
"""

from __future__ import annotations

import regex

from .diagnostics import Diagnostic
from .positions import LineIndex
from .rules.redirects import expand

__all__ = ["apply_directives", "file_directives"]

_DIRECTIVE = regex.compile(
    r"banan:[ \t]*ignore(?P<kind>-next-line|-file)?\b(?P<codes>(?:[ \t]*,?[ \t]*[A-Z]+[0-9]*\b)*)"
)
_CODE = regex.compile(r"[A-Z]+[0-9]*")
ALL = ("",)  # the empty prefix matches every code


def apply_directives(text: str, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    if "banan:" not in text:
        return diagnostics
    index = LineIndex(text)
    by_line: dict[int, tuple[str, ...]] = {}
    whole: tuple[str, ...] = ()
    for m in _DIRECTIVE.finditer(text):
        codes = expand(tuple(_CODE.findall(m.group("codes")))) or ALL
        line, _ = index.line_col(m.start())
        if m.group("kind") == "-file":
            whole += codes
        else:
            target = line + 1 if m.group("kind") == "-next-line" else line
            by_line[target] = by_line.get(target, ()) + codes
    out = []
    for d in diagnostics:
        line, _ = index.line_col(d.start)
        prefixes = whole + by_line.get(line, ())
        if not any(d.code.startswith(p) for p in prefixes):
            out.append(d)
    return out


def file_directives(text: str) -> tuple[str, ...]:
    """The code prefixes that `banan: ignore-file` directives anywhere in `text` silence
    ("" silences every rule)."""
    if "banan:" not in text:
        return ()
    whole: tuple[str, ...] = ()
    for m in _DIRECTIVE.finditer(text):
        if m.group("kind") == "-file":
            whole += expand(tuple(_CODE.findall(m.group("codes")))) or ALL
    return whole
