"""NUM: digit scripts and classifiers written apart from their numeral.

Bengali running text uses Bengali digits (০-৯). ASCII digits leak in from templates
and copy-paste, Devanagari digits from the wrong keyboard. URLs, e-mail addresses,
code and numbers next to Latin text are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .. import chars as C
from ..data import alternation, word_list
from ..diagnostics import Applicability
from .base import Example, Hit, Rule, literal_places, matches_at, replace
from .document import Document

SAFE, UNSAFE = Applicability.SAFE, Applicability.UNSAFE

_TO_BENGALI = str.maketrans(C.ASCII_DIGITS + C.DEVANAGARI_DIGITS, C.BENGALI_DIGITS * 2)
_TO_ASCII = str.maketrans(C.BENGALI_DIGITS + C.DEVANAGARI_DIGITS, C.ASCII_DIGITS * 2)

_DIGIT = "0-9\u09e6-\u09ef\u0966-\u096f"
_MIXED_NUMBER = regex.compile(
    rf"(?<![{_DIGIT}])(?=[{_DIGIT}.,:/]*?(?:[০-৯][.,:/]?[0-9०-९]|[0-9०-९][.,:/]?[০-৯]|[0-9][.,:/]?[०-९]|[०-९][.,:/]?[0-9]))"
    rf"[{_DIGIT}]+(?:[.,:/][{_DIGIT}]+)*"
)
_FOREIGN_NUMBER = regex.compile(rf"(?<![{_DIGIT}])[0-9\u0966-\u096f]+(?:[.,:/]?[{_DIGIT}]+)*")


def _script(ch: str) -> str:
    if "0" <= ch <= "9":
        return "ascii"
    if "\u09e6" <= ch <= "\u09ef":
        return "bengali"
    return "devanagari"


# NUM001 -----------------------------------------------------------------------------
_FOREIGN_DIGITS = C.ASCII_DIGITS + C.DEVANAGARI_DIGITS
_DIGIT_CHARS = frozenset(C.ASCII_DIGITS + C.DEVANAGARI_DIGITS + C.BENGALI_DIGITS)


def mixed_digit_scripts(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any(_FOREIGN_DIGITS):
        return
    for m in _MIXED_NUMBER.finditer(text):
        number = m.group()
        scripts = {_script(ch) for ch in number if ch.isdigit()}
        if len(scripts) < 2 or ctx.protected(m.start()):
            continue
        if "bengali" in scripts:
            fixed = number.translate(_TO_BENGALI)
        else:
            fixed = number.translate(_TO_ASCII)
        yield Hit(
            m.start(),
            m.end(),
            f"“{number}” সংখ্যায় দুই রকম অঙ্ক মেশানো; লিখুন “{fixed}”",
            (replace(m.start(), m.end(), fixed, SAFE),),
        )


# NUM002 -----------------------------------------------------------------------------
_LETTER_SCAN = 24  # how far to look for the nearest letter on each side


def _nearest_letter(text: str, start: int, step: int) -> str:
    """The nearest letter from `start` going `step` (-1 or +1), within the line."""
    i = start
    for _ in range(_LETTER_SCAN):
        if not 0 <= i < len(text) or text[i] in "\n\r":
            return ""
        ch = text[i]
        if ch.isalpha() or ch in C.LETTERS:
            return ch
        i += step
    return ""


def _kind(ch: str) -> str:
    if not ch:
        return ""
    if ch in C.WORD_CHARS:
        return "bengali"
    if "\u0900" <= ch <= "\u097f":
        return "devanagari"
    return "other"


def foreign_digits(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any(_FOREIGN_DIGITS):
        return
    for m in _FOREIGN_NUMBER.finditer(text):
        number = m.group()
        if any("\u09e6" <= ch <= "\u09ef" for ch in number):
            continue  # mixed scripts: NUM001
        start, end = m.start(), m.end()
        glued_before = text[start - 1] if start else ""
        glued_after = text[end] if end < len(text) else ""
        # COVID-19, A320, v2.0, x86_64: part of a Latin token
        if glued_before.isalpha() and glued_before not in C.WORD_CHARS:
            continue
        if glued_after.isalpha() and glued_after not in C.WORD_CHARS:
            continue
        if glued_before in "-_/#" and _kind(_nearest_letter(text, start - 1, -1)) == "other":
            continue
        if ctx.protected(start):
            continue
        left = _kind(_nearest_letter(text, start - 1, -1))
        right = _kind(_nearest_letter(text, end, +1))
        neighbours = {left, right} - {""}
        if "bengali" not in neighbours or "other" in neighbours or "devanagari" in neighbours:
            continue
        devanagari = number[0] in C.DEVANAGARI_DIGITS
        fixed = number.translate(_TO_BENGALI)
        name = "দেবনাগরী" if devanagari else "ইংরেজি"
        yield Hit(
            start,
            end,
            f"বাংলা লেখায় {name} অঙ্ক “{number}”; লিখুন “{fixed}”",
            (replace(start, end, fixed, SAFE if devanagari else UNSAFE),),
        )


# NUM003 -----------------------------------------------------------------------------
# Classifiers and ordinal suffixes that attach to a numeral (৩৫টি, ১০ম, ২০তম; not জন,
# which news writes apart): data/numeral_suffixes.txt.
_NUMERAL_SUFFIXES = alternation("numeral_suffixes")
# Bound plural morphemes that never stand alone as a word (গুলি does: a bullet):
# data/bound_plurals.txt.
_NOUN_SUFFIXES = alternation("bound_plurals")
# A classifier ends its word; টি followed by a hyphen and a letter begins a hyphenated
# name instead (টি-টোয়েন্টি, T20; টি-শার্ট), which joins nothing before it.
_END = rf"(?![{C.WORD_CHARS}])(?![-\u2010\u2011\u2013][^\W\d_])"
# Found from the digit or the space (fast to scan for), the host checked afterwards.
_DETACHED_AFTER_NUMERAL = re.compile(rf"[{_DIGIT}]([ \t]+)(?:{_NUMERAL_SUFFIXES}){_END}")
_DETACHED_AFTER_NOUN = re.compile(rf"[ \t](?:{_NOUN_SUFFIXES}){_END}")
# টি and টা after a noun (বই টি, গান টা; not টিকে, also a verb: টিকে থাকা, to survive):
# data/noun_classifiers.txt.
_CLASSIFIERS = alternation("noun_classifiers")
_DETACHED_CLASSIFIER = re.compile(rf"[ \t](?:{_CLASSIFIERS}){_END}")
_WORD_BEFORE = re.compile(rf"[{C.WORD_CHARS}]+$")
_WORD_AFTER = re.compile(rf"[ \t]+([{C.WORD_CHARS}]+)")


def _classifier_is_a_word(text: str, space: int, end: int) -> bool:
    """Whether টি/টা here is the letter T or tea rather than a classifier: next to a
    Latin letter name (এ টি এম) or in an English loan (গ্রিন টি, টি শার্ট)."""
    before = _WORD_BEFORE.search(text, max(0, space - 24), space)
    after = _WORD_AFTER.match(text, end)
    neighbours = {before.group() if before else "", after.group(1) if after else ""}
    return bool(neighbours & (word_list("letter_names") | word_list("ti_as_english")))


def _matches_after_blank(
    text: str, ctx: Document, pattern: re.Pattern[str], firsts: tuple[str, ...]
) -> list[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that matches a blank then one of the
    strings `firsts`, run only when str.find (in C) sees one since blanks are
    everywhere; in a long text, tried only where it sees them."""
    after_blank = [blank + first for blank in (" \t" if ctx.has_any("\t") else " ") for first in firsts]
    if not ctx.long:
        return list(pattern.finditer(text)) if any(x in text for x in after_blank) else []
    return list(matches_at(pattern, text, literal_places(text, after_blank)))


def _after_numerals(text: str, ctx: Document) -> list[re.Match[str]]:
    """`_DETACHED_AFTER_NUMERAL.finditer(text)`; in a long text tried only where a digit
    is followed by a blank (found on the code points at once)."""
    if not ctx.long:
        return list(_DETACHED_AFTER_NUMERAL.finditer(text))
    import numpy as np

    codes = ctx.codes
    after_digit = np.flatnonzero(C.table(_DIGIT_CHARS)[codes[:-1]] & C.table(" \t")[codes[1:]]).tolist()
    return list(matches_at(_DETACHED_AFTER_NUMERAL, text, after_digit))


def detached_classifier(text: str, ctx: Document) -> Iterator[Hit]:
    for m in _after_numerals(text, ctx):
        suffix = m.group()[1 + len(m.group(1)) :]
        start = m.start()
        while start > 0 and text[start - 1] in _DIGIT_CHARS:
            start -= 1  # report the whole numeral with its suffix
        yield Hit(
            start,
            m.end(),
            f"“{suffix}” সংখ্যার সঙ্গে সেঁটে বসে",
            (replace(m.start(1), m.end(1), "", SAFE),),
        )
    nouns = _matches_after_blank(text, ctx, _DETACHED_AFTER_NOUN, ("গুলো", "দের", "বৃন্দ"))
    for m in _matches_after_blank(text, ctx, _DETACHED_CLASSIFIER, ("টি", "টা")):
        if not _classifier_is_a_word(text, m.start(), m.end()):
            nouns.append(m)
    for m in sorted(nouns, key=lambda m: m.start()):
        start = m.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if not start or text[start - 1] not in C.LETTERS:
            continue
        suffix = m.group()[1:]
        host = _WORD_BEFORE.search(text, max(0, start - 24), start)
        yield Hit(
            host.start() if host else start,
            m.end(),
            f"“{suffix}” আগের শব্দের সঙ্গে সেঁটে বসে",
            (replace(start, m.start() + 1, "", UNSAFE),),
        )


RULES = [
    Rule(
        "NUM001",
        "mixed-digit-scripts",
        "One number written with digits from two scripts",
        """২০24 mixes Bengali and ASCII digits, usually from editing a number in place.
        The number is rewritten in Bengali digits when it has any, else in ASCII.""",
        mixed_digit_scripts,
        bad=(Example("«২০24» সালে", "২০২৪ সালে"),),
        good=("২০২৪ সালে, in 2024.",),
        fix_safety="Safe: the value is unchanged.",
        sources=("bengali-errors reference U22",),
    ),
    Rule(
        "NUM002",
        "foreign-digits",
        "ASCII or Devanagari digits in Bengali running text",
        """Bengali news writes numbers in Bengali digits. A number whose nearest words on
        the line are Bengali is flagged; numbers in URLs, e-mail, code, and next to Latin
        words (COVID-19, iPhone 15) are not.""",
        foreign_digits,
        bad=(
            Example("গত «2024» সালে", "গত ২০২৪ সালে"),
            Example("মোট «१५» জন", "মোট ১৫ জন"),
        ),
        good=("গত ২০২৪ সালে COVID-19 মহামারি; iPhone 15 বাজারে; দেখুন https://example.com/2024 ও `x = 15`।",),
        fix_safety="Devanagari digits -> Bengali is safe; ASCII -> Bengali is unsafe (a house style may keep ASCII).",
        sources=("bengali-errors reference U22",),
    ),
    Rule(
        "NUM003",
        "detached-classifier",
        "A classifier or suffix written apart from its numeral or noun (৩৫ টি, ১০ ম, দেশ গুলো)",
        """Classifiers (টি, টা, খানা), ordinal suffixes (ম, তম, য়, র্থ) and plural morphemes
        (গুলো, দের, বৃন্দ) attach to their host. টি and টা after a noun are joined unless
        they stand next to a Latin letter name (এ টি এম) or in an English loan where টি is
        tea or T (গ্রিন টি, টি শার্ট); টিকে is a verb (টিকে থাকা) and গুলি a bullet, so
        neither is touched. টি before a hyphen and a letter begins a hyphenated name
        (টি-টোয়েন্টি, T20; টি-শার্ট) and is joined to nothing, after a word or a numeral. জন after a numeral is left to house style.""",
        detached_classifier,
        bad=(
            Example("মোট «১২ টি» বই", "মোট ১২টি বই"),
            Example("«১০ ম» শ্রেণি", "১০ম শ্রেণি"),
            Example("«দেশ গুলো» এগিয়েছে", "দেশগুলো এগিয়েছে"),
            Example("«বই টি» পড়েছি", "বইটি পড়েছি"),
            Example("«১০ টি»-১২টি বই", "১০টি-১২টি বই"),
        ),
        good=(
            "মোট ১২টি বই, ৫০ জন; ১০ম শ্রেণি; দেশগুলো; গুলি ছোড়ে।",
            "গ্রিন টি, টি শার্ট, এ টি এম বুথ, এইচ টি ইমাম, ক্ষমতায় টিকে থাকা।",
            "দল টি-টোয়েন্টি খেলবে; ৩ টি-টোয়েন্টি ম্যাচ; লাল টি-শার্ট।",
        ),
        fix_safety="Joining a numeral's classifier is safe; joining after a noun is unsafe.",
        sources=(
            "bengaligrammar.com (পদাশ্রিত নির্দেশক টি: ছয়টি)",
            "hedaet.com rule 19 (গ্রামগুলি, গ্রামগুলো)",
            "sites.google.com/view/bangalabe পর্ব-৮ (১০ম, ২০তম)",
        ),
    ),
]
