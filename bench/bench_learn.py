"""Benchmark `banan lexicon learn`: what a learned house vocabulary removes, and what it lets through.

Run by hand (this is not a test), with the evaluation data passed by folder:

    python bench/bench_learn.py ../shared/data [--fit]

Documents: clean-news.dev.txt is one edited news sentence a line; each line is a
document, and the file is split into its first and second half. comments.dev.jsonl
(real comments with their hand correction) is split the same way, by row; its
`source` side (unedited, with real typos) is the adversarial archive.

1. Learn from one half of clean news, check the other (and the other way round):
   flags per 1000 words (words = len(text.split())), all rules and SPELL only,
   without and with the learned list. Twice: with the file cut in the middle (an
   archive, then later news: few of its names come back), and with the lines dealt
   out alternately (an archive of the same weeks as the text checked).
2. The non-word typos of word-errors.dev.jsonl (its `wrong` words that the default
   check flags, each checked alone) that each learned list lets through.
3. Learn from each half of the comments' `source` side: learned words that are
   misspellings (words the correction changes in most of their occurrences, found
   by aligning source and target word by word).
4. With --fit: the thresholds (max_ratio, min_zipf) chosen on one half and scored
   on the other, both ways round: the clean-news half's recurring unknown words count
   as names to keep, the comments half's misspellings as words to leave out (each
   weighs TYPO_WEIGHT names); the comments' other words are shown, not scored (the
   correction leaves many misspellings as they are). The defaults in
   banan.vocabulary.LearnOptions are the fit on the first half.

Output: aligned tables, then one JSON line with every figure.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import itertools
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from banan.chars import WORD_LETTERS
from banan.config import Config
from banan.engine import check
from banan.vocabulary import Entry, Learner, LearnOptions, word_list

RUNS = re.compile(f"[{WORD_LETTERS}]+")
ALL = Config()
SPELL = Config(select=("SPELL",))
# The grid --fit searches (inf: that test off).
RATIOS = (0.3, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, float("inf"))
ZIPFS = (3.5, 4.0, 4.5, 5.0, 5.5, 6.0, float("inf"))
# A misspelling learned costs this many names kept: a typo let through is worse than a
# false alarm left in place, which a person can add by hand.
TYPO_WEIGHT = 3


def halves(items: list) -> tuple[list, list]:
    mid = len(items) // 2
    return items[:mid], items[mid:]


def flags_per_1000(lines: list[str], config: Config, words: frozenset[str]) -> float:
    config = dataclasses.replace(config, words=words)
    flags = sum(len(check(line, config)) for line in lines)
    n = sum(len(line.split()) for line in lines)
    return 1000 * flags / n


def misspelt_words(rows: list[dict]) -> tuple[set[str], set[str]]:
    """(words the correction changes in most of their occurrences, the other words)."""
    changed: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for r in rows:
        src, tgt = r["source"].split(), r["target"].split()
        for op, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, src, tgt, autojunk=False).get_opcodes():
            tally = kept if op == "equal" else changed
            for token in src[i1:i2]:
                tally.update(RUNS.findall(token))
    bad = {w for w in changed if changed[w] > kept[w]}
    return bad, set(kept) - bad


def learn(texts: list[str], options: LearnOptions) -> tuple[list[Entry], float]:
    start = time.process_time()
    entries = Learner(options).add_all(texts).result()
    return entries, time.process_time() - start


def rejudged(entries: list[Entry], options: LearnOptions) -> list[Entry]:
    for e in entries:
        e.decide(options)
    return entries


def recurring(entries: list[Entry], options: LearnOptions) -> list[Entry]:
    return [e for e in entries if e.documents >= options.min_documents and e.count >= options.min_count]


def let_through(wrong: list[str], learned: frozenset[str]) -> list[str]:
    """The typos flagged by the default check that the learned list silences."""
    if not learned:
        return []
    with_list = dataclasses.replace(ALL, words=learned)
    return [w for w in wrong if check(w, ALL) and not check(w, with_list)]


def fit(names: list[Entry], comments: list[Entry], bad: set[str]) -> tuple[float, float, dict]:
    """The (max_ratio, min_zipf) that keeps the most names while learning the fewest
    misspellings (each weighs TYPO_WEIGHT); on a tie, the stricter."""
    best = None
    for r in RATIOS:
        for z in ZIPFS:
            s = score(names, comments, bad, LearnOptions(max_ratio=r, min_zipf=z))
            key = (s["names_kept"] - TYPO_WEIGHT * s["typos_learned"], -r, -z)
            if best is None or key > best[0]:
                best = (key, r, z, s)
    assert best is not None
    return best[1], best[2], best[3]


def score(names: list[Entry], comments: list[Entry], bad: set[str], options: LearnOptions) -> dict:
    rejudged(names, options)
    rejudged(comments, options)
    return {
        "names_kept": sum(e.learned for e in names),
        "names": len(names),
        "typos_learned": sum(e.learned for e in comments if e.word in bad),
        "typos": sum(e.word in bad for e in comments),
        "good_kept": sum(e.learned for e in comments if e.word not in bad),
        "good": sum(e.word not in bad for e in comments),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="the folder of the evaluation data")
    ap.add_argument("--fit", action="store_true", help="fit the thresholds on one half, score on the other")
    args = ap.parse_args()
    news = [
        line for line in (args.data / "clean-news.dev.txt").read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    rows = [json.loads(line) for line in (args.data / "comments.dev.jsonl").open(encoding="utf-8")]
    with (args.data / "word-errors.dev.jsonl").open(encoding="utf-8") as f:
        wrong = sorted({json.loads(line)["wrong"] for line in f})
    defaults = LearnOptions()
    out: dict = {"options": dataclasses.asdict(defaults), "documents": "clean news: one line; comments: one row"}
    news_halves, row_halves = halves(news), halves(rows)
    interleaved = (news[0::2], news[1::2])
    # Every word of two documents and two occurrences is gathered, judged later: the fit
    # sees more words than the default thresholds keep.
    open_options = dataclasses.replace(defaults, max_ratio=float("inf"), min_documents=2, min_count=2)
    news_learned = [learn(h, open_options) for h in news_halves]
    comment_learned = [learn([r["source"] for r in h], open_options) for h in row_halves]
    labels = [misspelt_words(h) for h in row_halves]
    out["learn_cpu_s"] = {
        "news_half": [round(t, 2) for _, t in news_learned],
        "comments_half": [round(t, 2) for _, t in comment_learned],
    }

    if args.fit:
        out["fit"] = []
        print("fit (max_ratio, min_zipf) on one half, score on the other:")
        for a, b in ((0, 1), (1, 0)):
            r, z, on_fit = fit(news_learned[a][0], comment_learned[a][0], labels[a][0])
            options = LearnOptions(max_ratio=r, min_zipf=z)
            on_test = score(news_learned[b][0], comment_learned[b][0], labels[b][0], options)
            out["fit"].append({"fit_half": a, "max_ratio": r, "min_zipf": z, "fit": on_fit, "test": on_test})
            print(f"  fit on half {a}: max_ratio {r:g}, min_zipf {z:g}; fit half {on_fit}; test half {on_test}")

    print(
        f"\nwith the defaults: max_ratio {defaults.max_ratio:g}, min_zipf {defaults.min_zipf:g}, "
        f"min_documents {defaults.min_documents}, min_count {defaults.min_count}"
    )
    out["news"] = []
    print(
        f"{'learn from':16s} {'check':10s} {'learned':>7s} {'rejected':>8s} {'ALL/1000':>9s} {'+list':>7s} "
        f"{'SPELL/1000':>10s} {'+list':>7s} {'typos through':>13s}"
    )
    splits = [
        ("half", news_halves, [e for e, _ in news_learned]),
        ("alternate", interleaved, [Learner(defaults).add_all(h).result() for h in interleaved]),
    ]
    for (split, parts, learned_parts), (a, b) in itertools.product(splits, ((0, 1), (1, 0))):
        entries = recurring(rejudged(learned_parts[a], defaults), defaults)
        learned = frozenset(word_list(entries).split())
        check_half = parts[b]
        row = {
            "split": split,
            "learn_half": a,
            "learned": len(learned),
            "rejected": sum(not e.learned for e in entries),
            "all_without": flags_per_1000(check_half, ALL, frozenset()),
            "all_with": flags_per_1000(check_half, ALL, learned),
            "spell_without": flags_per_1000(check_half, SPELL, frozenset()),
            "spell_with": flags_per_1000(check_half, SPELL, learned),
            "typos_through": let_through(wrong, learned),
        }
        out["news"].append(row)
        print(
            f"{split + ' ' + str(a):16s} {split + ' ' + str(b):10s} {row['learned']:7d} {row['rejected']:8d} "
            f"{row['all_without']:9.2f} {row['all_with']:7.2f} {row['spell_without']:10.2f} {row['spell_with']:7.2f} "
            f"{len(row['typos_through']):13d}"
        )

    out["comments"] = []
    print(
        f"\n{'learn from':12s} {'learned':>7s} {'misspelt':>8s} {'rejected':>8s} {'typos through':>13s}  "
        "misspellings learned"
    )
    for a in (0, 1):
        entries = recurring(rejudged(comment_learned[a][0], defaults), defaults)
        learned = frozenset(word_list(entries).split())
        misspelt = sorted(w for w in learned if w in labels[a][0])
        row = {
            "learn_half": a,
            "learned": len(learned),
            "misspelt": misspelt,
            "rejected": sum(not e.learned for e in entries),
            "typos_through": let_through(wrong, learned),
        }
        out["comments"].append(row)
        print(
            f"{'comments ' + str(a):12s} {row['learned']:7d} {len(misspelt):8d} {row['rejected']:8d} "
            f"{len(row['typos_through']):13d}  {' '.join(misspelt)}"
        )
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
