"""ORTHO: spellings the Bangla Academy standard has replaced, one module per rule or per
tight group of rules: the table (table.py: ORTHO001, ORTHO004), a consonant doubled
after reph (reph.py: ORTHO002), an adverb's final visarga (adverb_visarga.py: ORTHO003),
the negation না (negation.py: ORTHO006), the final ো house style (final_o.py: ORTHO007)
and the letter rules (letter_rules.py: ORTHO008-ORTHO018). What the standard makes of a
word is in spelling/academy.py and spelling/letter_rules.py; which rule reports a word is
decided by the verdicts (rules/verdicts.py); where a word stands in a name, places.py."""

from __future__ import annotations

from ..base import Rule
from . import adverb_visarga, final_o, letter_rules, negation, reph, table

__all__ = ["RULES"]

RULES: list[Rule] = [
    *table.RULES,
    *reph.RULES,
    *adverb_visarga.RULES,
    *negation.RULES,
    *final_o.RULES,
    *letter_rules.RULES,
]
