"""Words, numbers, Latin spans, URLs and sentences, with code-point spans.

Bengali words keep their joiners (ZWJ/ZWNJ) and marks; URLs, e-mail addresses and
Latin words are separate token kinds so that no Bengali rule ever looks inside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

import regex

from . import chars
from .graphemes import graphemes

__all__ = ["URL_OR_EMAIL", "Token", "TokenKind", "sentences", "tokenize"]


class TokenKind(StrEnum):
    URL = "url"
    EMAIL = "email"
    NUMBER = "number"
    WORD = "word"  # Bengali
    LATIN = "latin"
    PUNCT = "punct"
    SPACE = "space"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Token:
    kind: TokenKind
    start: int
    end: int
    text: str

    @property
    def graphemes(self) -> list[str]:
        return graphemes(self.text)


_DIGIT = r"[0-9\u09e6-\u09ef\u0966-\u096f]"
_URL = r"(?:(?:https?|ftp)://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]।]"
# The look-behind starts a match only at the start of a run, so a long run of letters
# with no @ is scanned once, not once per position.
_EMAIL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
URL_OR_EMAIL = f"{_URL}|{_EMAIL}"


@cache
def _token_pattern() -> regex.Pattern[str]:
    """The tokenizer's pattern, compiled on first use (a few milliseconds: the rules,
    which the first check loads, do not tokenize)."""
    return regex.compile(
        rf"""
    (?P<url>{_URL})
  | (?P<email>{_EMAIL})
  | (?P<number>{_DIGIT}+(?:[.,:/]{_DIGIT}+)*)
  | (?P<word>{chars.WORD_RE})
  | (?P<latin>[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*)
  | (?P<space>\s+)
  | (?P<punct>\p{{P}}+?)
  | (?P<other>\X)
    """,
        regex.VERBOSE,
    )


def tokenize(text: str) -> list[Token]:
    """All tokens, in order, covering the text without gaps."""
    out = []
    for m in _token_pattern().finditer(text):
        assert m.lastgroup is not None  # each alternative of the pattern is one named group
        kind = TokenKind(m.lastgroup)
        out.append(Token(kind, m.start(), m.end(), m.group()))
    return out


_SENTENCE_END = regex.compile(r"[।॥?!]+[\"'”’»)\]]*|\.(?=\s)|\n\s*\n")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end), white space between sentences left out.

    A sentence ends at । ॥ ? ! (with any closing quotes or brackets after them), at
    a full stop followed by white space, and at a blank line.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if not m.group().startswith("\n") else m.start()
        _add_trimmed(text, start, end, spans)
        start = m.end()
    _add_trimmed(text, start, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
