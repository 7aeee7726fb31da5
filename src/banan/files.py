"""Reading and writing the user's files without ever losing a byte.

A file that is not text in a Unicode encoding, or looks binary, is refused with a clear
message and left untouched. UTF-8 is read as is; UTF-16 and UTF-32 are read when they
start with a byte order mark, and written back in the same encoding. Line endings are
kept as they are (the text is decoded without newline translation), and a byte order
mark is remembered and written back.

Writes go to a temporary file in the same folder that then replaces the original, so an
interrupted write leaves the old file whole. A write goes through a symbolic link to the
file it names, keeps the file's permissions, owner and group and its extended attributes
(ACLs among them), keeps a hard link a link (such a file is rewritten in place), refuses a
read-only file, and refuses a file that changed on disk since it was read (someone saved
it meanwhile).
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import hashlib
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Document",
    "InputError",
    "Stamp",
    "decode",
    "decode_text",
    "encode",
    "iter_paths",
    "read_document",
    "read_stdin",
    "replace_bytes",
    "write_atomic",
    "write_document",
]

BOM = "\ufeff"
STDIN = "-"

# Byte order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SHOWN = {
    "utf-8": "UTF-8",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32-le": "UTF-32 LE",
    "utf-32-be": "UTF-32 BE",
}

TEMP_SUFFIX = ".banan-tmp"
# Temporary files are named .NAME.pidPID.XXXXXXXX.banan-tmp (XXXXXXXX from mkstemp), so
# a later run can tell its own leftovers from anything else in the folder, and whether
# the process that wrote one is still running. Without the pid part: an older banan's.
_TEMP_NAMES = (
    re.compile(r"\..+\.pid(\d+)\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX), re.DOTALL),
    re.compile(r"\..+\.()[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX), re.DOTALL),
)
STALE_AFTER = 3600.0  # seconds: a temporary file this old is a leftover whoever wrote it
_NAME_KEEP = 100  # characters of the file name kept in a temporary name (names max out at 255 bytes)


class InputError(Exception):
    """A path banan cannot read or write; the message names the path and the reason."""


@dataclass(frozen=True)
class Stamp:
    """What a file was when it was read: to tell whether it changed before writing it back."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, st: os.stat_result, data: bytes) -> Stamp:
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())


@dataclass
class Document:
    path: str  # as the user named it; "-" for standard input
    text: str  # without the byte order mark
    bom: bool = False
    encoding: str = "utf-8"  # utf-8, utf-16-le, utf-16-be, utf-32-le or utf-32-be
    stamp: Stamp | None = None  # None for standard input

    def encode(self, text: str) -> bytes:
        """`text` as this document's bytes: its encoding, its byte order mark."""
        return encode(text, self.bom, self.encoding)


def encode(text: str, bom: bool = False, encoding: str = "utf-8") -> bytes:
    return ((BOM if bom else "") + text).encode(encoding)


def decode(data: bytes, name: str) -> tuple[str, bool]:
    """(text without its byte order mark, whether there was one), or an InputError."""
    text, bom, _encoding = decode_text(data, name)
    return text, bom


def decode_text(data: bytes, name: str) -> tuple[str, bool, str]:
    """(text without its byte order mark, whether there was one, the encoding), or an
    InputError for bytes that are not text in a Unicode encoding."""
    mark, encoding = next(((m, e) for m, e in BOMS if data.startswith(m)), (b"", "utf-8"))
    if encoding != "utf-8":
        try:
            text = data[len(mark) :].decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: starts with a {SHOWN[encoding]} byte order mark but is not valid {SHOWN[encoding]} "
                f"(at byte {exc.start + len(mark)}); the file was left untouched"
            ) from None
        if "\x00" in text[:8192]:
            raise InputError(f"{name}: looks like a binary file (it contains NUL characters); not checked")
        return text, True, encoding
    if b"\x00" in data[:8192]:
        raise InputError(
            f"{name}: looks like a binary file (it contains NUL bytes); not checked. If it is UTF-16 text "
            "without a byte order mark, convert it to UTF-8 first, e.g. iconv -f UTF-16LE -t UTF-8"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 (invalid byte 0x{data[exc.start]:02x} at byte {exc.start}); "
            "convert it to UTF-8 first, e.g. with iconv; the file was left untouched"
        ) from None
    if text.startswith(BOM):
        return text[1:], True, encoding
    return text, False, encoding


def _read_error(path: str | Path, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{path}: no such file or folder")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{path}: is a folder")
    return InputError(f"{path}: cannot read: {exc.strerror}")


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or an InputError that says why not."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise _read_error(path, exc) from None


def read_document(path: str | Path) -> Document:
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            data = f.read()
    except OSError as exc:
        raise _read_error(path, exc) from None
    text, bom, encoding = decode_text(data, str(path))
    return Document(str(path), text, bom, encoding, Stamp.of(st, data))


def read_stdin() -> Document:
    data = sys.stdin.buffer.read()
    text, bom, encoding = decode_text(data, "<stdin>")
    return Document(STDIN, text, bom, encoding)


def replace_bytes(
    path: str | Path,
    data: bytes,
    *,
    expected: Stamp | None = None,
    refuse_read_only: bool = False,
    sweep: bool = False,
) -> None:
    """Replace the file's contents with `data` atomically (a temporary file in the same
    folder, fsynced, then renamed over it). A symbolic link is followed: the file it
    names is replaced, the link stays. The file keeps its permissions, its owner and group,
    and its extended attributes (POSIX ACLs are one). It is rewritten in place instead
    (not atomic, but nothing about the file changes but its contents) when a new file
    could not carry them: an owner or group only root could give back, an attribute this
    user cannot set, or more than one hard link (a rename would leave the other names
    with the old text). A new file gets the permissions any new file gets (0666 less the
    umask).

    With `refuse_read_only`, a file without write permission is refused; with `expected`,
    a file that is no longer what was read is refused (InputError, the file untouched).
    With `sweep`, this user's temporary files that a killed run left in the folder are
    removed first (see `_sweep_stale_temps`). Raises OSError when the write fails."""
    shown = str(path)
    target = Path(os.path.realpath(path))
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None and refuse_read_only and (not st.st_mode & 0o222 or not os.access(target, os.W_OK)):
        raise InputError(
            f"{shown}: read-only (mode {stat.S_IMODE(st.st_mode):04o}); not changed "
            "(make it writable, e.g. chmod u+w, to let banan fix it)"
        )
    if sweep:
        _sweep_stale_temps(target.parent)
    mode = stat.S_IMODE(st.st_mode) if st is not None else _new_file_mode()  # not mkstemp's own 0600
    prefix = f".{target.name[:_NAME_KEEP]}.pid{os.getpid()}."
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        in_place = st is not None and (st.st_nlink > 1 or not _same_owner(tmp, st) or not _same_xattrs(target, tmp))
        if expected is not None:
            _refuse_changed(target, expected, shown)
        if in_place:
            _overwrite(target, data)
            os.unlink(tmp)
        else:
            os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _same_owner(tmp: str, st: os.stat_result) -> bool:
    """Give the temporary file the owner and group of the file it replaces; False when
    that is not allowed (only root may give a file away)."""
    mine = os.stat(tmp)
    if (mine.st_uid, mine.st_gid) == (st.st_uid, st.st_gid):
        return True
    try:
        os.chown(tmp, st.st_uid, st.st_gid)
    except PermissionError:
        return False
    return True


def _same_xattrs(target: Path, tmp: str) -> bool:
    """Copy the file's extended attributes (ACLs are `system.posix_acl_*` ones) to the
    temporary file; False when one cannot be copied."""
    if not hasattr(os, "listxattr"):  # not Linux: no extended attributes to keep here
        return True
    try:
        names = os.listxattr(target)
    except OSError as exc:
        return exc.errno in (errno.ENOTSUP, errno.EOPNOTSUPP)  # a file system without them
    for name in names:
        try:
            os.setxattr(tmp, name, os.getxattr(target, name))
        except OSError:
            return False
    return True


def _overwrite(target: Path, data: bytes) -> None:
    with open(target, "r+b") as f:
        f.write(data)
        f.truncate()
        f.flush()
        os.fsync(f.fileno())


def _refuse_changed(target: Path, expected: Stamp, shown: str) -> None:
    try:
        st = os.stat(target)
        same = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) == (
            expected.device,
            expected.inode,
            expected.size,
            expected.mtime_ns,
        ) and hashlib.sha256(target.read_bytes()).hexdigest() == expected.sha256
    except FileNotFoundError:
        same = False
    if not same:
        raise InputError(f"{shown}: changed on disk since banan read it; not overwritten (run banan again)")


_swept: set[str] = set()


def _sweep_stale_temps(folder: Path) -> None:
    """Remove this user's temporary files that an earlier run left behind (killed
    mid-write): those whose process is gone, or older than STALE_AFTER. Once per folder
    and process."""
    key = str(folder)
    if key in _swept:
        return
    _swept.add(key)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    now = time.time()
    for entry in entries:
        m = _TEMP_NAMES[0].fullmatch(entry.name) or _TEMP_NAMES[1].fullmatch(entry.name)
        if m is None:
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(st.st_mode) or st.st_uid != os.geteuid():
                continue
            pid = int(m.group(1)) if m.group(1) else None
            if now - st.st_mtime > STALE_AFTER or (pid is not None and not _alive(pid)):
                os.unlink(entry.path)
        except OSError:
            continue


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError as exc:  # EPERM: it exists, someone else's
        return exc.errno == errno.EPERM
    return True


def _new_file_mode() -> int:
    # The umask can only be read by setting it; banan writes files from one thread.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: str | Path, text: str, bom: bool = False) -> None:
    """Replace the file's contents with `text` in UTF-8, atomically, as `replace_bytes`
    does; a read-only file is refused (InputError)."""
    try:
        replace_bytes(path, encode(text, bom), refuse_read_only=True, sweep=True)
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror}") from None


def write_document(doc: Document, text: str) -> None:
    """Write `text` back to the document's file in the document's encoding, atomically,
    as `replace_bytes` does. Refuses (InputError) a read-only file, and a file that
    changed on disk since it was read: the other change is kept, not overwritten."""
    try:
        replace_bytes(doc.path, doc.encode(text), expected=doc.stamp, refuse_read_only=True, sweep=True)
    except OSError as exc:
        raise InputError(f"{doc.path}: cannot write: {exc.strerror}") from None


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
