"""The curated word lists and pair tables in src/banan/data: each names its source, is
documented in the folder's README and loads."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

import banan
from banan import data
from banan.data import alternation, word_list, word_pairs
from banan.rules.names import in_old_prose
from banan.rules.orthography.final_o import final_o_form
from banan.spelling import morphology
from banan.spelling.academy import negation_apart
from banan.spelling.letter_rules import pattern_form
from banan.spelling.standard import standard_forms

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


# -- the folder and its README agree ----------------------------------------------------------
DATA = ROOT / "src" / "banan" / "data"
_NOT_DATA = {"README.md", "__init__.py"}
_STANDARD_TABLE = {"standard.tsv", "standard-groups.toml"}  # read together by standard_forms()
_README_ROW = re.compile(r"^\| (`[^|]+`) \|", re.MULTILINE)  # a table row whose first cell names files


def _readme_entries() -> list[str]:
    """The files the README's table rows name in their first cell (one or more, in backticks)."""
    rows = _README_ROW.findall((DATA / "README.md").read_text(encoding="utf-8"))
    return [name for cell in rows for name in re.findall(r"`([^`/]+\.(?:txt|tsv|toml))`", cell)]


# Tables with more than two columns, read by the module that owns them.
_OWN_READERS = {"register_verbs.tsv": "registers", "register_words.tsv": "registers"}


def _load(file_name: str) -> object:
    if file_name in _STANDARD_TABLE:
        return standard_forms()
    if file_name in _OWN_READERS:
        from banan.spelling import register

        tables = getattr(register, _OWN_READERS[file_name])()
        assert tables.sadhu and tables.cholito
        return tables
    stem, ext = file_name.rsplit(".", 1)
    return {"txt": word_list, "tsv": word_pairs}[ext](stem)


def test_every_data_file_has_a_readme_entry() -> None:
    files = {p.name for p in DATA.iterdir() if p.is_file() and p.name not in _NOT_DATA}
    assert files, "no data files found"
    assert sorted(files - set(_readme_entries())) == []


@pytest.mark.parametrize("file_name", _readme_entries())
def test_every_readme_entry_exists_and_loads(file_name: str) -> None:
    assert (DATA / file_name).is_file(), f"README.md lists {file_name}, which is not in the folder"
    assert _load(file_name), f"{file_name} loads empty"


def test_the_readme_lists_each_file_once() -> None:
    entries = _readme_entries()
    assert len(entries) == len(set(entries))


@pytest.mark.parametrize(
    "path", sorted(p for p in DATA.glob("*.tsv") if p.name not in _STANDARD_TABLE), ids=lambda p: p.name
)
def test_each_pair_table_names_its_source(path: Path) -> None:
    header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("source" in line.lower() for line in header), f"{path.name}: no source in its header"
    assert path.name in (ROOT / "docs" / "data-sources.md").read_text(encoding="utf-8")


# -- word_pairs ------------------------------------------------------------------------------
def _pairs_from(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str) -> tuple[tuple[str, str], ...]:
    (tmp_path / "sample.tsv").write_text(text, encoding="utf-8")
    monkeypatch.setattr(data, "resources", SimpleNamespace(files=lambda _package: tmp_path))
    return word_pairs.__wrapped__("sample")  # not the cached loader: a file of the test's own


def test_word_pairs_reads_tab_separated_pairs_in_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    text = "# a header\n\nভাল\tভালো  # good\nছোট\tছোটো\n"
    assert _pairs_from(monkeypatch, tmp_path, text) == (("ভাল", "ভালো"), ("ছোট", "ছোটো"))


@pytest.mark.parametrize("line", ["ভাল ভালো", "ভাল\tভালো\textra", "ভাল\t", "\tভালো"])
def test_word_pairs_refuses_a_line_that_is_no_pair(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, line: str) -> None:
    with pytest.raises(ValueError, match="sample.tsv, line 2"):
        _pairs_from(monkeypatch, tmp_path, f"ক\tখ\n{line}\n")


def test_word_pairs_refuses_a_word_given_twice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="line 3: 'ক' is given twice"):
        _pairs_from(monkeypatch, tmp_path, "ক\tখ\nগ\tঘ\nক\tচ\n")


# -- what the code assumes of the lists --------------------------------------------------------
def _begins_another(entries: list[set[str]]) -> list[tuple[str, str]]:
    """Pairs of forms of two different entries where one begins the other."""
    return [
        (x, y)
        for i, a in enumerate(entries)
        for j, b in enumerate(entries)
        if i != j
        for x in a
        for y in b
        if y.startswith(x)
    ]


def test_lists_whose_order_is_free_have_no_entry_that_begins_another() -> None:
    # The code tries these in turn and takes the first that a word begins with; the files'
    # headers say the order does not matter, which holds while no entry begins another.
    t_forms = [{p, p[:-1] + "দ", p[:-1] + "দ\u09cd"} for p in word_list("t_sandhi_first_parts")]
    assert _begins_another(t_forms) == []
    assert _begins_another([{r} for r in word_list("negation_vowel_roots")]) == []
    assert _begins_another([{w} for w, _ in word_pairs("final_o_words")]) == []


def test_the_visarga_lists_hold_together() -> None:
    assert word_list("visarga_r_sound_prefixes") <= word_list("visarga_r_prefixes")
    assert not word_list("visarga_r_prefixes") & word_list("visarga_o_prefixes")


def test_the_rules_read_their_word_classes_from_the_data_folder() -> None:
    # One word of each moved list, through the function that reads it.
    assert final_o_form("গেল") == "গেলো"  # went: data/final_o_vowel_root_forms.txt
    assert final_o_form("কাল") is None  # time: data/final_o_not_verbs.txt
    assert final_o_form("ভালবাসা") == "ভালোবাসা"  # love: a compound of data/final_o_words.tsv
    assert negation_apart("খাবেনা") == "খাবে না"  # will not eat: data/negation_vowel_roots.txt
    assert pattern_form("বহিঃবিশ্ব")[0] == "বহির্বিশ্ব"  # the outside world: data/visarga_r_prefixes.txt
    assert pattern_form("পুনঃরায়")[0] == "পুনরায়"  # again: data/visarga_r_sound_prefixes.txt
    assert pattern_form("উৎঘাটন")[0] == "উদঘাটন"  # disclosure: data/t_sandhi_first_parts.txt
    # তাহার 'his' is old prose (data/sadhu_words.txt), so is বলিতেছে 'is saying' (a root and an
    # ending: data/sadhu_verb_roots.txt, data/sadhu_verb_endings.txt); বলছে is today's form.
    assert in_old_prose("তাহার বাড়ি", 6, 11) and in_old_prose("সে বলিতেছে কথা", 0, 2)
    assert not in_old_prose("সে বলছে কথা", 0, 2)
    # ৩তি is a typo of ৩টি (three: data/after_numeral_classifiers.txt); ৪র্থ (4th) is no typo.
    found = [(d.code, d.found, d.replacements) for d in banan.check("তাদের ৩তি বই, ৪র্থ দিন।")]
    assert found == [("SPELL001", "তি", ["টি"])]


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
