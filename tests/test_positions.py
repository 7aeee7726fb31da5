import pytest

from banan.positions import LineIndex, utf16_length, utf16_offset


def test_line_and_column_are_one_based_code_points():
    text = "ক খ\r\nগঘ\nঙ"
    index = LineIndex(text)
    assert index.line_col(0) == (1, 1)
    assert index.line_col(2) == (1, 3)
    assert index.line_col(5) == (2, 1)
    assert index.line_col(8) == (3, 1)
    assert index.offset(2, 2) == 6
    assert index.line_count == 3
    assert index.line_span(1) == (0, 4)  # the \r stays on its line
    with pytest.raises(ValueError):
        index.line_col(99)


def test_utf16_counts_astral_characters_twice():
    text = "😀 বাংলা"
    assert utf16_length("😀") == 2
    assert utf16_offset(text, 2) == 3
    assert utf16_length(text) == len(text) + 1


def test_utf16_index_matches_utf16_offset():
    from banan.positions import Utf16Index

    for text in ("", "abc", "বাংলা লেখা", "😀 ক😀খ 👍🏽", "a\ud800b"):  # the last has a lone surrogate
        index = Utf16Index(text)
        assert [index.offset(i) for i in range(len(text) + 1)] == [utf16_offset(text, i) for i in range(len(text) + 1)]
        assert utf16_length(text) == len(text.encode("utf-16-le", "surrogatepass")) // 2
    index = Utf16Index("😀 ক😀খ")
    assert index.span(2, 4) == (3, 3)  # ক and an emoji: 1 + 2 units
