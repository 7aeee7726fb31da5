"""Measure the REGISTER family (সাধু-চলিত mixing) on bench/register/sentences.tsv.

Run by hand (this is not a test):

    python bench/bench_register.py [--news PATH] [--split dev|test|all] [--show]

Each sentence of the set is checked alone, as its own text. Figures, by half of the set
(dev: even rows, test: odd rows; a threshold is fitted on dev and checked on test):

- caught: the share of mixed sentences where REGISTER reports the faulty form;
- fix rate: the share of mixed sentences whose first fix is the expected form;
- untouched by REGISTER: the share of pure সাধু and pure চলিত sentences REGISTER leaves alone;
- untouched by all rules: the same share with every default rule on.

With --news (e.g. ../shared/data/clean-news.dev.txt, edited চলিত news; read by path, never
copied), the flags per 1000 words REGISTER adds on that text, checked as one document per
line, with each flag listed. Only the standard library and banan are used.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import banan
from banan import Config, check

SET = Path(__file__).resolve().parent / "register" / "sentences.tsv"


def read_set(path: Path = SET) -> list[dict[str, str]]:
    rows = []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    for i, line in enumerate(lines[1:]):
        row = dict(zip(header, line.split("\t"), strict=True))
        row["half"] = "dev" if i % 2 == 0 else "test"
        rows.append(row)
    return rows


def _register_only(setting: str = "auto") -> Config:
    return Config(select=("REGISTER",), register=setting)


def measure(rows: list[dict[str, str]], show: bool = False) -> dict[str, object]:
    only = _register_only()
    caught = fixed = mixed = 0
    pure = Counter()  # kind -> sentences
    clean_register = Counter()
    clean_all = Counter()
    missed, wrong_fix, touched = [], [], []
    for row in rows:
        text = row["text"]
        found = check(text, only)
        if row["kind"] == "mixed":
            mixed += 1
            bad, good = row["expected"].split("=>")
            hit = next((d for d in found if d.found == bad), None)
            if hit is None:
                missed.append(text)
                continue
            caught += 1
            first = hit.fixes[0].edits[0].replacement if hit.fixes else None
            if first == good:
                fixed += 1
            else:
                wrong_fix.append((text, bad, good, first))
        else:
            pure[row["kind"]] += 1
            if not found:
                clean_register[row["kind"]] += 1
            else:
                touched.append(("REGISTER", text, [(d.code, d.found) for d in found]))
            every = check(text)
            if not every:
                clean_all[row["kind"]] += 1
            else:
                touched.append(("all", text, [(d.code, d.found) for d in every]))
    if show:
        for text in missed:
            print("  missed:", text)
        for text, bad, good, first in wrong_fix:
            print(f"  fix: {bad} -> {first}, expected {good}: {text}")
        for what, text, codes in touched:
            print(f"  {what}: {codes}: {text}")
    n_pure = sum(pure.values())
    return {
        "mixed": mixed,
        "caught": round(caught / mixed, 3) if mixed else None,
        "fix_rate": round(fixed / mixed, 3) if mixed else None,
        "pure": dict(pure),
        "untouched_register": {k: round(clean_register[k] / v, 3) for k, v in pure.items()},
        "untouched_all_rules": {k: round(clean_all[k] / v, 3) for k, v in pure.items()},
        "untouched_register_total": round(sum(clean_register.values()) / n_pure, 3) if n_pure else None,
        "untouched_all_total": round(sum(clean_all.values()) / n_pure, 3) if n_pure else None,
    }


def news_flags(path: Path) -> dict[str, object]:
    only = _register_only()
    words = 0
    flags = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        words += len(line.split())
        for d in check(line, only):
            start = max(0, d.start - 40)
            flags.append((n, d.code, d.found, d.fixes[0].edits[0].replacement if d.fixes else "",
                          line[start:d.end + 40]))
    for n, code, found, fix, context in flags:
        print(f"  line {n}: {code} {found} -> {fix}: …{context}…")
    return {"words": words, "flags": len(flags), "per_1000_words": round(1000 * len(flags) / words, 3) if words else 0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", type=Path, help="a চলিত text to count REGISTER's flags on (one document a line)")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--show", action="store_true", help="list the misses, wrong fixes and touched pure sentences")
    args = ap.parse_args()
    rows = read_set()
    result: dict[str, object] = {"banan": banan.__version__}
    halves = ("dev", "test") if args.split == "all" else (args.split,)
    for half in halves:
        print(f"== {half} half")
        result[half] = measure([r for r in rows if r["half"] == half], args.show)
        print(json.dumps(result[half], ensure_ascii=False))
    if args.split == "all":
        result["all"] = measure(rows)
        print("== all", json.dumps(result["all"], ensure_ascii=False))
    if args.news:
        print(f"== REGISTER on {args.news.name}")
        result["news"] = news_flags(args.news)
        print(json.dumps(result["news"], ensure_ascii=False))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
