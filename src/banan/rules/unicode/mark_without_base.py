"""NORM007: a combining mark with no letter before it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ... import chars as C
from ..base import Example, Hit, Rule
from ..document import Document
from .common import CONSONANT_SET, repairs, visual_order_fix

if TYPE_CHECKING:
    import numpy as np

# A run of combining marks whose previous character is not part of a Bengali word.
# Found from the mark backwards (the scan then only stops at marks), or in a long text
# on its code points at once; then widened.
_ORPHAN_MARK = re.compile(rf"{C.COMBINING_RE}(?<=[^{C.WORD_CHARS}]{C.COMBINING_RE})|^{C.COMBINING_RE}")
_MARK_RUN = re.compile(rf"{C.COMBINING_RE}+")
_SPACES_BEFORE = re.compile(rf"(?<=[{C.LETTERS}])[ \t]+$")


def _orphan_marks(codes: np.ndarray) -> list[int]:
    """`_ORPHAN_MARK`'s matches on the code points: combining marks after no word letter."""
    import numpy as np

    orphan = C.table(C.COMBINING)[codes]
    orphan[1:] &= ~C.table(C.WORD_CHARS)[codes[:-1]]
    return np.flatnonzero(orphan).tolist()


def _carries(base: str, mark: str) -> bool:
    """Whether `base`, the last character of a word, can take `mark`: a vowel sign only
    after a consonant (with or without its nukta), ঁ ং ঃ also after a vowel or a sign."""
    if base in CONSONANT_SET or base == C.NUKTA:
        return True
    return mark in C.NASALS and (base in C.INDEPENDENT_VOWELS or base in C.VOWEL_SIGNS)


def mark_without_base(text: str, ctx: Document) -> Iterator[Hit]:
    for at in ctx.starts(_ORPHAN_MARK, _orphan_marks):
        marks = _MARK_RUN.match(text, at).group()  # type: ignore[union-attr]
        end = at + len(marks)
        sp = _SPACES_BEFORE.search(text, max(0, at - 8), at)
        spaces = sp.group() if sp else ""
        moved = visual_order_fix(text, at) if len(marks) == 1 else None
        if moved:  # কেউ িক: a pre-base sign typed before its consonant
            end, rewritten = moved
            message = f"“{marks}” বর্ণের আগে বসেছে; কার লেখা হয় বর্ণের পরে"
            yield Hit(at, end, message, repairs(text, ctx, (at, end, rewritten)))
            continue
        candidates = []
        start = at
        if spaces and marks[0] not in (C.VIRAMA, C.NUKTA) and _carries(text[at - len(spaces) - 1], marks[0]):
            # কর া: the sign most likely belongs to the word before the space.
            start = at - len(spaces)
            candidates.append((start, end, marks))
        if marks[0] not in C.PRE_BASE_SIGNS:
            # A pre-base sign belongs to some letter after it (converter damage): deleting
            # it loses that letter's vowel, so only other marks may be noise.
            candidates.append((start, end, text[start:at]))
        yield Hit(start, end, f"“{marks}” চিহ্নের আগে কোনো বর্ণ নেই", repairs(text, ctx, *candidates))


MARK_WITHOUT_BASE = Rule(
    "NORM007",
    "mark-without-base",
    "A vowel sign, candrabindu, anusvara, visarga, nukta or virama with no letter before it",
    """Combining marks cannot start a syllable; at the start of a word, after a space,
    a digit or punctuation they render on a dotted circle. Often a space slipped into
    the word (কর া for করা); then joining is offered first, where the letter before
    can carry the mark (a vowel sign goes on a consonant, never on a vowel letter:
    এই াটোবাকো is not এইটোবাকো). A pre-base sign (ি ে ৈ) typed before its consonant,
    even with invisible characters in between (ি + ZWSP + স), is moved after it
    (িক -> কি). Such a sign is never deleted, since it belongs to some letter, and a
    repair that does not leave a known word is only a suggestion.""",
    mark_without_base,
    bad=(
        Example("«\u09be»টোবাকো", "টোবাকো"),
        Example("কর« \u09be» হয়েছে", "করা হয়েছে"),
        Example("তুমি« \u09bfক» বলবে", "তুমি কি বলবে"),
        Example("এই« \u09be»টোবাকো", "এই টোবাকো"),
        Example("শহরের \u200b«\u09bf\u200bস»টি", "শহরের \u200bসিটি"),
        Example("«\u09bf» আছে"),
    ),
    good=("করা হয়েছে। ১০টি বই।",),
    fix_safety=(
        "Unsafe, and only where the result is a known word (joining, moving a pre-base sign, deleting "
        "a stray mark); otherwise a suggestion or nothing. A pre-base sign is never deleted."
    ),
    sources=("bnUnicodeNormalizer README (invalid starts)",),
)
