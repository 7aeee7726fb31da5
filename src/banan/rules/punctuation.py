"""PUNCT: the full stop where a danda belongs, repeated marks, unbalanced pairs."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .. import chars as C
from ..data import word_list
from ..diagnostics import Applicability
from ..graphemes import graphemes
from .base import Example, Hit, Rule, replace
from .document import Document

SAFE, UNSAFE = Applicability.SAFE, Applicability.UNSAFE

# PUNCT001 ---------------------------------------------------------------------------
# A full stop right after a Bengali word, not part of "..", and followed by white
# space, a closing quote or bracket, or the end of the text.
# The dot comes first so that the scan only stops at dots.
_FULL_STOP = regex.compile(rf"\.(?<=[{C.WORD_CHARS}]\.)(?<!\.[{C.WORD_CHARS}]*\.)(?![.\w])")
_GLUED_FULL_STOP = re.compile(rf"(?<![{C.WORD_CHARS}.])([{C.WORD_CHARS}]+)(\.)(?=[{C.LETTERS}]{{3}})")
_WORD_BEFORE = regex.compile(rf"[{C.WORD_CHARS}.]+$")
_ABBREVIATION_BEFORE = regex.compile(rf"(?:^|[^{C.WORD_CHARS}])([{C.WORD_CHARS}]+)\.$")
_ABBREVIATION_AFTER = regex.compile(rf"([{C.WORD_CHARS}]+)\.")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    word = m.group() if m else ""
    if word in word_list("abbreviations") or word.strip(".") in word_list("abbreviations"):
        return True
    if len(graphemes(word)) <= 1:
        return True  # an initial: এ. কে. এম. ফজলুল
    # a chain of initials (এ. কে. এম.): a neighbouring word is one letter with a full stop
    before = text[max(0, dot - len(word) - 12) : dot - len(word)].rstrip(" ")
    m1 = _ABBREVIATION_BEFORE.search(before)
    if m1 and len(graphemes(m1.group(1))) <= 1:
        return True
    nxt = text[dot + 1 : dot + 12].lstrip(" ")
    m2 = _ABBREVIATION_AFTER.match(nxt)
    return bool(m2 and len(graphemes(m2.group(1))) <= 1)


def full_stop_as_danda(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any("."):
        return
    for m in _GLUED_FULL_STOP.finditer(text):
        # এসেছেন.মেলা: a sentence end with the space lost; short parts (কি.মি) are abbreviations
        dot = m.start(2)
        if ctx.protected(dot) or _is_abbreviation(text, dot) or len(graphemes(m.group(1))) < 3:
            continue
        yield Hit(
            dot,
            dot + 1,
            "বাংলা বাক্যের শেষে দাঁড়ি (।) আর তারপর ফাঁকা জায়গা, ফুলস্টপ (.) নয়",
            (replace(dot, dot + 1, "। ", UNSAFE),),
        )
    for f in _FULL_STOP.finditer(text):
        dot = f.start()
        if ctx.protected(dot) or _is_abbreviation(text, dot):
            continue
        rest = text[dot + 1 :]
        line_end = rest.lstrip(" \t\"'”’»)]").startswith(("\n", "\r")) or not rest.strip()
        yield Hit(
            dot,
            dot + 1,
            "বাংলা বাক্যের শেষে দাঁড়ি (।), ফুলস্টপ (.) নয়",
            (replace(dot, dot + 1, "।", SAFE if line_end else UNSAFE),),
        )


# PUNCT002 ---------------------------------------------------------------------------
_REPEATED = re.compile(r"[,;।?!](?<=[,;।?!][,;।?!])")


def repeated_punctuation(text: str, ctx: Document) -> Iterator[Hit]:
    last_end = -1
    for p in _REPEATED.finditer(text):
        if p.start() < last_end:
            continue  # inside a run already reported
        first, second = text[p.start() - 1], p.group()
        if first in "?!" and second == "।":
            yield Hit(p.start(), p.end(), f"“{first}”-এর পরে দাঁড়ি বাড়তি", (replace(p.start(), p.end(), "", SAFE),))
            continue
        if first != second:
            continue  # ?! and the like are left to the writer
        start, end = p.start() - 1, p.end()
        while end < len(text) and text[end] == first:
            end += 1
        last_end = end
        fixes = [replace(start, end, first, SAFE if first in ",;" else UNSAFE)]
        if text[start:end] == "।।":
            fixes.append(replace(start, end, "॥", UNSAFE))
        yield Hit(start, end, f"“{first}” একাধিকবার", tuple(fixes))


# PUNCT003 ---------------------------------------------------------------------------
_PAIR_CHARS = re.compile(r"[()\[\]{}“”‘’«»\"]|\n[ \t\r]*\n")
_OPEN_FOR = {")": "(", "]": "[", "}": "{", "”": "“", "’": "‘", "»": "«"}


def unbalanced_pairs(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any('()[]{}“”‘’«»"'):
        return
    stack: list[tuple[str, int]] = []
    straight: list[int] = []

    def flush() -> Iterator[Hit]:
        for mark, pos in stack:
            yield Hit(pos, pos + 1, f"“{mark}” খোলা হয়েছে, বন্ধ হয়নি")
        if len(straight) % 2:
            pos = straight[-1]
            yield Hit(pos, pos + 1, 'উদ্ধৃতিচিহ্ন (") জোড়ায় নেই')
        stack.clear()
        straight.clear()

    for m in _PAIR_CHARS.finditer(text):
        ch, pos = m.group(), m.start()
        if ch.startswith("\n"):
            yield from flush()  # pairs close within a paragraph
        elif ch == '"':
            straight.append(pos)
        elif ch in "([{“‘«":
            stack.append((ch, pos))
        else:
            opening = _OPEN_FOR[ch]
            if any(o == opening for o, _ in stack):
                while stack:  # close it, reporting what was left open inside
                    o, p = stack.pop()
                    if o == opening:
                        break
                    yield Hit(p, p + 1, f"“{o}” খোলা হয়েছে, বন্ধ হয়নি")
            elif ch == "’":
                continue  # an apostrophe (’৭১, ক’দিন), not a closing quote
            elif ch == ")" and _is_list_marker(text, pos):
                continue
            elif stack and stack[-1][0] in "([{":
                o, _ = stack.pop()
                yield Hit(pos, pos + 1, f"“{ch}” দিয়ে “{o}” বন্ধ হয় না")
            else:
                yield Hit(pos, pos + 1, f"“{ch}” বন্ধ হয়েছে, কিন্তু খোলা হয়নি")
    yield from flush()


def _is_list_marker(text: str, pos: int) -> bool:
    """ক) ১) a) at the start of a line or after a space: an enumerator, not a bracket."""
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    token = text[start:pos].lstrip("(")
    if pos > 0 and text[pos - 1] in ":;":
        return True  # an emoticon
    return (
        len(graphemes(token)) == 1
        or (token.isdigit() and len(token) <= 3)
        or (token.isascii() and token.isalpha() and token.lower() in _ROMAN)
    )


_ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}


RULES = [
    Rule(
        "PUNCT001",
        "full-stop-as-danda",
        "A full stop ending a Bengali sentence instead of a danda",
        """A Bengali sentence ends with a দাঁড়ি (।). The full stop stays in abbreviations
        (ড., মো., কি.মি.), initials (এ. কে.), decimals (২.৫), URLs and Latin text.""",
        full_stop_as_danda,
        bad=(
            Example("সে বাড়ি যায়«.»", "সে বাড়ি যায়।"),
            Example("তাঁরা এসেছেন«.»মেলা শুরু হলো।", "তাঁরা এসেছেন। মেলা শুরু হলো।"),
        ),
        good=("ড. ইউনূস বলেন। মো. রহিম এলেন। দাম ২.৫ টাকা। এ. কে. এম. ফজলুল এলেন। See www.example.com.",),
        fix_safety="Safe at the end of a line; unsafe inside a line, where an abbreviation banan does not know may end.",
        sources=("prothombhagh.blogspot.com (ডট ব্যবহার)", "spaCy lang/bn tokenizer exceptions (abbreviations)"),
    ),
    Rule(
        "PUNCT002",
        "repeated-punctuation",
        "A punctuation mark typed twice, or a danda after ? or !",
        """,, ;; and ।। are typing slips; a danda after ? or ! doubles the sentence end.
        ?? and !! may be deliberate emphasis in informal writing, so their fix is unsafe.""",
        repeated_punctuation,
        bad=(
            Example("ভালো«,,» সুন্দর", "ভালো, সুন্দর"),
            Example("কাজ সম্পন্ন হয়!«।»", "কাজ সম্পন্ন হয়!"),
        ),
        good=("ভালো, সুন্দর। কাজ হয়েছে! তাই?",),
        fix_safety="Safe for , ; and a danda after ? !; unsafe for ।। ?? !!.",
    ),
    Rule(
        "PUNCT003",
        "unbalanced-pair",
        "A quotation mark or bracket opened and not closed (or closed and not opened) in a paragraph",
        """Quotes and brackets pair up within a paragraph. ’ after no ‘ is taken for an
        apostrophe (’৭১), and ক) or ১) for a list enumerator.""",
        unbalanced_pairs,
        bad=(Example("তিনি বলেন, «“»আমরা যাব।"), Example("রাজধানী (ঢাকা«]»"), Example("রাজধানী ঢাকা«)»")),
        good=("তিনি বলেন, “আমরা যাব।” ’৭১-এর যুদ্ধ। ক) প্রথম খ) দ্বিতীয়।",),
        fix_safety="No fix: where the missing mark belongs needs a reader.",
    ),
]
