"""The curated word lists and pair tables in src/banan/data: each names its source, is
documented in the folder's README and loads."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from banan import data
from banan.data import word_list, word_pairs
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


# -- word_pairs ------------------------------------------------------------------------------
def _pairs_from(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str) -> tuple[tuple[str, str], ...]:
    (tmp_path / "sample.tsv").write_text(text, encoding="utf-8")
    monkeypatch.setattr(data, "resources", SimpleNamespace(files=lambda _package: tmp_path))
    return word_pairs.__wrapped__("sample")  # not the cached loader: a file of the test's own


def test_word_pairs_reads_tab_separated_pairs_in_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    text = "# a header\n\nভাল\tভালো  # good\nছোট\tছোটো\n"
    assert _pairs_from(monkeypatch, tmp_path, text) == (("ভাল", "ভালো"), ("ছোট", "ছোটো"))


@pytest.mark.parametrize("line", ["ভাল ভালো", "ভাল\tভালো\textra", "ভাল\t", "\tভালো"])
def test_word_pairs_refuses_a_line_that_is_no_pair(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                   line: str) -> None:
    with pytest.raises(ValueError, match="sample.tsv, line 2"):
        _pairs_from(monkeypatch, tmp_path, f"ক\tখ\n{line}\n")


def test_word_pairs_refuses_a_word_given_twice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="line 3: 'ক' is given twice"):
        _pairs_from(monkeypatch, tmp_path, "ক\tখ\nগ\tঘ\nক\tচ\n")
