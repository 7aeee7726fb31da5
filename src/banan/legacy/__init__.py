"""Legacy 8-bit Bengali encodings: Bijoy (SutonnyMJ) detection and conversion.

>>> from banan.legacy import to_unicode
>>> to_unicode("evsjv GKv‡Wwg")
'বাংলা একাডেমি'
"""

from __future__ import annotations

from .bijoy import to_unicode
from .detect import find_bijoy

__all__ = ["find_bijoy", "to_unicode"]
