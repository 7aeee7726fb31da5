"""rules/text_register.py and the সাধু readings of the verdicts (rules/verdicts.py)."""

import pytest

from banan import check
from banan.rules.document import Document
from banan.rules.text_register import written_in
from banan.spelling.register import CHOLITO, SADHU
from banan.spelling.sources import hunspell_path


@pytest.mark.parametrize(
    ("text", "register"),
    [
        ("তাহারা বাজারে গিয়াছিল।", SADHU),  # they had gone to the market (সাধু)
        ("তারা বাজারে গিয়েছিল।", CHOLITO),  # the same in চলিত
        ("তাহারা বাজারে গিয়েছিল।", CHOLITO),  # one of each: a tie goes to চলিত
        ("বাজারে অনেক মানুষ।", None),  # no form of either register
    ],
)
def test_the_register_a_text_is_written_in(text, register):
    assert written_in(Document(text)) == register


def flagged(text):
    return [(d.code, d.found) for d in check(text)]


def test_a_sadhu_text_keeps_its_compounds_and_older_spellings():
    # "They entered the forest (বনমধ্যে). Which (কোন্) way would they go?"
    text = "তাহারা বনমধ্যে প্রবেশ করিল। তাহারা কোন্ দিকে যাইবে?"
    assert flagged(text) == []


@pytest.mark.skipif(hunspell_path() is None, reason="the older spellings are the curated list's")
def test_a_sadhu_text_keeps_the_older_spellings_of_the_curated_list():
    # পোষাক (dress): the curated list's spelling before the Academy's পোশাক
    assert flagged("তাহার পোষাক মলিন ছিল।") == []
    assert flagged("তার পোষাক ময়লা ছিল।") == [("ORTHO001", "পোষাক")]


def test_a_common_misspelling_in_a_sadhu_text_is_still_reported():
    # কারন for কারণ (reason): the web's word list holds it, the curated list does not
    assert ("ORTHO001", "কারন") in flagged("তাহার কারন কেহ জানে না।")


def test_the_same_words_in_a_cholito_text_are_reported():
    text = "তারা বনমধ্যে ঢুকল। তারা কোন্ দিকে যাবে?"
    assert {w for _, w in flagged(text)} >= {"বনমধ্যে", "কোন্"}


def test_a_typo_in_a_sadhu_text_is_still_reported():
    # মানুস for মানুষ (people): a close miss of a frequent word, in any register
    text = "তাহারা বাজারে গিয়াছিল, সেখানে অনেক মানুস ছিল।"
    assert ("SPELL001", "মানুস") in flagged(text)


def test_a_very_long_word_in_a_sadhu_text_is_reported_without_being_taken_apart():
    text = "তাহারা করিল, তাহারা যাইবে। " + "কখগ" * 7_000
    assert [d.code for d in check(text)] == ["SPELL001"]
