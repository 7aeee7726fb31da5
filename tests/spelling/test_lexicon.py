"""The compiled lexicon's key tables and its cache key."""

from banan.spelling import lexicon as lexicon_module
from banan.spelling import speller


def test_words_and_skeletons_by_id_are_the_tries_keys():
    lex = speller().lexicon
    word_ids = [0, *range(1, len(lex.words), 997), len(lex.words) - 1]
    assert lex.words_at(word_ids) == [lex.words.restore_key(i) for i in word_ids]
    skeleton_ids = [0, *range(1, len(lex.skeletons), 997), len(lex.skeletons) - 1]
    assert lex.skeletons_at(skeleton_ids) == [lex.skeletons.restore_key(i) for i in skeleton_ids]
    assert lex.words_at([]) == []


def test_a_word_found_by_its_skeleton_is_the_word():
    lex = speller().lexicon
    assert "বাংলাদেশ" in lex.with_skeleton(lexicon_module.skeleton("বাংলাদেশ"))


def test_the_layout_version_is_part_of_the_cache_key(monkeypatch):
    before = lexicon_module._fingerprint()
    monkeypatch.setattr(lexicon_module, "FORMAT", lexicon_module.FORMAT + 1)
    assert lexicon_module._fingerprint() != before
