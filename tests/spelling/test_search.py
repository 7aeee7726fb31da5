"""The suggestion search: many words or searches at once give what one at a time gives,
and the scores are the float32 arithmetic of scoring every near word with numpy."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from banan.spelling import morphology, speller
from banan.spelling.errormodel import cost, letters, skeleton
from banan.spelling.lexicon import FROM_HUNSPELL, FROM_NAMES
from banan.spelling.npyfile import Table
from banan.spelling.search import Search
from banan.spelling.settings import SETTINGS
from banan.spelling.speller import Speller

# Typos of several kinds (glosses: at home, reporter, the work too, is writing, reply,
# municipal, the mayors' criminal (case), river, news, trade war, Bangladesh in the
# genitive with a sign left out), known words (I, Bangladesh), nothing, a run of
# letters, and a word twice.
WORDS = [
    "বাড়ীতে",
    "পতিবেদক",
    "কাজো",
    "লিখসেন",
    "জবব",
    "পউর",
    "মেয়রদেরফৌজদারি",
    "নদি",
    "খোজখবর",
    "বানিজ্জযুদ্ধ",
    "বাংলাদেশর",
    "আমি",
    "বাংলাদেশ",
    "",
    "ক" * 40,
    "নদি",
]


def fresh() -> Speller:
    """A speller with nothing remembered, so that each way computes its own answers."""
    sp = speller()
    return Speller(sp.lexicon, sp.accepted)


def test_candidates_many_are_candidates_one_by_one() -> None:
    alone = fresh()
    one_by_one = [alone.candidates(w) for w in WORDS]
    assert fresh().candidates_many(WORDS) == one_by_one
    assert fresh().suggest_many(WORDS, 3) == [[c.word for c in found[:3]] for found in one_by_one]
    assert any(len(found) > 3 for found in one_by_one) and one_by_one[-1] == one_by_one[WORDS.index("নদি")]


def test_candidates_many_in_small_batches_and_with_words_already_ranked(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = fresh().candidates_many(WORDS)
    monkeypatch.setattr(sys.modules["banan.spelling.speller"], "_BATCH", 3)
    sp = fresh()
    sp.candidates("নদি")
    assert sp.candidates_many(WORDS) == expected
    assert sp.candidates_many([]) == []


# Searches of each kind: plain, after a reading as said (itself allowed, extra cost), a
# stem under a typed ending, and the wide net two deletions deep.
SEARCHES = [
    Search("পতিবেদক"),
    Search("পউর", SETTINGS.as_said_cost, itself=True),
    Search("বাড়ী", SETTINGS.under_ending_cost, "তে"),
    Search("সাধারন", 0.0, "", depth=2),
    Search("জবব"),
    Search("ক" * 30),  # no word near
]


def test_searches_made_together_are_the_searches_made_alone() -> None:
    alone = [fresh().judge.search.scored(s.typed, s.extra, s.suffix, s.depth, s.itself) for s in SEARCHES]
    assert fresh().judge.search.scored_many(SEARCHES) == alone
    assert all(alone[:5]) and alone[5] == []


def test_a_search_passes_on_the_costs_of_its_candidates() -> None:
    costs: dict[str, float] = {}
    found = fresh().judge.search.scored("পতিবেদক", costs_out=costs)
    assert found and set(costs) == {c for _, c in found}
    assert all(costs[c] == cost("পতিবেদক", c) for c in costs)


def numpy_scored(
    sp: Speller, typed: str, extra: float = 0.0, suffix: str = "", depth: int = 1, itself: bool = False
) -> list[tuple[float, str]]:
    """The search written plainly with numpy over every near word (float32 frequencies,
    a stable sort): what the search must give, to the last bit."""
    lex = sp.lexicon
    key = skeleton(typed)
    skels = lex.near_skeletons(key, depth)
    ids = np.array([i for s in skels for i in lex.members(s).tolist()], dtype=np.int64)
    which = np.array([n for n, s in enumerate(skels) for _ in lex.members(s).tolist()], dtype=np.int64)
    if not len(ids):
        return []
    z = lex.zipf[ids].astype(np.float32) / 100
    curated = (lex.origin[ids] & (FROM_HUNSPELL | FROM_NAMES)) > 0
    if depth > 1:
        keep = z >= SETTINGS.near_miss_min_zipf
    elif suffix:
        keep = (z >= SETTINGS.stem_min_zipf) | curated
        own = lex.skeletons.get(key)
        if own is not None:
            keep |= (z >= SETTINGS.suggested_stem_min_zipf) & (np.array(skels)[which] == own)
    else:
        keep = (z >= SETTINGS.confused_suggestion_min_zipf) | curated
    if not keep.any():
        return []
    rare = ((z < SETTINGS.suggestion_min_zipf) & ~curated)[keep]
    ids, which, z = ids[keep], which[keep], np.where(z[keep] > 0, z[keep], SETTINGS.uncounted_word_zipf)
    shapes = lex.skeletons_at(skels)
    skeletal = np.array([DamerauLevenshtein.distance(key, shapes[n]) for n in which.tolist()], dtype=np.int32)
    low = skeletal + extra - SETTINGS.frequency_weight * z
    limit = 3 * SETTINGS.suggestions_kept
    if len(low) > limit:
        near = np.flatnonzero(low <= np.partition(low, limit - 1)[limit - 1] + SETTINGS.rescoring_slack)
        ids, which, skeletal, z, rare = ids[near], which[near], skeletal[near], z[near], rare[near]
    words = lex.words_at(ids.tolist())
    full = process.cdist(
        [letters(typed)], [letters(w) for w in words], scorer=DamerauLevenshtein.distance, dtype=np.int32
    )[0]
    costs = skeletal + SETTINGS.class_cost * np.maximum(full - skeletal, 0)
    other = np.array([shapes[n][:1] != key[:1] for n in which.tolist()], dtype=np.float32)
    scores = costs + extra - SETTINGS.frequency_weight * z + SETTINGS.other_first_letter_cost * other
    good = np.flatnonzero((costs <= SETTINGS.suggestion_max_cost) & ((full > 0) | itself) & (~rare | (skeletal == 0)))
    best = good[np.argsort(scores[good], kind="stable")[:limit]].tolist()
    if not suffix:
        return [(float(scores[i]), words[i]) for i in best]
    found = []
    for i in best:
        if morphology.fits(words[i], suffix):
            joined = morphology.join(words[i], suffix)
            zi = sp.judge.search.inflected_zipf(joined, float(z[i]))
            found.append((float(costs[i] + extra - SETTINGS.frequency_weight * zi), joined))
    return found


@pytest.mark.parametrize("search", SEARCHES, ids=lambda s: f"{s.typed[:8]}-{s.depth}-{s.suffix}")
def test_the_scores_are_those_of_scoring_every_near_word_with_numpy(search: Search) -> None:
    sp = fresh()
    expected = numpy_scored(sp, search.typed, search.extra, search.suffix, search.depth, search.itself)
    assert sp.judge.search.scored(search.typed, search.extra, search.suffix, search.depth, search.itself) == expected


def test_a_word_without_suggestions_is_ranked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    sp = fresh()
    ranked: list[list[str]] = []
    rank_many = sp._rank_many
    monkeypatch.setattr(sp, "_rank", lambda word: pytest.fail(f"{word!r} ranked alone"))
    monkeypatch.setattr(sp, "_rank_many", lambda words: ranked.append(words) or rank_many(words))
    assert sp.candidates_many(["", "ক" * 40, "নদি", ""]) == [[], [], sp.candidates("নদি"), []]
    assert sp.candidates_many(["", "ক" * 40]) == [[], []]  # remembered, empty or not
    assert ranked == [["", "ক" * 40, "নদি"]]


@pytest.mark.parametrize("way", ["numpy", "python"])
def test_plain_python_and_numpy_ways_give_the_same_answers(monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    """Small neighbourhoods and searches are worked out in plain Python, large ones with
    numpy: each way alone gives, to the last bit, what the search gives."""
    expected = [fresh().candidates(w) for w in WORDS]
    alone = [numpy_scored(fresh(), s.typed, s.extra, s.suffix, s.depth, s.itself) for s in SEARCHES]
    search = sys.modules["banan.spelling.search"]
    small = 10**9 if way == "python" else -1
    monkeypatch.setattr(search, "_SMALL_SKELETONS", small)
    monkeypatch.setattr(search, "_SMALL_SEARCH", small)
    monkeypatch.setattr(search, "_SMALL_BATCH", 10**9)
    sp = fresh()
    assert [sp.candidates(w) for w in WORDS] == expected
    assert fresh().judge.search.scored_many(SEARCHES) == alone
    assert [fresh().judge.search.scored(s.typed, s.extra, s.suffix, s.depth, s.itself) for s in SEARCHES] == alone


def test_the_search_maps_its_tables_from_beside_the_lexicon_as_numpy_computes_them() -> None:
    """What the search needs of every word (flags, float32 weights, the words each kind of
    search keeps by skeleton) is saved once per machine and mapped, not worked out per
    process; the mapped bytes are those numpy computes."""
    search = sys.modules["banan.spelling.search"]
    sp = fresh()
    sp.suggest("পতিবেদক")
    tables = search._search_tables(sp.lexicon)
    assert all(isinstance(table, Table) for table in tables.arrays.values())
    built = search._built_tables(sp.lexicon, SETTINGS)
    assert set(built) == set(tables.arrays)
    for name, array in built.items():
        assert (tables.arrays[name].dtype, tables.arrays[name].tobytes()) == (array.dtype.str, array.tobytes()), name
