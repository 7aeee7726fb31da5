"""Connections and processes: no request or worker outlives its welcome.

uvicorn closes a kept-alive connection that stays idle, but not one that never sends a
complete request (a client that opens a connection and sends nothing, or half a
request line): such connections would be held for ever. `HttpProtocol` closes a
connection when the line and headers of a request have not all arrived within
`Settings.header_timeout` of its opening or of the previous answer. (The body has its
own limit, `Settings.read_timeout`, in the app.)

A multi-worker server's workers are child processes of a supervisor; if the supervisor
is killed outright (kill -9), nothing tells them, and they go on serving the port.
`watch_parent` makes a worker stop when its supervisor is gone.

In a multi-worker server, `HttpProtocol` also keeps each worker's share of the open
connections even (see balance.py).
"""

from __future__ import annotations

import asyncio
import ctypes
import os
import signal
import sys
import threading
import time
from typing import Any

from .balance import ENV_CONNECTION_TABLE, ConnectionTable
from .settings import Settings

__all__ = ["ENV_SUPERVISOR", "HttpProtocol", "watch_parent"]

ENV_SUPERVISOR = "BANAN_SUPERVISOR_PID"
PR_SET_PDEATHSIG = 1

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _Base

    _BALANCES = True
except ImportError:  # httptools is optional for uvicorn: its pure-Python h11 protocol
    from uvicorn.protocols.http.h11_impl import H11Protocol as _Base  # type: ignore[assignment]

    _BALANCES = False  # (h11's requests are read differently; its workers are not balanced)

_header_timeout: float | None = None
_table: ConnectionTable | None = None  # None in a server of one worker
_table_looked_for = False
_closing = 0  # this worker's connections told to close after their answer, not yet closed


def _timeout() -> float:
    global _header_timeout
    if _header_timeout is None:  # each worker reads its settings once (see Settings.from_env)
        _header_timeout = Settings.from_env().header_timeout
    return _header_timeout


def _connection_table() -> ConnectionTable | None:
    """This worker's slot in the table the supervisor made, if it made one."""
    global _table, _table_looked_for
    if not _table_looked_for:
        path = os.environ.get(ENV_CONNECTION_TABLE)
        workers = Settings.from_env().workers
        _table_looked_for = True
        if path and workers > 1:
            try:
                _table = ConnectionTable(path, workers)
            except (OSError, ValueError, RuntimeError) as exc:  # the worker serves on, unbalanced
                print(f"banan serve: no connection balancing in worker {os.getpid()}: {exc}", file=sys.stderr)
    return _table


class HttpProtocol(_Base):  # type: ignore[misc, valid-type]
    """uvicorn's HTTP protocol with a deadline for each request's line and headers and,
    with several workers, no more than its share of the open connections."""

    _deadline: asyncio.TimerHandle | None = None
    _told_to_close = False

    def connection_made(self, transport: Any) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()
        table = _connection_table()
        if table is not None:
            table.set(len(self.connections))

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._keep_share()

    def _keep_share(self) -> None:
        """Over this worker's share of the connections, the request just read is
        answered with Connection: close, and the client's next connection may go to a
        worker with fewer. Decided once the data at hand is parsed (before its answer
        starts), and never while requests sent ahead wait on this connection."""
        table = _connection_table()
        cycle = self.cycle
        if table is None or cycle is None or self._told_to_close or not _BALANCES:
            return
        if not cycle.keep_alive or cycle.response_started or self.pipeline:
            return
        global _closing
        if len(self.connections) - _closing > table.fair_share():
            cycle.keep_alive = False
            self._told_to_close = True
            _closing += 1

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()  # the next request's headers, on a kept-alive connection

    def connection_lost(self, exc: Exception | None) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        super().connection_lost(exc)
        table = _connection_table()
        if table is not None:
            table.set(len(self.connections))
        if self._told_to_close:
            global _closing
            self._told_to_close = False
            _closing -= 1

    def _arm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline = self.loop.call_later(_timeout(), self._expire)

    def _expire(self) -> None:
        self._deadline = None
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete:
            return  # a request's headers arrived: it is being answered
        if not self.transport.is_closing():
            self.transport.close()


def watch_parent(supervisor: int) -> None:
    """Stop this worker (SIGTERM, then exit) when the supervisor process is gone. On
    Linux the kernel sends the signal (PR_SET_PDEATHSIG); a thread that polls the
    parent's pid does it elsewhere, and covers a supervisor that died before the call."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == supervisor:
            time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGTERM)  # uvicorn's graceful shutdown
        time.sleep(10)
        os._exit(1)  # it did not finish

    threading.Thread(target=watch, name="banan-parent-watch", daemon=True).start()
