"""Dump what banan says on the evaluation sets, to compare two versions of the code.

Run by hand (this is not a test):

    python bench/dump_outputs.py --data ../shared/data OUT_FOLDER
    python bench/dump_outputs.py --diff BEFORE_FOLDER AFTER_FOLDER

The dump holds, each in its own file:
- news.json: `banan check --format json` on clean-news.dev.txt (every diagnostic);
- comments.json: the same on the `source` side of comments.dev.jsonl, one comment a line;
- suggestions.jsonl: for each distinct `wrong` word of word-errors.dev.jsonl, its
  verdict (`Speller.is_known`) and its ten best suggestions, in a fresh process.

`--diff` compares two dumps file by file and prints the first differences; it exits 1
if anything differs. A speed change must leave all three files identical.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SUGGEST = """
import json, sys
from banan.spelling import speller
sp = speller()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for w in open(sys.argv[1], encoding="utf-8").read().split("\\n"):
        if w:
            out.write(json.dumps([w, sp.is_known(w), sp.suggest(w, 10)], ensure_ascii=False) + "\\n")
"""


def check_json(path: Path, out: Path) -> None:
    # Run beside the file, so the report names it the same way in every dump.
    res = subprocess.run(
        [sys.executable, "-m", "banan", "check", "--format", "json", path.name],
        capture_output=True,
        check=False,
        cwd=path.parent,
    )
    if res.returncode not in (0, 1):
        raise SystemExit(res.stderr.decode())
    out.write_bytes(res.stdout)


def dump(data: Path, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    check_json(data / "clean-news.dev.txt", folder / "news.json")
    with tempfile.TemporaryDirectory() as tmp:
        comments = Path(tmp, "comments.txt")
        rows = (json.loads(ln) for ln in (data / "comments.dev.jsonl").read_text(encoding="utf-8").splitlines() if ln)
        comments.write_text("".join(r["source"].replace("\n", " ") + "\n" for r in rows), encoding="utf-8")
        check_json(comments, folder / "comments.json")
        words = Path(tmp, "words.txt")
        typos = dict.fromkeys(
            json.loads(ln)["wrong"]
            for ln in (data / "word-errors.dev.jsonl").read_text(encoding="utf-8").splitlines()
            if ln
        )
        words.write_text("\n".join(w for w in typos if w and "\n" not in w), encoding="utf-8")
        subprocess.run([sys.executable, "-c", SUGGEST, str(words), str(folder / "suggestions.jsonl")], check=True)


def diff(before: Path, after: Path) -> int:
    differ = 0
    for name in ("news.json", "comments.json", "suggestions.jsonl"):
        # The report's file name is where the dump ran, not what banan said.
        a = [
            ln
            for ln in (before / name).read_text(encoding="utf-8").splitlines()
            if not ln.lstrip().startswith('"path":')
        ]
        b = [
            ln
            for ln in (after / name).read_text(encoding="utf-8").splitlines()
            if not ln.lstrip().startswith('"path":')
        ]
        bad = [(i, x, y) for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]  # lengths compared below
        if len(a) != len(b):
            bad.append((min(len(a), len(b)), f"{len(a)} lines", f"{len(b)} lines"))
        print(f"{name}: {len(a)} lines, {'identical' if not bad else f'{len(bad)} differ'}")
        for i, x, y in bad[:5]:
            print(f"  line {i + 1}:\n    - {x[:300]}\n    + {y[:300]}")
        differ |= bool(bad)
    return int(differ)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"))
    ap.add_argument("out", nargs="?")
    args = ap.parse_args()
    if args.diff:
        raise SystemExit(diff(Path(args.diff[0]), Path(args.diff[1])))
    if not args.out:
        ap.error("give OUT_FOLDER or --diff BEFORE AFTER")
    dump(Path(args.data), Path(args.out))


if __name__ == "__main__":
    main()
