"""Reading a corpus: input files found, raw records streamed, records cut into partitions.

Inputs are files or folders. A file's kind comes from its name:

- `*.txt` (also `.txt.gz`, `.txt.zst`): one record per file; its id is the path
  relative to the folder given (or the file name), its source the folder that holds it;
- `*.jsonl`, `*.ndjson` (also `.gz`, `.zst`): one record per non-blank line; id from
  `--id-field` or the line number (from 1), source the file;
- `*.parquet`, `*.pq`: one record per row of the text column; id from the id column or
  the row number (from 0), source the file.

The reader only splits bytes into raw records: decoding, JSON parsing and checking
happen in the workers, so the process that reads stays cheap. Partitions are cut from
the one stream of records in input order by a record count and a byte budget, so the
same inputs always give the same partitions: that is what makes a run resumable.
"""

from __future__ import annotations

import gzip
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..files import InputError

__all__ = [
    "InputFile",
    "Partition",
    "RawRecord",
    "discover",
    "iter_partitions",
    "iter_records",
]

TXT, JSONL, PARQUET, REJECT = "txt", "jsonl", "parquet", "reject"
_KINDS = {".txt": TXT, ".jsonl": JSONL, ".ndjson": JSONL, ".parquet": PARQUET, ".pq": PARQUET}
_COMPRESSIONS = (".gz", ".zst")
READ_BLOCK = 1 << 20


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str
    kind: str  # txt | jsonl | parquet
    compression: str | None  # None, "gz" or "zst"
    root: str  # the folder or file the user named (a txt id is relative to it)
    size: int  # bytes on disk


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One record as read, before decoding. `kind` REJECT carries (reason kind, reason)
    for a record the reader could not even cut out (too large, broken stream)."""

    kind: str
    source: str
    locator: str | int  # txt: relative path; jsonl: line number; parquet: row number
    payload: Any  # txt/jsonl: bytes; parquet: the cell value
    size: int  # bytes, for the partition budget


@dataclass(slots=True)
class Partition:
    index: int
    records: list[RawRecord] = field(default_factory=list)
    input_bytes: int = 0  # bytes on disk this partition covers, for progress

    @property
    def first(self) -> list[Any]:
        r = self.records[0]
        return [r.source, r.locator]


def _classify(name: str) -> tuple[str | None, str | None]:
    lower = name.lower()
    compression = None
    for ext in _COMPRESSIONS:
        if lower.endswith(ext):
            compression = ext[1:]
            lower = lower[: -len(ext)]
            break
    kind = _KINDS.get(os.path.splitext(lower)[1])
    if kind == PARQUET and compression:
        return None, None  # Parquet compresses inside the file
    return kind, compression


def discover(inputs: list[str]) -> list[InputFile]:
    """The input files in a fixed order: as named, folders walked in sorted order,
    hidden entries skipped, files of other kinds in folders ignored."""
    found: list[InputFile] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    kind, compression = _classify(name)
                    if kind and not name.startswith("."):
                        full = os.path.join(root, name)
                        found.append(InputFile(full, kind, compression, str(p), os.path.getsize(full)))
        elif p.is_file():
            kind, compression = _classify(p.name)
            if kind is None:
                raise InputError(
                    f"{raw}: unknown input kind; name .txt, .jsonl, .ndjson (optionally .gz or .zst) or .parquet files"
                )
            found.append(InputFile(str(p), kind, compression, str(p), p.stat().st_size))
        else:
            raise InputError(f"{raw}: no such file or folder")
    return found


class _Cursor:
    """Bytes on disk consumed so far, across files (compressed bytes for compressed files)."""

    def __init__(self) -> None:
        self.done = 0  # sizes of the files finished
        self.raw: IO[bytes] | None = None  # the open file, whose position is read
        self.in_file = 0  # or, for Parquet, an estimate from the rows read

    @property
    def position(self) -> int:
        if self.raw is None:
            return self.done + self.in_file
        try:
            return self.done + self.raw.tell()
        except (OSError, ValueError):  # closed
            return self.done


def _stream_errors() -> tuple[type[BaseException], ...]:
    """What a broken or truncated compressed stream raises."""
    errors: tuple[type[BaseException], ...] = (OSError, EOFError, ValueError)
    try:
        import zstandard
    except ImportError:
        return errors
    return (*errors, zstandard.ZstdError)


class _ZstdStream(io.RawIOBase):
    """Zstandard frames one after another, decoded as a stream. A file that ends inside a
    frame raises EOFError, as gzip does; zstandard's own reader ends quietly there, which
    would drop the rest of a truncated file without a word."""

    def __init__(self, raw: IO[bytes], decompressor: Any) -> None:
        self._raw = raw
        self._decompressor = decompressor
        self._frame: Any = None
        self._pending = b""
        self._offset = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self._offset >= len(self._pending):
            chunk = self._raw.read(1 << 16)
            if not chunk:
                if self._frame is not None and not self._frame.eof:
                    raise EOFError("the zstd stream ends inside a frame (a truncated file?)")
                return 0
            out = []
            while chunk:
                if self._frame is None or self._frame.eof:
                    self._frame = self._decompressor.decompressobj()
                out.append(self._frame.decompress(chunk))
                chunk = self._frame.unused_data if self._frame.eof else b""
            self._pending, self._offset = b"".join(out), 0
        n = min(len(buffer), len(self._pending) - self._offset)
        buffer[:n] = self._pending[self._offset : self._offset + n]
        self._offset += n
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def _open(f: InputFile, cursor: _Cursor) -> IO[bytes]:
    raw = open(f.path, "rb")  # noqa: SIM115 - closed by the reader wrapped around it
    cursor.raw = raw
    # Compressed streams get small buffers: a truncated stream raises as soon as a read
    # reaches the break, and the lines of a buffer that was being filled are lost to it.
    if f.compression == "gz":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if f.compression == "zst":
        try:
            import zstandard
        except ImportError:
            raw.close()
            raise InputError(f"{f.path}: reading .zst needs zstandard: pip install 'banan[corpus]'") from None
        return io.BufferedReader(_ZstdStream(raw, zstandard.ZstdDecompressor()))
    return io.BufferedReader(raw, READ_BLOCK)  # type: ignore[arg-type]


def _broken(f: InputFile, locator: str | int, exc: BaseException, after: str) -> RawRecord:
    reason = f"cannot read {f.path}{' ' + after if after else ''}: {type(exc).__name__}: {exc}"
    return RawRecord(REJECT, f.path, locator, ("unreadable", reason), 0)


def _txt_records(f: InputFile, max_bytes: int, cursor: _Cursor) -> Iterator[RawRecord]:
    source = os.path.dirname(f.path) or "."
    locator = os.path.relpath(f.path, f.root) if f.root != f.path else os.path.basename(f.path)
    try:
        with _open(f, cursor) as stream:
            data = stream.read(max_bytes + 1)
    except _stream_errors() as exc:
        yield _broken(f, locator, exc, "")
        return
    if len(data) > max_bytes:
        reason = f"record larger than {max_bytes} bytes (raise --max-record-mb to accept it)"
        yield RawRecord(REJECT, source, locator, ("too-large", reason), 0)
    else:
        yield RawRecord(TXT, source, locator, data, len(data))


def _jsonl_records(f: InputFile, max_bytes: int, cursor: _Cursor) -> Iterator[RawRecord]:
    number = 0
    try:
        with _open(f, cursor) as stream:
            while True:
                line = stream.readline(max_bytes + 2)  # room for "\r\n"
                if not line:
                    return
                number += 1
                if len(line) > max_bytes + 1 and not line.endswith(b"\n"):
                    while (rest := stream.readline(READ_BLOCK)) and not rest.endswith(b"\n"):
                        pass  # skip the rest of the oversized line
                    reason = f"line longer than {max_bytes} bytes (raise --max-record-mb to accept it)"
                    yield RawRecord(REJECT, f.path, number, ("too-large", reason), 0)
                    continue
                if line.strip():  # blank lines are not records
                    yield RawRecord(JSONL, f.path, number, line, len(line))
    except _stream_errors() as exc:
        yield _broken(f, number + 1, exc, f"after line {number}")


def _parquet_records(
    f: InputFile, text_field: str, id_field: str | None, batch_rows: int, cursor: _Cursor
) -> Iterator[RawRecord]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    errors = (OSError, ValueError, pa.ArrowException)
    cursor.raw = None
    try:
        pf = pq.ParquetFile(f.path)
        names = pf.schema_arrow.names
    except errors as exc:
        yield _broken(f, 0, exc, "(not a Parquet file?)")
        return
    missing = [c for c in (text_field, id_field) if c and c not in names]
    if missing:
        reason = f"no column {missing[0]!r} in {f.path} (columns: {', '.join(names)}); the whole file is one reject"
        yield RawRecord(REJECT, f.path, 0, ("no-text-field", reason), 0)
        return
    columns = [text_field] + ([id_field] if id_field and id_field != text_field else [])
    rows = max(pf.metadata.num_rows, 1)
    row = 0
    try:
        for batch in pf.iter_batches(batch_size=batch_rows, columns=columns):
            texts = batch.column(text_field).to_pylist()
            ids = batch.column(id_field).to_pylist() if id_field else None
            for i, value in enumerate(texts):
                locator: str | int = row if ids is None else ("" if ids[i] is None else str(ids[i]))
                size = len(value) * 2 if isinstance(value, (str, bytes)) else 8
                yield RawRecord(PARQUET, f.path, locator, value, size)
                row += 1
            cursor.in_file = f.size * row // rows
    except errors as exc:
        yield _broken(f, row, exc, f"after row {row}")


def iter_records(
    files: list[InputFile], *, text_field: str, id_field: str | None, max_bytes: int, batch_rows: int, cursor: _Cursor
) -> Iterator[RawRecord]:
    for f in files:
        cursor.raw, cursor.in_file = None, 0
        if f.kind == TXT:
            yield from _txt_records(f, max_bytes, cursor)
        elif f.kind == JSONL:
            yield from _jsonl_records(f, max_bytes, cursor)
        else:
            yield from _parquet_records(f, text_field, id_field, batch_rows, cursor)
        cursor.raw, cursor.in_file = None, 0
        cursor.done += f.size


def iter_partitions(
    files: list[InputFile],
    *,
    text_field: str = "text",
    id_field: str | None = None,
    records_per_partition: int = 2000,
    bytes_per_partition: int = 4 << 20,
    max_record_bytes: int = 64 << 20,
) -> Iterator[Partition]:
    """Partitions of at most `records_per_partition` records and, unless a single record
    is bigger, about `bytes_per_partition` bytes, numbered from 0 in input order."""
    cursor = _Cursor()
    part = Partition(0)
    size = 0
    start = 0

    for record in iter_records(
        files,
        text_field=text_field,
        id_field=id_field,
        max_bytes=max_record_bytes,
        batch_rows=records_per_partition,
        cursor=cursor,
    ):
        part.records.append(record)
        size += record.size
        if len(part.records) >= records_per_partition or size >= bytes_per_partition:
            end = cursor.position
            part.input_bytes = max(end - start, 0)
            yield part
            start = end
            part = Partition(part.index + 1)
            size = 0
    if part.records:
        part.input_bytes = max(cursor.position - start, 0)
        yield part
