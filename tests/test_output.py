"""What the terminal shows of a text: invisible characters spelt out, the spelling kept."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from banan.output import visible


def test_invisible_characters_are_spelt_out():
    assert visible("ক\u200bখ\u200cগ\u00a0ঘ") == "ক⟨U+200B⟩খ⟨U+200C⟩গ⟨U+00A0⟩ঘ"
    assert visible("ক\u200dখ") == "ক⟨U+200D⟩খ"  # a joiner out of place


def test_the_zwj_of_ra_ya_phala_is_part_of_the_spelling():
    ra_ya = "র\u200d্যাব"  # র + ZWJ + ্ + য: র with a ya-phala
    assert visible(ra_ya) == ra_ya
    assert visible("র\u200c্যাব") == "র⟨U+200C⟩্যাব"  # with ZWNJ it is shown


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("কখ র\u200c\u200d্য\u00a0\u2028\t")))
def test_a_line_is_shown_as_each_of_its_characters_asks(s: str) -> None:
    # `visible` returns a line with nothing to spell out as it is (most lines): that
    # shortcut shows every text as the character-by-character reading does.
    def one_by_one(s: str) -> str:
        out = []
        for i, ch in enumerate(s):
            cat = unicodedata.category(ch)
            ra_ya = ch == "\u200d" and s[i - 1 : i] == "র" and s[i + 1 : i + 3] == "\u09cd\u09af"
            spelt = ch in "\u200c\u200d" or cat in ("Cf", "Cc", "Co", "Zl", "Zp") or (cat == "Zs" and ch != " ")
            out.append(f"⟨U+{ord(ch):04X}⟩" if spelt and not ra_ya else ch)
        return "".join(out)

    assert visible(s) == one_by_one(s)
