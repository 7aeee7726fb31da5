"""Measure the REGISTER family (সাধু-চলিত mixing) on bench/register/sentences.tsv.

Run by hand (this is not a test):

    python bench/bench_register.py [--news PATH] [--split dev|test|all] [--show]

Each sentence of the set is checked alone, as its own text. Figures, by half of the set
(dev: even rows, test: odd rows; a threshold is fitted on dev and checked on test):

- caught: the share of mixed sentences where REGISTER reports the faulty form;
- fix rate: the share of mixed sentences whose first fix is the expected form;
- the same two in context: each mixed sentence after two pure sentences of the register
  its correction is in (a sentence in an article, not alone);
- untouched by REGISTER: the share of pure সাধু and pure চলিত sentences REGISTER leaves alone;
- untouched by all rules: the same share with every default rule on;
- REGISTER's flags on each half's pure সাধু (and pure চলিত) sentences joined into one text,
  and every default rule's flags on the same text (what a reader of a whole story sees).

With --literary-cost PATH (../shared/data/word-errors.dev.jsonl), what reading a text as
সাধু costs: the share of the set's non-word typos that a সাধু text would take for a
tatsama compound or an older hasanta spelling (spelling/literary.py) and so not report.
With --fit, the same and the dev half's untouched pure সাধু sentences for each value of
SETTINGS.literary_part_min_zipf (the threshold is chosen on dev, checked on test).

With --news (e.g. ../shared/data/clean-news.dev.txt, edited চলিত news; read by path, never
copied), the flags per 1000 words REGISTER adds on that text, checked line by line (each
line its own document) and as one document, with each flag listed. Only the standard library and banan are used.
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
    in_context = _in_context(rows, only)
    return {
        "mixed": mixed,
        "caught": round(caught / mixed, 3) if mixed else None,
        "fix_rate": round(fixed / mixed, 3) if mixed else None,
        "caught_in_context": in_context[0],
        "fix_rate_in_context": in_context[1],
        "pure": dict(pure),
        "untouched_register": {k: round(clean_register[k] / v, 3) for k, v in pure.items()},
        "untouched_all_rules": {k: round(clean_all[k] / v, 3) for k, v in pure.items()},
        "flags_on_pure_as_one_text": {
            k: len(check(" ".join(r["text"] for r in rows if r["kind"] == k), only)) for k in pure
        },
        "all_rules_on_pure_as_one_text": {k: _all_rules_as_one_text(rows, k) for k in pure},
        "untouched_register_total": round(sum(clean_register.values()) / n_pure, 3) if n_pure else None,
        "untouched_all_total": round(sum(clean_all.values()) / n_pure, 3) if n_pure else None,
    }


def _all_rules_as_one_text(rows: list[dict[str, str]], kind: str) -> dict[str, object]:
    """Every default rule's flags on the pure sentences of `kind` joined into one text (a
    paragraph a line), with the words flagged."""
    text = "\n".join(r["text"] for r in rows if r["kind"] == kind)
    found = check(text)
    return {
        "words": len(text.split()),
        "flags": len(found),
        "per_1000_words": round(1000 * len(found) / max(1, len(text.split())), 2),
        "flagged": sorted({f"{d.code} {d.found}" for d in found}),
    }


def literary_cost(path: Path) -> dict[str, object]:
    """The share of the non-word typos of a word-error set (JSON lines with "wrong") that a
    text written in সাধু would read as a word of the register and not report."""
    from banan.spelling import speller
    from banan.spelling.literary import literary_reading

    sp = speller()
    typos = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            typos.add(json.loads(line)["wrong"])
    unknown = sorted(w for w in typos if not sp.is_known(w))
    taken = [w for w in unknown if literary_reading(w, sp.judge)]
    return {
        "non_word_typos": len(unknown),
        "read_as_sadhu": len(taken),
        "share": round(len(taken) / len(unknown), 4) if unknown else None,
        "examples": [f"{w} = {literary_reading(w, sp.judge)}" for w in taken[:10]],
    }


def fit(rows: list[dict[str, str]], typos: Path) -> None:
    """For each value of literary_part_min_zipf: each half's untouched pure সাধু sentences
    (all rules) and the typos a সাধু text would let through."""
    from banan.spelling.settings import SETTINGS

    chosen = SETTINGS.literary_part_min_zipf
    for z in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0):
        object.__setattr__(SETTINGS, "literary_part_min_zipf", z)  # a sweep: the frozen settings, for this process
        shares = {}
        for half in ("dev", "test"):
            pure = [r["text"] for r in rows if r["half"] == half and r["kind"] == "sadhu"]
            shares[half] = round(sum(not check(t) for t in pure) / len(pure), 3)
        cost = literary_cost(typos)
        mark = " (the setting)" if z == chosen else ""
        print(f"  literary_part_min_zipf={z}{mark}: untouched {shares}, typos read as সাধু {cost['share']}")
    object.__setattr__(SETTINGS, "literary_part_min_zipf", chosen)


def _in_context(rows: list[dict[str, str]], only: Config) -> tuple[float | None, float | None]:
    """Caught and fix rate with each mixed sentence inside a short document: after two pure
    sentences of the register its correction is in (taken in turn from the same half), as
    a sentence stands in an article or an essay."""
    from banan.spelling.register import SADHU, register_of

    pools = {k: [r["text"] for r in rows if r["kind"] == k] for k in ("sadhu", "cholito")}
    mixed = [r for r in rows if r["kind"] == "mixed"]
    if not mixed or not all(pools.values()):
        return None, None
    caught = fixed = 0
    for i, row in enumerate(mixed):
        bad, good = row["expected"].split("=>")
        target = (
            "sadhu"
            if register_of(good) == SADHU or (register_of(good) is None and register_of(bad) != SADHU)
            else "cholito"
        )
        pool = pools[target]
        before = " ".join(pool[(2 * i + k) % len(pool)] for k in range(2)) + " "
        found = [d for d in check(before + row["text"], only) if d.start >= len(before) and d.found == bad]
        if found:
            caught += 1
            fixed += bool(found[0].fixes) and found[0].fixes[0].edits[0].replacement == good
    return round(caught / len(mixed), 3), round(fixed / len(mixed), 3)


def news_flags(path: Path) -> dict[str, object]:
    """REGISTER's flags on a চলিত text, checked line by line (each line its own document)
    and as one document (the whole file: its চলিত majority then decides every line)."""
    only = _register_only()
    text = path.read_text(encoding="utf-8")
    words = len(text.split())
    result: dict[str, object] = {"words": words}
    for mode in ("by_line", "whole_file"):
        flags = []
        lines = text.splitlines() if mode == "by_line" else [text]
        for line in lines:
            for d in check(line, only):
                n = text.count("\n", 0, d.start) + 1 if mode == "whole_file" else lines.index(line) + 1
                start = max(0, d.start - 40)
                fix = d.fixes[0].edits[0].replacement if d.fixes else ""
                flags.append((n, d.code, d.found, fix, line[start : d.end + 30].replace("\n", " / ")))
        print(f"  -- {mode}: {len(flags)} flags")
        for n, code, found, fix, context in flags:
            print(f"  line {n}: {code} {found} -> {fix}: …{context}…")
        result[mode] = {"flags": len(flags), "per_1000_words": round(1000 * len(flags) / words, 3) if words else 0}
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", type=Path, help="a চলিত text to count REGISTER's flags on (one document a line)")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--show", action="store_true", help="list the misses, wrong fixes and touched pure sentences")
    ap.add_argument(
        "--literary-cost", type=Path, help="a word-error set (JSON lines): the typos a সাধু text lets through"
    )
    ap.add_argument("--fit", action="store_true", help="with --literary-cost: sweep SETTINGS.literary_part_min_zipf")
    args = ap.parse_args()
    rows = read_set()
    if args.literary_cost and args.fit:
        print("== fit (dev chooses, test checks)")
        fit(rows, args.literary_cost)
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
    if args.literary_cost:
        print(f"== typos of {args.literary_cost.name} a সাধু text reads as words of the register")
        result["literary_cost"] = literary_cost(args.literary_cost)
        print(json.dumps(result["literary_cost"], ensure_ascii=False))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
