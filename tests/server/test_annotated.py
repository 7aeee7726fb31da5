"""The annotated-text map from checked text back to the original."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from banan.server.annotated import AnnotatedText, AnnotationError, parse_data


def doc(*items: dict[str, str]) -> AnnotatedText:
    return parse_data(json.dumps({"annotation": list(items)}))


def test_plain_and_original() -> None:
    d = doc(
        {"text": "foo"}, {"markup": "<b>"}, {"text": "bar"}, {"markup": "<p>", "interpretAs": "\n\n"}, {"text": "baz"}
    )
    assert d.plain == "foobar\n\nbaz"
    assert d.original == "foo<b>bar<p>baz"
    assert not d.is_plain


@pytest.mark.parametrize(
    ("span", "original"),
    [((0, 3), "foo"), ((3, 6), "bar"), ((0, 6), "foo<b>bar"), ((6, 8), "<p>"), ((8, 11), "baz"), ((5, 9), "r<p>b")],
)
def test_spans_map_back(span: tuple[int, int], original: str) -> None:
    d = doc(
        {"text": "foo"}, {"markup": "<b>"}, {"text": "bar"}, {"markup": "<p>", "interpretAs": "\n\n"}, {"text": "baz"}
    )
    a, b = d.span(*span)
    assert d.original[a:b] == original


def test_markup_only_and_empty() -> None:
    assert doc().plain == "" and doc({"markup": "<br/>"}).span(0, 0) == (0, 0)


@given(
    st.lists(
        st.one_of(
            st.builds(lambda t: {"text": t}, st.text(max_size=5)),
            st.builds(lambda m: {"markup": m}, st.text(max_size=4)),
        ),
        max_size=8,
    )
)
def test_text_spans_map_to_the_same_text(items: list[dict[str, str]]) -> None:
    # Without interpretAs, any span of the checked text inside one text piece maps to
    # the same characters in the original.
    d = doc(*items)
    pos = 0
    for item in items:
        if "text" in item:
            for i in range(len(item["text"])):
                for j in range(i + 1, len(item["text"]) + 1):
                    a, b = d.span(pos + i, pos + j)
                    assert d.original[a:b] == item["text"][i:j]
            pos += len(item["text"])


def test_errors() -> None:
    for bad in ("{", "1", '{"annotation": {}}', '{"annotation": [{"markup": 1}]}', '{"annotation": [{"x": "y"}]}'):
        with pytest.raises(AnnotationError):
            parse_data(bad)
