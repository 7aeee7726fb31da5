"""NORM: Unicode problems, each with what NFC does and does not fix.

banan's canonical form is NFC. NFC decomposes the nukta letters ড় ঢ় য় (they are
composition exclusions) and composes ো ৌ from their halves; it fixes nothing else
below. Every rule leaves valid text alone: a ZWNJ after a virama (explicit hasanta),
র‍্য (ra + ZWJ + virama + ya), emoji joiner sequences, typographic punctuation.

One module per rule, or per few rules that share their patterns, each `Rule` record
beside its check function; `common.py` holds what they share. The table rules of the
family (NORM011, NORM012, NORM015) are data: rules/data/*.toml.
"""

from __future__ import annotations

from .control import CONTROL_OR_PRIVATE_USE
from .damage import damaged
from .doubled_mark import DOUBLED_MARK
from .independent_vowel import SIGN_AFTER_INDEPENDENT_VOWEL
from .joiners import RA_YA_PHALA_ZWNJ, STRAY_JOINER
from .khanda_ta import KHANDA_TA_LEGACY
from .mark_without_base import MARK_WITHOUT_BASE
from .nasal_before_sign import NASAL_BEFORE_VOWEL_SIGN
from .nfc import NOT_NFC
from .nukta import NUKTA_MISPLACED, NUKTA_PRECOMPOSED, YA_PHALA_WITH_NUKTA
from .pipe import PIPE_AS_DANDA
from .unusual_space import UNUSUAL_SPACE
from .virama import VIRAMA_AFTER_VOWEL, VIRAMA_BEFORE_VOWEL
from .visarga_colon import VISARGA_COLON, colon_inside_word
from .vowel_parts import VOWEL_SIGN_IN_PARTS, VOWEL_SIGN_SPLIT_BY_CANDRABINDU

__all__ = ["RULES", "colon_inside_word", "damaged"]

# In code order.
RULES = [
    NUKTA_PRECOMPOSED,  # NORM001
    NUKTA_MISPLACED,  # NORM002
    VOWEL_SIGN_IN_PARTS,  # NORM003
    VOWEL_SIGN_SPLIT_BY_CANDRABINDU,  # NORM004
    NASAL_BEFORE_VOWEL_SIGN,  # NORM005
    KHANDA_TA_LEGACY,  # NORM006
    MARK_WITHOUT_BASE,  # NORM007
    DOUBLED_MARK,  # NORM008
    SIGN_AFTER_INDEPENDENT_VOWEL,  # NORM009
    YA_PHALA_WITH_NUKTA,  # NORM010
    PIPE_AS_DANDA,  # NORM013
    VISARGA_COLON,  # NORM014
    UNUSUAL_SPACE,  # NORM016
    STRAY_JOINER,  # NORM017
    RA_YA_PHALA_ZWNJ,  # NORM018
    VIRAMA_AFTER_VOWEL,  # NORM019
    CONTROL_OR_PRIVATE_USE,  # NORM020
    NOT_NFC,  # NORM021
    VIRAMA_BEFORE_VOWEL,  # NORM022
]
