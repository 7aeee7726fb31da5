"""deadline.py: the time limit a check enforces on itself, per thread."""

import threading
import time

import pytest

from banan import deadline as module
from banan.deadline import CheckTimeout, check_deadline, deadline


def test_outside_a_deadline_nothing_is_timed():
    check_deadline()  # no deadline set: nothing raises


def test_a_deadline_past_its_time_stops_the_check_and_is_then_lifted():
    with pytest.raises(CheckTimeout), deadline(0.0):
        time.sleep(0.001)
        check_deadline()
    check_deadline()  # lifted on the way out, even by an exception
    assert module._set == 0


def test_a_nested_deadline_gives_back_the_outer_one():
    with deadline(60):
        with deadline(0.0):
            time.sleep(0.001)
            with pytest.raises(CheckTimeout):
                check_deadline()
        check_deadline()  # the outer deadline, 60 s away


def test_a_deadline_in_one_thread_does_not_stop_a_check_in_another():
    entered, done = threading.Event(), threading.Event()
    raised: list[BaseException] = []

    def other() -> None:
        entered.wait(5)
        try:
            check_deadline()  # a deadline is set, but in another thread
        except CheckTimeout as exc:
            raised.append(exc)
        done.set()

    thread = threading.Thread(target=other)
    thread.start()
    with deadline(0.0):
        time.sleep(0.001)
        entered.set()
        assert done.wait(5)
        with pytest.raises(CheckTimeout):
            check_deadline()
    thread.join(5)
    assert raised == []
