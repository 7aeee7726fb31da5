"""ORTHO002: no consonant doubled after reph (কর্ত্তৃপক্ষ -> কর্তৃপক্ষ), found in running text."""

from __future__ import annotations

from collections.abc import Iterator

from ...spelling.academy import REPH_DOUBLE
from ..base import Example, Hit, Rule, replace
from ..document import Document
from ..verdicts import verdicts
from .places import HAS_INVISIBLE, fix_applicability, word_around

__all__ = ["RULES"]


def check_reph_doubling(text: str, doc: Document) -> Iterator[Hit]:
    if "র্" not in text:
        return
    for m in REPH_DOUBLE.finditer(text):
        if doc.protected(m.start()):
            continue
        start, end = word_around(text, m.start(), m.end())
        word = text[start:end]
        if HAS_INVISIBLE.search(word):
            continue  # encoding damage inside the word: NORM015's, and the word is judged after it
        if verdicts(doc).taken_by_table(word):
            continue  # the standard-spelling table reports it, with its rule (ORTHO001)
        fixed = word[: m.start() - start] + "র্" + m.group(1) + word[m.end() - start :]
        applies = fix_applicability(text, start, end, word, fixed)
        yield Hit(start, end, f"রেফের পরে ব্যঞ্জন দ্বিত্ব হয় না: “{fixed}”", (replace(start, end, fixed, applies),))


RULES = [
    Rule(
        "ORTHO002",
        "reph-doubling",
        "A consonant doubled after reph (কার্য্য -> কার্য)",
        """Bangla Academy rule 1.3: no consonant is doubled after reph (র্), in tatsama
        and other words alike: কার্য, সূর্য, ধর্ম, অর্জন, কার্তিক. The common ones are in the
        standard-spelling table (ORTHO001), which reports them with its rule; this rule
        finds the rest.""",
        check_reph_doubling,
        bad=(Example("«কর্ত্তৃপক্ষ» জানায়।", "কর্তৃপক্ষ জানায়।"), Example("«ধর্ম্মীয়» উৎসব।", "ধর্মীয় উৎসব।")),
        good=("কার্যকর ব্যবস্থা, ধর্ম ও সমাজ, উত্তর।",),
        fix_safety="Unsafe; display-only in a person's name (সুমন ভট্টাচার্য্য), a quotation or "
        "old prose, which keep the old spelling.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম 1.3",),
    ),
]
