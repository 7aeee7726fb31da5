"""Bijoy (SutonnyMJ and the other "MJ" ANSI fonts) → Unicode.

Bijoy text is Windows-1252 bytes that a font draws as Bengali; the code table is data
(`data/bijoy.toml`). Converting is more than a table lookup, because Bijoy stores glyphs
in visual order:

- ি ে ৈ are typed before the consonant cluster they follow in Unicode (‡K = কে), and
  ো ৌ are typed as ‡ + cluster + v / Š (‡Kv = কো);
- the reph is typed after the cluster it stands on, and often after its vowel signs
  too (Kg©x and Kgx© are both কর্মী);
- a half form and a subjoined form may both carry the hasanta (š + — = ন্ত).

`to_unicode` tokenizes longest match first, reorders, and passes the result through
banan's `normalize` (banan.normalizer), so the output is canonical Unicode. It never raises: a code it does
not know is kept as it is, and a pre-base sign with no consonant after it (the end of
the text, a space) is shown on a dotted circle (◌ে) rather than guessed onto a letter.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from ..normalizer import normalize

__all__ = ["Entry", "Unit", "convert_raw", "table", "to_unicode", "units"]

# Unit kinds: what a token is for reordering (see data/bijoy.toml).
VOWEL, CONS, HALF, SUB, PRE, SIGN, MARK, REPH, HASANTA, OTHER = range(10)
_KINDS = {
    "vowel": VOWEL,
    "consonant": CONS,
    "half": HALF,
    "subjoined": SUB,
    "prebase": PRE,
    "sign": SIGN,
    "mark": MARK,
    "reph": REPH,
    "hasanta": HASANTA,
    "digit": OTHER,
    "punctuation": OTHER,
}

CANDRABINDU = "\u0981"
DOTTED_CIRCLE = "\u25cc"  # the Unicode convention for showing a mark with no base
E_KAR = "\u09c7"
ZWNJ = "\u200c"
# ে + া = ো, ে + ৗ = ৌ
_TWO_PART = {"\u09be": "\u09cb", "\u09d7": "\u09cc"}


class Entry(NamedTuple):
    bijoy: str
    unicode: str
    kind: str
    what: str


class Unit(NamedTuple):
    kind: int
    text: str


@cache
def table() -> tuple[Entry, ...]:
    """The code table, in file order."""
    raw = resources.files("banan.legacy").joinpath("data/bijoy.toml").read_bytes()
    data = tomllib.loads(raw.decode("utf-8"))
    return tuple(Entry(e["bijoy"], e["unicode"], e["kind"], e["what"]) for e in data["entry"])


@cache
def _compiled() -> tuple[re.Pattern[str], dict[str, Unit]]:
    lookup = {e.bijoy: Unit(_KINDS[e.kind], e.unicode) for e in table()}
    longer = sorted((k for k in lookup if len(k) > 1), key=len, reverse=True)
    # Longest match first; any other single character (including line breaks) is a token too.
    pattern = re.compile("|".join([re.escape(k) for k in longer] + ["."]), re.DOTALL)
    return pattern, lookup


def _c1_to_cp1252() -> dict[int, str]:
    """Text read as Latin-1 has C1 controls where Windows-1252 has ‡ † ‰ …: read them as
    Windows-1252, so both decodings of a Bijoy file convert the same."""
    out = {}
    for byte in range(0x80, 0xA0):
        try:
            out[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue  # 0x81 0x8D 0x8F 0x90 0x9D are unassigned: kept as they are
    return out


_C1 = _c1_to_cp1252()
_HAS_C1 = re.compile("[\u0080-\u009f]")

# Kinds a visarga code follows when it is a letter; anywhere else `t` is Bijoy's colon
# (10t30 = ১০:৩০, a colon-dash typed as t-).
_LETTERS = frozenset({VOWEL, CONS, HALF, SUB, PRE, SIGN, MARK, REPH})


def units(text: str) -> list[Unit]:
    """The text as Bijoy units in typing order (before any reordering), with the two
    encodings of one hasanta merged (š— = ন্ত) and the colon told from the visarga."""
    pattern, lookup = _compiled()
    if _HAS_C1.search(text):
        text = text.translate(_C1)
    out: list[Unit] = []
    other = OTHER
    for token in pattern.findall(text):
        unit = lookup.get(token)
        if unit is None:
            out.append(Unit(other, token))
            continue
        kind = unit.kind
        if out:
            prev = out[-1]
            if kind == SUB and prev.kind == HALF:
                # A half form and a subjoined form both carry the hasanta: keep one.
                out[-1] = Unit(CONS, prev.text[:-1] + unit.text)
                continue
            if kind == SUB and prev.kind == HASANTA:
                out[-1] = unit
                continue
            if kind == SUB and prev.kind == SIGN and len(out) > 1 and out[-2].kind == CONS:
                # A vowel sign typed before the phala of its consonant.
                out.insert(len(out) - 1, unit)
                continue
        if token == "t" and (not out or out[-1].kind not in _LETTERS):
            out.append(Unit(other, ":"))
            continue
        out.append(unit)
    return out


def _cluster_end(seq: list[Unit], j: int) -> int:
    """The end of the consonant cluster starting at `j` (half forms, a consonant or
    conjunct glyph, its phalas, and more joined by a visible hasanta); `j` if none."""
    n = len(seq)
    k = j
    has_consonant = False
    while k < n:
        kind = seq[k].kind
        if kind == HALF:
            k += 1
            continue
        if kind != CONS:
            break
        has_consonant = True
        k += 1
        while k < n and seq[k].kind == SUB:
            k += 1
        if k + 1 < n and seq[k].kind == HASANTA and seq[k + 1].kind in (CONS, HALF):
            k += 1
            continue
        break
    return k if has_consonant else j


def _cluster_start(seq: list[Unit], end: int) -> int:
    """The start of the consonant cluster ending just before `end`; `end` if none."""
    k = end - 1
    while k >= 0 and seq[k].kind == SUB:
        k -= 1
    if k < 0 or seq[k].kind != CONS:
        return end
    while k > 0:
        before = seq[k - 1].kind
        if before == HALF:
            k -= 1
            continue
        if before == HASANTA:
            t = k - 2
            while t >= 0 and seq[t].kind == SUB:
                t -= 1
            if t >= 0 and seq[t].kind == CONS:
                k = t
                continue
        break
    return k


def _place_prebase(seq: list[Unit]) -> list[Unit]:
    """Move each ি ে ৈ after the cluster it was typed before, composing ো ৌ."""
    out: list[Unit] = []
    n = len(seq)
    i = 0
    while i < n:
        unit = seq[i]
        if unit.kind != PRE:
            out.append(unit)
            i += 1
            continue
        j = i + 1
        nasal = j < n and seq[j].kind == MARK and seq[j].text == CANDRABINDU  # ‡u typed for u after
        if nasal:
            j += 1
        end = _cluster_end(seq, j)
        if end == j:
            # No consonant follows (the end of the text, a space): the letter it belonged to
            # is lost. Attached to the letter before, it would make a different word
            # (Abymi‡ would read অনুসরে); on a dotted circle the gap stays visible.
            out.append(Unit(OTHER, DOTTED_CIRCLE))
            out.append(unit)
            i += 1
            continue
        out.extend(seq[j:end])
        sign = unit.text
        after = end
        held: list[Unit] = []
        if sign == E_KAR:
            # ‡ + cluster [+ reph] [+ ঁ] + v/Š is ো/ৌ.
            k = end
            if k < n and seq[k].kind == REPH:
                k += 1
            if k < n and seq[k].kind == MARK and seq[k].text == CANDRABINDU:
                k += 1
            if k < n and seq[k].kind == SIGN and seq[k].text in _TWO_PART:
                sign = _TWO_PART[seq[k].text]
                held = [u for u in seq[end:k]]
                after = k + 1
        out.append(Unit(SIGN, sign))
        if nasal:
            out.append(seq[i + 1])
        out.extend(held)
        i = after
    return out


def _place_reph(seq: list[Unit]) -> list[Unit]:
    """Move each reph before the cluster (and vowel signs) it was typed after."""
    out: list[Unit] = []
    for unit in seq:
        if unit.kind != REPH:
            out.append(unit)
            continue
        end = len(out)
        while end > 0 and (out[end - 1].kind in (SIGN, PRE) or out[end - 1].text == CANDRABINDU):
            end -= 1
        start = _cluster_start(out, end)
        if start == end:
            out.append(unit)  # no cluster before it: keep র্ where it was typed
            continue
        out.insert(start, Unit(HALF, unit.text))
    return out


def _finish(seq: list[Unit]) -> str:
    parts = []
    n = len(seq)
    for i, unit in enumerate(seq):
        text = unit.text
        if unit.kind == MARK and text == CANDRABINDU and i + 1 < n and seq[i + 1].kind == SIGN:
            # ঁ typed before a vowel sign: Unicode wants it after (চাঁদ, not চঁাদ).
            parts.append(seq[i + 1].text)
            seq[i + 1] = Unit(MARK, CANDRABINDU)
            continue
        if unit.kind == HASANTA and i + 1 < n and seq[i + 1].kind in (CONS, HALF):
            text += ZWNJ  # Bijoy's hasanta key shows the hasanta: keep it visible
        parts.append(text)
    return "".join(parts)


CHUNK = 1 << 18  # characters converted at a time; cut at a line break


def _chunks(text: str) -> list[str]:
    """The text in pieces of about CHUNK characters, each ending at a line break (or
    the end): a line break ends every cluster, so pieces convert independently."""
    if len(text) <= CHUNK:
        return [text]
    pieces = []
    start = 0
    while start < len(text):
        cut = text.find("\n", start + CHUNK)
        end = len(text) if cut < 0 else cut + 1
        pieces.append(text[start:end])
        start = end
    return pieces


def convert_raw(text: str) -> str:
    """The conversion before normalization (typing order → Unicode order)."""
    return _finish(_place_reph(_place_prebase(units(text))))


# White space is a unit of its own kind that every reordering stops at, so words convert
# independently: each distinct word is converted once (text repeats words a great deal).
_SPACES = re.compile(r"(\s+)")
_convert_word = lru_cache(maxsize=1 << 16)(convert_raw)


def to_unicode(text: str) -> str:
    """Bijoy-encoded `text` as canonical Unicode Bengali. Total: never raises on a str."""

    out = []
    for piece in _chunks(text):
        parts = _SPACES.split(piece)
        parts[::2] = [_convert_word(w) if w else w for w in parts[::2]]
        out.append(normalize("".join(parts)))
    return "".join(out)
