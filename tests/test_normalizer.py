"""`normalize` runs below the engine: the NORM family's safe fixes, then NFC. It must be
exactly what the engine's fix with the NORM selection gives, without importing the engine."""

from __future__ import annotations

import unicodedata

import pytest

from banan import Config, fix
from banan.legacy import to_unicode
from banan.normalizer import norm_rules, normalize
from banan.rules import all_rules

NORM = Config(select=("NORM",))


def test_it_runs_the_rules_the_norm_selection_runs() -> None:
    assert [r.code for r in norm_rules()] == [r.code for r in NORM.rules]


def _through_the_engine(text: str) -> str:
    for _ in range(16):
        repaired = unicodedata.normalize("NFC", fix(text, NORM))
        if repaired == text:
            break
        text = repaired
    return text


EXAMPLES = [example.plain for rule in all_rules() for example in rule.bad]


@pytest.mark.parametrize("text", EXAMPLES)
def test_it_normalizes_as_the_engine_with_the_norm_selection(text: str) -> None:
    assert normalize(text) == _through_the_engine(text)


def test_the_bijoy_converter_gives_normalized_text() -> None:
    # evsjv GKv‡Wwg: বাংলা একাডেমি (Bangla Academy) in Bijoy; ‡Kv is কো typed as ে + ক + া.
    converted = to_unicode("evsjv GKv‡Wwg ‡Kv")
    assert converted == "বাংলা একাডেমি কো"
    assert converted == normalize(converted)
