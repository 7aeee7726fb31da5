"""What `banan fix --unsafe` changes in edited text, word by word, for a reader to audit.

Run by hand, from the repository root:

    python bench/bench_unsafe_fix.py [FILE] [--sample N] [--seed S] [--limit N] [--json OUT]

FILE is text with one sentence or paragraph a line (default: ../shared/data/clean-news.dev.txt,
edited news). Each line is fixed on its own as `banan fix --unsafe` fixes it (every default
rule, to a fixed point) and the line before and after are aligned word by word (difflib on
white-space tokens). Printed:

1. how many words the fixes changed, by the rule that reported each;
2. every change of a common known word (Zipf >= --zipf in the lexicon, or in a curated list)
   into another known word, with its rule and line: such a change merges two words, and a
   newsroom must see each one before a release trusts `fix --unsafe`;
3. with --sample N, N changed words drawn at random (with --seed, reproducible), each in
   its sentence, as a table to classify by hand (damaged / correct / unclear).

Nothing is copied from the input into the project; the audit table goes to stdout or --json.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import banan
from banan.spelling import speller
from banan.spelling.lexicon import FROM_HUNSPELL

ROOT = Path(__file__).resolve().parent.parent
PUNCTUATION = "।,;:?!\"'“”‘’()[]{}—–-…"


@dataclass
class Change:
    line: int  # 1-based
    before: str  # the original tokens (joined by a space)
    after: str  # what the fix wrote instead
    rules: str  # the codes reporting something there in the original line
    merge: bool  # a common known word made into another known word
    sentence: str  # the original line


def word_of(token: str) -> str:
    return token.strip(PUNCTUATION)


def common_known(word: str, zipf: float) -> bool:
    sp = speller()
    z = sp.lexicon.frequency(word)
    return sp.is_known(word) and (z >= zipf or bool(sp.lexicon.origin_of(word) & FROM_HUNSPELL))


def token_spans(line: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for token in line.split():
        start = line.index(token, pos)
        spans.append((start, start + len(token)))
        pos = start + len(token)
    return spans


def changes(lines: Iterable[str], zipf: float) -> Iterator[Change]:
    """Each run of changed words, line by line."""
    sp = speller()
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        fixed = banan.fix(line, unsafe=True)
        if fixed == line:
            continue
        diagnostics = banan.check(line)
        a, b = line.split(), fixed.split()
        spans = token_spans(line)
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
            if op == "equal":
                continue
            start, end = (spans[i1][0], spans[i2 - 1][1]) if i2 > i1 else ((spans[i1 - 1][1],) * 2 if i1 else (0, 0))
            rules = sorted({d.code for d in diagnostics if d.start <= end and d.end >= start})
            before, after = " ".join(a[i1:i2]), " ".join(b[j1:j2])
            old, new = [word_of(t) for t in a[i1:i2]], [word_of(t) for t in b[j1:j2]]
            # A merge: one word became one other word (punctuation aside), both known.
            merge = (
                len(old) == len(new) == 1
                and old[0] != new[0]
                and bool(old[0])
                and bool(new[0])
                and common_known(old[0], zipf)
                and sp.is_known(new[0])
            )
            yield Change(n, before, after, ",".join(rules), merge, line)


def words_changed(c: Change) -> int:
    return max(len(c.before.split()), 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=ROOT.parent / "shared" / "data" / "clean-news.dev.txt")
    parser.add_argument("--limit", type=int, default=0, help="read only the first N lines")
    parser.add_argument("--zipf", type=float, default=3.0, help="a known word this frequent is common (default 3.0)")
    parser.add_argument("--sample", type=int, default=0, help="print N changed words at random, to audit by hand")
    parser.add_argument("--seed", type=int, default=0, help="the sample's random seed (default 0)")
    parser.add_argument("--json", type=Path, help="write every change to this file")
    args = parser.parse_args()
    if not args.file.is_file():
        print(f"{args.file}: no such file", file=sys.stderr)
        return 2
    lines = args.file.read_text(encoding="utf-8").splitlines()
    if args.limit:
        lines = lines[: args.limit]
    total_words = sum(len(line.split()) for line in lines)
    found = list(changes(lines, args.zipf))
    changed = sum(map(words_changed, found))
    by_rule = Counter()
    for c in found:
        for code in c.rules.split(",") if c.rules else ["?"]:
            by_rule[code] += words_changed(c)
    print(
        f"{args.file.name}: {len(lines):,} lines, {total_words:,} words; fix --unsafe changed {changed:,} words "
        f"({changed / max(total_words, 1):.2%}) in {len({c.line for c in found}):,} lines"
    )
    print(
        "by rule (words; a change two rules report counts for both): "
        + ", ".join(f"{code} {n}" for code, n in by_rule.most_common())
    )
    merges = [c for c in found if c.merge]
    print(f"\ncommon known words made into other known words: {len(merges)}")
    for c in merges:
        print(f"  line {c.line}: {c.before} -> {c.after}  [{c.rules}]")
    if args.sample:
        # One entry per changed word: a run of k words is drawn k times as often as one word.
        pool = [(c, i) for c in found for i in range(words_changed(c))]
        rng = random.Random(args.seed)
        picked = rng.sample(pool, min(args.sample, len(pool)))
        print(
            f"\nrandom sample of {len(picked)} changed words (seed {args.seed}): "
            "n | line | word (of its run) | before -> after | rules | sentence"
        )
        for k, (c, i) in enumerate(picked, 1):
            word = c.before.split()[i] if c.before else ""
            print(f"{k}\t{c.line}\t{word}\t{c.before} -> {c.after}\t{c.rules}\t{c.sentence}")
    if args.json:
        args.json.write_text(json.dumps([asdict(c) for c in found], ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
