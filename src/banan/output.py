"""How diagnostics are shown: lines for people (with the source line marked), JSON for
programs, and SARIF, GitHub workflow commands or a GitLab Code Quality report for CI."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from .diagnostics import Applicability, Diagnostic
from .positions import LineIndex
from .rules import get_rule

__all__ = [
    "Style",
    "diagnostic_json",
    "display_width",
    "file_json",
    "format_github",
    "format_gitlab",
    "format_json",
    "format_json_file",
    "format_sarif",
    "sarif_chunks",
    "format_text",
    "format_text_line",
    "source_excerpt",
    "visible",
]


def visible(s: str) -> str:
    """`s` with invisible and control characters spelled out, e.g. ⟨U+200B⟩, except the
    ZWJ of র‍্য (র + ZWJ + ্ + য), which belongs to the spelling and shows as a ya-phala."""
    if s.isprintable():  # none of the characters below (nor any Cf, such as ZWJ): most lines
        return s
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


# -- the source line under a finding (text format) -----------------------------------


def display_width(s: str) -> int:
    """Terminal columns of `s`, as wcwidth counts them: combining marks and format
    characters take none, wide East Asian characters two, the rest one."""
    width = 0
    for ch in s:
        if unicodedata.category(ch) in ("Mn", "Me", "Cf") or ch in "\u200b\u200c\u200d":
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def source_excerpt(d: Diagnostic, text: str, index: LineIndex, style: Style | None = None) -> list[str]:
    """The finding's line with its span marked under it, as ruff shows them:

      |
    3 | সে বাড়ি যায় ।
      |             ^^
    """
    style = style or Style(False)
    line, column = index.line_col(d.start)
    start, end = index.line_span(line)
    source = text[start:end].rstrip("\r")
    before = visible(source[: column - 1])
    marked = visible(source[column - 1 : column - 1 + d.length].split("\n")[0])
    # A tab stays a tab in the padding, so the marks line up under it.
    pad = "".join("\t" if ch == "\t" else " " * display_width(ch) for ch in before)
    gutter = " " * len(str(line))
    return [
        style.dim(f"{gutter} |"),
        style.dim(f"{line} |") + f" {visible(source)}",
        style.dim(f"{gutter} |") + " " + pad + style.red("^" * max(1, display_width(marked))),
    ]


class Style:
    """ANSI colours for a terminal, or none (NO_COLOR, a pipe, a file)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def _wrap(self, code: str, s: str) -> str:
        return f"\x1b[{code}m{s}\x1b[0m" if self.enabled and s else s

    def bold(self, s: str) -> str:
        return self._wrap("1", s)

    def dim(self, s: str) -> str:
        return self._wrap("2", s)

    def red(self, s: str) -> str:
        return self._wrap("1;31", s)

    def cyan(self, s: str) -> str:
        return self._wrap("36", s)


def format_text(path: str, d: Diagnostic, text: str, index: LineIndex, style: Style) -> str:
    """The concise line, coloured, followed by the marked source line."""
    line = format_text_line(path, d, index)
    location, _, rest = line.partition(f" {d.code} ")
    head = f"{style.bold(location)} {style.red(d.code)} {rest}"
    return "\n".join([head, *source_excerpt(d, text, index, style)])


# -- formats for CI ------------------------------------------------------------------

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _artifact_uri(path: str) -> str:
    return path.replace("\\", "/")


def format_sarif(results: Iterable[tuple[str, str, list[Diagnostic]]], version: str) -> str:
    """A SARIF 2.1.0 log with one run: the rules that fired, each finding with its
    region (columns in code points) and its fixes."""
    return "".join(sarif_chunks(results, version))


def sarif_chunks(results: Iterable[tuple[str, str, list[Diagnostic]]], version: str) -> Iterator[str]:
    """format_sarif's text in pieces, to be written as they come: json.dumps with an
    indent joins millions of small strings, several times the report's size in memory."""
    from .rules import all_rules

    results = list(results)
    fired = sorted({d.code for _, _, ds in results for d in ds})
    rules = {r.code: r for r in all_rules()}
    rule_index = {code: i for i, code in enumerate(fired)}
    descriptors = []
    for code in fired:
        rule = rules.get(code)
        descriptor: dict[str, Any] = {"id": code, "defaultConfiguration": {"level": "warning"}}
        if rule is not None:
            descriptor |= {
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": " ".join(rule.explanation.split())},
                "help": {"text": rule.doc()},
            }
        descriptors.append(descriptor)

    def region(index: LineIndex, start: int, end: int) -> dict[str, int]:
        (l1, c1), (l2, c2) = index.line_col(start), index.line_col(end)
        return {
            "startLine": l1,
            "startColumn": c1,
            "endLine": l2,
            "endColumn": c2,
            "charOffset": start,
            "charLength": end - start,
        }

    out = []
    for path, text, diagnostics in results:
        index = LineIndex(text)
        location = {"uri": _artifact_uri(path)}
        for d in diagnostics:
            result: dict[str, Any] = {
                "ruleId": d.code,
                "ruleIndex": rule_index[d.code],
                "level": "warning",
                "message": {"text": visible(d.message)},
                "locations": [
                    {"physicalLocation": {"artifactLocation": location, "region": region(index, d.start, d.end)}}
                ],
            }
            if d.applicability is not None:
                result["properties"] = {"applicability": d.applicability.label}
            fixes = [
                {
                    "description": {"text": f"“{visible(d.replacement(f))}” ({f.applicability.label})"},
                    "artifactChanges": [
                        {
                            "artifactLocation": location,
                            "replacements": [
                                {
                                    "deletedRegion": region(index, e.start, e.end),
                                    "insertedContent": {"text": e.replacement},
                                }
                                for e in f.edits
                            ],
                        }
                    ],
                }
                for f in d.fixes
            ]
            if fixes:
                result["fixes"] = fixes
            out.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {"name": "banan", "version": version, "semanticVersion": version, "rules": descriptors}
                },
                "columnKind": "unicodeCodePoints",
                "results": out,
            }
        ],
    }
    return json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(log)


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def format_github(results: Iterable[tuple[str, str, list[Diagnostic]]]) -> str:
    """GitHub Actions workflow commands: each finding becomes an annotation on the
    pull request's diff (`::warning file=…,line=…::message`)."""
    lines = []
    for path, text, diagnostics in results:
        index = LineIndex(text)
        for d in diagnostics:
            (l1, c1), (l2, c2) = index.line_col(d.start), index.line_col(d.end)
            props = f"file={_escape_property(path)},line={l1},col={c1},endLine={l2},endColumn={c2}"
            props += f",title={_escape_property(d.code)}"
            message = visible(d.message)
            if d.replacements:
                message += " → " + " | ".join(f"“{visible(r)}”" for r in d.replacements[:3])
            lines.append(f"::warning {props}::{_escape_data(message)}")
    return "\n".join(lines)


def format_gitlab(results: Iterable[tuple[str, str, list[Diagnostic]]]) -> str:
    """A GitLab Code Quality report: a JSON array of issues, each with a fingerprint
    that stays the same while the finding's words and rule stay (not its line)."""
    issues = []
    for path, text, diagnostics in results:
        index = LineIndex(text)
        seen: Counter[tuple[str, str]] = Counter()
        for d in diagnostics:
            seen[(d.code, d.found)] += 1
            key = f"{path}\0{d.code}\0{d.found}\0{seen[(d.code, d.found)]}"
            (l1, c1), (l2, c2) = index.line_col(d.start), index.line_col(d.end)
            issues.append(
                {
                    "type": "issue",
                    "check_name": d.code,
                    "description": f"{d.code}: {visible(d.message)}",
                    "categories": ["Style"],
                    "severity": "minor",
                    "fingerprint": hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest(),
                    "location": {
                        "path": _artifact_uri(path),
                        "positions": {"begin": {"line": l1, "column": c1}, "end": {"line": l2, "column": c2}},
                    },
                }
            )
    return json.dumps(issues, ensure_ascii=False, indent=2)
