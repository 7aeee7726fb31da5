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


def test_lsp_index_counts_in_the_negotiated_encoding():
    from banan.positions import LspIndex

    # বাংলা is 5 code points: 5 UTF-16 units, 15 UTF-8 bytes; 😀 is 2 UTF-16 units, 4 bytes.
    text = "a😀 বাংলা।\r\nদুই\rতিন\nশেষ"
    end_of_bangla = text.index("।")
    assert LspIndex(text, "utf-16").position(end_of_bangla) == (0, 9)
    assert LspIndex(text, "utf-8").position(end_of_bangla) == (0, 1 + 4 + 1 + 15)
    assert LspIndex(text, "utf-32").position(end_of_bangla) == (0, 8)
    # "\r\n", a lone "\r" and "\n" each end a line.
    for encoding in ("utf-16", "utf-8", "utf-32"):
        index = LspIndex(text, encoding)
        assert index.position(text.index("দুই")) == (1, 0)
        assert index.position(text.index("তিন")) == (2, 0)
        assert index.position(text.index("শেষ")) == (3, 0)
        assert index.position(len(text)) == (3, 3 * (3 if encoding == "utf-8" else 1))
        for offset in range(len(text) + 1):
            if text[offset - 1 : offset + 1] == "\r\n":
                continue  # between \r and \n: not a position of its own
            assert index.offset(*index.position(offset)) == offset
    index = LspIndex(text, "utf-16")
    assert index.offset(0, 2) == 1  # inside the emoji's surrogate pair: rounds down to its start
    assert index.offset(0, 999) == text.index("\r")  # past the line's end: the line's end
    assert index.offset(99, 0) == len(text)
    with pytest.raises(ValueError):
        LspIndex(text, "utf-7")
