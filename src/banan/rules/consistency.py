"""CONSIST001: one word spelt two ways in one document (খামেনি / খামেনেয়ী).

The variants of the document are found once (rules/variants.py); the verdicts give a
known minority spelling to this rule. The rule reads the standard-spelling rules'
findings (`needs`): a form they reported is not offered as the majority spelling, and a
minority form they reported has its correction already.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..diagnostics import Applicability
from ..positions import LineIndex
from .base import Example, Hit, Rule, replace
from .document import Document
from .variants import minorities, variants
from .verdicts import verdicts
from .words import document_words

__all__ = ["RULES"]

UNSAFE = Applicability.UNSAFE


def check_consistency(text: str, doc: Document) -> Iterator[Hit]:
    v = variants(doc)
    if v is None:
        return
    # Forms the standard-spelling rules reported (they run first): such a form is not
    # offered as the majority spelling (the minority may be the standard one: প্রশ্নাবলি beside
    # প্রশ্নাবলী), and a minority spelling they reported has its correction already.
    non_standard = {d.found for d in doc.findings("ORTHO")}
    reports = [
        (minor, major, count)
        for minor, (major, count) in minorities(doc).items()
        if non_standard.isdisjoint(v.words_of[minor]) and non_standard.isdisjoint(v.words_of[major])
    ]
    if not reports:
        return
    wanted = {w for minor, major, _ in reports for w in (*v.words_of[minor], *v.words_of[major])}
    places: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for s, e, w in document_words(text, doc).positions(wanted):
        places[v.keys[w][2]].append((s, e, w))
    lines = LineIndex(text)
    judged = verdicts(doc)
    for minor, major, count in reports:
        where = ", ".join("{}:{}".format(*lines.line_col(p[0])) for p in places[major][:5])
        for s, e, w in places[minor]:
            verdict = judged.of(w)
            if verdict.owner != "CONSIST001" or verdict.correction is None:
                continue  # an unknown word is SPELL001's, which offers the major spelling first
            fixed = verdict.correction
            yield Hit(
                s, e, f"একই লেখায় “{major}” বানানও আছে ({count} বার; লাইন:কলাম {where})", (replace(s, e, fixed, UNSAFE),)
            )


RULES = [
    Rule(
        "CONSIST001",
        "inconsistent-spelling",
        "One document spells the same word or name two ways",
        """Transliterated names drift within one article (খামেনি / খামেনেয়ী,
        মোহাম্মদ / মুহাম্মদ). Words are grouped by their consonants once inflections are
        taken off; the minority spellings are reported with the majority one and where it
        occurs. Frequent words are left to the other rules, and so is a spelling the
        standard-spelling rules (ORTHO) report: it is not offered as the majority form,
        and a minority form they report is not reported twice. A minority spelling no list
        knows is SPELL001's, which offers the majority spelling first; with an ending that
        makes it a known form (a name in the genitive), it is reported here. Two known
        words that sound different, one of them in a curated list or a regular form of a
        known word, are two words and never one spelt two ways (ডার্টি, dirty, beside
        ধারাটি, the clause).""",
        check_consistency,
        bad=(Example("খামেনি বলেন। খামেনির দপ্তর জানায়। «খামেনেয়ী» আসেননি।", "খামেনি বলেন। খামেনির দপ্তর জানায়। খামেনি আসেননি।"),),
        good=("খামেনি বলেন। খামেনির দপ্তর জানায়।", "জোগান কম। জোগান বাড়বে। তারা জয়গান গাইল।"),
        fix_safety="Unsafe: two people may have similar names.",
        needs=("NORM", "ORTHO"),
    ),
]
