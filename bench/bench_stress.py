"""Hostile input: does `check` stay linear in the size of the text?

Run by hand (not a test):

    python bench/bench_stress.py [--size N]

For each kind of pathological text (no white space for a long stretch, a long run of
spaces, thousands of errors on one line, random broken Bengali, a long Latin run
with an @ somewhere) it times `banan.check` at N and 2N code points and prints the
ratio. Linear work gives a ratio near 2; a quadratic pattern gives near 4 and grows.
"""

from __future__ import annotations

import argparse
import random
import time

import banan


def cases(n: int) -> dict[str, str]:
    rng = random.Random(1)
    broken = "কখগা িেো্ঁং।, ?\u200c\u200d|.১2"
    return {
        "virama after sign, no spaces": "কা্" * (n // 3),
        "one run of spaces": "ক" + " " * n + "ক",
        "stray signs after spaces": " া" * (n // 2),
        "random broken Bengali": "".join(rng.choice(broken) for _ in range(n)),
        "Latin run and an @": "a" * n + " x@y.com",
        "full stops between letters": "কখগ." * (n // 4),
        "marks only": "া" * n,
        "joiners only": "\u200d" * n,
        "news line repeated, no newline": "সে বাড়ি যায় ।তারপর 2024 সালে ৩৫ টি বই। " * (n // 40),
        # Thousands of distinct unknown words on one line: each must be located.
        "made-up words, one line": made_up_words(n, rng),
    }


def made_up_words(n: int, rng: random.Random) -> str:
    letters = [chr(c) for c in range(0x0995, 0x09B9)]
    signs = ["", "া", "ি", "ে", "ো", "ু"]
    words: list[str] = []
    size = 0
    while size < n:
        word = "".join(rng.choice(letters) + rng.choice(signs) for _ in range(rng.randint(2, 4)))
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:n]


def seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        banan.check(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="code points of the smaller text (default 100000)")
    args = parser.parse_args()
    banan.check("উষ্ণ")  # load the rules
    small, large = cases(args.size), cases(2 * args.size)
    print(f"{'text':34s} {'N s':>8s} {'2N s':>8s} {'ratio':>6s}")
    for name in small:
        a, b = seconds(small[name]), seconds(large[name])
        print(f"{name:34s} {a:8.3f} {b:8.3f} {b / a if a else float('nan'):6.2f}")


if __name__ == "__main__":
    main()
