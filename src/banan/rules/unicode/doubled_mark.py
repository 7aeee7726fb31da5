"""NORM008: a mark typed twice, or two vowel signs on one letter."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ... import chars as C
from ..base import Example, Hit, Rule, replace
from ..document import Document
from .common import DISPLAY, SAFE, repairs, visual_order_fix

if TYPE_CHECKING:
    import numpy as np

# One scan for a mark right after a vowel sign or after itself (in a long text, on its
# code points at once); sorted out below.
_MARK_PAIR = re.compile(
    rf"[{C.VOWEL_SIGNS}\u0981\u0982\u0983\u09bc\u09cd]"
    rf"(?<=[{C.VOWEL_SIGNS}][{C.VOWEL_SIGNS}]|\u0981\u0981|\u0982\u0982|\u0983\u0983|\u09bc\u09bc|\u09cd\u09cd)"
)
_DOUBLING_MARKS = C.VOWEL_SIGNS + "\u0981\u0982\u0983\u09bc\u09cd"


def _mark_pairs(codes: np.ndarray) -> list[int]:
    """`_MARK_PAIR`'s matches on the code points: the second mark of each pair."""
    import numpy as np

    signs = C.table(C.VOWEL_SIGNS)[codes]
    pair = signs[1:] & signs[:-1]
    pair |= (codes[1:] == codes[:-1]) & C.table(_DOUBLING_MARKS)[codes[1:]]
    return (np.flatnonzero(pair) + 1).tolist()


def doubled_mark(text: str, ctx: Document) -> Iterator[Hit]:
    last_end = -1
    for at in ctx.starts(_MARK_PAIR, _mark_pairs):
        start = at - 1
        if start < last_end:
            continue  # part of a run already reported
        first, second = text[start], text[at]
        if first == second:
            end = at + 1
            while end < len(text) and text[end] == first:
                end += 1
            last_end = end
            moved = visual_order_fix(text, end - 1) if end - start == 2 else None
            if moved:  # রাজনীতিিবদ: the second ি belongs to the next consonant
                cluster_end, rewritten = moved
                last_end = cluster_end
                yield Hit(
                    start,
                    cluster_end,
                    f"“{first}” দুবার; দ্বিতীয়টি সম্ভবত পরের বর্ণের কার",
                    repairs(text, ctx, (end - 1, cluster_end, rewritten), (start, end, first)),
                )
                continue
            yield Hit(start, end, f"“{first}” চিহ্ন একাধিকবার", (replace(start, end, first, SAFE),))
            continue
        if first == "\u09c7" and second in "\u09be\u09d7":
            continue  # a two-part vowel (NORM003)
        moved = visual_order_fix(text, at)
        if moved:  # দিেয়: the second sign belongs to the next consonant (দিয়ে)
            end, rewritten = moved
            yield Hit(
                start,
                end,
                f"“{second}” পরের বর্ণের কার, তার আগে টাইপ করা; কার বসে বর্ণের পরে",
                (
                    *repairs(text, ctx, (at, end, rewritten)),
                    replace(start, (at + 1), first, DISPLAY),
                    replace(start, (at + 1), second, DISPLAY),
                ),
            )
            continue
        yield Hit(
            start,
            (at + 1),
            f"একই বর্ণে দুটি কার “{first}” ও “{second}”; একটি রাখুন",
            (replace(start, (at + 1), first, DISPLAY), replace(start, (at + 1), second, DISPLAY)),
        )


DOUBLED_MARK = Rule(
    "NORM008",
    "doubled-mark",
    "The same mark typed twice, or two vowel signs on one letter",
    """যুুদ্ধ (ু twice), প্রকৃৃতির, ক্্ষ: a doubled mark renders on a dotted circle.
    Two different vowel signs on one letter (কিা) need a reader to choose, unless the
    second is a pre-base sign (ি ে ৈ) before a consonant: then it was typed before
    its consonant (দিেয় for দিয়ে) and is moved after it, where that makes a known word.""",
    doubled_mark,
    bad=(
        Example("«য\u09c1\u09c1»দ্ধ", "যুদ্ধ"),
        Example("«ক\u09bf\u09be»", "কি"),
        Example("«দি\u09c7য়»", "দিয়ে"),
        Example("রাজনী«তি\u09bfব»দ", "রাজনীতিবিদ"),
        Example("কো«ম্পা\u09bfন»", "কোম্পানি"),
    ),
    good=("যুদ্ধ, প্রকৃতি, ক্ষমা।",),
    fix_safety=(
        "Removing an exact repeat is safe; moving a pre-base sign to its consonant is unsafe and offered "
        "only where the result is a known word; choosing between two different signs is only a suggestion."
    ),
    sources=("bnUnicodeNormalizer README, Unwanted doubles",),
)

# What marks a single word as damaged (see damage.py).
DAMAGE = (_MARK_PAIR,)
