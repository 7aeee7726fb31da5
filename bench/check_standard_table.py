"""Validate the standard-spelling table (wrong -> right pairs) and show word frequencies.

Run by hand (this is not a test):

    python bench/check_standard_table.py [DATA_FOLDER] [--all]

DATA_FOLDER (the folder with standard.tsv and standard-groups.toml) defaults to
src/banan/data; each row is read with its group's class, rule and source. Needs `wordfreq`
(pip install wordfreq); the frequency columns are skipped with a notice without it.

Hard checks (exit status 1 if any fails):
- every entry has wrong, right, class, rule and source; class is a known class id;
- wrong and right are NFC and made of Bengali letters and signs only (U+0980-U+09FF);
- wrong != right; no wrong appears twice; no wrong is also the right of another entry.

Review aids (printed, never a failure):
- right forms that wordfreq's Bengali list does not know (zipf 0), marked with whether the
  entry already carries a "not in wordfreq" note;
- the zipf frequency of every wrong form beside its right form, most frequent wrong form
  first (the frequent wrong forms are the ones the table exists for). Only the top 40 are
  printed unless --all is given.

Only the standard library and wordfreq are used; no evaluation data is read.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
import unicodedata
from collections import Counter
from pathlib import Path

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "src" / "banan" / "data"
CLASSES = {f"O{i}" for i in range(1, 21)} | {"O1b", "O1c"}
REQUIRED = ("wrong", "right", "class", "rule", "source")
NOT_IN_WORDFREQ = "not in wordfreq"


def is_bengali(word: str) -> bool:
    return bool(word) and all("\u0980" <= ch <= "\u09ff" for ch in word)


def read_entries(folder: Path) -> list[dict]:
    """The table's rows as dicts with wrong, right, class, rule, source and, where the row
    has them, style (True) and note. A row naming no known group gets no class, rule or
    source, which the structural checks report."""
    groups = tomllib.loads((folder / "standard-groups.toml").read_text(encoding="utf-8"))
    lines = [
        line
        for line in (folder / "standard.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    columns = lines[0].split("\t")
    entries = []
    for line in lines[1:]:
        row = dict(zip(columns, line.split("\t"), strict=False))
        entry = {"wrong": row.get("wrong", ""), "right": row.get("right", ""), **groups.get(row.get("group", ""), {})}
        if row.get("style"):  # 'style' reads as True; anything else is kept, and reported
            entry["style"] = True if row["style"] == "style" else row["style"]
        if row.get("note"):
            entry["note"] = row["note"]
        entries.append(entry)
    return entries


def structural_problems(entries: list[dict]) -> list[str]:
    problems: list[str] = []
    wrong_count = Counter(e.get("wrong") for e in entries)
    entries_by_right: dict[str, list[int]] = {}
    for number, entry in enumerate(entries, 1):
        entries_by_right.setdefault(entry.get("right"), []).append(number)
    for number, entry in enumerate(entries, 1):
        label = f"entry {number} ({entry.get('wrong')!r} -> {entry.get('right')!r})"
        missing = [key for key in REQUIRED if not entry.get(key)]
        if missing:
            problems.append(f"{label}: missing {', '.join(missing)}")
            continue
        if entry["class"] not in CLASSES:
            problems.append(f"{label}: unknown class {entry['class']!r}")
        for key in ("wrong", "right"):
            word = entry[key]
            if unicodedata.normalize("NFC", word) != word:
                problems.append(f"{label}: {key} is not NFC")
            if not is_bengali(word):
                problems.append(f"{label}: {key} has characters outside the Bengali block")
        if entry["wrong"] == entry["right"]:
            problems.append(f"{label}: wrong == right")
        if wrong_count[entry["wrong"]] > 1:
            problems.append(f"{label}: wrong form listed {wrong_count[entry['wrong']]} times")
        others = [n for n in entries_by_right.get(entry["wrong"], []) if n != number]
        if others:
            problems.append(f"{label}: wrong form is the right form of entry {others[0]}")
        if "style" in entry and not isinstance(entry["style"], bool):
            problems.append(f"{label}: style must be true or false")
    return problems


def frequency_report(entries: list[dict], show_all: bool) -> None:
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        print("wordfreq is not installed: frequency checks skipped (pip install wordfreq)")
        return

    def zipf(word: str) -> float:
        return zipf_frequency(unicodedata.normalize("NFC", word), "bn")

    missing = [e for e in entries if zipf(e["right"]) == 0]
    print(f"\nright forms not in wordfreq's Bengali list: {len(missing)} of {len(entries)}")
    for e in missing:
        marked = NOT_IN_WORDFREQ in e.get("note", "")
        print(f"  {e['right']}  (from {e['wrong']}, {e['class']}){'' if marked else '  [no note yet]'}")

    rows = sorted(((zipf(e["wrong"]), zipf(e["right"]), e) for e in entries), key=lambda r: -r[0])
    unknown_wrong = sum(1 for w, _, _ in rows if w == 0)
    print(f"\nwrong forms with zipf > 0 (seen in running text): {len(rows) - unknown_wrong} of {len(rows)}")
    shown = rows if show_all else rows[:40]
    print(f"{'zipf wrong':>10} {'zipf right':>10}  class  wrong -> right")
    for wrong_z, right_z, e in shown:
        flag = "  (wrong form more frequent)" if wrong_z > right_z else ""
        print(f"{wrong_z:10.2f} {right_z:10.2f}  {e['class']:<5}  {e['wrong']} -> {e['right']}{flag}")
    by_class = Counter(e["class"] for e in entries)
    print("\nentries per class: " + ", ".join(f"{c} {n}" for c, n in sorted(by_class.items(), key=class_order)))
    print(f"style entries: {sum(1 for e in entries if e.get('style'))}")


def class_order(item: tuple[str, int]) -> tuple[int, str]:
    name = item[0]
    digits = "".join(ch for ch in name if ch.isdigit())
    return (int(digits) if digits else 0, name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--all", action="store_true", help="print every wrong form's frequency, not only the top 40")
    args = parser.parse_args(argv)

    entries = read_entries(args.folder)
    print(f"{args.folder / 'standard.tsv'}: {len(entries)} entries")
    problems = structural_problems(entries)
    for problem in problems:
        print("PROBLEM:", problem)
    print(f"structural problems: {len(problems)}")
    if not problems:
        frequency_report(entries, args.all)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
