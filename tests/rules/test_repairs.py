"""Repairs of damaged text must not damage it further: a fix produces the word the
damage came from, keeps what a mark stood for, or is not applied."""

from __future__ import annotations

import pytest

from banan import check, fix
from banan.config import Config

# The families whose fixes these tests hold to account.
OURS = Config(select=("NORM", "SPACE", "PUNCT", "NUM"))


def fixed(text: str) -> str:
    return fix(text, OURS, unsafe=True)


def codes(text: str) -> list[str]:
    return [d.code for d in check(text, OURS)]


# টি before a hyphen and a letter begins a name (টি-টোয়েন্টি, T20), not a classifier.
@pytest.mark.parametrize(
    "text",
    [
        "বাংলাদেশ টি-টোয়েন্টি দল",  # the Bangladesh T20 team
        "৩ টি-টোয়েন্টি ম্যাচ",  # 3 T20 matches
        "লাল টি-শার্ট",  # a red T-shirt
        "দল টা-টা বলে গেল",  # the team said ta-ta
    ],
)
def test_ti_of_a_hyphenated_name_is_not_a_classifier(text: str) -> None:
    assert "NUM003" not in codes(text)
    assert fixed(text) == text


def test_classifier_before_a_numeric_range_still_joins() -> None:
    # ১০ টি-১২ টি বই: 10-12 books
    assert fixed("১০ টি-১২ টি বই") == "১০টি-১২টি বই"
