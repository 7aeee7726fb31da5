"""The spelling variants of one document: words grouped by their consonants once their
endings are off, and the minority spellings of each group (খামেনেয়ী beside three খামেনি).

A fact of the document (`Document.fact`), computed once: CONSIST001 reports a known word
spelt the minority way, and an unknown word's verdict (rules/verdicts.py) takes the
majority spelling as its first correction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein, Indel

from ..spelling import morphology, speller
from ..spelling.errormodel import cost, skeleton
from ..spelling.lexicon import FROM_HUNSPELL
from ..spelling.settings import SETTINGS
from .document import Document
from .plain import interesting, is_rare
from .words import accepted, document_words

__all__ = ["Variants", "document_spelling", "minorities", "respelt", "variants"]

_NOT_CONSONANT = re.compile("[\u0981-\u0983\u0985-\u0994\u09bc-\u09cd\u09d7]")
# The frequencies that make a form a word in its own right, not a variant, are the
# variant_* fields of SETTINGS.


@lru_cache(maxsize=65536)
def _variant_key(word: str) -> tuple[str, str, str, str] | None:
    """(consonant key, vowel skeleton, base, ending) of a word with its case ending
    taken off, or None for short words. The glide য় is dropped: খামেনি and খামেনেয়ী
    differ only in their vowels."""
    base, ending = word, ""
    known = word in speller().lexicon
    for stem, suffix in morphology.split(word, min_stem=3):
        # A known word is only taken apart into a known stem (কমিশনার is not কমিশনা + র).
        if suffix in morphology.CASE_ENDINGS and (not known or stem in speller().lexicon):
            base, ending = stem, suffix
            break
    if len(base) < 4:
        return None
    shape = skeleton(base.replace("য়", ""))
    consonants = _NOT_CONSONANT.sub("", shape)
    if len(consonants) < 3:
        return None
    # Keep what begins and ends the word: অ- negates (অজনপ্রিয়) and a final vowel derives
    # (জামায়াতি from জামায়াত); variants of one name agree on both.
    return shape[0] + consonants + shape[-1], shape, base, ending


def _consonant_key(word: str) -> str | None:
    k = _variant_key(word)
    return k[0] if k else None


@lru_cache(maxsize=1)
def _consonant_keys() -> Callable[[str], str | None]:
    """The consonant key of every lexicon word ("" for none), worked out once per machine;
    None for a word outside the lexicon."""
    from ..spelling import precomputed

    return precomputed.word_keys(
        "consonant-key", precomputed.source_version(__file__), _consonant_key, speller().lexicon
    )


_KEYED: set[str] = set()
_BY_KEY: dict[str, set[str]] = defaultdict(set)
_INDEX_LIMIT = 300_000


@lru_cache(maxsize=65536)
def _word_of_its_own(word: str) -> bool:
    """A form that is a word in itself, not only a drifting spelling: a regular form of a
    trusted stem, a verb form, or a compound of known words. (Frequency cannot tell: a
    name's variant spelling, খামেনেয়ী, is as common in web text as many real words.)"""
    sp = speller()
    return sp.is_regular_form(word) or sp.is_compound(word)


def _two_words(minor: str, major: str) -> bool:
    """A form the web list holds beside a common word, more than one slip from it and
    not the word with letters left out: two words, such as প্রমো (promo) and প্রেম
    (love), or গাল্ফ (Gulf) and গল্প (story). A writer's slip in a common word
    is one letter added, changed or left out (দুকান for দোকান); a name or loan drifts
    between spellings, but a common word's writers know its spelling. Signs left out
    (বিশ্ববিদ্যলয় beside বিশ্ববিদ্যালয়) stay a variant, however many."""
    lexicon = speller().lexicon
    if Indel.distance(minor, major) == len(major) - len(minor):
        return False
    return (
        minor in lexicon
        and lexicon.frequency(major) >= SETTINGS.variant_common_min_zipf
        and cost(minor, major) > SETTINGS.variant_max_cost
    ) or _both_known(minor, major)


def _both_known(minor: str, major: str) -> bool:
    """Two known words that sound different, one of them a word of a curated list or a
    regular form of a known stem: ডার্টি (dirty) beside ধারাটি (the clause), জয়গান (song
    of praise) beside জোগান (supply). A name's variants (খামেনেয়ী, খামেনি) are in no
    curated list, and a confusion inside a class (প্রশ্নাবলী, প্রশ্নাবলি) keeps the skeleton."""
    sp = speller()
    lexicon = sp.lexicon
    if min(lexicon.frequency(minor), lexicon.frequency(major)) < SETTINGS.variant_written_min_zipf:
        return False
    if skeleton(minor) == skeleton(major):
        return False
    return any(lexicon.origin_of(w) & FROM_HUNSPELL or sp.is_regular_form(w) for w in (minor, major))


@dataclass
class Variants:
    """The text's words grouped by consonant key: base forms and their counts by group,
    each base's vowel skeleton and the words (base + ending) that spell it."""

    groups: dict[str, dict[str, int]]
    shapes: dict[str, str]
    words_of: dict[str, list[str]]
    keys: dict[str, tuple[str, str, str, str]]


def variants(doc: Document) -> Variants | None:
    """The document's spelling variants, computed once per document (CONSIST001 and the
    verdicts of unknown words both ask), or None when no rare word has another spelling here."""
    return doc.fact(_group_variants)


def _group_variants(ctx: Document) -> Variants | None:
    doc = document_words(ctx.text, ctx)
    wanted_keys = {k[0] for w in interesting(ctx) if is_rare(w) and (k := _variant_key(w))}
    if not wanted_keys:
        return None  # nothing here could be a minority spelling
    # Words of this text sharing a consonant key with a rare one, through a per-process
    # index of every word seen (each word keyed once), so a text's common words cost a
    # set operation, not a loop.
    words_here = doc.counts.keys()
    new = words_here - _KEYED
    if len(_KEYED) + len(new) > _INDEX_LIMIT:
        _KEYED.clear()
        _BY_KEY.clear()
        new = set(words_here)
    precomputed = _consonant_keys()
    for w in new:
        c = precomputed(w)
        if c is None:  # not a lexicon word
            k = _variant_key(w)
            c = k[0] if k else ""
        if c:
            _BY_KEY[c].add(w)
    _KEYED.update(new)
    counts = doc.counts
    keys: dict[str, tuple[str, str, str, str]] = {}
    for c in wanted_keys:
        bucket = _BY_KEY.get(c, ())
        if len(bucket) <= len(counts):  # walk the smaller side
            here = [w for w in bucket if w in counts]
        else:
            here = [w for w in counts if (k := _variant_key(w)) and k[0] == c]
        if len(here) > 1:  # one word alone has no other spelling here (most rare words)
            keys.update((w, k) for w in here if (k := _variant_key(w)))
    if not keys:
        return None
    # Group base forms by consonant key, counting from the word counts: places are
    # looked up only for the groups that end in a report.
    groups: dict[str, dict[str, int]] = defaultdict(dict)
    shapes: dict[str, str] = {}
    words_of: dict[str, list[str]] = defaultdict(list)
    for w, (consonants, shape, base, _) in keys.items():
        group = groups[consonants]
        group[base] = group.get(base, 0) + doc.counts[w]
        shapes[base] = shape
        words_of[base].append(w)
    return Variants(groups, shapes, words_of, keys)


def minorities(doc: Document) -> dict[str, tuple[str, int]]:
    """minor -> (major, major's count): each rare base spelt another way more often in
    the document (computed once per document)."""
    return doc.fact(_all_minorities)


def _all_minorities(doc: Document) -> dict[str, tuple[str, int]]:
    v = variants(doc)
    return {minor: (major, count) for minor, major, count in _find_minorities(v, doc)} if v else {}


def _find_minorities(v: Variants, ctx: Document) -> Iterator[tuple[str, str, int]]:
    lexicon = speller().lexicon
    for counts in v.groups.values():
        if len(counts) < 2:
            continue
        forms = sorted(counts, key=lambda f: (-counts[f], -lexicon.frequency(f), f))
        major = forms[0]
        for minor in forms[1:]:
            if not is_rare(minor) or accepted(minor, ctx):
                continue
            if Indel.distance(v.shapes[minor], v.shapes[major]) > 1:
                continue  # one vowel more or less (খামেনি, খামেনেয়ী), not another vowel (ভুল, বিল)
            if DamerauLevenshtein.distance(minor.replace("য়", ""), major.replace("য়", "")) > 2:
                continue
            if v.shapes[minor] != v.shapes[major] and any(map(_word_of_its_own, (minor, *v.words_of[minor]))):
                continue  # two words (চাবিটা, ছবিটা): only a confusion inside a class is one word
            if _two_words(minor, major):
                continue
            yield minor, major, counts[major]


def respelt(word: str, minor: str, major: str) -> str:
    """`word` (the minor base with its ending) in the major spelling."""
    return morphology.rejoin(major, word[len(minor) :]) if len(word) > len(minor) else major


def document_spelling(word: str, doc: Document) -> tuple[str, int] | None:
    """For a word of the text no list knows, the way the text spells it more often
    (re-inflected as the word is) and how often: what SPELL001 offers first, since the
    lexicon cannot suggest a name it does not hold (জেলেনেস্কি beside three জেলেনস্কি)."""
    v = variants(doc)
    key = v.keys.get(word) if v else None
    if key is None:
        return None
    found = minorities(doc).get(key[2])
    if found is None:
        return None
    fixed = respelt(word, key[2], found[0])
    return (fixed, found[1]) if fixed != word else None
