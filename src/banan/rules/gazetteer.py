"""The gazetteer's places as the name rules take them (NAME001, NAME002)."""

from __future__ import annotations

from functools import lru_cache

from ..spelling import speller
from ..spelling.settings import SETTINGS

__all__ = ["place_names"]


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The single-word countries and cities of the gazetteer (CLDR, iso-codes) that occur
    in Bengali text. Language names are left out: CLDR names hundreds (Vai, Basaa, Rundi)
    whose names are ordinary words (ভাই, বাসা)."""
    lexicon = speller().lexicon
    gaz = lexicon.gazetteer
    return frozenset(
        n
        for kind in ("territory", "city")
        for n in gaz.get(kind, ())
        if " " not in n and len(n) >= 3 and lexicon.frequency(n) >= SETTINGS.gazetteer_place_min_zipf
    )
