"""Check banan's corrections with banan: a fix or a suggestion must not be flagged in its turn.

Run by hand (a minute or two):

    python bench/check_corrections.py [--data ../shared/data] [--zipf 1.0]

1. Every ORTHO correction (table and letter rules) of the words of wordfreq's Bengali list
   down to the given Zipf frequency is checked with the SPELL, ORTHO, NAME and NORM rules.
2. Every suggestion SPELL001 offers for the non-word typos of word-errors.dev.jsonl (where
   the evaluation data is present) is checked the same way.
3. Clean news (where present) has every unsafe fix applied and is checked again: what is
   left must be display-only.

Prints the counts and the first examples of each rule that fires; exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import wordfreq

import banan
from banan import Config
from banan.diagnostics import Applicability
from banan.rules.spelling import suggestions_for
from banan.spelling.academy import standard_form
from banan.spelling.letter_rules import pattern_form

CHECKED = Config(select=("SPELL", "ORTHO", "NAME", "NORM"))
ROOT = Path(__file__).resolve().parent.parent


def report(title: str, pairs: Iterable[tuple[str, str]]) -> int:
    """Check each (word, correction) pair's correction; print and return how many were flagged."""
    flagged: dict[str, list[tuple[str, str]]] = defaultdict(list)
    total = 0
    for word, correction in pairs:
        total += 1
        diagnostics = banan.check(correction, CHECKED)
        if diagnostics:
            flagged[diagnostics[0].code].append((word, correction))
    n = sum(len(v) for v in flagged.values())
    print(f"{title}: {total:,} checked, {n} flagged in their turn")
    for code, examples in sorted(flagged.items()):
        print(f"  {code} {len(examples)}: " + ", ".join(f"{a} -> {b}" for a, b in examples[:8]))
    return n


def orthography(zipf: float) -> int:
    def pairs() -> Iterator[tuple[str, str]]:
        for word in wordfreq.iter_wordlist("bn", wordlist="large"):
            if wordfreq.zipf_frequency(word, "bn") < zipf:
                break
            for found in (standard_form(word), pattern_form(word)):
                if found:
                    yield word, found[0]

    return report("ORTHO corrections of wordfreq's words", pairs())


def suggestions(data: Path) -> int:
    path = data / "word-errors.dev.jsonl"
    if not path.is_file():
        print(f"{path} not found: suggestions not checked")
        return 0
    vocabulary = set(wordfreq.iter_wordlist("bn", wordlist="large"))
    words = dict.fromkeys(
        unicodedata.normalize("NFC", json.loads(line)["wrong"]) for line in path.open(encoding="utf-8")
    )
    pairs = ((word, offered) for word in words if word not in vocabulary for offered in suggestions_for(word))
    return report("SPELL001 suggestions for the non-word typos", pairs)


def fixed_text(data: Path) -> int:
    path = data / "clean-news.dev.txt"
    if not path.is_file():
        print(f"{path} not found: fixes not checked")
        return 0
    text = path.read_text(encoding="utf-8")
    before = Counter(d.code for d in banan.check(text))
    left = banan.check(banan.fix(text, unsafe=True))
    fixable = [d for d in left if d.fixes and d.fixes[0].applicability > Applicability.DISPLAY_ONLY]
    print(
        f"clean news, every unsafe fix applied: {sum(before.values()):,} flags before, {len(left):,} after "
        f"({', '.join(f'{c} {n}' for c, n in Counter(d.code for d in left).most_common())}); "
        f"{len(fixable)} still fixable"
    )
    return len(fixable)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--zipf", type=float, default=1.0, help="lowest Zipf frequency of the words read (default 1.0)")
    args = parser.parse_args()
    bad = orthography(args.zipf) + suggestions(args.data) + fixed_text(args.data)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
