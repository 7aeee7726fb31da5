"""NORM001, NORM002, NORM010: the nukta (the dot of ড় ঢ় য়), stored precomposed, typed in
the wrong place, or on a ya-phala."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import chars as C
from ..base import Example, Hit, Rule, replace
from ..document import Document
from ..substitution import describe
from .common import NUKTA_LETTERS, SAFE, SIGN, UNSAFE, hit

_PRECOMPOSED = re.compile(r"[\u09dc\u09dd\u09df]")


def nukta_precomposed(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any("\u09dc\u09dd\u09df"):
        return
    for m in _PRECOMPOSED.finditer(text):
        if m.start() and text[m.start() - 1] == C.VIRAMA:
            continue  # a ya-phala with nukta: NORM010
        yield hit(
            m,
            f"“{m.group()}” এক কোড পয়েন্টে ({describe(m.group())}); প্রমিত ইউনিকোডে (NFC) বর্ণ + নুকতা",
            (NUKTA_LETTERS[m.group()], SAFE),
        )


NUKTA_PRECOMPOSED = Rule(
    "NORM001",
    "nukta-precomposed",
    "A nukta letter (ড় ঢ় য়) stored as one code point instead of the canonical letter + nukta",
    """U+09DC ড়, U+09DD ঢ় and U+09DF য় are composition exclusions: NFC and NFD both turn
    them into the letter + nukta (U+09BC), and no normalization form gives them back.
    Text that mixes the two forms looks the same but does not match in search, sorting
    or spell checking. banan's canonical form is NFC, so the pair is the one to keep.""",
    nukta_precomposed,
    bad=(Example("ঢাকা«\u09df» যাব।", "ঢাকা\u09af\u09bc যাব।"),),
    good=("ঢাকায় যাব। বাড়ি ফিরব।",),
    fix_safety="Safe: the two forms are canonically equivalent.",
    sources=("Unicode CompositionExclusions.txt (script-specific: 09DC 09DD 09DF)",),
)


# A nukta typed after the vowel sign (যে় for য়ে): the sign blocks canonical reordering.
# Found from the nukta backwards, so that the scan jumps from nukta to nukta.
_ODD_NUKTA = re.compile(r"\u09bc(?<=[^\u09af\u09a1\u09a2]\u09bc)")
_SIGNS_BEFORE = re.compile(rf"([যডঢ])({SIGN}+)$")
_NUKTA_BASES = frozenset(C.CONSONANTS) - set("যডঢ")


def nukta_misplaced(text: str, ctx: Document) -> Iterator[Hit]:
    for n in _ODD_NUKTA.finditer(text):
        before = text[max(0, n.start() - 4) : n.start()]
        m = _SIGNS_BEFORE.search(before)
        if m:  # a nukta typed after the vowel sign (যে়): it belongs right after the letter
            start = n.start() - len(m.group())
            yield Hit(
                start,
                n.end(),
                f"“{m.group()}\u09bc”: নুকতা কারের পরে টাইপ করা; নুকতা বসে বর্ণের ঠিক পরে",
                (replace(start, n.end(), m.group(1) + "\u09bc" + m.group(2), SAFE),),
            )
            continue
        base = text[n.start() - 1]
        if base not in _NUKTA_BASES:
            continue  # no base at all (NORM007) or a repeat (NORM008)
        m = n
        m_start = n.start() - 1
        fixes = [("র", UNSAFE)] if base == "ব" else []
        fixes.append((base, UNSAFE))
        yield Hit(
            m_start,
            m.end(),
            f"“{base}\u09bc”: “{base}”-এ নুকতা বসে না (নুকতা কেবল ড ঢ য-তে)",
            tuple(replace(m_start, m.end(), r, a) for r, a in fixes),
        )


NUKTA_MISPLACED = Rule(
    "NORM002",
    "nukta-misplaced",
    "A nukta typed after the vowel sign, or on a letter that takes none",
    """The nukta must follow its consonant directly. Typed after a vowel sign (যে়
    for য়ে) it renders on the wrong glyph and NFC does not reorder it, because the
    vowel sign blocks canonical reordering. In Bengali only ড ঢ য take a nukta; ব +
    nukta is a look-alike for র.""",
    nukta_misplaced,
    bad=(
        Example("র«যে\u09bc»ছে", "র\u09af\u09bc\u09c7ছে"),
        Example("«জ\u09bc»ন্য", "জন্য"),
        Example("«ব\u09bc\u09be»জার", "রাজার"),
    ),
    good=("রয়েছে, জন্য, বাড়ি, আষাঢ়।",),
    fix_safety="Moving the nukta next to its letter is safe; removing a nukta or turning ব় into র is unsafe.",
    sources=("bnUnicodeNormalizer README, Nukta Normalization", "csebuetnlp/normalizer const.py (ব + ় -> র)"),
)


_YA_PHALA_NUKTA = re.compile("\u09cd(?:\u09df|\u09af\u09bc)")


def ya_phala_with_nukta(text: str, ctx: Document) -> Iterator[Hit]:
    if "\u09cd\u09df" not in text and "\u09cd\u09af\u09bc" not in text:
        return
    for m in _YA_PHALA_NUKTA.finditer(text):
        yield hit(m, "য-ফলা লেখা হয় “য” দিয়ে, “য়” দিয়ে নয়", ("\u09cd\u09af", SAFE))


YA_PHALA_WITH_NUKTA = Rule(
    "NORM010",
    "ya-phala-with-nukta",
    "Ya-phala typed with য় (with nukta) instead of য",
    """The ya-phala is virama + য (U+09AF). Typed with য় (ব্য়াপার) it looks almost the
    same but matches nothing in search or a dictionary.""",
    ya_phala_with_nukta,
    bad=(Example("«ব\u09cd\u09af\u09bc\u09be»পার", "ব্যাপার"),),
    good=("ব্যাপার, ব্যবসা, রয়েছে।",),
    fix_safety="Safe: a phala never takes a nukta.",
    sources=("bnUnicodeNormalizer NormalizeConjunctsDiacritics (্য় -> ্য)",),
)

# What marks a single word as damaged (see damage.py).
DAMAGE = (_PRECOMPOSED, _ODD_NUKTA, _YA_PHALA_NUKTA)
