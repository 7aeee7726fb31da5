"""Word lists: the SQLite store, the /v2/words endpoints, and their effect on checks."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from banan.server.dictionary import TEAM, DictionaryError, WordStore, clean_word, user_dict

from . import conftest
from .conftest import ADMIN_KEY, TEST_MISSPELLING, TEST_SPELLING_ID, LiveServer, make_client

USER = {"username": "rina", "apiKey": "k-rina"}
TEXT = f"আমি {TEST_MISSPELLING} লিখি।"


# -- the store ----------------------------------------------------------------------
def test_store_add_list_delete(tmp_path: Path) -> None:
    store = WordStore(tmp_path / "w.sqlite3")
    d = user_dict("rina")
    assert store.add(d, ["খ", "ক"]) == 2
    assert store.add(d, ["ক"]) == 0
    assert store.list(d) == ["ক", "খ"]
    assert store.list(d, offset=1, limit=5) == ["খ"]
    assert store.accepted([d, TEAM]) == {"ক", "খ"}
    assert store.delete(d, ["ক", "গ"]) == 1
    assert store.accepted([d]) == {"খ"}
    assert store.list(user_dict("other")) == []
    # WAL mode, so readers in other workers are not blocked by a writer.
    with sqlite3.connect(tmp_path / "w.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_sees_writes_of_another_connection(tmp_path: Path) -> None:
    a, b = WordStore(tmp_path / "w.sqlite3"), WordStore(tmp_path / "w.sqlite3")
    assert a.accepted([TEAM]) == frozenset()
    b.add(TEAM, ["নতুন"])
    assert a.accepted([TEAM]) == {"নতুন"}  # the cached list is re-read after a change
    b.delete(TEAM, ["নতুন"])
    assert a.accepted([TEAM]) == frozenset()


def test_words_are_cleaned() -> None:
    assert clean_word("য়") == "য়"  # stored in NFC
    for bad in ("", "দুই শব্দ", "ক\tখ", "ক\x00", "ক" * 101):
        with pytest.raises(DictionaryError):
            clean_word(bad)


def test_the_username_and_key_name_the_dictionary(tmp_path: Path) -> None:
    store = WordStore(tmp_path / "w.sqlite3")
    mine = store.user_dict("rina", "k1")
    assert mine == store.user_dict("rina", "k1") == WordStore(tmp_path / "w.sqlite3").user_dict("rina", "k1")
    assert len({mine, store.user_dict("rina", "k2"), store.user_dict("rin", "ak1"), store.user_dict("rina", "")}) == 4
    assert "rina" not in mine and "k1" not in mine
    # Another file has another secret: the names say nothing outside their file.
    assert WordStore(tmp_path / "other.sqlite3").user_dict("rina", "k1") != mine


def test_a_user_of_the_old_scheme_keeps_its_words_with_its_key(tmp_path: Path) -> None:
    import hashlib
    import hmac

    path = tmp_path / "w.sqlite3"
    store = WordStore(path)
    salt = b"0123456789abcdef"
    with sqlite3.connect(path) as db:  # as an older version registered a username
        db.execute(
            "INSERT INTO users VALUES (?, ?, ?, 0)", ("rina", salt, hmac.new(salt, b"k1", hashlib.sha256).digest())
        )
    store.add(user_dict("rina"), ["ক"])
    assert store.user_dict("rina", "k1") == user_dict("rina")
    assert store.accepted([store.user_dict("rina", "k1")]) == {"ক"}
    assert store.user_dict("rina", "wrong") != user_dict("rina")


def test_writes_do_not_hold_up_reads(tmp_path: Path) -> None:
    """Another program holds the file's write lock: an add waits for it, and checks,
    which read the word lists, go on meanwhile (they waited behind the add, 10 s)."""
    import time

    path = tmp_path / "w.sqlite3"
    store = WordStore(path)
    store.add(TEAM, ["ক"])
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the lock, held
    writer = threading.Thread(target=lambda: _try_add(store))
    writer.start()
    time.sleep(0.3)  # the add is now waiting for the lock
    try:
        t0 = time.monotonic()
        assert store.accepted([TEAM]) == {"ক"}
        assert store.list(TEAM) == ["ক"]
        assert time.monotonic() - t0 < 2
    finally:
        other.execute("ROLLBACK")
        other.close()
        writer.join(30)
    assert store.accepted([TEAM]) == {"ক", "খ"}


def _try_add(store: WordStore) -> None:
    store.add(TEAM, ["খ"])


def _add_many(path: str, prefix: str, n: int) -> None:
    store = WordStore(path)
    for i in range(n):
        store.add(TEAM, [f"{prefix}{i}"])


def test_concurrent_writers_in_two_processes_keep_every_word(tmp_path: Path) -> None:
    path = str(tmp_path / "w.sqlite3")
    WordStore(path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_add_many, args=(path, prefix, 150)) for prefix in ("ক", "খ")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert len(WordStore(path).accepted([TEAM])) == 300


# -- the endpoints --------------------------------------------------------------------
def spelling_ids(client: TestClient, **extra: str) -> list[str]:
    r = client.post("/v2/check", data={"language": "bn", "text": TEXT, **extra})
    assert r.status_code == 200, r.text
    return [m["rule"]["id"] for m in r.json()["matches"] if m["rule"]["issueType"] == "misspelling"]


def test_a_word_added_is_accepted_on_the_next_check(tmp_path: Path, spelling_rule) -> None:
    with make_client(tmp_path) as c:
        assert spelling_ids(c, **USER) == [TEST_SPELLING_ID]
        r = c.post("/v2/words/add", data={"word": TEST_MISSPELLING, **USER})
        assert r.status_code == 200 and r.json() == {"added": True}
        assert c.get("/v2/words", params=USER).json() == {"words": [TEST_MISSPELLING]}
        assert spelling_ids(c, **USER) == []
        # The words reached the engine too, for rules that consult them.
        assert TEST_MISSPELLING in conftest.seen_words[-1]
        # Only for that user: anonymous checks and other users still see the flag.
        assert spelling_ids(c) == [TEST_SPELLING_ID]
        assert spelling_ids(c, username="other", apiKey="x") == [TEST_SPELLING_ID]
        r = c.post("/v2/words/delete", data={"word": TEST_MISSPELLING, **USER})
        assert r.json() == {"deleted": True}
        assert spelling_ids(c, **USER) == [TEST_SPELLING_ID]


def test_team_dictionary_needs_the_admin_key_and_applies_to_everyone(tmp_path: Path, spelling_rule) -> None:
    with make_client(tmp_path) as c:
        r = c.post("/v2/words/add", data={"word": TEST_MISSPELLING, "dict": "team", **USER})
        assert r.status_code == 403 and "admin key" in r.text
        r = c.post("/v2/words/add", data={"word": TEST_MISSPELLING, "dict": "team", "apiKey": ADMIN_KEY})
        assert r.status_code == 200 and r.json() == {"added": True}
        assert spelling_ids(c) == []
        assert spelling_ids(c, **USER) == []
        assert c.get("/v2/words", params={"dicts": "team", **USER}).json() == {"words": [TEST_MISSPELLING]}
        r = c.post("/v2/words/delete", data={"word": TEST_MISSPELLING, "dict": "team", "apiKey": ADMIN_KEY})
        assert r.json() == {"deleted": True}
        assert spelling_ids(c) == [TEST_SPELLING_ID]
    with make_client(tmp_path, admin_key=None) as c:
        r = c.post("/v2/words/add", data={"word": "ক", "dict": "team", "apiKey": "anything"})
        assert r.status_code == 403 and "read-only" in r.text


def test_batch_add(client: TestClient) -> None:
    r = client.post("/v2/words/add", data={"mode": "batch", "words": "ক খ  গ", **USER})
    assert r.json() == {"added": True}
    assert client.get("/v2/words", params={**USER, "limit": "2"}).json() == {"words": ["ক", "খ"]}


@pytest.mark.parametrize(
    ("method", "path", "params", "status", "fragment"),
    [
        ("post", "/v2/words/add", {"word": "ক"}, 400, "needs a user id"),
        ("post", "/v2/words/add", {"username": "rina"}, 400, "Missing 'word'"),
        ("post", "/v2/words/add", {"word": "দুই শব্দ", **USER}, 400, "white space"),
        ("post", "/v2/words/add", {"word": "ক", "dict": "mine", **USER}, 400, "Unknown dictionary"),
        ("post", "/v2/words/add", {"mode": "batch", **USER}, 400, "Missing 'words'"),
        ("get", "/v2/words", {"dict": "team", **USER}, 400, "Use parameter 'dicts'"),
        ("get", "/v2/words", {"limit": "x", **USER}, 400, "'limit' must be a number"),
    ],
)
def test_word_request_errors(
    client: TestClient, method: str, path: str, params: dict[str, str], status: int, fragment: str
) -> None:
    assert client.post("/v2/words/add", data={"word": "ক", **USER}).status_code == 200  # registers rina
    r = client.get(path, params=params) if method == "get" else client.post(path, data=params)
    assert r.status_code == status and r.text.startswith("Error: ") and fragment in r.text, r.text


def test_words_endpoints_want_their_methods(client: TestClient) -> None:
    client.post("/v2/words/add", data={"mode": "batch", "words": "ক খ গ", **USER})
    # POST too (it keeps the key out of URLs and logs).
    assert client.post("/v2/words", data=USER).json() == {"words": ["ক", "খ", "গ"]}
    r = client.get("/v2/words/add", params={"word": "ক", **USER})
    assert r.status_code == 405 and r.text == "Error: /v2/words/add needs a POST request"
    # Listing needs no registration: a user nobody has added words for has none.
    assert client.get("/v2/words", params={"username": "new", "apiKey": "x"}).json() == {"words": []}
    assert client.get("/v2/words", params={"dicts": "team"}).json() == {"words": []}


def test_two_clients_adding_at_once_to_a_two_worker_server(served: LiveServer) -> None:
    """`banan serve --workers 2`: two clients add words at the same time; all are kept."""
    errors: list[str] = []

    def add(prefix: str) -> None:
        with httpx.Client(base_url=served.url, timeout=30) as http:
            for i in range(40):
                r = http.post("/v2/words/add", data={"word": f"{prefix}{i}", **USER})
                if r.status_code != 200:
                    errors.append(r.text)

    threads = [threading.Thread(target=add, args=(p,)) for p in ("ক", "খ")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    listed = httpx.get(f"{served.url}/v2/words", params={**USER, "limit": "1000"}).json()["words"]
    assert len(listed) == 80 and len(set(listed)) == 80
    # And the server answers checks, with its workers sharing the file.
    r = httpx.post(f"{served.url}/v2/check", data={"language": "bn", "text": "সে যায় ।"})
    assert [m["rule"]["id"] for m in r.json()["matches"]] == ["BN_SPACE001"]


def test_real_spelling_rule_word_added_is_accepted_on_the_next_check(client) -> None:  # type: ignore[no-untyped-def]
    """With banan's own SPELL001: an unknown name is a misspelling clients can add to a
    dictionary; once added for a user, that user's next check (and its inflections) pass."""
    params = {"language": "bn", "text": "গ্রুশেঙ্কো বললেন, গ্রুশেঙ্কোর দল জিতবে।", **USER}
    matches = client.post("/v2/check", data=params).json()["matches"]
    spelling = [m for m in matches if m["rule"]["id"] == "BN_SPELL001_SPELLING_RULE"]
    assert [m["offset"] for m in spelling] == [0]
    assert spelling[0]["rule"]["issueType"] == "misspelling"
    assert client.post("/v2/words/add", data={"word": "গ্রুশেঙ্কো", **USER}).status_code == 200
    matches = client.post("/v2/check", data=params).json()["matches"]
    assert [m for m in matches if "SPELLING" in m["rule"]["id"]] == []
    other = {"language": "bn", "text": params["text"], "username": "someone-else", "apiKey": "k2"}
    assert any("SPELLING" in m["rule"]["id"] for m in client.post("/v2/check", data=other).json()["matches"])
