"""Rules that find their places on the text's code points at once (in long texts), or
only where str.find sees a literal, must find exactly what a plain regular-expression
scan of the whole text finds. Short generated texts are marked long here to take the
code-point paths."""

from __future__ import annotations

import re

from hypothesis import given, settings

from banan import check
from banan.rules import numerals
from banan.rules.document import Document
from banan.rules.words import DocumentWords

from .scan_pieces import long_context, texts


@settings(max_examples=300, deadline=None)
@given(texts)
def test_token_starts_are_where_str_split_tokens_start(text: str) -> None:
    for ctx in (Document(text), long_context(text)):
        doc = DocumentWords(ctx)
        assert doc.token_starts == [m.start() for m in re.finditer(r"\S+", text)]
        assert [text[s : s + len(t)] for s, t in zip(doc.token_starts, doc.tokens, strict=True)] == doc.tokens


def test_white_space_table_is_str_isspace() -> None:
    from banan.chars import table
    from banan.rules.words import _SPACES

    _SPACE = table(_SPACES)
    assert [c for c in range(0x10000) if _SPACE[c]] == [c for c in range(0x10000) if chr(c).isspace()]
    assert not _SPACE[0x10000]  # the entry for everything above the BMP


@settings(max_examples=300, deadline=None)
@given(texts)
def test_detached_suffixes_found_after_literals_are_the_regex_scan(text: str) -> None:
    after_numerals = numerals._after_numerals(text, long_context(text))
    assert [m.span() for m in after_numerals] == [m.span() for m in numerals._DETACHED_AFTER_NUMERAL.finditer(text)]
    for pattern, firsts in (
        (numerals._DETACHED_AFTER_NOUN, ("গুলো", "দের", "বৃন্দ")),
        (numerals._DETACHED_CLASSIFIER, ("টি", "টা")),
    ):
        for ctx in (Document(text), long_context(text)):
            found = numerals._matches_after_blank(text, ctx, pattern, firsts)
            assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


def test_a_numeral_then_a_detached_classifier_anywhere() -> None:
    for text in ("৩ টি", "বই ৩ টি আছে", "১০\tতম দিন", "5 টি"):
        assert [d.code for d in check(text) if d.code == "NUM003"] == ["NUM003"], text


def test_adverb_visarga_at_the_start_and_the_end() -> None:
    assert [d.found for d in check("ক্রমশঃ") if d.code.startswith("ORTHO")] == ["ক্রমশঃ"]
    assert [d.found for d in check("তিনি বলেন, ক্রমশঃ এটি বাড়ছে। ক্রমশঃ") if d.code.startswith("ORTHO")] == [
        "ক্রমশঃ",
        "ক্রমশঃ",
    ]


def test_a_prefix_standing_alone_keeps_its_visarga() -> None:
    # অন্তঃ (inner) is a prefix before ও, as in অন্তঃ ও বহিঃ; স্বভাবতঃ is an adverb.
    assert [d.found for d in check("অন্তঃ ও বহিঃ সৌন্দর্য, স্বভাবতঃ।") if d.code.startswith("ORTHO")] == ["স্বভাবতঃ"]


def test_a_word_typed_three_times_is_one_repeat_and_tabs_count_as_blanks() -> None:
    assert [d.found for d in check("তিনি এবং এবং এবং আমি") if d.code == "REPEAT001"] == ["এবং এবং"]
    assert [d.found for d in check("এবং\tএবং আমি") if d.code == "REPEAT001"] == ["এবং\tএবং"]
    assert [d.found for d in check("এবং এবং, আমি") if d.code == "REPEAT001"] == ["এবং এবং"]
    assert not [d for d in check("এবং\nএবং") if d.code == "REPEAT001"]  # a repeat never spans lines


def test_latin_words_differing_in_case_are_two_words() -> None:
    # Bijoy text (Mvb, MvB are two Bengali words) and acronyms beside words (US us):
    # case tells Latin words apart; only a capital where a sentence starts is the same word.
    repeats = lambda text: [d.found for d in check(text) if d.code == "REPEAT001"]  # noqa: E731
    assert repeats("Mvb MvB Kiv") == [] and repeats("the US us") == []
    assert repeats("The the end. the the the end") == ["The the", "the the"]
    assert repeats("Mvb Mvb Kiv") == ["Mvb Mvb"]
