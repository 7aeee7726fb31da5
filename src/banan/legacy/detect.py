"""Finding Bijoy-encoded stretches of text (SutonnyMJ text whose font was lost).

Bijoy text is made of the characters a Latin text is made of, so the question is word
by word: does this look like Bijoy or like a Latin-script word? A word gains points for
what Bijoy text is full of and English lacks, and is ruled out by what Bijoy cannot
produce:

- points: a Windows-1252 symbol inside a word (‡ © ¨ ¯ ª ...: Bijoy's vowel signs, reph,
  phalas and conjuncts; English puts these, if at all, beside a word or a digit), a word
  starting with ‡ (ে typed before its consonant), `w` + consonant at the start (ি), `Av`
  + consonant (আ), an upper-case consonant code + a vowel sign (Kv = কা, Zy = তু), a
  vowel sign followed by `w` (Zywg = তুমি), a lower-case letter
  followed by an upper-case one, a word of three or more letters with no vowel letter,
  `v` after a consonant at the end;
- ruled out: what does not convert into a Bengali syllable: a word starting with a vowel
  sign or a mark (so English words starting with s t u v x y z), two vowel signs in a row,
  ি/ে with no consonant after it (English words ending in w), two marks in a row (ss, st),
  a sign after an independent vowel, a half form at the end (™, ”); and code (snake_case,
  --options, quoted list items, lines with = { } < > () []), URLs and e-mail addresses.

Words next to each other (only spaces between them) form a run; a run is Bijoy when at
least one word is strongly so and Bijoy-looking words outweigh Latin-looking ones. The
span reported is the run trimmed to its Bijoy words (numbers and punctuation between and
beside them included). No word list is needed; acronyms and single letters count for
neither side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import NamedTuple

from ..tokenize import URL_OR_EMAIL
from . import bijoy

__all__ = ["Word", "convert_spans", "find_bijoy", "score_word"]


def _cp1252_extras() -> str:
    out = []
    for byte in range(0x80, 0xA0):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            continue
    return "".join(out)


_EXTRAS = _cp1252_extras()  # ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ ‘ ’ “ ” • – — ˜ ™ š › œ Ÿ ...
_LATIN1 = "".join(chr(c) for c in range(0xA1, 0x100))
_C1 = "".join(chr(c) for c in range(0x80, 0xA0))
# Everything a Bijoy word can be made of (no white space, no NBSP).
CODE_CHARS = "".join(chr(c) for c in range(0x21, 0x7F)) + _LATIN1 + _EXTRAS + _C1
_CODE_SET = frozenset(CODE_CHARS)
# Typography that Unicode Bengali text uses too: never a reason to look at a word.
_TYPOGRAPHY = "‘’“”–—…•\u00ad"
_LETTERISH = "".join(c for c in CODE_CHARS if c.isalpha() or (ord(c) > 0x7F and c not in _TYPOGRAPHY))
_LETTERISH_RE = re.compile("[" + re.escape(_LETTERISH) + "]+")
_GAP_RE = re.compile("[ \t\u00a0" + re.escape(CODE_CHARS) + "]*")

_SYMBOLS = frozenset(c for c in _LATIN1 + _EXTRAS if not c.isalpha() and c != "\u00ad")
_PREBASE = frozenset("‡†‰ˆ")
_HALF_FORM_AFTER = frozenset("š›¯") | _SYMBOLS  # — is ্ত after these (š— = ন্ত); a dash elsewhere
_ASCII_VOWELS = frozenset("aeiouyAEIOUY")
_LATIN_VOWELS = _ASCII_VOWELS | frozenset("àáâãäåæèéêëìíîïòóôõöøùúûüýÿÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")
_LATIN_LEANING = frozenset("aoAO") | (_LATIN_VOWELS - _ASCII_VOWELS)
_EDGE = ".,;:!?\"'()[]{}<>"
# (No snake_case test: `_` is থ, and gv_v is মাথা.)
_CODE_LIKE = re.compile(r"[=(){}\[\]<>\\@#$%*+;]|://|^`.*`$|^--?[A-Za-z]")  # --option
# Lines of code: Bijoy prose has none of these.
_CODE_LINE = re.compile(r"[={}<>]|\(\)|\[\]")
# A quoted item of a list: 'cmpsd', "wbh",
_QUOTED_ITEM = re.compile(r"""^(['"]).+\1[,:;)\]]*$""")
_UPPER_SIGN = re.compile("[B-Z][vxyz~]")  # Kv = কা, Zy = তু
_SIGN_W = re.compile("[vxyz~]w")  # a vowel sign, then ি typed before the next consonant
_C_W_C = re.compile("[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ`_]w[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ`_]")
_URL_OR_EMAIL = re.compile(URL_OR_EMAIL)
_NUMBER_BEFORE = re.compile(r"(?<![^\s])[0-9][0-9.,:/|-]*[ \t]+$")
_NUMBER_AFTER = re.compile(r"[ \t]+[0-9][0-9.,:/|-]*(?!\S)")
_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)

_NEEDS_BASE = frozenset({bijoy.SIGN, bijoy.SUB, bijoy.REPH, bijoy.HASANTA, bijoy.MARK})


class Word(NamedTuple):
    start: int  # of the word without its edge punctuation
    end: int
    kind: str  # "b" Bijoy, "w" weakly Bijoy, "e" Latin-script word, "c" code, "n" neither
    points: int
    strong: bool


def _internal_symbols(core: str) -> int:
    """Bijoy symbol codes inside the word, with a non-digit code on both sides."""
    found = 0
    n = len(core)
    for i, c in enumerate(core):
        if c in _PREBASE and i + 1 < n and core[i + 1] in _CODE_SET and not core[i + 1].isdigit():
            found += 1  # ে ৈ typed before a consonant, at the start or inside
            continue
        if c not in _SYMBOLS or i == 0 or i == n - 1:
            continue
        before, after = core[i - 1], core[i + 1]
        if before.isdigit() or after.isdigit() or before not in _CODE_SET or after not in _CODE_SET:
            continue
        if before in _EDGE or after in _EDGE:
            continue
        if c in "’'" and before.isascii() and after.isascii():
            continue  # an apostrophe: don’t
        if c == "—" and before not in _HALF_FORM_AFTER:
            continue  # a dash between words: well—known
        if c == "·" and before == after == "l":
            continue  # Catalan l·l
        found += 1
    return found


def _implausible(core: str) -> bool:
    """Whether the word cannot be Bijoy: it does not convert into Bengali syllables."""
    if core[0] == "t" and len(core) > 1 and core[1].isalpha():
        return True  # a visarga cannot start a word (a lone t is Bijoy's colon)
    units = bijoy.units(core)
    prev = None
    for i, unit in enumerate(units):
        kind = unit.kind
        if kind in _NEEDS_BASE:
            if prev is None or prev.kind == bijoy.OTHER:
                return True
            if kind == bijoy.SIGN and prev.kind in (bijoy.VOWEL, bijoy.SIGN):
                return True
            if kind == bijoy.MARK and prev.kind == bijoy.MARK:
                return True
            if kind == bijoy.SUB and prev.kind in (bijoy.SIGN, bijoy.MARK):
                return True
            if kind == bijoy.SUB and prev.kind == bijoy.VOWEL and unit.text != "\u09cd\u09af":
                return True  # only a ya-phala goes on a vowel (A¨v = অ্যা)
        elif kind == bijoy.PRE:
            nxt = units[i + 1] if i + 1 < len(units) else None
            if nxt is not None and nxt.kind == bijoy.MARK and nxt.text == bijoy.CANDRABINDU and i + 2 < len(units):
                nxt = units[i + 2]
            if nxt is None or nxt.kind not in (bijoy.CONS, bijoy.HALF):
                return True
        elif kind == bijoy.HALF and i == len(units) - 1:
            return True
        prev = unit
    return False


def score_word(word: str) -> tuple[str, int, bool]:
    """(kind, points, strong) for one word without its edge punctuation; see the module."""
    core = word.translate(bijoy._C1) if any("\u0080" <= c <= "\u009f" for c in word) else word
    letters = [c for c in core if c.isalpha()]
    if not letters and not any(c in _SYMBOLS for c in core):
        return "n", 0, False
    if core.isascii() and core.isalpha() and (core.isupper() or len(core) == 1):
        return "n", 0, False  # acronyms and single letters: either side
    if _CODE_LIKE.search(core):
        return "c", 0, False
    if _implausible(core):
        return "e", 0, False
    points = 0
    strong = False
    symbols = _internal_symbols(core)
    if symbols:
        points += 3 * min(symbols, 2)
        strong = True
    flips = sum(1 for a, b in pairwise(letters) if a.islower() and b.isupper())
    points += min(flips, 2)
    if core[0] == "w" and len(core) > 1 and core[1] not in "aeiouyhrw" and (core[1].isalpha() or core[1] in "`_"):
        points += 2  # ি typed before its consonant
        strong = True
    if core.startswith("Av") and len(core) > 2 and core[2] not in _LATIN_VOWELS:
        points += 2  # আ
        strong = True
    points += min(len(_UPPER_SIGN.findall(core)), 2)
    if _SIGN_W.search(core):
        points += 1
    if _C_W_C.search(core):
        points += 1
    if core.isascii() and core.isalpha() and len(core) >= 3 and not (set(core) & _ASCII_VOWELS):
        points += 2 if len(core) >= 4 else 1
        strong = strong or len(core) >= 4
    if (
        len(core) >= 2
        and core[-1] == "v"
        and (core[-2] in _SYMBOLS or (core[-2].isalpha() and core[-2] not in _LATIN_VOWELS))
    ):
        points += 1
    if points >= 2:
        return "b", points, strong
    if points == 1:
        return "w", points, strong
    # A plausible word with no feature either way: a o (ধ ড়) and accented vowels are rare
    # in Bijoy and common in Latin-script words (Ges এবং, Kiv করা; Photo, caption).
    if any(c in _LATIN_LEANING for c in letters):
        return "e", 0, False
    return "w", 0, False


def _words(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the code-character words that contain a letter or a Bijoy symbol."""
    last_end = -1
    n = len(text)
    for m in _LETTERISH_RE.finditer(text):
        if m.start() < last_end:
            continue
        start, end = m.start(), m.end()
        while start > 0 and text[start - 1] in _CODE_SET:
            start -= 1
        while end < n and text[end] in _CODE_SET:
            end += 1
        last_end = end
        yield start, end


def _blocked(text: str) -> list[tuple[int, int]]:
    """URLs, e-mail addresses and fenced code blocks: never Bijoy."""
    ranges = []
    if "@" in text or "://" in text or "www." in text:
        ranges += [(m.start(), m.end()) for m in _URL_OR_EMAIL.finditer(text)]
    if "```" in text:
        ranges += [(m.start(), m.end()) for m in _FENCE.finditer(text)]
    return ranges


def _analyse(text: str) -> list[list[Word]]:
    """The candidate words of the text, grouped into runs."""
    blocked = sorted(_blocked(text))
    next_block = 0  # words come in order: one pass over the blocked ranges
    runs: list[list[Word]] = []
    run: list[Word] = []
    prev_end = None
    for start, end in _words(text):
        if prev_end is not None and not _joins(text, prev_end, start):
            if run:
                runs.append(run)
            run = []
        prev_end = end
        while next_block < len(blocked) and blocked[next_block][1] <= start:
            next_block += 1
        if next_block < len(blocked) and blocked[next_block][0] < end:
            if run:
                runs.append(run)
            run = []
            prev_end = None
            continue
        a, b = start, end
        while a < b and text[a] in _EDGE:
            a += 1
        while b > a and text[b - 1] in _EDGE:
            b -= 1
        if a == b:
            continue
        if _QUOTED_ITEM.match(text[start:end]):
            kind, points, strong = "c", 0, False
        else:
            kind, points, strong = score_word(text[a:b])
        run.append(Word(a, b, kind, points, strong))
    if run:
        runs.append(run)
    return runs


def _joins(text: str, end: int, start: int) -> bool:
    """Whether only spaces, numbers and punctuation (no line break, no other script)
    lie between two words."""
    gap = text[end:start]
    return _GAP_RE.fullmatch(gap) is not None


def _is_bijoy(run: list[Word]) -> bool:
    if any(w.kind == "c" for w in run):
        return False
    bijoy_words = sum(1 for w in run if w.kind == "b")
    weak = sum(1 for w in run if w.kind == "w")
    latin = sum(1 for w in run if w.kind == "e")
    points = sum(w.points for w in run if w.kind in "bw")
    strong = any(w.strong for w in run if w.kind == "b")
    if not (bijoy_words and strong and points >= 3):
        return False
    if latin == 0:
        return True
    # Latin-looking words beside it: Bijoy words must be more than one, and outweigh them.
    return bijoy_words >= 2 and bijoy_words + 0.5 * weak >= 1.5 * latin


def _joins_edge(word: Word) -> bool:
    return word.kind == "n" and word.end - word.start <= 2


def _on_code_line(text: str, run: list[Word], seen: dict[int, bool]) -> bool:
    """Whether the run's line looks like code; `seen` remembers lines already looked at."""
    start = text.rfind("\n", 0, run[0].start) + 1
    if start not in seen:
        end = text.find("\n", run[-1].end)
        seen[start] = _CODE_LINE.search(text, start, len(text) if end < 0 else end) is not None
    return seen[start]


def find_bijoy(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of Bijoy-encoded text, in order."""
    spans = []
    code_lines: dict[int, bool] = {}
    for run in _analyse(text):
        if not _is_bijoy(run) or _on_code_line(text, run, code_lines):
            continue
        keep = [i for i, w in enumerate(run) if w.kind in "bw"]
        first, last = keep[0], keep[-1]
        # Beside the Bijoy words, symbols and one- or two-letter capitals (I = ও, G = এ) are
        # theirs too; so are numbers (below).
        while first > 0 and _joins_edge(run[first - 1]):
            first -= 1
        while last + 1 < len(run) and _joins_edge(run[last + 1]):
            last += 1
        start, end = run[first].start, run[last].end
        # A number typed beside the words belongs to them (45 b¤^i = ৪৫ নম্বর).
        before = _NUMBER_BEFORE.search(text, max(0, start - 40), start)
        if before:
            start = before.start()
        after = _NUMBER_AFTER.match(text, end)
        if after:
            end = after.end()
        spans.append((start, end))
    return spans


def convert_spans(text: str) -> str:
    """The text with every detected Bijoy span converted, and nothing else touched."""
    spans = find_bijoy(text)
    if not spans:
        return text
    parts = []
    pos = 0
    for start, end in spans:
        parts.append(text[pos:start])
        parts.append(bijoy.to_unicode(text[start:end]))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
