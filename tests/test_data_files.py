"""The curated word lists in src/banan/data: each names its source and is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from banan.data import word_list
from banan.spelling import morphology

ROOT = Path(__file__).resolve().parents[1]
LISTS = sorted((ROOT / "src" / "banan" / "data").glob("*.txt"))


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_each_list_names_its_source_and_is_documented(path: Path) -> None:
    header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("source" in line.lower() for line in header), f"{path.name}: no source in its header"
    assert f"`{path.name}`" in (ROOT / "src" / "banan" / "data" / "README.md").read_text(encoding="utf-8")
    assert path.name in (ROOT / "docs" / "data-sources.md").read_text(encoding="utf-8")


def test_the_morphology_reads_its_bound_words_from_the_data_folder() -> None:
    bound = word_list("bound_words")
    assert {"সমূহ", "ভিত্তিক", "হীন"} <= bound
    assert all(b in morphology.NOUN_SUFFIXES for b in bound)
    # বিষয়ভিত্তিক (subject-based): বিষয় (subject) and the bound word -ভিত্তিক.
    assert ("বিষয়", "ভিত্তিক") in morphology.split("বিষয়ভিত্তিক")
