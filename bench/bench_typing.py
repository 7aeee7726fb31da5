"""How well suggestions undo one typing slip at a time, on common words.

Run by hand (about a minute):

    python bench/bench_typing.py [--words 300] [--zipf 3.0]

For each slip below, the most frequent words of wordfreq's Bengali list (at least the
given Zipf frequency) that contain the letters it changes are mistyped that one way
(the first place only). A mistyped form that banan knows as a word is skipped (the slip
made another word, which no spell checker can see alone). For the rest, the script
counts how often the word comes first among SPELL001's suggestions, and in the top 5,
counting the word in the spelling banan offers it in too (সরকারী as সরকারি, and a web
list's misspelling as the word it stands for: খোজখবর as খোঁজখবর).

The slips are the ones phonetic keyboards and writing by ear produce: the error
model's letter classes, and the letters typed as said. Made for the purpose, these
typos measure what the error model covers, one slip at a time; the word-error set
(bench_spelling.py) measures real typing, where slips come two or three at once.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata

import wordfreq

from banan.rules.spelling import offered_form
from banan.spelling import speller

# (name, pattern, replacement): each applied once, at its first match.
SLIPS = (
    # The letter classes of the error model.
    ("ী typed ি", "ী", "ি"),
    ("ূ typed ু", "ূ", "ু"),
    ("ণ typed ন", "ণ", "ন"),
    ("ষ typed শ", "ষ", "শ"),
    ("খ typed ক", "খ", "ক"),
    ("ধ typed দ", "ধ", "দ"),
    ("ভ typed ব", "ভ", "ব"),
    ("ya-phala left out", "\u09cd\u09af", ""),
    ("ra-phala left out", "\u09cd\u09b0", ""),
    ("candrabindu left out", "\u0981", ""),
    # Letters typed as said.
    ("ৌ typed উ after a consonant", "(?<=[\u0995-\u09b9])\u09cc", "উ"),
    ("ৈ typed ই after a consonant", "(?<=[\u0995-\u09b9])\u09c8", "ই"),
    ("য়ে typed এ", "য়ে", "এ"),
    ("য়া typed আ", "য়া", "আ"),
    ("য় typed এ", "য়(?!\u09be|\u09c7)", "এ"),
    ("চ্ছ typed ছ", "চ্ছ", "ছ"),
    ("দ্ধ typed ধ", "দ্ধ", "ধ"),
    ("ঞ্জ typed নজ", "ঞ্জ", "নজ"),
    ("ঞ্চ typed নচ", "ঞ্চ", "নচ"),
    ("ক্ষ inside a word typed খ", "(?<=.)ক্ষ", "খ"),
    ("ত্ম typed ত্ত", "ত্ম", "ত্ত"),
    ("য় typed য (no nukta)", "য\u09bc", "য"),
    ("য়ে typed য় before a consonant", "য\u09bcে(?=[\u0995-\u09b9])", "য\u09bc"),
    ("ৃ typed রি", "(?<=[\u0995-\u09b9])\u09c3", "\u09cd\u09b0\u09bf"),
    ("ক্ষ at the start typed খ", "^ক্ষ", "খ"),
    ("জ্ঞ typed গ্য", "জ্ঞ", "গ্য"),
    ("ং typed ন", "ং", "ন"),
    ("a doubled consonant typed once", "([\u0995-\u09b9])\u09cd\\1", r"\1"),
    # The other slips the issue names: ত/ৎ, র/ড়, জ/য, ং/ঙ, dental for retroflex, a
    # hasanta left out or added, letters transposed.
    ("ৎ typed ত", "ৎ", "ত"),
    ("ড় typed র", "ড\u09bc", "র"),
    ("য typed জ", "(?<!\u09cd)য(?!\u09bc)", "জ"),
    ("ঙ typed ং before ক-বর্গ", "ঙ\u09cd(?=[কখগঘ])", "ং"),
    ("ট typed ত", "ট", "ত"),
    ("স typed শ", "স", "শ"),
    ("ছ typed চ", "ছ", "চ"),
    ("reph typed র", "র\u09cd(?=[\u0995-\u09b9])", "র"),
    ("hasanta left out", "(?<=[\u0995-\u09ae\u09b2-\u09b9])\u09cd(?=[\u0995-\u09ae\u09b2-\u09b9])", ""),
    ("hasanta added at the end", "(?<=[\u0995-\u09b9])$", "\u09cd"),
    ("া left out", "\u09be", ""),
    ("ে left out", "\u09c7", ""),
    ("ি left out", "\u09bf", ""),
    ("ো left out", "\u09cb", ""),
    ("ু left out", "\u09c1", ""),
    ("two letters transposed", "([\u0995-\u09b9])([\u0995-\u09b9])(?!\u09bc)", r"\2\1"),  # not the half of ড় য়
)


def common_words(zipf: float) -> list[str]:
    words = []
    for w in wordfreq.iter_wordlist("bn"):
        w = unicodedata.normalize("NFC", w)
        if wordfreq.zipf_frequency(w, "bn") < zipf:
            break
        if re.fullmatch("[\u0980-\u09ff]+", w):
            words.append(w)
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=300, help="mistyped words per slip (default 300)")
    parser.add_argument("--zipf", type=float, default=3.0, help="the rarest words to mistype (default 3.0)")
    args = parser.parse_args(argv)
    sp = speller()
    words = common_words(args.zipf)
    print(f"{len(words):,} words of Zipf >= {args.zipf}; up to {args.words} mistyped per slip")
    print(f"{'slip':<32}{'words':>7}{'first':>9}{'top 5':>9}")
    for name, pattern, replacement in SLIPS:
        regex = re.compile(pattern)
        n = first = top5 = 0
        for word in words:
            typed = regex.sub(replacement, word, count=1)
            if typed == word or sp.is_known(typed):
                continue
            # The word as banan would offer it: in standard spelling (সরকারী as সরকারি), or
            # the far commoner twin a web list's misspelling stands for (খোজখবর as খোঁজখবর).
            meant = {word, offered_form(word), sp.dominant_twin(word)}
            offered = sp.suggest(typed, 5)
            n += 1
            first += bool(offered) and offered[0] in meant
            top5 += any(s in meant for s in offered)
            if n == args.words:
                break
        if n:
            print(f"{name:<32}{n:>7}{first / n:>9.1%}{top5 / n:>9.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
