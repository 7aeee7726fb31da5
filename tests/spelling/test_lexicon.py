"""The compiled lexicon: its memory-mapped arrays, keys by id, and its cache key."""

import mmap
from importlib import metadata

import numpy as np
import pytest

from banan.spelling import lexicon as lexicon_module
from banan.spelling import speller


def test_the_arrays_are_memory_mapped_read_only():
    lex = speller().lexicon
    for name in lexicon_module._ARRAYS:
        view = lex.tables[name].data  # what lookups index: a memoryview over the map
        assert isinstance(view.obj, mmap.mmap) and view.readonly, name
        values = getattr(lex, name)
        # a plain array (a memmap's Python-level indexing doubles a lookup's cost) over the same map
        assert type(values) is np.ndarray and isinstance(values.base.obj, mmap.mmap), name
        assert not values.flags.owndata and not values.flags.writeable, name
        assert values.dtype.str == lex.tables[name].dtype and len(values) == len(view), name
        assert values[:500].tolist() == view[:500].tolist() and values[-500:].tolist() == view[-500:].tolist(), name
    assert len(lex.zipf) == len(lex.origin) == len(lex.words)
    assert lex.skeleton_start[-1] == len(lex.by_skeleton) == len(lex.words)


def test_words_and_skeletons_by_id_are_the_tries_keys_asked_twice():
    lex = speller().lexicon
    word_ids = [0, *range(1, len(lex.words), 997), len(lex.words) - 1]
    expected = [lex.words.restore_key(i) for i in word_ids]
    assert lex.words_at(word_ids) == expected
    assert lex.words_at(word_ids[::-1]) == expected[::-1]
    assert [lex.word_at(i) for i in word_ids] == expected
    skeleton_ids = [0, *range(1, len(lex.skeletons), 997), len(lex.skeletons) - 1]
    assert lex.skeletons_at(skeleton_ids) == [lex.skeletons.restore_key(i) for i in skeleton_ids]


@pytest.mark.parametrize("limit", [10**9, 0], ids=["one by one", "whole text"])
def test_words_and_skeletons_read_one_by_one_or_from_the_decoded_text_are_the_tries_keys(monkeypatch, limit):
    """A process reads its first strings one by one from the mapped text (a short text's
    suggestions need a few hundred) and decodes the whole text once it has read many."""
    monkeypatch.setattr(lexicon_module, "_READ_ONE_BY_ONE", limit)
    lex = lexicon_module.Lexicon.open(speller().lexicon.folder)
    word_ids = [0, *range(1, len(lex.words), 991), len(lex.words) - 1]
    assert lex.words_at(word_ids) == [lex.words.restore_key(i) for i in word_ids]
    assert lex.word_at(word_ids[-1]) == lex.words.restore_key(word_ids[-1])
    skeleton_ids = [0, *range(1, len(lex.skeletons), 991), len(lex.skeletons) - 1]
    assert lex.skeletons_at(skeleton_ids) == [lex.skeletons.restore_key(i) for i in skeleton_ids]
    decoded = {name for name in ("_all_words", "_all_skeletons") if name in vars(lex)}
    assert decoded == (set() if limit else {"_all_words", "_all_skeletons"})


def test_each_skeleton_s_first_letter_and_words_are_the_trie_s():
    lex = speller().lexicon
    skeleton_ids = [0, *range(1, len(lex.skeletons), 499), len(lex.skeletons) - 1]
    for s, shape in zip(skeleton_ids, lex.skeletons_at(skeleton_ids), strict=True):
        assert lex.skeleton_first[s] == (ord(shape[0]) if shape else 0)
        assert lex.with_skeleton(shape) == lex.words_at(lex.members(s).tolist())
        assert all(lexicon_module.skeleton(w) == shape for w in lex.with_skeleton(shape))


def test_frequencies_read_from_key_ids_are_the_looked_up_ones():
    lex = speller().lexicon
    # Bangladesh, river (two spellings), and a made-up word
    for word in ("বাংলাদেশ", "নদী", "নদি", "কখগঘঙ"):
        key = lexicon_module.skeleton(word)
        assert lex.frequencies_with_skeleton(key) == [(w, lex.frequency(w)) for w in lex.with_skeleton(key)]
        assert lex.probe_frequency(word) == lex.frequency(word)
    lex._entries.clear()
    assert lex.probe_frequency("কখগঘঙচ") == -1.0 and "কখগঘঙচ" not in lex._entries  # probes are not remembered


def test_a_word_found_by_its_skeleton_is_the_word():
    lex = speller().lexicon
    assert "বাংলাদেশ" in lex.with_skeleton(lexicon_module.skeleton("বাংলাদেশ"))
    assert lex.frequency("বাংলাদেশ") > 5


def test_the_layout_version_is_part_of_the_cache_key(monkeypatch):
    before = lexicon_module._fingerprint()
    monkeypatch.setattr(lexicon_module, "FORMAT", lexicon_module.FORMAT + 1)
    assert lexicon_module._fingerprint() != before


@pytest.mark.parametrize("dist", ["wordfreq", "babel", "pycountry", "numpy", "no-such-distribution-here"])
def test_package_versions_are_importlib_metadata_s(dist):
    try:
        expected = metadata.version(dist)
    except metadata.PackageNotFoundError:
        expected = None
    assert lexicon_module._version(dist) == expected
