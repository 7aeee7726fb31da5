"""The language-detection confidence: the share of Bengali letters among letters."""

from hypothesis import given
from hypothesis import strategies as st

from banan.server.protocol import DETECTION_SAMPLE, bengali_share


def test_bengali_share_counts_letters_not_marks_digits_or_spaces() -> None:
    assert bengali_share("আমি ভাত খাই") == 1.0
    # আ and ম are Bengali letters (ি is a sign); h, e, l, l, o are letters of another script.
    assert bengali_share("hello আমি") == round(2 / 7, 4)
    assert bengali_share("hello") == 0.0
    assert bengali_share("১২৩ 123 ।") == 0.0  # no letters at all
    assert bengali_share("Ελλάδα ভাত") == round(2 / 8, 4)  # ভ and ত; six Greek letters


def test_bengali_share_counts_letters_beyond_the_basic_plane_once() -> None:
    # 𝐀 and 𝐁 (mathematical bold A and B, U+1D400 and U+1D401) are letters, two UTF-16 units each.
    assert bengali_share("𝐀𝐁 ভাত") == round(2 / 4, 4)
    assert bengali_share("😀 ভাত") == 1.0  # an emoji is no letter


def _is_bengali_letter(c: str) -> bool:
    return c.isalpha() and (
        "\u0985" <= c <= "\u09b9" or c == "\u09ce" or "\u09dc" <= c <= "\u09df" or c in "\u09f0\u09f1"
    )


@given(st.text(st.characters(blacklist_categories=("Cs",)) | st.sampled_from("অআকখ়ািৎড়য়০ৰৱৼ"), max_size=60))
def test_bengali_share_is_the_plain_count(text: str) -> None:
    """The count in numpy agrees with counting character by character."""
    sample = text[:DETECTION_SAMPLE]
    bengali = sum(map(_is_bengali_letter, sample))
    letters = bengali + sum(1 for c in sample if c.isalpha() and not "\u0980" <= c <= "\u09ff")
    assert bengali_share(text) == (round(bengali / letters, 4) if letters else 0.0)
