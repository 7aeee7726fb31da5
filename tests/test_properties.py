"""Property tests for the engine: spans, fixes, idempotence and locality.

Every property runs over two generators: arbitrary Unicode text, and text built from
Bengali pieces (letters, marks, joiners, digits, punctuation, odd spaces, whole words)
weighted so that it often looks like broken Bengali.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from banan import Applicability, Config, apply_fixes, chars, check, fix, normalize
from banan.graphemes import boundaries
from banan.rules import all_rules

SAFE = Applicability.SAFE

# Valid text that fix and normalize must leave exactly as it is.
VALID = (
    "র\u200d্যাব",
    "ক্\u200cষ",
    "“ঢাকা”",
    "১০:৩০",
    "তিনি বলেন: আমরা যাব।",
    "👨\u200d👩\u200d👧",
    "www.example.com/a|b",
)

# ---------------------------------------------------------------------------------
# Strategies

WORDS = VALID + (
    "বাংলা",
    "উৎস",
    "আমি",
    "বাড়ি",
    "যায়",
    "কোথায়",
    "ছাত্র",
    "স্কুল",
    "কৌতূহল",
    "সে",
    "২০২৪",
    "a@b.com",
    "https://x.y/ক",
    "`কোড`",
)
NASALS = chars.CANDRABINDU + chars.ANUSVARA + chars.VISARGA
MARKS = chars.COMBINING + chars.ZWJ + chars.ZWNJ + "\u09d7\u09fe"
DIGITS = chars.BENGALI_DIGITS + chars.ASCII_DIGITS + chars.DEVANAGARI_DIGITS
PUNCT = ["।", "॥", ",", ";", ":", "?", "!", ".", "|", '"', "“", "”", "‘", "’", "(", ")", "[", "]", "-", "—"]
SPACES = [" ", " ", " ", "  ", "\n", "\r\n", "\n\n", "\t", "\u00a0", "\u200b", "\u00ad"]
ODD = ["\u09f7", "\u09df", "\u09dc", "\u09dd", chars.KHANDA_TA, "\u09f0", "\u09f1", "\ufeff", "\u200e", "\ufffd"]


def _maybe(chars_: str | list[str], p_empty: int = 2) -> st.SearchStrategy[str]:
    """One of `chars_`, or (more often, p_empty to 1) nothing."""
    return st.one_of(*([st.just("")] * p_empty), st.sampled_from(list(chars_)))


consonant = st.sampled_from(chars.CONSONANTS)
syllable = st.tuples(consonant, _maybe(chars.NUKTA, 6), _maybe(chars.VOWEL_SIGNS, 1), _maybe(NASALS, 4)).map("".join)
conjunct = st.tuples(
    consonant,
    st.sampled_from(
        [chars.VIRAMA, chars.VIRAMA, chars.VIRAMA + chars.ZWJ, chars.VIRAMA + chars.ZWNJ, chars.ZWJ + chars.VIRAMA]
    ),
    consonant,
    _maybe(chars.VOWEL_SIGNS, 1),
).map("".join)
vowel = st.tuples(st.sampled_from(chars.INDEPENDENT_VOWELS), _maybe(NASALS + chars.VOWEL_SIGNS, 3)).map("".join)
mark = st.sampled_from(MARKS)
digits = st.text(st.sampled_from(DIGITS), min_size=1, max_size=4)
punct = st.sampled_from(PUNCT)
space = st.sampled_from(SPACES)
latin = st.text(st.sampled_from("abcXYZé"), min_size=1, max_size=3)
odd = st.sampled_from(ODD)
word = st.sampled_from(WORDS)
# Typical breakage: split or reordered vowel signs, legacy khanda ta, joiner mix-ups,
# stray spaces, foreign digits, detached classifiers, repeated words, wrong full stops.
broken = st.sampled_from(
    [
        "কে\u09be",
        "কে\u09d7",
        "কে\u0981\u09be",
        "কঁা",
        "কং\u09bf",
        "ক্\u09df",
        "র\u200c্য",
        "ত্\u200d",
        "ত্স",
        "যে\u09bc",
        "ব\u09bc",
        "অ\u09be",
        "কি\u09bf",
        "কা\u09cd",
        "ক\u200dখ",
        "ক\u0983খ",
        "ক:খ",
        " ।",
        " ,",
        " ?",
        "৩৫ টি",
        "১০ ম",
        " গুলো",
        "আমি আমি",
        ".",
        "|",
        "।।",
        "?।",
        "  ",
        " \n",
        "১2৩",
        "৫০০",
        "১৫০",
        "ৰ",
        "\u0965",
    ]
)
# A Bengali word: a few syllables, conjuncts or vowels.
bengali_word = st.lists(st.one_of(syllable, syllable, conjunct, vowel), min_size=1, max_size=3).map("".join)
directive = st.sampled_from(["<!-- banan: ignore -->", "banan: ignore NORM", "banan: ignore-next-line SPACE\n"])

# Repetition weights the choice: syllables, spaces and punctuation are the bulk.
piece = st.one_of(
    syllable,
    syllable,
    syllable,
    syllable,
    conjunct,
    conjunct,
    vowel,
    mark,
    mark,
    digits,
    punct,
    punct,
    punct,
    space,
    space,
    space,
    latin,
    odd,
    word,
    word,
    broken,
    broken,
    broken,
    bengali_word,
    bengali_word,
    bengali_word,
    directive,
)


def bengali_text() -> st.SearchStrategy[str]:
    return st.lists(piece, max_size=40).map("".join)


STRATEGIES = {"unicode": st.text(max_size=60), "bengali": bengali_text()}


def _runner(prop):
    def test(text: str) -> None:
        prop(text)

    return test


def for_both(max_examples: int):
    """Turn a property `prop(text)` into one Hypothesis test per strategy, each also
    run on the valid regression examples."""

    def decorate(prop):
        tests = []
        for name, strategy in STRATEGIES.items():
            test = _runner(prop)
            for valid in VALID:
                test = example(valid)(test)
            test = given(strategy)(test)
            test = settings(max_examples=max_examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])(
                test
            )
            test.__name__ = f"{prop.__name__}_{name}"
            test.__qualname__ = test.__name__
            tests.append(test)
        return tests

    return decorate


# ---------------------------------------------------------------------------------
# Helpers


def safe_first(diagnostics):
    return [d for d in diagnostics if d.fixes and d.fixes[0].applicability >= SAFE]


def greedy(diagnostics):
    """The diagnostics `apply_fixes` takes, chosen the way it does: by first edit,
    skipping any whose edits start before the last taken edit ended."""
    chosen = []
    last_end = -1
    for d in sorted(diagnostics, key=lambda d: (min(e.start for e in d.fixes[0].edits), d.start)):
        edits = sorted(d.fixes[0].edits, key=lambda e: (e.start, e.end))
        if edits[0].start < last_end:
            continue
        chosen.append(d)
        last_end = max(e.end for e in edits)
    return chosen


def apply_edits(text: str, offset: int, edits) -> str:
    """`text` (which starts at `offset` in the whole text) with `edits` applied."""
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[pos : e.start - offset])
        out.append(e.replacement)
        pos = e.end - offset
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------------------------
# Properties


@for_both(250)
def prop_check_sorted(text: str) -> None:
    """1. check never raises; diagnostics come sorted by (start, end, code)."""
    diagnostics = check(text)
    keys = [(d.start, d.end, d.code) for d in diagnostics]
    assert keys == sorted(keys)


@for_both(250)
def prop_spans_and_edits(text: str) -> None:
    """2. Spans are in range, on grapheme boundaries, `found` is the span's text, and
    every fix's edits lie inside the span without overlapping one another."""
    cuts = set(boundaries(text))
    for d in check(text):
        assert 0 <= d.start <= d.end <= len(text), d
        assert d.start in cuts and d.end in cuts, (d, sorted(cuts))
        assert d.found == text[d.start : d.end], d
        for f in d.fixes:
            assert f.edits, d
            edits = sorted(f.edits, key=lambda e: (e.start, e.end))
            for e in edits:
                assert d.start <= e.start <= e.end <= d.end, (d, e)
            for a, b in pairwise(edits):
                assert a.end <= b.start, (d, a, b)
                # Two insertions at one point would be applied in an ambiguous order.
                assert not (a.start == a.end == b.start == b.end), (d, a, b)


@for_both(100)
def prop_idempotent(text: str) -> None:
    """3. fix (safe and unsafe) and normalize are idempotent."""
    once = fix(text)
    assert fix(once) == once
    once = fix(text, unsafe=True)
    assert fix(once, unsafe=True) == once
    once = normalize(text)
    assert normalize(once) == once


@for_both(200)
def prop_locality(text: str) -> None:
    """4. One round of safe fixes changes the text only inside the spans it fixes:
    new == gap0 + repl(d1) + gap1 + repl(d2) + ... (diagnostics whose spans overlap
    are replaced together, by their union span with all their edits applied)."""
    diagnostics = check(text)
    new, n = apply_fixes(text, diagnostics, SAFE)
    chosen = greedy(safe_first(diagnostics))
    assert n == len(chosen)
    # Group chosen diagnostics whose spans overlap.
    groups: list[list] = []
    for d in sorted(chosen, key=lambda d: (d.start, d.end)):
        if groups and d.start < max(g.end for g in groups[-1]):
            groups[-1].append(d)
        else:
            groups.append([d])
    parts, pos = [], 0
    for group in groups:
        start, end = group[0].start, max(d.end for d in group)
        assert start >= pos
        parts.append(text[pos:start])
        if len(group) == 1:
            parts.append(group[0].replacement(group[0].fixes[0]))
        else:
            parts.append(apply_edits(text[start:end], start, [e for d in group for e in d.fixes[0].edits]))
        pos = end
    parts.append(text[pos:])
    assert new == "".join(parts)


@for_both(200)
def prop_normalize_only_when_needed(text: str) -> None:
    """5. NFC text with no safe NORM fix is left alone by normalize."""
    if not unicodedata.is_normalized("NFC", text):
        return
    if any(d.code.startswith("NORM") for d in safe_first(check(text))):
        return
    assert normalize(text) == text


@for_both(100)
def prop_fix_converges(text: str) -> None:
    """6. The output of fix has no diagnostic left whose first fix is safe."""
    fixed = fix(text)
    left = safe_first(check(fixed))
    assert not left, [(d.code, d.found, d.replacements) for d in left]


# Every rule, the opt-in ones (house styles, SPELL002) too.
EVERY_RULE = Config(select=tuple(rule.code for rule in all_rules()))


@for_both(100)
def prop_every_rule(text: str) -> None:
    """7. With every rule selected, check never raises, spans are in range with `found`
    their text, and fix with unsafe fixes is idempotent."""
    for d in check(text, EVERY_RULE):
        assert 0 <= d.start <= d.end <= len(text) and d.found == text[d.start : d.end], d
    once = fix(text, EVERY_RULE, unsafe=True)
    assert fix(once, EVERY_RULE, unsafe=True) == once


(test_check_sorted_unicode, test_check_sorted_bengali) = prop_check_sorted
(test_spans_and_edits_unicode, test_spans_and_edits_bengali) = prop_spans_and_edits
(test_idempotent_unicode, test_idempotent_bengali) = prop_idempotent
(test_locality_unicode, test_locality_bengali) = prop_locality
(test_normalize_only_when_needed_unicode, test_normalize_only_when_needed_bengali) = prop_normalize_only_when_needed
(test_fix_converges_unicode, test_fix_converges_bengali) = prop_fix_converges
(test_every_rule_unicode, test_every_rule_bengali) = prop_every_rule


# ---------------------------------------------------------------------------------
# Regressions: valid text survives untouched


@settings(max_examples=len(VALID), deadline=None)
@given(st.sampled_from(VALID))
@example("র\u200d্যাব")
@example("ক্\u200cষ")
@example("“ঢাকা”")
@example("১০:৩০")
@example("তিনি বলেন: আমরা যাব।")
@example("👨\u200d👩\u200d👧")
@example("www.example.com/a|b")
def test_valid_text_untouched(text: str) -> None:
    assert fix(text) == text
    assert normalize(text) == text
    assert not safe_first(check(text)), [(d.code, d.found) for d in check(text)]


@pytest.mark.parametrize("text", VALID)
def test_valid_text_untouched_in_a_sentence(text: str) -> None:
    sentence = f"সে বলল {text} আর চলে গেল।"
    assert fix(sentence) == sentence
    assert normalize(sentence) == sentence


# ---------------------------------------------------------------------------------
# Lines longer than the alignment window (4096 code points): spans must still fall on
# grapheme boundaries. The generators above never reach this length.

RI = "\U0001f1e7"  # a regional indicator: clusters pair up from the start of the run


@pytest.mark.parametrize(
    "text",
    [
        "ক" + "\u09be" * 5000,
        "ক" + "\u200d" * 5000 + "খ",
        "ক" * 5000 + "\u00a0" + "খ",
        "x" * 4100 + "\u0600\u200bক",
        RI * 4096 + "\u09be",
        RI * 4097 + "\u09be",
        "x" * 4095 + "\u0600\u00a0",
    ],
    ids=lambda t: f"len{len(t)}-{t[-2:].encode('unicode_escape').decode()}",
)
def test_long_line_spans_on_grapheme_boundaries(text: str) -> None:
    cuts = set(boundaries(text))
    for d in check(text):
        assert d.start in cuts and d.end in cuts, (d.code, d.start, d.end)
