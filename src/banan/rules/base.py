"""What a rule is: a stable code, documentation with examples, and a check function.

A check function takes the text and its `Document` (rules/document.py) and yields `Hit`s: a span, a
message and ranked fixes. The engine turns hits into `Diagnostic`s, widening spans to
grapheme-cluster boundaries, so rules can work at the code-point level.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..diagnostics import Applicability, Fix
from .families import FAMILIES

if TYPE_CHECKING:
    from .document import Document

__all__ = ["FAMILIES", "STATUSES", "Example", "Hit", "Rule", "replace"]

STATUSES = ("stable", "preview")

MARK = re.compile("«(.*?)»", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Example:
    """A documented example. In a bad example «…» marks where the rule must fire;
    `fixed` is the whole text after the rule's first fix (None when it has none)."""

    text: str
    fixed: str | None = None

    @property
    def plain(self) -> str:
        return self.text.replace("«", "").replace("»", "")

    @property
    def marked_span(self) -> tuple[int, int]:
        m = MARK.search(self.text)
        if not m:
            raise ValueError(f"bad example without a «marked» span: {self.text!r}")
        return m.start(), m.end() - 2


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    message: str
    fixes: tuple[Fix, ...] = ()


def replace(start: int, end: int, replacement: str, applicability: Applicability) -> Fix:
    return Fix.replace(start, end, replacement, applicability)


CheckFunction = Callable[[str, "Document"], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    summary: str  # one line, English, for listings and docs
    explanation: str  # why it matters; what the rule leaves alone
    check: CheckFunction = field(repr=False, compare=False)
    bad: tuple[Example, ...] = ()
    good: tuple[str, ...] = ()
    fix_safety: str = ""
    sources: tuple[str, ...] = ()
    default: bool = True  # False: runs only when selected by its code or name (a house style)
    since: str = "0.1.0"  # the version that introduced the rule under this code
    status: str = "stable"  # "preview": runs only with --preview (or `preview = true`) or by its own code
    # The families (NORM) or rules (ORTHO001) whose findings the check reads through
    # `Document.findings`: the engine runs them first (rules/__init__.py, `in_run_order`).
    needs: tuple[str, ...] = ()
    # Whether the rule's findings may start inside what looks like code or a URL, which
    # the engine otherwise drops: Bijoy text writes দ as a backtick, so a Bijoy passage
    # can look like Markdown inline code (LEGACY001).
    reads_code: bool = False

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"{self.code}: status must be one of {STATUSES}, not {self.status!r}")

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    def doc(self) -> str:
        """The rule's documentation, as `banan rule CODE` prints it."""
        lines = [f"{self.code} ({self.name})", "", self.summary, "", f"Since {self.since}, {self.status}."]
        if self.needs:
            lines.append(f"Reads the findings of {', '.join(self.needs)} (runs after them).")
        lines += ["", "## Why", _reflow(self.explanation)]
        if self.fix_safety:
            lines += ["", "## Fix safety", _reflow(self.fix_safety)]
        lines += ["", "## Examples"]
        for ex in self.bad:
            lines.append(f"  bad:   {ex.text}")
            if ex.fixed is not None:
                lines.append(f"  fixed: {ex.fixed}")
        for good in self.good:
            lines.append(f"  good:  {good}")
        if self.sources:
            lines += ["", "## Sources"] + [f"- {s}" for s in self.sources]
        return "\n".join(lines)


def _reflow(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=88)


def find_all(text: str, sub: str) -> Iterator[int]:
    """Every start of `sub` in `text` (overlapping), found with str.find, in C."""
    at = text.find(sub)
    while at >= 0:
        yield at
        at = text.find(sub, at + 1)


def literal_places(text: str, subs: Iterable[str]) -> list[int]:
    """Sorted starts of each of the literal strings `subs` in `text`."""
    return sorted(at for sub in subs for at in find_all(text, sub))


def matches_at(pattern: re.Pattern[str], text: str, places: Iterable[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, for a pattern that can only match at the
    sorted `places`: tried there alone, skipping places inside an earlier match."""
    reached = 0
    for at in places:
        if at < reached:
            continue
        m = pattern.match(text, at)
        if m:
            reached = max(m.end(), at + 1)
            yield m
