"""The সাধু / চলিত paradigms (spelling/register.py): forms generated from roots, the closed
classes, and the forms that are evidence for neither register."""

import pytest

from banan.spelling import register
from banan.spelling.register import CHOLITO, SADHU, counterparts, paradigm, register_of


@pytest.mark.parametrize(
    "sadhu,cholito",
    [
        ("করিয়াছিলাম", "করেছিলাম"),  # I had done
        ("করিল", "করল"),  # did
        ("করিবে", "করবে"),  # will do
        ("করিতেছে", "করছে"),  # is doing
        ("করিয়া", "করে"),  # having done
        ("করিতে", "করতে"),  # to do
        ("বলিল", "বলল"),  # said
        ("আসিয়া", "এসে"),  # having come: আ raised to এ
        ("রাখিয়াছে", "রেখেছে"),  # has kept
        ("আসিল", "এল"),  # came: the চলিত past of আস is এল
        ("লিখিয়া", "লিখে"),
        ("দেখিয়া", "দেখে"),
        ("শুনিয়া", "শুনে"),
        ("যাইবে", "যাবে"),  # will go
        ("গিয়াছিল", "গিয়েছিল"),  # had gone
        ("খাইয়া", "খেয়ে"),  # having eaten
        ("হইল", "হল"),  # became
        ("হইতেছে", "হচ্ছে"),  # is becoming
        ("দিয়া", "দিয়ে"),  # having given; with
        ("লইবে", "নেবে"),  # will take
        ("লইয়া", "নিয়ে"),  # having taken
        ("চাহিয়া", "চেয়ে"),  # having looked
        ("দেখাইয়া", "দেখিয়ে"),  # having shown (causative)
        ("শুনাইল", "শোনাল"),  # made hear: the causative's vowel is lowered
        ("ঘুমাইয়া", "ঘুমিয়ে"),  # having slept (a verb in -আনো)
        ("করিয়াই", "করেই"),  # with the emphatic particle
        ("কহিল", "বলল"),  # said (the চলিত writes বল)
    ],
)
def test_each_sadhu_verb_form_has_its_cholito_counterpart(sadhu, cholito):
    assert register_of(sadhu) == SADHU
    assert counterparts(sadhu)[0] == cholito


@pytest.mark.parametrize(
    "sadhu,cholito",
    [
        ("তাহারা", "তারা"),
        ("যাহা", "যা"),
        ("উহার", "ওর"),
        ("কেহ", "কেউ"),
        ("ইহা", "এটা"),
        ("হইতে", "থেকে"),
        ("সহিত", "সঙ্গে"),
        ("তাঁহাদের", "তাঁদের"),
    ],
)
def test_closed_class_pairs(sadhu, cholito):
    assert register_of(sadhu) == SADHU
    assert counterparts(sadhu)[0] == cholito


@pytest.mark.parametrize(
    "cholito,sadhu",
    [
        ("করেছিলাম", "করিয়াছিলাম"),
        ("যাবে", "যাইবে"),
        ("এসে", "আসিয়া"),
        ("খেয়ে", "খাইয়া"),
        ("থেকে", "হইতে"),
        ("গেছে", "গিয়াছে"),
        ("করলো", "করিল"),
        ("নেই", "নাই"),
        ("দাঁড়িয়ে", "দাঁড়াইয়া"),
        # তাদের is also offered for তাহাদিগকে (after তাদেরকে): still evidence as তাহাদের's counterpart
        ("তাদের", "তাহাদের"),
    ],
)
def test_each_cholito_form_has_its_sadhu_counterpart(cholito, sadhu):
    assert register_of(cholito) == CHOLITO
    assert counterparts(cholito)[0] == sadhu


@pytest.mark.parametrize(
    "word",
    [
        "করে",  # the present of both registers, beside the চলিত participle
        "দেখে",
        "শুনে",
        "লিখে",  # likewise (older সাধু writes শুনে, লিখে for the present)
        "করেই",  # and so with a particle
        "দিল",
        "গেল",
        "দিতে",
        "নিল",  # written alike in both registers
        "হল",
        "হলে",  # a hall, in the hall
        "তারা",  # stars
        "পরিবার",
        "পরিবারের",  # a family (not পর + িবার); পরিবারের is no generated form at all
        "বাড়িতে",  # at home
        "সঙ্গে",
        "এখন",
        "কেমন",
        "আমাদের",  # চলিত words written in সাধু too
        "চেয়ে",  # than: a postposition সাধু writes too
        "নাই",  # written in চলিত too
        "বাংলাদেশ",
        "",
    ],
)
def test_forms_of_both_registers_are_evidence_for_neither(word):
    assert register_of(word) is None


def test_closed_class_forms_take_the_emphatic_particles():
    assert counterparts("হইতেই")[0] == "থেকেই"  # right from
    assert counterparts("তাহাদেরও") == ("তাদেরও",)  # theirs too
    # Not where the চলিত form ends in আ: যা + ই is যাই (I go), তা + ই is তাই (so).
    assert register_of("যাই") is None and register_of("তাই") is None


def test_a_chosen_alternative_is_offered_but_is_no_evidence():
    # থেকে has two সাধু counterparts: the postposition first, then the participle of থাক.
    assert counterparts("থেকে") == ("হইতে", "থাকিয়া")
    assert counterparts("হইতে")[:2] == ("থেকে", "হতে")
    # The ো spellings count as চলিত but are never offered.
    assert "করলো" not in counterparts("করিল")


def test_paradigm_cells_align_across_the_registers():
    cells = paradigm("কর").cells
    assert cells[("perf", 6)] == (("করিয়াছিলাম",), ("করেছিলাম",), ())
    assert cells[("past", 0)][2] == ("করলো",)  # the ো spelling, counted, not offered
    # An আ root raises its vowel in the চলিত perfective only.
    assert paradigm("রাখ").cells[("perf", 0)][1] == ("রেখে",)
    assert paradigm("রাখ").cells[("past", 0)][1] == ("রাখল",)
    with pytest.raises(KeyError):
        paradigm("বল", causative=True)  # no causative listed for বল


def test_every_generated_sadhu_form_is_known_to_the_speller():
    from banan.spelling import speller

    sp = speller()
    forms = register.sadhu_forms()
    assert {"করিয়াছিলাম", "পৌঁছিয়াছিলেন", "তুলিলাম"} <= forms
    assert all(sp.is_known(w) for w in ("পৌঁছিয়াছিলেন", "তুলিলাম", "লইয়াছিলেন"))


@pytest.mark.parametrize("name", ["register_verbs.tsv", "register_words.tsv", "register_homographs.txt"])
def test_register_data_files_name_their_source_and_are_documented(name):
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    text = (root / "src" / "banan" / "data" / name).read_text(encoding="utf-8")
    assert any(line.startswith("# Source:") for line in text.splitlines())
    assert f"`{name}`" in (root / "src" / "banan" / "data" / "README.md").read_text(encoding="utf-8")
    assert name in (root / "docs" / "data-sources.md").read_text(encoding="utf-8")


def test_every_row_of_the_register_data_is_well_formed():
    rows = register.roots()
    assert len({r.root for r in rows}) == len(rows)  # each root once
    assert all(r.simple or r.causative for r in rows)
    for r in rows:
        assert set(r.stems) <= {
            "sadhu",
            "as",
            "past",
            "perf",
            "cont",
            "fut",
            "inf",
            "alt-perf",
            "alt-cont",
            "alt-fut",
            "sadhu-past",
            "sadhu-perf",
        }, r.root
    regs = register.registers()
    # No form is evidence for both registers, and every evidence form has a counterpart.
    assert not regs.sadhu.keys() & regs.cholito.keys()
    assert all(regs.sadhu.values()) and all(regs.cholito.values())


def test_the_bangladeshi_future_of_de_and_ne_counts_for_neither_register():
    # দিবে, দিবেন, নিবে (will give, will take) are the সাধু future and the everyday চলিত of
    # Bangladesh beside দেবে and নেবে: no evidence of a register, never reported.
    for word in ("দিবে", "দিবেন", "নিবে", "নিবেন"):
        assert register.register_of(word) is None, word
    assert register.register_of("দেবে") == "cholito" and register.register_of("লইবে") == "sadhu"
