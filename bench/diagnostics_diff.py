"""Dump banan's diagnostics on a text, line by line, and compare two dumps.

Run by hand, before and after a change that should keep behaviour (or whose changes
must be listed and explained):

    python bench/diagnostics_diff.py dump ../shared/data/clean-news.dev.txt before.jsonl
    ... change the code ...
    python bench/diagnostics_diff.py dump ../shared/data/clean-news.dev.txt after.jsonl
    python bench/diagnostics_diff.py compare before.jsonl after.jsonl

Each line of the text is checked as its own document (as the benchmarks do); a dump
holds, per line, every diagnostic's code, span, found text and replacements. `compare`
prints what disappeared (-) and what appeared (+), counted by rule code, and exits 1
when anything differs. `--unsafe` in dump also records `fix --unsafe`'s output line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path


def dump(text_path: Path, out_path: Path, unsafe: bool) -> None:
    import banan

    with out_path.open("w", encoding="utf-8") as out:
        for n, line in enumerate(text_path.read_text(encoding="utf-8").splitlines(), 1):
            found = [[d.code, d.start, d.end, d.found, list(d.replacements)] for d in banan.check(line)]
            record: dict[str, object] = {"line": n, "diagnostics": found}
            if unsafe:
                record["fixed"] = banan.fix(line, unsafe=True)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _load(path: Path) -> dict[int, dict[str, object]]:
    with path.open(encoding="utf-8") as f:
        return {r["line"]: r for r in map(json.loads, f)}


def compare(a_path: Path, b_path: Path, show: int) -> int:
    a, b = _load(a_path), _load(b_path)
    gone: Counter[str] = Counter()
    new: Counter[str] = Counter()
    shown = 0
    for n in sorted(set(a) | set(b)):
        old = {tuple(map(json.dumps, d)) for d in a.get(n, {}).get("diagnostics", [])}  # type: ignore[union-attr]
        now = {tuple(map(json.dumps, d)) for d in b.get(n, {}).get("diagnostics", [])}  # type: ignore[union-attr]
        for sign, diff, counter in (("-", old - now, gone), ("+", now - old, new)):
            for d in sorted(diff):
                counter[json.loads(d[0])] += 1
                if shown < show:
                    print(f"line {n} {sign} " + " ".join(json.loads(x) if i == 0 else x for i, x in enumerate(d)))
                    shown += 1
    lines_changed = sum(1 for n in set(a) & set(b) if a[n].get("fixed") != b[n].get("fixed"))
    print(f"disappeared: {sum(gone.values())} {dict(gone.most_common())}")
    print(f"appeared:    {sum(new.values())} {dict(new.most_common())}")
    if any("fixed" in r for r in a.values()):
        print(f"lines whose fix --unsafe output changed: {lines_changed}")
    return 1 if gone or new or lines_changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="check each line of TEXT and write the diagnostics to OUT")
    d.add_argument("text", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--unsafe", action="store_true", help="also record fix --unsafe's output per line")
    c = sub.add_parser("compare", help="what differs between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", type=int, default=40, help="print this many differences (default 40)")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.text, args.out, args.unsafe)
        return 0
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
