"""A record that cannot be decoded or parsed goes to rejects.jsonl with its reason;
read = written + rejected, always."""

from __future__ import annotations

import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard

from .helpers import corpus, read_jsonl_parts, sample_texts


def rejects(out) -> list[dict]:
    return [json.loads(line) for line in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]


def test_bad_jsonl_lines_are_rejected_with_reasons(tmp_path, capsys):
    src = tmp_path / "c.jsonl"
    lines = [
        b'{"id": "a", "text": "\xe0\xa6\xad\xe0\xa6\xbe\xe0\xa6\xb2\xe0\xa7\x8b"}',  # ভালো: fine
        b"not json at all",
        b'{"id": "b"}',
        b'{"id": "c", "text": 42}',
        b'["a list"]',
        b'{"id": "d", "text": "\xff\xfe bad bytes"}',
        b'{"text": "no id here"}',
        b'{"id": "e", "text": "\xe0\xa6\xb8\xe0\xa7\x87 \xe0\xa6\xaf\xe0\xa6\xbe\xe0\xa7\x9f \xe0\xa5\xa4"}',  # fine
    ]
    src.write_bytes(b"\n".join(lines) + b"\n")
    code, out, err = corpus(
        ["check", src, "--out", tmp_path / "o", "--id-field", "id", "--partition-records", "3"], capsys
    )
    assert code == 1, err  # complete, with rejects
    assert "Read 8 records: written 2, rejected 6" in out
    assert [r["id"] for r in read_jsonl_parts(tmp_path / "o")] == ["a", "e"]
    got = [(r["id"], r["kind"]) for r in rejects(tmp_path / "o")]
    assert got == [
        (2, "not-json"),
        (3, "no-text-field"),
        (4, "text-not-string"),
        (5, "not-object"),
        (6, "not-utf8"),
        (7, "no-id-field"),
    ]
    reasons = {r["kind"]: r["reason"] for r in rejects(tmp_path / "o")}
    assert "line 4: field 'text' is a number, not a string" == reasons["text-not-string"]
    assert "invalid byte 0xff" in reasons["not-utf8"]
    assert all(r["source"] == str(src) for r in rejects(tmp_path / "o"))
    summary = json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8"))
    assert (summary["read"], summary["written"], summary["rejected"]) == (8, 2, 6)


def test_bad_txt_files_and_broken_streams_are_rejected(tmp_path, capsys):
    root = tmp_path / "c"
    root.mkdir()
    (root / "good.txt").write_text("ভালো কথা।", encoding="utf-8")
    (root / "latin1.txt").write_bytes("café".encode("latin-1"))
    (root / "binary.txt").write_bytes(b"\x00\x01\x02 PK")
    (root / "big.txt").write_bytes("ক".encode() * 400_000)  # 1.2 MB
    (root / "cut.txt.gz").write_bytes(gzip.compress("কাটা ফাইল।".encode() * 1000)[:60])  # truncated
    lines = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in sample_texts(200)).encode()
    packed = gzip.compress(lines)
    (root / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    packed = zstandard.ZstdCompressor().compress(lines)
    (root / "cut.jsonl.zst").write_bytes(packed[: len(packed) // 2])  # zstandard itself would end quietly
    code, _out, err = corpus(["normalize", root, "--out", tmp_path / "o", "--max-record-mb", "1"], capsys)
    assert code == 1, err
    kinds = {r["id"]: r["kind"] for r in rejects(tmp_path / "o")}
    assert kinds["latin1.txt"] == "not-utf8"
    assert kinds["binary.txt"] == "binary"
    assert kinds["big.txt"] == "too-large"
    assert kinds["cut.txt.gz"] == "unreadable"
    cut_zst = [r for r in rejects(tmp_path / "o") if r["source"].endswith("cut.jsonl.zst")]
    assert [r["kind"] for r in cut_zst] == ["unreadable"] and "ends inside a frame" in cut_zst[0]["reason"]
    broken_jsonl = [r for r in rejects(tmp_path / "o") if r["source"].endswith("cut.jsonl.gz")]
    assert [r["kind"] for r in broken_jsonl] == ["unreadable"]
    assert "after line" in broken_jsonl[0]["reason"]
    summary = json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8"))
    assert summary["read"] == summary["written"] + summary["rejected"]
    written_ids = [r["id"] for r in read_jsonl_parts(tmp_path / "o")]
    assert "good.txt" in written_ids and summary["rejected"] == 6
    # The lines of the truncated JSONL that could be read are kept, the rest is one reject.
    kept = sum(1 for r in read_jsonl_parts(tmp_path / "o") if r["source"].endswith("cut.jsonl.gz"))
    assert 0 < kept < 200 and f"after line {kept}" in broken_jsonl[0]["reason"]


def test_oversized_jsonl_line_is_rejected_and_the_next_line_kept(tmp_path, capsys):
    src = tmp_path / "c.jsonl"
    big = json.dumps({"text": "ক" * 600_000}, ensure_ascii=False)
    src.write_text(big + "\n" + json.dumps({"text": "ভালো।"}, ensure_ascii=False) + "\n", encoding="utf-8")
    code, _, _ = corpus(["normalize", src, "--out", tmp_path / "o", "--max-record-mb", "1"], capsys)
    assert code == 1
    assert [(r["id"], r["kind"]) for r in rejects(tmp_path / "o")] == [(1, "too-large")]
    assert [(r["id"], r["text"]) for r in read_jsonl_parts(tmp_path / "o")] == [("2", "ভালো।")]


def test_parquet_nulls_and_missing_column(tmp_path, capsys):
    good = tmp_path / "a.parquet"
    pq.write_table(pa.table({"text": ["ভালো।", None, "সে যায় ।"]}), good)
    other = tmp_path / "b.parquet"
    pq.write_table(pa.table({"body": ["ক"]}), other)
    (tmp_path / "c.parquet").write_bytes(b"not parquet")
    code, _, err = corpus(["check", tmp_path, "--out", tmp_path / "o"], capsys)
    assert code == 1, err
    got = [(r["source"].rsplit("/", 1)[-1], r["id"], r["kind"]) for r in rejects(tmp_path / "o")]
    assert got == [("a.parquet", 1, "text-null"), ("b.parquet", 0, "no-text-field"), ("c.parquet", 0, "unreadable")]
    assert [r["id"] for r in read_jsonl_parts(tmp_path / "o")] == ["0", "2"]


def test_convert_legacy_converts_bijoy_records_and_spans(tmp_path, capsys):
    src = tmp_path / "c.jsonl"
    rows = [
        '{"id": "whole", "text": "evsjv GKv‡Wwg"}',
        '{"id": "mixed", "text": "আজ evsjv GKv‡Wwg‡Z সভা হবে।"}',
        '{"id": "plain", "text": "ভালো। Hello world."}',
    ]
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, _, err = corpus(["normalize", src, "--out", tmp_path / "o", "--id-field", "id", "--convert-legacy"], capsys)
    assert code == 0, err
    texts = {r["id"]: r["text"] for r in read_jsonl_parts(tmp_path / "o")}
    assert texts == {"whole": "বাংলা একাডেমি", "mixed": "আজ বাংলা একাডেমিতে সভা হবে।", "plain": "ভালো। Hello world."}
    code, _, err = corpus(["normalize", src, "--out", tmp_path / "p", "--id-field", "id"], capsys)
    assert code == 0, err
    assert {r["id"]: r["text"] for r in read_jsonl_parts(tmp_path / "p")}["whole"] == "evsjv GKv‡Wwg"


def test_broken_stream_of_text_lines_and_paragraphs(tmp_path, capsys):
    paragraphs = ["\n".join(sample_texts(3)) for _ in range(300)]
    packed = gzip.compress("\n\n".join(paragraphs).encode())
    (tmp_path / "cut.txt.gz").write_bytes(packed[: len(packed) // 2])
    for unit in ("line", "paragraph"):
        code, _, _ = corpus(["normalize", tmp_path / "cut.txt.gz", "--records", unit, "--out", tmp_path / unit], capsys)
        assert code == 1
        kept = read_jsonl_parts(tmp_path / unit)
        [reject] = rejects(tmp_path / unit)
        assert reject["kind"] == "unreadable"
        line = int(reject["id"].rsplit(":", 1)[1])
        assert f"after line {line - 1}" in reject["reason"]
        if unit == "line":  # every line read before the break is kept
            assert len(kept) > 100 and int(kept[-1]["id"].rsplit(":", 1)[1]) in (line - 1, line - 2)  # or blank
        else:  # whole paragraphs only; the one the break cut goes with the reject
            assert len(kept) > 30 and all(r["text"].count("\n") == 2 for r in kept)
            assert int(kept[-1]["id"].rsplit(":", 1)[1]) == line - 4
