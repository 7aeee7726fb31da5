"""Running rules over a text and applying their fixes: what the engine and the
normalizer share.

`run_rules` turns the hits of given rules into sorted diagnostics (spans widened to
grapheme clusters, suppression comments honoured); `apply_fixes` applies the best fix of
each; `fix_loop` repeats the two until nothing more applies. None of them chooses rules:
the engine passes a configuration's selection, the normalizer the NORM family's rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .deadline import check_deadline
from .diagnostics import Applicability, Diagnostic, Edit
from .graphemes import Aligner
from .rules.base import Rule
from .rules.document import Document
from .suppress import apply_directives

__all__ = ["MAX_ROUNDS", "apply_fixes", "fix_loop", "run_rules"]

MAX_ROUNDS = 16


def run_rules(text: str, rules: Sequence[Rule], words: frozenset[str] = frozenset()) -> list[Diagnostic]:
    """Every problem `rules` (in run order: each after the rules whose findings it reads,
    `Rule.needs`) find in `text`, sorted by position then code; `words` are accepted as
    correctly spelled."""
    doc = Document(text, words=words, selected=frozenset(rule.code for rule in rules))
    found: list[Diagnostic] = []
    aligner = Aligner(text)
    # URLs, e-mail addresses and code (Markdown code spans and blocks) are not prose: no
    # rule reports, and no fix touches, what starts inside them.
    protected = doc.protected if doc.protected_spans else None
    for rule in rules:
        check_deadline()
        doc.running(rule.needs)
        for hit in rule.check(text, doc):
            check_deadline()  # a no-op unless the caller set a deadline (see banan.deadline)
            if protected and not rule.reads_code and protected(hit.start):
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


def fix_loop(
    text: str, rules: Sequence[Rule], threshold: Applicability, words: frozenset[str] = frozenset()
) -> tuple[str, int]:
    """The text with the fixes of `rules` that reach `threshold` applied, round after
    round until none applies (at most MAX_ROUNDS), and how many were applied."""
    total = 0
    for _ in range(MAX_ROUNDS):
        text, applied = apply_fixes(text, run_rules(text, rules, words), threshold)
        if not applied:
            break
        total += applied
    return text, total
