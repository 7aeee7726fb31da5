"""The vocabulary every part of banan shares: Edit, Fix, Applicability, Diagnostic.

Offsets are code points into the text exactly as the caller gave it (never into a
normalized copy); conversions to lines, columns or UTF-16 live in `positions`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

__all__ = ["Applicability", "Diagnostic", "Edit", "Fix"]


class Applicability(IntEnum):
    """How sure a fix is. Ordered, so one comparison decides what `fix` applies."""

    DISPLAY_ONLY = 0  # a guess: shown as a suggestion, never applied
    UNSAFE = 1  # may change a word or a deliberate choice: applied only with --unsafe
    SAFE = 2  # cannot change meaning (canonical Unicode, a space before ।)

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", "-")

    @classmethod
    def parse(cls, value: str) -> Applicability:
        try:
            return cls[value.strip().upper().replace("-", "_")]
        except KeyError:
            raise ValueError(f"unknown applicability {value!r} (safe, unsafe or display-only)") from None


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] with `replacement` ("" deletes; start == end inserts)."""

    start: int
    end: int
    replacement: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit range {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Fix:
    """One way to repair a diagnostic: edits inside its span, and how safe they are."""

    edits: tuple[Edit, ...]
    applicability: Applicability

    @classmethod
    def replace(cls, start: int, end: int, replacement: str, applicability: Applicability) -> Fix:
        return cls((Edit(start, end, replacement),), applicability)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem found in the text.

    `found` is text[start:end]; `fixes` are ranked, best first, and only the first is
    ever applied automatically.
    """

    code: str
    start: int
    end: int
    message: str
    found: str
    fixes: tuple[Fix, ...] = field(default=())

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def applicability(self) -> Applicability | None:
        """The applicability of the best fix, or None when there is no fix."""
        return self.fixes[0].applicability if self.fixes else None

    def replacement(self, fix: Fix) -> str:
        """What the diagnostic's span reads after `fix`."""
        out = self.found
        # Apply right to left so earlier offsets stay valid.
        for edit in sorted(fix.edits, key=lambda e: (e.start, e.end), reverse=True):
            a, b = edit.start - self.start, edit.end - self.start
            out = out[:a] + edit.replacement + out[b:]
        return out

    @property
    def replacements(self) -> list[str]:
        """Replacement texts for the whole span, best first, without duplicates."""
        seen: list[str] = []
        for fix in self.fixes:
            text = self.replacement(fix)
            if text not in seen:
                seen.append(text)
        return seen
