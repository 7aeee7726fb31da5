"""ORTHO006: the negation না written solid with its verb (ভাবিনা -> ভাবি না)."""

from __future__ import annotations

from collections.abc import Iterator

from ...diagnostics import Applicability
from ..base import Example, Hit, Rule, replace
from ..document import Document
from ..verdicts import verdicts
from ..words import document_words

__all__ = ["RULES"]

UNSAFE = Applicability.UNSAFE


def check_negation(text: str, doc: Document) -> Iterator[Hit]:
    # The verdicts give a known finite verb with না to this rule; an unknown word is
    # SPELL001's, which offers its suggestions with না apart.
    hits = {w: v.correction for w, v in verdicts(doc).owned_by("ORTHO006").items() if v.correction}
    for s, e, w in document_words(text, doc).positions(set(hits)) if hits else ():
        yield Hit(s, e, f"“না” আলাদা বসে: “{hits[w]}”", (replace(s, e, hits[w], UNSAFE),))


RULES = [
    Rule(
        "ORTHO006",
        "negation-written-solid",
        "The negation না written solid with its verb (ভাবিনা -> ভাবি না)",
        """Bangla Academy (2012): না after a verb is a word of its own (ভাবি না, মানবে না,
        খাবে না); নি attaches to the verb (করিনি, যাইনি). A word is reported when it is a
        finite verb form and না, and is neither in a curated list nor a noun the word list
        has with a case ending (করিনা, a name: করিনার).""",
        check_negation,
        bad=(
            Example("আমি তা «ভাবিনা»।", "আমি তা ভাবি না।"),
            Example("তারা «মানবেনা»।", "তারা মানবে না।"),
            Example("সে «খাবেনা»।", "সে খাবে না।"),
        ),
        good=("আমি ভাবি না, সে চেনেনি। করিনা এলেন। বাজনা বাজে।",),
        fix_safety="Unsafe: a name may end in না.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012); reference O15",),
        needs=("NORM",),
    ),
]
