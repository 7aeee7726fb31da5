"""Morphology: readings of inflected words, and the speller accepting inflections of
known stems that no word list holds whole."""

import pytest

from banan.spelling import morphology, speller
from banan.spelling.sources import hunspell_path


def test_split_reads_classifier_case_and_emphasis():
    assert ("বই", "গুলোরও") in list(morphology.split("বইগুলোরও"))


def test_split_undoes_the_changes_at_the_join():
    assert ("জগৎ", "ের") in list(morphology.split("জগতের"))
    assert ("রং", "ের") in list(morphology.split("রঙের"))


def test_genitive_r_follows_a_vowel_only():
    assert ("বাংলা", "র") in list(morphology.split("বাংলার"))
    assert ("দেশ", "র") not in list(morphology.split("দেশর"))


def test_locative_y_follows_a_or_o_only():
    assert ("ঢাকা", "য়") in list(morphology.split("ঢাকায়"))
    assert ("রাতে", "য়") not in list(morphology.split("রাতেয়"))


def test_endings_are_joined_by_the_rules_that_join_them_to_a_stem():
    # a classifier ending in a vowel takes the vowel-final case forms (বইটির, বইটিতে)
    assert {"টির", "টিতে", "গুলোয়", "দেরকে", "রাই"} <= morphology.INFLECTIONS
    # no vowel sign after a vowel sign, and no case after the nominative plural রা
    assert not {"টিে", "রাতে", "রাকে", "রােও"} & morphology.INFLECTIONS
    assert ("ছাত্র", "রাতে") not in list(morphology.split("ছাত্ররাতে"))


def test_an_ending_moved_to_another_stem_takes_that_stems_form():
    assert morphology.rejoin("দারিদ্র্য", "র") == "দারিদ্র্যের"
    assert morphology.rejoin("তেরো", "ে") == "তেরোয়"
    assert morphology.rejoin("বাড়ি", "ে") == "বাড়িতে"
    assert morphology.rejoin("জগৎ", "ের") == "জগতের"
    assert morphology.rejoin("রেস্তোরাঁ", "ের") == "রেস্তোরাঁর"  # a vowel, then candrabindu


def test_verb_readings_find_the_verbal_noun_through_the_vowel_change():
    assert set(morphology.stem_variants("লিখ")) >= {"লিখ", "লেখ"}
    assert set(morphology.stem_variants("শুন")) >= {"শুন", "শোন"}
    known = {"লেখা", "শোনা"}.__contains__
    assert list(morphology.verb_readings("লিখছিলাম", known)) == [("লেখা", "ছিলাম")]
    assert list(morphology.verb_readings("শুনছে", known)) == [("শোনা", "ছে")]
    assert list(morphology.verb_readings("বিলেন", known)) == []


def test_a_verb_in_ano_takes_the_causative_endings_only():
    # ঘুমানো: ঘুমালেন, ঘুমাচ্ছিলেন, ঘুমিয়ে; but not ঘুমেন, ঘুমবে (the plain paradigm's endings).
    known = {"ঘুমানো"}.__contains__
    assert list(morphology.verb_readings("ঘুমাচ্ছিলেন", known)) == [("ঘুমানো", "াচ্ছিলেন")]
    assert list(morphology.verb_readings("ঘুমিয়ে", known)) == [("ঘুমানো", "িয়ে")]
    assert list(morphology.verb_readings("ঘুমবে", known)) == []
    if hunspell_path() is None:
        pytest.skip("কামড়ানো and ঘুমানো (to bite, to sleep) are in hunspell-bn's list, not the web list")
    sp = speller()
    assert sp.is_known("কামড়ালেন") and sp.is_known("ঘুমাচ্ছিলেন")


@pytest.mark.parametrize(
    "word",
    ["বইগুলোরও", "ছাত্রদেরকেও", "ঢাকায়ও", "পড়াশোনাভিত্তিক", "বিদ্যালয়গুলোতেও", "আন্দোলনকারীদেরও"],
)
def test_inflections_of_known_stems_are_known_though_no_list_holds_them(word):
    sp = speller()
    assert word not in sp.lexicon  # the point: known by morphology, not by the list
    assert sp.is_known(word)


@pytest.mark.parametrize("word", ["দেশের", "দেশকে", "বাড়িতে", "ছাত্রদের", "বইটিও", "লিখছে", "খেয়েছে", "গেল", "করেনি"])
def test_common_inflected_forms_are_known(word):
    assert speller().is_known(word)


@pytest.mark.parametrize("word", ["ফ্লে", "কওরে", "জামিনেরর", "রাতেয়", "পতিবেদকের", "বিদালয়গুলোতেও"])
def test_a_fragment_or_a_typo_with_an_ending_is_not_a_known_word(word):
    assert not speller().is_known(word)


@pytest.mark.parametrize("word", ["সংগ্রামোত্তর", "মহাকাব্যেতিহাস"])
def test_compounds_joined_by_vowel_sandhi_are_known(word):
    # সংগ্রাম + উত্তর, মহাকাব্য + ইতিহাস: the head's inherent vowel and the tail's first
    # vowel merge into one sign.
    sp = speller()
    assert word not in sp.lexicon
    assert sp.is_known(word)


def test_a_sandhi_reading_needs_parts_of_three_letters():
    # দল + উত্তর would make দলোত্তর; two-letter parts meet by chance too often.
    assert not speller().is_known("দলোত্তর")


def test_a_word_that_only_looks_like_a_genitive_still_heads_a_compound():
    # বাজার is a word, not বাজা in the genitive: বাজারদর is a compound.
    sp = speller()
    assert "বাজারদর" not in sp.lexicon or sp.is_known("বাজারদর")
    assert not sp.judge.ends_a_phrase("বাজার") and sp.judge.ends_a_phrase("দেশের")


@pytest.mark.parametrize("word", ["অভিভাবকহারা", "পেশানিষ্ঠ", "ক্লান্তিময়", "শঙ্কাময়ী", "বিভাগওয়ারি"])
def test_bound_words_written_solid_after_a_noun_are_known(word):
    # -হারা (bereft of), -নিষ্ঠ (devoted to), -ময় (full of), -ওয়ারি (by each) and the
    # like attach to any noun.
    sp = speller()
    assert word not in sp.lexicon
    assert sp.is_known(word)


def test_full_of_follows_a_word_not_a_words_first_letters():
    # স + ময় is সময়, a word of its own: -ময় after two letters or fewer is no reading.
    assert ("ক্লান্তি", "ময়") in morphology.split("ক্লান্তিময়")
    assert not [x for s, x in morphology.split("সময়ে") if x.startswith("ময়")]


def test_a_final_anusvara_takes_the_endings_with_the_glide():
    # হংকংয়ে, ব্যাটিংয়ের: after ং the press writes য়ে, য়ের (as well as রঙের, above).
    assert ("জগিং", "য়ের") in list(morphology.split("জগিংয়ের"))
    assert ("জগিং", "য়ে") in list(morphology.split("জগিংয়ে"))
    assert ("দেশ", "য়ে") not in list(morphology.split("দেশয়ে"))


@pytest.mark.parametrize("word", ["সুইমিংয়ে", "টেস্টিংয়ে", "ম্যাপিংয়ে"])
def test_an_english_word_in_ing_with_a_case_ending_is_known(word):
    assert speller().is_known(word)
