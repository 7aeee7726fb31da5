"""Benchmark banan.check on a text file: speed, flag rate, memory, and peers.

Run by hand (this is not a test):

    python bench/bench_check.py PATH_TO_TEXT [--repeat N]

The evaluation text lives outside the repository and is always passed by path,
e.g. ../shared/data/clean-news.dev.txt (clean edited news, which should raise
almost nothing).

What it measures, in one run:

1. Warm speed of the library API `banan.check(text)` on the whole file, one call per
   repetition in one process, on one core: best and median words/s (words =
   len(text.split())). The first call is cold; the repetitions check the same text
   again, its words already judged, so "best" is a warm figure. For cold speed (fresh
   processes, unseen text, CPU time, peers in the same rounds) see bench/bench_cold.py.
2. Flags per 1000 words with all rules on, by rule family (the code without its
   trailing digits: NORM, SPACE, ...) and by code.
3. Memory: peak RSS of a fresh interpreter that imports banan, reads the text and
   checks it, beside its RSS before the check; and tracemalloc's peak for one
   check call in this process.
4. Peers, where installed: `hunspell -d bn_BD -l` and `aspell -l bn list`, timed
   as subprocesses (wall time, best of 3), with words/s and flagged words per
   1000 words (one output line per flagged word). Machines are shared and noisy,
   so the ratio banan ÷ hunspell from the same run is the figure to quote.

Output: the machine, an aligned table, then one JSON line with every figure.
Only the standard library and banan are used.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import unicodedata
from collections import Counter
from pathlib import Path

import banan
from banan.output import visible

TARGET_WORDS_PER_S = 300_000  # speed target for banan.check on one core
TARGET_FLAGS_PER_1000 = 1.0  # false-alarm target on clean text
PEER_RUNS = 3  # peers are timed best of this many runs

# Run in a fresh interpreter so the RSS high-water mark belongs to banan alone.
# ru_maxrss only ever grows, so reading it after each step gives the high-water
# mark so far: at start, after `import banan`, after also reading the text (the
# baseline), and after checking (the peak). A step that stays under an earlier
# high-water mark adds nothing.
MEMORY_PROBE = """
import resource
maxrss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = maxrss()
import json, sys
import banan
imported = maxrss()
text = open(sys.argv[1], encoding="utf-8").read()
baseline = maxrss()
n = len(banan.check(text))
peak = maxrss()
print(json.dumps({"start_kb": start, "import_kb": imported, "baseline_kb": baseline, "peak_kb": peak,
                  "diagnostics": n}))
"""

# Linux carries ru_maxrss across exec, and a child started straight from this
# process (subprocess, multiprocessing "spawn") reports this process's RSS, text
# and all, as its own high-water mark from its first instruction. So the probe is
# started by a tiny launcher interpreter: the probe then inherits only the
# launcher's few megabytes, which `start_kb` shows.
LAUNCHER = "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)"


def machine() -> dict:
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "cpu_count": os.cpu_count(),
        "banan": getattr(banan, "__version__", "?"),
    }


def family(code: str) -> str:
    """NORM020 -> NORM: a rule family is its code without the trailing digits."""
    return re.sub(r"\d+$", "", code)


def time_banan(text: str, repeat: int) -> list[float]:
    """Seconds for each of `repeat` calls of banan.check on the whole text."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        banan.check(text)
        times.append(time.perf_counter() - t0)
    return times


def memory_in_fresh_process(path: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", LAUNCHER, sys.executable, "-c", MEMORY_PROBE, path],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def tracemalloc_peak(text: str) -> int:
    """Peak bytes Python allocated during one banan.check call (rules already loaded)."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        banan.check(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- peers -----------------------------------------------------------------


def hunspell_dictionary(name: str) -> str | None:
    """Path (without extension) of hunspell dictionary `name`, or None.

    `hunspell -D` lists the dictionaries it can find (on stderr); fall back to the
    usual system folders.
    """
    try:
        listing = subprocess.run(
            ["hunspell", "-D"], stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30, check=False
        )
        for line in (listing.stdout + listing.stderr).splitlines():
            line = line.strip()
            if Path(line).name == name and Path(line + ".dic").exists():
                return line
    except (OSError, subprocess.SubprocessError):
        pass
    for folder in ("/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts"):
        if Path(folder, name + ".dic").exists():
            return str(Path(folder, name))
    return None


def aspell_has(lang: str) -> bool:
    try:
        dicts = subprocess.run(["aspell", "dicts"], capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return lang in dicts.split()


def time_peer(cmd: list[str], path: str) -> tuple[float, int]:
    """Best wall time of PEER_RUNS runs of `cmd < path`, and its output line count."""
    best, lines = float("inf"), 0
    for _ in range(PEER_RUNS):
        with open(path, "rb") as stdin:
            t0 = time.perf_counter()
            out = subprocess.run(cmd, stdin=stdin, capture_output=True, check=True)
            best = min(best, time.perf_counter() - t0)
        lines = sum(1 for line in out.stdout.splitlines() if line.strip())
    return best, lines


def with_wordchars(dic_path: str, folder: str) -> str:
    """A copy of a hunspell dictionary whose .aff declares Bengali marks as WORDCHARS.

    The stock bn_BD.aff has no WORDCHARS, and hunspell's tokenizer then breaks
    words at spacing vowel signs (া ি ো ...): অক্টোবরের is checked as fragments
    like অক্ট. The copy adds every Bengali combining mark plus ZWNJ/ZWJ, so whole
    words are checked. Reported as a separate row; the stock row is the baseline.
    """
    marks = "".join(chr(c) for c in range(0x0980, 0x0A00) if unicodedata.category(chr(c)) in ("Mn", "Mc"))
    target = Path(folder, Path(dic_path).name)
    aff = Path(dic_path + ".aff").read_text(encoding="utf-8")
    target.with_suffix(".aff").write_text(aff.rstrip("\n") + f"\nWORDCHARS {marks}\u200c\u200d\n", encoding="utf-8")
    shutil.copyfile(dic_path + ".dic", str(target) + ".dic")
    return str(target)


def peers(path: str, words: int) -> list[dict]:
    """One row per peer: name, status, seconds, words/s, flagged, flagged per 1000."""

    def row(name: str, cmd: list[str]) -> dict:
        seconds, flagged = time_peer(cmd, path)
        return {
            "name": name,
            "status": "ok",
            "seconds": seconds,
            "words_per_s": round(words / seconds),
            "flagged": flagged,
            "flags_per_1000": 1000 * flagged / words,
        }

    rows = []
    dic = hunspell_dictionary("bn_BD") if shutil.which("hunspell") else None
    if dic:
        # -d bn_BD as specified; hunspell resolves it along its own search path.
        rows.append(row("hunspell bn_BD", ["hunspell", "-d", "bn_BD", "-l"]))
        with tempfile.TemporaryDirectory() as tmp:
            fixed = with_wordchars(dic, tmp)
            rows.append(row("hunspell bn_BD +WORDCHARS", ["hunspell", "-d", fixed, "-l"]))
    else:
        rows.append({"name": "hunspell bn_BD", "status": "not installed"})
    if shutil.which("aspell") and aspell_has("bn"):
        rows.append(row("aspell bn", ["aspell", "-l", "bn", "list"]))
    else:
        rows.append({"name": "aspell bn", "status": "not installed"})
    return rows


# --- output ----------------------------------------------------------------


def table(rows: list[tuple[str, str, str]]) -> str:
    """Align (label, value, note) rows: label left, value right, note left."""
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    return "\n".join(f"{a:<{w0}}  {b:>{w1}}  {c}".rstrip() for a, b, c in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="UTF-8 text to check, e.g. ../shared/data/clean-news.dev.txt")
    parser.add_argument("--repeat", type=int, default=5, help="timed repetitions of banan.check (default 5)")
    parser.add_argument(
        "--field", metavar="NAME", help="the file is JSON Lines: check this field of every record, one record a line"
    )
    parser.add_argument(
        "--show", action="store_true", help="also print every flag with its context, for auditing them by hand"
    )
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    info = machine()
    print(
        f"machine: {info['platform']}, {info['implementation']} {info['python']}, "
        f"{info['cpu_count']} CPUs, banan {info['banan']}"
    )

    text = Path(args.path).read_text(encoding="utf-8")
    if args.field:
        text = "\n".join(json.loads(line)[args.field] for line in text.splitlines() if line.strip())
    words = len(text.split())
    print(f"text: {Path(args.path).name}, {words:,} words, {len(text):,} characters, {text.count(chr(10)):,} lines\n")

    # 1. Speed: one warm-up call (loads the rules), then the timed calls.
    diagnostics = banan.check(text)
    times = time_banan(text, args.repeat)
    best_wps = words / min(times)
    median_wps = words / statistics.median(times)

    # 2. Flags, from the warm-up run (all rules on, the default config).
    by_code = Counter(d.code for d in diagnostics)
    by_family = Counter(family(d.code) for d in diagnostics)
    per_1000 = 1000 * len(diagnostics) / words

    # 3. Memory.
    mem = memory_in_fresh_process(args.path)
    traced = tracemalloc_peak(text)

    # 4. Peers.
    peer_rows = peers(args.path, words)
    hunspell = next((p for p in peer_rows if p["name"] == "hunspell bn_BD" and p["status"] == "ok"), None)
    ratio = best_wps / hunspell["words_per_s"] if hunspell else None
    aspell = next((p for p in peer_rows if p["name"] == "aspell bn" and p["status"] == "ok"), None)
    ratio_aspell = best_wps / aspell["words_per_s"] if aspell else None

    ok = lambda good: "ok" if good else "MISSED"
    rows = [
        (
            "banan.check words/s (best, warm)",
            f"{best_wps:,.0f}",
            f"target >= {TARGET_WORDS_PER_S:,}  {ok(best_wps >= TARGET_WORDS_PER_S)}",
        ),
        (
            "banan.check words/s (median, warm)",
            f"{median_wps:,.0f}",
            f"of {args.repeat} runs: " + ", ".join(f"{t:.3f}s" for t in times),
        ),
        (
            "flags per 1000 words",
            f"{per_1000:.2f}",
            f"target <= {TARGET_FLAGS_PER_1000:g}  {ok(per_1000 <= TARGET_FLAGS_PER_1000)}  ({len(diagnostics)} flags)",
        ),
    ]
    for fam, n in sorted(by_family.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append((f"  {fam}", f"{1000 * n / words:.2f}", f"{n} flags"))
    rows += [
        ("RSS at start (fresh)", f"{mem['start_kb'] / 1024:,.1f} MB", "ru_maxrss, fresh interpreter"),
        (
            "RSS after import banan (fresh)",
            f"{mem['import_kb'] / 1024:,.1f} MB",
            f"+{(mem['import_kb'] - mem['start_kb']) / 1024:,.1f} MB for import banan",
        ),
        (
            "RSS after import + read (fresh)",
            f"{mem['baseline_kb'] / 1024:,.1f} MB",
            f"+{(mem['baseline_kb'] - mem['import_kb']) / 1024:,.1f} MB for reading the text",
        ),
        (
            "RSS peak after check (fresh)",
            f"{mem['peak_kb'] / 1024:,.1f} MB",
            f"+{(mem['peak_kb'] - mem['baseline_kb']) / 1024:,.1f} MB for the check",
        ),
        ("tracemalloc peak, one check", f"{traced / 2**20:,.1f} MB", "Python allocations only"),
    ]
    for p in peer_rows:
        if p["status"] != "ok":
            rows.append((p["name"], "-", "not installed"))
            continue
        rows.append(
            (f"{p['name']} words/s", f"{p['words_per_s']:,.0f}", f"best of {PEER_RUNS}: {p['seconds']:.3f}s wall")
        )
        rows.append((f"{p['name']} flags/1000", f"{p['flags_per_1000']:.1f}", f"{p['flagged']:,} lines"))
    rows.append(
        (
            "ratio banan ÷ hunspell words/s",
            f"{ratio:.1f}x" if ratio else "-",
            "best vs best, same run" if ratio else "hunspell bn_BD not installed",
        )
    )
    rows.append(
        (
            "ratio banan ÷ aspell words/s",
            f"{ratio_aspell:.2f}x" if ratio_aspell else "-",
            "best vs best, same run" if ratio_aspell else "aspell bn not installed",
        )
    )
    print(table(rows))

    print("\nper code: " + ", ".join(f"{c} {n}" for c, n in sorted(by_code.items())))
    if args.show:
        print("\nevery flag, with 12 characters of context either side (⟦…⟧ marks the span):")
        for d in diagnostics:
            before = visible(text[max(0, d.start - 12) : d.start])
            after = visible(text[d.end : d.end + 12])
            best = visible(d.replacements[0]) if d.replacements else "-"
            print(f"  {d.code} {before}⟦{visible(d.found)}⟧{after} → {best}".replace("\n", "⏎"))

    # One JSON line with every figure, last, for pasting or parsing.
    print(
        json.dumps(
            {
                "machine": info,
                "text": {"file": Path(args.path).name, "words": words, "chars": len(text)},
                "banan": {
                    "repeat": args.repeat,
                    "seconds": [round(t, 4) for t in times],
                    "words_per_s_best": round(best_wps),
                    "words_per_s_median": round(median_wps),
                    "flags": len(diagnostics),
                    "flags_per_1000": round(per_1000, 3),
                    "by_family": dict(sorted(by_family.items())),
                    "by_code": dict(sorted(by_code.items())),
                    "rss_start_kb": mem["start_kb"],
                    "rss_import_kb": mem["import_kb"],
                    "rss_baseline_kb": mem["baseline_kb"],
                    "rss_peak_kb": mem["peak_kb"],
                    "tracemalloc_peak_bytes": traced,
                },
                "peers": [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in p.items()} for p in peer_rows],
                "ratio_banan_over_hunspell": round(ratio, 2) if ratio else None,
                "ratio_banan_over_aspell": round(ratio_aspell, 3) if ratio_aspell else None,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
