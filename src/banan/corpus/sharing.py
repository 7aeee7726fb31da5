"""What local workers learn about words outside the lexicon, shared among them.

Each worker judges a word the lexicon does not hold (is it a regular form, a compound,
a typo?) and ranks its suggestions once, then keeps the answer; without sharing, every
worker of a run works the same words out again. With a shared log, a worker hands what
it worked out in a partition back with that partition's result (`PartResult.learned`),
the run's process appends it to the log, and every worker reads what the others added
before its next partition (Speller.adopt). The answers are the same as the worker's own
would be: every worker runs the same code on the same lexicon.

The run's process is the log's only writer; a record is its length (4 bytes, little
endian) and a pickle of Speller.take_learned(). A worker reads whole records only and
remembers how far it has read. The log is a file in OUT (local workers only: Dask
workers may share no file system with the run), deleted at the end of the run (a run
killed with -9 leaves it, and the next run on OUT removes it). It stops growing at
LOG_LIMIT bytes: by then the words that recur are known to every worker.
"""

from __future__ import annotations

import os
import pickle
import struct
import tempfile
from pathlib import Path
from typing import BinaryIO

__all__ = ["LOG_LIMIT", "LOG_NAME", "SharedLog", "adopt_shared", "learned_payload", "start_sharing"]

LOG_LIMIT = 256 << 20
LOG_NAME = ".shared-words.tmp"  # in OUT, as a write in progress is named there
_LENGTH = struct.Struct("<I")


class SharedLog:
    """The run's side: a log the workers' learnings are appended to. Where it cannot be
    made, there is no sharing (`path` None): each worker judges its own words."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path: Path | None = None
        self._file: BinaryIO | None = None
        self._size = 0
        try:
            if folder is None:
                fd, name = tempfile.mkstemp(prefix="banan-learned-", suffix=".tmp")
                path = Path(name)
            else:  # OUT: a run killed with -9 leaves it, and the next run's Store.open removes it
                path = folder / LOG_NAME
                path.unlink(missing_ok=True)  # whatever stands there (a link: not what it points to)
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
                fd = os.open(path, flags, 0o600)
        except OSError:
            return
        self.path, self._file = path, os.fdopen(fd, "wb")

    def add(self, payload: bytes) -> None:
        if self._file is None or not payload or self._size + len(payload) > LOG_LIMIT:
            return
        self._file.write(_LENGTH.pack(len(payload)) + payload)
        self._file.flush()
        self._size += _LENGTH.size + len(payload)

    def close(self) -> None:
        if self._file is not None and self.path is not None:
            self._file.close()
            self.path.unlink(missing_ok=True)
            self._file = None


# A worker's side: the log it reads, and how far it has read it.
_log: Path | None = None
_read = 0


def start_sharing(path: str | None) -> None:
    """In a worker: read (and feed) the log at `path` from now on (None: no sharing)."""
    global _log, _read
    from ..spelling import speller

    _log, _read = (Path(path) if path else None), 0
    speller().record(_log is not None)


def adopt_shared() -> None:
    """In a worker, before a partition: adopt what the other workers added to the log."""
    global _read
    if _log is None:
        return
    from ..spelling import speller

    try:
        with open(_log, "rb") as f:
            f.seek(_read)
            while len(head := f.read(_LENGTH.size)) == _LENGTH.size:
                (length,) = _LENGTH.unpack(head)
                record = f.read(length)
                if len(record) < length:
                    break  # a record the run is still writing: read it next time
                speller().adopt(pickle.loads(record))  # noqa: S301 - our own run's log
                _read += _LENGTH.size + length  # one record in memory at a time
    except Exception:  # noqa: BLE001 - a log gone or garbled (another run on OUT): sharing is only a saving
        start_sharing(None)


def learned_payload() -> bytes:
    """In a worker, after a partition: what it worked out, for the log (b"": nothing)."""
    if _log is None:
        return b""
    from ..spelling import speller

    known, suggestions = speller().take_learned()
    if not known and not suggestions:
        return b""
    return pickle.dumps((known, suggestions), protocol=pickle.HIGHEST_PROTOCOL)
