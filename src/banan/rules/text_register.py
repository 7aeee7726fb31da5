"""Which register a text is written in: সাধু (the formal literary register) or চলিত.

The forms that are evidence of each register (verb forms, pronouns, postpositions: the
paradigm module, spelling/register.py) are counted over the whole text. REGISTER's rules
(rules/register.py) report the minority's forms; the verdicts (rules/verdicts.py) read a
text written in সাধু the way its books write (spelling/literary.py).
"""

from __future__ import annotations

from functools import lru_cache

from ..spelling import register
from ..spelling.register import CHOLITO, SADHU
from .document import Document
from .words import document_words

__all__ = ["counterparts", "evidence", "written_in"]


@lru_cache(maxsize=1)
def evidence() -> tuple[frozenset[str], frozenset[str]]:
    """The forms that are evidence of each register (সাধু, চলিত). Generating the paradigms
    takes about 40 ms, so the two sets are kept beside the lexicon
    (precomputed.word_set) and read back in milliseconds; their counterparts are read
    only for a text that has a form to report."""
    from ..spelling import precomputed, speller

    if not precomputed.ENABLED:
        regs = register.registers()
        return frozenset(regs.sadhu), frozenset(regs.cholito)
    version, lexicon = precomputed.source_version(), speller().lexicon
    return (
        precomputed.word_set("register-sadhu", version, lambda: register.registers().sadhu, lexicon),
        precomputed.word_set("register-cholito", version, lambda: register.registers().cholito, lexicon),
    )


def counterparts(word: str) -> tuple[str, ...]:
    """The forms of the other register for an evidence form (best first), else ()."""
    sadhu, cholito = _pairs()
    found = sadhu.get(word) or cholito.get(word)
    return tuple(found.split("|")) if found else ()


@lru_cache(maxsize=1)
def _pairs() -> tuple[dict[str, str], dict[str, str]]:
    """Each evidence form of each register (সাধু, চলিত) with its counterparts, joined by |.
    Kept beside the lexicon too (precomputed.text_file), and read back in about 5 ms
    (registers() takes 40): four blocks of lines (the সাধু forms, their counterparts,
    the চলিত forms, theirs), paired in C."""
    from ..spelling import precomputed, speller

    if precomputed.ENABLED:
        version = precomputed.source_version(__file__)  # this module writes and reads the format
        text = precomputed.text_file("register-pairs", version, _pairs_text, speller().lexicon)
    else:
        text = _pairs_text()
    blocks = [block.split("\n") for block in text.split(_BLOCKS)]
    sadhu, cholito = dict(zip(blocks[0], blocks[1], strict=True)), dict(zip(blocks[2], blocks[3], strict=True))
    sadhu.pop("", None)  # an empty block's one line
    cholito.pop("", None)
    return sadhu, cholito


_BLOCKS = "\x1e"  # the record separator, between the blocks of _pairs_text


def _pairs_text() -> str:
    regs = register.registers()
    blocks = []
    for pairs in (regs.sadhu, regs.cholito):
        blocks += ["\n".join(pairs), "\n".join("|".join(others) for others in pairs.values())]
    return _BLOCKS.join(blocks)


def written_in(doc: Document) -> str | None:
    """SADHU when the text's সাধু forms outnumber its চলিত forms, CHOLITO when the reverse
    or a tie with some evidence, None when it has no form of either (computed once)."""
    return doc.fact(_written_in)


def _written_in(doc: Document) -> str | None:
    sadhu, cholito = evidence()
    counts = document_words(doc.text, doc).counts
    # each of the document's words looked up (a keys view & a set would iterate the set)
    n_sadhu = sum(n for w, n in counts.items() if w in sadhu)
    n_cholito = sum(n for w, n in counts.items() if w in cholito)
    if not n_sadhu and not n_cholito:
        return None
    return SADHU if n_sadhu > n_cholito else CHOLITO
