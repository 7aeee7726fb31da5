from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.testclient import TestClient

import banan.config
import banan.rules
import banan.server.app
from banan.diagnostics import Applicability
from banan.rules import Hit, Rule
from banan.rules.base import replace
from banan.server.app import create_app
from banan.server.settings import Settings

ADMIN_KEY = "team-admin-key"

# -- a spelling rule for tests only ------------------------------------------------
# Spelling rules live elsewhere; this one lets the tests exercise what the server does
# with any rule of the SPELL family (ids, issue type, dictionary words). It flags one
# made-up word and deliberately ignores the `words` it is given, so that the server's
# own dictionary filter is what silences it; it records those words for the tests.
TEST_MISSPELLING = "ভুলবানান"
TEST_CORRECTION = "সঠিক"
TEST_SPELLING_CODE = "SPELL999"
TEST_SPELLING_ID = f"BN_{TEST_SPELLING_CODE}_SPELLING_RULE"
seen_words: list[frozenset[str]] = []


def _test_spelling(text: str, ctx) -> Iterator[Hit]:  # type: ignore[no-untyped-def]
    seen_words.append(ctx.words)
    for m in re.finditer(TEST_MISSPELLING, text):
        yield Hit(
            m.start(),
            m.end(),
            "বানানটি অভিধানে নেই (test rule)",
            (replace(m.start(), m.end(), TEST_CORRECTION, Applicability.UNSAFE),),
        )


TEST_SPELLING_RULE = Rule(
    code=TEST_SPELLING_CODE,
    name="test-only-spelling",
    summary="Test only: one made-up misspelled word",
    explanation="Registered by the server tests only.",
    check=_test_spelling,
)


@pytest.fixture
def spelling_rule(monkeypatch: pytest.MonkeyPatch) -> Rule:
    """Registers the test-only spelling rule for apps created after it."""
    rules = (*banan.rules.all_rules(), TEST_SPELLING_RULE)
    monkeypatch.setattr(banan.config, "all_rules", lambda: rules)
    monkeypatch.setattr(banan.server.app, "all_rules", lambda: rules)
    seen_words.clear()
    return TEST_SPELLING_RULE


def make_client(tmp_path: Path, **settings: object) -> TestClient:
    options = {"dictionary": str(tmp_path / "words.sqlite3"), "admin_key": ADMIN_KEY, "warm_words": 0, **settings}
    app = create_app(Settings(**options))  # type: ignore[arg-type]
    return TestClient(app, base_url="http://localhost", raise_server_exceptions=False)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with make_client(tmp_path) as c:
        yield c


# -- real servers on loopback ------------------------------------------------------
@dataclass
class LiveServer:
    url: str
    dictionary: Path
    pid: int | None = None  # the server's process, when it runs in one of its own


@contextmanager
def serving_in_a_thread(app: Any) -> Iterator[str]:
    """`app` served by uvicorn in a thread of the test process, on a free loopback port:
    its URL, until the block ends."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture
def threaded_server(tmp_path: Path, spelling_rule: Rule) -> Iterator[LiveServer]:
    """uvicorn in a thread of the test process (so the test rule is registered)."""
    dictionary = tmp_path / "words.sqlite3"
    app = create_app(Settings(dictionary=str(dictionary), admin_key=ADMIN_KEY, warm_words=0))
    with serving_in_a_thread(app) as url:
        yield LiveServer(url, dictionary)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def banan_serve(tmp_path: Path, *options: str, env: dict[str, str] | None = None) -> Iterator[LiveServer]:
    """`banan serve` as a user runs it, in a subprocess on a free loopback port, until it
    answers /v2/healthcheck; stopped on exit."""
    port = free_port()
    dictionary = tmp_path / "words.sqlite3"
    cmd = [sys.executable, "-m", "banan", "serve", "--port", str(port), "--isolated",
           "--dictionary", str(dictionary), "--log-level", "warning", *options]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=tmp_path)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90  # a loaded machine starts two workers slowly
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"banan serve exited: {proc.stdout.read().decode() if proc.stdout else ''}")
            try:
                if httpx.get(f"{url}/v2/healthcheck", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("banan serve did not start in 90 s")
            time.sleep(0.1)
        yield LiveServer(url, dictionary, proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[LiveServer]:
    """`banan serve --workers 2`, with the team dictionary's admin key."""
    with banan_serve(tmp_path, "--workers", "2", env={**os.environ, "BANAN_ADMIN_KEY": ADMIN_KEY}) as server:
        yield server
