"""The speller: is a word Bengali as far as the lexicon and morphology know, and if
not, which known words did the writer mean. A facade over one module per concept:

- judge.py: the verdicts on words (is it known, a regular form, a compound, a list's
  typo of a commoner twin, worth offering), one predicate per question;
- search.py: the search for known words near a typed word, and the one scoring function;
- candidates.py: the candidate generators, each tagging its candidates (Candidate.why);
- ranking.py: every generator's candidates merged, vetted and put in order;
- slips.py: how typing departs from the word meant (as said, as it looks, left out).

Verdicts and suggestions are cached per process: real text repeats its words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .candidates import Candidate
from .judge import Judge, abbreviation
from .lexicon import Lexicon
from .ranking import rank_many
from .settings import SETTINGS
from .slips import LOOKALIKE

if TYPE_CHECKING:
    from .precomputed import SpellerTables

__all__ = ["LOOKALIKE", "Candidate", "Learned", "Speller", "abbreviation"]

# What one process worked out about words outside the lexicon, to hand to another that
# runs the same code and lexicon: is_known verdicts, and suggestions.
Learned = tuple[dict[str, bool], dict[str, tuple[Candidate, ...]]]

_CACHE_LIMIT = 200_000
_BATCH = 256  # words ranked together by candidates_many


class Speller:
    def __init__(self, lexicon: Lexicon, words: Iterable[str] = ()) -> None:
        self.judge = Judge(lexicon, words)
        self.lexicon = lexicon
        self.accepted = self.judge.accepted
        self._suggestions: dict[str, tuple[Candidate, ...]] = {}
        self._fresh: dict[str, tuple[Candidate, ...]] | None = None  # see record()

    @property
    def tables(self) -> SpellerTables | None:
        """The verdicts on every lexicon word, worked out once per machine
        (precomputed.py); None: each word is judged afresh."""
        return self.judge.tables

    @tables.setter
    def tables(self, tables: SpellerTables | None) -> None:
        self.judge.tables = tables

    def record(self, on: bool = True) -> None:
        """From now on, keep what this speller works out (is_known verdicts not read from
        a table, and suggestions) for `take_learned`: corpus workers hand it to each other
        so that each does not judge again the words another has judged. `on` False
        stops recording and drops what was kept."""
        if not on:
            self.judge.fresh = self._fresh = None
            return
        if self.judge.fresh is None:
            self.judge.fresh = {}
        if self._fresh is None:
            self._fresh = {}

    def take_learned(self) -> Learned:
        """What was worked out since recording began or the last take (see record)."""
        known, suggestions = self.judge.fresh or {}, self._fresh or {}
        if self.judge.fresh is not None:
            self.judge.fresh = {}
        if self._fresh is not None:
            self._fresh = {}
        return known, suggestions

    def adopt(self, learned: Learned) -> None:
        """Take another speller's `take_learned` as if this one had worked it out: the
        same answers, since it comes from the same code and lexicon."""
        known, suggestions = learned
        for word, verdict in known.items():
            self.judge.remember_known(word, verdict)
        for word, ranked in suggestions.items():
            if word not in self._suggestions:
                if len(self._suggestions) > _CACHE_LIMIT:
                    self._suggestions.clear()
                self._suggestions[word] = ranked

    def forget(self) -> None:
        """Drop the verdicts and suggestions kept for this process."""
        self.judge.forget()
        self._suggestions.clear()

    # -- knowing (see Judge: docs/spelling.md lists the question each answers) --------
    def zipf(self, word: str) -> float:
        return self.judge.zipf(word)

    def in_lexicon(self, word: str) -> bool:
        return self.judge.in_lexicon(word)

    def is_known(self, word: str) -> bool:
        return self.judge.is_known(word)

    def run_into_postposition(self, word: str) -> str | None:
        return self.judge.run_into_postposition(word)

    def near_miss(self, word: str, most: float = SETTINGS.near_miss_max_cost, compound: bool = False) -> bool:
        return self.judge.near_miss(word, most, compound)

    def trusted(self, stem: str, zipf: float = SETTINGS.stem_min_zipf) -> bool:
        return self.judge.trusted(stem, zipf)

    def is_verb(self, verbal_noun: str) -> bool:
        return self.judge.is_verb(verbal_noun)

    def is_compound(self, word: str) -> bool:
        return self.judge.is_compound(word)

    def dominant_twin(self, word: str) -> str | None:
        return self.judge.dominant_twin(word)

    def standing(self, word: str) -> float:
        return self.judge.standing(word)

    def case_form(self, word: str) -> bool:
        return self.judge.case_form(word)

    def is_regular_form(self, word: str) -> bool:
        return self.judge.is_regular_form(word)

    def suggestable(self, word: str) -> float | None:
        return self.judge.suggestable(word)

    # -- suggesting ------------------------------------------------------------
    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Known words the writer probably meant, best first; an inflected typo gets
        the inflected correction (বাড়ীতে -> বাড়িতে): the words of `candidates`."""
        return [c.word for c in self.candidates(word, limit)]

    def candidates(self, word: str, limit: int = SETTINGS.suggestions_kept) -> list[Candidate]:
        """The suggestions for `word` with their scores and the generator that proposed
        each, best first (see Candidate)."""
        cached = self._suggestions.get(word)
        if cached is None:
            cached = self._remember(word, self._rank(word))
        return list(cached[:limit])

    def suggest_many(self, words: Iterable[str], limit: int = 5) -> list[list[str]]:
        """`suggest` for each word, in order: the same lists, faster for many words (a
        document's unknown words) since their searches are made together."""
        return [[c.word for c in found] for found in self.candidates_many(words, limit)]

    def candidates_many(self, words: Iterable[str], limit: int = SETTINGS.suggestions_kept) -> list[list[Candidate]]:
        """`candidates` for each word, in order: the same lists, their searches made
        together (see ranking.rank_many), a few hundred words at a time."""
        words = list(words)
        found = {w: cached for w in dict.fromkeys(words) if (cached := self._suggestions.get(w)) is not None}
        new = [w for w in dict.fromkeys(words) if w not in found]
        for i in range(0, len(new), _BATCH):
            chunk = new[i : i + _BATCH]
            ranked = self._rank_many(chunk)
            found.update((w, self._remember(w, ranks)) for w, ranks in zip(chunk, ranked, strict=True))
        return [list(found[w][:limit]) for w in words]

    def _remember(self, word: str, ranked: list[Candidate]) -> tuple[Candidate, ...]:
        if len(self._suggestions) > _CACHE_LIMIT:
            self._suggestions.clear()
        cached = self._suggestions[word] = tuple(ranked)
        if self._fresh is not None:
            self._fresh[word] = cached
        return cached

    def _rank(self, word: str) -> list[Candidate]:
        return rank_many(self.judge, [word])[0]

    def _rank_many(self, words: list[str]) -> list[list[Candidate]]:
        return rank_many(self.judge, words)
