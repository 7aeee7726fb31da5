"""NORM013: an ASCII vertical bar | typed for the danda."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ... import chars as C
from ..base import Example, Hit, Rule
from ..document import Document
from .common import SAFE, hit

_PIPE = regex.compile(rf"(?<=[{C.WORD_CHARS}][ \t]?)\|\|?(?=[\s\"'”’»)]|$)")


def pipe_as_danda(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any("|"):
        return
    # `regex`, for the variable-width lookbehind; it matches as `re` does.
    for m in ctx.matches_at(_PIPE, "|"):  # type: ignore[arg-type]
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].lstrip().startswith("|"):
            continue  # a Markdown or ASCII table row
        to = "।" if m.group() == "|" else "॥"
        yield hit(m, f"“{m.group()}” দাঁড়ি নয়; বাংলা বাক্য শেষ হয় “{to}” দিয়ে", (to, SAFE))


PIPE_AS_DANDA = Rule(
    "NORM013",
    "pipe-as-danda",
    "An ASCII vertical bar | ending a Bengali sentence",
    """Writers without a danda key type |. banan flags it only where it ends a Bengali
    sentence (after a Bengali word, before a space or the end of the line) and leaves
    tables, URLs and code alone. || becomes ॥.""",
    pipe_as_danda,
    bad=(Example("সে বাড়ি যায়«|» তারপর ঘুমায়।", "সে বাড়ি যায়। তারপর ঘুমায়।"),),
    good=("| নাম | বয়স |\n|---|---|", "a|b এবং x | y"),
    fix_safety="Safe in the positions it fires in.",
    sources=("indic_nlp_library BengaliNormalizer replaces every | (too broad)",),
)
