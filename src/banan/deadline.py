"""A time limit a check enforces on itself.

A server runs a long check in a thread, and a Python thread cannot be stopped from
outside: a check abandoned after its time limit would go on using a core. Under
`deadline(seconds)` the engine looks at the clock between findings and between the
words it judges, and raises CheckTimeout once the time is up. Outside it (the CLI, the
library) nothing is timed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["CheckTimeout", "check_deadline", "deadline"]

_local = threading.local()
# How many deadlines are set, in all threads: while none is, check_deadline reads one
# global and returns (it is called between the rules and the words of every check).
_set = 0
_counting = threading.Lock()


class CheckTimeout(Exception):
    """The check ran past its deadline."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Checks in this thread, inside the block, stop with CheckTimeout after `seconds`."""
    global _set
    before = getattr(_local, "at", None)
    _local.at = time.monotonic() + seconds
    with _counting:
        _set += 1
    try:
        yield
    finally:
        with _counting:
            _set -= 1
        _local.at = before


def check_deadline() -> None:
    if not _set:
        return
    at = getattr(_local, "at", None)
    if at is not None and time.monotonic() > at:
        raise CheckTimeout
