"""Cold speed of banan beside hunspell and aspell: CPU time, fresh processes, unseen text.

Run by hand (this is not a test):

    python bench/bench_cold.py --data ../shared/data [--rounds 3]

Every figure is CPU time (user + system) of a fresh process, read with
getrusage(RUSAGE_CHILDREN), on text that process has not seen: each set is cut into
`--rounds` parts and round r checks part r, so no text is ever repeated across rounds.
banan and its peers run in the same rounds, one after the other, on the same part;
each row gives min / median / max over the rounds.

Sets:
- news: clean-news.dev.txt, edited news, one sentence a line.
- comments: the `source` side of comments.dev.jsonl, unedited user comments (informal,
  with real typos): the unedited-text set.
- typos: the distinct `wrong` words of word-errors.dev.jsonl, for suggestions.

Rows:
- `banan check` (the CLI, JSON output, every default rule) vs `hunspell -d bn_BD -l`
  and `aspell -l bn list`: whole processes, start-up included.
- suggestions: `Speller.suggest` on each typo word, and `Speller.suggest_many` on all of
  them in one call, each timed inside a fresh process (start-up excluded), vs `aspell -l
  bn -a` on the same words, whole process (`hunspell -d bn_BD -a` too with --hunspell-a:
  about 35 words/s, minutes a round); also `banan check` on the words one a line (SPELL's
  own suggestions).
- first check: a fresh `python -c "import banan; banan.check(...)"` process, whole: of
  one sentence of known words, and of a short paragraph with a misspelt word (SPELL001
  and its suggestions) and two non-standard spellings (ORTHO001).
- paragraphs: in one process warmed up as a server worker is (`engine.warm_up` with the
  server's default common words, then `gc.freeze()`), new ~300-word paragraphs of news
  and of comments checked one call each (the server's cold case without HTTP): CPU per
  paragraph, median, mean (what a server's CPU per request averages) and max.

Set BANAN_CACHE_DIR first so the lexicon is compiled (the first run builds it).
Output: an aligned table, then one JSON line with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

FIRST_CHECK = "import banan; banan.check('আমি বাংলায় গান গাই, তুমি কি শুনবে?')"
# পতিবেদক (for প্রতিবেদক, reporter) is unknown; দূর্যোগ (disaster) and শ্রেণীর (of every class) are in the
# standard-spelling table.
FIRST_CHECK_TYPOS = (
    "import banan; banan.check('গতকাল সন্ধ্যায় ঢাকার রাস্তায় প্রচণ্ড বৃষ্টি হয়েছে। আমাদের পতিবেদক জানান, অনেক মানুষ "
    "অফিস থেকে বাড়ি ফিরতে গিয়ে বিপদে পড়েন। আবহাওয়া অধিদপ্তর জানিয়েছে, দুই দিন আরও দূর্যোগ হতে পারে; "
    "সব শ্রেণীর মানুষকে সাবধান থাকতে বলা হয়েছে।')"
)

SUGGEST_PROBE = """
import json, sys, time
from banan.spelling import speller
words = open(sys.argv[1], encoding="utf-8").read().split()
sp = speller()
sp.is_known(words[0])  # the lexicon loaded: start-up stays out of the timing
t0 = time.process_time()
if sys.argv[2:] == ["many"]:
    sp.suggest_many(words)  # the batch API: all the words' searches made together
else:
    for w in words:
        sp.suggest(w)
print(json.dumps({"seconds": time.process_time() - t0, "words": len(words)}))
"""

PARAGRAPH_PROBE = """
import gc, json, sys, time
import banan
from banan.engine import warm_up
from banan.server.settings import Settings
paragraphs = json.load(open(sys.argv[1], encoding="utf-8"))
warm_up(None, vocabulary=Settings.warm_words)  # as a server worker starts
banan.check(paragraphs[0])
gc.freeze()
times = []
for p in paragraphs[1:]:
    t0 = time.process_time()
    banan.check(p)
    times.append(time.process_time() - t0)
print(json.dumps({"times": times}))
"""


def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# Children may write and read compiled bytecode, as an installed package has it (pip
# compiles it at install time): an environment that forbids it would time the compiler.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
# The library probes run as the banan program and its workers do: numpy's BLAS with one
# thread (cli.run), whose threads would otherwise start on every core as numpy loads.
ENV.setdefault("OPENBLAS_NUM_THREADS", "1")


def run_cpu(cmd: list[str], stdin_path: str | None = None) -> tuple[float, bytes]:
    """CPU seconds of one child process, and its stdout."""
    before = child_cpu()
    with open(stdin_path or os.devnull, "rb") as stdin:
        out = subprocess.run(cmd, stdin=stdin, capture_output=True, check=False, env=ENV)
    if out.returncode not in (0, 1):
        raise RuntimeError(f"{cmd[0]} failed ({out.returncode}): {out.stderr.decode()[-500:]}")
    return child_cpu() - before, out.stdout


def parts(items: list[str], n: int) -> list[list[str]]:
    size = len(items) // n
    return [items[i * size : (i + 1) * size] for i in range(n)]


def paragraphs(lines: list[str], words: int = 300) -> list[str]:
    out, cur, count = [], [], 0
    for line in lines:
        cur.append(line)
        count += len(line.split())
        if count >= words:
            out.append(" ".join(cur))
            cur, count = [], 0
    return out


def spread(values: list[float]) -> dict:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data", help="folder with the evaluation sets")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--typos", type=int, default=2000, help="typo words per round")
    ap.add_argument("--paragraphs", type=int, default=20, help="new paragraphs per round")
    ap.add_argument("--hunspell-a", action="store_true", help="also time hunspell -a suggestions (slow)")
    ap.add_argument("--only", default="check,suggest,first,paragraphs")
    args = ap.parse_args()
    data = Path(args.data)
    only = set(args.only.split(","))
    rounds = args.rounds

    news = parts(
        [ln for ln in (data / "clean-news.dev.txt").read_text(encoding="utf-8").splitlines() if ln.strip()], rounds
    )
    comments = parts(
        [
            json.loads(ln)["source"]
            for ln in (data / "comments.dev.jsonl").read_text(encoding="utf-8").splitlines()
            if ln.strip()
        ],
        rounds,
    )
    typos = list(
        dict.fromkeys(
            json.loads(ln)["wrong"]
            for ln in (data / "word-errors.dev.jsonl").read_text(encoding="utf-8").splitlines()
            if ln.strip()
        )
    )
    typos = [w for w in typos if w and not any(c.isspace() for c in w)]
    typo_parts = parts(typos, rounds)
    typo_parts = [p[: args.typos] for p in typo_parts]
    banan_cli = [sys.executable, "-m", "banan", "check", "--format", "json"]
    peers = {}
    if shutil.which("hunspell"):
        peers["hunspell -l"] = ["hunspell", "-d", "bn_BD", "-l"]
    if shutil.which("aspell"):
        peers["aspell list"] = ["aspell", "-l", "bn", "list"]

    rows: dict[str, list[float]] = {}
    sizes: dict[str, int] = {}

    def add(name: str, value: float) -> None:
        rows.setdefault(name, []).append(value)

    with tempfile.TemporaryDirectory() as tmp:
        run_cpu([sys.executable, "-c", "import banan"])  # bytecode written before the first round
        for r in range(rounds):
            for set_name, lines in (("news", news[r]), ("comments", comments[r])):
                if "check" not in only:
                    break
                path = Path(tmp, f"{set_name}{r}.txt")
                path.write_text("\n".join(lines) + "\n", encoding="utf-8")
                words = sum(len(ln.split()) for ln in lines)
                sizes[set_name] = words
                cpu, _ = run_cpu(banan_cli + [str(path)])
                add(f"{set_name}: banan check", cpu)
                for peer, cmd in peers.items():
                    cpu, _ = run_cpu(cmd, str(path))
                    add(f"{set_name}: {peer}", cpu)
            if "suggest" in only:
                path = Path(tmp, f"typos{r}.txt")
                path.write_text("\n".join(typo_parts[r]) + "\n", encoding="utf-8")
                sizes["typos"] = len(typo_parts[r])
                _, out = run_cpu([sys.executable, "-c", SUGGEST_PROBE, str(path)])
                add("typos: banan suggest (in process)", json.loads(out)["seconds"])
                _, out = run_cpu([sys.executable, "-c", SUGGEST_PROBE, str(path), "many"])
                add("typos: banan suggest_many (in process)", json.loads(out)["seconds"])
                cpu, _ = run_cpu(banan_cli + [str(path)])
                add("typos: banan check (one a line)", cpu)
                pipe = Path(tmp, f"pipe{r}.txt")
                pipe.write_text("".join(f"^{w}\n" for w in typo_parts[r]), encoding="utf-8")
                if shutil.which("aspell"):
                    cpu, _ = run_cpu(["aspell", "-l", "bn", "-a"], str(pipe))
                    add("typos: aspell -a", cpu)
                if args.hunspell_a and shutil.which("hunspell"):  # about 35 words/s: minutes a round
                    cpu, _ = run_cpu(["hunspell", "-d", "bn_BD", "-a"], str(pipe))
                    add("typos: hunspell -a", cpu)
            if "first" in only:
                cpu, _ = run_cpu([sys.executable, "-c", FIRST_CHECK])
                add("first check, fresh process", cpu)
                cpu, _ = run_cpu([sys.executable, "-c", FIRST_CHECK_TYPOS])
                add("first check with typos, fresh process", cpu)
                cpu, _ = run_cpu([sys.executable, "-c", "import banan"])
                add("import banan only", cpu)
            if "paragraphs" in only:
                for set_name, lines in (("news", news[r]), ("comments", comments[r])):
                    paras = paragraphs(lines)
                    chosen = paras[:: max(1, len(paras) // (args.paragraphs + 1))][: args.paragraphs + 1]
                    path = Path(tmp, f"paras-{set_name}{r}.json")
                    path.write_text(json.dumps(chosen, ensure_ascii=False), encoding="utf-8")
                    _, out = run_cpu([sys.executable, "-c", PARAGRAPH_PROBE, str(path)])
                    times = json.loads(out)["times"]
                    add(f"{set_name} paragraph ~300 words, median ms", 1000 * statistics.median(times))
                    add(f"{set_name} paragraph ~300 words, mean ms", 1000 * statistics.mean(times))
                    add(f"{set_name} paragraph ~300 words, max ms", 1000 * max(times))

    table, figures = [], {}
    for name, values in rows.items():
        s = spread(values)
        set_name = name.split(":")[0]
        unit = sizes.get(set_name)
        rate = f"{unit / s['median']:,.0f}/s" if unit and "ms" not in name else ""
        figures[name] = {**{k: round(v, 4) for k, v in s.items()}, "n": unit}
        table.append((name, f"{s['min']:.3f}", f"{s['median']:.3f}", f"{s['max']:.3f}", rate))
    print(f"rounds: {rounds}; sizes (words per round): {sizes}; CPU seconds unless labelled ms")
    width = max(len(t[0]) for t in table)
    print(f"{'':{width}}  {'min':>8} {'median':>8} {'max':>8}  rate (median)")
    for name, lo, med, hi, rate in table:
        print(f"{name:{width}}  {lo:>8} {med:>8} {hi:>8}  {rate}")

    def ratio(a: str, b: str) -> float | None:
        if a in figures and b in figures:
            return round(figures[b]["median"] / figures[a]["median"], 2)
        return None

    ratios = {
        "news: hunspell -l / banan": ratio("news: banan check", "news: hunspell -l"),
        "comments: hunspell -l / banan": ratio("comments: banan check", "comments: hunspell -l"),
        "typos: aspell -a / banan suggest": ratio("typos: banan suggest (in process)", "typos: aspell -a"),
        "typos: aspell -a / banan suggest_many": ratio("typos: banan suggest_many (in process)", "typos: aspell -a"),
        "typos: aspell -a / banan check": ratio("typos: banan check (one a line)", "typos: aspell -a"),
    }
    for k, v in ratios.items():
        if v is not None:
            print(f"speed ratio ({k}, >1 = banan faster): {v:.2f}x")
    print(json.dumps({"rounds": rounds, "sizes": sizes, "figures": figures, "ratios": ratios}, ensure_ascii=False))


if __name__ == "__main__":
    main()
