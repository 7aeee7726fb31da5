"""Reading a corpus: input files found, raw records streamed, records cut into partitions.

Inputs are files or folders. A file's kind comes from its name:

- `*.txt` (also `.txt.gz`, `.txt.zst`): one record per file, per non-blank line or per
  paragraph (`--records`); its id is the path relative to the folder given (or the file
  name), followed by `:LINE` (the record's first line, from 1) for lines and paragraphs;
  its source the folder that holds it;
- `*.jsonl`, `*.ndjson` (also `.gz`, `.zst`): one record per non-blank line; id from
  `--id-field`, else from a field `id` when every record of the file has one, else the
  line number (from 1); source the file;
- `*.parquet`, `*.pq`: one record per row of the text column; id from the id column or
  the row number (from 0), source the file.

The reader only splits bytes into raw records: decoding, JSON parsing and checking
happen in the workers, so the process that reads stays cheap. Partitions are cut from
the one stream of records in input order by a record count and a byte budget, so the
same inputs always give the same partitions: that is what makes a run resumable.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..files import InputError

__all__ = [
    "InputFile",
    "Partition",
    "RawRecord",
    "discover",
    "identity",
    "corpus_size",
    "iter_partitions",
    "iter_records",
    "partition_digest",
    "text_size_estimate",
]

TXT, JSONL, PARQUET, REJECT = "txt", "jsonl", "parquet", "reject"
_KINDS = {".txt": TXT, ".jsonl": JSONL, ".ndjson": JSONL, ".parquet": PARQUET, ".pq": PARQUET}
_COMPRESSIONS = (".gz", ".zst")
READ_BLOCK = 1 << 20
FILE, LINE, PARAGRAPH = "file", "line", "paragraph"  # what a record of a .txt file is
RECORD_UNITS = (FILE, LINE, PARAGRAPH)
# The first partitions are smaller (this many bytes, doubling up to the budget), so the
# first results, and the progress bar's first steps, come within a second of the start.
FIRST_PARTITION_BYTES = 128 << 10
# A corpus is cut into at least about this many partitions (none smaller than
# FIRST_PARTITION_BYTES), so that the workers share the end of a run evenly: with a few
# big partitions, one worker checks the last while the others wait.
PARTITIONS_AT_LEAST = 32
# JSONL ids: a field of this name when every record of the file has one.
ID_FIELD = "id"


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str
    kind: str  # txt | jsonl | parquet
    compression: str | None  # None, "gz" or "zst"
    root: str  # the folder or file the user named (a txt id is relative to it)
    size: int  # bytes on disk
    mtime_ns: int = 0  # last modification, with size the file's identity for a resumed run


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
    input_bytes: int = 0  # bytes on disk this partition covers
    # JSONL files of this partition -> the id field their records use ("" for line numbers)
    id_fields: dict[str, str] = field(default_factory=dict)

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
                        st = os.stat(full)
                        found.append(InputFile(full, kind, compression, str(p), st.st_size, st.st_mtime_ns))
        elif p.is_file():
            kind, compression = _classify(p.name)
            if kind is None:
                raise InputError(
                    f"{raw}: unknown input kind; name .txt, .jsonl, .ndjson (optionally .gz or .zst) or .parquet files"
                )
            st = p.stat()
            found.append(InputFile(str(p), kind, compression, str(p), st.st_size, st.st_mtime_ns))
        else:
            raise InputError(f"{raw}: no such file or folder")
    return found


def identity(files: list[InputFile]) -> list[dict[str, Any]]:
    """What a resumed run compares to tell that its inputs are the ones it started on."""
    return [{"path": f.path, "size": f.size, "mtime_ns": f.mtime_ns} for f in files]


def partition_digest(partition: Partition) -> str:
    """A hash of everything the partition's records were cut from (kind, source, id, bytes):
    a resumed run compares it, so an input edited under a half-done run is caught even
    when its size and modification time were kept."""
    h = hashlib.blake2b(digest_size=16)
    for r in partition.records:
        h.update(f"{r.kind}\0{r.source}\0{r.locator}\0".encode("utf-8", "surrogatepass"))
        payload = r.payload
        if isinstance(payload, str):
            payload = payload.encode("utf-8", "surrogatepass")
        elif not isinstance(payload, bytes):
            payload = repr(payload).encode("utf-8", "surrogatepass")
        h.update(len(payload).to_bytes(8, "little"))
        h.update(payload)
    return h.hexdigest()


def corpus_size(files: list[InputFile]) -> int:
    """The bytes of text all the inputs hold, estimated before reading them."""
    return sum(text_size_estimate(f) for f in files)


def text_size_estimate(f: InputFile) -> int:
    """The bytes of text the file holds, before reading it: its size when plain, the
    uncompressed size a gzip or zstd file records (or four times the compressed size when
    it records none), the text column's uncompressed size for Parquet."""
    try:
        if f.compression == "gz":
            with open(f.path, "rb") as fh:
                if f.size < 18:
                    return f.size
                fh.seek(-4, os.SEEK_END)
                return int.from_bytes(fh.read(4), "little")  # ISIZE: the last member's, mod 2**32
        if f.compression == "zst":
            import zstandard

            with open(f.path, "rb") as fh:
                size = zstandard.frame_content_size(fh.read(18))
            return size if size >= 0 else f.size * 4
        if f.kind == PARQUET:
            import pyarrow.parquet as pq

            meta = pq.ParquetFile(f.path).metadata
            return sum(meta.row_group(g).total_byte_size for g in range(meta.num_row_groups))
    except Exception:  # noqa: BLE001 - only an estimate; reading the file reports what is wrong with it
        return f.size
    return f.size


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


def _txt_records(f: InputFile, max_bytes: int, cursor: _Cursor, unit: str) -> Iterator[RawRecord]:
    source = os.path.dirname(f.path) or "."
    locator = os.path.relpath(f.path, f.root) if f.root != f.path else os.path.basename(f.path)
    if unit != FILE:
        yield from _txt_pieces(f, source, locator, max_bytes, cursor, unit == PARAGRAPH)
        return
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


def _strip_newline(data: bytes) -> bytes:
    if data.endswith(b"\r\n"):
        return data[:-2]
    return data[:-1] if data.endswith((b"\n", b"\r")) else data


def _txt_pieces(
    f: InputFile, source: str, name: str, max_bytes: int, cursor: _Cursor, paragraphs: bool
) -> Iterator[RawRecord]:
    """The non-blank lines of a text file, or its paragraphs (runs of non-blank lines,
    blank lines between), each without its final line break; id NAME:LINE."""
    number = 0  # lines read
    start = 0  # the first line of the paragraph being gathered
    lines: list[bytes] = []
    size = 0
    too_large = False

    def flush() -> Iterator[RawRecord]:
        nonlocal lines, size, too_large
        if too_large:
            reason = f"paragraph larger than {max_bytes} bytes (raise --max-record-mb to accept it)"
            yield RawRecord(REJECT, source, f"{name}:{start}", ("too-large", reason), 0)
        elif lines:
            data = _strip_newline(b"".join(lines))
            yield RawRecord(TXT, source, f"{name}:{start}", data, len(data))
        lines, size, too_large = [], 0, False

    try:
        with _open(f, cursor) as stream:
            while True:
                line = stream.readline(max_bytes + 2)  # room for "\r\n"
                if not line:
                    break
                number += 1
                if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]  # the byte order mark is not text
                oversized = len(line) > max_bytes + 1 and not line.endswith(b"\n")
                if oversized:
                    while (rest := stream.readline(READ_BLOCK)) and not rest.endswith(b"\n"):
                        pass  # skip the rest of the oversized line
                blank = not oversized and not line.strip()
                if not paragraphs:
                    if oversized:
                        reason = f"line longer than {max_bytes} bytes (raise --max-record-mb to accept it)"
                        yield RawRecord(REJECT, source, f"{name}:{number}", ("too-large", reason), 0)
                    elif not blank:
                        data = _strip_newline(line)
                        yield RawRecord(TXT, source, f"{name}:{number}", data, len(data))
                    continue
                if blank:
                    yield from flush()
                    continue
                if not lines and not too_large:
                    start = number
                size += len(line)
                if oversized or size > max_bytes + 2:
                    too_large, lines = True, []
                elif not too_large:
                    lines.append(line)
            yield from flush()
    except _stream_errors() as exc:
        # A paragraph the break cut off goes with the rest of the file, into the reject.
        first = start if lines or too_large else number + 1
        yield _broken(f, f"{name}:{first}", exc, f"after line {first - 1}")


def _jsonl_id_field(f: InputFile, max_bytes: int) -> tuple[str, bool]:
    """The id field for a JSONL file given no --id-field: `id` when every record that is a
    JSON object has one (not null), else "" (line numbers). Reads the file once; the
    second value says that some records have an `id` and others not."""
    seen_with = seen_without = False
    try:
        with _open(f, _Cursor()) as stream:
            while line := stream.readline(max_bytes + 2):
                if len(line) > max_bytes + 1 and not line.endswith(b"\n"):
                    while (rest := stream.readline(READ_BLOCK)) and not rest.endswith(b"\n"):
                        pass  # an oversized line: a reject whatever its id
                    continue
                if not line.strip():
                    continue  # not a record
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue  # a reject (not JSON, not UTF-8) whatever its id
                if not isinstance(obj, dict):
                    continue  # a reject too
                if obj.get(ID_FIELD) is not None:
                    seen_with = True
                else:
                    seen_without = True
                if seen_without:
                    break  # line numbers for the whole file
    except _stream_errors():
        pass  # the reading proper reports the broken stream
    return (ID_FIELD if seen_with and not seen_without else ""), (seen_with and seen_without)


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
                if isinstance(value, str):
                    size = len(value.encode("utf-8", "surrogatepass"))
                else:
                    size = len(value) if isinstance(value, bytes) else 8
                yield RawRecord(PARQUET, f.path, locator, value, size)
                row += 1
            cursor.in_file = f.size * row // rows
    except errors as exc:
        yield _broken(f, row, exc, f"after row {row}")


FileDone = Callable[[InputFile, int], None]


def iter_records(
    files: list[InputFile],
    *,
    text_field: str,
    id_field: str | None,
    max_bytes: int,
    batch_rows: int,
    cursor: _Cursor,
    records: str = FILE,
    id_fields: dict[str, str] | None = None,
    mixed_ids: set[str] | None = None,
    on_file_done: FileDone | None = None,
) -> Iterator[RawRecord]:
    """Every record of `files` in order. `id_fields` gets each JSONL file's id field
    ("" for line numbers), `mixed_ids` the JSONL files where only some records have an
    `id`; `on_file_done` the text bytes each file held, once it is read."""
    for f in files:
        cursor.raw, cursor.in_file = None, 0
        if f.kind == TXT:
            stream = _txt_records(f, max_bytes, cursor, records)
        elif f.kind == JSONL:
            if id_field is None:
                chosen, mixed = _jsonl_id_field(f, max_bytes)
                if mixed and mixed_ids is not None:
                    mixed_ids.add(f.path)
            else:
                chosen = id_field
            if id_fields is not None:
                id_fields[f.path] = chosen
            stream = _jsonl_records(f, max_bytes, cursor)
        else:
            stream = _parquet_records(f, text_field, id_field or None, batch_rows, cursor)
        text_bytes = 0
        for record in stream:
            text_bytes += record.size
            yield record
        cursor.raw, cursor.in_file = None, 0
        cursor.done += f.size
        if on_file_done is not None:
            on_file_done(f, text_bytes)


def iter_partitions(
    files: list[InputFile],
    *,
    text_field: str = "text",
    id_field: str | None = None,
    records_per_partition: int = 2000,
    bytes_per_partition: int = 4 << 20,
    max_record_bytes: int = 64 << 20,
    records: str = FILE,
    mixed_ids: set[str] | None = None,
    on_file_done: FileDone | None = None,
    corpus_bytes: int | None = None,
) -> Iterator[Partition]:
    """Partitions of at most `records_per_partition` records and, unless a single record
    is bigger, about `bytes_per_partition` bytes (less for the first few), numbered from
    0 in input order. `id_field` None: each JSONL file's ids are chosen from its records.
    With `corpus_bytes`, the text the inputs hold (`corpus_size`), no partition is meant
    to be bigger than a PARTITIONS_AT_LEAST-th of it. The same inputs and options always
    give the same partitions."""
    cursor = _Cursor()
    part = Partition(0)
    size = 0
    start = 0
    id_fields: dict[str, str] = {}
    if corpus_bytes is not None:
        bytes_per_partition = min(bytes_per_partition, max(FIRST_PARTITION_BYTES, corpus_bytes // PARTITIONS_AT_LEAST))

    def budget(index: int) -> int:
        return min(bytes_per_partition, FIRST_PARTITION_BYTES << min(index, 40))

    for record in iter_records(
        files,
        text_field=text_field,
        id_field=id_field,
        max_bytes=max_record_bytes,
        batch_rows=records_per_partition,
        cursor=cursor,
        records=records,
        id_fields=id_fields,
        mixed_ids=mixed_ids,
        on_file_done=on_file_done,
    ):
        part.records.append(record)
        if record.source in id_fields:
            part.id_fields[record.source] = id_fields[record.source]
        size += record.size
        if len(part.records) >= records_per_partition or size >= budget(part.index):
            end = cursor.position
            part.input_bytes = max(end - start, 0)
            yield part
            start = end
            part = Partition(part.index + 1)
            size = 0
    if part.records:
        part.input_bytes = max(cursor.position - start, 0)
        yield part
