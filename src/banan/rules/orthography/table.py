"""ORTHO001 and ORTHO004: the standard-spelling table (spelling/academy.py reads it through
inflections; the verdicts decide which words are the table's)."""

from __future__ import annotations

from collections.abc import Iterator

from ...diagnostics import Applicability
from ...spelling.standard import standard_forms
from ..base import Example, Hit, Rule, replace
from ..document import Document
from ..verdicts import verdicts
from ..words import document_words
from .places import places_outside_names

__all__ = ["RULES"]

UNSAFE = Applicability.UNSAFE


def _table_rule(code: str):
    def check(text: str, doc: Document) -> Iterator[Hit]:
        if not standard_forms():
            return
        owned = verdicts(doc).owned_by(code)
        rights = {w: v.correction for w, v in owned.items() if v.correction}
        for s, e, w, applies in places_outside_names(text, document_words(text, doc), rights):
            right, rule = rights[w], owned[w].reason
            yield Hit(s, e, f"প্রমিত বানান “{right}” ({rule})", (replace(s, e, right, applies),))

    return check


RULES = [
    Rule(
        "ORTHO001",
        "standard-spelling",
        "A spelling the Bangla Academy standard has replaced (সরকারী -> সরকারি)",
        """The Bangla Academy's প্রমিত বাংলা বানানের নিয়ম: ই-কার in words that are not
        tatsama and in names of languages and nationalities, ণ and ষ only where the
        tatsama rules put them, no doubling after reph, and more. The table lists each
        non-standard form with its rule and where the pair is documented; inflected forms
        keep their ending (সরকারীভাবে -> সরকারিভাবে).""",
        _table_rule("ORTHO001"),
        bad=(Example("«সরকারী» অফিস।", "সরকারি অফিস।"), Example("«জানুয়ারীর» শুরুতে।", "জানুয়ারির শুরুতে।")),
        good=("সরকারি অফিসে জানুয়ারির শুরুতে।", "দেশে খাদ্যের সঙ্কট নেই, সংকটও নেই।"),
        fix_safety="Unsafe; display-only where the word reads as part of a person's name, or "
        "stands in quotation marks or in old (সাধু) prose: those keep their own spelling.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012)",),
        needs=("NORM",),
    ),
    Rule(
        "ORTHO004",
        "house-style-spelling",
        "The Academy's choice where two spellings are in current use (ঈদ -> ইদ, ঘুষ -> ঘুস)",
        """Some Academy spellings are a choice between two forms that both appear in
        edited print (ঈদ/ইদ, শহীদ/শহিদ, ইতিমধ্যে/ইতোমধ্যে, religious words with য), or are
        two forms the Academy allows (BA 1.4: in sandhi ং or ঙ, সঙ্কট/সংকট). The table
        marks them; this rule is off unless selected by its code, as a house style.""",
        _table_rule("ORTHO004"),
        bad=(Example("«ঈদের» ছুটি।", "ইদের ছুটি।"), Example("খাদ্যের «সঙ্কট» নেই।", "খাদ্যের সংকট নেই।")),
        good=("ইদের ছুটি।",),
        fix_safety="Unsafe: a house style choice.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012)",),
        default=False,
        needs=("NORM",),
    ),
]
