"""NORM017, NORM018: the joiners ZWJ and ZWNJ, stray, and র‌্য written with ZWNJ."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import chars as C
from ..base import Example, Hit, Rule, replace
from ..document import Document
from ..substitution import describe
from .common import SAFE, UNSAFE, hit

_JOINERS = re.compile("[\u200c\u200d]+")


def stray_joiner(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any("\u200c\u200d"):
        return
    n = len(text)
    for m in ctx.matches_at(_JOINERS, "\u200c\u200d"):
        i, j = m.start(), m.end()
        run = m.group()
        prev = text[i - 1] if i > 0 else ""
        nxt = text[j] if j < n else ""
        if prev == C.VIRAMA:
            if len(run) > 1:  # explicit hasanta or khanda ta: keep one joiner
                yield Hit(i + 1, j, f"জয়নার একাধিকবার ({describe(run[1:])})", (replace(i + 1, j, "", SAFE),))
            continue
        if prev == "র" and nxt == C.VIRAMA and run in ("\u200d", "\u200c"):
            continue  # র‍্য (ZWJ); the ZWNJ spelling is NORM018's
        prev_bn, next_bn = prev in C.LETTERS, nxt in C.LETTERS
        if not (prev_bn or next_bn):
            continue  # emoji sequences, Persian ZWNJ: not ours
        at_edge = not (prev_bn and next_bn)
        yield Hit(
            i,
            j,
            f"অপ্রয়োজনীয় জয়নার ({describe(run)})",
            (replace(i, j, "", SAFE if at_edge else UNSAFE),),
        )


STRAY_JOINER = Rule(
    "NORM017",
    "stray-joiner",
    "A ZWJ or ZWNJ where it does nothing (not after a virama, not in র‍্য)",
    """ZWNJ after a virama asks for a visible hasanta (ক্‌ষ) and ZWJ in র‍্য asks for
    ra + ya-phala: both are kept. Elsewhere, at the edge of a word or doubled, a
    joiner is noise that splits the word for search. Joiners between emoji or in
    other scripts are not touched.""",
    stray_joiner,
    bad=(
        Example("আমার« \u200d»বই", "আমার বই"),
        Example("«ক\u09cd\u200c\u200c»ষ", "ক\u09cd\u200cষ"),
    ),
    good=("ক\u09cd\u200cষ, র\u200d\u09cd\u09afাব, 👨\u200d👩\u200d👧",),
    fix_safety="Safe at the edge of a word or for a repeat; unsafe inside a word.",
    sources=("Unicode Standard ch. 12 (ZWJ/ZWNJ with Bengali)", "bnUnicodeNormalizer README"),
)


_RA_ZWNJ_YA = re.compile("\u09b0\u200c\u09cd(?=\u09af)")


def ra_ya_phala_zwnj(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any("\u200c"):
        return
    for m in _RA_ZWNJ_YA.finditer(text):
        word_start = m.start() == 0 or text[m.start() - 1] not in C.WORD_CHARS
        if word_start:  # র‍্যাব, র‍্যালি: ra + ya-phala, only the joiner is wrong
            yield hit(
                m,
                "র-এ য-ফলা (র\u200d্য) লেখা হয় র + ZWJ + ্ + য দিয়ে; এখানে ZWNJ, তাই খোঁজে মেলে না",
                ("\u09b0\u200d\u09cd", SAFE),
            )
        else:  # পর‌্যন্ত, নির‌্যাতন: converters write reph + ya this way
            yield hit(
                m,
                "“র‌্য”: শব্দের ভেতরে এটি সাধারণত রেফ + য (র্য: পর্যন্ত, কার্য); র-এ য-ফলা হলে র + ZWJ + ্ + য",
                ("\u09b0\u09cd", UNSAFE),
                ("\u09b0\u200d\u09cd", UNSAFE),
            )


RA_YA_PHALA_ZWNJ = Rule(
    "NORM018",
    "ra-ya-phala-zwnj",
    "র + ya-phala written with ZWNJ (র‌্য) instead of the standard ZWJ (র‍্য)",
    """The Unicode encoding of র with ya-phala (র‍্যাব, র‍্যালি) is ra + ZWJ + virama + ya.
    Converters often emit ZWNJ instead, which renders alike in most fonts but does not
    match in search; and they emit the same ZWNJ spelling for reph + ya inside words
    (পর‌্যন্ত, নির‌্যাতন, কার‌্যরত), which then shows a ya-phala where a reph belongs.""",
    ra_ya_phala_zwnj,
    bad=(
        Example("«র\u200c\u09cdযা»ব", "র\u200d\u09cd\u09afাব"),
        Example("প«র\u200c\u09cdয»ন্ত", "পর্যন্ত"),
    ),
    good=("র\u200d\u09cd\u09afাব, র\u200d\u09cd\u09afালি, পর্যন্ত।",),
    fix_safety=(
        "At the start of a word (র‍্যাব) only the joiner changes: safe. Inside a word converters use the "
        "same spelling for reph + ya (পর‌্যন্ত for পর্যন্ত), so the fix there is unsafe."
    ),
    sources=("tdbangla.com on র‍্য", "The Unicode Standard ch. 12 Bengali (ra + ZWJ + virama + ya)"),
)
