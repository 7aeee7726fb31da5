"""The NORM rules that find their places on the text's code points at once (in long
texts), or only where str.find sees a rare character, must find exactly what a plain
regular-expression scan of the whole text finds. Short generated texts are marked long
here to take the code-point paths."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from banan import chars as C
from banan.rules.document import Document
from banan.rules.unicode import (
    control,
    doubled_mark,
    joiners,
    mark_without_base,
    nfc,
    pipe,
    unusual_space,
    visarga_colon,
)

from ..scan_pieces import PIECES, long_context, texts


@settings(max_examples=300, deadline=None)
@given(texts)
def test_marks_found_on_code_points_are_the_regex_scan(text: str) -> None:
    ctx = long_context(text)
    for pattern, on_codes in (
        (mark_without_base._ORPHAN_MARK, mark_without_base._orphan_marks),
        (doubled_mark._MARK_PAIR, doubled_mark._mark_pairs),
    ):
        assert ctx.starts(pattern, on_codes) == [m.start() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_rare_characters_found_by_place_are_the_regex_scan(text: str) -> None:
    ctx = Document(text)
    for pattern, characters in ((control._CONTROL, control._CONTROL_CHARS), (control._PRIVATE, control._PRIVATE_CHARS)):
        assert [m.span() for m in ctx.matches_at(pattern, characters)] == [m.span() for m in pattern.finditer(text)]


def _non_canonical_reference(text: str) -> list[tuple[int, int]]:
    """Every grapheme cluster not in NFC that NORM001/NORM003 do not explain, line by line."""
    import unicodedata

    found, start = [], 0
    for line in text.splitlines(keepends=True):
        for m in nfc._CLUSTER.finditer(line):
            if not unicodedata.is_normalized("NFC", m.group()) and not nfc._explained(m.group()):
                found.append((start + m.start(), start + m.end()))
        start += len(line)
    return found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *PIECES,
                "\u09cd\u09bc",
                "\u0301",
                "e\u0301",
                "\u09c7\u09be",
                "\u09cb\u0301",
                "\r",
                "\x0b",
                "\u2028",
                "\u1100\u1161",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_non_canonical_clusters_found_by_line_are_the_full_scan(text: str) -> None:
    hits = [(h.start, h.end) for h in nfc.non_canonical(text, Document(text))]
    assert hits == _non_canonical_reference(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*PIECES, "|", "||", ":", "দু:খ", "\u200c\u200d", "র\u200c্য", "\u2009"]), max_size=60).map(
        "".join
    )
)
def test_patterns_tried_at_rare_characters_are_the_regex_scan(text: str) -> None:
    ctx = Document(text)
    for pattern, characters in (
        (unusual_space._UNUSUAL_SPACE, C.SPACE_LIKE),
        (joiners._JOINERS, "\u200c\u200d"),
        (pipe._PIPE, "|"),
        (visarga_colon._COLON_AS_VISARGA, ":"),
    ):
        assert [m.span() for m in ctx.matches_at(pattern, characters)] == [m.span() for m in pattern.finditer(text)]
