"""Dump the suggestions for every typo of the evaluation sets, to compare two versions
of the suggestion code.

Run by hand (this is not a test):

    python bench/dump_suggestions.py --data ../shared/data OUT.jsonl [--batch]
    diff BEFORE.jsonl AFTER.jsonl

One line per distinct `wrong` word of word-errors.dev.jsonl and
standard-spelling.dev.jsonl, in file order: the word, `Speller.suggest(word)`, and
`Speller.candidates(word)` as [word, repr(score), why] (the score's repr, so that a
change in the last bit shows). With `--batch` the words go through
`Speller.candidates_many` in one call instead of one by one. A speed change must leave
the file byte for byte identical.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from banan.spelling import speller


def typos(data: Path) -> list[str]:
    words: dict[str, None] = {}
    for name in ("word-errors.dev.jsonl", "standard-spelling.dev.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if line:
                words[json.loads(line)["wrong"]] = None
    return [w for w in words if w]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--batch", action="store_true", help="ask for all candidates in one candidates_many call")
    ap.add_argument("out")
    args = ap.parse_args()
    words = typos(Path(args.data))
    sp = speller()
    if args.batch:
        found = dict(zip(words, sp.candidates_many(words), strict=True))
    with open(args.out, "w", encoding="utf-8") as out:
        for w in words:
            cands = found[w] if args.batch else sp.candidates(w)
            row = [w, sp.suggest(w), [[c.word, repr(c.score), c.why] for c in cands]]
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
