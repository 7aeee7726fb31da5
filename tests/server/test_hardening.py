"""Hostile requests: bounded time, memory and answers; the word lists guarded; no
worker or connection outlives its welcome."""

from __future__ import annotations

import json
import logging
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from banan.deadline import CheckTimeout
from banan.server.app import create_app
from banan.server.dictionary import MAX_WORDS_PER_USER, TEAM, DictionaryError, WordStore
from banan.server.protocol import SENTENCE_CHARS
from banan.server.settings import Settings

from .conftest import ADMIN_KEY, free_port, make_client, serving_in_a_thread

RINA = {"username": "rina", "apiKey": "k-rina"}


def check(client: TestClient, text: str, **extra: str) -> httpx.Response:
    return client.post("/v2/check", data={"language": "bn-BD", "text": text, **extra})


# -- 1. one long word ---------------------------------------------------------------
def test_one_long_word_is_answered_quickly(client: TestClient) -> None:
    t0 = time.process_time()
    r = check(client, "ক" * 100_000)
    assert r.status_code == 200
    assert time.process_time() - t0 < 5  # was 27 s and 4.4 GB
    assert [m["rule"]["id"] for m in r.json()["matches"]] == ["BN_SPELL001_SPELLING_RULE"]


def test_a_check_in_a_thread_does_not_hold_up_other_requests(tmp_path: Path) -> None:
    """A text longer than the inline limit is checked off the event loop: while it is
    being checked, the server answers other requests."""
    settings = Settings(dictionary=str(tmp_path / "w.sqlite3"), warm_words=0)
    app = create_app(settings)
    api = app.state.api
    entered, release = threading.Event(), threading.Event()
    real = api._check

    def slow(req, seconds=None):  # type: ignore[no-untyped-def]
        if "ধীর" in req.document.plain:
            entered.set()
            release.wait(20)
        return real(req, seconds)

    api._check = slow
    with serving_in_a_thread(app) as url:
        slow_request = threading.Thread(
            target=httpx.post,
            args=(f"{url}/v2/check",),
            kwargs={"data": {"language": "bn", "text": "ধীর " * (settings.inline_text // 4 + 1)}, "timeout": 30},
        )
        slow_request.start()
        try:
            assert entered.wait(20)
            r = httpx.post(f"{url}/v2/check", data={"language": "bn", "text": "সে যায় ।"}, timeout=5)
            assert r.status_code == 200
        finally:
            release.set()
            slow_request.join(30)


def test_a_short_text_that_outruns_the_loops_time_is_checked_in_a_thread(tmp_path: Path) -> None:
    """A text short enough for the event loop that takes longer than inline_seconds (made-up
    words: each is judged and given suggestions) stops there and is checked again in a
    thread, in full: meanwhile the server answers other requests."""
    settings = Settings(dictionary=str(tmp_path / "w.sqlite3"), warm_words=0)
    app = create_app(settings)
    api = app.state.api
    entered, release = threading.Event(), threading.Event()
    real = api._check
    budgets: list[float | None] = []

    def slow(req, seconds=None):  # type: ignore[no-untyped-def]
        if "ধীর" in req.document.plain:
            budgets.append(seconds)
            if seconds is not None:  # on the loop: as if past the time it is given there
                raise CheckTimeout
            entered.set()
            release.wait(20)
        return real(req, seconds)

    api._check = slow
    answer: list[httpx.Response] = []
    with serving_in_a_thread(app) as url:
        slow_request = threading.Thread(
            target=lambda: answer.append(
                httpx.post(f"{url}/v2/check", data={"language": "bn", "text": "ধীর কৃসক।"}, timeout=30)
            )
        )
        slow_request.start()
        try:
            assert entered.wait(20)  # in its thread now
            r = httpx.post(f"{url}/v2/check", data={"language": "bn", "text": "সে যায় ।"}, timeout=5)
            assert r.status_code == 200
        finally:
            release.set()
            slow_request.join(30)
    assert budgets == [settings.inline_seconds, None]
    assert [m["rule"]["id"] for m in answer[0].json()["matches"]] == [
        "BN_SPELL001_SPELLING_RULE"
    ]  # কৃসক (কৃষক, farmer), in full


def test_made_up_words_hold_the_loop_no_longer_than_its_time(tmp_path: Path) -> None:
    """A short text of made-up words (about 0.3 s to check) is answered in full, and the
    try on the event loop gave up at its limit."""
    with make_client(tmp_path) as client:
        api = client.app.state.api
        real, tries = api._check, []

        def timed(req, seconds=None):  # type: ignore[no-untyped-def]
            start = time.monotonic()
            try:
                return real(req, seconds)
            finally:
                tries.append((seconds, time.monotonic() - start))

        api._check = timed
        text = _made_up_words(400)[: api.settings.inline_text]
        r = client.post("/v2/check", data={"language": "bn", "text": text})
        assert r.status_code == 200 and len(r.json()["matches"]) > 100
    (budget, on_loop), (in_thread, _) = tries
    assert budget == api.settings.inline_seconds and in_thread is None
    assert on_loop < budget + 0.1  # it stopped at its limit (the check looks at the clock between words)


def _made_up_words(n: int) -> str:
    rng = random.Random()  # words this process has not judged yet
    letters = [chr(c) for c in range(0x0995, 0x09B9)]
    words = ["".join(rng.choice(letters) + rng.choice("ািেোু") for _ in range(rng.randint(2, 4))) for _ in range(n)]
    return " ".join(words)


def test_a_check_past_its_time_limit_stops_working(tmp_path: Path) -> None:
    """The 413 for a check past the limit comes in time, and the check's thread stops
    too, instead of going on using a core after the answer."""
    with make_client(tmp_path, check_timeout=0.5) as c:
        api = c.app.state.api  # type: ignore[attr-defined]
        real, finished = api._check, threading.Event()

        def watched(req, seconds=None):  # type: ignore[no-untyped-def]
            try:
                return real(req, seconds)
            finally:
                finished.set()

        api._check = watched
        t0 = time.monotonic()
        r = check(c, _made_up_words(8_000))  # seconds of work: each word is new, and gets suggestions
        assert r.status_code == 413 and "longer than this server's limit of 0.5 s" in r.text
        assert time.monotonic() - t0 < 5
        assert finished.wait(5), "the abandoned check went on working"


# -- 2. response amplification --------------------------------------------------------
def test_the_answer_grows_linearly_with_the_text(client: TestClient) -> None:
    # Doubled spaces and no sentence end: every match used to repeat the whole text.
    sizes = [len(check(client, "সে  " * n).content) for n in (500, 1000, 2000)]
    assert sizes[2] < 2.3 * sizes[1] < 2.3 * 2.3 * sizes[0]
    assert sizes[2] < 400 * len("সে  " * 2000)
    matches = check(client, "সে  " * 2000).json()["matches"]
    assert len(matches) > 2000 and max(len(m["sentence"]) for m in matches) == SENTENCE_CHARS
    # The sentence around the match holds it.
    m = matches[1000]
    offset = m["offset"]
    assert m["sentence"] in "সে  " * 2000 and len(m["sentence"]) == SENTENCE_CHARS
    assert ("সে  " * 2000).find(m["sentence"], max(0, offset - SENTENCE_CHARS)) <= offset


def test_an_answer_over_the_limit_is_a_clear_413(tmp_path: Path) -> None:
    with make_client(tmp_path, max_response_bytes=50_000) as c:
        assert check(c, "সে  " * 10).status_code == 200
        r = check(c, "সে  " * 2000)
        assert r.status_code == 413 and "larger than this server's limit of 50000 bytes" in r.text


# -- 3. lone surrogates ---------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        '{"annotation": [{"text": "\\ud800  ক"}]}',
        '{"annotation": [{"text": "সে  যায়"}, {"markup": "<\\udfff>"}]}',
    ],
)
def test_a_lone_surrogate_is_a_clear_400(client: TestClient, data: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        r = client.post("/v2/check", data={"language": "bn", "data": data})
    assert r.status_code == 400 and "surrogate" in r.text and "'data'" in r.text, r.text
    assert not [rec for rec in caplog.records if rec.exc_info]  # no traceback in the log


def test_a_lone_surrogate_in_a_form_field_is_a_clear_400(client: TestClient) -> None:
    for body in (b"language=bn&text=%ED%A0%80", "language=bn&text=\ud800".encode("utf-8", "surrogatepass")):
        r = client.post("/v2/check", content=body, headers={"content-type": "application/x-www-form-urlencoded"})
        assert r.status_code == 400 and r.text.startswith("Error: "), r.text


# -- 5. the word lists ----------------------------------------------------------------
def test_a_wrong_key_and_an_unknown_user_get_the_same_answer(client: TestClient) -> None:
    assert client.post("/v2/words/add", data={"word": "ক", **RINA}).status_code == 200
    answers = []
    for who in ({"username": "rina", "apiKey": "wrong"}, {"username": "nobody", "apiKey": "wrong"}):
        listed = client.get("/v2/words", params=who)
        checked = check(client, "সে যায়।", **who)
        answers.append((listed.status_code, listed.text, checked.status_code, checked.text))
    assert answers[0] == answers[1] == (200, '{"words":[]}', 200, answers[0][3])
    # The right key still has its words; a wrong key's writes go to a list of its own.
    assert client.post("/v2/words/add", data={"word": "খ", "username": "rina", "apiKey": "wrong"}).status_code == 200
    assert client.get("/v2/words", params=RINA).json() == {"words": ["ক"]}


def test_writes_are_limited_per_client(tmp_path: Path) -> None:
    with make_client(tmp_path, write_burst=5, write_rate=0.001) as c:
        for i in range(5):
            form = {"word": f"ক{i}", "username": f"u{i}", "apiKey": "k"}
            assert c.post("/v2/words/add", data=form).status_code == 200
        r = c.post("/v2/words/add", data={"word": "খ", "username": "another", "apiKey": "k"})
        assert r.status_code == 429 and "try again" in r.text
        r = c.post("/v2/words/add", data={"mode": "batch", "words": "গ ঘ", **RINA})
        assert r.status_code == 429
        assert check(c, "সে যায়।").status_code == 200  # checking is not limited


def test_a_personal_dictionary_is_bounded(tmp_path: Path) -> None:
    store = WordStore(tmp_path / "w.sqlite3")
    mine = store.user_dict("rina", "k")
    store.add(mine, [f"ক{i}" for i in range(MAX_WORDS_PER_USER)])
    with pytest.raises(DictionaryError):
        store.add(mine, ["খ"])
    store.add(TEAM, ["খ"])  # the team's list has a larger bound


def test_cors_is_for_checking_only(client: TestClient) -> None:
    origin = {"Origin": "https://example.org"}
    preflight = {**origin, "Access-Control-Request-Method": "POST"}
    r = client.options("/v2/check", headers=preflight)
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
    assert check(client, "সে যায় ।", **{}).status_code == 200
    assert (
        client.post("/v2/check", data={"language": "bn", "text": "x"}, headers=origin).headers[
            "access-control-allow-origin"
        ]
        == "*"
    )
    for path in ("/v2/words/add", "/v2/words/delete", "/v2/words"):
        r = client.options(path, headers=preflight)
        assert "access-control-allow-origin" not in r.headers, path
        r = client.post(path, data={"word": "ক", **RINA}, headers=origin)
        assert "access-control-allow-origin" not in r.headers, path


def test_writes_from_a_page_of_another_origin_are_refused(client: TestClient) -> None:
    # A form POST from another site needs no preflight: the browser sends it, with its Origin.
    for origin in ("https://evil.example", "null", "http://localhost:9999"):
        r = client.post("/v2/words/add", data={"word": "ক", **RINA}, headers={"Origin": origin})
        assert r.status_code == 403 and "another origin" in r.text, origin
    assert client.get("/v2/words", params=RINA).json() == {"words": []}
    # The editor's own page (same origin), and clients that send no Origin, may write.
    assert client.post("/v2/words/add", data={"word": "ক", **RINA}, headers={"Origin": "http://localhost"}).json() == {
        "added": True
    }
    assert client.post("/v2/words/delete", data={"word": "ক", **RINA}).json() == {"deleted": True}


def test_the_host_header_is_checked(tmp_path: Path) -> None:
    with make_client(tmp_path) as c:  # bound to 127.0.0.1
        for host in ("localhost:8081", "127.0.0.1:8081", "[::1]:8081", "localhost"):
            assert c.get("/v2/languages", headers={"Host": host}).status_code == 200, host
        for host in ("evil.example:8081", "evil.example", "127.0.0.1.evil.example", ""):
            r = c.get("/v2/languages", headers={"Host": host})
            assert r.status_code == 400 and "Host" in r.text, host
    with make_client(tmp_path, allowed_hosts=("banan.example.org",)) as c:
        assert c.get("/v2/languages", headers={"Host": "banan.example.org"}).status_code == 200
        assert c.get("/v2/languages", headers={"Host": "localhost"}).status_code == 400
    with make_client(tmp_path, host="0.0.0.0") as c:
        assert c.get("/v2/languages", headers={"Host": "anything.example"}).status_code == 200


def test_the_editor_has_security_headers(client: TestClient) -> None:
    r = client.get("/")
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
    assert check(client, "সে যায়।").headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/editor.js").headers["x-content-type-options"] == "nosniff"


def test_keys_are_not_in_the_access_log(threaded_server) -> None:  # type: ignore[no-untyped-def]
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    access = logging.getLogger("uvicorn.access")
    handler, level = Keep(), access.level
    access.addHandler(handler)
    access.setLevel(logging.INFO)
    try:
        httpx.get(f"{threaded_server.url}/v2/words", params={"username": "u", "apiKey": "SECRET-KEY-1"})
        httpx.get(f"{threaded_server.url}/v2/check?language=bn&text=x&password=SECRET-KEY-2&username=u")
    finally:
        access.removeHandler(handler)
        access.setLevel(level)
    assert any("/v2/words" in r for r in records) and any("/v2/check" in r for r in records)
    assert not [r for r in records if "SECRET-KEY" in r]


# -- 6. processes and connections -----------------------------------------------------
def _start(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "banan",
        "serve",
        "--port",
        str(port),
        "--isolated",
        "--warm-words",
        "0",
        "--dictionary",
        str(tmp_path / "words.sqlite3"),
        "--log-level",
        "warning",
        *extra,
    ]
    proc = subprocess.Popen(
        cmd,
        env={**os.environ, "BANAN_ADMIN_KEY": ADMIN_KEY},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    deadline = time.monotonic() + 90
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v2/healthcheck", timeout=2).status_code == 200:
                return proc, port
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("banan serve did not start")
        time.sleep(0.2)


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_workers_stop_when_their_supervisor_is_killed(tmp_path: Path) -> None:
    proc, port = _start(tmp_path, "--workers", "2")
    try:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(5)
        deadline = time.monotonic() + 15
        while _port_open(port) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _port_open(port), "the workers went on serving after their supervisor was killed"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_half_open_and_idle_connections_are_closed(tmp_path: Path) -> None:
    proc, port = _start(tmp_path, "--header-timeout", "1")
    try:
        idle, half = socket.create_connection(("127.0.0.1", port)), socket.create_connection(("127.0.0.1", port))
        half.sendall(b"POST /v2/check HTTP/1.1\r\nHost: localhost\r\nContent-")  # and nothing more
        for s in (idle, half):
            s.settimeout(10)
            t0 = time.monotonic()
            assert s.recv(1024) == b""  # closed by the server
            assert time.monotonic() - t0 < 5
            s.close()
        # A request that completes in time is answered, and the server still serves.
        r = httpx.post(f"http://127.0.0.1:{port}/v2/check", data={"language": "bn", "text": "সে যায় ।"})
        assert r.status_code == 200 and json.loads(r.text)["matches"]
    finally:
        proc.terminate()
        proc.wait(15)
