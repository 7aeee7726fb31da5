"""The curated word lists in src/banan/data: each names its source and is documented."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from banan.data import alternation, word_list
from banan.spelling import morphology

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "banan" / "data"
LISTS = sorted(DATA.glob("*.txt"))
README = (DATA / "README.md").read_text(encoding="utf-8")
# The files the README's tables name: `name.ext` in the first column of a row.
DOCUMENTED = sorted({name for row in README.splitlines() if row.startswith("| `")
                     for name in re.findall(r"`([\w.-]+\.(?:txt|tsv|toml))`", row.split(" | ")[0])})


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


@pytest.mark.parametrize("name", DOCUMENTED)
def test_each_file_the_readme_names_exists_and_loads(name: str) -> None:
    path = DATA / name
    assert path.is_file(), f"data/README.md names {name}, which is not in src/banan/data"
    if name.endswith(".txt"):
        entries = word_list(name.removesuffix(".txt"))
        assert entries and all(e == e.strip() and "#" not in e for e in entries)
    elif name.endswith(".toml"):
        assert tomllib.loads(path.read_text(encoding="utf-8"))
    else:
        rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
        assert rows and all("\t" in r for r in rows)


def test_each_data_file_has_a_readme_entry() -> None:
    files = sorted(p.name for p in DATA.iterdir() if p.suffix in (".txt", ".tsv", ".toml"))
    assert files == DOCUMENTED


def test_an_alternation_tries_the_longest_entry_first() -> None:
    # টিতে (in the piece) before টি (the piece): a pattern built on the list reads the
    # longer ending whole.
    alternatives = alternation("noun_classifiers").split("|")
    assert set(alternatives) == word_list("noun_classifiers")
    assert [len(a) for a in alternatives] == sorted((len(a) for a in alternatives), reverse=True)
    assert re.match(f"(?:{alternation('noun_classifiers')})", "টিতে").group() == "টিতে"


def test_the_morphology_builds_its_endings_from_the_data_folder() -> None:
    # দেশগুলোর (of the countries): দেশ (country), the plural -গুলো, the genitive -র.
    assert ("দেশ", "গুলোর") in morphology.split("দেশগুলোর")
    assert word_list("case_endings_after_vowel") <= morphology.CASES
    assert {n + "ই" for n in ("টি", "টা")} & morphology.INFLECTIONS  # বইটিই, that very book
    # করছিলেন (was doing): the root কর্ with a verb ending, read through করা (to do).
    assert ("করা", "ছিলেন") in list(morphology.verb_readings("করছিলেন", {"করা"}.__contains__))
    # ঘুমাচ্ছিলেন (was sleeping): a causative ending on a verb in -ানো.
    assert ("ঘুমানো", "াচ্ছিলেন") in list(morphology.verb_readings("ঘুমাচ্ছিলেন", {"ঘুমানো"}.__contains__))
