"""NORM021: text not in NFC where no more specific NORM rule applies."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

import regex

from ..base import Example, Hit, Rule, find_all, replace
from ..document import Document
from .common import NUKTA_LETTERS, SAFE

_KNOWN_NFC_FIXES = str.maketrans({**NUKTA_LETTERS})


def _explained(cluster: str) -> bool:
    """Whether NORM001 and NORM003 already cover what NFC changes in `cluster`."""
    fixed = cluster.translate(_KNOWN_NFC_FIXES).replace("\u09c7\u09be", "\u09cb").replace("\u09c7\u09d7", "\u09cc")
    return fixed == unicodedata.normalize("NFC", cluster)


_CLUSTER = regex.compile(r"\X")
# Characters with canonical combining class 0 that NFC may still compose with what
# precedes them ("Maybe" in the NFC quick check), in the scripts a Bengali text meets.
_COMPOSING = set("\u09be\u09d7\u0b3e\u0b56\u0b57\u0bbe\u0bd7\u0c56\u0cc2\u0cd5\u0cd6\u0d3e\u0d57\u0dcf\u0ddf\u102e")


def _may_change_under_nfc(ch: str) -> bool:
    return bool(
        unicodedata.combining(ch)
        or unicodedata.decomposition(ch)
        or ch in _COMPOSING
        or "\u1100" <= ch <= "\u11ff"
        or "\u3099" <= ch <= "\u309a"
    )


def non_canonical(text: str, ctx: Document) -> Iterator[Hit]:
    # Plain Bengali letters and signs are in NFC by themselves except the cases NORM001
    # and NORM003 own, and a nukta after a virama; anything else shows in the rare set.
    suspects = {ch for ch in ctx.rare if _may_change_under_nfc(ch)}
    if not suspects and "\u09cd\u09bc" not in text:
        return
    # Only the lines holding a suspect (found with str.find, placed by bisection).
    lines = text.splitlines(keepends=True)
    starts = [0, *accumulate(map(len, lines))]
    places = ctx.places(suspects) + list(find_all(text, "\u09cd\u09bc"))
    for i in sorted({bisect_right(starts, at) - 1 for at in places}):
        line, start = lines[i], starts[i]
        if not unicodedata.is_normalized("NFC", line):
            for m in _CLUSTER.finditer(line):
                cluster = m.group()
                if not unicodedata.is_normalized("NFC", cluster) and not _explained(cluster):
                    nfc = unicodedata.normalize("NFC", cluster)
                    yield Hit(
                        start + m.start(),
                        start + m.end(),
                        f"“{cluster}” প্রমিত ইউনিকোড রূপে (NFC) নেই",
                        (replace(start + m.start(), start + m.end(), nfc, SAFE),),
                    )


NOT_NFC = Rule(
    "NORM021",
    "not-nfc",
    "Text not in Unicode NFC, where no more specific NORM rule applies",
    """banan's canonical form is NFC. The specific rules above explain the Bengali
    cases; this one catches the rest, such as a nukta typed after a virama or Latin
    letters with separate accents.""",
    non_canonical,
    bad=(Example("«e\u0301»cole", "\u00e9cole"), Example("«য\u09cd\u09bc»", "য\u09bc\u09cd")),
    good=("\u00e9cole, ক্ষমা, ঢাকায়।",),
    fix_safety="Safe: NFC is canonically equivalent.",
    sources=("Unicode Standard Annex #15, Normalization Forms",),
)
