"""A house vocabulary: the words an archive spells consistently that the lexicon lacks.

A newsroom's or a publisher's archive writes its names and terms the same way in text
after text. `Learner` reads the archive one document at a time and keeps the words
the spelling rules would report (SPELL001, SPELL002: the rules' own word splitting and
verdicts, through the engine) with their counts, the documents they occur in and a
sample context. A word is learned when it recurs (in `min_documents` documents and
`min_count` times) and is not a likely misspelling: no correction the error model
proposes (a slip away, `max_cost`) is as frequent in the archive (`max_ratio`) or
common in the lexicon (`min_zipf`, by typing cost). So a misspelling the archive
repeats is not learned while its correction is commoner, however often it occurs.

Memory is bounded: the unknown words are counted in a table of at most `max_table`
words; when it is full, the words seen in the fewest documents are dropped (lossy
counting: a dropped word that comes back counts from there, so its counts are low by at
most the documents it had). The archive counts of known words are kept for the
lexicon's words only, so that table is bounded by the lexicon's size.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .chars import WORD_LETTERS
from .config import Config
from .engine import check

__all__ = ["Correction", "Entry", "LearnOptions", "Learner", "review_tsv", "word_list"]

# The rules that divide the unknown words among them: SPELL reports the unknown ones
# (SPELL002, opt-in, those a text repeats), NAME the near misses of a gazetteer name,
# ORTHO the non-standard spellings of known words. Only SPELL's words are candidates;
# running the other two keeps theirs out.
SELECT = ("SPELL", "SPELL002", "NAME", "ORTHO")
UNKNOWN_CODES = ("SPELL001", "SPELL002")
CONTEXT = 40  # characters of sample context each side of the word
_LETTER_RUN = re.compile(f"[{WORD_LETTERS}]+")
_DIGIT_BEFORE = re.compile("[0-9০-৯]")
_SPACES = re.compile(r"\s+")
REVIEW_COLUMNS = (
    "word",
    "learned",
    "count",
    "documents",
    "correction",
    "correction_count",
    "correction_cost",
    "correction_zipf",
    "ratio",
    "context",
)


@dataclass(frozen=True)
class LearnOptions:
    """What makes a word recur, and what makes it a misspelling. The defaults are
    measured by bench/bench_learn.py (docs/usage.md gives the figures)."""

    # In two documents at least: a word one text repeats may be that text's slip; two
    # texts that spell it alike are the house spelling. Three would keep a third of the
    # names bench/bench_learn.py finds on clean news, for one misspelling fewer.
    min_documents: int = 2
    # Occurrences in all: two, which two documents give; raise it for a larger archive.
    min_count: int = 2
    # A correction (a slip away) that the archive holds this many times as often as the
    # word marks the word as its misspelling: fitted on one half of the measured sets
    # and checked on the other (bench/bench_learn.py --fit). Writers who misspell a word
    # often write it right as often: the correction need not be far more frequent.
    max_ratio: float = 1.0
    # A correction one edit away that the lexicon rates at this Zipf frequency or more
    # (one word in 10,000 of web text; an unknown word is below the lexicon's floor,
    # about a thousand times rarer) marks the word as its misspelling whatever the
    # archive says. Fitted as above.
    min_zipf: float = 4.0
    # ... and per edit more (a confusion inside a class costs a quarter of one) the
    # correction must be this much higher on the Zipf scale (ten times as frequent):
    # set by hand, a slip of one more edit being about ten times rarer.
    zipf_per_edit: float = 1.0
    # A correction at most this typing cost away is a slip (the spelling rules' measure
    # of a slip: a ra-phala or a conjunct left out, or a few class confusions).
    max_cost: float = 1.25
    # The most unknown words counted at once (bounded memory, see above).
    max_table: int = 500_000
    # The corrections the error model is asked for, per word.
    corrections: int = 5


@dataclass
class Entry:
    """An unknown word of the archive, with what decides whether it is learned."""

    word: str
    count: int = 0
    documents: int = 0
    context: str = ""
    corrections: list[Correction] = field(default_factory=list)  # the error model's, within a slip
    correction: Correction | None = None  # the one that comes closest to marking a misspelling
    learned: bool = False

    @property
    def ratio(self) -> float:
        """How many times more frequent the correction is than the word."""
        return self.correction.archive / self.count if self.correction and self.count else 0.0

    def decide(self, options: LearnOptions) -> bool:
        """Learned unless a correction makes the word its misspelling: one the archive
        holds `max_ratio` times as often as the word or more, or one the lexicon rates at
        Zipf `min_zipf` or more at one edit away (less when closer, more when further:
        `zipf_per_edit`). The correction shown is the one nearest to (or furthest past)
        either mark."""
        best, margin = None, 0.0
        for c in self.corrections:
            m = c.archive / (options.max_ratio * self.count)
            if c.zipf is not None:
                m = max(m, 10 ** (c.zipf - options.min_zipf - options.zipf_per_edit * (c.cost - 1)))
            if best is None or m > margin:
                best, margin = c, m
        self.correction = best
        self.learned = best is None or margin < 1
        return self.learned


@dataclass(frozen=True, slots=True)
class Correction:
    """A correction the error model proposes: the word, its typing cost, its count in the
    archive, and its Zipf frequency in the lexicon (None when it has none)."""

    word: str
    cost: float
    archive: int
    zipf: float | None


@dataclass
class Learner:
    """Feed documents with `add`, then ask `result`."""

    options: LearnOptions = field(default_factory=LearnOptions)
    words: frozenset[str] = frozenset()  # words already accepted (a dictionary in use): not learned again
    documents: int = 0
    total_words: int = 0  # Bengali letter runs read, the archive's size for frequencies
    pruned_below: int = 0  # words seen in at most this many documents may have been dropped and recounted
    # word -> [count, documents, context, order]: the context is of the word's first
    # document in input order (`order`), whichever order partial counts are merged in.
    _unknown: dict[str, list] = field(default_factory=dict, repr=False)
    _known: Counter[str] = field(default_factory=Counter, repr=False)  # lexicon words -> archive count

    def __post_init__(self) -> None:
        self._config = _config(self.words)

    def add(self, text: str) -> None:
        """Count one document's words."""
        from .spelling import speller

        self.documents += 1
        runs = Counter(_LETTER_RUN.findall(text))
        self.total_words += sum(runs.values())
        lexicon = speller().lexicon
        known = self._known
        for w, n in runs.items():
            if w in known or w in lexicon:
                known[w] += n
        here: dict[str, list] = {}  # word -> [count in this document, context]
        for d in check(text, self._config):
            if d.code not in UNKNOWN_CODES:
                continue
            if d.start and _DIGIT_BEFORE.match(text, d.start - 1):
                continue  # a classifier after a numeral (৩তি), not a word of its own
            w = d.found
            seen = here.get(w)
            if seen is None:
                seen = here[w] = [0, _context(text, d.start, d.end)]
            # SPELL002 reports a word once per text, at its first place: count its runs.
            seen[0] = max(seen[0] + 1, runs.get(w, 0) if d.code == "SPELL002" else 0)
        table = self._unknown
        for w, (n, context) in here.items():
            entry = table.get(w)
            if entry is None:
                table[w] = [n, 1, context, self.documents]
            else:
                entry[0] += n
                entry[1] += 1
        if len(table) > self.options.max_table:
            self._prune()

    def tallies(self) -> dict:
        """What this learner counted, to merge into another (`merge`): corpus mode counts
        each partition in a worker and merges the counts in the process that reads."""
        return {
            "unknown": self._unknown,
            "known": dict(self._known),
            "words": self.total_words,
            "documents": self.documents,
            "pruned_below": self.pruned_below,
        }

    def merge(self, tallies: dict, order: int = 0) -> None:
        """Add another learner's counts; `order` places its documents in input order
        (their first document's position), which decides the sample contexts kept."""
        self.documents += tallies["documents"]
        self.total_words += tallies["words"]
        self.pruned_below = max(self.pruned_below, tallies["pruned_below"])
        self._known.update(tallies["known"])
        table = self._unknown
        for w, (n, docs, context, first) in tallies["unknown"].items():
            entry = table.get(w)
            if entry is None:
                table[w] = [n, docs, context, order + first]
            else:
                entry[0] += n
                entry[1] += docs
                if order + first < entry[3]:
                    entry[2], entry[3] = context, order + first
        if len(table) > self.options.max_table:
            self._prune()

    def add_all(self, texts: Iterable[str]) -> Learner:
        for text in texts:
            self.add(text)
        return self

    def _prune(self) -> None:
        """Drop the words seen in the fewest documents until the table is three quarters full."""
        table = self._unknown
        while len(table) > self.options.max_table * 3 // 4:
            self.pruned_below += 1
            for w in [w for w, e in table.items() if e[1] <= self.pruned_below]:
                del table[w]

    def archive_count(self, word: str) -> int:
        """How often a lexicon word occurs in the archive read so far."""
        return self._known.get(word, 0)

    def result(self) -> list[Entry]:
        """The recurring unknown words, most frequent first, each judged: learned, or a
        likely misspelling of its correction."""
        o = self.options
        out = []
        for w, (count, docs, context, _order) in self._unknown.items():
            if docs < o.min_documents or count < o.min_count:
                continue
            entry = Entry(w, count, docs, context)
            self._judge(entry)
            out.append(entry)
        out.sort(key=lambda e: (-e.count, -e.documents, e.word))
        return out

    def _judge(self, entry: Entry) -> None:
        from .spelling import speller
        from .spelling.errormodel import cost

        sp = speller()
        o = self.options
        for c in sp.candidates(entry.word, o.corrections):
            x = c.word
            if x == entry.word or " " in x:
                continue
            k = cost(entry.word, x)
            if k > o.max_cost:
                continue
            zipf = sp.lexicon.frequency(x)
            if zipf < 0:
                zipf = sp.standing(x)  # an inflected correction: its stem's standing
            entry.corrections.append(Correction(x, k, self.archive_count(x), zipf if zipf > 0 else None))
        entry.decide(o)


@lru_cache(maxsize=4)
def _config(words: frozenset[str]) -> Config:
    return Config(select=SELECT, words=words, source="banan lexicon learn")


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    return _SPACES.sub(" ", f"{before}[{text[start:end]}]{after}").strip()


def word_list(entries: Iterable[Entry]) -> str:
    """The learned words, one a line in code-point order: the format of `--words FILE`,
    `words-file` in banan.toml and the editor's word file."""
    words = sorted({e.word for e in entries if e.learned})
    return "".join(w + "\n" for w in words)


def review_tsv(entries: Iterable[Entry]) -> str:
    """Every recurring unknown word, learned or not, as tab-separated rows under a header
    (REVIEW_COLUMNS): what a person reads to prune the list."""
    lines = ["\t".join(REVIEW_COLUMNS)]
    for e in entries:
        c = e.correction
        lines.append(
            "\t".join(
                (
                    e.word,
                    "yes" if e.learned else "no",
                    str(e.count),
                    str(e.documents),
                    c.word if c else "",
                    str(c.archive) if c else "",
                    f"{c.cost:.2f}" if c else "",
                    f"{c.zipf:.2f}" if c and c.zipf is not None else "",
                    f"{e.ratio:.2f}" if c else "",
                    e.context.replace("\t", " "),
                )
            )
        )
    return "\n".join(lines) + "\n"
