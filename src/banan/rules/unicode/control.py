"""NORM020: control characters, private-use characters and U+FFFD."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ...diagnostics import Fix
from ..base import Example, Hit, Rule, replace
from ..document import Document
from ..substitution import describe
from .common import DISPLAY, SAFE, UNSAFE, hit

_CONTROL_CHARS = "".join(map(chr, [*range(9), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
_PRIVATE = re.compile(r"[\ue000-\uf8ff\ufffd]")
_PRIVATE_CHARS = frozenset(map(chr, [*range(0xE000, 0xF900), 0xFFFD]))


def _is_private(ch: str) -> bool:
    return "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd"


# A private-use character standing as a word of its own is a symbol-font glyph
# (Wingdings, Symbol) that lost its font: in news it is a bullet, at the start of a line
# (a list) or between a speaker's name and their words (প্রথম আলো ● কথা). Which glyph
# it was depends on the font (U+F06C is ● in Wingdings but λ in Symbol), so it is not
# mapped; it is replaced by what it stands for, and never deleted: deleting the
# separator runs the name into the quotation and changes who said what.
_SPEAKER = regex.compile(r"(?m)^[ \t]*(?:[^\s।॥?!,;:\ue000-\uf8ff]+[ \t]+){1,4}$")


_LINE_WINDOW = 120  # how far to look along the line: a speaker's name is short


def _private_use_fixes(text: str, at: int) -> tuple[int, tuple[Fix, ...]]:
    """Where the finding starts (the spaces before a separator) and its fixes."""
    if at and not text[at - 1].isspace() or at + 1 < len(text) and not text[at + 1].isspace():
        return at, ()  # inside or against a word: a lost letter or symbol, for a person to restore
    low = max(0, at - _LINE_WINDOW)
    newline = text.rfind("\n", low, at)
    line_start = newline + 1 if newline >= 0 else 0 if low == 0 else -1  # -1: further back
    high = min(len(text), at + 1 + _LINE_WINDOW)
    newline = text.find("\n", at + 1, high)
    if not text[at + 1 : newline if newline >= 0 else high].strip():
        return at, ()  # nothing follows on the line
    before = text[max(line_start, low) : at]
    if line_start >= 0 and not before.strip():  # a list bullet
        return at, (replace(at, at + 1, "•", UNSAFE),)
    start = at - (len(before) - len(before.rstrip()))
    if line_start >= 0 and _SPEAKER.match(before):  # প্রথম আলো ● কথা: the name, then what they said
        return start, (replace(start, at + 1, ":", UNSAFE), replace(at, at + 1, "—", DISPLAY))
    return start, (replace(at, at + 1, "—", DISPLAY), replace(start, at + 1, ":", DISPLAY))


def control_or_private(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any(_CONTROL_CHARS) and not any(map(_is_private, ctx.rare)):
        return
    for m in ctx.matches_at(_CONTROL, _CONTROL_CHARS):
        yield hit(m, f"নিয়ন্ত্রণ-অক্ষর ({describe(m.group()[0])}); লেখায় এর কোনো কাজ নেই", ("", SAFE))
    for m in ctx.matches_at(_PRIVATE, _PRIVATE_CHARS):
        if m.group() == "\ufffd":
            yield hit(m, "“\ufffd” (U+FFFD): এখানে কোনো অক্ষর এনকোডিংয়ের ভুলে হারিয়ে গেছে")
        else:
            start, fixes = _private_use_fixes(text, m.start())
            yield Hit(
                start,
                m.end(),
                f"প্রাইভেট-ইউজ অক্ষর ({describe(m.group())}): বিশেষ ফন্টের চিহ্ন (বুলেট বা বক্তার নামের পরের বিভাজক?), "
                "ফন্ট ছাড়া অর্থহীন; যা বোঝায় তা লিখুন",
                fixes,
            )


CONTROL_OR_PRIVATE_USE = Rule(
    "NORM020",
    "control-or-private-use",
    "A control character, a private-use character, or the replacement character U+FFFD",
    """Control characters (other than tab and line breaks) and private-use characters
    (font symbols such as Wingdings bullets) are damage from copying out of word
    processors or PDFs. Which glyph a private-use character was depends on the lost
    font (U+F06C is ● in Wingdings, λ in Symbol), so banan replaces it by what it
    stands for and never deletes it: a bullet opening a line, or the separator
    between a speaker's name and their words (রহিম ● কথা), whose loss would run the
    name into the quotation. U+FFFD marks a character lost in a failed decoding:
    banan cannot know what it was.""",
    control_or_private,
    bad=(
        Example("তীক্ষ«\x9d» নজর", "তীক্ষ নজর"),
        Example("«\uf06c» তিনি বলেন", "• তিনি বলেন"),
        Example("রহিম« \uf06c» আমরা কাল যাব।", "রহিম: আমরা কাল যাব।"),
        Example("সে«\uf0be»টা"),
    ),
    good=("তিনি বলেন।\tশেষ।",),
    fix_safety=(
        "Deleting a control character is safe. A private-use symbol is never deleted: standing alone it "
        "is a bullet (unsafe: •) or, after a name at the start of a line, a speaker separator (unsafe: "
        "a colon after the name); next to letters it is left to a person."
    ),
    sources=("Unicode General_Category Cc and Co",),
)
