"""Word lists in SQLite: each user's own dictionary and the team dictionary.

One database file serves every worker process. WAL mode lets readers go on while one
writer commits; writes take the write lock up front (BEGIN IMMEDIATE) and wait for it
(busy_timeout), so concurrent adds from several workers are all kept. Reads use a
connection of their own and never wait behind a write: a check reads the word lists,
and a write that waits for the file's lock (another process holding it) must not hold
up checks. Each dictionary has a generation number that every write bumps, so a worker
re-reads a word list only after it changed (one small query per check otherwise).

Users are identified by `username` + `apiKey`, as in LanguageTool, but no account is
kept: the pair names the dictionary (a keyed hash of both, with a secret kept in the
database), so a wrong key and an unknown user get the same answer, a dictionary of
their own, and nothing tells whether a username is in use. Dictionaries of an older
version, kept under the username with the first key it used, stay with that key.
"""

from __future__ import annotations

import builtins
import hashlib
import hmac
import os
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path

__all__ = ["TEAM", "DictionaryError", "WordStore", "user_dict"]

TEAM = "team"
MAX_WORD_CHARS = 100
MAX_WORDS_PER_DICT = 100_000  # the team dictionary
MAX_WORDS_PER_USER = 10_000  # a personal dictionary: far more than anyone adds by hand
MAX_WORDS_IN_ALL = 1_000_000  # every dictionary together: the file stays small
BUSY_TIMEOUT_MS = 10_000
READ_TIMEOUT_MS = 250  # a read that still cannot go on uses the words it read before

_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    username TEXT PRIMARY KEY,
    salt BLOB NOT NULL,
    key_hash BLOB NOT NULL,
    created REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS words (
    dict TEXT NOT NULL,
    word TEXT NOT NULL,
    added REAL NOT NULL,
    PRIMARY KEY (dict, word)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS generations (
    dict TEXT PRIMARY KEY,
    generation INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;
"""


class DictionaryError(ValueError):
    """A word or request the dictionary refuses; the message is for the client."""


def user_dict(username: str) -> str:
    """The dictionary of a user of an older version (kept under the username)."""
    return f"user:{username}"


def clean_word(word: str) -> str:
    """The stored form of a word (NFC), or DictionaryError."""
    word = unicodedata.normalize("NFC", word)
    if not word:
        raise DictionaryError("'word' must not be empty")
    if any(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in word):
        raise DictionaryError(f"'word' must not contain white space or control characters: {word!r}")
    if len(word) > MAX_WORD_CHARS:
        raise DictionaryError(f"'word' is longer than {MAX_WORD_CHARS} characters")
    return word


def _hash_key(salt: bytes, key: str) -> bytes:
    return hmac.new(salt, key.encode("utf-8"), hashlib.sha256).digest()


class WordStore:
    """The dictionaries of one server, in one SQLite file. Thread-safe."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()  # the write connection
        self._db = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None
        )
        self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")  # durable at checkpoints; safe in WAL mode
        with self._write():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            self._db.execute("INSERT OR IGNORE INTO secrets (name, value) VALUES ('user', ?)", (os.urandom(32),))
            (self._secret,) = self._db.execute("SELECT value FROM secrets WHERE name = 'user'").fetchone()
        # Reads: a connection and a lock of their own, and a short wait for the file.
        self._read_lock = threading.Lock()
        self._reader = sqlite3.connect(
            self.path, timeout=READ_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None
        )
        self._reader.execute(f"PRAGMA busy_timeout = {READ_TIMEOUT_MS}")
        self._cache: dict[str, tuple[int, frozenset[str]]] = {}

    def close(self) -> None:
        with self._lock:
            self._db.close()
        with self._read_lock:
            self._reader.close()

    # -- transactions -------------------------------------------------------------
    class _Tx:
        def __init__(self, db: sqlite3.Connection, lock: threading.Lock, immediate: bool) -> None:
            self.db, self.lock, self.immediate = db, lock, immediate

        def __enter__(self) -> sqlite3.Connection:
            self.lock.acquire()
            try:
                self.db.execute("BEGIN IMMEDIATE" if self.immediate else "BEGIN")
            except BaseException:
                self.lock.release()
                raise
            return self.db

        def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
            try:
                self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
            finally:
                self.lock.release()

    def _write(self) -> WordStore._Tx:
        return WordStore._Tx(self._db, self._lock, immediate=True)

    def _read(self) -> WordStore._Tx:
        return WordStore._Tx(self._reader, self._read_lock, immediate=False)

    # -- users --------------------------------------------------------------------
    def user_dict(self, username: str, api_key: str) -> str:
        """The dictionary that `username` with `api_key` reads and writes. A username an
        older version registered keeps its dictionary for the key it registered; any
        other pair has one of its own (empty until words are added), so no answer tells
        a wrong key from an unknown user."""
        with self._read() as db:
            row = db.execute("SELECT salt, key_hash FROM users WHERE username = ?", (username,)).fetchone()
        if row is not None and hmac.compare_digest(_hash_key(row[0], api_key), row[1]):
            return user_dict(username)
        pair = username.encode("utf-8") + b"\0" + api_key.encode("utf-8")
        return "key:" + hmac.new(self._secret, pair, hashlib.sha256).hexdigest()

    # -- words --------------------------------------------------------------------
    def add(self, dict_name: str, words: Iterable[str]) -> int:
        """Add words (already cleaned); returns how many were new."""
        rows = [(dict_name, w, time.time()) for w in words]
        most = MAX_WORDS_PER_DICT if dict_name == TEAM else MAX_WORDS_PER_USER
        with self._write() as db:
            (count,) = db.execute("SELECT count(*) FROM words WHERE dict = ?", (dict_name,)).fetchone()
            if count + len(rows) > most:
                raise DictionaryError(f"a dictionary holds at most {most} words")
            (total,) = db.execute("SELECT count(*) FROM words").fetchone()
            if total + len(rows) > MAX_WORDS_IN_ALL:
                raise DictionaryError(f"this server keeps at most {MAX_WORDS_IN_ALL} words in all its dictionaries")
            before = db.total_changes
            db.executemany("INSERT OR IGNORE INTO words (dict, word, added) VALUES (?, ?, ?)", rows)
            added = db.total_changes - before
            if added:
                self._bump(db, dict_name)
        return added

    def delete(self, dict_name: str, words: Iterable[str]) -> int:
        """Remove words; returns how many were there."""
        with self._write() as db:
            before = db.total_changes
            db.executemany("DELETE FROM words WHERE dict = ? AND word = ?", [(dict_name, w) for w in words])
            deleted = db.total_changes - before
            if deleted:
                self._bump(db, dict_name)
        return deleted

    @staticmethod
    def _bump(db: sqlite3.Connection, dict_name: str) -> None:
        db.execute(
            "INSERT INTO generations (dict, generation) VALUES (?, 1) "
            "ON CONFLICT (dict) DO UPDATE SET generation = generation + 1",
            (dict_name,),
        )

    def list(self, dict_name: str, offset: int = 0, limit: int = 10) -> list[str]:
        with self._read() as db:
            rows = db.execute(
                "SELECT word FROM words WHERE dict = ? ORDER BY word LIMIT ? OFFSET ?", (dict_name, limit, offset)
            ).fetchall()
        return [r[0] for r in rows]

    def accepted(self, dict_names: Iterable[str]) -> frozenset[str]:
        """Every word of the given dictionaries, re-read only where one changed."""
        names = list(dict.fromkeys(dict_names))  # in order, without repeats
        if not names:
            return frozenset()
        marks = ",".join("?" * len(names))
        try:
            return self._accepted(names, marks)
        except sqlite3.OperationalError:
            # The file stayed locked (another program holds it): the words read before.
            return frozenset().union(*(self._cache.get(n, (0, frozenset()))[1] for n in names))

    def _accepted(self, names: builtins.list[str], marks: str) -> frozenset[str]:
        with self._read() as db:
            generations = dict(
                db.execute(f"SELECT dict, generation FROM generations WHERE dict IN ({marks})", names).fetchall()
            )
            stale = [n for n in names if self._cache.get(n, (None,))[0] != generations.get(n, 0)]
            for name in stale:
                words = frozenset(r[0] for r in db.execute("SELECT word FROM words WHERE dict = ?", (name,)))
                self._cache[name] = (generations.get(name, 0), words)
            parts = [self._cache[n][1] for n in names]
        if len(parts) == 1:
            return parts[0]
        return frozenset().union(*parts)
