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
    """The default speller (the lexicon is loaded once per process)."""
    return Speller(Lexicon.load())
