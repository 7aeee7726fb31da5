"""Fit the web-misspelling thresholds (NAME002, SPELL003) on one half of the data and check
them on the other.

Run by hand (this is not a test), from the repository root:

    python bench/bench_web_slips.py [--data ../shared/data] [--check]

The halves are alternate rows: the word-error set's even rows and clean news's even lines
are half A, the odd ones half B. For each combination of the thresholds below (the other
fields of SETTINGS as they ship) it prints, on half A (and with `--check` on half B too):

- `real`, `gain`, `first`: the real-word pairs (the wrong form is in wordfreq's list), how
  many of them the two rules flag that no other spelling rule flags, and how many of those
  with the right word first;
- `right`, `right_pts`: right words of the pairs the two rules flag that no other spelling
  rule flags, and that as points of the half's pairs;
- `news_per_1000`: words of clean news the two rules flag, per 1000 words (each word judged
  alone: the document's own-name exception is left out).

Pick on half A (most gain, right words and news flags not above a few hundredths), then run
with `--check` and read half B. The rules judge words, so each distinct word is checked once.
Needs wordfreq (as bench_spelling.py does). About a minute per run on a 2-core machine.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import re
from pathlib import Path

from bench_spelling import DEFAULT_DATA, SPELLING_FAMILIES, family, wordfreq_vocabulary

import banan
from banan.rules import web_slips
from banan.spelling.settings import SETTINGS

MINE = frozenset({"NAME002", "SPELL003"})
WORD = re.compile("[\u0980-\u09ff]+")
GRID = {
    "web_slip_below_zipf": (2.5, 3.0),
    "web_slip_word_min_zipf": (3.0, 3.5, 4.0),
    "web_slip_word_min_length": (4, 5),
    "web_slip_name_gap": (0.5, 1.0),
}
_others: dict[str, bool] = {}


def flagged_by_others(word: str) -> bool:
    """Whether a spelling rule other than NAME002 and SPELL003 flags the word alone."""
    found = _others.get(word)
    if found is None:
        found = _others[word] = any(
            family(d.code) in SPELLING_FAMILIES and d.code not in MINE for d in banan.check(word)
        )
    return found


def slip(word: str) -> str | None:
    return web_slips.misspelt_name(word) or web_slips.misspelt_common_word(word)


def score(rows: list[dict], lines: list[str], vocabulary: frozenset[str]) -> dict:
    real = [(r["wrong"], r["right"]) for r in rows if r["wrong"] in vocabulary and " " not in r["wrong"]]
    new = [(w, r) for w, r in real if not flagged_by_others(w) and slip(w)]
    right = sum(1 for r in rows if " " not in r["right"] and not flagged_by_others(r["right"]) and slip(r["right"]))
    words = [w for line in lines for w in WORD.findall(line)]
    return {
        "real": len(real),
        "gain": len(new),
        "first": sum(1 for w, r in new if slip(w) == r),
        "right": right,
        "right_pts": round(100 * right / len(rows), 2),
        "news_per_1000": round(1000 * sum(1 for w in words if slip(w)) / len(words), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--check", action="store_true", help="also score half B")
    args = parser.parse_args()
    with (args.data / "word-errors.dev.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    lines = (args.data / "clean-news.dev.txt").read_text(encoding="utf-8").splitlines()
    vocabulary = wordfreq_vocabulary()
    halves = {"A": (rows[0::2], lines[0::2]), "B": (rows[1::2], lines[1::2])}
    shipped = tuple(getattr(SETTINGS, name) for name in GRID)
    for combo in itertools.product(*GRID.values()):
        web_slips.SETTINGS = dataclasses.replace(SETTINGS, **dict(zip(GRID, combo, strict=True)))
        web_slips.misspelt_name.cache_clear()
        web_slips.misspelt_common_word.cache_clear()
        figures = {h: score(*halves[h], vocabulary) for h in (("A", "B") if args.check else ("A",))}
        mark = "  (as shipped)" if combo == shipped else ""
        print(dict(zip(GRID, combo, strict=True)), figures, mark, flush=True)
    web_slips.SETTINGS = SETTINGS


if __name__ == "__main__":
    main()
