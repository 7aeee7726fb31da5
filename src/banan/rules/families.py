"""The rule families: one table says what each family is, where its rules live, when
they run and how LanguageTool clients see them.

Adding a family is one entry here (and its rules in the module the entry names). The
registry (`all_rules`), the prefix -> name view `FAMILIES`, the server's LanguageTool
categories (server/rulemap.py), `banan rules` and the generated docs/rules.md all read
this table; tests check that every rule belongs to a family here and every family has
rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["FAMILIES", "FAMILY_TABLE", "Family", "family_of", "by_order"]

MATCH_TYPES = ("UnknownWord", "Hint", "Other")  # LanguageTool's match types


@dataclass(frozen=True, slots=True)
class Family:
    prefix: str  # the code prefix: NORM for NORM001
    name: str  # what the family is about (English), for listings and docs
    module: str  # the module under banan.rules whose RULES hold the family's rules
    order: int  # rules run by family in increasing `order`, then by code
    lt_category_id: str  # LanguageTool category id; LanguageTool's own where one fits
    lt_category_name: str
    issue_type: str  # ITS 2.0 issue type, as LanguageTool reports it
    short_message: str  # a one-line hint in Bengali, shown by clients as a title
    match_type: str = "Other"  # LanguageTool's match type: UnknownWord, Hint or Other
    spelling: bool = False  # a word the user may add to a dictionary

    def __post_init__(self) -> None:
        if not self.prefix.isalpha() or not self.prefix.isupper():
            raise ValueError(f"family prefix must be upper-case letters: {self.prefix!r}")
        if self.match_type not in MATCH_TYPES:
            raise ValueError(f"{self.prefix}: match type must be one of {MATCH_TYPES}, not {self.match_type!r}")


# Written in `order` (increasing; checked below): the order of listings and docs, and the
# order rules run in where their declared needs (`Rule.needs`) leave a choice. What the
# rules see of each other is only what they declare: the word rules need NORM (a word
# with a broken character is NORM's, not also a misspelling), CONSIST needs ORTHO (it
# leaves alone the non-standard spellings ORTHO reported), and the engine runs them after.
FAMILY_TABLE: tuple[Family, ...] = (
    Family(
        "NORM",
        "Unicode: canonical encoding and broken characters",
        "unicode",
        10,
        "BN_UNICODE",
        "Unicode encoding",
        "characters",
        "ভাঙা বা অপ্রমিত ইউনিকোড অক্ষর",  # broken or non-canonical Unicode characters
    ),
    Family(
        "SPACE",
        "Spacing",
        "spacing",
        20,
        "TYPOGRAPHY",
        "Typography",
        "whitespace",
        "ফাঁকা জায়গার ভুল",  # a spacing mistake
    ),
    Family(
        "PUNCT",
        "Punctuation",
        "punctuation",
        30,
        "PUNCTUATION",
        "Punctuation",
        "typographical",
        "যতিচিহ্নের ভুল",  # a punctuation mistake
    ),
    Family(
        "NUM",
        "Numerals",
        "numerals",
        40,
        "BN_NUMERALS",
        "Numerals",
        "numbers",
        "সংখ্যা লেখার ভুল",  # a mistake in writing a number
    ),
    Family(
        "REPEAT",
        "Repeated words",
        "repeat",
        50,
        "REPETITIONS",
        "Repetitions",
        "duplication",
        "একই শব্দ পরপর দুবার",  # the same word twice in a row
    ),
    Family(
        "LEGACY",
        "Legacy 8-bit encodings (Bijoy / SutonnyMJ text)",
        "legacy",
        60,
        "BN_LEGACY",
        "Legacy encoding",
        "characters",
        "বিজয় (ANSI) লেখা, ইউনিকোড নয়",  # Bijoy (ANSI) text, not Unicode
    ),
    Family(
        "SPELL",
        "Spelling: words the lexicon does not know",
        "spelling",
        70,
        "TYPOS",
        "Possible Typo",
        "misspelling",
        "সম্ভাব্য বানান ভুল",  # a possible spelling mistake
        match_type="UnknownWord",
        spelling=True,
    ),
    Family(
        "ORTHO",
        "Standard spelling (Bangla Academy)",
        "orthography",
        80,
        "BN_ORTHOGRAPHY",
        "Standard spelling",
        "misspelling",
        "প্রমিত বানান নয়",  # not the standard (Bangla Academy) spelling
    ),
    Family(
        # NAME001 shares the speller's candidates, so it lives with the SPELL rules
        "NAME",
        "Place, country and language names",
        "spelling",
        90,
        "TYPOS",
        "Possible Typo",
        "misspelling",
        "সম্ভাব্য বানান ভুল",  # a possible spelling mistake
        match_type="UnknownWord",
        spelling=True,
    ),
    Family(
        "CONSIST",
        "Consistency within a document",
        "consistency",
        100,
        "BN_CONSISTENCY",
        "Consistency",
        "inconsistency",
        "একই শব্দের দুই রকম বানান",  # one word spelled two ways in the text
        match_type="Hint",
    ),
    Family(
        "REGISTER",
        "Register: সাধু and চলিত mixed in one text",
        "register",
        110,
        "STYLE",
        "Style",
        "style",
        "সাধু-চলিত মিশ্রণ",  # সাধু and চলিত (the two registers) mixed
        match_type="Hint",
    ),
)


def by_order(families: Iterable[Family]) -> tuple[Family, ...]:
    """`families` sorted by their explicit `order`, whatever order they come in."""
    return tuple(sorted(families, key=lambda f: f.order))


def _checked(table: tuple[Family, ...]) -> dict[str, Family]:
    by_prefix = {f.prefix: f for f in table}
    if len(by_prefix) != len(table):
        raise ValueError("two families share a prefix")
    if len({f.order for f in table}) != len(table):
        raise ValueError("two families share an order")
    if by_order(table) != table:
        raise ValueError("FAMILY_TABLE must be written in run order (increasing `order`)")
    return by_prefix


_BY_PREFIX = _checked(FAMILY_TABLE)

# Family prefix -> what the family is about, in run order (a view of the table).
FAMILIES: dict[str, str] = {f.prefix: f.name for f in FAMILY_TABLE}


def family_of(prefix: str) -> Family | None:
    """The family with this code prefix (NORM for NORM001), if there is one."""
    return _BY_PREFIX.get(prefix)
