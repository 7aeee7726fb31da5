"""Plain words: known, in their standard spelling and common enough that no rule reports
them, whatever the rules selected. Most words of most texts are plain; the verdict is
kept for the process, so the rules look at the few other words of a document only.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from .. import chars
from ..deadline import check_deadline
from ..spelling import speller
from ..spelling.academy import negation_apart, standard_form
from ..spelling.letter_rules import pattern_form
from ..spelling.lexicon import FROM_HUNSPELL, FROM_NAMES
from ..spelling.settings import SETTINGS
from .document import Document
from .words import document_words

__all__ = ["interesting", "is_plain", "is_rare"]

_CACHE_LIMIT = 200_000
_PLAIN: set[str] = set()  # known, standard, common words: no rule reports them
_NOT_PLAIN: set[str] = set()  # the other words seen: some rule looks at them


@lru_cache(maxsize=65536)
def is_rare(word: str) -> bool:
    """A form this rule may call a variant: unknown, or rare and in no curated list."""
    lexicon = speller().lexicon
    z = lexicon.frequency(word)
    return z < 0 or (z < SETTINGS.variant_word_min_zipf and not lexicon.origin_of(word) & (FROM_HUNSPELL | FROM_NAMES))


def is_plain(word: str) -> bool:
    """Whether no rule can report the word: known to the speller, with no standard form
    in the table or by a letter rule, common enough not to be a spelling variant, and no
    verb with না written solid."""
    return (
        speller().is_known(word)
        and not standard_form(word)
        and not pattern_form(word)
        and not is_rare(word)
        and not negation_apart(word)
    )


@lru_cache(maxsize=1)
def _plain_lookup() -> Callable[[str], bool | None]:
    """`is_plain` of every lexicon word, worked out once per machine and memory-mapped
    (None: not a lexicon word). Keyed by the code it runs: this module, the characters
    module, and (through `source_version`) the spelling package and the data files."""
    from ..spelling import precomputed

    version = precomputed.source_version(__file__, chars)
    return precomputed.word_flags("plain", version, is_plain, speller().lexicon)


def interesting(doc: Document) -> list[str]:
    """The distinct words of the document that are not plain: those the verdicts judge."""
    return doc.fact(_interesting)


def _interesting(doc: Document) -> list[str]:
    counts = document_words(doc.text, doc).counts
    rest = counts.keys() - _PLAIN  # the set difference runs in C
    unseen = rest - _NOT_PLAIN
    if unseen:
        precomputed = _plain_lookup()
        for w in unseen:  # a verdict once per word and process; once per machine for a lexicon word
            check_deadline()
            plain = precomputed(w)
            if plain is None:
                plain = is_plain(w)
            cache = _PLAIN if plain else _NOT_PLAIN
            if len(cache) > _CACHE_LIMIT:
                cache.clear()
            cache.add(w)
        rest -= _PLAIN
    found = list(rest)
    document_words(doc.text, doc).expected = found  # a long text locates them in one pass
    return found
