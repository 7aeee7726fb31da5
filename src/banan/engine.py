"""The engine: text in, diagnostics out. Pure: no files, no printing.

`check` runs the selected rules; `fix` applies fixes up to a threshold until nothing
more applies; `normalize` repairs the encoding only (the NORM family, safe fixes,
then NFC), which is what a corpus pipeline wants before anything else.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from .config import Config
from .diagnostics import Applicability, Diagnostic
from .fixes import apply_fixes, fix_loop, run_rules
from .normalizer import normalize

__all__ = ["apply_fixes", "check", "fix", "normalize", "warm_up"]


# The default selection is built on first use, not at import: resolving a selector
# loads every rule module, which `import banan` should not pay for.
@cache
def default_config() -> Config:
    return Config()


def __getattr__(name: str) -> Config:
    if name == "DEFAULT_CONFIG":  # the default Config, built on first access
        return default_config()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _words(config: Config, words: Collection[str]) -> frozenset[str]:
    return config.words | frozenset(words) if words else config.words


def check(text: str, config: Config | None = None, *, words: Collection[str] = ()) -> list[Diagnostic]:
    """Every problem the selected rules find, sorted by position then code.

    `words` are accepted as correctly spelled for this call (a user's dictionary),
    on top of the words the configuration accepts."""
    if not isinstance(text, str):
        raise TypeError(f"check() wants str, not {type(text).__name__}")
    config = config or default_config()
    return run_rules(text, config.rules, _words(config, words))


def fix(text: str, config: Config | None = None, unsafe: bool = False, *, words: Collection[str] = ()) -> str:
    """The text with every safe fix applied (and unsafe ones too with `unsafe=True`),
    repeated until no more apply."""
    return fix_count(text, config, unsafe, words=words)[0]


def fix_count(
    text: str, config: Config | None = None, unsafe: bool = False, *, words: Collection[str] = ()
) -> tuple[str, int]:
    """Like `fix`, also returning how many fixes were applied."""
    threshold = Applicability.UNSAFE if unsafe else Applicability.SAFE
    config = config or default_config()
    return fix_loop(text, config.rules, threshold, _words(config, words))


# A text that touches every lazily loaded part: the lexicon, the standard-spelling table,
# suggestions, the gazetteer, consistency groups and the Unicode rules.
_WARM_UP_TEXT = "সরকারী পতিবেদক জারমানিতে গেলেন। খামেনি বলেন, খামেনেয়ী আসেননি। কারন ক্রমশঃ বাড়ছে ।"


def warm_up(config: Config | None = None, vocabulary: int = 0) -> None:
    """Load everything a first check would load, so a server's or a worker's first real
    text is not the slow one. With `vocabulary`, also check that many of the lexicon's
    most frequent words (in texts of 500), so that the verdicts on common words that
    each process keeps are there before the first real text (about 1 s per 30,000)."""
    check(_WARM_UP_TEXT, config)
    if vocabulary > 0:
        from .spelling import speller

        words = speller().lexicon.most_frequent(vocabulary)
        for i in range(0, len(words), 500):
            check(" ".join(words[i : i + 500]), config)
