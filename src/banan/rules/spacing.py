"""SPACE: spaces where Bengali typography has none, and none where it needs one.

Bengali news puts no space before । , ; : ? ! or a closing quote or bracket, none just
inside quotes and brackets, and one after a sentence or clause mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .. import chars as C
from ..diagnostics import Applicability
from .base import Example, Hit, Rule, replace
from .document import Document
from .unicode import colon_inside_word

SAFE = Applicability.SAFE

# SPACE001 ---------------------------------------------------------------------------
# Spaces after something on the line and before a clause or sentence mark. A colon
# between digits (২ : ১, a score) and a mark after Latin text are left alone.
_BEFORE_MARK = re.compile(r"[।॥,;:?!](?<=[ \t][।॥,;:?!])")
_SPACES_BEFORE = re.compile(r"(?<=[^\s])[ \t]+$")


def space_before_punctuation(text: str, ctx: Document) -> Iterator[Hit]:
    for p in _BEFORE_MARK.finditer(text):
        m = _SPACES_BEFORE.search(text, max(0, p.start() - 64), p.start())
        if not m:
            continue  # at the start of a line, or a long run of spaces
        before = text[m.start() - 1]
        mark = text[m.end()]
        if "A" <= before <= "z" and before.isalpha():
            continue  # Latin text follows its own conventions
        if mark == ":":
            after = text[m.end() + 1 : m.end() + 3].lstrip()
            if before.isdigit() and after[:1].isdigit():
                continue  # a score or ratio: ২ : ১
            if after[:1] in ")(-/|DPp":
                continue  # an emoticon
        if mark in ",;:" and text[m.end() + 1 : m.end() + 2] == mark:
            continue  # ,, and the like belong to PUNCT002
        yield Hit(
            m.start(),
            m.end() + 1,
            f"“{mark}”-এর আগে ফাঁকা জায়গা থাকে না",
            (replace(m.start(), m.end(), "", SAFE),),
        )


# SPACE002 ---------------------------------------------------------------------------
_AFTER_OPENING = re.compile(r"([“‘«(\[{])([ \t]+)(?=[^\s])")
_BEFORE_CLOSING = regex.compile(r"(?<=[^\s])([ \t]+)([”’»)\]}])(?=[\s\p{P}]|$)")
_ASCII_QUOTE = re.compile(r'"')


def space_inside_quotes(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any('“‘«([{”’»)]}"'):
        return
    for m in _AFTER_OPENING.finditer(text):
        opening = m.group(1)
        yield Hit(
            m.start(),
            m.end(),
            f"“{opening}”-এর ঠিক পরে ফাঁকা জায়গা থাকে না",
            (replace(m.start(2), m.end(2), "", SAFE),),
        )
    # The pattern below starts at every blank; run it only when a closing mark follows one.
    closing_after_blank = any(blank + mark in text for mark in "”’»)]}" for blank in " \t")
    for c in _BEFORE_CLOSING.finditer(text) if closing_after_blank else ():
        closing = c.group(2)
        before = text[c.start() - 1]
        if closing in ")]}" and before in ":;":
            continue  # an emoticon
        yield Hit(
            c.start(),
            c.end(),
            f"“{closing}”-এর ঠিক আগে ফাঁকা জায়গা থাকে না",
            (replace(c.start(1), c.end(1), "", SAFE),),
        )
    if ctx.has_any('"'):
        yield from _ascii_quotes(text)


def _ascii_quotes(text: str) -> Iterator[Hit]:
    """Straight double quotes pair up within a paragraph: odd ones open, even ones close."""
    for para_start, para_end in _paragraphs(text):
        quotes = [m.start() for m in _ASCII_QUOTE.finditer(text, para_start, para_end)]
        if len(quotes) % 2:
            continue  # unbalanced: PUNCT003 reports it; pairing would be a guess
        for k, q in enumerate(quotes):
            if k % 2 == 0:
                j = q + 1
                while j < para_end and text[j] in " \t":
                    j += 1
                if j > q + 1 and j < para_end and not text[j].isspace():
                    yield Hit(q, j, "উদ্ধৃতিচিহ্নের ঠিক পরে ফাঁকা জায়গা থাকে না", (replace(q + 1, j, "", SAFE),))
            else:
                i = q
                while i > para_start and text[i - 1] in " \t":
                    i -= 1
                if i < q and i > para_start and not text[i - 1].isspace():
                    yield Hit(i, q + 1, "উদ্ধৃতিচিহ্নের ঠিক আগে ফাঁকা জায়গা থাকে না", (replace(i, q, "", SAFE),))


_BLANK_LINE = regex.compile(r"\n[ \t\r]*\n")


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _BLANK_LINE.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


# SPACE003 ---------------------------------------------------------------------------
# A sentence or clause mark glued to the next Bengali word (মেয়ে।সে). A comma or
# semicolon between digits is a number separator (১,২৩,৪৫৬) and a colon inside a word
# is NORM014's; a closing quote may carry a case ending (“পদ্মা”র).
_BASES = C.INDEPENDENT_VOWELS + C.CONSONANTS + C.KHANDA_TA
_NO_SPACE_AFTER = re.compile(rf"[।॥?!,;](?=[{_BASES}{C.BENGALI_DIGITS}])")
_COLON_GLUED = re.compile(rf":(?<=[{C.WORD_CHARS}]:)(?=[{_BASES}])")
_NO_SPACE_BEFORE_OPENING = re.compile(rf"[“(](?<=[{C.LETTERS}][“(])(?=[^\s)”])")


def missing_space_after(text: str, ctx: Document) -> Iterator[Hit]:
    for m in _NO_SPACE_AFTER.finditer(text):
        if m.group() in ",;" and (text[m.end()] in C.BENGALI_DIGITS or (m.start() and text[m.start() - 1].isdigit())):
            continue  # a digit group or a list of numbers: ১,২৩,৪৫৬
        if ctx.protected(m.start()):
            continue
        yield Hit(
            m.start(),
            m.end(),
            f"“{m.group()}”-এর পরে একটি ফাঁকা জায়গা দরকার",
            (replace(m.end(), m.end(), " ", SAFE),),
        )
    if ctx.has_any(":"):
        for c in _COLON_GLUED.finditer(text):
            if ctx.protected(c.start()) or colon_inside_word(text, c.start()):
                continue  # দু:খ is a visarga typed as a colon (NORM014)
            yield Hit(c.start(), c.end(), "“:”-এর পরে একটি ফাঁকা জায়গা দরকার", (replace(c.end(), c.end(), " ", SAFE),))
    if not ctx.has_any("“("):
        return
    for m in _NO_SPACE_BEFORE_OPENING.finditer(text):
        if ctx.protected(m.start()):
            continue
        yield Hit(
            m.start(),
            m.end(),
            f"“{m.group()}”-এর আগে একটি ফাঁকা জায়গা দরকার",
            (replace(m.start(), m.start(), " ", SAFE),),
        )


# SPACE004 ---------------------------------------------------------------------------
_MULTIPLE_SPACES = re.compile(r"(?<=[^\s])  ++(?=[^\s])")


def multiple_spaces(text: str, ctx: Document) -> Iterator[Hit]:
    if "  " not in text:
        return
    for m in _MULTIPLE_SPACES.finditer(text):
        yield Hit(
            m.start(),
            m.end(),
            f"শব্দের মাঝে {len(m.group())}টি ফাঁকা জায়গা; একটিই যথেষ্ট",
            (replace(m.start(), m.end(), " ", SAFE),),
        )


# SPACE005 ---------------------------------------------------------------------------
_TRAILING = re.compile(r"(?<![ \t])[ \t]++(?=\r?\n|\Z)")


def trailing_whitespace(text: str, ctx: Document) -> Iterator[Hit]:
    if not (
        text.endswith((" ", "\t"))
        or " \n" in text
        or "\t\n" in text
        or (ctx.has_any("\r") and (" \r\n" in text or "\t\r\n" in text))
    ):
        return
    for m in _TRAILING.finditer(text):
        rest = text[m.end() :].lstrip("\r\n")
        if m.group() == "  " and rest[:1] and not rest[:1].isspace():
            continue  # two spaces before a line break: a Markdown hard break
        yield Hit(
            m.start(),
            m.end(),
            "লাইনের শেষে ফাঁকা জায়গা",
            (replace(m.start(), m.end(), "", SAFE),),
        )


RULES = [
    Rule(
        "SPACE001",
        "space-before-punctuation",
        "A space before । ॥ , ; : ? !",
        """Bengali news and the usual style guides put no space before a danda or a
        clause mark; a space there can also let the mark wrap to the next line alone.
        A colon in a score or ratio (২ : ১) and marks after Latin text are left alone.""",
        space_before_punctuation,
        bad=(
            Example("সে বাড়ি যায়« ।»", "সে বাড়ি যায়।"),
            Example("ভালো« ,» সুন্দর", "ভালো, সুন্দর"),
        ),
        good=("সে বাড়ি যায়। ভালো, সুন্দর? খেলা ২ : ১ গোলে শেষ।",),
        fix_safety="Safe: removing the space changes no word.",
        sources=("shiksharalo.net (no space before marks)", "bengali-errors reference P1"),
    ),
    Rule(
        "SPACE002",
        "space-inside-quotes",
        "A space just inside quotation marks or brackets",
        """Quotation marks and brackets hug what they enclose: “ঢাকা”, (ঢাকা). Straight
        double quotes are paired within a paragraph; when they do not pair up, PUNCT003
        reports that instead.""",
        space_inside_quotes,
        bad=(
            Example("তিনি বলেন, «“ »আমরা যাব।”", "তিনি বলেন, “আমরা যাব।”"),
            Example("রাজধানী «( »ঢাকা)", "রাজধানী (ঢাকা)"),
            Example("রাজধানী (ঢাকা« )»", "রাজধানী (ঢাকা)"),
            Example('তিনি বলেন, «" »আমরা যাব।"', 'তিনি বলেন, "আমরা যাব।"'),
            Example('সে বলল "হ্যাঁ« "»।', 'সে বলল "হ্যাঁ"।'),
        ),
        good=('তিনি বলেন, “আমরা যাব।” রাজধানী (ঢাকা)। সে বলল "হ্যাঁ"।',),
        fix_safety="Safe: removing the space changes no word.",
        sources=("bengali-errors reference P4, P9",),
    ),
    Rule(
        "SPACE003",
        "missing-space",
        "No space after a sentence or clause mark, or before an opening quote or bracket",
        """মেয়ে।সে and ভালো,সুন্দর run two words together for search, hyphenation and
        screen readers. Digit groups (১,২৩,৪৫৬), times (১০:৩০) and a case ending after a
        closing quote (“পদ্মা”র) are left alone.""",
        missing_space_after,
        bad=(
            Example("সে এল«।»তারপর গেল।", "সে এল। তারপর গেল।"),
            Example("ভালো«,»সুন্দর", "ভালো, সুন্দর"),
            Example("তিনি বলেন«“»আমরা যাব।”", "তিনি বলেন “আমরা যাব।”"),
            Example("বিষয়«:»প্রস্তাব", "বিষয়: প্রস্তাব"),
        ),
        good=("সে এল। তারপর গেল। মোট ১,২৩,৪৫৬ টাকা, সময় ১০:৩০। “পদ্মা”র পাড়ে। দু:খ",),
        fix_safety="Safe: adding a space between two words changes neither.",
        sources=("bengali-errors reference P1",),
    ),
    Rule(
        "SPACE004",
        "multiple-spaces",
        "Two or more spaces between words",
        """One space separates words. Runs of spaces come from justified text and
        copy-paste; indentation at the start of a line is left alone.""",
        multiple_spaces,
        bad=(Example("আমাদের«  »মনে", "আমাদের মনে"),),
        good=("আমাদের মনে\n    কবিতার পঙ্‌ক্তি",),
        fix_safety="Safe.",
        sources=("bengali-errors reference P8",),
    ),
    Rule(
        "SPACE005",
        "trailing-whitespace",
        "Spaces or tabs at the end of a line",
        """Invisible and useless, they make diffs noisy. Exactly two spaces before a line
        break are a Markdown hard break and are left alone.""",
        trailing_whitespace,
        bad=(Example("সে এল।« »\nতারপর গেল।", "সে এল।\nতারপর গেল।"),),
        good=("সে এল।\nতারপর গেল।", "প্রথম লাইন  \nদ্বিতীয় লাইন"),
        fix_safety="Safe.",
    ),
]
