"""spelling/literary.py: how সাধু prose writes words modern usage hardly holds."""

from banan.spelling import speller
from banan.spelling.literary import compound_parts, literary_reading, older_hasanta_spelling


def judge():
    return speller().judge


def test_a_noun_and_a_postposition_written_solid_read_as_a_compound():
    # বনমধ্যে (in the forest) = বন (forest) + মধ্যে (in)
    assert literary_reading("বনমধ্যে", judge()) == "বন+মধ্যে"


def test_three_parts_with_vowel_sandhi_at_a_join():
    # অস্তাচলগমনোদ্যোগী (about to set) = অস্তাচল (the western mountain) + গমন (going) + উদ্যোগী (intent on),
    # গমন + উদ্যোগী joined by vowel sandhi (অ + উ = ো)
    assert compound_parts("অস্তাচলগমনোদ্যোগী", judge(), 3) == ["অস্তাচল", "গমন", "উদ্যোগী"]
    assert compound_parts("অস্তাচলগমনোদ্যোগী", judge(), 2) is None


def test_a_final_hasanta_is_an_older_spelling_of_the_known_word():
    # কোন্ (which), শিস্ (a whistle): older books mark the dropped vowel
    assert older_hasanta_spelling("কোন্", judge()) == "কোন"
    assert older_hasanta_spelling("শিস্", judge()) == "শিস"


def test_a_hasanta_inside_a_word_is_not_read_as_an_older_spelling():
    # কম্ল for কমল (lotus): a vowel left out joins two consonants, a typo
    assert older_hasanta_spelling("কম্ল", judge()) is None
    assert literary_reading("কম্ল", judge()) is None


def test_one_letter_fragments_are_not_parts():
    # সে (he) is a frequent word but one letter: সেকাল (those days) is not সে + কাল (time)
    j = judge()
    assert j.trusted("সে") and j.trusted("কাল")
    assert compound_parts("সেকাল", j, 2) is None


def test_a_genitive_head_is_a_space_left_out_not_a_compound():
    # দেশেরমানুষ: দেশের মানুষ (the country's people) with the space left out
    assert literary_reading("দেশেরমানুষ", judge()) is None


def test_a_close_miss_of_a_frequent_word_is_not_excused_by_a_compound_reading():
    j = judge()
    # every reading below is a near miss of a frequent word, so none is taken
    for typo in ("মানুস", "বাংলাদেস"):
        assert literary_reading(typo, j) is None


def test_a_word_longer_than_any_known_is_not_taken_apart(monkeypatch):
    # the splits of a 40,000-letter run would take minutes (by the square of its length):
    # such a word is read as nothing, without trying them
    from banan.spelling import literary

    def no_splits(*args):
        raise AssertionError("a word longer than any known was taken apart")

    monkeypatch.setattr(literary, "compound_parts", no_splits)
    assert literary_reading("কখগ" * 13_000, judge()) is None
