"""The same pipeline on a Dask cluster gives the local run's output, record for record."""

from __future__ import annotations

import pytest

from banan.cli import main

from .helpers import read_jsonl_parts, sample_texts, write_jsonl

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    # Threads in this process keep the test fast; `--dask-local` starts worker processes.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c


@pytest.mark.parametrize("mode", ["check", "normalize"])
def test_dask_run_equals_local_run(tmp_path, capsys, cluster, mode):
    texts = sample_texts(300)
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl", texts[:200])
    write_jsonl(src / "b.jsonl.gz", texts[200:], compress="gz", id_prefix="b")
    (src / "bad.jsonl").write_text('{"id": 1}\nnot json\n', encoding="utf-8")
    common = [mode, str(src), "--id-field", "id", "--partition-records", "16"]
    assert main(["corpus", *common, "--out", str(tmp_path / "local"), "-j", "1"]) == 1
    assert (
        main(["corpus", *common, "--out", str(tmp_path / "dask"), "--dask-scheduler", cluster.scheduler_address]) == 1
    )
    out = capsys.readouterr().out
    assert "on Dask at " in out
    local, on_dask = read_jsonl_parts(tmp_path / "local"), read_jsonl_parts(tmp_path / "dask")
    assert len(local) == 300 and on_dask == local
    assert (tmp_path / "dask" / "rejects.jsonl").read_text(encoding="utf-8") == (
        tmp_path / "local" / "rejects.jsonl"
    ).read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "dask" / "parts").iterdir()) == sorted(
        p.name for p in (tmp_path / "local" / "parts").iterdir()
    )


def test_dask_run_resumes_a_local_run(tmp_path, capsys, cluster):
    """Partitions are the same whichever way they are computed, so a run interrupted
    locally can be finished on a cluster."""
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(120))
    out = tmp_path / "o"
    common = ["corpus", "check", str(src), "--partition-records", "10", "--out", str(out)]
    assert main([*common, "-j", "1"]) == 0
    reference = read_jsonl_parts(out)
    ledger = out / "ledger.jsonl"
    ledger.write_text("".join(ledger.read_text(encoding="utf-8").splitlines(keepends=True)[:4]), encoding="utf-8")
    (out / "summary.json").unlink()
    assert main([*common, "--dask-scheduler", cluster.scheduler_address]) == 0
    assert "Resumed: 4 partitions" in capsys.readouterr().out
    assert read_jsonl_parts(out) == reference


def test_dask_run_equals_local_run_for_text_lines_and_chosen_ids(tmp_path, capsys, cluster):
    """Text records by paragraph and JSONL ids chosen per file travel with the partition."""
    src = tmp_path / "in"
    src.mkdir()
    texts = sample_texts(90)
    (src / "a.txt").write_text("\n\n".join("\n".join(texts[i : i + 3]) for i in range(0, 60, 3)), encoding="utf-8")
    write_jsonl(src / "b.jsonl", texts[60:])  # every record has an id
    common = ["check", str(src), "--records", "paragraph", "--partition-records", "7"]
    assert main(["corpus", *common, "--out", str(tmp_path / "local"), "-j", "1"]) == 0
    dask = ["--dask-scheduler", cluster.scheduler_address]
    assert main(["corpus", *common, "--out", str(tmp_path / "dask"), *dask]) == 0
    capsys.readouterr()
    local, on_dask = read_jsonl_parts(tmp_path / "local"), read_jsonl_parts(tmp_path / "dask")
    assert on_dask == local and len(local) == 50
    assert [r["id"] for r in local[:2]] == ["a.txt:1", "a.txt:5"] and local[-1]["id"] == "d29"


def test_a_local_cluster_shares_what_its_workers_learn_and_writes_what_one_process_writes(tmp_path, capsys):
    # Worker processes on this machine share a log in OUT (corpus/sharing.py), as local
    # workers do; the texts twice over, so that each worker meets words the other judged.
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(100) * 2)
    common = ["corpus", "check", str(src), "--partition-records", "10"]
    assert main([*common, "--out", str(tmp_path / "one"), "-j", "1"]) == 0
    out = tmp_path / "dask"
    assert main([*common, "--out", str(out), "--dask-local", "2"]) == 0
    assert "on Dask at " in capsys.readouterr().out
    assert read_jsonl_parts(out) == read_jsonl_parts(tmp_path / "one")
    assert not (out / ".shared-words.tmp").exists()
