"""NORM019, NORM022: a virama (hasanta) that joins nothing: after a vowel, or before one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import chars as C
from ..base import Example, Hit, Rule
from ..document import Document
from ..verdicts import verdicts
from .common import CONSONANT_SET, DISPLAY, SAFE, hit, repairs, word_around

# A virama kills the inherent vowel of a consonant; after a vowel or a sign it means nothing.
_VIRAMA_AFTER_VOWEL = re.compile(
    rf"\u09cd(?:(?<=[{C.VOWEL_SIGNS}\u0981\u0982\u0983\u09ce]\u09cd)|(?<=[{C.INDEPENDENT_VOWELS}]\u09cd)(?!\u09af))\u09cd*"
)


def virama_after_vowel(text: str, ctx: Document) -> Iterator[Hit]:
    for m in _VIRAMA_AFTER_VOWEL.finditer(text):
        nxt = text[m.end()] if m.end() < len(text) else ""
        if nxt not in CONSONANT_SET:  # যা্ওয়ার: the virama does nothing at all
            yield hit(m, "হসন্ত (্) কেবল ব্যঞ্জনবর্ণের পরে বসে; এখানে এর কোনো কাজ নেই", ("", SAFE))
            continue
        sign_at = m.start() - 1
        if nxt == "য" and text[sign_at] in C.VOWEL_SIGNS:
            # লক্ষে্য: the phala was typed after the vowel sign (লক্ষ্যে)
            end = m.end() + 1
            yield Hit(
                sign_at,
                end,
                f"“{text[sign_at]}” ফলার আগে টাইপ করা; আগে ফলা, তারপর কার",
                repairs(text, ctx, (sign_at, end, "\u09cd" + nxt + text[sign_at]), (m.start(), m.end(), "")),
            )
            continue
        yield Hit(
            m.start(),
            m.end(),
            "হসন্ত (্) কেবল ব্যঞ্জনবর্ণের পরে বসে; এখানে এর কোনো কাজ নেই",
            repairs(text, ctx, (m.start(), m.end(), "")),
        )


VIRAMA_AFTER_VOWEL = Rule(
    "NORM019",
    "virama-after-vowel",
    "A virama (hasanta) after a vowel or a vowel sign, where it means nothing",
    """A virama removes a consonant's inherent vowel; after a vowel sign (চু্ক্তি), an
    independent vowel (এ্তে) or ং/ঃ/ঁ it renders on a dotted circle. অ্যা and এ্যা,
    where the virama carries a ya-phala, are left alone.""",
    virama_after_vowel,
    bad=(
        Example("«চু\u09cdক্তি»", "চুক্তি"),
        Example("«এ\u09cdতে»", "এতে"),
        Example("«যা\u09cd»ওয়ার", "যাওয়ার"),
        Example("ল«ক্ষে\u09cdয»", "লক্ষ্যে"),
    ),
    good=("চুক্তি, এতে, অ্যাসিড, উৎস, লক্ষ্যে।",),
    fix_safety=(
        "Safe where no consonant follows (the virama does nothing). Before a consonant it is unsafe, and only "
        "where the result is a known word (else a suggestion); before য the ya-phala was probably typed after "
        "the vowel sign, and moving it is offered first."
    ),
    sources=("bnUnicodeNormalizer README, Invalid hosonto",),
)


# A virama joins a consonant to the next consonant; before a vowel letter, a vowel sign
# or ঁ ং ঃ it joins nothing (নেট্ওয়ার্ক). After ZWNJ (ক্‌) the hasanta is shown on
# purpose and the pattern does not match; after a vowel it is NORM019's.
_VIRAMA_BEFORE_VOWEL = re.compile(
    rf"\u09cd(?<=[{C.CONSONANTS}\u09bc]\u09cd)(?=[{C.INDEPENDENT_VOWELS}{C.VOWEL_SIGNS}{C.NASALS}])"
)


# The vowel sign of each vowel letter (অ's is the consonant's own vowel): phonetic
# typing leaves খাব্আর where খাবার (food) was meant, the letter for the sign.
_SIGN_OF_VOWEL = dict(
    zip("অআইঈউঊঋএঐওঔ", ["", *"\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c7\u09c8\u09cb\u09cc"], strict=True)
)


def virama_before_vowel(text: str, ctx: Document) -> Iterator[Hit]:
    if C.VIRAMA not in text:
        return
    for m in _VIRAMA_BEFORE_VOWEL.finditer(text):
        vowel = text[m.end()]
        candidates = [(m.start(), m.end(), "")]  # নেট্ওয়ার্ক -> নেটওয়ার্ক
        if vowel in _SIGN_OF_VOWEL:  # খাব্আর -> খাবার
            candidates.append((m.start(), m.end() + 1, _SIGN_OF_VOWEL[vowel]))
        fixes = repairs(text, ctx, *candidates)
        if fixes[0].applicability is DISPLAY and _unknown_word(text, m.start(), ctx):
            # No repair gives a word (উপ্অয় for উপায়): the word has more wrong with it
            # than the virama, and the unknown-word rule reports it with suggestions
            # from the whole lexicon, which a report here would silence.
            continue
        yield Hit(
            m.start() - 1,
            m.end() + 1,
            f"হসন্ত (্) দুটি ব্যঞ্জনবর্ণ জোড়ে; “{vowel}”-এর আগে এর কোনো কাজ নেই",
            fixes,
        )


def _unknown_word(text: str, at: int, ctx: Document) -> bool:
    """Whether the word around `at` is one the unknown-word rule reports (and it runs)."""
    around = word_around(text, at, at)
    if around is None:
        return False
    return verdicts(ctx).reported_as_unknown(text[around[0] : around[1]])


VIRAMA_BEFORE_VOWEL = Rule(
    "NORM022",
    "virama-before-vowel",
    "A virama (hasanta) between a consonant and a vowel letter or vowel sign, where it joins nothing",
    """A virama joins its consonant to the consonant after it. Before a vowel letter
    (নেট্ওয়ার্ক), a vowel sign or ঁ ং ঃ there is nothing to join: no Bengali word is
    spelt so, and the word matches nothing in search or a dictionary. Either the
    virama is noise, or phonetic typing put the vowel letter where its sign belongs
    (ক্আজ for কাজ); whichever gives a known word is offered. Where neither does,
    the word has more wrong with it and is left to SPELL001 (when it runs), whose
    suggestions come from the whole lexicon. A hasanta shown on purpose is followed
    by ZWNJ (ক্‌) and is left alone.""",
    virama_before_vowel,
    bad=(
        Example("নে«ট\u09cdও»য়ার্ক", "নেটওয়ার্ক"),
        Example("দে«শ\u09cd\u09c7»র", "দেশের"),
        Example("«ক\u09cdআ»জ", "কাজ"),
    ),
    good=("নেটওয়ার্ক, দেশের, অ্যাসিড, ক্ষমা, ইন্\u200cঅর্গানিক।",),
    fix_safety=(
        "Unsafe, and only where the result (without the virama, or with the vowel letter as its sign) is a "
        "known word; otherwise a suggestion."
    ),
    sources=("The Unicode Standard ch. 12 Bengali (virama: consonant clusters)",),
)

# What marks a single word as damaged (see damage.py).
DAMAGE = (_VIRAMA_AFTER_VOWEL, _VIRAMA_BEFORE_VOWEL)
