"""Spelling: the lexicon, morphology, suggestions, and the standard-spelling table.

`speller()` is the process-wide speller over the compiled lexicon (built on first use
and cached on disk, see `lexicon.py`).
"""

from __future__ import annotations

from functools import cache

from .lexicon import Lexicon
from .speller import Speller

__all__ = ["Lexicon", "Speller", "speller"]


@cache
def speller() -> Speller:
    """The default speller (the lexicon is loaded once per process). The standard forms
    of the spelling table are words whatever the lists say: a fix ORTHO offers (ঘুস,
    যুবতি, পঙ্ক্তি) must not be flagged as unknown in its turn."""
    from .precomputed import speller_tables
    from .standard import standard_forms

    found = Speller(Lexicon.load(), {entry.right for entry in standard_forms().values()})
    found.tables = speller_tables(found)  # judged with the speller itself, once per machine
    return found
