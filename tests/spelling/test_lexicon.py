"""The compiled lexicon: its memory-mapped arrays, keys by id, and its cache key."""

import numpy as np

from banan.spelling import lexicon as lexicon_module
from banan.spelling import speller


def test_the_arrays_are_memory_mapped_read_only():
    lex = speller().lexicon
    for name in lexicon_module._ARRAYS:
        values = getattr(lex, name)
        # a plain array (a memmap's Python-level indexing doubles a lookup's cost) over the map
        assert type(values) is np.ndarray and isinstance(values.base, np.memmap), name
        assert not values.flags.owndata and not values.flags.writeable, name
    assert len(lex.zipf) == len(lex.origin) == len(lex.words)
    assert lex.skeleton_start[-1] == len(lex.by_skeleton) == len(lex.words)


def test_words_and_skeletons_by_id_are_the_tries_keys_asked_twice():
    lex = speller().lexicon
    word_ids = [0, *range(1, len(lex.words), 997), len(lex.words) - 1]
    expected = [lex.words.restore_key(i) for i in word_ids]
    assert lex.words_at(word_ids) == expected
    assert lex.words_at(word_ids[::-1]) == expected[::-1]  # now from the per-process cache
    skeleton_ids = [0, *range(1, len(lex.skeletons), 997), len(lex.skeletons) - 1]
    assert lex.skeletons_at(skeleton_ids) == [lex.skeletons.restore_key(i) for i in skeleton_ids]


def test_a_word_found_by_its_skeleton_is_the_word():
    lex = speller().lexicon
    assert "বাংলাদেশ" in lex.with_skeleton(lexicon_module.skeleton("বাংলাদেশ"))
    assert lex.frequency("বাংলাদেশ") > 5


def test_the_layout_version_is_part_of_the_cache_key(monkeypatch):
    before = lexicon_module._fingerprint()
    monkeypatch.setattr(lexicon_module, "FORMAT", lexicon_module.FORMAT + 1)
    assert lexicon_module._fingerprint() != before
