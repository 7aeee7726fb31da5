"""NORM: Unicode problems, each with what NFC does and does not fix.

banan's canonical form is NFC. NFC decomposes the nukta letters ড় ঢ় য় (they are
composition exclusions) and composes ো ৌ from their halves; it fixes nothing else
below. Every rule leaves valid text alone: a ZWNJ after a virama (explicit hasanta),
র‍্য (ra + ZWJ + virama + ya), emoji joiner sequences, typographic punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

import numpy as np
import regex

from .. import chars
from ..data import word_list
from ..diagnostics import Applicability, Fix
from ..spelling import speller
from .base import Example, Hit, Rule, find_all, replace
from .document import Document
from .substitution import describe
from .verdicts import verdicts

SAFE, UNSAFE, DISPLAY = Applicability.SAFE, Applicability.UNSAFE, Applicability.DISPLAY_ONLY
C = chars
SIGN = C.VOWEL_SIGN_RE

_NUKTA_LETTERS = {"\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc", "\u09df": "\u09af\u09bc"}


def _hit(m: re.Match[str] | regex.Match[str], message: str, *fixes: tuple[str, Applicability]) -> Hit:
    return Hit(m.start(), m.end(), message, tuple(replace(m.start(), m.end(), r, a) for r, a in fixes))


_CONSONANT_SET = frozenset(C.CONSONANTS)
_WORD_CHAR_SET = frozenset(C.WORD_CHARS)
_INVISIBLE = frozenset(C.INVISIBLE_OR_JOINER)
_DROP_INVISIBLE = str.maketrans("", "", C.INVISIBLE_OR_JOINER)


def _visual_order_fix(text: str, sign: int) -> tuple[int, str] | None:
    """A pre-base sign (ি ে ৈ) typed before its consonant, as converters and PDF
    extraction leave it (দিেয় for দিয়ে, কেউ িক for কেউ কি): the end of the stretch to
    rewrite and its rewritten text, with the sign moved after the cluster that follows.
    Invisible characters a converter left between the sign and its consonant (ি + ZWSP
    + স) are looked through and dropped."""
    if text[sign] not in C.PRE_BASE_SIGNS:
        return None
    start = sign + 1
    while start < len(text) and text[start] in _INVISIBLE:
        start += 1
    end = C.cluster_end(text, start)
    if end == start:
        return None
    return end, text[start:end] + text[sign]


def _is_word(word: str, ctx: Document) -> bool:
    """Whether `word` is a word as written: a known word of the lexicon or the user's,
    or a regular form of one. A reading as two words written solid or as a name with a
    case ending does not count: almost any damaged string reads as one (হস্পতিবার)."""
    if not word:
        return False
    if word in ctx.words:
        return True
    sp = speller()
    return sp.is_known(word) and (sp.in_lexicon(word) or sp.is_regular_form(word))


_LONGEST_WORD = 64


def _word_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The start of the word that reaches `start` and the end of the word that reaches
    `end`; None if either is longer than any word (the scan stays bounded)."""
    left = start
    while left > 0 and text[left - 1] in _WORD_CHAR_SET:
        left -= 1
        if start - left > _LONGEST_WORD:
            return None
    right = end
    while right < len(text) and text[right] in _WORD_CHAR_SET:
        right += 1
        if right - end > _LONGEST_WORD:
            return None
    return left, right


def _leaves_words(text: str, start: int, end: int, replacement: str, ctx: Document) -> bool:
    """Whether replacing text[start:end] leaves known words where the edit touches: the
    stretch from the start of the word before the edit to the end of the word after it.
    An edit that leaves no letters at all (a lone mark deleted) leaves no word to be wrong."""
    around = _word_around(text, start, end)
    if around is None:
        return False
    left, right = around
    pieces = (text[left:start] + replacement + text[end:right]).translate(_DROP_INVISIBLE).split()
    if not pieces:
        return not replacement.strip()
    return all(_is_word(piece, ctx) for piece in pieces)


def _repairs(text: str, ctx: Document, *candidates: tuple[int, int, str]) -> tuple[Fix, ...]:
    """Fixes for encoding damage whose repair is a guess (which letter a sign belongs
    to, whether a mark is noise): a candidate that leaves known words is unsafe, one
    that does not only a display suggestion, offered after them. A repair must produce
    the word the damage came from, or not be applied."""
    checked = [(s, e, r, _leaves_words(text, s, e, r, ctx)) for s, e, r in candidates]
    return tuple(replace(s, e, r, UNSAFE if ok else DISPLAY) for s, e, r, ok in sorted(checked, key=lambda c: not c[3]))


# NORM001 ---------------------------------------------------------------------------
_PRECOMPOSED = re.compile(r"[\u09dc\u09dd\u09df]")


def nukta_precomposed(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any("\u09dc\u09dd\u09df"):
        return
    for m in _PRECOMPOSED.finditer(text):
        if m.start() and text[m.start() - 1] == C.VIRAMA:
            continue  # a ya-phala with nukta: NORM010
        yield _hit(
            m,
            f"“{m.group()}” এক কোড পয়েন্টে ({describe(m.group())}); প্রমিত ইউনিকোডে (NFC) বর্ণ + নুকতা",
            (_NUKTA_LETTERS[m.group()], SAFE),
        )


# NORM002 ---------------------------------------------------------------------------
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


# NORM003 ---------------------------------------------------------------------------
_AU_LENGTH_HOSTS = frozenset(map(chr, range(0x0995, 0x09BA))) | {"\u09bc"}  # a lone ৗ after these


def vowel_sign_in_parts(text: str, ctx: Document) -> Iterator[Hit]:
    parts = "\u09c7\u09be" in text
    if not parts and not ctx.has_any("\u09d7"):
        return
    # ে is everywhere: a regex starting with it stops at each one, so the (rare) pieces
    # are found with str.find instead.
    found: list[tuple[int, int, str]] = []
    if parts:
        i = text.find("\u09c7\u09be")
        while i >= 0:
            found.append((i, i + 2, "o"))
            i = text.find("\u09c7\u09be", i + 2)
    i = text.find("\u09d7")
    while i >= 0:
        if i and text[i - 1] == "\u09c7":
            found.append((i - 1, i + 1, "ou"))
        elif i and text[i - 1] in _AU_LENGTH_HOSTS:
            found.append((i, i + 1, "lone"))
        i = text.find("\u09d7", i + 1)
    for start, end, kind in sorted(found):
        if kind == "o":
            message, fix = "“ো”-কার দুই টুকরোয় (ে + া) লেখা; এক চিহ্নে “ো”", ("\u09cb", SAFE)
        elif kind == "ou":
            message, fix = "“ৌ”-কার দুই টুকরোয় (ে + ৗ) লেখা; এক চিহ্নে “ৌ”", ("\u09cc", SAFE)
        else:
            message, fix = "“ৗ” (ঔ-কারের ডান অংশ) একা বসেছে; সম্ভবত “ৌ”", ("\u09cc", UNSAFE)
        yield Hit(start, end, message, (replace(start, end, fix[0], fix[1]),))


# NORM004 ---------------------------------------------------------------------------
_SPLIT_BY_CANDRABINDU = re.compile("\u09c7\u0981([\u09be\u09d7])")


def vowel_sign_split_by_candrabindu(text: str, ctx: Document) -> Iterator[Hit]:
    if "\u09c7\u0981" not in text:
        return
    for m in _SPLIT_BY_CANDRABINDU.finditer(text):
        whole = "\u09cb" if m.group(1) == "\u09be" else "\u09cc"
        yield _hit(
            m, f"চন্দ্রবিন্দু “{whole}”-কারের দুই অংশের মাঝে পড়েছে; লিখুন “{whole}ঁ”", (whole + "\u0981", SAFE)
        )


# NORM005 ---------------------------------------------------------------------------
_NASAL_BEFORE_SIGN = re.compile(rf"([\u0981\u0982\u0983])({SIGN})")


def nasal_before_vowel_sign(text: str, ctx: Document) -> Iterator[Hit]:
    for m in _NASAL_BEFORE_SIGN.finditer(text):
        nasal, sign = m.group(1), m.group(2)
        if (
            nasal == "\u0981"
            and sign in "\u09be\u09d7"
            and m.start() > 0
            and text[m.start() - 1] == "\u09c7"
        ):
            continue  # NORM004
        if nasal != "\u0981":
            moved = _visual_order_fix(text, m.start(2))
            if moved:  # সংিক্ষপ্ত: the sign belongs after the next consonant (সংক্ষিপ্ত)
                end, rewritten = moved
                yield Hit(
                    m.start(),
                    end,
                    f"“{sign}” বর্ণের আগে টাইপ করা; কার বসে বর্ণের পরে",
                    _repairs(text, ctx, (m.start(2), end, rewritten)),
                )
                continue
        applicability = SAFE if nasal == "\u0981" else UNSAFE
        yield _hit(
            m,
            f"“{nasal}” কারের আগে টাইপ করা; আগে কার, তারপর “{nasal}”",
            (sign + nasal, applicability),
        )


# NORM006 ---------------------------------------------------------------------------
# ত্ + ZWJ was khanda ta before Unicode 4.1. ত্ + a consonant outside ত থ ন ব ম য র is
# an old encoding too: those seven are the only conjuncts ত forms in Bengali.
_KHANDA_TA_ZWJ = re.compile("\u09a4\u09cd\u200d(?!\u09cd)")
_KHANDA_TA_CONJUNCT = re.compile(rf"\u09a4\u09cd(?=[{C.CONSONANTS.replace('ত', '').replace('থ', '').replace('ন', '').replace('ব', '').replace('ম', '').replace('য', '').replace('র', '').replace('য়', '')}])(?!য়)")
_KHANDA_TA_SIGN = re.compile(rf"\u09ce({SIGN})")


def khanda_ta_legacy(text: str, ctx: Document) -> Iterator[Hit]:
    if "\u09a4\u09cd" in text:
        for m in _KHANDA_TA_ZWJ.finditer(text):
            yield _hit(m, "খণ্ড-ত পুরোনো এনকোডিংয়ে (ত + ্ + ZWJ); আজকের ইউনিকোডে “ৎ”", ("\u09ce", SAFE))
        for m in _KHANDA_TA_CONJUNCT.finditer(text):
            nxt = text[m.end()] if m.end() < len(text) else ""
            yield _hit(m, f"“ত্{nxt}”: ত এই বর্ণের সঙ্গে যুক্তবর্ণ গড়ে না; খণ্ড-ত লিখুন “ৎ{nxt}”", ("\u09ce", SAFE))
    if "\u09ce" in text:
        for m in _KHANDA_TA_SIGN.finditer(text):
            yield _hit(
                m,
                f"“{m.group()}”: খণ্ড-ত (ৎ) কার নেয় না; বিভক্তির আগে ত হয় (জগৎ → জগতের)",
                ("\u09a4" + m.group(1), UNSAFE),
            )


# NORM007 ---------------------------------------------------------------------------
# A run of combining marks whose previous character is not part of a Bengali word.
# Found from the mark backwards (the scan then only stops at marks), or in a long text
# on its code points at once; then widened.
_ORPHAN_MARK = re.compile(rf"{C.COMBINING_RE}(?<=[^{C.WORD_CHARS}]{C.COMBINING_RE})|^{C.COMBINING_RE}")
_COMBINING = C.table(C.COMBINING)
_WORD_CHAR = C.table(C.WORD_CHARS)
_MARK_RUN = re.compile(rf"{C.COMBINING_RE}+")
_SPACES_BEFORE = re.compile(rf"(?<=[{C.LETTERS}])[ \t]+$")


def _orphan_marks(codes: np.ndarray) -> list[int]:
    """`_ORPHAN_MARK`'s matches on the code points: combining marks after no word letter."""
    orphan = _COMBINING[codes]
    orphan[1:] &= ~_WORD_CHAR[codes[:-1]]
    return np.flatnonzero(orphan).tolist()


def _carries(base: str, mark: str) -> bool:
    """Whether `base`, the last character of a word, can take `mark`: a vowel sign only
    after a consonant (with or without its nukta), ঁ ং ঃ also after a vowel or a sign."""
    if base in _CONSONANT_SET or base == C.NUKTA:
        return True
    return mark in C.NASALS and (base in C.INDEPENDENT_VOWELS or base in C.VOWEL_SIGNS)


def mark_without_base(text: str, ctx: Document) -> Iterator[Hit]:
    for at in ctx.starts(_ORPHAN_MARK, _orphan_marks):
        marks = _MARK_RUN.match(text, at).group()  # type: ignore[union-attr]
        end = at + len(marks)
        sp = _SPACES_BEFORE.search(text, max(0, at - 8), at)
        spaces = sp.group() if sp else ""
        moved = _visual_order_fix(text, at) if len(marks) == 1 else None
        if moved:  # কেউ িক: a pre-base sign typed before its consonant
            end, rewritten = moved
            message = f"“{marks}” বর্ণের আগে বসেছে; কার লেখা হয় বর্ণের পরে"
            yield Hit(at, end, message, _repairs(text, ctx, (at, end, rewritten)))
            continue
        candidates = []
        start = at
        if spaces and marks[0] not in (C.VIRAMA, C.NUKTA) and _carries(text[at - len(spaces) - 1], marks[0]):
            # কর া: the sign most likely belongs to the word before the space.
            start = at - len(spaces)
            candidates.append((start, end, marks))
        if marks[0] not in C.PRE_BASE_SIGNS:
            # A pre-base sign belongs to some letter after it (converter damage): deleting
            # it loses that letter's vowel, so only other marks may be noise.
            candidates.append((start, end, text[start:at]))
        yield Hit(start, end, f"“{marks}” চিহ্নের আগে কোনো বর্ণ নেই", _repairs(text, ctx, *candidates))


# NORM008 ---------------------------------------------------------------------------
# One scan for a mark right after a vowel sign or after itself (in a long text, on its
# code points at once); sorted out below.
_MARK_PAIR = re.compile(
    rf"[{C.VOWEL_SIGNS}\u0981\u0982\u0983\u09bc\u09cd]"
    rf"(?<=[{C.VOWEL_SIGNS}][{C.VOWEL_SIGNS}]|\u0981\u0981|\u0982\u0982|\u0983\u0983|\u09bc\u09bc|\u09cd\u09cd)"
)
_VOWEL_SIGN = C.table(C.VOWEL_SIGNS)
_DOUBLED = C.table(C.VOWEL_SIGNS + "\u0981\u0982\u0983\u09bc\u09cd")


def _mark_pairs(codes: np.ndarray) -> list[int]:
    """`_MARK_PAIR`'s matches on the code points: the second mark of each pair."""
    signs = _VOWEL_SIGN[codes]
    pair = signs[1:] & signs[:-1]
    pair |= (codes[1:] == codes[:-1]) & _DOUBLED[codes[1:]]
    return (np.flatnonzero(pair) + 1).tolist()


def doubled_mark(text: str, ctx: Document) -> Iterator[Hit]:
    last_end = -1
    for at in ctx.starts(_MARK_PAIR, _mark_pairs):
        start = at - 1
        if start < last_end:
            continue  # part of a run already reported
        first, second = text[start], text[at]
        if first == second:
            end = at + 1
            while end < len(text) and text[end] == first:
                end += 1
            last_end = end
            moved = _visual_order_fix(text, end - 1) if end - start == 2 else None
            if moved:  # রাজনীতিিবদ: the second ি belongs to the next consonant
                cluster_end, rewritten = moved
                last_end = cluster_end
                yield Hit(
                    start,
                    cluster_end,
                    f"“{first}” দুবার; দ্বিতীয়টি সম্ভবত পরের বর্ণের কার",
                    _repairs(text, ctx, (end - 1, cluster_end, rewritten), (start, end, first)),
                )
                continue
            yield Hit(start, end, f"“{first}” চিহ্ন একাধিকবার", (replace(start, end, first, SAFE),))
            continue
        if first == "\u09c7" and second in "\u09be\u09d7":
            continue  # a two-part vowel (NORM003)
        moved = _visual_order_fix(text, at)
        if moved:  # দিেয়: the second sign belongs to the next consonant (দিয়ে)
            end, rewritten = moved
            yield Hit(
                start,
                end,
                f"“{second}” পরের বর্ণের কার, তার আগে টাইপ করা; কার বসে বর্ণের পরে",
                (
                    *_repairs(text, ctx, (at, end, rewritten)),
                    replace(start, (at + 1), first, DISPLAY),
                    replace(start, (at + 1), second, DISPLAY),
                ),
            )
            continue
        yield Hit(
            start,
            (at + 1),
            f"একই বর্ণে দুটি কার “{first}” ও “{second}”; একটি রাখুন",
            (replace(start, (at + 1), first, DISPLAY), replace(start, (at + 1), second, DISPLAY)),
        )


# NORM009 ---------------------------------------------------------------------------
_SIGN_AFTER_VOWEL = re.compile(rf"([{C.INDEPENDENT_VOWELS}])({SIGN}+)")


def sign_after_independent_vowel(text: str, ctx: Document) -> Iterator[Hit]:
    for m in _SIGN_AFTER_VOWEL.finditer(text):
        if m.group() == "অা":
            yield _hit(m, "“অ” + “া” দেখতে “আ”-এর মতো; লিখুন “আ”", ("আ", SAFE))
        elif m.group() == "ওা":
            # ও then া is "wa" typed as said: the glide is written ওয়া (দেওয়া, তাইওয়ান).
            yield _hit(m, "“ওা”: স্বরবর্ণ “ও”-এর পরে কার বসে না; সম্ভবত “ওয়া”", ("ওয়া", UNSAFE), ("ও", DISPLAY))
        else:
            candidates = [(m.start(), m.end(), m.group(1))]
            moved = _visual_order_fix(text, m.start(2)) if len(m.group(2)) == 1 else None
            end = m.end()
            if moved:  # আিজ: a pre-base sign typed before its consonant (আজি)
                end, rewritten = moved
                candidates.insert(0, (m.start(2), end, rewritten))
            yield Hit(
                m.start(),
                end,
                f"“{m.group()}”: স্বরবর্ণ “{m.group(1)}”-এর পরে কার বসে না",
                _repairs(text, ctx, *candidates),
            )


# NORM010 ---------------------------------------------------------------------------
_YA_PHALA_NUKTA = re.compile("\u09cd(?:\u09df|\u09af\u09bc)")


def ya_phala_with_nukta(text: str, ctx: Document) -> Iterator[Hit]:
    if "\u09cd\u09df" not in text and "\u09cd\u09af\u09bc" not in text:
        return
    for m in _YA_PHALA_NUKTA.finditer(text):
        yield _hit(m, "য-ফলা লেখা হয় “য” দিয়ে, “য়” দিয়ে নয়", ("\u09cd\u09af", SAFE))


# NORM013 ---------------------------------------------------------------------------
_PIPE = regex.compile(rf"(?<=[{C.WORD_CHARS}][ \t]?)\|\|?(?=[\s\"'”’»)]|$)")


def pipe_as_danda(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any("|"):
        return
    for m in ctx.matches_at(_PIPE, "|"):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].lstrip().startswith("|"):
            continue  # a Markdown or ASCII table row
        to = "।" if m.group() == "|" else "॥"
        yield _hit(m, f"“{m.group()}” দাঁড়ি নয়; বাংলা বাক্য শেষ হয় “{to}” দিয়ে", (to, SAFE))


# NORM014 ---------------------------------------------------------------------------
_LABELS = "যথা|নিম্নরূপ|নিম্নোক্ত|নিম্নলিখিত|তারিখ|বিষয়|ঠিকানা|ফোন|মোবাইল|ইমেইল|ই-মেইল|সূত্র|উদাহরণ|দ্রষ্টব্য|প্রাপক|প্রেরক|স্থান|সময়|নাম"
_VISARGA_AS_COLON = regex.compile(
    rf"\u0983(?<=[{C.WORD_CHARS}]\u0983)(?=[ \t]*(?:[0-9\u09e6-\u09efA-Za-z]|[-—]))"
    rf"|\u0983(?<=(?:^|[\s“\"(])(?:{_LABELS})\u0983)(?![{C.WORD_CHARS}])"
)
_COLON_AS_VISARGA = re.compile(rf":(?<=[{C.WORD_CHARS}]:)(?=[{C.LETTERS}])")
_WORD_START = re.compile(rf"[{C.WORD_CHARS}]+$")


def colon_inside_word(text: str, pos: int) -> bool:
    """Whether the colon at `pos`, between two Bengali letters, follows a visarga
    prefix (দু:খ for দুঃখ) rather than ending a word (বলেন:আমরা)."""
    m = _WORD_START.search(text, max(0, pos - 12), pos)
    return m is not None and m.group() in word_list("visarga_prefixes")


def visarga_colon(text: str, ctx: Document) -> Iterator[Hit]:
    if "\u0983" in text:
        for m in _VISARGA_AS_COLON.finditer(text):
            yield _hit(m, "বিসর্গ (ঃ) কোলনের কাজে; কোলন হলো “:”", (":", UNSAFE))
    if ctx.has_any(":"):
        for c in ctx.matches_at(_COLON_AS_VISARGA, ":"):
            if colon_inside_word(text, c.start()) and not ctx.protected(c.start()):
                yield _hit(c, "শব্দের ভেতরে কোলন (:); বিসর্গ হলো “ঃ” (দুঃখ, দুঃসহ)", ("\u0983", UNSAFE))


# NORM016 ---------------------------------------------------------------------------
_UNUSUAL_SPACE = re.compile(f"[{C.SPACE_LIKE}]+")


def unusual_space(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any(C.SPACE_LIKE):
        return
    for m in ctx.matches_at(_UNUSUAL_SPACE, C.SPACE_LIKE):
        yield _hit(m, f"সাধারণ স্পেসের জায়গায় {describe(m.group()[0])}", (" ", UNSAFE))


# NORM017 ---------------------------------------------------------------------------
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
                yield Hit(
                    i + 1, j, f"জয়নার একাধিকবার ({describe(run[1:])})", (replace(i + 1, j, "", SAFE),)
                )
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


# NORM018 ---------------------------------------------------------------------------
_RA_ZWNJ_YA = re.compile("\u09b0\u200c\u09cd(?=\u09af)")


def ra_ya_phala_zwnj(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any("\u200c"):
        return
    for m in _RA_ZWNJ_YA.finditer(text):
        word_start = m.start() == 0 or text[m.start() - 1] not in C.WORD_CHARS
        if word_start:  # র‍্যাব, র‍্যালি: ra + ya-phala, only the joiner is wrong
            yield _hit(
                m,
                "র-এ য-ফলা (র\u200d্য) লেখা হয় র + ZWJ + ্ + য দিয়ে; এখানে ZWNJ, তাই খোঁজে মেলে না",
                ("\u09b0\u200d\u09cd", SAFE),
            )
        else:  # পর‌্যন্ত, নির‌্যাতন: converters write reph + ya this way
            yield _hit(
                m,
                "“র‌্য”: শব্দের ভেতরে এটি সাধারণত রেফ + য (র্য: পর্যন্ত, কার্য); র-এ য-ফলা হলে র + ZWJ + ্ + য",
                ("\u09b0\u09cd", UNSAFE),
                ("\u09b0\u200d\u09cd", UNSAFE),
            )


# NORM019 ---------------------------------------------------------------------------
# A virama kills the inherent vowel of a consonant; after a vowel or a sign it means nothing.
_VIRAMA_AFTER_VOWEL = re.compile(
    rf"\u09cd(?:(?<=[{C.VOWEL_SIGNS}\u0981\u0982\u0983\u09ce]\u09cd)|(?<=[{C.INDEPENDENT_VOWELS}]\u09cd)(?!\u09af))\u09cd*"
)


def virama_after_vowel(text: str, ctx: Document) -> Iterator[Hit]:
    for m in _VIRAMA_AFTER_VOWEL.finditer(text):
        nxt = text[m.end()] if m.end() < len(text) else ""
        if nxt not in _CONSONANT_SET:  # যা্ওয়ার: the virama does nothing at all
            yield _hit(m, "হসন্ত (্) কেবল ব্যঞ্জনবর্ণের পরে বসে; এখানে এর কোনো কাজ নেই", ("", SAFE))
            continue
        sign_at = m.start() - 1
        if nxt == "য" and text[sign_at] in C.VOWEL_SIGNS:
            # লক্ষে্য: the phala was typed after the vowel sign (লক্ষ্যে)
            end = m.end() + 1
            yield Hit(
                sign_at,
                end,
                f"“{text[sign_at]}” ফলার আগে টাইপ করা; আগে ফলা, তারপর কার",
                _repairs(text, ctx, (sign_at, end, "\u09cd" + nxt + text[sign_at]), (m.start(), m.end(), "")),
            )
            continue
        yield Hit(
            m.start(),
            m.end(),
            "হসন্ত (্) কেবল ব্যঞ্জনবর্ণের পরে বসে; এখানে এর কোনো কাজ নেই",
            _repairs(text, ctx, (m.start(), m.end(), "")),
        )


# NORM022 ---------------------------------------------------------------------------
# A virama joins a consonant to the next consonant; before a vowel letter, a vowel sign
# or ঁ ং ঃ it joins nothing (নেট্ওয়ার্ক). After ZWNJ (ক্‌) the hasanta is shown on
# purpose and the pattern does not match; after a vowel it is NORM019's.
_VIRAMA_BEFORE_VOWEL = re.compile(
    rf"\u09cd(?<=[{C.CONSONANTS}\u09bc]\u09cd)(?=[{C.INDEPENDENT_VOWELS}{C.VOWEL_SIGNS}{C.NASALS}])"
)


# The vowel sign of each vowel letter (অ's is the consonant's own vowel): phonetic
# typing leaves খাব্আর where খাবার (food) was meant, the letter for the sign.
_SIGN_OF_VOWEL = dict(zip("অআইঈউঊঋএঐওঔ", ["", *"\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c7\u09c8\u09cb\u09cc"]))


def virama_before_vowel(text: str, ctx: Document) -> Iterator[Hit]:
    if C.VIRAMA not in text:
        return
    for m in _VIRAMA_BEFORE_VOWEL.finditer(text):
        vowel = text[m.end()]
        candidates = [(m.start(), m.end(), "")]  # নেট্ওয়ার্ক -> নেটওয়ার্ক
        if vowel in _SIGN_OF_VOWEL:  # খাব্আর -> খাবার
            candidates.append((m.start(), m.end() + 1, _SIGN_OF_VOWEL[vowel]))
        fixes = _repairs(text, ctx, *candidates)
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
    around = _word_around(text, at, at)
    if around is None:
        return False
    return verdicts(ctx).reported_as_unknown(text[around[0] : around[1]])


# NORM020 ---------------------------------------------------------------------------
_CONTROL_CHARS = "".join(map(chr, [*range(9), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
_PRIVATE = re.compile(r"[\ue000-\uf8ff\ufffd]")
_PRIVATE_CHARS = frozenset(map(chr, [*range(0xE000, 0xF900), 0xFFFD]))


def _is_private(ch: str) -> bool:
    return "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd"


# A private-use character standing as a word of its own is a symbol-font glyph
# (Wingdings, Symbol) that lost its font: in news it is a bullet, at the start of a line
# (a list) or between a speaker's name and their words (প্রথম আলো ● কথা). Which glyph
# it was depends on the font (U+F06C is ● in Wingdings but λ in Symbol), so it is not
# mapped; it is replaced by what it stands for, and never deleted: deleting the
# separator runs the name into the quotation and changes who said what.
_SPEAKER = regex.compile(r"(?m)^[ \t]*(?:[^\s।॥?!,;:\ue000-\uf8ff]+[ \t]+){1,4}$")


_LINE_WINDOW = 120  # how far to look along the line: a speaker's name is short


def _private_use_fixes(text: str, at: int) -> tuple[int, tuple[Fix, ...]]:
    """Where the finding starts (the spaces before a separator) and its fixes."""
    if at and not text[at - 1].isspace() or at + 1 < len(text) and not text[at + 1].isspace():
        return at, ()  # inside or against a word: a lost letter or symbol, for a person to restore
    low = max(0, at - _LINE_WINDOW)
    newline = text.rfind("\n", low, at)
    line_start = newline + 1 if newline >= 0 else 0 if low == 0 else -1  # -1: further back
    high = min(len(text), at + 1 + _LINE_WINDOW)
    newline = text.find("\n", at + 1, high)
    if not text[at + 1 : newline if newline >= 0 else high].strip():
        return at, ()  # nothing follows on the line
    before = text[max(line_start, low) : at]
    if line_start >= 0 and not before.strip():  # a list bullet
        return at, (replace(at, at + 1, "•", UNSAFE),)
    start = at - (len(before) - len(before.rstrip()))
    if line_start >= 0 and _SPEAKER.match(before):  # প্রথম আলো ● কথা: the name, then what they said
        return start, (replace(start, at + 1, ":", UNSAFE), replace(at, at + 1, "—", DISPLAY))
    return start, (replace(at, at + 1, "—", DISPLAY), replace(start, at + 1, ":", DISPLAY))


def control_or_private(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any(_CONTROL_CHARS) and not any(map(_is_private, ctx.rare)):
        return
    for m in ctx.matches_at(_CONTROL, _CONTROL_CHARS):
        yield _hit(m, f"নিয়ন্ত্রণ-অক্ষর ({describe(m.group()[0])}); লেখায় এর কোনো কাজ নেই", ("", SAFE))
    for m in ctx.matches_at(_PRIVATE, _PRIVATE_CHARS):
        if m.group() == "\ufffd":
            yield _hit(m, "“\ufffd” (U+FFFD): এখানে কোনো অক্ষর এনকোডিংয়ের ভুলে হারিয়ে গেছে")
        else:
            start, fixes = _private_use_fixes(text, m.start())
            yield Hit(
                start,
                m.end(),
                f"প্রাইভেট-ইউজ অক্ষর ({describe(m.group())}): বিশেষ ফন্টের চিহ্ন (বুলেট বা বক্তার নামের পরের বিভাজক?), "
                "ফন্ট ছাড়া অর্থহীন; যা বোঝায় তা লিখুন",
                fixes,
            )


# NORM021 ---------------------------------------------------------------------------
_KNOWN_NFC_FIXES = str.maketrans({**_NUKTA_LETTERS})


def _explained(cluster: str) -> bool:
    """Whether NORM001 and NORM003 already cover what NFC changes in `cluster`."""
    fixed = cluster.translate(_KNOWN_NFC_FIXES).replace("\u09c7\u09be", "\u09cb").replace("\u09c7\u09d7", "\u09cc")
    return fixed == unicodedata.normalize("NFC", cluster)


_CLUSTER = regex.compile(r"\X")
# Characters with canonical combining class 0 that NFC may still compose with what
# precedes them ("Maybe" in the NFC quick check), in the scripts a Bengali text meets.
_COMPOSING = set("\u09be\u09d7\u0b3e\u0b56\u0b57\u0bbe\u0bd7\u0c56\u0cc2\u0cd5\u0cd6\u0d3e\u0d57\u0dcf\u0ddf\u102e")


def _may_change_under_nfc(ch: str) -> bool:
    return bool(
        unicodedata.combining(ch)
        or unicodedata.decomposition(ch)
        or ch in _COMPOSING
        or "\u1100" <= ch <= "\u11ff"
        or "\u3099" <= ch <= "\u309a"
    )


def non_canonical(text: str, ctx: Document) -> Iterator[Hit]:
    # Plain Bengali letters and signs are in NFC by themselves except the cases NORM001
    # and NORM003 own, and a nukta after a virama; anything else shows in the rare set.
    suspects = {ch for ch in ctx.rare if _may_change_under_nfc(ch)}
    if not suspects and "\u09cd\u09bc" not in text:
        return
    # Only the lines holding a suspect (found with str.find, placed by bisection).
    lines = text.splitlines(keepends=True)
    starts = [0, *accumulate(map(len, lines))]
    places = ctx.places(suspects) + list(find_all(text, "\u09cd\u09bc"))
    for i in sorted({bisect_right(starts, at) - 1 for at in places}):
        line, start = lines[i], starts[i]
        if not unicodedata.is_normalized("NFC", line):
            for m in _CLUSTER.finditer(line):
                cluster = m.group()
                if not unicodedata.is_normalized("NFC", cluster) and not _explained(cluster):
                    nfc = unicodedata.normalize("NFC", cluster)
                    yield Hit(
                        start + m.start(),
                        start + m.end(),
                        f"“{cluster}” প্রমিত ইউনিকোড রূপে (NFC) নেই",
                        (replace(start + m.start(), start + m.end(), nfc, SAFE),),
                    )


# The damage above as one test for a single word: a suggestion taken from a web list must
# not be a form these rules repair (চিকিত্সক, বিরু্দ্ধে, অায়).
_DAMAGE = (
    _PRECOMPOSED, _ODD_NUKTA, _NASAL_BEFORE_SIGN, _KHANDA_TA_ZWJ, _KHANDA_TA_CONJUNCT, _KHANDA_TA_SIGN,
    _MARK_PAIR, _SIGN_AFTER_VOWEL, _YA_PHALA_NUKTA, _VIRAMA_AFTER_VOWEL, _VIRAMA_BEFORE_VOWEL,
)


def damaged(word: str) -> bool:
    """Whether the word holds an encoding error that a NORM rule reports."""
    return any(p.search(word) for p in _DAMAGE)


RULES = [
    Rule(
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
    ),
    Rule(
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
    ),
    Rule(
        "NORM003",
        "vowel-sign-in-parts",
        "ো or ৌ typed as two signs (ে + া, ে + ৗ)",
        """ো (U+09CB) and ৌ (U+09CC) have canonical decompositions into ে + া and ে + ৗ. The
        two-part spelling renders the same in most fonts but breaks search and counting.
        NFC composes it. A lone ৗ (the right half of ৌ) after a consonant is almost
        always a broken ৌ.""",
        vowel_sign_in_parts,
        bad=(
            Example("আ«র\u09c7\u09be»", "আরো"),
            Example("«প\u09c7\u09d7ঁ»ছে", "পৌঁছে"),
        ),
        good=("আরো পৌঁছে গেছে।",),
        fix_safety="Safe for ে + া and ে + ৗ (canonically equivalent); unsafe for a lone ৗ.",
        sources=("Unicode canonical decompositions of U+09CB and U+09CC", "bnUnicodeNormalizer README"),
    ),
    Rule(
        "NORM004",
        "vowel-sign-split-by-candrabindu",
        "A candrabindu typed between the two halves of ো or ৌ",
        """পেঁৗছে (ে + ঁ + ৗ) looks like পৌঁছে, but the candrabindu sits between the halves of
        the vowel sign. NFC does not fix it: ঁ has combining class 0 and blocks
        composition. Some public normalizers even drop the ৗ and produce a wrong word.""",
        vowel_sign_split_by_candrabindu,
        bad=(Example("«প\u09c7\u0981\u09d7»ছে", "পৌঁছে"),),
        good=("পৌঁছে গেছে, খোঁজ নিয়েছে।",),
        fix_safety="Safe: the intended syllable is unambiguous.",
        sources=("csebuetnlp/normalizer const.py (ে ঁ ৗ -> ৌঁ)",),
    ),
    Rule(
        "NORM005",
        "nasal-before-vowel-sign",
        "Candrabindu, anusvara or visarga typed before the vowel sign",
        """A Bengali syllable is written consonant, vowel sign, then ঁ/ং/ঃ. পঁাচ (ঁ before া)
        looks like পাঁচ in some fonts but is a different string, and NFC leaves it.""",
        nasal_before_vowel_sign,
        bad=(
            Example("«প\u0981\u09be»চ", "পাঁচ"),
            Example("«স\u0982\u09be»স", "সাংস"),
            Example("«সং\u09bfক্ষ»প্ত", "সংক্ষিপ্ত"),
        ),
        good=("পাঁচ, বাংলা, সাংসদ।",),
        fix_safety=(
            "Moving a candrabindu after the sign is safe; moving ং or ঃ is unsafe; moving a pre-base sign "
            "past ং or ঃ to its consonant is unsafe where it makes a known word, else only a suggestion."
        ),
        sources=("r12a, Bengali orthography notes: a vowel sign may be followed by a nasalisation mark",),
    ),
    Rule(
        "NORM006",
        "khanda-ta-legacy",
        "Khanda ta in an old encoding (ত্ + ZWJ, or ত্ + a consonant it never joins), or ৎ with a vowel sign",
        """Before Unicode 4.1 khanda ta was written ত + ্ + ZWJ; since then it is ৎ (U+09CE),
        and no normalization form converts the old spelling. ত forms conjuncts only with
        ত থ ন ব ম য র (উত্তর, পত্নী, আত্মা, সত্য, পত্র), so ত্ + another consonant (উত্স,
        উত্পাত) is the old encoding of ৎ. ৎ itself takes no vowel sign: before a vowel it
        becomes ত (জগতের).""",
        khanda_ta_legacy,
        bad=(
            Example("উ«ত\u09cd\u200dস»", "উৎস"),
            Example("উ«ত\u09cdপা»দন", "উৎপাদন"),
            Example("জগ«\u09ce\u09c7»র", "জগতের"),
        ),
        good=("উৎস, উৎপাদন, উত্তর, পত্নী, আত্মা, সত্য, পত্র, জগতের।",),
        fix_safety="Converting the old encodings is safe; ৎ + sign -> ত + sign is unsafe.",
        sources=(
            "The Unicode Standard, ch. 12 Bengali: Khanda Ta",
            "bnUnicodeNormalizer ToAndHosontoNormalize (allow-list ত থ ন ব ম য র)",
        ),
    ),
    Rule(
        "NORM007",
        "mark-without-base",
        "A vowel sign, candrabindu, anusvara, visarga, nukta or virama with no letter before it",
        """Combining marks cannot start a syllable; at the start of a word, after a space,
        a digit or punctuation they render on a dotted circle. Often a space slipped into
        the word (কর া for করা); then joining is offered first, where the letter before
        can carry the mark (a vowel sign goes on a consonant, never on a vowel letter:
        এই াটোবাকো is not এইটোবাকো). A pre-base sign (ি ে ৈ) typed before its consonant,
        even with invisible characters in between (ি + ZWSP + স), is moved after it
        (িক -> কি). Such a sign is never deleted, since it belongs to some letter, and a
        repair that does not leave a known word is only a suggestion.""",
        mark_without_base,
        bad=(
            Example("«\u09be»টোবাকো", "টোবাকো"),
            Example("কর« \u09be» হয়েছে", "করা হয়েছে"),
            Example("তুমি« \u09bfক» বলবে", "তুমি কি বলবে"),
            Example("এই« \u09be»টোবাকো", "এই টোবাকো"),
            Example("শহরের \u200b«\u09bf\u200bস»টি", "শহরের \u200bসিটি"),
            Example("«\u09bf» আছে"),
        ),
        good=("করা হয়েছে। ১০টি বই।",),
        fix_safety=(
            "Unsafe, and only where the result is a known word (joining, moving a pre-base sign, deleting "
            "a stray mark); otherwise a suggestion or nothing. A pre-base sign is never deleted."
        ),
        sources=("bnUnicodeNormalizer README (invalid starts)",),
    ),
    Rule(
        "NORM008",
        "doubled-mark",
        "The same mark typed twice, or two vowel signs on one letter",
        """যুুদ্ধ (ু twice), প্রকৃৃতির, ক্্ষ: a doubled mark renders on a dotted circle.
        Two different vowel signs on one letter (কিা) need a reader to choose, unless the
        second is a pre-base sign (ি ে ৈ) before a consonant: then it was typed before
        its consonant (দিেয় for দিয়ে) and is moved after it, where that makes a known word.""",
        doubled_mark,
        bad=(
            Example("«য\u09c1\u09c1»দ্ধ", "যুদ্ধ"),
            Example("«ক\u09bf\u09be»", "কি"),
            Example("«দি\u09c7য়»", "দিয়ে"),
            Example("রাজনী«তি\u09bfব»দ", "রাজনীতিবিদ"),
            Example("কো«ম্পা\u09bfন»", "কোম্পানি"),
        ),
        good=("যুদ্ধ, প্রকৃতি, ক্ষমা।",),
        fix_safety=(
            "Removing an exact repeat is safe; moving a pre-base sign to its consonant is unsafe and offered "
            "only where the result is a known word; choosing between two different signs is only a suggestion."
        ),
        sources=("bnUnicodeNormalizer README, Unwanted doubles",),
    ),
    Rule(
        "NORM009",
        "sign-after-independent-vowel",
        "A vowel sign after an independent vowel (অ + া for আ)",
        """Independent vowels carry no vowel sign. অ + া is a common look-alike for আ; ও +
        া is "wa" typed as said, written ওয়া (চাওা -> চাওয়া); a pre-base sign (ি ে ৈ)
        was typed before the consonant that follows (আিম for আমি) and is moved after it;
        other combinations (উু) are typing slips.""",
        sign_after_independent_vowel,
        bad=(
            Example("«অ\u09be»মরা", "আমরা"),
            Example("«উ\u09c1»লু", "উলু"),
            Example("চা«ও\u09be»", "চাওয়া"),
            Example("«আ\u09bfম» যাব", "আমি যাব"),
        ),
        good=("আমরা, উলু, অ্যাসিড।",),
        fix_safety=(
            "অ + া -> আ is safe; ও + া -> ওয়া is unsafe; moving or removing another sign is unsafe where the "
            "result is a known word, else only a suggestion."
        ),
        sources=("bnUnicodeNormalizer BrokenDiacritics", "csebuetnlp/normalizer (অ + া -> আ)"),
    ),
    Rule(
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
    ),
    Rule(
        "NORM013",
        "pipe-as-danda",
        "An ASCII vertical bar | ending a Bengali sentence",
        """Writers without a danda key type |. banan flags it only where it ends a Bengali
        sentence (after a Bengali word, before a space or the end of the line) and leaves
        tables, URLs and code alone. || becomes ॥.""",
        pipe_as_danda,
        bad=(Example("সে বাড়ি যায়«|» তারপর ঘুমায়।", "সে বাড়ি যায়। তারপর ঘুমায়।"),),
        good=("| নাম | বয়স |\n|---|---|", "a|b এবং x | y"),
        fix_safety="Safe in the positions it fires in.",
        sources=("indic_nlp_library BengaliNormalizer replaces every | (too broad)",),
    ),
    Rule(
        "NORM014",
        "visarga-colon",
        "Visarga ঃ used as a colon, or a colon : used as a visarga inside a word",
        """Visarga is a letter (দুঃখ); the colon is punctuation (যথা:). Typists swap them
        because they look alike: যথাঃ, তারিখঃ ১২ মে, দু:খ. banan flags ঃ before a number,
        Latin text or a dash, and after common labels (যথা, বিষয়, তারিখ…); and : inside a
        word after a visarga prefix (দু, নি, অন্ত, পুন…; data/visarga_prefixes.txt). A colon
        after any other word (বলেন:আমরা) only lacks its space (SPACE003). It never turns a colon into a visarga elsewhere, the
        mistake a popular normalizer makes on every colon after a Bengali word.""",
        visarga_colon,
        bad=(
            Example("তারি«খ\u0983» ১২ মে", "তারিখ: ১২ মে"),
            Example("দু«:»খ পেয়েছি", "দুঃখ পেয়েছি"),
        ),
        good=("দুঃখ পেয়েছি। তিনি বলেন: আমরা যাব। সময় ১০:৩০। বিষয়:প্রস্তাব",),
        fix_safety="Unsafe: an old spelling such as ক্রমশঃ is a visarga, not a colon.",
        sources=("shiksharalo.net (যথাঃ is wrong, যথা: is right)", "indic_nlp_library BengaliNormalizer (: -> ঃ)"),
    ),
    Rule(
        "NORM016",
        "unusual-space",
        "A no-break space or another special space character instead of a plain space",
        """No-break and fixed-width spaces come from word processors and web pages. Some
        tools treat them as letters and merge the words around them. A typesetter may
        want a no-break space between a number and its unit: ignore this rule then.""",
        unusual_space,
        bad=(Example("ঢাকা«\u00a0»শহর", "ঢাকা শহর"),),
        good=("ঢাকা শহর।",),
        fix_safety="Unsafe: a no-break space may be deliberate typography.",
        sources=("csebuetnlp/normalizer and indic_nlp_library (NBSP -> space)",),
    ),
    Rule(
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
    ),
    Rule(
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
    ),
    Rule(
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
    ),
    Rule(
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
    ),
    Rule(
        "NORM020",
        "control-or-private-use",
        "A control character, a private-use character, or the replacement character U+FFFD",
        """Control characters (other than tab and line breaks) and private-use characters
        (font symbols such as Wingdings bullets) are damage from copying out of word
        processors or PDFs. Which glyph a private-use character was depends on the lost
        font (U+F06C is ● in Wingdings, λ in Symbol), so banan replaces it by what it
        stands for and never deletes it: a bullet opening a line, or the separator
        between a speaker's name and their words (রহিম ● কথা), whose loss would run the
        name into the quotation. U+FFFD marks a character lost in a failed decoding:
        banan cannot know what it was.""",
        control_or_private,
        bad=(
            Example("তীক্ষ«\x9d» নজর", "তীক্ষ নজর"),
            Example("«\uf06c» তিনি বলেন", "• তিনি বলেন"),
            Example("রহিম« \uf06c» আমরা কাল যাব।", "রহিম: আমরা কাল যাব।"),
            Example("সে«\uf0be»টা"),
        ),
        good=("তিনি বলেন।\tশেষ।",),
        fix_safety=(
            "Deleting a control character is safe. A private-use symbol is never deleted: standing alone it "
            "is a bullet (unsafe: •) or, after a name at the start of a line, a speaker separator (unsafe: "
            "a colon after the name); next to letters it is left to a person."
        ),
        sources=("Unicode General_Category Cc and Co",),
    ),
    Rule(
        "NORM021",
        "not-nfc",
        "Text not in Unicode NFC, where no more specific NORM rule applies",
        """banan's canonical form is NFC. The specific rules above explain the Bengali
        cases; this one catches the rest, such as a nukta typed after a virama or Latin
        letters with separate accents.""",
        non_canonical,
        bad=(Example("«e\u0301»cole", "\u00e9cole"), Example("«য\u09cd\u09bc»", "য\u09bc\u09cd")),
        good=("\u00e9cole, ক্ষমা, ঢাকায়।",),
        fix_safety="Safe: NFC is canonically equivalent.",
        sources=("Unicode Standard Annex #15, Normalization Forms",),
    ),
]
