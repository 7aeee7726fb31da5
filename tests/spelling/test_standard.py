"""The standard-spelling table: `standard.tsv` (one row per pair) and `standard-groups.toml`
(each group's class, rule and source once), read as they are, with no cache."""

import tomllib
import unicodedata
from collections import Counter
from importlib import resources

import pytest

from banan.spelling import standard

CLASSES = {f"O{i}" for i in range(1, 21)} | {"O1b", "O1c"}


def _shipped():
    folder = resources.files("banan.data")
    groups = tomllib.loads((folder / standard.GROUPS).read_text(encoding="utf-8"))
    lines = [
        line
        for line in (folder / standard.TABLE).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return groups, lines[0].split("\t"), [line.split("\t") for line in lines[1:]]


def test_the_shipped_files_hold_together():
    groups, columns, rows = _shipped()
    assert columns == ["wrong", "right", "group", "style", "note"]
    assert len(rows) > 5000
    for name, group in groups.items():
        # Every group has its class, rule and source; its name is its class and a number.
        assert set(group) == {"class", "rule", "source"}, name
        assert all(isinstance(v, str) and v.strip() for v in group.values()), name
        assert group["class"] in CLASSES, name
        klass, _, number = name.rpartition("-")
        assert klass == group["class"] and number.isdigit(), name
    for row in rows:
        assert 3 <= len(row) <= 5, row
        wrong, right, group = row[:3]
        assert group in groups, row  # every group a row names exists
        for word in (wrong, right):
            assert word and unicodedata.normalize("NFC", word) == word, row
            assert all("\u0980" <= ch <= "\u09ff" for ch in word), row
        assert wrong != right, row
        assert row[3:4] in ([], [""], ["style"]), row
        assert all(f == f.strip() and f for f in row[4:]), row  # a note, when there, is text
    used = {row[2] for row in rows}
    assert used == set(groups)  # no group that no row names
    wrongs = Counter(row[0] for row in rows)
    assert [w for w, n in wrongs.items() if n > 1] == []  # no form listed twice
    # A standard form is never itself listed as wrong (the table would undo its own fix).
    assert {row[1] for row in rows} & set(wrongs) == set()


def test_the_loaded_table_is_the_files_rows_with_their_groups():
    groups, _, rows = _shipped()
    forms = standard.standard_forms()
    assert list(forms) == [row[0] for row in rows]
    for row in rows:
        entry = forms[row[0]]
        group = groups[row[2]]
        assert (entry.right, entry.klass, entry.source) == (row[1], group["class"], group["source"])
        assert entry.rule == standard.applying_rule(row[0], row[1], group["rule"])
        assert entry.style == (row[3:4] == ["style"])


HEADER = "wrong\tright\tgroup\tstyle\tnote\n"


@pytest.mark.parametrize(
    ("tsv", "message"),
    [
        ("a\tb\tc\n", "must name the columns"),
        (HEADER + "a\tb\n", "line 2: expected"),
        (HEADER + "a\t\tO1-1\n", "line 2: expected"),
        (HEADER + "# a comment\na\tb\tO1-1\tyes\n", "line 3: the style column"),
        (HEADER + "a\tb\tO1-1\t\tnote\textra\n", "line 2: expected"),
    ],
)
def test_a_malformed_row_is_refused_with_its_line(tsv, message):
    with pytest.raises(ValueError, match=message):
        standard._rows(tsv)


def test_rows_are_read_in_nfc_with_comments_skipped():
    rows = standard._rows("# header\n" + HEADER + "\u0995\u09cd\u09b7\tb\tO1-1\tstyle\tnote\nc\td\tO2-1\n")
    assert rows == [("ক্ষ", "b", "O1-1", True), ("c", "d", "O2-1", False)]


def test_each_word_is_in_nfc_as_if_normalized_alone():
    # ে + া is ো in NFC; a mark at a field's start combines with nothing before the tab.
    wrong, right = "\u0995\u09c7\u09be\u09bc", "\u09be\u09c7\u0995"
    rows = standard._rows(HEADER + f"{wrong}\t{right}\tO1-1\n{right}\t{wrong}\tO1-1\n")
    nfc = [unicodedata.normalize("NFC", w) for w in (wrong, right)]
    assert nfc[0] != wrong and rows == [(*nfc, "O1-1", False), (*nfc[::-1], "O1-1", False)]


@pytest.mark.parametrize("group", [{"class": "O1", "rule": "r"}, {"class": "O1", "rule": "r", "source": ""}, "x"])
def test_a_group_without_class_rule_and_source_is_refused(group):
    with pytest.raises(ValueError, match="needs a class, a rule and a source"):
        standard._groups({"O1-1": group})


def test_a_row_naming_a_missing_group_or_a_form_twice_is_refused(tmp_path, monkeypatch):
    (tmp_path / standard.GROUPS).write_text('[O1-1]\nclass = "O1"\nrule = "r"\nsource = "s"\n', encoding="utf-8")
    monkeypatch.setattr(standard.resources, "files", lambda package: tmp_path)
    for rows, message in (("a\tb\tO1-2\n", "names group 'O1-2'"), ("a\tb\tO1-1\na\tc\tO1-1\n", "listed twice")):
        (tmp_path / standard.TABLE).write_text(HEADER + rows, encoding="utf-8")
        standard.standard_forms.cache_clear()
        try:
            with pytest.raises(ValueError, match=message):
                standard.standard_forms()
        finally:
            standard.standard_forms.cache_clear()


def test_the_shipped_table_loads_with_every_entry_sourced():
    forms = standard.standard_forms()
    assert len(forms) > 2000
    assert forms["সরকারী"].right == "সরকারি"
    assert all(f.source for f in forms.values())


def test_a_reason_names_only_letters_the_correction_changes():
    # The reason printed with a finding is the rule that applies: a rule naming ণত্ব,
    # ষত্ব/স্ট, ই-কার, উ-কার, ৎ or চন্দ্রবিন্দু is printed only where the pair changes
    # a letter of that class (উর্ধতন -> ঊর্ধ্বতন keeps its ন: no ণত্ব in its reason).
    import difflib

    wrong_reasons = []
    for f in standard.standard_forms().values():
        changed = set()
        for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=f.wrong, b=f.right, autojunk=False).get_opcodes():
            if op != "equal":
                changed.update(f.wrong[a1:a2], f.right[b1:b2])
        for part in f.rule.split(";"):
            named = [letters for words, letters in standard._RULE_CLASSES if any(w in part for w in words)]
            if "ৎ" in standard._TATSAMA.sub("", part):
                named.append("ৎত")
            if named and not any(changed & set(letters) for letters in named):
                wrong_reasons.append((f.wrong, f.right, part))
    assert wrong_reasons == []
    assert "ণত্ব" not in standard.standard_forms()["উর্ধতন"].rule
    assert standard.applying_rule("ক", "খ", "ণত্ব বিধান; মূল বানান") == "মূল বানান"


def test_the_academys_two_forms_of_khrishta_are_both_left_alone():
    # BA 2012: খ্রিষ্ট is naturalised and said like the tatsama কৃষ্ট, so it may keep ষ;
    # খ্রিস্ট is standard too. Neither is reported; a long ই or ঋ is, keeping the ষ or স.
    import banan

    text = "১৯৪৭ খ্রিষ্টাব্দে বৌদ্ধ, খ্রিষ্ট ও ইসলাম ধর্ম। খ্রিষ্টান ও খ্রিস্টান সমাজ।"
    assert banan.check(text) == []
    assert banan.fix(text, unsafe=True) == text
    found = {d.found: d.replacements[0] for d in banan.check("খ্রীষ্টান, খৃস্টান ও খৃষ্টীয় রীতি।")}
    assert found == {"খ্রীষ্টান": "খ্রিষ্টান", "খৃস্টান": "খ্রিস্টান", "খৃষ্টীয়": "খ্রিষ্টীয়"}


def test_the_converter_keeps_every_field_of_the_old_table(tmp_path):
    # scripts/convert_standard_table.py turns the old one-table-per-pair TOML into the two
    # files; what they give back is the old table's content, field for field.
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "convert_standard_table.py"
    spec = importlib.util.spec_from_file_location("convert_standard_table", script)
    assert spec and spec.loader
    convert = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(convert)
    old = (
        "# The table.\n#\n# Keys: wrong, right, class, rule, source.\n#\n# Licences: MIT.\n\n\n"
        '# --- O1: r1\n[[entry]]\nwrong = "তৈরী"\nright = "তৈরি"\nclass = "O1"\nrule = "r1"\nsource = "s \\"q\\""\n\n'
        '# ===== Second batch =====\n\n[[entry]]\nwrong = "সরকারী"\nright = "সরকারি"\nclass = "O1"\nrule = "r1"\n'
        'source = "s \\"q\\""\nnote = "a note"\nstyle = true\n\n'
        '[[entry]]\nwrong = "উর্ধতন"\nright = "ঊর্ধ্বতন"\nclass = "O2"\nrule = "ণত্ব বিধান; মূল বানান"\nsource = "t"\n'
    )
    tsv, groups_toml = convert.convert(old)
    assert "# ===== Second batch =====\n" in tsv and "# Keys:" not in tsv and "# Licences: MIT." in tsv
    groups = standard._groups(tomllib.loads(groups_toml))
    assert groups == {"O1-1": ("O1", "r1", 's "q"'), "O2-1": ("O2", "ণত্ব বিধান; মূল বানান", "t")}
    assert standard._rows(tsv) == [
        ("তৈরী", "তৈরি", "O1-1", False),
        ("সরকারী", "সরকারি", "O1-1", True),
        ("উর্ধতন", "ঊর্ধ্বতন", "O2-1", False),
    ]
    assert "সরকারী\tসরকারি\tO1-1\tstyle\ta note\n" in tsv
