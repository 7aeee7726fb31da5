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

import psutil
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


def test_a_run_killed_with_9_leaves_no_worker_behind(tmp_path):
    # Workers fork from a fork server, not from the run: each watches the process that
    # started it, and the fork server exits when the run is gone.
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(1000))
    out = tmp_path / "killed"
    command = [sys.executable, "-m", "banan", "corpus", "check", str(src), "--partition-records", "20", "-j", "2"]
    proc = subprocess.Popen([*command, "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while ledger_lines(out) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    started = psutil.Process(proc.pid).children(recursive=True)
    assert len(started) >= 2, "the run should have started its workers"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _, alive = psutil.wait_procs(started, timeout=15)
    assert not alive, [p.cmdline() for p in alive]


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
        0,
        1,
        2,
        3,
        4,
        5,
    ]
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


def _interrupt(out, keep: list[int]) -> None:
    """Leave OUT as a killed run would: only the partitions `keep` in the ledger, no summary."""
    ledger = out / "ledger.jsonl"
    lines = ledger.read_text(encoding="utf-8").splitlines(keepends=True)
    ledger.write_text("".join(lines[i] for i in keep), encoding="utf-8")
    for i in range(len(lines)):
        if i not in keep:
            (out / "parts" / f"part-{i:06d}.jsonl").unlink()
    (out / "summary.json").unlink()


@pytest.mark.parametrize("change", ["delete", "edit", "append"])
def test_input_changed_under_a_half_done_run_is_refused_and_restart_starts_over(tmp_path, capsys, change):
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(60))
    out = tmp_path / "o"
    args = ["check", src, "--partition-records", "10"]
    assert corpus([*args, "--out", out], capsys)[0] == 0
    _interrupt(out, [0, 1, 2])
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    if change == "delete":  # a record of a done partition goes
        del lines[4]
    elif change == "edit":  # a record of a done partition changes
        lines[4] = lines[4].replace("(4)", "(four)")
    else:  # a record is added at the end, after the done partitions
        lines.append(lines[0])
    src.write_text("".join(lines), encoding="utf-8")
    ledger_before = (out / "ledger.jsonl").read_bytes()
    code, _, err = corpus([*args, "--out", out], capsys)
    assert code == 2, err
    assert "input changed" in err and "c.jsonl" in err and "--restart" in err
    assert (out / "ledger.jsonl").read_bytes() == ledger_before  # nothing written
    assert not (out / "summary.json").exists()

    code, _, err = corpus([*args, "--out", out, "--restart"], capsys)
    assert code == 0, err
    assert corpus([*args, "--out", tmp_path / "fresh"], capsys)[0] == 0
    assert read_jsonl_parts(out) == read_jsonl_parts(tmp_path / "fresh")
    rows = read_jsonl_parts(out)
    assert len(rows) == len(lines) and len({r["id"] for r in rows}) == len({line for line in lines})


def test_edit_that_keeps_size_and_time_is_caught_before_anything_is_written(tmp_path, capsys):
    """Partitions 0, 1 and 3 done, 2 not: a record of partition 3 edited in place, its size
    and modification time kept. The partition hashes catch it, and partition 2 is not
    written before they do."""
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(50))
    out = tmp_path / "o"
    args = ["check", src, "--partition-records", "10", "--out", out]
    assert corpus(args, capsys)[0] == 0
    _interrupt(out, [0, 1, 3])
    stat = src.stat()
    data = src.read_bytes()
    assert data.count(b'"d35"') == 1
    src.write_bytes(data.replace(b'"d35"', b'"e35"'))
    os.utime(src, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    code, _, err = corpus(args, capsys)
    assert code == 2, err
    assert "partition 3 no longer matches the input" in err and "--restart" in err
    assert not (out / "parts" / "part-000002.jsonl").exists()
    assert (out / "ledger.jsonl").read_bytes().count(b"\n") == 3


def test_finished_run_of_a_changed_input_is_refused_not_reported_complete(tmp_path, capsys):
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(5))
    out = tmp_path / "o"
    assert corpus(["check", src, "--out", out], capsys)[0] == 0
    write_jsonl(src, sample_texts(6))
    code, out_text, err = corpus(["check", src, "--out", out], capsys)
    assert code == 2 and "already complete" not in out_text and "changed size" in err


def test_restart_removes_only_the_run(tmp_path, capsys):
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(12))
    out = tmp_path / "o"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    code, _, err = corpus(["check", src, "--out", out, "--restart"], capsys)
    assert code == 2 and "not empty" in err  # not a run: --restart deletes nothing
    assert [p.name for p in out.iterdir()] == ["mine.txt"]

    out = tmp_path / "p"
    assert corpus(["check", src, "--out", out, "--partition-records", "5"], capsys)[0] == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    code, _, err = corpus(["check", src, "--out", out, "--partition-records", "4", "--restart"], capsys)
    assert code == 0, err
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in (out / "parts").iterdir()) == [f"part-{i:06d}.jsonl" for i in range(3)]
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["records_per_partition"] == 4


def test_text_lines_resume_exactly_once(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("\n".join(sample_texts(80)) + "\n", encoding="utf-8")
    out = tmp_path / "o"
    args = ["normalize", src, "--records", "line", "--partition-records", "10", "--out", out]
    assert corpus(args, capsys)[0] == 0
    reference = read_jsonl_parts(out)
    _interrupt(out, [0, 2, 3])
    code, text, err = corpus(args, capsys)
    assert code == 0 and "Resumed: 3 partitions" in text, err
    assert read_jsonl_parts(out) == reference
    assert [r["id"] for r in reference] == [f"a.txt:{i}" for i in range(1, 81)]


def test_workers_that_cannot_use_the_lexicon_cache_give_its_clear_error(tmp_path):
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(50))
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    env = {**os.environ, "BANAN_CACHE_DIR": str(blocker / "cache")}  # a folder inside a file
    command = [sys.executable, "-m", "banan", "corpus", "check", str(src), "--out", str(tmp_path / "o"), "-j", "2"]
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 2, proc.stderr
    assert "cannot use the lexicon cache" in proc.stderr and "BANAN_CACHE_DIR" in proc.stderr
    assert "Traceback" not in proc.stderr
