"""REPEAT: the same word typed twice in a row.

Bengali reduplicates freely and on purpose (যুগ যুগ, ধীরে ধীরে, সঙ্গে সঙ্গে, হাজার হাজার),
so a repeat is only reported for words of closed classes that never reduplicate
(data/not_reduplicated.txt), and for Latin words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, count

from .. import chars as C
from ..data import word_list
from ..diagnostics import Applicability
from .base import Example, Hit, Rule, replace
from .document import Document
from .words import document_words

UNSAFE = Applicability.UNSAFE

# A word, white space within the line, the same word again, at the start of a token.
_REPEAT = re.compile(rf"(?P<w>[^\s]+)(?P<gap>[ \t]+)(?P=w)(?![{C.WORD_CHARS}\w])")
# Each Latin word with the next one (a lookahead, so every pair is tried).
_LATIN_REPEAT = re.compile(r"\b(?P<w>[A-Za-z]+)(?=(?P<gap>[ \t]+)(?P<w2>[A-Za-z]+)\b)")
# English words that are correctly doubled ("had had", "that that").
_LATIN_DOUBLES = {"had", "that"}


def _same_latin_word(first: str, second: str) -> bool:
    """Whether two Latin words are one word typed twice: the same letters in the same
    case, or a capital only where a sentence starts ("The the"). Case tells words apart
    in Bijoy text (Mvb, MvB are two Bengali words) and in names and acronyms."""
    return first == second or (second.islower() and first == second.capitalize())


def repeated_word(text: str, ctx: Document) -> Iterator[Hit]:
    words = word_list("not_reduplicated")
    # A repeat is a word of the list followed by a token that starts with it; map and
    # compress find the list's words in C, so the regex runs only where one is repeated.
    doc = document_words(text, ctx)
    tokens = doc.tokens
    matches = []
    last = len(tokens) - 1
    at = [
        i
        for i in compress(count(), map(words.__contains__, tokens))
        if i < last and tokens[i + 1].startswith(tokens[i])
    ]
    if at:
        starts = doc.token_starts
        after = -1
        for i in at:
            if i == after:
                continue  # the copy a match just took (এবং এবং এবং is one report)
            m = _REPEAT.match(text, starts[i])
            if m:
                matches.append(m)
                after = i + 1
    if ctx.has_any("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        taken = -1
        for m in _LATIN_REPEAT.finditer(text):
            if (
                m.start() >= taken
                and m.group("w").lower() not in _LATIN_DOUBLES
                and _same_latin_word(m.group("w"), m.group("w2"))
            ):
                matches.append(m)
                taken = m.end("w2")  # "the the the" is one report
    for m in matches:
        word = m.group("w")
        latin = m.re is _LATIN_REPEAT
        if not latin and word not in words:
            continue  # Bengali reduplication, or not a word at all
        if latin and len(word) < 2:
            continue
        second, end = m.start("gap"), (m.end("w2") if latin else m.end())
        yield Hit(
            m.start("w"),
            end,
            f"“{word}” পরপর দুবার",
            (replace(second, end, "", UNSAFE),),
        )


RULES = [
    Rule(
        "REPEAT001",
        "repeated-word",
        "The same word twice in a row, where Bengali does not reduplicate",
        """এবং এবং, তিনি তিনি: a word typed twice. Bengali reduplication (যুগ যুগ, ধীরে ধীরে,
        সঙ্গে সঙ্গে, কে কে) is grammatical, so only conjunctions, postpositions, personal
        pronouns and reporting verbs, which never reduplicate, are checked, and Latin
        words other than "had had" and "that that", in the same case (or capitalised
        only where a sentence starts: "The the"); case tells Latin words apart, in
        names and in Bijoy text (Mvb, MvB).""",
        repeated_word,
        bad=(Example("«তিনি তিনি» বলেন", "তিনি বলেন"), Example("«the the» end", "the end")),
        good=("যুগ যুগ ধরে, ধীরে ধীরে, সঙ্গে সঙ্গে, কে কে এসেছে, had had", "Mvb MvB, US us"),
        fix_safety="Unsafe: a reader should confirm which copy to keep.",
        sources=("data/not_reduplicated.txt (closed classes from standard grammar)",),
        needs=("NORM",),  # the words of the text (rules/words.py) leave out those NORM reported
    ),
]
