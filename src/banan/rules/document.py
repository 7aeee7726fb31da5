"""The document: one text as the rules see it, built once per check.

The engine builds a `Document` for each text and runs the selected rules on it. What
several rules need is computed once and kept on the document: facts about the text
(its rare characters, its code points, where URLs and code spans are) and analyses any
module defines as a function of the document (`Document.fact`): the words and their
counts (rules/words.py), one verdict per word saying which rule reports it
(rules/verdicts.py), the spelling variants of a document (rules/variants.py). A fact
is a pure function of the document and the selection, never a rule's private state.

A rule that reads what earlier rules reported declares it (`Rule.needs`): the engine runs
those rules first and `Document.findings` gives their diagnostics to the rules that
declared them, and refuses them to the others.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import regex

from .. import chars
from ..lazy import lazy
from ..tokenize import URL_OR_EMAIL
from . import redirects
from .base import literal_places, matches_at

if TYPE_CHECKING:
    import numpy as np

    from ..diagnostics import Diagnostic

__all__ = ["LONG_TEXT", "Document", "UndeclaredNeed"]

T = TypeVar("T")

# URLs, e-mail addresses, Markdown code blocks and inline code: never Bengali prose.
_PROTECTED = regex.compile(URL_OR_EMAIL + r"|^```.*?^```|`[^`\n]+`", regex.M | regex.S)
_RARE = re.compile(chars.RARE_RE)
# From this many characters on, rules that test every character do it on the code points
# at once (numpy); below it a regular-expression scan costs less than setting that up.
LONG_TEXT = 20_000


class UndeclaredNeed(RuntimeError):
    """A rule read the findings of a family or rule it did not declare in `Rule.needs`."""


class Document:
    """One text and what the rules know about it, each computed at most once."""

    def __init__(self, text: str, words: frozenset[str] = frozenset(), selected: frozenset[str] | None = None) -> None:
        self.text = text
        self.words = words  # accepted as correctly spelled for this text (a user's dictionary)
        self.long = len(text) >= LONG_TEXT
        self.selected = selected  # the codes of the rules that run (None: all of them)
        self._found: list[Diagnostic] = []  # what the rules run so far reported (the engine adds)
        self._facts: dict[Callable[..., Any], Any] = {}
        self._reading: frozenset[str] | None = None  # what the running rule declared it needs

    # -- the engine's side ------------------------------------------------------------
    def running(self, needs: Iterable[str] | None) -> None:
        """The engine is about to run a rule that declared `needs` (None: no rule runs)."""
        self._reading = None if needs is None else frozenset(needs)

    def add(self, diagnostic: Diagnostic) -> None:
        self._found.append(diagnostic)

    # -- what a rule may ask ---------------------------------------------------------
    def findings(self, family_or_code: str) -> list[Diagnostic]:
        """The diagnostics of a family (NORM) or a rule (ORTHO001) reported so far: the
        running rule must have declared it in `Rule.needs`, so that the engine runs the
        rule or family first."""
        if self._reading is not None and family_or_code not in self._reading:
            raise UndeclaredNeed(f"a rule read {family_or_code} findings without declaring needs=({family_or_code!r},)")
        if family_or_code.isalpha():
            return [d for d in self._found if d.code.rstrip("0123456789") == family_or_code]
        return [d for d in self._found if d.code == family_or_code]

    def runs(self, code: str) -> bool:
        """Whether the rule `code` runs on this text. Only the verdicts (rules/verdicts.py)
        ask: a rule leaves a word to another only when that one runs, decided there. A
        redirected code (ORTHO005) runs when any rule it stands for runs."""
        if self.selected is None or code in self.selected:
            return True
        found = redirects.find(code)
        return found is not None and not self.selected.isdisjoint(found.targets)

    def fact(self, compute: Callable[[Document], T]) -> T:
        """`compute(self)`, computed once per document: an analysis several rules share
        (the words, the verdicts). `compute` must be a pure function of the document."""
        try:
            return self._facts[compute]
        except KeyError:
            value = self._facts[compute] = compute(self)
            return value

    # -- facts about the characters ---------------------------------------------------
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
        rules that test every character (is it a mark? after a letter?) do so at once
        (numpy loads then: a short text never asks)."""
        import numpy as np

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
        """Whether `pos` lies inside a URL, an e-mail address or code."""
        starts, ends = self._protected
        if not starts:
            return False
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < ends[i]
