"""The output folder: one part file per partition, a ledger of finished partitions, rejects.

Layout of OUT:

    run.json                 the settings of the run and each input file's size and
                             modification time (a rerun must match them)
    parts/part-000000.jsonl  records of partition 0 (or .parquet), and so on, in input order
    rejects/part-000000.jsonl  rejected records of partition 0, when it has any
    ledger.jsonl             one line per finished partition, with its counts and a hash
                             of the input it was cut from
    rejects.jsonl            all rejects in input order (written when the run ends)
    summary.json             the totals (written when the run ends)
    learned-words.txt        with `--learn`: the words learned from the corpus first, and
    learned-words.txt.review.tsv   what a person reads to prune them (corpus/learning.py)

Exactly once, even after kill -9: a partition's rejects and then its part file are
written to a temporary name, fsynced and renamed; only then is its ledger line
appended and fsynced. A partition is done when its ledger line is whole. A rerun
drops a torn last ledger line and leftover temporary files, skips the partitions in
the ledger, and redoes the others, replacing any part file a killed run had renamed
but not yet recorded. So every record ends in exactly one part file or one reject.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..files import replace_bytes
from .pipeline import PartResult

__all__ = ["OutputError", "Store"]

RUN, LEDGER, SUMMARY, REJECTS = "run.json", "ledger.jsonl", "summary.json", "rejects.jsonl"
LEARNED = "learned-words.txt"
INPUT_FILES = "input_files"  # in run.json: each input's path, size and modification time


def input_changes(before: list[dict[str, Any]], now: list[dict[str, Any]]) -> list[str]:
    """What differs between two lists of sources.identity, in words; [] when nothing does."""
    old = {f["path"]: f for f in before}
    new = {f["path"]: f for f in now}
    changes = []
    for path, f in new.items():
        was = old.get(path)
        if was is None:
            changes.append(f"{path} is new")
        elif was.get("size") != f["size"]:
            changes.append(f"{path} changed size from {was.get('size')} to {f['size']} bytes")
        elif was.get("mtime_ns") != f["mtime_ns"]:
            changes.append(f"{path} was modified")
    changes.extend(f"{path} is gone" for path in old if path not in new)
    if not changes and list(old) != list(new):
        changes.append("the inputs are in another order")
    return changes


class OutputError(Exception):
    """OUT cannot be used: it holds another run, or cannot be written."""


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class Store:
    def __init__(self, out: str | Path, suffix: str) -> None:
        self.out = Path(out)
        self.suffix = suffix  # "jsonl" or "parquet"
        self.parts = self.out / "parts"
        self.reject_parts = self.out / "rejects"
        self.ledger_path = self.out / LEDGER

    # -- opening, and resuming -------------------------------------------------

    def open(
        self, settings: dict[str, Any], inputs: list[dict[str, Any]], *, restart: bool = False
    ) -> dict[int, dict[str, Any]]:
        """Prepare OUT for a run with `settings` over `inputs` (sources.identity); returns
        the partitions already done. Raises OutputError when OUT holds a different run or
        one whose input changed since, unless `restart` (which discards that run)."""
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.out}: cannot create: {exc.strerror}") from None
        run_path = self.out / RUN
        state = {**settings, INPUT_FILES: inputs}
        if run_path.exists():
            try:
                previous = json.loads(run_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                if not restart:
                    raise OutputError(f"{run_path}: unreadable ({exc}); use --restart or a new --out folder") from None
                previous = {}
            if restart:
                self._discard()
            else:
                self._compare(previous, settings, inputs)
        elif any(self.out.iterdir()):
            raise OutputError(f"{self.out} is not empty and holds no banan corpus run; choose a new --out folder")
        if not run_path.exists():
            replace_bytes(run_path, (json.dumps(state, ensure_ascii=False, indent=2) + "\n").encode())
        self.parts.mkdir(exist_ok=True)
        self.reject_parts.mkdir(exist_ok=True)
        for folder in (self.out, self.parts, self.reject_parts):
            for leftover in folder.glob(".*.tmp"):  # from a killed write
                leftover.unlink()
        return self._read_ledger()

    def _compare(self, previous: dict[str, Any], settings: dict[str, Any], inputs: list[dict[str, Any]]) -> None:
        before = {k: v for k, v in previous.items() if k != INPUT_FILES}
        if before != settings:
            changed = sorted(k for k in set(before) | set(settings) if before.get(k) != settings.get(k))
            raise OutputError(
                f"{self.out} holds a run with other settings ({', '.join(changed)} differ); rerun the same "
                "command to resume it, --restart to discard it and start over, or choose a new --out folder"
            )
        changes = input_changes(previous.get(INPUT_FILES, []), inputs)
        if changes:
            shown = "; ".join(changes[:5]) + (f"; and {len(changes) - 5} more" if len(changes) > 5 else "")
            raise OutputError(
                f"the input changed since the run in {self.out} started ({shown}): resuming would mix old and new "
                "records; use --restart to discard that run and start over, or choose a new --out folder"
            )

    def _discard(self) -> None:
        """Remove the run held in OUT (its own files only; anything else stays)."""
        for folder in (self.parts, self.reject_parts):
            if folder.is_dir():
                for path in folder.glob("part-*.*"):
                    path.unlink()
                for path in folder.glob(".*.tmp"):
                    path.unlink()
        for name in (SUMMARY, REJECTS, LEDGER, RUN, LEARNED, LEARNED + ".review.tsv"):
            (self.out / name).unlink(missing_ok=True)
        _fsync_dir(self.out)

    def _read_ledger(self) -> dict[int, dict[str, Any]]:
        if not self.ledger_path.exists():
            return {}
        data = self.ledger_path.read_bytes()
        if data and not data.endswith(b"\n"):
            # Killed while appending: drop the torn line so the next append starts clean.
            keep = data[: data.rfind(b"\n") + 1]
            with open(self.ledger_path, "r+b") as f:
                f.truncate(len(keep))
                f.flush()
                os.fsync(f.fileno())
            data = keep
        done = {}
        for line in data.decode("utf-8").splitlines():
            entry = json.loads(line)
            if self.part_path(entry["partition"]).exists():
                done[entry["partition"]] = entry
        return done

    # -- one partition -----------------------------------------------------------

    def part_path(self, index: int) -> Path:
        return self.parts / f"part-{index:06d}.{self.suffix}"

    def reject_path(self, index: int) -> Path:
        return self.reject_parts / f"part-{index:06d}.jsonl"

    def commit(self, result: PartResult) -> dict[str, Any]:
        """Write a finished partition durably, then record it in the ledger."""
        reject_path = self.reject_path(result.index)
        if result.rejects:
            lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in result.rejects)
            replace_bytes(reject_path, lines.encode("utf-8"))
        elif reject_path.exists():
            reject_path.unlink()
        replace_bytes(self.part_path(result.index), result.data)
        _fsync_dir(self.parts)
        entry = {
            "partition": result.index,
            "first": result.first,
            "digest": result.digest,
            "id_fields": result.id_fields,
            **result.counts,
        }
        with open(self.ledger_path, "ab") as f:
            f.write((json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        return entry

    # -- the end -----------------------------------------------------------------

    def finish(self, done: dict[int, dict[str, Any]], extra: dict[str, Any]) -> dict[str, Any]:
        """Merge the rejects and write the summary; `done` holds every partition's entry."""
        indexes = sorted(done)
        chunks = []
        for i in indexes:
            path = self.reject_path(i)
            if done[i]["rejected"]:
                chunks.append(path.read_bytes())
        replace_bytes(self.out / REJECTS, b"".join(chunks))
        totals: Counter[str] = Counter()
        families: Counter[str] = Counter()
        for entry in done.values():
            families.update(entry.get("families", {}))
            for key, value in entry.items():
                if key not in ("partition", "first") and isinstance(value, int):
                    totals[key] += value
        id_fields: dict[str, str] = {}
        for entry in done.values():
            id_fields.update(entry.get("id_fields", {}))
        summary = {
            "partitions": len(indexes),
            "read": totals.pop("read", 0),
            "written": totals.pop("written", 0),
            "rejected": totals.pop("rejected", 0),
            **dict(sorted(totals.items())),
            "families": dict(families.most_common()),
            **extra,
        }
        if id_fields:  # JSONL files by the ids their records got
            summary["jsonl_ids"] = dict(Counter(f"field {v}" if v else "line number" for v in id_fields.values()))
        if summary["read"] != summary["written"] + summary["rejected"]:
            raise OutputError(f"counts do not add up: {summary}")
        replace_bytes(self.out / SUMMARY, (json.dumps(summary, ensure_ascii=False, indent=2) + "\n").encode())
        return summary


def iter_part_files(out: str | Path) -> Iterator[Path]:
    """The part files of OUT in partition order."""
    yield from sorted(Path(out, "parts").glob("part-*.*"))
