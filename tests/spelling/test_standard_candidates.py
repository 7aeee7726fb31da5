"""scripts/propose_standard_candidates.py: the candidate rows for the standard-spelling
table, proposed from a word-frequency mapping (here a small fixed one, not wordfreq)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "propose_standard_candidates.py"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("propose_standard_candidates", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


# Word -> Zipf frequency. তৈরি (ready) and its old spelling তৈরী; সরকারি (governmental),
# whose pair the table has; জাতীয় (national) with a misspelling the table lists the other
# way round; কারণ (reason) and কারন; কার্য (work) and কার্য্য; চাঁদ (moon) and চাদ;
# কীভাবে (how: কী + ভাবে) and কীর্তি (fame), with their ি forms.
ZIPF = {
    "তৈরি": 4.5,
    "তৈরী": 3.0,
    "সরকারি": 4.8,
    "সরকারী": 4.0,
    "জাতীয়": 5.0,
    "জাতিয়": 2.0,
    "কারণ": 5.1,
    "কারন": 3.2,
    "কার্য": 4.0,
    "কার্য্য": 2.5,
    "চাঁদ": 4.2,
    "চাদ": 3.1,
    "কীভাবে": 4.0,
    "কিভাবে": 4.4,
    "ভাবে": 5.0,
    "কীর্তি": 4.1,
    "কির্তি": 1.2,
}


def _table(script):
    return [
        script.TableRow("সরকারী", "সরকারি", "O1-2", "O1"),
        # A made-up row the wrong way round: the table says জাতীয় -> জাতিয়.
        script.TableRow("জাতীয়", "জাতিয়", "O1c-9", "O1c"),
    ]


def _pairs(proposals):
    return {(p.wrong, p.right): p for p in proposals}


def test_an_i_kar_pair_is_proposed_the_way_its_class_prescribes(script):
    made = _pairs(script.propose(ZIPF, _table(script), script.select_rules(["O1"])))
    # ই-কার in a non-tatsama word (BA 2.1): তৈরী is the wrong form, তৈরি the right one.
    assert made["তৈরী", "তৈরি"].klass == "O1"
    assert ("তৈরি", "তৈরী") not in made
    # The group is guessed from the table's row of the same class and edit.
    assert made["তৈরী", "তৈরি"].group == "O1-2"
    assert made["তৈরী", "তৈরি"].row() == "তৈরী\tতৈরি\tO1-2\t\tzipf wrong 3.00, right 4.50"


def test_a_class_that_goes_both_ways_proposes_both_and_says_so(script):
    made = _pairs(script.propose(ZIPF, _table(script)))
    # The tatsama reading (ঈ-কার kept, O1c) makes the same pair the other way.
    assert made["তৈরি", "তৈরী"].klass == "O1c"
    assert "also proposed the other way (O1)" in made["তৈরি", "তৈরী"].notes


def test_a_pair_the_table_has_is_skipped_and_a_reversed_one_marked(script, tmp_path, monkeypatch):
    made = _pairs(script.propose(ZIPF, _table(script)))
    assert made["সরকারী", "সরকারি"].in_table
    reversed_pair = made["জাতিয়", "জাতীয়"]
    assert not reversed_pair.in_table
    assert "the table has it the other way: জাতীয় -> জাতিয়" in reversed_pair.notes
    # What the command writes: the reversed pair with its mark, never the pair in the table.
    data = tmp_path / "data"
    data.mkdir()
    (data / "standard-groups.toml").write_text(
        '[O1-2]\nclass = "O1"\nrule = "r"\nsource = "s"\n\n[O1c-9]\nclass = "O1c"\nrule = "r"\nsource = "s"\n',
        encoding="utf-8",
    )
    (data / "standard.tsv").write_text(
        "# a header\nwrong\tright\tgroup\tstyle\tnote\nসরকারী\tসরকারি\tO1-2\nজাতীয়\tজাতিয়\tO1c-9\n", encoding="utf-8"
    )
    monkeypatch.setattr(script, "wordfreq_zipf", lambda limit=None: dict(ZIPF))
    out = tmp_path / "candidates.tsv"
    assert script.main(["--data", str(data), "--min-zipf", "0", "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "wrong\tright\tgroup\tstyle\tnote"
    rows = {tuple(line.split("\t")[:2]): line for line in lines[1:]}
    assert ("সরকারী", "সরকারি") not in rows
    assert "the table has it the other way" in rows["জাতিয়", "জাতীয়"]
    assert rows["তৈরী", "তৈরি"].split("\t")[2] == "O1-2"
    # Sorted: by class (O1 before O1c ...), then the right form's frequency.
    classes = [script.CLASS_ORDER.index(p.klass) for p in script.propose(ZIPF, _table(script))]
    assert classes == sorted(classes)


def test_natva_reph_and_candrabindu(script):
    made = _pairs(script.propose(ZIPF, []))
    # ণত্ব বিধান: ণ after র, so কারণ is right and the ন form is not proposed as right.
    assert made["কারন", "কারণ"].klass == "O3"
    assert ("কারণ", "কারন") not in made
    assert made["কার্য্য", "কার্য"].klass == "O7"  # no doubling after a reph
    assert made["চাদ", "চাঁদ"].klass == "O20"  # the candrabindu kept
    assert script.natva_licensed("কারণ", 3) and not script.natva_licensed("গুণ", 2)
    # কী written solid before a word is O16; a word that merely starts with কী is not.
    assert made["কিভাবে", "কীভাবে"].klass == "O16"
    assert made["কির্তি", "কীর্তি"].klass == "O1c"


def test_zipf_bands_limit_the_proposals(script):
    # The right form's band and the wrong form's floor.
    made = _pairs(script.propose(ZIPF, [], min_zipf=4.6))
    assert ("তৈরী", "তৈরি") not in made and ("কারন", "কারণ") in made
    made = _pairs(script.propose(ZIPF, [], min_zipf=0, max_zipf=4.6))
    assert ("তৈরী", "তৈরি") in made and ("কারন", "কারণ") not in made
    made = _pairs(script.propose(ZIPF, [], min_wrong_zipf=3.1))
    assert ("চাদ", "চাঁদ") in made and ("তৈরী", "তৈরি") not in made


def test_an_unknown_class_is_refused(script):
    with pytest.raises(ValueError, match="unknown class or rule: O99"):
        script.select_rules(["O99"])
    assert {r.klass for r in script.select_rules(["O3", "reph-double"])} == {"O3", "O7"}
    kept = {r.key for r in script.select_rules(["O9"], skip=["aa-lost", "aa-extra"])}
    assert "ya-phala-lost" in kept and not {"aa-lost", "aa-extra"} & kept
    assert not {r.klass for r in script.select_rules(None, skip=["O1", "O1c"])} & {"O1", "O1c"}


def test_recall_counts_the_table_rows_proposed_again_per_class(script):
    table = _table(script) + [
        script.TableRow("কারন", "কারণ", "O3-1", "O3"),
        script.TableRow("ঘরণী", "ঘরনি", "O3-2", "O3"),
    ]
    proposals = script.propose(ZIPF, table)
    figures = script.recall(iter(proposals), table)
    # O3: কারন -> কারণ proposed again; ঘরণী -> ঘরনি is not (neither form is in the mapping).
    assert figures["O3"][:2] == (2, 1)
    assert figures["O1"][:2] == (1, 1)  # সরকারী -> সরকারি
    # A row counts whichever class proposes its pair: জাতীয় -> জাতিয় is the O1 reading.
    assert figures["O1c"][:2] == (1, 1)
    assert figures["O1"][2] == sum(1 for p in proposals if p.klass == "O1" and not p.in_table)
    assert list(figures) == sorted(figures, key=script.CLASS_ORDER.index)
