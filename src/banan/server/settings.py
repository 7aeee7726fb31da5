"""Server settings: limits, where the dictionary lives, which rules run.

Worker processes get the settings through one environment variable (JSON), since a
multi-worker server imports the app afresh in each worker. The admin key is read from
BANAN_ADMIN_KEY in each process and never written anywhere.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

__all__ = ["ENV_ADMIN_KEY", "ENV_SETTINGS", "Settings", "default_dictionary_path"]

ENV_SETTINGS = "BANAN_SERVER_SETTINGS"
ENV_ADMIN_KEY = "BANAN_ADMIN_KEY"


def default_dictionary_path() -> str:
    """$XDG_DATA_HOME/banan/dictionary.sqlite3 (~/.local/share/banan/... by default)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(base) / "banan" / "dictionary.sqlite3")


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8081
    workers: int = 1
    dictionary: str = ""  # SQLite file; "" means default_dictionary_path()
    config: str | None = None  # banan.toml / pyproject.toml choosing the rules; None: all rules
    max_text_length: int = 100_000  # UTF-16 code units of checked text, as LanguageTool counts
    max_request_bytes: int = 0  # 0: derived from max_text_length (percent-encoded Bengali is 9 bytes a letter)
    check_timeout: float = 10.0  # seconds for one check (the text limit keeps checks far below this)
    read_timeout: float = 30.0  # seconds to receive a request body
    # Texts up to this many code points (about 750 words) are checked first on the event
    # loop, within inline_seconds. A hop to a thread and back costs about 0.15 ms of CPU,
    # and more as the check's tables move between cores: on the loop, a new 300-word
    # paragraph (about 5 ms) costs 0.2-0.5 ms less CPU and its p99 at 8 clients falls
    # (bench/bench_server.py --cold). A text that needs longer (made-up words take about
    # 0.4 s at this length) stops at that limit and is checked again in a worker thread
    # under check_timeout, as longer texts are, so that the loop goes on answering other
    # requests meanwhile: it holds the loop for inline_seconds at most.
    inline_text: int = 5_000
    inline_seconds: float = 0.025
    # Each worker checks this many of the lexicon's most frequent words at start (about
    # 1 s), so that the verdicts it keeps on common words exist before the first
    # request (the in-process test servers pass 0).
    warm_words: int = 30_000
    allow_origin: str = "*"  # Access-Control-Allow-Origin on /v2/check and /v2/languages; "" sends none
    # Host header names accepted (see security.default_allowed_hosts); empty: derived from `host`.
    allowed_hosts: tuple[str, ...] = ()
    write_rate: float = 2.0  # words a second each client address may add or delete ...
    write_burst: float = 1_000.0  # ... after this many at once (one full batch)
    max_response_bytes: int = 0  # 0: derived from max_text_length (see response_limit)
    check_threads: int = 4  # checks of long texts running at once in threads
    keep_alive_timeout: int = 5  # seconds an idle connection is kept open
    header_timeout: float = 10.0  # seconds for a request's line and headers to arrive
    admin_key: str | None = None  # team dictionary key; from BANAN_ADMIN_KEY when None

    @property
    def request_limit(self) -> int:
        return self.max_request_bytes or self.max_text_length * 12 + 65_536

    @property
    def response_limit(self) -> int:
        """The largest /v2/check answer, in bytes: 200 bytes for each code point of the
        longest text (a match takes about 1 KB: a real text, with a problem every few
        words, needs far less; a flood of errors on every other character, more)."""
        return self.max_response_bytes or self.max_text_length * 200 + 1_000_000

    @property
    def hosts_allowed(self) -> tuple[str, ...]:
        from .security import default_allowed_hosts

        return self.allowed_hosts or default_allowed_hosts(self.host)

    @property
    def dictionary_path(self) -> str:
        return self.dictionary or default_dictionary_path()

    def team_key(self) -> str | None:
        return self.admin_key or os.environ.get(ENV_ADMIN_KEY) or None

    def to_env(self) -> str:
        data = asdict(self)
        data.pop("admin_key")  # secrets stay in their own variable
        return json.dumps(data)

    @classmethod
    def from_env(cls) -> Settings:
        raw = os.environ.get(ENV_SETTINGS)
        if not raw:
            return cls()
        data = json.loads(raw)
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in data.items() if k in known}
        if "allowed_hosts" in data:
            data["allowed_hosts"] = tuple(data["allowed_hosts"])
        return cls(**data)
