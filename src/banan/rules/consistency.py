"""CONSIST: one document spells the same word or name two ways."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein, Indel

from ..diagnostics import Applicability
from ..positions import LineIndex
from ..spelling import morphology, speller
from ..spelling.errormodel import cost, skeleton
from ..spelling.lexicon import FROM_HUNSPELL, FROM_NAMES
from ..spelling.settings import SETTINGS
from .base import Context, Example, Hit, Rule, replace
from .words import accepted, document_words

UNSAFE = Applicability.UNSAFE
DISPLAY = Applicability.DISPLAY_ONLY

# -- CONSIST001: one word, two spellings, one document --------------------------------------
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

    return precomputed.word_keys("consonant-key", precomputed.source_version(__file__), _consonant_key,
                                 speller().lexicon)


_KEYED: set[str] = set()
_BY_KEY: dict[str, set[str]] = defaultdict(set)
_INDEX_LIMIT = 300_000


@lru_cache(maxsize=65536)
def _rare(word: str) -> bool:
    """A form this rule may call a variant: unknown, or rare and in no curated list."""
    lexicon = speller().lexicon
    z = lexicon.frequency(word)
    return z < 0 or (z < SETTINGS.variant_word_min_zipf and not lexicon.origin_of(word) & (FROM_HUNSPELL | FROM_NAMES))


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
    return (minor in lexicon and lexicon.frequency(major) >= SETTINGS.variant_common_min_zipf
            and cost(minor, major) > SETTINGS.variant_max_cost) or _both_known(minor, major)


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
class _Variants:
    """The text's words grouped by consonant key: base forms and their counts by group,
    each base's vowel skeleton and the words (base + ending) that spell it."""

    groups: dict[str, dict[str, int]]
    shapes: dict[str, str]
    words_of: dict[str, list[str]]
    keys: dict[str, tuple[str, str, str, str]]


def _variants(text: str, ctx: Context) -> _Variants | None:
    """The text's spelling variants, computed once per text (CONSIST001 and SPELL001 both
    ask), or None when no rare word has another spelling here."""
    if "_variants" not in ctx.__dict__:
        ctx.__dict__["_variants"] = _group_variants(text, ctx)
    return ctx.__dict__["_variants"]


def _group_variants(text: str, ctx: Context) -> _Variants | None:
    doc = document_words(text, ctx)
    wanted_keys = {k[0] for w in doc.interesting if _rare(w) and (k := _variant_key(w))}
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
    keys = {}
    for c in wanted_keys:
        bucket = _BY_KEY.get(c, ())
        if len(bucket) <= len(counts):  # walk the smaller side
            here = [w for w in bucket if w in counts]
        else:
            here = [w for w in counts if (k := _variant_key(w)) and k[0] == c]
        if len(here) > 1:  # one word alone has no other spelling here (most rare words)
            keys.update((w, _variant_key(w)) for w in here)
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
    return _Variants(groups, shapes, words_of, keys)


def _minorities(v: _Variants, ctx: Context) -> dict[str, tuple[str, int]]:
    """minor -> (major, major's count): each rare base spelt another way more often here
    (computed once per text)."""
    if "_minorities" not in ctx.__dict__:
        ctx.__dict__["_minorities"] = {minor: (major, count) for minor, major, count in _find_minorities(v, ctx)}
    return ctx.__dict__["_minorities"]


def _find_minorities(v: _Variants, ctx: Context) -> Iterator[tuple[str, str, int]]:
    lexicon = speller().lexicon
    for counts in v.groups.values():
        if len(counts) < 2:
            continue
        forms = sorted(counts, key=lambda f: (-counts[f], -lexicon.frequency(f), f))
        major = forms[0]
        for minor in forms[1:]:
            if not _rare(minor) or accepted(minor, ctx):
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


def _respelt(word: str, minor: str, major: str) -> str:
    """`word` (the minor base with its ending) in the major spelling."""
    return morphology.rejoin(major, word[len(minor):]) if len(word) > len(minor) else major


def document_spelling(word: str, text: str, ctx: Context) -> tuple[str, int] | None:
    """For a word of the text no list knows, the way the text spells it more often
    (re-inflected as the word is) and how often: what SPELL001 offers first, since the
    lexicon cannot suggest a name it does not hold (জেলেনেস্কি beside three জেলেনস্কি)."""
    v = _variants(text, ctx)
    key = v.keys.get(word) if v else None
    if key is None:
        return None
    found = _minorities(v, ctx).get(key[2])
    if found is None:
        return None
    fixed = _respelt(word, key[2], found[0])
    return (fixed, found[1]) if fixed != word else None


def check_consistency(text: str, ctx: Context) -> Iterator[Hit]:
    v = _variants(text, ctx)
    if v is None:
        return
    sp = speller()
    # Forms the standard-spelling rules reported (they run first): such a form is not
    # offered as the majority spelling (the minority may be the standard one: প্রশ্নাবলি beside
    # প্রশ্নাবলী), and a minority spelling they reported has its correction already.
    non_standard = {d.found for d in ctx.found if d.code.startswith("ORTHO")}
    reports = [
        (minor, major, count) for minor, (major, count) in _minorities(v, ctx).items()
        if non_standard.isdisjoint(v.words_of[minor]) and non_standard.isdisjoint(v.words_of[major])
    ]
    if not reports:
        return
    wanted = {w for minor, major, _ in reports for w in (*v.words_of[minor], *v.words_of[major])}
    places: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for s, e, w in document_words(text, ctx).positions(wanted):
        places[v.keys[w][2]].append((s, e, w))
    lines = LineIndex(text)
    for minor, major, count in reports:
        where = ", ".join("{}:{}".format(*lines.line_col(p[0])) for p in places[major][:5])
        for s, e, w in places[minor]:
            if not _rare(w) or not sp.is_known(w):
                continue  # an unknown word is SPELL001's, which offers the major spelling first
            fixed = _respelt(w, minor, major)
            if fixed == w:
                continue  # the major spelling inflected (অভিজিৎ + ের = অভিজিতের): no variant
            yield Hit(s, e, f"একই লেখায় “{major}” বানানও আছে ({count} বার; লাইন:কলাম {where})",
                      (replace(s, e, fixed, UNSAFE),))


RULES = [
    Rule(
        "CONSIST001",
        "inconsistent-spelling",
        "One document spells the same word or name two ways",
        """Transliterated names drift within one article (খামেনি / খামেনেয়ী,
        মোহাম্মদ / মুহাম্মদ). Words are grouped by their consonants once inflections are
        taken off; the minority spellings are reported with the majority one and where it
        occurs. Frequent words are left to the other rules, and so is a spelling the
        standard-spelling rules (ORTHO) report: it is not offered as the majority form,
        and a minority form they report is not reported twice. A minority spelling no list
        knows is SPELL001's, which offers the majority spelling first; with an ending that
        makes it a known form (a name in the genitive), it is reported here. Two known
        words that sound different, one of them in a curated list or a regular form of a
        known word, are two words and never one spelt two ways (ডার্টি, dirty, beside
        ধারাটি, the clause).""",
        check_consistency,
        bad=(Example("খামেনি বলেন। খামেনির দপ্তর জানায়। «খামেনেয়ী» আসেননি।", "খামেনি বলেন। খামেনির দপ্তর জানায়। খামেনি আসেননি।"),),
        good=("খামেনি বলেন। খামেনির দপ্তর জানায়।", "জোগান কম। জোগান বাড়বে। তারা জয়গান গাইল।"),
        fix_safety="Unsafe: two people may have similar names.",
    ),
]
