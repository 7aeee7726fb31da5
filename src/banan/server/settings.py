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
    # Texts up to this many code points (about 1,000 words, a few milliseconds of checking:
    # checks are linear in the text) are checked on the event loop, where a hop to a
    # thread and back would cost more than the check under load; longer ones run in a
    # worker thread under check_timeout.
    inline_text: int = 8_000
    # Each worker checks this many of the lexicon's most frequent words at start (about
    # 1 s), so that the verdicts it keeps on common words exist before the first
    # request (the in-process test servers pass 0).
    warm_words: int = 30_000
    allow_origin: str = "*"  # Access-Control-Allow-Origin; "" sends none
    admin_key: str | None = None  # team dictionary key; from BANAN_ADMIN_KEY when None

    @property
    def request_limit(self) -> int:
        return self.max_request_bytes or self.max_text_length * 12 + 65_536

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
        return cls(**{k: v for k, v in data.items() if k in known})
