"""What accepting names with endings and compounds costs and buys: the spelling targets
measured with each acceptance switched off.

Run by hand (this is not a test), from the repository root:

    python bench/bench_tradeoff.py [--data ../shared/data]

The speller accepts an unknown word in three ways beyond its word lists: an unknown stem
with a case ending, taken for a name (লাভরভকে); two known words written as one
(a compound); and a known stem with an ending or a verb form (the morphology). Each
setting below turns some of these off in a fresh process and measures the word-error
set (non-word typos flagged, right word first, in the top 5; the "right" words flagged)
and clean news (flags per 1000 words, every rule; spelling families alone):

- `as built`: banan as it ships;
- `no names`: an unknown stem with a case ending is an unknown word;
- `no compounds`: two known words written as one are an unknown word;
- `neither`: both;
- `lists only`: a word is known only when a word list holds it (no morphology at all).

The settings are switched by replacing speller methods in the child process: nothing in
banan reads them. About 20-30 seconds per setting on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"

SETTINGS = {
    "as built": "",
    "no names": "Judge.is_name_with_ending = lambda self, word: False",
    "no compounds": "Judge.is_compound = lambda self, word: False",
    "neither": "Judge.is_name_with_ending = lambda self, word: False\nJudge.is_compound = lambda self, word: False",
    "lists only": "Judge._analyse = lambda self, word: word in self.accepted or "
    "(word in self.lexicon and not self.dominant_twin(word))",
}

CHILD = """
import json, sys
sys.path.insert(0, {here!r})
import bench_spelling as b
import banan
from banan.spelling import precomputed
from banan.spelling.judge import Judge
{switch}
precomputed.ENABLED = {as_built}  # a patched speller judges every word itself (and saves no verdicts)
data = b.Path({data!r})
pairs = b.word_pairs(b.read_jsonl(data / "word-errors.dev.jsonl", None))
vocabulary = b.wordfreq_vocabulary()
nonword = [(w, r) for w, r in pairs if w not in vocabulary]
rights = [r for _, r in pairs]
verdicts = b.banan_verdicts([w for w, _ in pairs] + rights)
scores = b.score_pairs(nonword, verdicts)
text = b.read_lines(data / "clean-news.dev.txt", None)
words = len(text.split())
found = banan.check(text)
spelling = [d for d in found if b.family(d.code) in b.SPELLING_FAMILIES]
print(json.dumps({{
    "flagged": scores["flagged"], "first": scores["first"], "top5": scores["top5"],
    "right_flagged": sum(verdicts[r].flagged for r in rights) / len(rights),
    "news_per_1000": 1000 * len(found) / words, "news_spelling_per_1000": 1000 * len(spelling) / words,
}}))
"""


def measure(switch: str, data: Path) -> dict:
    code = CHILD.format(here=str(HERE), switch=switch, data=str(data), as_built=not switch)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the evaluation sets (default ../shared/data)")
    args = parser.parse_args()
    for name in ("word-errors.dev.jsonl", "clean-news.dev.txt"):
        if not (args.data / name).is_file():
            sys.exit(f"bench_tradeoff: {args.data / name} not found (--data)")
    print(
        "| setting | non-word typos flagged | right first | in top 5 | right words flagged "
        "| clean news per 1000 (spelling) |"
    )
    print("|---|---|---|---|---|---|")
    print("| target | >= 97% | >= 70% | >= 90% | <= 5% | <= 2 |")
    for name, switch in SETTINGS.items():
        f = measure(switch, args.data)
        print(
            f"| {name} | {f['flagged']:.1%} | {f['first']:.1%} | {f['top5']:.1%} | {f['right_flagged']:.1%} "
            f"| {f['news_per_1000']:.2f} ({f['news_spelling_per_1000']:.2f}) |",
            flush=True,
        )


if __name__ == "__main__":
    main()
