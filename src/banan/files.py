"""Reading and writing the user's files without ever losing a byte.

A file that is not UTF-8, or looks binary, is refused with a clear message and left
untouched. Line endings are kept as they are (the text is decoded without newline
translation), and a byte order mark is remembered and written back. Writes go to a
temporary file in the same folder that then replaces the original, so an interrupted
write leaves the old file whole.
"""

from __future__ import annotations

import fnmatch
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Document", "InputError", "iter_paths", "read_document", "read_stdin", "write_atomic"]

BOM = "\ufeff"
STDIN = "-"


class InputError(Exception):
    """A path banan cannot read or write; the message names the path and the reason."""


@dataclass
class Document:
    path: str  # as the user named it; "-" for standard input
    text: str  # without the byte order mark
    bom: bool = False


def decode(data: bytes, name: str) -> tuple[str, bool]:
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes); not checked")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 (invalid byte 0x{data[exc.start]:02x} at byte {exc.start}); "
            "convert it to UTF-8 first, e.g. with iconv; the file was left untouched"
        ) from None
    if text.startswith(BOM):
        return text[1:], True
    return text, False


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or an InputError that says why not."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or folder") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None


def read_document(path: str | Path) -> Document:
    data = read_bytes(path)
    text, bom = decode(data, str(path))
    return Document(str(path), text, bom)


def read_stdin() -> Document:
    data = sys.stdin.buffer.read()
    text, bom = decode(data, "<stdin>")
    return Document(STDIN, text, bom)


def replace_bytes(path: str | Path, data: bytes) -> None:
    """Replace the file's contents with `data` atomically (a temporary file in the same
    folder, fsynced, then renamed over it), keeping its permissions; a new file gets the
    permissions any new file gets (0666 less the umask). Raises OSError."""
    p = Path(path)
    try:
        mode = stat.S_IMODE(p.stat().st_mode)
    except FileNotFoundError:
        mode = _new_file_mode()  # mkstemp's own 0600 would hide a report from its readers
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".banan-tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _new_file_mode() -> int:
    # The umask can only be read by setting it; banan writes files from one thread.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: str | Path, text: str, bom: bool = False) -> None:
    """Replace the file's contents with `text`, atomically, keeping its permissions."""
    try:
        replace_bytes(path, ((BOM if bom else "") + text).encode("utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror}") from None


def _excluded(path: Path, exclude: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(part, pat) for pat in exclude for part in (*path.parts, str(path)))


def iter_paths(paths: list[str], include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[str]:
    """The files to process: files named directly always, and inside folders the files
    matching `include`, skipping hidden entries and anything matching `exclude`.
    Raises InputError for a path that does not exist."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        p = Path(raw)
        if p.is_dir():
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _excluded(Path(root, d), exclude))
                for name in files:
                    full = Path(root, name)
                    if name.startswith(".") or _excluded(full, exclude):
                        continue
                    if any(fnmatch.fnmatch(name, pat) for pat in include):
                        found.append(str(full))
            yield from sorted(found)
        elif p.exists():
            yield raw
        else:
            raise InputError(f"{raw}: no such file or folder")
