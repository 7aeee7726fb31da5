"""The lexicon: every known Bengali word with its frequency, compiled once and cached.

Words live in a MARISA trie (a compact, memory-mapped static trie); a word's key id
indexes numpy arrays of its frequency (Zipf x 100) and the sources it came from, and
its text in a flat table (a slice of it is a word some ten times faster than the trie
restores a key). The suggestion index (skeletons, with their own text table, and their
one-deletion neighbours, see `Lexicon.near_skeletons`) is built at the same time. The compiled form is written to the user cache folder and
memory-mapped from there afterwards (as memoryviews, without numpy: see npyfile.py),
which takes a few milliseconds.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import zlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, overload

import marisa_trie

from ..lazy import lazy
from . import errormodel, sources
from .errormodel import skeleton
from .npyfile import Table, open_table

if TYPE_CHECKING:
    import numpy as np

__all__ = ["FROM_HUNSPELL", "FROM_NAMES", "FROM_WORDFREQ", "CacheError", "Lexicon", "cache_dir", "deletes"]

log = logging.getLogger("banan")

FORMAT = 11  # bump when the compiled layout or the builder's choices change
FROM_WORDFREQ, FROM_NAMES, FROM_HUNSPELL = 1, 2, 4
DEEP_ZIPF = 3.0  # words this frequent are also indexed two deletions deep


class CacheError(Exception):
    """The lexicon cache cannot be read or written; the message says where and what to do."""


def cache_dir() -> Path:
    """Where compiled lexicons live: $BANAN_CACHE_DIR, else the user cache folder."""
    folder = os.environ.get("BANAN_CACHE_DIR")
    if folder:
        return Path(folder)
    import platformdirs

    return Path(platformdirs.user_cache_dir("banan"))


def deletes(key: str) -> list[str]:
    """The key with each one character removed (for the symmetric-delete index)."""
    return [key[:i] + key[i + 1 :] for i in range(len(key))] if len(key) > 1 else []


def stable_hash(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def _fingerprint() -> str:
    """What the compiled lexicon depends on: package versions and the hunspell file."""
    # The skeleton function shapes the suggestion index: its source is part of the key.
    parts = [str(FORMAT), hashlib.sha256(Path(errormodel.__file__).read_bytes()).hexdigest()]
    for dist in ("wordfreq", "babel", "pycountry"):
        parts.append(f"{dist}={_version(dist) or 'none'}")
    hun = sources.hunspell_path()
    if hun:
        st = hun.stat()
        parts.append(f"hunspell={hun}:{st.st_size}:{int(st.st_mtime)}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _version(dist: str) -> str | None:
    """`importlib.metadata.version(dist)` (None: not installed), read straight from the
    `.dist-info` folder pip makes when the first folder of sys.path that holds the
    distribution has one: importing importlib.metadata costs a start-up some 40 ms."""
    prefix = dist.lower() + "-"
    for entry in sys.path:
        try:
            names = [n for n in os.listdir(entry or ".") if n.lower().startswith(prefix)]
        except OSError:  # not a folder (a zip file) or gone
            if entry and os.path.exists(entry):
                break  # importlib.metadata reads what this one holds
            continue
        infos = [n for n in names if n.endswith(".dist-info")]
        if len(infos) == 1 and len(names) == 1:
            try:
                with open(os.path.join(entry or ".", infos[0], "METADATA"), encoding="utf-8") as f:
                    for line in f:
                        if line.startswith("Version:"):
                            return line.split(":", 1)[1].strip()
                        if not line.strip():
                            break  # the end of the headers
            except OSError:
                pass
        if names:
            break  # anything else (an .egg-info, two versions side by side): importlib.metadata decides
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


_ARRAYS = (
    "zipf",
    "origin",
    "by_skeleton",
    "skeleton_start",
    "delete_keys",
    "delete_skeletons",
    "deep_keys",
    "deep_skeletons",
    "word_text",
    "word_ends",
    "skeleton_text",
    "skeleton_ends",
    "skeleton_first",
)
_ABSENT = (-1.0, 0)
_ENTRY_LIMIT = 30_000
_READ_ONE_BY_ONE = 2_000  # strings of a table read one by one before the whole is decoded (a first check with a few typos reads about 300)


def _text_table(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Strings by id as one UTF-16 array and the code-point offsets around each: once
    the array is decoded, string i is text[ends[i]:ends[i + 1]]. (UTF-16, as Python
    holds Bengali text: decoding it is some eight times faster than UTF-8.)"""
    import numpy as np

    ends = np.zeros(len(keys) + 1, dtype=np.uint32)
    ends[1:] = np.cumsum([len(k) for k in keys], dtype=np.uint64)
    return np.frombuffer("".join(keys).encode("utf-16-le"), dtype=np.uint8), ends


class _AsArray:
    """A table of the lexicon as a numpy array, made on first use: numpy loads only
    when something computes on a whole table (a large batch of suggestion searches)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _AsArray: ...

    @overload
    def __get__(self, instance: Lexicon, owner: type | None = None) -> np.ndarray: ...

    def __get__(self, instance: Lexicon | None, owner: type | None = None) -> np.ndarray | _AsArray:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = instance.tables[self.name].array()
        return value


@dataclass
class Lexicon:
    folder: Path
    words: marisa_trie.Trie
    skeletons: marisa_trie.Trie
    tables: dict[str, Table]  # the arrays below, mapped, by name
    info: dict
    # (Zipf, origin) of words looked up lately: judging one new word asks about it and
    # its stems several times (known? how frequent? from which list?), one trie lookup
    # each without this.
    _entries: dict[str, tuple[float, int]] = field(default_factory=dict, repr=False, compare=False)

    # The tables as numpy arrays, by key id unless said otherwise.
    zipf = _AsArray()  # uint16, Zipf frequency x 100
    origin = _AsArray()  # uint8 bit set of FROM_*
    by_skeleton = _AsArray()  # word ids grouped by skeleton id ...
    skeleton_start = _AsArray()  # ... skeleton id s owns by_skeleton[start[s]:start[s+1]]
    delete_keys = _AsArray()  # sorted crc32 of each one-deletion of each skeleton
    delete_skeletons = _AsArray()  # the skeleton id each delete key came from
    deep_keys = _AsArray()  # the same for one and two deletions, frequent words' skeletons only
    deep_skeletons = _AsArray()
    word_text = _AsArray()  # uint8, UTF-16-LE of every word by key id, one after another ...
    word_ends = _AsArray()  # ... word i is code points word_ends[i] to word_ends[i + 1] of it
    skeleton_text = _AsArray()  # the same for skeletons
    skeleton_ends = _AsArray()
    skeleton_first = _AsArray()  # uint32, the code point each skeleton starts with (0: the empty one)

    def __post_init__(self) -> None:
        # Memoryviews over the mapped arrays: indexing one gives a Python int some
        # three times faster than a numpy array gives a numpy scalar, which the
        # suggestion search asks for a few hundred times a word.
        t = self.tables
        if set(t) != set(_ARRAYS) or not len(t["zipf"]) == len(t["origin"]) == len(self.words):
            raise ValueError(f"the lexicon in {self.folder} is incomplete")
        self.zipf_view = t["zipf"].data
        self.origin_view = t["origin"].data
        self.members_view = t["by_skeleton"].data
        self.start_view = t["skeleton_start"].data
        self._word_ends, self._skeleton_ends = t["word_ends"].data, t["skeleton_ends"].data
        # Strings read one by one from the mapped text so far (see _strings_at); None
        # where the text holds a character outside the BMP (two UTF-16 units, one code
        # point), which the code-point offsets cannot find in the bytes.
        self._read: dict[str, int | None] = {
            name: 0 if len(t[f"{name}_text"]) == 2 * t[f"{name}_ends"].data[-1] else None
            for name in ("word", "skeleton")
        }

    # -- loading ---------------------------------------------------------------
    @classmethod
    def load(cls, rebuild: bool = False) -> Lexicon:
        """The compiled lexicon for this machine's packages, building it if needed."""
        folder = cache_dir() / f"lexicon-{_fingerprint()}"
        try:
            if rebuild and folder.exists():
                shutil.rmtree(folder)
            if not (folder / "info.json").is_file():
                folder.parent.mkdir(parents=True, exist_ok=True)  # fail now, not after the build
                if not os.access(folder.parent, os.W_OK | os.X_OK):
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder.parent))
                log.info("building the spelling lexicon, once (10-30 s): %s", folder)
                build(folder)
            return cls.open(folder)
        except (OSError, ValueError) as exc:  # ValueError: a damaged file numpy or json cannot parse
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            where = getattr(exc, "filename", None) or folder
            raise CacheError(
                f"cannot use the lexicon cache {where}: {reason}. Set BANAN_CACHE_DIR to a folder you "
                f"can write (the lexicon is built there once, 10-30 s), or fix the permissions of {folder.parent}"
            ) from None

    @classmethod
    def open(cls, folder: Path) -> Lexicon:
        words = marisa_trie.Trie()
        words.mmap(str(folder / "words.marisa"))
        skeletons = marisa_trie.Trie()
        skeletons.mmap(str(folder / "skeletons.marisa"))
        # Memory-mapped: a process reads the pages it uses (a short text's first check
        # needs none of the suggestion index), not all 20 MB at start.
        return cls(
            folder=folder,
            words=words,
            skeletons=skeletons,
            tables={name: open_table(folder / f"{name}.npy") for name in _ARRAYS},
            info=json.loads((folder / "info.json").read_text(encoding="utf-8")),
        )

    # -- queries ---------------------------------------------------------------
    def _entry(self, word: str) -> tuple[float, int]:
        entry = self._entries.get(word)
        if entry is None:
            i = self.words.get(word)
            entry = _ABSENT if i is None else (self.zipf_view[i] / 100, self.origin_view[i])
            if len(self._entries) >= _ENTRY_LIMIT:
                self._entries.clear()
            self._entries[word] = entry
        return entry

    # The three below ask the cache first themselves: they are asked tens of times per
    # suggestion, and a second call per question is a tenth of the time.
    def __contains__(self, word: str) -> bool:
        return (self._entries.get(word) or self._entry(word))[0] >= 0

    def __len__(self) -> int:
        return len(self.words)

    def frequency(self, word: str) -> float:
        """Zipf frequency (0 for a word only in a list without counts, -1 if unknown)."""
        return (self._entries.get(word) or self._entry(word))[0]

    def probe_frequency(self, word: str) -> float:
        """`frequency` without remembering the word: for the many made-up forms a search
        tries, most of them no word, which would crowd the cache."""
        i = self.words.get(word)
        return -1.0 if i is None else self.zipf_view[i] / 100

    def origin_of(self, word: str) -> int:
        return (self._entries.get(word) or self._entry(word))[1]

    def most_frequent(self, n: int) -> list[str]:
        """The n most frequent words, most frequent first."""
        if n <= 0:
            return []
        import numpy as np

        n = min(n, len(self.zipf))
        top = np.argpartition(-self.zipf.astype(np.int32), n - 1)[:n]
        top = top[np.argsort(-self.zipf[top].astype(np.int32), kind="stable")]
        restore = self.words.restore_key
        return [restore(int(i)) for i in top]

    # Every word (skeleton) as one str, decoded once a process has read _READ_ONE_BY_ONE
    # of them (a few ms for both, 8 MB): a slice of it is a word, faster than a trie
    # restores a key or a slice of the mapped text is decoded.
    @lazy
    def _all_words(self) -> str:
        return str(self.tables["word_text"].data, "utf-16-le")

    @lazy
    def _all_skeletons(self) -> str:
        return str(self.tables["skeleton_text"].data, "utf-16-le")

    def word_at(self, i: int) -> str:
        """The word with key id `i`."""
        return self.words_at([i])[0]

    def words_at(self, ids: list[int]) -> list[str]:
        """The words with these key ids."""
        if self._one_by_one("word", len(ids)):
            return _strings_at(self.tables["word_text"].data, self._word_ends, ids)
        text, ends = self._all_words, self._word_ends
        return [text[ends[i] : ends[i + 1]] for i in ids]

    def skeletons_at(self, ids: list[int]) -> list[str]:
        """The skeletons with these ids."""
        if self._one_by_one("skeleton", len(ids)):
            return _strings_at(self.tables["skeleton_text"].data, self._skeleton_ends, ids)
        text, ends = self._all_skeletons, self._skeleton_ends
        return [text[ends[i] : ends[i + 1]] for i in ids]

    def _one_by_one(self, name: str, count: int) -> bool:
        """Whether to read `count` more strings of the table `name` one by one from the
        mapped text: a short text's suggestions read a few hundred, and decoding the
        whole text for them would cost more than they do."""
        read = self._read[name]
        if read is None or read >= _READ_ONE_BY_ONE:
            return False
        self._read[name] = read + count
        return True

    def with_skeleton(self, key: str) -> list[str]:
        s = self.skeletons.get(key)
        if s is None:
            return []
        start = self.start_view
        return self.words_at(self.members_view[start[s] : start[s + 1]].tolist())

    def frequencies_with_skeleton(self, key: str) -> list[tuple[str, float]]:
        """(word, its `frequency`) for each word with this skeleton, read from the key
        ids at hand rather than looked up again."""
        s = self.skeletons.get(key)
        if s is None:
            return []
        start, zipf = self.start_view, self.zipf_view
        ids = self.members_view[start[s] : start[s + 1]].tolist()
        return [(w, zipf[i] / 100) for w, i in zip(self.words_at(ids), ids)]

    @lazy
    def max_zipf(self) -> int:
        """The highest stored frequency (Zipf x 100)."""
        return int(self.zipf.max()) if len(self.zipf) else 0

    # -- the suggestion index ------------------------------------------------
    def near_skeletons(self, key: str, depth: int = 1) -> list[int]:
        """The ids of the skeletons within one deletion of `key` on either side (with
        depth=2, frequent words' skeletons within two deletions on either side),
        ascending. (A binary search of the mapped keys per probe, without numpy: as fast
        as numpy's searchsorted for the few dozen probes of a word.)"""
        probes = [key, *deletes(key)]
        keys, owners = "delete_keys", "delete_skeletons"
        if depth > 1:
            probes = list({*probes, *(d2 for d in deletes(key) for d2 in deletes(d))})
            keys, owners = "deep_keys", "deep_skeletons"
        get = self.skeletons.get
        found = {i for p in probes if (i := get(p)) is not None}
        hashes, owned = self.tables[keys].data, self.tables[owners].data
        size = len(hashes)
        for h in map(zlib.crc32, map(str.encode, probes)):  # stable_hash
            lo = bisect_left(hashes, h)
            if lo < size and hashes[lo] == h:
                found.update(owned[lo : bisect_right(hashes, h, lo)].tolist())
        return sorted(found)

    def members(self, skeleton_id: int) -> memoryview:
        """The key ids of the words with this skeleton, ascending."""
        start = self.start_view
        return self.members_view[start[skeleton_id] : start[skeleton_id + 1]]

    @lazy
    def gazetteer(self) -> dict[str, list[str]]:
        """Gazetteer names by kind (territory, language, city, currency, script)."""
        return json.loads((self.folder / "names.json").read_text(encoding="utf-8"))


def _strings_at(utf16: memoryview, ends: memoryview, ids: list[int]) -> list[str]:
    """Strings `ids` of a text table, each decoded from its own bytes (the table is all
    in the BMP: a code point is two bytes)."""
    return [str(utf16[2 * ends[i] : 2 * ends[i + 1]], "utf-16-le") for i in ids]


def build(folder: Path) -> None:
    """Compile the lexicon from the installed sources into `folder` (atomically)."""
    import numpy as np

    freq: dict[str, float] = {}
    origin: dict[str, int] = {}
    for word, z in sources.wordfreq_words():
        freq[word] = max(z, freq.get(word, 0.0))
        origin[word] = origin.get(word, 0) | FROM_WORDFREQ
    names: dict[str, set[str]] = {}
    words_by_source: dict[str, set[str]] = {}
    for kind, name, source in sources.gazetteer_names():
        names.setdefault(kind, set()).add(name)
        for word in sources.bengali_words(name):
            origin[word] = origin.get(word, 0) | FROM_NAMES
            words_by_source.setdefault(source, set()).add(word)
    hun = sources.hunspell_path()
    if hun:
        for word, _ in sources.hunspell_words(hun):
            origin[word] = origin.get(word, 0) | FROM_HUNSPELL

    words = marisa_trie.Trie(origin.keys())
    n = len(words)
    zipf = np.zeros(n, dtype=np.uint16)
    orig = np.zeros(n, dtype=np.uint8)
    skel_of: list[str] = [""] * n
    word_of: list[str] = [""] * n
    for word, bits in origin.items():
        i = words[word]
        zipf[i] = round(freq.get(word, 0.0) * 100)
        orig[i] = bits
        skel_of[i] = skeleton(word)
        word_of[i] = word

    skeletons = marisa_trie.Trie(set(skel_of))
    skel_ids = np.fromiter((skeletons[s] for s in skel_of), dtype=np.uint32, count=n)
    by_skeleton = np.argsort(skel_ids, kind="stable").astype(np.uint32)
    skeleton_start = np.searchsorted(skel_ids[by_skeleton], np.arange(len(skeletons) + 1)).astype(np.uint32)
    shape_of = [""] * len(skeletons)
    for key in skeletons:
        shape_of[skeletons[key]] = key
    word_text, word_ends = _text_table(word_of)
    skeleton_text, skeleton_ends = _text_table(shape_of)
    skeleton_first = np.array([ord(k[0]) if k else 0 for k in shape_of], dtype=np.uint32)

    keys: list[int] = []
    owners: list[int] = []
    for key in skeletons:  # a trie iterates over its keys
        sid = skeletons[key]
        for d in set(deletes(key)):
            keys.append(stable_hash(d))
            owners.append(sid)
    key_arr = np.array(keys, dtype=np.uint32)
    order = np.argsort(key_arr, kind="stable")

    # The wide net: one and two deletions of the skeletons of frequent words.
    frequent = {skel_of[i] for i in np.flatnonzero(zipf >= DEEP_ZIPF * 100).tolist()}
    deep: list[int] = []
    deep_owners: list[int] = []
    for key in frequent:
        sid = skeletons[key]
        ones = set(deletes(key))
        for d in ones | {d2 for d1 in ones for d2 in deletes(d1)}:
            deep.append(stable_hash(d))
            deep_owners.append(sid)
    deep_arr = np.array(deep, dtype=np.uint32)
    deep_order = np.argsort(deep_arr, kind="stable")

    info = {
        "format": FORMAT,
        "words": n,
        "skeletons": len(skeletons),
        "delete_entries": len(keys),
        "deep_entries": len(deep),
        "names": {k: len(v) for k, v in sorted(names.items())},
        "sources": [
            {"name": s.name, "licence": s.licence, "url": s.url, "words": count}
            for s, count in (
                (sources.WORDFREQ, sum(1 for b in origin.values() if b & FROM_WORDFREQ)),
                (sources.CLDR, len(words_by_source.get(sources.CLDR.name, ()))),
                (sources.PYCOUNTRY, len(words_by_source.get(sources.PYCOUNTRY.name, ()))),
                (sources.HUNSPELL, sum(1 for b in origin.values() if b & FROM_HUNSPELL)),
            )
            if s in sources.sources()
        ],
    }
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=folder.parent))
    try:
        words.save(str(tmp / "words.marisa"))
        skeletons.save(str(tmp / "skeletons.marisa"))
        arrays: dict[str, np.ndarray] = dict(
            zipf=zipf,
            origin=orig,
            by_skeleton=by_skeleton,
            skeleton_start=skeleton_start,
            delete_keys=key_arr[order],
            delete_skeletons=np.array(owners, dtype=np.uint32)[order],
            deep_keys=deep_arr[deep_order],
            deep_skeletons=np.array(deep_owners, dtype=np.uint32)[deep_order],
            word_text=word_text,
            word_ends=word_ends,
            skeleton_text=skeleton_text,
            skeleton_ends=skeleton_ends,
            skeleton_first=skeleton_first,
        )
        assert arrays.keys() == set(_ARRAYS)
        for name, values in arrays.items():
            np.save(tmp / f"{name}.npy", values)
        (tmp / "names.json").write_text(
            json.dumps({k: sorted(v) for k, v in sorted(names.items())}, ensure_ascii=False), encoding="utf-8"
        )
        (tmp / "info.json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
        try:
            tmp.rename(folder)
        except OSError:  # another process finished first: use theirs
            if not (folder / "info.json").is_file():
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
