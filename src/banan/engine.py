"""The engine: text in, diagnostics out. Pure: no files, no printing.

`check` runs the selected rules; `fix` applies fixes up to a threshold until nothing
more applies; `normalize` repairs the encoding only (the NORM family, safe fixes,
then NFC), which is what a corpus pipeline wants before anything else.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable
from functools import cache

from .config import Config
from .deadline import check_deadline
from .diagnostics import Applicability, Diagnostic, Edit
from .graphemes import Aligner
from .rules import Document
from .suppress import apply_directives

__all__ = ["apply_fixes", "check", "fix", "normalize", "warm_up"]

MAX_ROUNDS = 16


# The default selection and NORM's are built on first use, not at import: resolving a
# selector such as NORM loads every rule module, which `import banan` should not pay for.
@cache
def default_config() -> Config:
    return Config()


@cache
def _norm_config() -> Config:
    return Config(select=("NORM",))


def __getattr__(name: str) -> Config:
    if name == "DEFAULT_CONFIG":  # the default Config, built on first access
        return default_config()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def check(text: str, config: Config | None = None, *, words: Collection[str] = ()) -> list[Diagnostic]:
    """Every problem the selected rules find, sorted by position then code.

    `words` are accepted as correctly spelled for this call (a user's dictionary),
    on top of the words the configuration accepts."""
    if not isinstance(text, str):
        raise TypeError(f"check() wants str, not {type(text).__name__}")
    config = config or default_config()
    rules = config.rules
    doc = Document(
        text,
        words=config.words | frozenset(words) if words else config.words,
        selected=frozenset(rule.code for rule in rules),
    )
    found: list[Diagnostic] = []
    aligner = Aligner(text)
    # URLs, e-mail addresses and code (Markdown code spans and blocks) are not prose: no
    # rule reports, and no fix touches, what starts inside them.
    protected = doc.protected if doc.protected_spans else None
    for rule in rules:  # in run order: each after the rules whose findings it reads (`Rule.needs`)
        check_deadline()
        doc.running(rule.needs)
        for hit in rule.check(text, doc):
            check_deadline()  # a no-op unless the caller set a deadline (see banan.deadline)
            if protected and protected(hit.start):
                continue
            start, end = aligner.align(hit.start, hit.end)
            diagnostic = Diagnostic(rule.code, start, end, hit.message, text[start:end], hit.fixes)
            found.append(diagnostic)
            doc.add(diagnostic)
    doc.running(None)
    found = apply_directives(text, found)
    found.sort(key=lambda d: (d.start, d.end, d.code))
    return found


def apply_fixes(
    text: str, diagnostics: Iterable[Diagnostic], threshold: Applicability = Applicability.SAFE
) -> tuple[str, int]:
    """Apply the best fix of each diagnostic that reaches `threshold`, skipping any
    whose edits overlap one already taken. Returns the new text and how many applied."""
    chosen: list[Edit] = []
    last_end = -1
    applied = 0
    candidates = [d for d in diagnostics if d.fixes and d.fixes[0].applicability >= threshold]
    candidates.sort(key=lambda d: (min(e.start for e in d.fixes[0].edits), d.start))
    for d in candidates:
        edits = sorted(d.fixes[0].edits, key=lambda e: (e.start, e.end))
        if edits[0].start < last_end:
            continue
        chosen.extend(edits)
        last_end = max(e.end for e in edits)
        applied += 1
    if not chosen:
        return text, 0
    parts = []
    pos = 0
    for e in chosen:
        parts.append(text[pos : e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts), applied


def _fix_loop(
    text: str, config: Config, threshold: Applicability, words: Collection[str] = ()
) -> tuple[str, int]:
    total = 0
    for _ in range(MAX_ROUNDS):
        text, applied = apply_fixes(text, check(text, config, words=words), threshold)
        if not applied:
            break
        total += applied
    return text, total


def fix(text: str, config: Config | None = None, unsafe: bool = False, *, words: Collection[str] = ()) -> str:
    """The text with every safe fix applied (and unsafe ones too with `unsafe=True`),
    repeated until no more apply."""
    return fix_count(text, config, unsafe, words=words)[0]


def fix_count(
    text: str, config: Config | None = None, unsafe: bool = False, *, words: Collection[str] = ()
) -> tuple[str, int]:
    """Like `fix`, also returning how many fixes were applied."""
    threshold = Applicability.UNSAFE if unsafe else Applicability.SAFE
    return _fix_loop(text, config or default_config(), threshold, words)


def normalize(text: str) -> str:
    """Canonical text: the safe Unicode repairs (NORM family), then NFC, to a fixed point."""
    for _ in range(MAX_ROUNDS):
        repaired = unicodedata.normalize("NFC", fix(text, _norm_config()))
        if repaired == text:
            break
        text = repaired
    return text


# A text that touches every lazily loaded part: the lexicon, the standard-spelling table,
# suggestions, the gazetteer, consistency groups and the Unicode rules.
_WARM_UP_TEXT = "সরকারী পতিবেদক জারমানিতে গেলেন। খামেনি বলেন, খামেনেয়ী আসেননি। কারন ক্রমশঃ বাড়ছে ।"


def warm_up(config: Config | None = None, vocabulary: int = 0) -> None:
    """Load everything a first check would load, so a server's or a worker's first real
    text is not the slow one. With `vocabulary`, also check that many of the lexicon's
    most frequent words (in texts of 500), so that the verdicts on common words that
    each process keeps are there before the first real text (about 1 s per 30,000)."""
    check(_WARM_UP_TEXT, config)
    if vocabulary > 0:
        from .spelling import speller

        words = speller().lexicon.most_frequent(vocabulary)
        for i in range(0, len(words), 500):
            check(" ".join(words[i : i + 500]), config)
