"""Killed mid-run (even with kill -9) and started again, a run ends with every input record
exactly once, the same as a run that was never interrupted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from .helpers import corpus, read_jsonl_parts, sample_texts, write_jsonl


def ledger_lines(out) -> int:
    try:
        return (out / "ledger.jsonl").read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_9_then_rerun_gives_each_record_exactly_once(tmp_path, capsys, jobs):
    texts = sample_texts(1000)
    src = write_jsonl(tmp_path / "c.jsonl", texts)
    args = ["check", str(src), "--id-field", "id", "--partition-records", "20"]
    code, _, err = corpus([*args, "--out", tmp_path / "clean", "-j", "1"], capsys)
    assert code == 0, err
    clean = read_jsonl_parts(tmp_path / "clean")
    args += ["-j", jobs]

    out = tmp_path / "killed"
    command = [sys.executable, "-m", "banan", "corpus", *args, "--out", str(out)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while ledger_lines(out) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)  # the run's own process only, as `kill -9 PID` would
    proc.wait()
    done_when_killed = ledger_lines(out)
    assert 5 <= done_when_killed < 50, "the run should have been killed part way (50 partitions in all)"
    assert not (out / "summary.json").exists()

    rerun = subprocess.run(command, check=False, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "Resumed:" in rerun.stdout and "Read 1,000 records: written 1,000, rejected 0" in rerun.stdout
    rows = read_jsonl_parts(out)
    assert Counter(r["id"] for r in rows) == Counter(f"d{i}" for i in range(1000))  # each exactly once
    assert rows == clean
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert (summary["read"], summary["written"], summary["rejected"]) == (1000, 1000, 0)
    assert summary["resumed_partitions"] >= done_when_killed - 1


def test_torn_ledger_line_and_unrecorded_part_are_redone(tmp_path, capsys):
    """The states a kill can leave, made on purpose: a part file renamed but not yet in the
    ledger, a half-written ledger line, a temporary file."""
    texts = sample_texts(60)
    src = write_jsonl(tmp_path / "c.jsonl", texts)
    args = ["normalize", src, "--out", tmp_path / "o", "--partition-records", "10", "-j", "1"]
    assert corpus(args, capsys)[0] == 0
    reference = read_jsonl_parts(tmp_path / "o")
    ledger = tmp_path / "o" / "ledger.jsonl"
    lines = ledger.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(lines) == 6
    # Keep 3 partitions in the ledger, a torn 4th line; partition 4's part file stays (renamed,
    # unrecorded); partition 5's part file is gone; a temporary file is left over.
    ledger.write_text("".join(lines[:3]) + lines[3][:17], encoding="utf-8")
    (tmp_path / "o" / "parts" / "part-000005.jsonl").unlink()
    (tmp_path / "o" / "parts" / "part-000004.jsonl").write_text('{"stale": true}\n', encoding="utf-8")
    (tmp_path / "o" / "parts" / ".part-000005.jsonl.x1.tmp").write_text("half", encoding="utf-8")
    (tmp_path / "o" / "summary.json").unlink()
    code, out, _ = corpus(args, capsys)
    assert code == 0 and "Resumed: 3 partitions" in out
    assert read_jsonl_parts(tmp_path / "o") == reference
    assert [json.loads(line)["partition"] for line in ledger.read_text(encoding="utf-8").splitlines()] == [
        0, 1, 2, 3, 4, 5]
    assert not list((tmp_path / "o" / "parts").glob(".*.tmp"))


def test_rerun_of_a_complete_run_changes_nothing(tmp_path, capsys):
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(20))
    args = ["check", src, "--out", tmp_path / "o"]
    corpus(args, capsys)
    before = {p.name: p.read_bytes() for p in (tmp_path / "o" / "parts").iterdir()}
    code, out, _ = corpus(args, capsys)
    assert code == 0 and "already complete" in out
    assert {p.name: p.read_bytes() for p in (tmp_path / "o" / "parts").iterdir()} == before


def test_other_settings_or_changed_input_refuse_to_resume(tmp_path, capsys):
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(30))
    out = tmp_path / "o"
    corpus(["check", src, "--out", out, "--partition-records", "10"], capsys)
    code, _, err = corpus(["check", src, "--out", out, "--partition-records", "5"], capsys)
    assert code == 2 and "other settings" in err and "records_per_partition" in err
    code, _, err = corpus(["normalize", src, "--out", out, "--partition-records", "10"], capsys)
    assert code == 2 and "mode" in err
    # Interrupted, then the input changed under it.
    (out / "summary.json").unlink()
    ledger = out / "ledger.jsonl"
    ledger.write_text(ledger.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
    write_jsonl(src, sample_texts(30), id_prefix="x")
    src.write_text("\n" + src.read_text(encoding="utf-8"), encoding="utf-8")  # every line moves down one
    code, _, err = corpus(["check", src, "--out", out, "--partition-records", "10"], capsys)
    assert code == 2 and "input changed" in err


def test_a_folder_that_is_not_a_run_is_refused(tmp_path, capsys):
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(3))
    out = tmp_path / "o"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    code, _, err = corpus(["check", src, "--out", out], capsys)
    assert code == 2 and "not empty" in err
    assert [p.name for p in out.iterdir()] == ["mine.txt"]
