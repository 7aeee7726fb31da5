"""How diagnostics are shown: lines for people, JSON for programs."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from typing import Any

from .diagnostics import Applicability, Diagnostic
from .positions import LineIndex
from .rules import get_rule

__all__ = ["diagnostic_json", "file_json", "format_json", "format_json_file", "format_text_line", "visible"]


def visible(s: str) -> str:
    """`s` with invisible and control characters spelled out, e.g. ⟨U+200B⟩, except the
    ZWJ of র‍্য (র + ZWJ + ্ + য), which belongs to the spelling and shows as a ya-phala."""
    out = []
    for i, ch in enumerate(s):
        cat = unicodedata.category(ch)
        if ch == "\u200d" and s[i - 1 : i] == "র" and s[i + 1 : i + 3] == "\u09cd\u09af":
            out.append(ch)
        elif ch in "\u200c\u200d" or (cat in ("Cf", "Cc", "Co", "Zl", "Zp") or (cat == "Zs" and ch != " ")):
            out.append(f"⟨U+{ord(ch):04X}⟩")
        else:
            out.append(ch)
    return "".join(out)


def diagnostic_json(d: Diagnostic, index: LineIndex) -> dict[str, Any]:
    line, column = index.line_col(d.start)
    end_line, end_column = index.line_col(d.end)
    rule = get_rule(d.code)
    return {
        "rule": d.code,
        "name": rule.name if rule else None,
        "message": d.message,
        "offset": d.start,
        "length": d.length,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "found": d.found,
        "replacements": d.replacements,
        "applicability": d.applicability.label if d.applicability is not None else None,
        "fixes": [{"replacement": d.replacement(f), "applicability": f.applicability.label} for f in d.fixes],
    }


def file_json(path: str, text: str, diagnostics: list[Diagnostic]) -> dict[str, Any]:
    index = LineIndex(text)
    return {"path": path, "diagnostics": [diagnostic_json(d, index) for d in diagnostics]}


def format_json(results: Iterable[tuple[str, str, list[Diagnostic]]]) -> str:
    """One object per file: {"path", "diagnostics": [...]}, as a JSON array."""
    return json.dumps([file_json(*r) for r in results], ensure_ascii=False, indent=2)


def format_json_file(path: str, text: str, diagnostics: list[Diagnostic]) -> str:
    """One file's object of `format_json`'s array, as that array shows it (unindented),
    for writing the array one file at a time."""
    return json.dumps(file_json(path, text, diagnostics), ensure_ascii=False, indent=2)


def format_text_line(path: str, d: Diagnostic, index: LineIndex) -> str:
    line, column = index.line_col(d.start)
    marker = ""
    if d.applicability == Applicability.SAFE:
        marker = "[*] "
    elif d.applicability == Applicability.UNSAFE:
        marker = "[-] "
    text = f"{path}:{line}:{column}: {d.code} {marker}{visible(d.message)}"
    if d.replacements:
        text += " → " + " | ".join(f"“{visible(r)}”" for r in d.replacements[:3])
    return text
