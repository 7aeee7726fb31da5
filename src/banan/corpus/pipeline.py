"""One partition in, one part file's bytes out: decode, parse, check or normalize.

Pure (no files, no printing), so the same function runs in this process, in a local
process pool and on Dask workers. The rule configuration is built once per worker
process and kept (the rules, and any word lists they load, are loaded once).
"""

from __future__ import annotations

import io
import json
import re
import traceback
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..config import Config
from ..engine import check, fix, normalize
from ..files import InputError, decode
from .sources import JSONL, PARQUET, REJECT, TXT, Partition, RawRecord, partition_digest

__all__ = ["CHECK", "NORMALIZE", "Job", "PartResult", "Rejected", "family", "process_partition", "record_text"]

CHECK, NORMALIZE, LEARN = "check", "normalize", "learn"  # LEARN: the counting pass of `check --learn`
JSONL_FORMAT, PARQUET_FORMAT = "jsonl", "parquet"
EXCERPT = 200  # characters of a rejected record kept to help find it
_FAMILY = re.compile(r"[A-Z]+")


@dataclass(frozen=True)
class Job:
    """Everything a worker needs to process a partition; small and picklable."""

    mode: str = CHECK  # check | normalize | learn
    out_format: str = JSONL_FORMAT  # jsonl | parquet
    text_field: str = "text"
    id_field: str | None = None  # None: JSONL ids from a field `id` when every record has one; "": line numbers
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    register: str = "auto"  # the register setting (REGISTER001, 002 or 003: config.py)
    convert_legacy: bool = False  # normalize: apply the LEGACY rules' fixes first
    words: frozenset[str] = frozenset()  # accepted as correctly spelled: the dictionary in use, and learned words
    # check: learn a house vocabulary over the whole corpus first (corpus/learning.py),
    # with these thresholds, and accept its words in the check
    learn: bool = False
    learn_min_documents: int = 2
    learn_min_count: int = 2


@dataclass
class PartResult:
    index: int
    first: list[Any]  # [source, locator] of the partition's first record, to detect changed input
    data: bytes  # the part file
    rejects: list[dict[str, Any]]
    counts: dict[str, Any] = field(default_factory=dict)
    digest: str = ""  # of the records as read (sources.partition_digest), to detect changed input
    id_fields: dict[str, str] = field(default_factory=dict)  # JSONL file -> id field ("" line numbers)
    learned: bytes = b""  # what a local worker worked out about unknown words (sharing.py), for the others


def family(code: str) -> str:
    """NORM006 -> NORM."""
    m = _FAMILY.match(code)
    return m.group() if m else code


@lru_cache(maxsize=8)
def _config(
    select: tuple[str, ...], ignore: tuple[str, ...], words: frozenset[str] = frozenset(), register: str = "auto"
) -> Config:
    config = Config(select=select, ignore=ignore, words=words, register=register)
    config.rules  # noqa: B018 - build the rule list now, once per worker
    return config


@lru_cache(maxsize=1)
def _legacy_config() -> Config:
    return Config(select=("LEGACY",), source="--convert-legacy")


class Rejected(Exception):
    """A record that cannot be read: `kind` (not-utf8, not-json, ...) and the reason in words."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def _excerpt(payload: Any) -> str:
    if isinstance(payload, bytes):
        return payload[: EXCERPT * 4].decode("utf-8", "backslashreplace")[:EXCERPT]
    if isinstance(payload, str):
        return payload[:EXCERPT]
    return repr(payload)[:EXCERPT]


def _decode(data: bytes, what: str) -> str:
    try:
        text, _bom = decode(data, what)
    except InputError as exc:
        kind = "binary" if "NUL" in str(exc) else "not-utf8"
        raise Rejected(kind, str(exc).replace("; the file was left untouched", "")) from None
    return text


def _parse(record: RawRecord, job: Job, id_field: str) -> tuple[str, str]:
    """The record's id and text, or Rejected with the reason. `id_field` is the JSONL
    id field ("" for line numbers)."""
    if record.kind == TXT:
        return str(record.locator), _decode(record.payload, str(record.locator))
    if record.kind == JSONL:
        where = f"line {record.locator}"
        line = _decode(record.payload, where)
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise Rejected("not-json", f"{where}: not JSON: {exc}") from None
        if not isinstance(obj, dict):
            raise Rejected("not-object", f"{where}: a JSON {type(obj).__name__}, not an object")
        if job.text_field not in obj:
            raise Rejected("no-text-field", f"{where}: no field {job.text_field!r}")
        text = obj[job.text_field]
        if not isinstance(text, str):
            raise Rejected("text-not-string", f"{where}: field {job.text_field!r} is {_json_type(text)}, not a string")
        if not id_field:
            return str(record.locator), text
        if id_field not in obj or obj[id_field] is None:
            raise Rejected("no-id-field", f"{where}: no field {id_field!r}")
        value = obj[id_field]
        return (value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)), text
    if record.kind == PARQUET:
        value = record.payload
        where = f"id {record.locator}" if job.id_field else f"row {record.locator}"
        if value is None:
            raise Rejected("text-null", f"{where}: column {job.text_field!r} is null")
        if isinstance(value, bytes):
            value = _decode(value, where)
        if not isinstance(value, str):
            raise Rejected("text-not-string", f"{where}: column {job.text_field!r} holds {type(value).__name__}")
        return str(record.locator), value
    raise ValueError(f"unknown record kind {record.kind!r}")


def record_text(record: RawRecord, job: Job, id_field: str = "") -> tuple[str, str]:
    """The record's id and text, as a check reads them; Rejected with the reason when
    it has none (not UTF-8, not JSON, no text field, too large, unreadable)."""
    if record.kind == REJECT:
        raise Rejected(*record.payload)
    return _parse(record, job, id_field)


def _json_type(value: Any) -> str:
    return {
        type(None): "null",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        list: "an array",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def words(text: str) -> int:
    """Words as white-space separated tokens: cheap, and the same measure the benchmark uses."""
    return len(text.split())


def _check_row(source: str, rid: str, text: str, job: Job, totals: Counter[str]) -> dict[str, Any]:
    diagnostics = check(text, _config(job.select, job.ignore, job.words, job.register))
    families: Counter[str] = Counter(family(d.code) for d in diagnostics)
    totals.update({f"family:{f}": n for f, n in families.items()})
    n_words = words(text)
    totals["words"] += n_words
    totals["diagnostics"] += len(diagnostics)
    totals["needs_repair"] += bool(families.get("NORM"))
    return {
        "source": source,
        "id": rid,
        "words": n_words,
        "chars": len(text),
        "n_diagnostics": len(diagnostics),
        "needs_repair": bool(families.get("NORM")),
        "families": dict(sorted(families.items())),
        "diagnostics": [
            {
                "code": d.code,
                "start": d.start,
                "end": d.end,
                "message": d.message,
                "found": d.found,
                "replacement": (d.replacements or [None])[0],
                "applicability": d.applicability.label if d.applicability is not None else None,
            }
            for d in diagnostics
        ],
    }


def _normalize_row(source: str, rid: str, text: str, job: Job, totals: Counter[str]) -> dict[str, Any]:
    out = text
    if job.convert_legacy:
        out = fix(out, _legacy_config(), unsafe=True)
    out = normalize(out)
    n_words = words(out)
    totals["words"] += n_words
    totals["needs_repair"] += out != text
    return {"source": source, "id": rid, "words": n_words, "chars": len(text), "changed": out != text, "text": out}


def process_partition(partition: Partition, job: Job) -> PartResult:
    """Every record of the partition either becomes a row of the part file or a reject
    (or, for LEARN, is counted)."""
    if job.mode == LEARN:
        return _learn_partition(partition, job)
    rows: list[dict[str, Any]] = []
    rejects: list[dict[str, Any]] = []
    totals: Counter[str] = Counter()
    handle = _check_row if job.mode == CHECK else _normalize_row
    for record in partition.records:
        try:
            if record.kind == REJECT:
                raise Rejected(*record.payload)
            rid, text = _parse(record, job, partition.id_fields.get(record.source, job.id_field or ""))
            rows.append(handle(record.source, rid, text, job, totals))
        except Rejected as exc:
            rejects.append(_reject(record, exc.kind, exc.reason))
        except Exception as exc:  # noqa: BLE001 - a bug in a rule must not lose the record or stop the run
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            rejects.append(_reject(record, "internal-error", f"banan failed on this record: {detail}"))
    counts = {
        "read": len(partition.records),
        "written": len(rows),
        "rejected": len(rejects),
        "input_bytes": partition.input_bytes,
        "bytes": sum(r.size for r in partition.records),
        "words": totals["words"],
        "needs_repair": totals["needs_repair"],
    }
    if job.mode == CHECK:
        counts["diagnostics"] = totals["diagnostics"]
        counts["families"] = {k.split(":", 1)[1]: v for k, v in sorted(totals.items()) if k.startswith("family:")}
    data = _encode(rows, job)
    return PartResult(
        partition.index, partition.first, data, rejects, counts, partition_digest(partition), dict(partition.id_fields)
    )


def _learn_partition(partition: Partition, job: Job) -> PartResult:
    """The words of the partition's records counted for a house vocabulary (see
    vocabulary.Learner.tallies), in counts["learn"]. A record that cannot be read, or
    that a rule fails on, is skipped: the check that follows rejects it and says why."""
    from ..vocabulary import Learner

    learner = Learner(words=job.words)
    for record in partition.records:
        try:
            _id, text = record_text(record, job)
            learner.add(text)
        except Exception:  # noqa: BLE001, S112 - the check pass reports it
            continue
    counts = {
        "read": len(partition.records),
        "bytes": sum(r.size for r in partition.records),
        "learn": learner.tallies(),
    }
    return PartResult(partition.index, partition.first, b"", [], counts)


def _reject(record: RawRecord, kind: str, reason: str) -> dict[str, Any]:
    return {
        "source": record.source,
        "id": record.locator,
        "kind": kind,
        "reason": reason,
        "excerpt": None if record.kind == REJECT else _excerpt(record.payload),
    }


def _encode(rows: list[dict[str, Any]], job: Job) -> bytes:
    if job.out_format == JSONL_FORMAT:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=parquet_schema(job.mode))
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue()


def parquet_schema(mode: str) -> Any:
    import pyarrow as pa

    common = [("source", pa.string()), ("id", pa.string()), ("words", pa.int64()), ("chars", pa.int64())]
    if mode == NORMALIZE:
        return pa.schema(common + [("changed", pa.bool_()), ("text", pa.string())])
    diagnostic = pa.struct(
        [
            ("code", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("message", pa.string()),
            ("found", pa.string()),
            ("replacement", pa.string()),
            ("applicability", pa.string()),
        ]
    )
    return pa.schema(
        common
        + [
            ("n_diagnostics", pa.int64()),
            ("needs_repair", pa.bool_()),
            ("families", pa.map_(pa.string(), pa.int64())),
            ("diagnostics", pa.list_(diagnostic)),
        ]
    )
