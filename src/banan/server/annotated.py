"""LanguageTool's annotated text (the `data` parameter of /v2/check).

`data` is JSON, either `{"text": "..."}` or `{"annotation": [{"text": "..."},
{"markup": "<b>"}, {"markup": "<p>", "interpretAs": "\\n\\n"}, ...]}`. Markup is not
checked: it is left out of the checked text, or replaced by its `interpretAs`. Match
offsets refer to the original, i.e. all `text` and `markup` pieces joined, so every
span found in the checked text is mapped back to the original.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

__all__ = ["AnnotatedText", "AnnotationError", "parse_data"]

MAX_ITEMS = 200_000  # far more than any document sends; bounds work on hostile input


class AnnotationError(ValueError):
    """`data` that is not valid annotated text; the message is shown to the client."""


@dataclass(frozen=True)
class _Piece:
    plain_start: int  # where the piece starts in the checked text
    plain_end: int
    orig_start: int  # and in the original
    orig_end: int
    is_text: bool  # text maps offset by offset; markup maps to its whole span


class AnnotatedText:
    """The checked text (`plain`) and the original (`original`), with a position map."""

    def __init__(self, pieces: list[tuple[str, str | None]]) -> None:
        """`pieces`: (original, checked) pairs; checked is None for text (same as the
        original) or the interpretAs of markup ("" when there is none)."""
        plain: list[str] = []
        original: list[str] = []
        self._pieces: list[_Piece] = []
        p = o = 0
        for orig, interpret in pieces:
            checked = orig if interpret is None else interpret
            self._pieces.append(_Piece(p, p + len(checked), o, o + len(orig), interpret is None))
            plain.append(checked)
            original.append(orig)
            p += len(checked)
            o += len(orig)
        self.plain = "".join(plain)
        self.original = "".join(original)
        # Only pieces that occupy checked text can hold a position; keep them for bisecting.
        self._spans = [x for x in self._pieces if x.plain_end > x.plain_start]
        self._starts = [x.plain_start for x in self._spans]

    @classmethod
    def from_text(cls, text: str) -> AnnotatedText:
        return cls([(text, None)])

    @property
    def is_plain(self) -> bool:
        """Whether the checked text is the original (no markup at all)."""
        return all(x.is_text for x in self._pieces)

    def to_original(self, offset: int, *, end: bool) -> int:
        """The original offset of checked-text `offset`. A start goes by the character
        at `offset`, an end by the character before it, so markup between two words
        stays outside a span; inside interpretAs text a start maps to the start of its
        markup and an end to the end of it."""
        if not self._spans:
            return 0
        pos = min(max(offset - 1 if end else offset, 0), len(self.plain) - 1)
        piece = self._spans[bisect_right(self._starts, pos) - 1]
        if piece.is_text:
            return piece.orig_start + min(max(offset - piece.plain_start, 0), piece.orig_end - piece.orig_start)
        return piece.orig_end if end else piece.orig_start

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the checked-text span start..end."""
        if self.is_plain:
            return start, end
        a = self.to_original(start, end=False)
        b = self.to_original(end, end=True) if end > start else a
        return a, max(a, b)


def parse_data(raw: str) -> AnnotatedText:
    """Parse the `data` parameter, or raise AnnotationError saying what is wrong."""
    try:
        doc = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise AnnotationError(f"Could not parse JSON from 'data' parameter: {exc}") from None
    if not isinstance(doc, dict):
        raise AnnotationError("'data' must be a JSON object with 'text' or 'annotation'")
    has_text, has_annotation = "text" in doc, "annotation" in doc
    if has_text and has_annotation:
        raise AnnotationError("'data' key 'text' cannot be used together with key 'annotation'")
    if has_text:
        if not isinstance(doc["text"], str):
            raise AnnotationError("'text' in 'data' must be a string")
        return AnnotatedText.from_text(doc["text"])
    if not has_annotation:
        raise AnnotationError("'data' needs a key 'text' or 'annotation'")
    items = doc["annotation"]
    if not isinstance(items, list):
        raise AnnotationError("'annotation' in 'data' must be an array")
    if len(items) > MAX_ITEMS:
        raise AnnotationError(f"'annotation' has more than {MAX_ITEMS} items")
    pieces: list[tuple[str, str | None]] = []
    for n, item in enumerate(items):
        pieces.append(_piece(n, item))
    return AnnotatedText(pieces)


def _piece(n: int, item: Any) -> tuple[str, str | None]:
    if not isinstance(item, dict):
        raise AnnotationError(f"annotation item {n} must be an object")
    unknown = set(item) - {"text", "markup", "interpretAs"}
    if unknown:
        raise AnnotationError(f"annotation item {n}: unknown key(s) {', '.join(sorted(unknown))}")
    if ("text" in item) == ("markup" in item):
        raise AnnotationError(f"annotation item {n} needs either 'text' or 'markup' (not both): {item}")
    if "text" in item:
        if "interpretAs" in item:
            raise AnnotationError(f"annotation item {n}: 'interpretAs' is only allowed with 'markup'")
        if not isinstance(item["text"], str):
            raise AnnotationError(f"annotation item {n}: 'text' must be a string")
        return item["text"], None
    markup, interpret = item["markup"], item.get("interpretAs", "")
    if not isinstance(markup, str) or not isinstance(interpret, str):
        raise AnnotationError(f"annotation item {n}: 'markup' and 'interpretAs' must be strings")
    return markup, interpret
