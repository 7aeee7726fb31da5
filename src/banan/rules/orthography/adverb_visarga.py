"""ORTHO003: no visarga at the end of an adverb in -তঃ/-শঃ (ক্রমশঃ -> ক্রমশ)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...chars import INVISIBLE
from ...diagnostics import Applicability
from ...spelling import speller
from ...spelling.letter_rules import VISARGA_SANDHI
from ..base import Example, Hit, Rule, literal_places, matches_at, replace
from ..document import Document
from ..verdicts import verdicts
from .places import HAS_INVISIBLE, in_word

__all__ = ["RULES"]

UNSAFE = Applicability.UNSAFE


# -- ORTHO003: no visarga at the end of an adverb in -তঃ/-শঃ -----------------------------------
_ADVERB_VISARGA = re.compile(f"(?<=[তশ])ঃ(?![\u0980-\u09ff\u200c\u200d{INVISIBLE}])")


def check_adverb_visarga(text: str, doc: Document) -> Iterator[Hit]:
    # str.find (in C) for the two pairs; the pattern is tried only where they occur.
    for m in matches_at(_ADVERB_VISARGA, text, [at + 1 for at in literal_places(text, ("তঃ", "শঃ"))]):
        start = m.start()
        word_start = start
        while word_start > 0 and in_word(text[word_start - 1]):
            word_start -= 1
        stem = text[word_start:start]
        if HAS_INVISIBLE.search(stem):
            continue  # encoding damage inside the word: NORM015's
        if len(stem) < 3 or speller().lexicon.frequency(stem) < 0:
            continue  # not a known adverb in -ত/-শ (an abbreviation, a name)
        if verdicts(doc).taken_by_table(stem + "ঃ"):
            continue  # the standard-spelling table reports it (ORTHO001)
        if stem in VISARGA_SANDHI:
            continue  # a prefix that keeps its visarga, standing alone (অন্তঃ ও বহিঃ)
        yield Hit(
            word_start, m.end(), f"শব্দের শেষে বিসর্গ হয় না: “{stem}”", (replace(word_start, m.end(), stem, UNSAFE),)
        )


RULES = [
    Rule(
        "ORTHO003",
        "adverb-final-visarga",
        "A visarga at the end of an adverb in -ত/-শ (ক্রমশঃ -> ক্রমশ)",
        """The Academy drops the word-final visarga of adverbs: ক্রমশ, প্রথমত, সাধারণত,
        বিশেষত, মূলত. Visarga inside a word (দুঃখ, অন্তঃসত্ত্বা) and in interjections stays.
        The common ones are in the standard-spelling table (ORTHO001); this rule finds the
        rest, when the word without its visarga is a known word.""",
        check_adverb_visarga,
        bad=(Example("«স্বভাবতঃ» তা হয় না।", "স্বভাবত তা হয় না।"),),
        good=("দাম ক্রমশ বাড়ছে, দুঃখ নেই।",),
        fix_safety="Unsafe: quotations keep their spelling.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম; reference §2 O17",),
    ),
]
