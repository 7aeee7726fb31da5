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


class CheckTimeout(Exception):
    """The check ran past its deadline."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Checks in this thread, inside the block, stop with CheckTimeout after `seconds`."""
    before = getattr(_local, "at", None)
    _local.at = time.monotonic() + seconds
    try:
        yield
    finally:
        _local.at = before


def check_deadline() -> None:
    at = getattr(_local, "at", None)
    if at is not None and time.monotonic() > at:
        raise CheckTimeout
