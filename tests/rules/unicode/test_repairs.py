"""Repairs of damaged encodings (NORM) must not damage the text further: a fix produces
the word the damage came from, keeps what a mark stood for, or is not applied."""

from __future__ import annotations

import re

import pytest

from banan import chars as C
from banan import check, fix
from banan.config import Config

# The families whose fixes these tests hold to account.
OURS = Config(select=("NORM", "SPACE", "PUNCT", "NUM"))


def fixed(text: str) -> str:
    return fix(text, OURS, unsafe=True)


def codes(text: str) -> list[str]:
    return [d.code for d in check(text, OURS)]


# A stray vowel sign after a space is joined to the word before only if that word ends
# in a letter that can carry it: never an independent vowel (এই + া is no syllable).
@pytest.mark.parametrize("vowel", C.INDEPENDENT_VOWELS)
def test_stray_sign_is_not_glued_onto_a_vowel_letter(vowel: str) -> None:
    text = f"ক{vowel} \u09beটোবাকো এসেছে।"  # "… াটোবাকো": a stray া before টোবাকো (tobacco)
    out = fixed(text)
    assert out.startswith(f"ক{vowel} "), out  # the words stay apart
    assert not re.search(f"[{C.INDEPENDENT_VOWELS}][{C.VOWEL_SIGNS}]", out), out


def test_stray_sign_after_a_vowel_letter_is_dropped_from_the_next_word() -> None:
    # এই াটোবাকো: "this tobacco" with a stray া
    assert fixed("এই \u09beটোবাকো") == "এই টোবাকো"


def test_stray_sign_after_a_consonant_still_joins() -> None:
    # কর া হয়েছে -> করা হয়েছে (has been done)
    assert fixed("কর \u09be হয়েছে") == "করা হয়েছে"


# A pre-base sign split from its consonant by invisible characters is moved onto the
# consonant, not deleted: ি + ZWSP + স + টি is সিটি (city).
@pytest.mark.parametrize("invisible", ["\u200b", "\u00ad", "\u2060", "\u200c"])
def test_sign_split_by_invisible_characters_is_moved_not_deleted(invisible: str) -> None:
    text = f"শহরের {invisible}\u09bf{invisible}সটি বড়।"  # the city of the town is big
    assert fixed(text) == "শহরের সিটি বড়।"


def test_pre_base_sign_with_no_consonant_is_never_deleted() -> None:
    # ি before a space: which letter it belonged to is lost; a person must look.
    text = "তুমি \u09bf আজ"
    assert "NORM007" in codes(text)
    assert fixed(text) == text


# Visual-order repair: only when the result is a known word.
def test_visual_order_repair_that_makes_no_word_is_not_applied() -> None:
    # পরবাির: the ি sits before র, but পরবারি is no word (the intended পরিবার, family,
    # needs the sign two letters back): offer nothing that fix would apply.
    text = "আমার পরবা\u09bfর ভালো।"
    assert "NORM008" in codes(text)
    assert fixed(text) == text


@pytest.mark.parametrize(
    ("damaged", "word"),
    [
        ("\u09bfমলন", "মিলন"),  # unity, at the start of a word (NORM007)
        ("দি\u09c7য়", "দিয়ে"),  # having given (NORM008, after a sign)
        ("রাজনীতি\u09bfবদ", "রাজনীতিবিদ"),  # politician (NORM008, the sign doubled)
        ("আ\u09bfম", "আমি"),  # I (NORM009, after a vowel letter)
        ("সং\u09bfক্ষপ্ত", "সংক্ষিপ্ত"),  # brief (NORM005, after ং)
    ],
)
def test_visual_order_repair_gives_the_word(damaged: str, word: str) -> None:
    assert fixed(f"সে {damaged} বলে।") == f"সে {word} বলে।"


def test_sign_after_vowel_letter_is_moved_not_deleted() -> None:
    # আিম is আমি (I) typed in visual order; deleting the sign would leave আম (mango).
    assert fixed("আ\u09bfম যাব।") == "আমি যাব।"


def test_orphan_mark_is_not_deleted_when_no_word_remains() -> None:
    # ুধবার: বুধবার (Wednesday) lost its ব; ধবার is no word, so the ু stays for a person.
    text = "\u09c1ধবার সভা।"
    assert "NORM007" in codes(text)
    assert fixed(text) == text


# A hasanta before a vowel joins nothing.
@pytest.mark.parametrize(
    ("damaged", "word"),
    [
        ("নেট\u09cdওয়ার্ক", "নেটওয়ার্ক"),  # network: before a vowel letter
        ("দেশ\u09cd\u09c7র", "দেশের"),  # of the country: before a vowel sign
        ("বাজ\u09cdআর", "বাজার"),  # market: the vowel letter typed for its sign
    ],
)
def test_virama_before_a_vowel_is_reported(damaged: str, word: str) -> None:
    assert "NORM022" in codes(damaged)
    assert fixed(damaged) == word


def test_virama_in_a_word_no_repair_can_save_is_still_reported() -> None:
    # পুকুর (pond) typed পুক্অর: no repair of the virama alone gives a word. The
    # unknown-word rule reports it with its suggestions; without that rule, NORM022 does.
    text = "পুক\u09cdঅর"
    assert "SPELL001" in [d.code for d in check(text)]
    assert "NORM022" in codes(text)
    assert fixed(text) == text


def test_shown_hasanta_before_a_vowel_is_left_alone() -> None:
    # ZWNJ after the virama asks for a visible hasanta on purpose.
    assert "NORM022" not in codes("ইন\u09cd\u200cঅর্গানিক")


# A separator between a speaker's name and their words is never deleted.
SEPARATORS = "●■▪•◆❖★►" + "\uf06c\uf06e\uf0a7\uf0b7\uf075\uf076\uf0ab\uf0d8"


@pytest.mark.parametrize("symbol", SEPARATORS)
def test_speaker_separator_is_kept_or_replaced(symbol: str) -> None:
    # রহিম ● আমরা কাল যাব: Rahim: "we will go tomorrow"
    out = fixed(f"রহিম {symbol} আমরা কাল যাব।\nকরিম {symbol} ঠিক আছে।")
    assert not re.search(r"রহিম\s+আমরা", out), out
    assert not re.search(r"করিম\s+ঠিক", out), out


def test_symbol_font_speaker_separator_becomes_a_colon() -> None:
    assert fixed("রহিম \uf06c আমরা কাল যাব।") == "রহিম: আমরা কাল যাব।"


def test_symbol_font_bullet_opening_a_line_becomes_a_bullet() -> None:
    assert fixed("\uf06c রহিম, লেখক।") == "• রহিম, লেখক।"


def test_symbol_font_character_in_running_text_is_left_to_a_person() -> None:
    # Not after a name at the start of a line: which separator it was is not clear.
    text = "সে বলল, তারপর রহিম \uf06c আমরা যাব।"
    assert "NORM020" in codes(text)
    assert fixed(text) == text


def test_symbol_font_character_inside_a_word_is_not_deleted() -> None:
    text = "সে\uf0beটা"
    assert "NORM020" in codes(text)
    assert fixed(text) == text
