"""The language-detection confidence: the share of Bengali letters among letters."""

from banan.server.protocol import bengali_share


def test_bengali_share_counts_letters_not_marks_digits_or_spaces() -> None:
    assert bengali_share("আমি ভাত খাই") == 1.0
    # আ and ম are Bengali letters (ি is a sign); h, e, l, l, o are letters of another script.
    assert bengali_share("hello আমি") == round(2 / 7, 4)
    assert bengali_share("hello") == 0.0
    assert bengali_share("১২৩ 123 ।") == 0.0  # no letters at all
    assert bengali_share("Ελλάδα ভাত") == round(2 / 8, 4)  # ভ and ত; six Greek letters
