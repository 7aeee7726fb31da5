"""Kept-alive connections spread evenly over a multi-worker server's workers.

The workers share one listening socket, and the kernel hands each new connection to
whichever worker accepts first. Clients that keep their connection alive (every
LanguageTool client, the editor) stay with that worker for good, so a few busy clients
can end up on one worker while another idles: with 8 clients on 2 workers, splits of
6 and 2 are common, and the 6 wait three times as long as the 2.

Each worker writes how many connections it holds into its slot of a small shared
file (`ConnectionTable`); a worker holding more than its fair share (the total over
the workers, rounded up) answers the next request on one of them with `Connection:
close`, and the client's new connection goes to whichever worker accepts it. A worker
that gets it back over its share closes it again after one more answer, so the split
settles within a few requests and then stays put.
"""

from __future__ import annotations

import mmap
import os
import struct
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # no flock (Windows): the workers are not balanced, as uvicorn leaves them
    fcntl = None  # type: ignore[assignment]

__all__ = ["ENV_CONNECTION_TABLE", "ConnectionTable"]

ENV_CONNECTION_TABLE = "BANAN_CONNECTION_TABLE"
_SLOT = struct.Struct("<II")  # a worker's pid (0: free) and its open connections
_COUNT = struct.Struct("<I")
SLOTS_PER_WORKER = 4  # room for workers the supervisor starts again after a crash


_PREFIX = "banan-connections-"  # then the supervisor's pid


def _remove_orphans() -> None:
    folder = Path(tempfile.gettempdir())
    for path in folder.glob(f"{_PREFIX}*-*"):
        pid = path.name[len(_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            try:
                path.unlink()
            except OSError:  # another user's, or gone already
                pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: not one of ours, but alive
        return True
    return True


class ConnectionTable:
    """One worker's view of the shared table: its own slot to write, everyone's to sum."""

    def __init__(self, path: str, workers: int) -> None:
        self.workers = max(1, workers)
        with open(path, "r+b") as f:
            self._map = mmap.mmap(f.fileno(), 0)
            fcntl.flock(f, fcntl.LOCK_EX)  # workers start at the same time: one claims at a time
            try:
                self.slot = self._claim()
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    @staticmethod
    def create(workers: int) -> str | None:
        """A new, empty table for `workers` workers; the caller removes the file. Tables
        left by servers that were killed outright are removed first. None where the
        platform cannot lock a file (the workers then share connections as the kernel
        hands them out)."""
        if fcntl is None:
            return None
        _remove_orphans()
        fd, path = tempfile.mkstemp(prefix=f"{_PREFIX}{os.getpid()}-")
        with os.fdopen(fd, "wb") as f:
            f.write(bytes(_SLOT.size * SLOTS_PER_WORKER * max(1, workers)))
        return path

    def _claim(self) -> int:
        me = os.getpid()
        for i in range(len(self._map) // _SLOT.size):
            pid, _ = _SLOT.unpack_from(self._map, i * _SLOT.size)
            if pid == 0 or pid == me or not _alive(pid):  # free, or left by a worker that died
                _SLOT.pack_into(self._map, i * _SLOT.size, me, 0)
                return i
        raise RuntimeError("the connection table has no free slot")

    def set(self, connections: int) -> None:
        """This worker now holds `connections` open connections."""
        _COUNT.pack_into(self._map, self.slot * _SLOT.size + 4, connections)

    def total(self) -> int:
        return sum(count for pid, count in _SLOT.iter_unpack(self._map) if pid)

    def fair_share(self) -> int:
        """The most connections a worker should hold: the total over the workers, rounded up."""
        return -(-self.total() // self.workers)

    def close(self) -> None:
        _SLOT.pack_into(self._map, self.slot * _SLOT.size, 0, 0)
        self._map.close()
