"""Answers worked out once per machine for every lexicon word, memory-mapped afterwards.

Judging a word costs tens of microseconds in Python (its morphology, its "twin" in the
web list), and every process would otherwise judge each new word it meets once more.
For the words of the lexicon the answers are computed once, in one pass over the
lexicon, and saved as numpy arrays aligned with the lexicon's word ids in the lexicon's
cache folder; later processes map them without numpy (npyfile.py: well under a
millisecond, and only the pages a text touches are read). A word outside the lexicon is
judged as before.

The tables:

- the speller's own verdicts (`speller_tables`): whether each word is known as it
  stands (`Speller.is_known`) and its dominant twin (`Speller.dominant_twin`);
- `word_flags(name, version, predicate)`: a generic hook for callers (the rules) with a
  per-word yes/no verdict of their own: `predicate(word)` is computed for every lexicon
  word once, and the returned lookup answers True/False for a lexicon word and None for
  any other word (the caller computes that one itself);
- `word_keys(name, version, function)`: the same for a short string key per word;
- `lexicon_tables(name, version, build, valid)`: arrays a caller works out from the
  whole lexicon (the suggestion search's frequency weights and its words by skeleton),
  built by `build` once and mapped afterwards.

Each table's file name carries a key of everything its answers depend on: the lexicon
(whose folder is keyed by its sources), the source of the spelling package and of the
data files, the speller's settings, the accepted words, and the caller's `version`
(`source_version(module, ...)` makes one from the code of the caller's modules). A
change to any of them makes a new key, so a stale table is never read; it is built
again on first use. Building takes a pass over the lexicon (about 10-20 s for the
speller's verdicts); concurrent processes wait for the one that builds.

`ENABLED = False` (before the first check) turns the tables off: a measurement that
patches the speller's methods must not read, or write, verdicts of the unpatched code.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Protocol

from .npyfile import open_table

if TYPE_CHECKING:
    import numpy as np

    from .lexicon import Lexicon
    from .speller import Speller

__all__ = [
    "ENABLED",
    "KNOWN",
    "SOFT",
    "SpellerTables",
    "lexicon_tables",
    "source_version",
    "speller_tables",
    "text_file",
    "word_flags",
    "word_keys",
    "word_set",
]

log = logging.getLogger("banan")

ENABLED = True
FORMAT = 1  # bump when the layout of the tables changes
KNOWN, SOFT = 1, 2  # bits of SpellerTables.flags: is_known; the twin is a soft one (Judge.twin_is_soft)
NO_TWIN = -1

_PACKAGE = Path(__file__).resolve().parent.parent  # src/banan


class Array(Protocol):
    """A table as read back (npyfile.Table) or as just built (a numpy array): its shape,
    its entries as a memoryview, its bytes."""

    @property
    def shape(self) -> tuple[int, ...]: ...

    @property
    def data(self) -> memoryview: ...

    def tobytes(self) -> bytes: ...


_NOT_VERDICTS = frozenset({"command.py"})  # spelling modules no verdict runs (`banan lexicon`)


def _files_of(paths: Iterable[Path]) -> Iterator[Path]:
    for path in sorted(paths):
        if (
            path.suffix in (".py", ".txt", ".tsv", ".toml", ".json")
            and path.name not in _NOT_VERDICTS
            and path.is_file()
        ):
            yield path


def source_version(*modules: ModuleType | str | Path) -> str:
    """A version string for answers computed by the code of `modules` (module objects or
    paths): a hash of every file of theirs, of the spelling package and of the data files
    (word lists, the standard-spelling table) by name, size and modification time (as
    Python's bytecode cache tells a changed source, without reading a byte of it), and of
    the speller's settings. Answers that depend on the lexicon too get that from the
    table's folder."""
    from .settings import SETTINGS

    h = hashlib.sha256(f"{FORMAT}\n{SETTINGS!r}\n".encode())
    stamps = dict(_package_stamps())
    paths = {Path(m.__file__ or "") if isinstance(m, ModuleType) else Path(m) for m in modules}
    stamps.update((path, _stamp(path)) for path in _files_of(paths - stamps.keys()))
    for path in sorted(stamps):
        h.update(stamps[path])
    return h.hexdigest()[:16]


def _stamp(path: Path) -> bytes:
    st = path.stat()
    return f"{path.name}\0{st.st_size}\0{st.st_mtime_ns}\0".encode()


@cache
def _package_stamps() -> dict[Path, bytes]:
    """The stamps of the spelling package's files and the data files, read once per
    process (a process runs the code it imported, whatever changes on disk later)."""
    paths = {*_PACKAGE.joinpath("spelling").iterdir(), *_PACKAGE.joinpath("data").iterdir()}
    return {path: _stamp(path) for path in _files_of(paths)}


def word_set(
    name: str, version: str, build: Callable[[], Iterable[str]], lexicon: Lexicon | None = None
) -> frozenset[str]:
    """A set of words that is costly to work out (the সাধু forms the verb paradigms
    generate), built once per machine and kept beside the lexicon as a text file, one word
    a line, under `name` and `version` (as for `word_flags`); read back in milliseconds."""
    text = text_file(f"words-{name}", version, lambda: "\n".join(sorted(frozenset(build()))), lexicon)
    return frozenset(text.split("\n")) - {""}


def text_file(name: str, version: str, build: Callable[[], str], lexicon: Lexicon | None = None) -> str:
    """A text that is costly to work out, built once per machine and kept beside the
    lexicon under `name` and `version` (as for `word_flags`): read back whole, for the
    caller to split in C (str.split, dict(zip(...))) rather than line by line."""
    lex = lexicon or _default_lexicon()
    stem = f"{name}-{_key(name, version)}"
    path = lex.folder / f"{stem}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    text = build()
    try:
        _drop_stale(lex.folder, stem)
        _atomic(path, lambda f: f.write(text.encode("utf-8")))
    except OSError as exc:  # a folder this user cannot write: the text lives for this process
        log.debug("banan: %s not kept (%s)", path, exc)
    return text


def _key(name: str, version: str) -> str:
    return hashlib.sha256(f"{name}\n{version}".encode()).hexdigest()[:16]


@contextmanager
def _locked(folder: Path, key: str) -> Iterator[None]:
    """Hold a lock on `key` in `folder` (where the platform has flock): of several
    processes that find a table missing, one builds it and the others wait for it."""
    try:
        import fcntl
    except ImportError:  # no flock (Windows): each process may build; the rename keeps it atomic
        yield
        return
    with open(folder / f".{key}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _load_or_build(
    folder: Path, stem: str, build: Callable[[], dict[str, np.ndarray]], valid: Callable[[dict[str, Array]], bool]
) -> dict[str, Array]:
    """The arrays saved as `stem`.<name>.npy in `folder`, built and saved first if missing
    or damaged (unreadable, or not `valid`). Saved atomically (a temporary file renamed,
    the list of names last); a folder that cannot be written keeps the arrays in memory
    for this process only."""
    names_file = folder / f"{stem}.names"

    def mapped() -> dict[str, Array] | None:
        if not names_file.is_file():
            return None
        try:
            names = names_file.read_text(encoding="utf-8").split()
            arrays: dict[str, Array] = {n: open_table(folder / f"{stem}.{n}.npy") for n in names}
        except (OSError, ValueError) as exc:  # ValueError: not an array as numpy saves one
            log.warning("the precomputed table %s in %s is damaged (%s): building it again", stem, folder, exc)
            return None
        if names and valid(arrays):
            return arrays
        log.warning("the precomputed table %s in %s does not fit the lexicon: building it again", stem, folder)
        return None

    found = mapped()
    if found is not None:
        return found
    import numpy as np

    arrays: dict[str, np.ndarray] | None = None
    try:
        with _locked(folder, stem):
            found = mapped()  # another process may have built it while this one waited
            if found is not None:
                return found
            arrays = build()
            for n, values in arrays.items():
                _atomic(folder / f"{stem}.{n}.npy", lambda f, v=values: np.save(f, v))
            _atomic(names_file, lambda f: f.write(" ".join(arrays).encode()))  # written last: the table is complete
            _drop_stale(folder, stem)
    except OSError as exc:
        log.warning(
            "cannot save the precomputed table %s in %s (%s): kept for this process only",
            stem,
            folder,
            exc.strerror or exc,
        )
        return dict(arrays if arrays is not None else build())
    return mapped() or dict(arrays)


# Versions of one table kept side by side: the current one and the two built most recently
# before it. Two installs of banan that share the cache folder (a pre-commit hook's and an
# editor's) have two keys; with only the current one kept, each would rebuild its tables
# (10-20 s) every time the other had run.
_VERSIONS_KEPT = 3


def _drop_stale(folder: Path, stem: str) -> None:
    """Remove the tables of the same name under other keys (older code or settings, or
    another install), but for the `_VERSIONS_KEPT` - 1 built last: each change of the code
    would otherwise leave one behind. A process still mapping one keeps its pages."""
    prefix = stem.rsplit("-", 1)[0] + "-"
    others: dict[str, list[Path]] = {}
    for path in folder.iterdir():
        name = path.name.lstrip(".")
        if name.startswith(prefix) and not name.startswith(stem) and len(name.split(".")[0]) == len(stem):
            others.setdefault(name.split(".")[0], []).append(path)

    def built(paths: list[Path]) -> float:
        return max((p.stat().st_mtime for p in paths if p.exists()), default=0.0)

    by_age = sorted(others.values(), key=built, reverse=True)
    for paths in by_age[_VERSIONS_KEPT - 1 :]:
        for path in paths:
            path.unlink(missing_ok=True)


def _atomic(path: Path, write: Callable) -> None:
    # Opened as any new file is (the umask decides its mode, as for the lexicon's files).
    import secrets

    tmp = path.with_name(f".tmp-{os.getpid()}-{secrets.token_hex(4)}-{path.name}")
    try:
        with open(tmp, "xb") as f:
            write(f)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _each_word(lexicon: Lexicon) -> Iterator[tuple[str, int]]:
    """(word, id) for every lexicon word, in id order (the pages of the tables fill in turn)."""
    restore = lexicon.words.restore_key
    for i in range(len(lexicon.words)):
        yield restore(i), i


_speller_lexicon: list[Lexicon] = []  # the lexicon of the last speller given tables


def _default_lexicon() -> Lexicon:
    """The default speller's lexicon (`banan.spelling.speller()` gives it tables first),
    else the compiled lexicon opened afresh."""
    if _speller_lexicon:
        return _speller_lexicon[-1]
    from .lexicon import Lexicon

    return Lexicon.load()


# -- the generic hook -------------------------------------------------------------------


def word_flags(
    name: str, version: str, predicate: Callable[[str], object], lexicon: Lexicon | None = None
) -> Callable[[str], bool | None]:
    """`lookup(word)`: `bool(predicate(word))` for a lexicon word, read from a table
    computed once per machine for every lexicon word; None for a word the lexicon does
    not hold (the caller judges it itself). `name` names the verdict; `version` must
    change whenever the predicate's answers may (`source_version(module, ...)` of the
    modules it runs). The predicate must depend on the word alone: no text, no user
    settings. `lexicon`: the speller's by default. With ENABLED false, every word gets
    None."""
    if not ENABLED:
        return lambda word: None
    lex = lexicon or _default_lexicon()

    def build() -> dict[str, np.ndarray]:
        import numpy as np

        log.info("judging every lexicon word once for %r (%d words)", name, len(lex))
        flags = np.zeros(len(lex), dtype=np.uint8)
        for word, i in _each_word(lex):
            if predicate(word):
                flags[i] = 1
        return {"flags": flags}

    flags = _load_or_build(
        lex.folder, f"flags-{name}-{_key(name, version)}", build, lambda a: a["flags"].shape == (len(lex),)
    )["flags"]
    get, at = lex.words.get, flags.data  # a memoryview: indexing it returns a plain int

    def lookup(word: str) -> bool | None:
        i = get(word)
        return None if i is None else at[i] == 1

    return lookup


def word_keys(
    name: str, version: str, function: Callable[[str], str | None], lexicon: Lexicon | None = None
) -> Callable[[str], str | None]:
    """`lookup(word)`: `function(word) or ""` for a lexicon word, read from a table computed
    once per machine for every lexicon word (`function` returns a short string key, or
    None for none: "" then); None for a word the lexicon does not hold. The same rules
    as for word_flags apply to `name`, `version` and `function`. The distinct keys are
    kept in a MARISA trie beside an array of each word's key id."""
    if not ENABLED:
        return lambda word: None
    import marisa_trie

    lex = lexicon or _default_lexicon()
    stem = f"keys-{name}-{_key(name, version)}"

    def build() -> dict[str, np.ndarray]:
        import numpy as np

        log.info("keying every lexicon word once for %r (%d words)", name, len(lex))
        found = [(i, function(word) or "") for word, i in _each_word(lex)]
        keys = marisa_trie.Trie({k for _, k in found if k})
        ids = np.full(len(lex), -1, dtype=np.int32)
        for i, k in found:
            if k:
                ids[i] = keys[k]
        # The trie travels as a byte array beside the ids, saved and mapped like them.
        return {"ids": ids, "trie": np.frombuffer(keys.tobytes(), dtype=np.uint8)}

    arrays = _load_or_build(lex.folder, stem, build, lambda a: a["ids"].shape == (len(lex),) and "trie" in a)
    keys = marisa_trie.Trie().frombytes(arrays["trie"].tobytes())
    get, ids, restore = lex.words.get, arrays["ids"].data, keys.restore_key

    def lookup(word: str) -> str | None:
        i = get(word)
        if i is None:
            return None
        k = ids[i]
        return "" if k < 0 else restore(k)

    return lookup


def lexicon_tables(
    name: str,
    version: str,
    build: Callable[[], dict[str, np.ndarray]],
    valid: Callable[[dict[str, Array]], bool],
    lexicon: Lexicon | None = None,
) -> dict[str, Array]:
    """The arrays `build()` works out from the whole lexicon (one-dimensional numpy arrays
    by name), saved beside the lexicon once per machine under `name` and `version` (as
    for word_flags) and mapped afterwards: read as memoryviews (`.data`), without numpy.
    A saved set that is not `valid` is built again. With ENABLED false, built in memory
    for this process."""
    if not ENABLED:
        return dict(build())
    lex = lexicon or _default_lexicon()
    return _load_or_build(lex.folder, f"tables-{name}-{_key(name, version)}", build, valid)


# -- the speller's verdicts ------------------------------------------------------------


class SpellerTables:
    """The speller's verdicts on every lexicon word: `flags` (KNOWN, SOFT bits) and
    `twins` (the dominant twin's word id, NO_TWIN for none), by word id."""

    __slots__ = ("flags", "id_of", "twins", "word_of")

    def __init__(self, lexicon: Lexicon, flags: Array, twins: Array) -> None:
        if flags.shape != (len(lexicon),) or twins.shape != (len(lexicon),):
            raise ValueError("precomputed speller tables do not match the lexicon")
        self.id_of = lexicon.words.get  # a word's id, None outside the lexicon
        # A word by its id from the trie: a microsecond, where the lexicon's flat table
        # of words costs milliseconds to decode on its first use.
        self.word_of = lexicon.words.restore_key
        self.flags = flags.data  # memoryviews: plain ints on indexing, no numpy scalars
        self.twins = twins.data

    def known(self, i: int) -> bool:
        """Speller.is_known of the word with id i."""
        return bool(self.flags[i] & KNOWN)

    def twin(self, i: int) -> tuple[str | None, bool]:
        """Judge.twin_of of the word with id i: its dominant twin and whether that is soft."""
        t = self.twins[i]
        return (None if t == NO_TWIN else self.word_of(t)), bool(self.flags[i] & SOFT)


def speller_version(speller: Speller) -> str:
    """What the speller's verdicts depend on besides the lexicon: the spelling code and
    data, the settings, and the words the speller accepts whatever the lists say."""
    accepted = hashlib.sha256("\n".join(sorted(speller.accepted)).encode()).hexdigest()
    return f"{source_version()}-{accepted[:16]}"


def speller_tables(speller: Speller) -> SpellerTables | None:
    """The precomputed verdicts for `speller`'s lexicon and configuration, built with the
    speller itself on first use (it must not use tables yet); None when ENABLED is false."""
    if not ENABLED:
        return None
    lexicon = speller.lexicon

    def build() -> dict[str, np.ndarray]:
        import numpy as np

        log.info("judging every lexicon word once (%d words, 10-20 s)", len(lexicon))
        flags = np.zeros(len(lexicon), dtype=np.uint8)
        twins = np.full(len(lexicon), NO_TWIN, dtype=np.int32)
        get = lexicon.words.get
        for word, i in _each_word(lexicon):
            twin, soft = speller.judge.twin_of(word)
            flags[i] = (KNOWN if speller.is_known(word) else 0) | (SOFT if soft else 0)
            if twin is not None:
                tid = get(twin)
                if tid is None:  # every twin is a lexicon word; were one not, the table could not hold it
                    raise ValueError(f"twin {twin!r} of {word!r} is not a lexicon word")
                twins[i] = tid
        speller.forget()  # the pass filled the per-process caches with every word
        return {"flags": flags, "twins": twins}

    _speller_lexicon[:] = [lexicon]
    name = "speller"
    arrays = _load_or_build(
        lexicon.folder,
        f"{name}-{_key(name, speller_version(speller))}",
        build,
        lambda a: a["flags"].shape == a["twins"].shape == (len(lexicon),),
    )
    return SpellerTables(lexicon, arrays["flags"], arrays["twins"])
