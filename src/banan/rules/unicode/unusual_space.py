"""NORM016: no-break and other special space characters."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import chars as C
from ..base import Example, Hit, Rule
from ..document import Document
from ..substitution import describe
from .common import UNSAFE, hit

_UNUSUAL_SPACE = re.compile(f"[{C.SPACE_LIKE}]+")


def unusual_space(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any(C.SPACE_LIKE):
        return
    for m in ctx.matches_at(_UNUSUAL_SPACE, C.SPACE_LIKE):
        yield hit(m, f"সাধারণ স্পেসের জায়গায় {describe(m.group()[0])}", (" ", UNSAFE))


UNUSUAL_SPACE = Rule(
    "NORM016",
    "unusual-space",
    "A no-break space or another special space character instead of a plain space",
    """No-break and fixed-width spaces come from word processors and web pages. Some
    tools treat them as letters and merge the words around them. A typesetter may
    want a no-break space between a number and its unit: ignore this rule then.""",
    unusual_space,
    bad=(Example("ঢাকা«\u00a0»শহর", "ঢাকা শহর"),),
    good=("ঢাকা শহর।",),
    fix_safety="Unsafe: a no-break space may be deliberate typography.",
    sources=("csebuetnlp/normalizer and indic_nlp_library (NBSP -> space)",),
)
