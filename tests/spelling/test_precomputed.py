"""Verdicts worked out once per machine for every lexicon word: the same answers as
judging the word in the process, memory-mapped, and rebuilt when what they depend on
changes."""

import dataclasses
import mmap
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from banan.rules import plain, web_slips
from banan.spelling import precomputed, settings, speller
from banan.spelling.speller import Speller

# Words whose verdicts take the long way: a web-list typo beside its commoner twin
# (পাশাপশি: a sign left out; বাড়ী: an old letter), হূ printed for হৃ (হূদয়), a candrabindu
# left out (খোজখবর), curated words the web has not seen, standard forms the table
# offers (ঘুস, যুবতি), a form of a known stem (ঢাকেন), abbreviations in letter names.
TRICKY = (
    "পাশাপশি",
    "বাড়ী",
    "বাড়ি",
    "হূদয়",
    "হৃদয়",
    "খোজখবর",
    "খোঁজখবর",
    "রুটীন",
    "সয়তান",
    "ইজ্জৎ",
    "যাচছে",
    "ঘুস",
    "যুবতি",
    "পঙ্ক্তি",
    "ঢাকেন",
    "দয়ালের",
    "বিবিসি",
    "নবেম্বর",
    "নভেম্বর",
    "সৃস্টি",
    "কোরতে",
    "করতে",
    "দেশ",
    "ক",
    "কখগঘঙ",
)


def _unprecomputed() -> Speller:
    """A speller over the same lexicon and words that judges every word itself."""
    sp = speller()
    return Speller(sp.lexicon, sp.accepted)


def _sample(step: int = 613) -> list[str]:
    lex = speller().lexicon
    return [lex.words.restore_key(i) for i in range(0, len(lex), step)]


def test_the_speller_uses_tables_that_are_memory_mapped() -> None:
    tables = speller().tables
    assert tables is not None
    for view in (tables.flags, tables.twins):
        assert isinstance(view, memoryview) and view.readonly and len(view) == len(speller().lexicon)
        assert isinstance(view.obj, mmap.mmap)  # the map itself: numpy is not needed to read it


def test_precomputed_verdicts_are_the_computed_ones() -> None:
    sp, fresh = speller(), _unprecomputed()
    tables = sp.tables
    assert tables is not None
    lex = sp.lexicon
    # Every word the table gives a twin to (the long way), sampled, besides an even sample.
    with_twin = np.flatnonzero(np.asarray(tables.twins) >= 0)
    assert len(with_twin) > 1000
    unknown = np.flatnonzero((np.asarray(tables.flags) & precomputed.KNOWN) == 0)
    assert len(unknown) > 1000
    sample = _sample() + lex.words_at(with_twin[::23].tolist()) + lex.words_at(unknown[::29].tolist()) + list(TRICKY)
    assert sum(w in lex for w in TRICKY) >= 15
    for word in sample:
        sp.forget()  # from the tables, not from what this process judged before
        assert sp.is_known(word) == fresh.is_known(word), word
        assert sp.dominant_twin(word) == fresh.dominant_twin(word), word
        assert sp.judge.twin_is_soft(word) == fresh.judge.twin_is_soft(word), word
    # A word outside the lexicon is judged as it always was.
    for word in ("পতিবেদক", "বাংলাদেশথেকে", "কম্পিউটারগুলোতেই", "জীবনেতিহাস", "লাভরভকে"):
        assert word not in lex and sp.is_known(word) == fresh.is_known(word)


def test_the_plain_word_verdict_is_the_computed_one() -> None:
    lookup = plain._plain_lookup()
    for word in _sample(1009) + list(TRICKY):
        found = lookup(word)
        if word in speller().lexicon:
            assert found == plain.is_plain(word), word
        else:
            assert found is None


def test_the_web_slip_verdicts_are_the_computed_ones() -> None:
    names, words = web_slips._precomputed()
    lex = speller().lexicon
    # Slips of a place name (Kazakhstan, Brisbane), a sample, and the words of the sample
    # the table gives a common word to.
    sample = ["কাজাখাস্তান", "ব্রিবসেন", *_sample(211), *TRICKY]
    slips = [w for w in sample if words(w)]
    assert slips and names("কাজাখাস্তান") == "কাজাখস্তান"
    for word in sample:
        if word in lex:
            assert names(word) == (web_slips._misspelt_name(word) or ""), word
            assert words(word) == (web_slips._misspelt_common_word(word) or ""), word
            assert web_slips.misspelt_common_word(word) == web_slips._misspelt_common_word(word), word
        else:
            assert names(word) is None and words(word) is None
    # A word outside the lexicon is judged as it always was.
    assert "ব্রিবসেনের" not in lex and web_slips.misspelt_name("ব্রিবসেনের") == "ব্রিসবেনের"


@pytest.fixture
def scratch_lexicon(tmp_path):
    """The lexicon with its folder elsewhere: tables built by a test land in tmp_path."""
    return dataclasses.replace(speller().lexicon, folder=tmp_path)


def test_word_flags_computes_each_lexicon_word_once_per_machine(scratch_lexicon, tmp_path) -> None:
    asked: list[str] = []

    def long_word(word: str) -> bool:
        asked.append(word)
        return len(word) > 6

    lookup = precomputed.word_flags("long", "1", long_word, scratch_lexicon)
    assert len(asked) == len(scratch_lexicon) and len(set(asked)) == len(asked)
    assert lookup("বিশ্ববিদ্যালয়") is True and lookup("দেশ") is False
    assert lookup("কখগঘঙচছজ") is None  # not a lexicon word: the caller judges it
    asked.clear()
    again = precomputed.word_flags("long", "1", long_word, scratch_lexicon)  # another process would do the same
    assert asked == []
    for word in _sample(331):
        assert again(word) == (len(word) > 6)
    assert len(list(tmp_path.glob("flags-long-*.flags.npy"))) == 1


def test_word_keys_keeps_a_string_for_each_lexicon_word(scratch_lexicon) -> None:
    def first_two(word: str) -> str | None:
        return word[:2] if len(word) > 3 else None

    lookup = precomputed.word_keys("first-two", "1", first_two, scratch_lexicon)
    for word in _sample(331):
        assert lookup(word) == (first_two(word) or ""), word
    assert lookup("কখগঘঙচছজ") is None


def test_the_consonant_key_is_the_computed_one() -> None:
    from banan.rules import variants

    lookup = variants._consonant_keys()
    for word in _sample(1009) + list(TRICKY):
        if word in speller().lexicon:
            assert lookup(word) == (variants._consonant_key(word) or ""), word
        else:
            assert lookup(word) is None


def test_a_new_version_rebuilds_and_drops_the_stale_tables_but_the_last_two(scratch_lexicon, tmp_path) -> None:
    built: list[Path] = []
    for version in ("1", "2", "3"):
        precomputed.word_flags("short", version, lambda w: len(w) < 3, scratch_lexicon)
        (new,) = set(tmp_path.glob("flags-short-*.flags.npy")) - set(built)
        for path in tmp_path.glob(new.name.split(".")[0] + ".*"):  # every file of the version: built in this order
            os.utime(path, (1_000_000 + len(built), 1_000_000 + len(built)))
        built.append(new)
    lookup = precomputed.word_flags("short", "4", lambda w: len(w) < 4, scratch_lexicon)
    assert lookup("দেশ") is True  # three code points: the new predicate's answer
    kept = set(tmp_path.glob("flags-short-*.flags.npy"))
    # the two built last before it stay (another install sharing the folder), the oldest goes
    assert len(kept) == 3 and built[1] in kept and built[2] in kept and not built[0].exists()


def test_two_versions_that_take_turns_keep_each_others_tables(scratch_lexicon, tmp_path) -> None:
    # two installs sharing one cache folder: neither rebuilds after the other has run
    calls = []

    def predicate(w: str) -> bool:
        calls.append(w)
        return len(w) < 3

    for version in ("a", "b", "a", "b"):
        precomputed.word_flags("turns", version, predicate, scratch_lexicon)
    assert len(calls) == 2 * len(scratch_lexicon)  # each version built once


def test_a_damaged_table_is_built_again(scratch_lexicon, tmp_path) -> None:
    precomputed.word_flags("long", "1", lambda w: len(w) > 6, scratch_lexicon)
    (table,) = tmp_path.glob("flags-long-*.flags.npy")
    table.write_bytes(b"not a numpy file")
    lookup = precomputed.word_flags("long", "1", lambda w: len(w) > 6, scratch_lexicon)
    assert lookup("বিশ্ববিদ্যালয়") is True and lookup("দেশ") is False
    np.save(table, np.zeros(10, dtype=np.uint8))  # readable, but not one flag a word
    lookup = precomputed.word_flags("long", "1", lambda w: len(w) > 6, scratch_lexicon)
    assert lookup("বিশ্ববিদ্যালয়") is True
    assert len(np.load(table)) == len(scratch_lexicon)


def test_a_table_that_cannot_be_saved_is_kept_for_the_process(scratch_lexicon, tmp_path, monkeypatch) -> None:
    def refuse(path, write):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(precomputed, "_atomic", refuse)
    lookup = precomputed.word_flags("long", "1", lambda w: len(w) > 6, scratch_lexicon)
    assert lookup("বিশ্ববিদ্যালয়") is True and lookup("দেশ") is False
    assert not list(tmp_path.glob("*.npy"))


def test_turned_off_the_tables_answer_nothing(scratch_lexicon, monkeypatch) -> None:
    monkeypatch.setattr(precomputed, "ENABLED", False)
    assert precomputed.word_flags("long", "1", lambda w: True, scratch_lexicon)("দেশ") is None
    assert precomputed.speller_tables(_unprecomputed()) is None


def test_the_key_covers_the_code_the_settings_and_the_accepted_words(tmp_path, monkeypatch) -> None:
    module = tmp_path / "verdict.py"
    module.write_text("def f(word):\n    return True\n", encoding="utf-8")
    before = precomputed.source_version(module)
    module.write_text("def f(word):\n    return False\n", encoding="utf-8")
    assert precomputed.source_version(module) != before
    plain = precomputed.source_version()
    monkeypatch.setattr(settings, "SETTINGS", dataclasses.replace(settings.SETTINGS, stem_min_zipf=2.5))
    assert precomputed.source_version() != plain
    monkeypatch.undo()
    sp = speller()
    assert precomputed.speller_version(Speller(sp.lexicon, sp.accepted - {"ঘুস"})) != precomputed.speller_version(sp)


def test_the_key_covers_every_module_the_speller_is_made_of() -> None:
    """The speller is split into modules (judge, search, candidates, ranking, slips): a
    change to any of them must make a new key, as one to the facade does."""
    hashed = {path.name for path in precomputed._files_of(Path(precomputed.__file__).parent.iterdir())}
    used = {
        Path(m.__file__).name
        for name, m in sys.modules.items()
        if name.startswith("banan.spelling.") and m.__file__ and name != "banan.spelling.command"
    }
    assert {"speller.py", "judge.py", "search.py", "candidates.py", "ranking.py", "slips.py"} <= used <= hashed


def test_lexicon_build_leaves_the_verdicts_a_check_reads_ready() -> None:
    folder = speller().lexicon.folder
    proc = subprocess.run(
        [sys.executable, "-m", "banan", "lexicon", "build"], capture_output=True, text=True, timeout=300, check=True
    )
    assert "verdicts on every lexicon word: ready" in proc.stdout
    names = {p.name.split("-")[0] for p in folder.glob("*.names")}
    assert {"speller", "flags", "keys"} <= names


def test_a_word_set_is_built_once_and_read_back(scratch_lexicon, tmp_path) -> None:
    built = []

    def forms() -> list[str]:
        built.append(1)
        return ["করিয়াছিলাম", "যাইবে", "হইতে"]  # সাধু forms: had done, will go, from

    first = precomputed.word_set("sadhu-test", "1", forms, scratch_lexicon)
    again = precomputed.word_set("sadhu-test", "1", forms, scratch_lexicon)  # another process would do the same
    assert first == again == {"করিয়াছিলাম", "যাইবে", "হইতে"} and len(built) == 1
    for version in ("2", "3", "4"):  # new code: the oldest files go, the last three stay
        precomputed.word_set("sadhu-test", version, lambda: ["হইল"], scratch_lexicon)
    assert len(list(tmp_path.glob("words-sadhu-test-*.txt"))) == 3


def test_the_speller_and_the_register_rule_read_the_same_forms_as_the_paradigms_generate() -> None:
    from banan.rules import text_register
    from banan.spelling import register

    assert speller().judge._sadhu_forms() == register.sadhu_forms()
    sadhu, cholito = text_register.evidence()
    regs = register.registers()
    assert sadhu == set(regs.sadhu) and cholito == set(regs.cholito)
    # the counterparts a finding offers, read back from the text kept beside the lexicon
    assert all(text_register.counterparts(w) == others for w, others in regs.sadhu.items())
    assert all(text_register.counterparts(w) == others for w, others in regs.cholito.items())
    assert text_register.counterparts("বাজার") == ()  # market: a form of neither register


def test_a_text_file_is_built_once_and_read_back(scratch_lexicon, tmp_path) -> None:
    built = []
    kept = "হইতে\nথেকে\x1eকরিয়া\n"  # any characters: from (সাধু, চলিত), having done

    def text() -> str:
        built.append(1)
        return kept

    first = precomputed.text_file("pairs-test", "1", text, scratch_lexicon)
    again = precomputed.text_file("pairs-test", "1", text, scratch_lexicon)  # another process would do the same
    assert first == again == kept and len(built) == 1
    assert len(list(tmp_path.glob("pairs-test-*.txt"))) == 1
