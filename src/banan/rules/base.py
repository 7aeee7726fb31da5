"""What a rule is: a stable code, documentation with examples, and a check function.

A check function takes the text and a shared `Context` and yields `Hit`s: a span, a
message and ranked fixes. The engine turns hits into `Diagnostic`s, widening spans to
grapheme-cluster boundaries, so rules can work at the code-point level.
"""

from __future__ import annotations

import re
import textwrap
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
import regex

from .. import chars
from ..diagnostics import Applicability, Fix
from ..lazy import lazy
from ..tokenize import URL_OR_EMAIL
from . import redirects
from .families import FAMILIES

__all__ = ["FAMILIES", "STATUSES", "Context", "Example", "Hit", "Rule", "replace"]

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


CheckFunction = Callable[[str, "Context"], Iterable[Hit]]


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

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"{self.code}: status must be one of {STATUSES}, not {self.status!r}")

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    def doc(self) -> str:
        """The rule's documentation, as `banan rule CODE` prints it."""
        lines = [f"{self.code} ({self.name})", "", self.summary, "", f"Since {self.since}, {self.status}."]
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


# URLs, e-mail addresses, Markdown code blocks and inline code: never Bengali prose.
def _reflow(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=88)


_PROTECTED = regex.compile(URL_OR_EMAIL + r"|^```.*?^```|`[^`\n]+`", regex.M | regex.S)


_RARE = re.compile(chars.RARE_RE)
# From this many characters on, rules that test every character do it on the code points
# at once (numpy); below it a regular-expression scan costs less than setting that up.
LONG_TEXT = 20_000


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


class Context:
    """Facts about one text that several rules need, computed at most once."""

    def __init__(
        self, text: str, words: frozenset[str] = frozenset(), selected: frozenset[str] | None = None
    ) -> None:
        self.text = text
        self.words = words  # accepted as correctly spelled for this text (a user's dictionary)
        self.found: list = []  # diagnostics of the rules run so far (the engine fills it)
        self.long = len(text) >= LONG_TEXT
        self.selected = selected  # the codes of the rules that run (None: all of them)

    def runs(self, code: str) -> bool:
        """Whether the rule `code` runs on this text: a rule that leaves a word to
        another leaves it only to one that will report it. A redirected code (ORTHO005)
        runs when any rule it stands for runs."""
        if self.selected is None or code in self.selected:
            return True
        found = redirects.find(code)
        return found is not None and not self.selected.isdisjoint(found.targets)

    @lazy
    def rare(self) -> frozenset[str]:
        """The characters of the text outside the common stock of Bengali prose."""
        return frozenset(_RARE.findall(self.text))

    def has_any(self, characters: str) -> bool:
        """Whether any of `characters` occurs in the text (each must be rare)."""
        return not self.rare.isdisjoint(characters)

    @lazy
    def codes(self) -> np.ndarray:
        """The text's code points, clipped to U+10000 (see `chars.table`), as one array:
        rules that test every character (is it a mark? after a letter?) do so at once."""
        utf16 = self.text.encode("utf-16-le", "surrogatepass")
        if len(utf16) == 2 * len(self.text):  # nothing above the BMP (most text): half the memory
            return np.frombuffer(utf16, dtype=np.uint16)
        codes = np.frombuffer(self.text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return np.minimum(codes, 0x10000)

    def starts(self, pattern: re.Pattern[str], on_codes: Callable[[np.ndarray], list[int]]) -> list[int]:
        """Where `pattern`'s matches (one character each) start: by the pattern in a short
        text, by `on_codes` (the same test on all code points at once) in a long one."""
        if not self.long:
            return [m.start() for m in pattern.finditer(self.text)]
        return on_codes(self.codes)

    def places(self, characters: Collection[str]) -> list[int]:
        """Sorted positions of the `characters` (each must be rare) in the text: found
        with str.find, so a rule about a rare character need not scan the text."""
        return literal_places(self.text, [c for c in self.rare if c in characters])

    def matches_at(self, pattern: re.Pattern[str], characters: Collection[str]) -> Iterator[re.Match[str]]:
        """What `pattern.finditer` would yield, for a pattern whose every match starts
        with one of the rare `characters`: tried only where those occur."""
        return matches_at(pattern, self.text, self.places(characters))

    @lazy
    def _protected(self) -> tuple[list[int], list[int]]:
        starts, ends = [], []
        if self.has_any("@/`.") and ("@" in self.text or "://" in self.text or "www." in self.text or "`" in self.text):
            for m in _PROTECTED.finditer(self.text):
                starts.append(m.start())
                ends.append(m.end())
        return starts, ends

    @property
    def protected_spans(self) -> bool:
        """Whether the text has any URL, e-mail address or code span."""
        return bool(self._protected[0])

    def protected(self, pos: int) -> bool:
        """Whether `pos` lies inside a URL or an e-mail address."""
        starts, ends = self._protected
        if not starts:
            return False
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < ends[i]
