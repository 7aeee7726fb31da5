"""Hostile words: a run of letters far longer than any word costs time linear in its length."""

from __future__ import annotations

import threading
import time

import banan
from banan.spelling import speller as get_speller
from banan.spelling.settings import SETTINGS


def test_a_long_run_of_letters_is_not_taken_apart() -> None:
    # 40,000 times ক (ka): taking it apart at every position cost seconds and gigabytes.
    text = "ক" * 40_000
    # the lexicon and every table a check of an unknown word reads loaded (or built, on a
    # new machine) before the clock starts
    banan.check("ক" * 40)
    t0 = time.process_time()
    found = banan.check(text)
    assert time.process_time() - t0 < 1.0
    assert [(d.code, d.start, d.end) for d in found] == [("SPELL001", 0, 40_000)]


def test_the_bound_leaves_real_words_alone() -> None:
    # A compound of known words, as long as the longest in the lexicon, is still analysed.
    assert len("বিশ্ববিদ্যালয়কেন্দ্রিক") < SETTINGS.longest_word
    assert [d.code for d in banan.check("বিশ্ববিদ্যালয়কেন্দ্রিক গবেষণা।")] == []


def test_a_slow_check_does_not_hold_up_another(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One thread's check judging a new word must not make another thread's check wait
    (a class-wide lock in functools.cached_property made every check queue behind it)."""
    entered, release = threading.Event(), threading.Event()
    sp = get_speller()
    real = sp.is_known

    def slow(word: str) -> bool:
        if word == "ধীরগতিশব্দ":
            entered.set()
            release.wait(20)
        return real(word)

    monkeypatch.setattr(sp, "is_known", slow)
    first = threading.Thread(target=banan.check, args=("ধীরগতিশব্দ",))
    first.start()
    try:
        assert entered.wait(20)
        done = threading.Event()
        second = threading.Thread(target=lambda: (banan.check("অন্যএকটিনতুনশব্দ"), done.set()))
        second.start()
        assert done.wait(10), "the second check waited for the first"
    finally:
        release.set()
        first.join(30)
