"""The search for known words near a typed word, and its one scoring function.

A candidate's score is its typing cost (errormodel.cost) plus the cost of the reading
that found it, minus SETTINGS.frequency_weight x its Zipf frequency, plus
SETTINGS.other_first_letter_cost when its skeleton starts with another letter; lower is
better. Searches are made many at a time (`NearWords.scored_many`): the large ones with
numpy, whose cost per call is paid once for them all; the many small ones (a skeleton's
neighbourhood holds about twenty words as a rule) in plain Python, reading each near
skeleton's kept words as one slice of a table worked out once per machine and mapped
beside the lexicon (`_SearchTables`, `_Kept`): a small search loads no numpy. Both ways
give the same candidates and scores to the last bit.
"""

from __future__ import annotations

import hashlib
import heapq
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, cast

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from . import morphology, precomputed
from .errormodel import letters, skeleton
from .lexicon import FROM_HUNSPELL, FROM_NAMES, Lexicon
from .npyfile import Table
from .settings import SETTINGS, SpellingSettings

if TYPE_CHECKING:
    import numpy as np
else:
    from ..lazy import numpy as np  # loads with the first search

__all__ = ["NearWords", "Search"]

# Frequency flags by Zipf x 100 (the lexicon's stored value), for scored, and a
# word's own flags: those of its frequency and whether a curated list holds it.
_GE_CONFUSED, _GE_NEAR, _GE_STEM, _GE_SUGGESTED_STEM, _BELOW_SUGGESTION_MIN, _CURATED_BIT = 1, 2, 4, 8, 16, 32
_RARE_BITS = _BELOW_SUGGESTION_MIN | _CURATED_BIT
_NEIGHBOURHOOD_LIMIT = 1_000
_COLUMN_TYPES = ("uint32", "int16", "float32", "float32", "bool")  # numpy dtypes, named: numpy loads on use
# Below these sizes a neighbourhood is gathered (in skeletons), and a search scored (in
# words), in plain Python: numpy's cost per call outweighs its speed per element there.
# A batch of more searches than _SMALL_BATCH (suggest_many's) goes to numpy whole: its
# cost per call is paid once for them all. The two ways give the same answers to the
# last bit (the float32 values are exact as Python floats, and the sums are float64 in
# both).
_SMALL_SKELETONS = 48
_SMALL_SEARCH = 96
_SMALL_BATCH = 16
_distance = DamerauLevenshtein.distance
_by_score = itemgetter(0)


@dataclass(frozen=True, slots=True)
class Search:
    """One search for candidates near a typed word (see NearWords.scored)."""

    typed: str
    extra: float = 0.0
    suffix: str = ""
    depth: int = 1
    itself: bool = False
    costs_out: dict[str, float] | None = None


class _Searched:
    """The words one kind of search from one skeleton keeps, by skeleton id and then
    key id, with for each: its skeleton's distance to the typed skeleton, the cost of
    another first letter (or 0.0), its weighted frequency, and whether it is rare.
    Held as numpy arrays (uint32, int16, float32, float32, bool) or as plain lists of
    the same values, whichever made it; each form is made from the other when asked:
    a search over a few dozen words is faster in plain Python, a large one in numpy."""

    __slots__ = ("_arrays", "_lists", "size", "tables")

    def __init__(
        self, tables: _SearchTables, arrays: tuple[np.ndarray, ...] | None, lists: tuple[list, ...] | None
    ) -> None:
        self.tables = tables
        self._arrays = arrays
        self._lists = lists
        self.size = len(arrays[0]) if arrays is not None else len(lists[0]) if lists is not None else 0

    def arrays(self) -> tuple[np.ndarray, ...]:
        """(ids, skeletal, other_first, weight, rare) as numpy arrays."""
        if self._arrays is None:
            assert self._lists is not None
            self._arrays = tuple(
                np.array(column, dtype=dtype) for column, dtype in zip(self._lists, _COLUMN_TYPES, strict=True)
            )
        return self._arrays

    def lists(self) -> tuple[list, ...]:
        """(ids, skeletal, other_first, weight, rare) as lists of Python numbers (the
        float32 values as floats, exactly)."""
        if self._lists is None:
            assert self._arrays is not None
            self._lists = tuple(column.tolist() for column in self._arrays)
        return self._lists


class _SearchTables:
    """What the suggestion search needs of each stored frequency value and of each
    word, worked out once per machine for the lexicon and settings with numpy's float32
    arithmetic (Zipf x 100 as float32 / 100, the weighted frequency in float32, as
    scoring each search's words with numpy has it; the search's sums are float64), and
    saved beside the lexicon (precomputed.lexicon_tables): a process maps them, and a
    small search reads them as memoryviews without loading numpy.

    The tables (by key id unless said otherwise): `ranked`, by Zipf x 100, the frequency
    to rank by (uncounted words as SETTINGS.uncounted_word_zipf); `code`, the _GE_*,
    _BELOW_SUGGESTION_MIN and _CURATED_BIT bits; `weight`, SETTINGS.frequency_weight x
    the frequency to rank by (float32); `other`, SETTINGS.other_first_letter_cost in
    float32 (one entry); and for each rule of which words a kind of search keeps (the
    flags of _KEPT) the words it keeps grouped by skeleton (see _Kept)."""

    __slots__ = ("_code", "_weight", "arrays", "by_flags", "lexicon", "other_first_letter_cost", "settings", "zipf")

    def __init__(self, settings: object, lexicon: Lexicon, arrays: dict[str, precomputed.Array]) -> None:
        self.settings = settings
        self.lexicon = lexicon
        self.arrays = arrays
        # float32 values, exact as Python floats
        self.zipf: list[float] = cast("list[float]", arrays["ranked"].data.tolist())
        self.other_first_letter_cost: float = arrays["other"].data[0]
        self.by_flags: dict[int, _Kept] = {}
        self._code: np.ndarray | None = None
        self._weight: np.ndarray | None = None

    def word_code(self) -> np.ndarray:
        """`code` as a numpy array (numpy loads now): for the large searches."""
        if self._code is None:
            self._code = _numpy(self.arrays["code"])
        return self._code

    def word_weight(self) -> np.ndarray:
        """`weight` as a numpy array (numpy loads now): for the large searches."""
        if self._weight is None:
            self._weight = _numpy(self.arrays["weight"])
        return self._weight

    def kept(self, flags: int) -> _Kept:
        """The words with any of `flags` (a kind of search's rule of which words it
        keeps), grouped by skeleton: a search reads each near skeleton's kept words as
        one slice."""
        found = self.by_flags.get(flags)
        if found is None:
            a = self.arrays
            found = self.by_flags[flags] = _Kept(
                a[f"starts{flags}"].data, a[f"ids{flags}"].data, a[f"weight{flags}"].data, a[f"rare{flags}"].data
            )
        return found


@dataclass(frozen=True, slots=True)
class _Kept:
    """The words one rule keeps, grouped by skeleton: skeleton s owns ids[starts[s] :
    starts[s + 1]], with their weighted frequencies (float32) and whether each is rare
    (1) or not (0)."""

    starts: memoryview
    ids: memoryview
    weight: memoryview
    rare: memoryview


# The rules of which words a kind of search keeps (see NearWords._gathered): the wide
# net's, a stem search's, the other searches', and a stem search's at the typed stem's
# own skeleton.
_KEPT = (
    _GE_NEAR,
    _GE_STEM | _CURATED_BIT,
    _GE_CONFUSED | _CURATED_BIT,
    _GE_STEM | _CURATED_BIT | _GE_SUGGESTED_STEM,
)
_tables: list[_SearchTables] = []


def _numpy(table: precomputed.Array) -> np.ndarray:
    """A table as a numpy array: a mapped one's view over its map, a built one itself."""
    return table.array() if isinstance(table, Table) else np.asarray(table)


def _search_tables(lexicon: Lexicon) -> _SearchTables:
    if _tables and _tables[0].settings is SETTINGS and _tables[0].lexicon is lexicon:
        return _tables[0]
    s = SETTINGS
    version = hashlib.sha256(f"{precomputed.source_version()}\n{s!r}".encode()).hexdigest()[:16]
    n, skeletons = len(lexicon), len(lexicon.tables["skeleton_start"])

    def valid(a: dict[str, precomputed.Array]) -> bool:
        return (
            a["code"].shape == a["weight"].shape == (n,)
            and a["other"].shape == (1,)
            and all(a[f"starts{flags}"].shape == (skeletons,) for flags in _KEPT)
        )

    arrays = precomputed.lexicon_tables("search", version, lambda: _built_tables(lexicon, s), valid, lexicon)
    _tables[:] = [_SearchTables(s, lexicon, arrays)]
    return _tables[0]


def _built_tables(lexicon: Lexicon, s: SpellingSettings) -> dict[str, np.ndarray]:
    """The arrays of _SearchTables, worked out with numpy."""
    z = np.arange(lexicon.max_zipf + 1, dtype=np.uint16).astype(np.float32) / 100
    flags = (
        (z >= s.confused_suggestion_min_zipf) * _GE_CONFUSED
        | (z >= s.near_miss_min_zipf) * _GE_NEAR
        | (z >= s.stem_min_zipf) * _GE_STEM
        | (z >= s.suggested_stem_min_zipf) * _GE_SUGGESTED_STEM
        | (z < s.suggestion_min_zipf) * _BELOW_SUGGESTION_MIN
    ).astype(np.uint8)
    ranked = np.where(z > 0, z, s.uncounted_word_zipf)
    weighted = s.frequency_weight * ranked
    curated = ((lexicon.origin & (FROM_HUNSPELL | FROM_NAMES)) > 0).astype(np.uint8) * _CURATED_BIT
    code = flags[lexicon.zipf] | curated
    weight = weighted[lexicon.zipf]
    arrays = {
        "ranked": ranked,
        "code": code,
        "weight": weight,
        "other": s.other_first_letter_cost * np.ones(1, dtype=np.float32),
    }
    members = lexicon.by_skeleton
    for kept in _KEPT:
        keep = (code[members] & kept) > 0
        ids = members[keep]
        counts = np.concatenate(([0], np.cumsum(keep, dtype=np.int64)))
        arrays[f"starts{kept}"] = counts[lexicon.skeleton_start].astype(np.uint32)  # offsets below 2**32
        arrays[f"ids{kept}"] = np.ascontiguousarray(ids)
        arrays[f"weight{kept}"] = np.ascontiguousarray(weight[ids])
        arrays[f"rare{kept}"] = ((code[ids] & _RARE_BITS) == _BELOW_SUGGESTION_MIN).astype(np.uint8)
    return arrays


def _distances_from(typed: str, choices: list[str]) -> list[int]:
    """The Damerau-Levenshtein distance from `typed` to each choice (one call each: for
    the few dozen of a small search, faster than one cdist call, and without numpy)."""
    return [_distance(typed, c) for c in choices]


def _distances(queries: list[str], of: list[int], choices: list[str]) -> np.ndarray:
    """The Damerau-Levenshtein distance from queries[of[i]] to choices[i], for each i."""
    if len(queries) == 1:  # one query: cdist, which converts it once
        return process.cdist(queries, choices, scorer=DamerauLevenshtein.distance, dtype=np.int64)[0]
    return process.cpdist([queries[q] for q in of], choices, scorer=DamerauLevenshtein.distance, dtype=np.int64)


class NearWords:
    """The suggestion search over one lexicon, with the neighbourhoods it has gathered
    kept for the next searches from the same skeletons."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._neighbourhoods: dict[tuple[str, int, bool], _Searched] = {}

    def forget(self) -> None:
        """Drop the neighbourhoods kept for this process."""
        self._neighbourhoods.clear()

    def _searched_many(self, kinds: list[tuple[str, int, bool]]) -> list[_Searched | None]:
        """For each (skeleton, depth, stems) of a search, the words it looks at (see
        scored_many): the words of the skeletons near the skeleton (see
        Lexicon.near_skeletons) that kind of search keeps, with what scoring them needs;
        None where no skeleton is near. Kept for the next search of the same kind from
        the same skeleton (a typed word's stems and readings, and other typos, share
        many); the new ones are gathered together."""
        lex = self.lexicon
        t = _search_tables(lex)
        found: list[_Searched | None] = [None] * len(kinds)
        new: dict[tuple[str, int, bool], list[int]] = {}  # kind -> the skeletons near it
        for n, kind in enumerate(kinds):
            known = self._neighbourhoods.get(kind)
            if known is not None and known.tables is t:
                found[n] = known
            elif kind not in new and (skels := lex.near_skeletons(kind[0], kind[1])):
                if len(skels) <= _SMALL_SKELETONS and len(kinds) <= _SMALL_BATCH:
                    found[n] = self._gathered(t, kind, skels)
                else:
                    new[kind] = skels
        if not new:
            return found
        fresh = list(new)
        sizes = np.array([len(new[kind]) for kind in fresh])
        skel = np.array([s for kind in fresh for s in new[kind]], dtype=np.int64)
        of_kind = np.repeat(np.arange(len(fresh)), sizes)  # the kind each skeleton is near
        starts = lex.skeleton_start[skel].astype(np.int64)
        counts = lex.skeleton_start[skel + 1].astype(np.int64) - starts
        # word-id ranges [start, start+count) of each skeleton, flattened
        offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
        ids = lex.by_skeleton[np.arange(int(counts.sum())) + offsets].astype(np.int64)
        which = np.repeat(np.arange(len(skel)), counts)  # each word's skeleton, an index into skel
        kind_of = of_kind[which]
        code = t.word_code()[ids]
        # Which words each kind keeps: the wide net frequent words only; a stem search a
        # rarer stem only as a confusion inside classes of the typed one (its skeleton);
        # other searches frequent or curated words.
        modes = {(depth > 1, stems) for _, depth, stems in fresh}
        wide = (code & _GE_NEAR) > 0 if (True, False) in modes or (True, True) in modes else None
        plain = (code & (_GE_CONFUSED | _CURATED_BIT)) > 0 if (False, False) in modes else None
        stem = None
        if (False, True) in modes:
            own = np.array([lex.skeletons.get(kind[0], -1) for kind in fresh], dtype=np.int64)[kind_of]
            stem = ((code & (_GE_STEM | _CURATED_BIT)) > 0) | (((code & _GE_SUGGESTED_STEM) > 0) & (skel[which] == own))
        if len(modes) == 1:
            keep = next(mask for mask in (wide, plain, stem) if mask is not None)
        else:
            depth = np.array([kind[1] for kind in fresh])[kind_of]
            stems = np.array([kind[2] for kind in fresh])[kind_of]
            keep = np.where(
                depth > 1,
                wide if wide is not None else False,
                np.where(stems, stem if stem is not None else False, plain if plain is not None else False),
            )
        kept = np.flatnonzero(keep)
        ids, which, code, kind_of = ids[kept], which[kept], code[kept], kind_of[kept]
        keys = [kind[0] for kind in fresh]
        skeletal = _distances(keys, of_kind.tolist(), lex.skeletons_at(skel.tolist()))
        # Writers seldom get the first letter wrong: a candidate whose skeleton starts
        # with another (class of) letter ranks lower, by a third of an edit.
        first_letters = np.array([ord(k[0]) if k else 0 for k in keys], dtype=np.uint32)
        other_first = lex.skeleton_first[skel] != first_letters[of_kind]
        # kind_of ascends: each kind's words are one run
        cut = [0, *np.searchsorted(kind_of, np.arange(1, len(fresh))).tolist(), len(kind_of)]
        # Small types: a neighbourhood is kept (the sums they enter are float64 all the same).
        other_cost = np.float32(t.other_first_letter_cost)
        columns = [
            [column[a:b] for a, b in zip(cut, cut[1:], strict=False)]
            for column in (
                ids.astype(np.uint32),
                skeletal[which].astype(np.int16),
                np.where(other_first[which], other_cost, np.float32(0)),
                t.word_weight()[ids],
                # Rare: offered only with the same skeleton (see scored_many).
                (code & (_BELOW_SUGGESTION_MIN | _CURATED_BIT)) == _BELOW_SUGGESTION_MIN,
            )
        ]
        if len(self._neighbourhoods) > _NEIGHBOURHOOD_LIMIT:
            self._neighbourhoods.clear()
        for k, kind in enumerate(fresh):
            self._neighbourhoods[kind] = _Searched(t, tuple(column[k] for column in columns), None)
        return [f if f is not None else self._neighbourhoods.get(kind) for f, kind in zip(found, kinds, strict=True)]

    def _gathered(self, t: _SearchTables, kind: tuple[str, int, bool], skels: list[int]) -> _Searched:
        """_searched_many's gathering for one kind, in plain Python: each near skeleton's
        kept words are one slice of the words that kind of search keeps (_Kept)."""
        lex = self.lexicon
        key, depth, stems = kind
        own = -1
        if depth > 1:
            kept = t.kept(_GE_NEAR)
        elif stems:
            kept, own = t.kept(_GE_STEM | _CURATED_BIT), lex.skeletons.get(key, -1)
        else:
            kept = t.kept(_GE_CONFUSED | _CURATED_BIT)
        starts = kept.starts
        shown = [s for s in skels if starts[s] != starts[s + 1] or s == own]
        ids: list[int] = []
        skeletal: list[int] = []
        other_first: list[float] = []
        weight: list[float] = []
        rare: list[int] = []
        if shown:
            skeleton_first = lex.tables["skeleton_first"].data
            first_letter = ord(key[0]) if key else 0
            other_cost = t.other_first_letter_cost
            for s, d in zip(shown, _distances_from(key, lex.skeletons_at(shown)), strict=True):
                got = t.kept(_GE_STEM | _CURATED_BIT | _GE_SUGGESTED_STEM) if s == own else kept
                lo, hi = got.starts[s], got.starts[s + 1]
                if lo == hi:
                    continue
                ids += got.ids[lo:hi].tolist()
                weight += got.weight[lo:hi].tolist()
                rare += got.rare[lo:hi].tolist()
                skeletal += [d] * (hi - lo)
                other_first += [other_cost if skeleton_first[s] != first_letter else 0.0] * (hi - lo)
        found = _Searched(t, None, (ids, skeletal, other_first, weight, rare))
        if len(self._neighbourhoods) > _NEIGHBOURHOOD_LIMIT:
            self._neighbourhoods.clear()
        self._neighbourhoods[kind] = found
        return found

    def scored(
        self,
        typed: str,
        extra: float = 0.0,
        suffix: str = "",
        depth: int = 1,
        itself: bool = False,
        costs_out: dict[str, float] | None = None,
    ) -> list[tuple[float, str]]:
        """(score, candidate) for known words near `typed` (lower is better): typing cost
        minus frequency. `costs_out` (without a suffix) receives each candidate's
        `cost(typed, candidate)`. One search of scored_many."""
        return self.scored_many([Search(typed, extra, suffix, depth, itself, costs_out)])[0]

    def scored_many(self, searches: list[Search]) -> list[list[tuple[float, str]]]:
        """scored for each search, all computed at once: numpy's cost per call is paid
        once for them all, not once per search.

        A search's candidates are the words whose skeleton is near the typed word's, and
        its score for each is the typing cost plus `extra`, minus its weighted frequency,
        plus a third of an edit for another first letter. The skeletal distance bounds
        the cost from below (cost = skeletal + SETTINGS.class_cost x the edits inside
        confusion classes), so only words whose bound is within SETTINGS.rescoring_slack
        of a search's 30th best are restored and scored in full; each search keeps its
        30 best (ties in the order of skeleton and key id). The weighted frequencies are
        numpy's float32 products (see _SearchTables)."""
        lex = self.lexicon
        results: list[list[tuple[float, str]]] = [[] for _ in searches]
        parts: list[tuple[int, _Searched]] = []
        kinds = [
            (skeleton(search.typed), search.depth, search.depth == 1 and bool(search.suffix)) for search in searches
        ]
        small = _SMALL_SEARCH if len(searches) <= _SMALL_BATCH else -1
        for n, found in enumerate(self._searched_many(kinds)):
            if found is None or not found.size:
                continue
            if found.size <= small:
                results[n] = self._scored_small(searches[n], found)
            else:
                parts.append((n, found))
        if not parts:
            return results
        limit = 3 * SETTINGS.suggestions_kept
        if len(parts) == 1:  # one search: the same arithmetic, without the grouping
            return self._scored_one(searches, parts[0], results)
        sizes = np.array([f.size for _, f in parts])
        group = np.repeat(np.arange(len(parts)), sizes)
        extra = np.array([searches[n].extra for n, _ in parts])[group]
        ids, skeletal, other_first, weight, rare = (
            np.concatenate(column) for column in zip(*(f.arrays() for _, f in parts), strict=True)
        )
        low = skeletal + extra - weight
        big = sizes > limit
        if big.any():
            # The 30th lowest bound of each search with more words than that.
            first = np.concatenate(([0], np.cumsum(sizes)[:-1]))
            by_low = np.lexsort((low, group))
            reach = np.full(len(parts), np.inf)
            reach[big] = low[by_low[first[big] + limit - 1]] + SETTINGS.rescoring_slack
            close = np.flatnonzero(low <= reach[group])
            ids, skeletal, other_first, weight, rare, group, extra = (
                ids[close],
                skeletal[close],
                other_first[close],
                weight[close],
                rare[close],
                group[close],
                extra[close],
            )
        word_ids = ids.tolist()
        groups = group.tolist()
        candidates = lex.words_at(word_ids)
        full = _distances([letters(searches[n].typed) for n, _ in parts], groups, [letters(c) for c in candidates])
        costs = skeletal + SETTINGS.class_cost * np.maximum(full - skeletal, 0)
        scores = costs + extra - weight + other_first
        itself = np.array([searches[n].itself for n, _ in parts])[group]
        good = np.flatnonzero(
            (costs <= SETTINGS.suggestion_max_cost) & ((full > 0) | itself) & (~rare | (skeletal == 0))
        )
        # Each search's best, best first: by search, then score (a stable sort).
        ordered = good[np.lexsort((scores[good], group[good]))]
        ordered_groups = group[ordered]
        rank = np.arange(len(ordered)) - np.searchsorted(ordered_groups, ordered_groups)
        best = ordered[rank < limit].tolist()
        return self._collect(
            searches, [n for n, _ in parts], results, best, groups, word_ids, candidates, costs, scores
        )

    def _scored_small(self, search: Search, found: _Searched) -> list[tuple[float, str]]:
        """scored_many's arithmetic for one search over few words, in plain Python: the
        same sums in the same order (float64), the same stable order of scores."""
        s = SETTINGS
        extra = search.extra
        ids, skeletal, other_first, weight, rare = found.lists()
        low = [k + extra - w for k, w in zip(skeletal, weight, strict=True)]
        limit = 3 * s.suggestions_kept
        if len(low) > limit:
            reach = heapq.nsmallest(limit, low)[-1] + s.rescoring_slack
            close = [i for i, b in enumerate(low) if b <= reach]
        else:
            close = list(range(len(low)))
        word_ids = [ids[i] for i in close]
        candidates = self.lexicon.words_at(word_ids)
        typed = letters(search.typed)
        class_cost, max_cost, itself = s.class_cost, s.suggestion_max_cost, search.itself
        good: list[tuple[float, float, int]] = []  # (score, cost, index into close)
        for j, i in enumerate(close):
            k = skeletal[i]
            d = _distance(typed, letters(candidates[j]))
            c = k + class_cost * max(d - k, 0)
            if c <= max_cost and (d > 0 or itself) and (not rare[i] or k == 0):
                good.append((c + extra - weight[i] + other_first[i], c, j))
        good.sort(key=_by_score)  # stable: ties in the order of skeleton and key id
        del good[limit:]
        if not search.suffix:
            if search.costs_out is not None:
                search.costs_out.update((candidates[j], c) for _, c, j in good)
            return [(score, candidates[j]) for score, _, j in good]
        ranked_zipf, zipf = found.tables.zipf, self.lexicon.zipf_view
        results = []
        for _, c, j in good:
            if morphology.fits(candidates[j], search.suffix):
                joined = morphology.join(candidates[j], search.suffix)
                zi = self.inflected_zipf(joined, ranked_zipf[zipf[word_ids[j]]])
                results.append((c + extra - s.frequency_weight * zi, joined))
        return results

    def _scored_one(
        self, searches: list[Search], part: tuple[int, _Searched], results: list[list[tuple[float, str]]]
    ) -> list[list[tuple[float, str]]]:
        """scored_many's arithmetic for a single search."""
        n, found = part
        search = searches[n]
        ids, skeletal, other_first, weight, rare = found.arrays()
        low = skeletal + search.extra - weight
        limit = 3 * SETTINGS.suggestions_kept
        if len(low) > limit:
            close = np.flatnonzero(low <= np.partition(low, limit - 1)[limit - 1] + SETTINGS.rescoring_slack)
            ids, skeletal, other_first = ids[close], skeletal[close], other_first[close]
            weight, rare = weight[close], rare[close]
        word_ids = ids.tolist()
        candidates = self.lexicon.words_at(word_ids)
        full = _distances([letters(search.typed)], [], [letters(c) for c in candidates])
        costs = skeletal + SETTINGS.class_cost * np.maximum(full - skeletal, 0)
        scores = costs + search.extra - weight + other_first
        good = np.flatnonzero(
            (costs <= SETTINGS.suggestion_max_cost) & ((full > 0) | search.itself) & (~rare | (skeletal == 0))
        )
        best = good[np.argsort(scores[good], kind="stable")[:limit]].tolist()
        return self._collect(searches, [n], results, best, [0] * len(word_ids), word_ids, candidates, costs, scores)

    def _collect(
        self,
        searches: list[Search],
        owner: list[int],
        results: list[list[tuple[float, str]]],
        best: list[int],
        groups: list[int],
        word_ids: list[int],
        candidates: list[str],
        costs: np.ndarray,
        scores: np.ndarray,
    ) -> list[list[tuple[float, str]]]:
        """Each search's best candidates, in order, into `results` (a suffix joined on)."""
        lex = self.lexicon
        cost_list, score_list = costs.tolist(), scores.tolist()
        ranked_zipf, zipf = _search_tables(lex).zipf, lex.zipf_view
        for g, in_run in groupby(best, key=groups.__getitem__):  # best is in order of search
            run = list(in_run)
            n = owner[g]
            search = searches[n]
            if not search.suffix:
                results[n] = [(score_list[i], candidates[i]) for i in run]
                if search.costs_out is not None:
                    search.costs_out.update((candidates[i], cost_list[i]) for i in run)
                continue
            for i in run:
                if morphology.fits(candidates[i], search.suffix):
                    # Ranked by the inflected form's own frequency where the lexicon has it;
                    # else as a form rarer than its stem.
                    joined = morphology.join(candidates[i], search.suffix)
                    zi = self.inflected_zipf(joined, ranked_zipf[zipf[word_ids[i]]])
                    results[n].append((cost_list[i] + search.extra - SETTINGS.frequency_weight * zi, joined))
        return results

    def inflected_zipf(self, form: str, stem_zipf: float) -> float:
        """The frequency to rank an inflected correction by: its own where the lexicon
        holds it; else it is rarer than its stem, and than the rarest listed word."""
        z = self.lexicon.frequency(form)
        if z > 0:
            return z
        if z == 0:
            return SETTINGS.uncounted_word_zipf
        return min(stem_zipf - SETTINGS.inflected_rarer_by, SETTINGS.unlisted_form_max_zipf)
