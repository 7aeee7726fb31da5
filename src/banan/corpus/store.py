"""The output folder: one part file per partition, a ledger of finished partitions, rejects.

Layout of OUT:

    run.json                 the settings of the run (a rerun must match them)
    parts/part-000000.jsonl  records of partition 0 (or .parquet), and so on, in input order
    rejects/part-000000.jsonl  rejected records of partition 0, when it has any
    ledger.jsonl             one line per finished partition, with its counts
    rejects.jsonl            all rejects in input order (written when the run ends)
    summary.json             the totals (written when the run ends)

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

    def open(self, settings: dict[str, Any]) -> dict[int, dict[str, Any]]:
        """Prepare OUT for a run with `settings`; returns the partitions already done.
        Raises OutputError when OUT holds a different run."""
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.out}: cannot create: {exc.strerror}") from None
        run_path = self.out / RUN
        if run_path.exists():
            try:
                previous = json.loads(run_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise OutputError(f"{run_path}: unreadable ({exc}); use a new --out folder") from None
            if previous != settings:
                changed = sorted(k for k in set(previous) | set(settings) if previous.get(k) != settings.get(k))
                raise OutputError(
                    f"{self.out} holds a run with other settings ({', '.join(changed)} differ); "
                    "rerun the same command to resume it, or choose a new --out folder"
                )
        elif any(self.out.iterdir()):
            raise OutputError(f"{self.out} is not empty and holds no banan corpus run; choose a new --out folder")
        else:
            replace_bytes(run_path, (json.dumps(settings, ensure_ascii=False, indent=2) + "\n").encode())
        self.parts.mkdir(exist_ok=True)
        self.reject_parts.mkdir(exist_ok=True)
        for folder in (self.out, self.parts, self.reject_parts):
            for leftover in folder.glob(".*.tmp"):  # from a killed write
                leftover.unlink()
        return self._read_ledger()

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
        entry = {"partition": result.index, "first": result.first, **result.counts}
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
        summary = {
            "partitions": len(indexes),
            "read": totals.pop("read", 0),
            "written": totals.pop("written", 0),
            "rejected": totals.pop("rejected", 0),
            **dict(sorted(totals.items())),
            "families": dict(families.most_common()),
            **extra,
        }
        if summary["read"] != summary["written"] + summary["rejected"]:
            raise OutputError(f"counts do not add up: {summary}")
        replace_bytes(self.out / SUMMARY, (json.dumps(summary, ensure_ascii=False, indent=2) + "\n").encode())
        return summary


def iter_part_files(out: str | Path) -> Iterator[Path]:
    """The part files of OUT in partition order."""
    yield from sorted(Path(out, "parts").glob("part-*.*"))
