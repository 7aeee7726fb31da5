"""What the terminal shows of a text: invisible characters spelt out, the spelling kept."""

from banan.output import visible


def test_invisible_characters_are_spelt_out():
    assert visible("ক\u200bখ\u200cগ\u00a0ঘ") == "ক⟨U+200B⟩খ⟨U+200C⟩গ⟨U+00A0⟩ঘ"
    assert visible("ক\u200dখ") == "ক⟨U+200D⟩খ"  # a joiner out of place


def test_the_zwj_of_ra_ya_phala_is_part_of_the_spelling():
    ra_ya = "র\u200d্যাব"  # র + ZWJ + ্ + য: র with a ya-phala
    assert visible(ra_ya) == ra_ya
    assert visible("র\u200c্যাব") == "র⟨U+200C⟩্যাব"  # with ZWNJ it is shown
