"""The progress bar counts what the closing counts and summary.json count (bytes of text,
records), from the first moment: for compressed input too, and on a resumed run."""

from __future__ import annotations

import gzip
import json

import pytest
import tqdm
import zstandard

from .helpers import corpus, sample_texts, write_jsonl


class FakeBar:
    """Stands in for tqdm.tqdm and keeps what the run told it."""

    bars: list[FakeBar] = []

    def __init__(self, total=None, **_kwargs):
        self.total = total
        self.first_total = total
        self.n = 0
        self.updates: list[int] = []
        FakeBar.bars.append(self)

    def update(self, n):
        self.n += n
        self.updates.append(n)

    def set_postfix_str(self, *_args, **_kwargs):
        pass

    def refresh(self):
        pass

    def close(self):
        pass


@pytest.fixture
def bars(monkeypatch):
    FakeBar.bars = []
    monkeypatch.setattr(tqdm, "tqdm", FakeBar)
    return FakeBar.bars


def summary(out) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def test_progress_counts_text_bytes_of_compressed_input(tmp_path, capsys, bars):
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl.gz", sample_texts(60), compress="gz")
    write_jsonl(src / "b.jsonl.zst", sample_texts(30), compress="zst", id_prefix="b")
    (src / "c.txt.zst").write_bytes(zstandard.ZstdCompressor().compress("ভালো কথা।\n".encode() * 50))
    code, _, err = corpus(["check", src, "--out", tmp_path / "o", "--progress", "--partition-records", "8"], capsys)
    assert code == 0, err
    [bar] = bars
    text_bytes = summary(tmp_path / "o")["bytes"]
    assert bar.n == text_bytes == bar.total  # ends at 100%, in the summary's unit
    assert bar.first_total == text_bytes  # gzip and zstd record their sizes: right from the start
    assert len(bar.updates) == summary(tmp_path / "o")["partitions"]


def test_progress_total_is_corrected_when_a_file_records_no_size(tmp_path, capsys, bars):
    data = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in sample_texts(40)).encode()
    src = tmp_path / "a.jsonl.gz"
    src.write_bytes(gzip.compress(data) + gzip.compress(b"\n\n"))  # two members: the last one's size is 2
    code, _, err = corpus(["normalize", src, "--out", tmp_path / "o", "--progress"], capsys)
    assert code == 0, err
    [bar] = bars
    assert bar.first_total != bar.total == bar.n == summary(tmp_path / "o")["bytes"] == len(data)


def test_resumed_run_starts_the_bar_at_what_was_done(tmp_path, capsys, bars):
    src = write_jsonl(tmp_path / "c.jsonl.gz", sample_texts(50), compress="gz")
    out = tmp_path / "o"
    args = ["check", src, "--out", out, "--partition-records", "10", "--progress"]
    assert corpus(args, capsys)[0] == 0
    ledger = out / "ledger.jsonl"
    lines = ledger.read_text(encoding="utf-8").splitlines(keepends=True)
    ledger.write_text("".join(lines[:2]), encoding="utf-8")
    (out / "summary.json").unlink()
    assert corpus(args, capsys)[0] == 0
    first, resumed = bars
    done_bytes = sum(json.loads(line)["bytes"] for line in lines[:2])
    assert resumed.updates[:2] == [json.loads(line)["bytes"] for line in lines[:2]] and done_bytes > 0
    assert resumed.n == first.n == summary(out)["bytes"]


def test_learning_shows_its_progress_in_text_bytes(tmp_path, capsys, bars):
    """`banan lexicon learn --progress`, and the learning pass of `corpus check --learn`."""
    from banan.cli import main

    texts = sample_texts(40)
    src = write_jsonl(tmp_path / "a.jsonl.gz", texts, compress="gz")
    size = sum(
        len(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False).encode()) + 1 for i, t in enumerate(texts)
    )
    assert main(["lexicon", "learn", str(src), "--out", str(tmp_path / "w.txt"), "--progress"]) == 0
    assert len(bars) == 1 and bars[0].n == bars[0].total == size
    capsys.readouterr()
    code, _, err = corpus(["check", src, "--out", tmp_path / "o", "--progress", "--learn"], capsys)
    assert code == 0, err
    assert "Learning the corpus's own words first" in err
    assert [b.n for b in bars[1:]] == [size, size]  # the learning pass, then the check
