"""Hostile input: do checking and the server's answer stay linear in the size of the text?

Run by hand (not a test):

    python bench/bench_stress.py [--sizes 25000,50000,100000] [--only NAME]

Each case runs cold: a fresh process per case and size (caches empty, text unseen),
which checks the text once. For `banan.check` it reports CPU seconds and the peak
resident memory the check added; for the server cases, the same for one /v2/check
request through the app (in-process, no network) and the size of the answer. Each
case is run at every size; linear work gives time and memory that double with the
size (the ratio column compares the largest size with the smallest, scaled: 1.0 is
linear, 2.0 would mean one doubling more than linear over a fourfold size).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys


def made_up_words(n: int, rng: random.Random, letters_per_word: tuple[int, int] = (2, 4)) -> str:
    letters = [chr(c) for c in range(0x0995, 0x09B9)]
    signs = ["", "া", "ি", "ে", "ো", "ু"]
    words: list[str] = []
    size = 0
    while size < n:
        word = "".join(rng.choice(letters) + rng.choice(signs) for _ in range(rng.randint(*letters_per_word)))
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:n]


def text_for(name: str, n: int) -> str:
    rng = random.Random(1)
    broken = "কখগা িেো্ঁং।, ?\u200c\u200d|.১2"
    cases = {
        "long word (one run of ক)": lambda: "ক" * n,
        "long words of 64 letters": lambda: " ".join(
            ["".join(rng.choice("কখগঘচছজটডতদনপবমরলসহ") for _ in range(64)) for _ in range(n // 65 + 1)]
        )[:n],
        "vowel-sign flood": lambda: "া" * n,
        "virama after sign, no spaces": lambda: "কা্" * (n // 3),
        "one run of spaces": lambda: "ক" + " " * n + "ক",
        "stray signs after spaces": lambda: " া" * (n // 2),
        "random broken Bengali": lambda: "".join(rng.choice(broken) for _ in range(n)),
        "Latin run and an @": lambda: "a" * n + " x@y.com",
        "joiners only": lambda: "\u200d" * n,
        "news line repeated, no newline": lambda: ("সে বাড়ি যায় ।তারপর 2024 সালে ৩৫ টি বই। " * (n // 40 + 1))[:n],
        "made-up words, one line": lambda: made_up_words(n, rng),
        "made-up words of 8-16 letters": lambda: made_up_words(n, rng, (4, 8)),
        # Many matches, no sentence end: each match used to repeat the whole text.
        "server: doubled spaces (many matches)": lambda: "সে  " * (n // 4),
        "server: vowel-sign flood": lambda: "া" * n,
        "server: long word": lambda: "ক" * n,
    }
    return cases[name]()


NAMES = [
    "long word (one run of ক)",
    "long words of 64 letters",
    "vowel-sign flood",
    "virama after sign, no spaces",
    "one run of spaces",
    "stray signs after spaces",
    "random broken Bengali",
    "Latin run and an @",
    "joiners only",
    "news line repeated, no newline",
    "made-up words, one line",
    "made-up words of 8-16 letters",
    "server: doubled spaces (many matches)",
    "server: vowel-sign flood",
    "server: long word",
]

CHILD = r"""
import json, resource, sys, tempfile, time
sys.path.insert(0, {bench!r})
from bench_stress import text_for
name, n = {name!r}, {n}
text = text_for(name, n)
import banan
banan.check("উষ্ণ")  # load the rules and the lexicon (not measured)
out = {{}}
if name.startswith("server:"):
    from starlette.testclient import TestClient
    from banan.server.app import create_app
    from banan.server.settings import Settings
    folder = tempfile.mkdtemp()
    app = create_app(Settings(dictionary=folder + "/w.sqlite3", warm_words=0, max_response_bytes=10**10,
                              check_timeout=600))
    client = TestClient(app, base_url="http://localhost")
    client.get("/v2/languages")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.process_time()
    r = client.post("/v2/check", data={{"language": "bn", "text": text}})
    out["cpu"] = time.process_time() - t0
    out["status"] = r.status_code
    out["answer_bytes"] = len(r.content)
else:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.process_time()
    banan.check(text)
    out["cpu"] = time.process_time() - t0
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out["added_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(json.dumps(out))
"""


def measure(name: str, n: int) -> dict:
    code = CHILD.format(bench=str(__import__("pathlib").Path(__file__).parent), name=name, n=n)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="25000,50000,100000", help="code points (default 25000,50000,100000)")
    parser.add_argument("--only", help="run the cases whose name contains this")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [n for n in NAMES if not args.only or args.only in n]
    print(
        "CPU seconds / peak memory added (MB)"
        + (" / answer (MB)" if any("server" in n for n in names) else "")
        + " per size, each in a fresh process"
    )
    print(f"{'text':40s} " + " ".join(f"{s:>24d}" for s in sizes) + "  time ratio")
    for name in names:
        results = [measure(name, s) for s in sizes]
        cells = []
        for r in results:
            cell = f"{r['cpu']:.3f} s / {r['added_mb']:.0f} MB"
            if "answer_bytes" in r:
                cell += f" / {r['answer_bytes'] / 1e6:.1f}" + ("" if r["status"] == 200 else f" ({r['status']})")
            cells.append(cell)
        a, b = results[0]["cpu"], results[-1]["cpu"]
        scale = sizes[-1] / sizes[0]
        ratio = (b / a) / scale if a > 0.005 else float("nan")
        print(f"{name:40s} " + " ".join(f"{c:>24s}" for c in cells) + f"  {ratio:10.2f}", flush=True)


if __name__ == "__main__":
    main()
