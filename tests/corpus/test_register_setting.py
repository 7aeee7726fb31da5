"""Corpus mode honours the register setting (--register, banan.toml) like `banan check`."""

from __future__ import annotations

from .helpers import corpus, read_jsonl_parts, write_jsonl

# "He said the work will be finished": all সাধু; a mixed sentence (তাহারা in চলিত).
TEXTS = ["তিনি বলিলেন, কার্য সমাপ্ত হইবে।", "আমরা বাজারে গেলাম এবং দেখলাম সেখানে তাহারা বসে আছে।"]


def _codes(tmp_path, capsys, *options: str) -> list[list[str]]:
    src = write_jsonl(tmp_path / "c.jsonl", TEXTS)
    out = tmp_path / ("out" + "".join(options).replace("-", "_"))
    code, _, err = corpus(["check", src, "--out", out, "--select", "REGISTER", "--isolated", *options], capsys)
    assert code in (0, 1), err
    return [[d["code"] for d in row["diagnostics"]] for row in read_jsonl_parts(out)]


def test_corpus_check_takes_the_register_setting(tmp_path, capsys):
    assert _codes(tmp_path, capsys) == [[], ["REGISTER001"]]
    assert _codes(tmp_path, capsys, "--register", "cholito") == [["REGISTER002", "REGISTER002"], ["REGISTER002"]]
