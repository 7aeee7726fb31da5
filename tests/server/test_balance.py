"""Kept-alive connections spread evenly over a multi-worker server's workers."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil

from banan.server.balance import ConnectionTable

from .conftest import banan_serve


def test_table_sums_every_worker_and_gives_the_fair_share(tmp_path: Path) -> None:
    path = ConnectionTable.create(2)
    try:
        mine = ConnectionTable(path, 2)
        mine.set(5)
        assert mine.total() == 5
        assert mine.fair_share() == 3  # 5 connections on 2 workers: 3 at most
        # Another worker (a child process) claims its own slot and adds its connections.
        code = f"from banan.server.balance import ConnectionTable as T; t = T({path!r}, 2); t.set(2); print(t.slot)"
        other_slot = int(
            subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        )
        assert other_slot != mine.slot
        assert mine.total() == 7
        assert mine.fair_share() == 4
        mine.set(0)
        assert mine.fair_share() == 1
    finally:
        os.unlink(path)


def test_a_dead_workers_slot_is_taken_again(tmp_path: Path) -> None:
    path = ConnectionTable.create(1)  # 4 slots
    try:
        code = f"from banan.server.balance import ConnectionTable as T; t = T({path!r}, 1); t.set(9); print(t.slot)"
        slots = [
            int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(6)  # more workers than slots, one after another, each gone when the next starts
        ]
        assert slots == [0] * 6
        table = ConnectionTable(path, 1)
        assert table.slot == 0
        assert table.total() == 0  # the dead worker's count went with its slot
    finally:
        os.unlink(path)


def _per_worker(port: int, server_pid: int) -> list[int]:
    """Established connections to `port` held by each of the server's processes that holds any."""
    counts = []
    for child in psutil.Process(server_pid).children(recursive=True):
        try:
            conns = child.net_connections("tcp")
        except psutil.Error:
            continue
        counts.append(sum(1 for c in conns if c.status == psutil.CONN_ESTABLISHED and c.laddr.port == port))
    return sorted(c for c in counts if c)


def test_two_workers_end_up_with_half_the_connections_each(tmp_path: Path) -> None:
    """Eight clients on kept-alive connections: whatever split the kernel deals them,
    after a few requests each worker holds four. Three times over, since a chance
    split can be even by itself."""
    with banan_serve(tmp_path, "--workers", "2", "--warm-words", "0") as server:
        assert server.pid is not None
        port = int(server.url.rsplit(":", 1)[1])
        for _ in range(3):
            clients = [httpx.Client(base_url=server.url, timeout=30) for _ in range(8)]
            try:
                closed_last_round = -1
                for _ in range(40):  # rounds: each client sends one request
                    closed_last_round = 0
                    for c in clients:
                        r = c.post("/v2/check", data={"language": "bn-BD", "text": "আমি ভাত খাই।"})
                        assert r.status_code == 200
                        closed_last_round += r.headers.get("connection", "").lower() == "close"
                    if closed_last_round == 0:
                        break
                    time.sleep(0.05)  # let the closed connections go from the table
                assert closed_last_round == 0, "the workers never settled"
                time.sleep(0.2)
                assert _per_worker(port, server.pid) == [4, 4]
            finally:
                for c in clients:
                    c.close()
            time.sleep(0.3)


def test_a_table_left_by_a_killed_server_is_removed_by_the_next(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    folder = Path(tempfile.gettempdir())
    orphan = folder / f"banan-connections-{dead.pid}-test"
    living = folder / f"banan-connections-{os.getpid()}-test"
    orphan.write_bytes(bytes(8))
    living.write_bytes(bytes(8))
    path = ConnectionTable.create(2)
    try:
        assert not orphan.exists()
        assert living.exists()  # its server (this process) is alive
        assert Path(path).name.startswith(f"banan-connections-{os.getpid()}-")
    finally:
        for p in (path, living, orphan):
            Path(p).unlink(missing_ok=True)
