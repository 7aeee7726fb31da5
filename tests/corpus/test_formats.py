"""Each input format is read record by record, with the right ids, sources and texts, and
check/normalize output equals what the library gives for the same text."""

from __future__ import annotations

import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

import banan
from banan.corpus.sources import (
    FIRST_PARTITION_BYTES,
    PARTITIONS_AT_LEAST,
    corpus_size,
    discover,
    iter_partitions,
)

from .helpers import corpus, read_jsonl_parts, write_jsonl


def expected_check(text: str) -> list[dict]:
    return [
        {"code": d.code, "start": d.start, "end": d.end, "found": d.found, "replacement": (d.replacements or [None])[0]}
        for d in banan.check(text)
    ]


def strip(diagnostics: list[dict]) -> list[dict]:
    return [{k: d[k] for k in ("code", "start", "end", "found", "replacement")} for d in diagnostics]


@pytest.mark.parametrize("compress", [None, "gz", "zst"])
def test_jsonl_with_id_field(tmp_path, texts, capsys, compress):
    name = "c.jsonl" + (f".{compress}" if compress else "")
    src = write_jsonl(tmp_path / name, texts, compress=compress)
    code, out, err = corpus(
        ["check", src, "--out", tmp_path / "out", "--id-field", "id", "--partition-records", "7", "-j", "1"], capsys
    )
    assert code == 0, err
    rows = read_jsonl_parts(tmp_path / "out")
    assert [r["id"] for r in rows] == [f"d{i}" for i in range(len(texts))]
    assert {r["source"] for r in rows} == {str(src)}
    for row, text in zip(rows, texts):
        assert strip(row["diagnostics"]) == expected_check(text)
        assert row["words"] == len(text.split())
        assert row["n_diagnostics"] == len(row["diagnostics"])
    assert any(r["diagnostics"] for r in rows) and "Read 40 records: written 40, rejected 0" in out


def test_jsonl_line_numbers_are_ids_and_blank_lines_are_not_records(tmp_path, capsys):
    src = tmp_path / "c.jsonl"
    src.write_text('{"body": "সে যায় ।"}\n\n  \n{"body": "ভালো।"}', encoding="utf-8")  # no final newline
    code, _, err = corpus(["normalize", src, "--out", tmp_path / "out", "--text-field", "body"], capsys)
    assert code == 0, err
    rows = read_jsonl_parts(tmp_path / "out")
    assert [(r["id"], r["text"]) for r in rows] == [("1", "সে যায় ।"), ("4", "ভালো।")]


def test_txt_folder_plain_gz_zst_and_bom(tmp_path, capsys):
    root = tmp_path / "corpus"
    (root / "news").mkdir(parents=True)
    (root / "blog").mkdir()
    (root / "news" / "a.txt").write_text("উত্সব হবে।\n", encoding="utf-8")
    (root / "news" / "b.txt.gz").write_bytes(gzip.compress("\ufeffসে যায় ।\n".encode()))
    (root / "blog" / "c.txt.zst").write_bytes(zstandard.ZstdCompressor().compress("ভালো কথা।".encode()))
    (root / "blog" / "notes.csv").write_text("ignored", encoding="utf-8")
    (root / ".hidden.txt").write_text("ignored", encoding="utf-8")
    code, _, err = corpus(["normalize", root, "--out", tmp_path / "out"], capsys)
    assert code == 0, err
    rows = read_jsonl_parts(tmp_path / "out")
    assert [(r["source"], r["id"], r["text"], r["changed"]) for r in rows] == [
        (str(root / "blog"), "blog/c.txt.zst", "ভালো কথা।", False),
        (str(root / "news"), "news/a.txt", banan.normalize("উত্সব হবে।\n"), True),
        (str(root / "news"), "news/b.txt.gz", "সে যায় ।\n", False),  # the byte order mark is not text
    ]
    assert rows[1]["text"] != "উত্সব হবে।\n"


def test_parquet_input_with_and_without_id_column(tmp_path, texts, capsys):
    src = tmp_path / "c.parquet"
    pq.write_table(pa.table({"key": [f"k{i}" for i in range(len(texts))], "content": texts}), src, row_group_size=9)
    code, _, err = corpus(
        [
            "check",
            src,
            "--out",
            tmp_path / "a",
            "--text-field",
            "content",
            "--id-field",
            "key",
            "--partition-records",
            "5",
        ],
        capsys,
    )
    assert code == 0, err
    rows = read_jsonl_parts(tmp_path / "a")
    assert [r["id"] for r in rows] == [f"k{i}" for i in range(len(texts))]
    assert [strip(r["diagnostics"]) for r in rows] == [expected_check(t) for t in texts]
    code, _, err = corpus(["normalize", src, "--out", tmp_path / "b", "--text-field", "content"], capsys)
    assert code == 0, err
    rows = read_jsonl_parts(tmp_path / "b")
    assert [r["id"] for r in rows] == [str(i) for i in range(len(texts))]  # row numbers, from 0
    assert [r["text"] for r in rows] == [banan.normalize(t) for t in texts]


def test_parquet_output_holds_the_same_records_as_jsonl(tmp_path, texts, capsys):
    src = write_jsonl(tmp_path / "c.jsonl", texts)
    for fmt in ("jsonl", "parquet"):
        code, _, err = corpus(
            ["check", src, "--out", tmp_path / fmt, "--format", fmt, "--partition-records", "16"], capsys
        )
        assert code == 0, err
    from_jsonl = read_jsonl_parts(tmp_path / "jsonl")
    parts = sorted((tmp_path / "parquet" / "parts").glob("part-*.parquet"))
    assert len(parts) == 3
    from_parquet = [r for p in parts for r in pq.read_table(p).to_pylist()]
    for row in from_parquet:
        row["families"] = dict(row["families"])
    assert from_parquet == from_jsonl


def test_partitions_are_deterministic_bounded_and_streamed(tmp_path, texts):
    src = write_jsonl(tmp_path / "c.jsonl", texts * 250)  # 10,000 records, about 6 MB
    files = discover([str(tmp_path)])
    first = [(p.index, p.first, len(p.records)) for p in iter_partitions(files, records_per_partition=64)]
    again = [(p.index, p.first, len(p.records)) for p in iter_partitions(files, records_per_partition=64)]
    assert first == again
    assert all(n <= 64 for _, _, n in first) and sum(n for _, _, n in first) == 10_000
    by_bytes = list(iter_partitions(files, records_per_partition=100_000, bytes_per_partition=200_000))
    assert len(by_bytes) > 5 and all(sum(r.size for r in p.records[:-1]) < 200_000 for p in by_bytes)
    # Streaming: the first partition arrives with only the start of the file read.
    stream = iter_partitions(files, records_per_partition=64)
    part = next(stream)
    assert part.records[-1].locator == 64 and part.input_bytes < src.stat().st_size / 4
    stream.close()


def test_unknown_input_kind_and_missing_path_are_usage_errors(tmp_path, capsys):
    (tmp_path / "a.csv").write_text("x", encoding="utf-8")
    code, _, err = corpus(["check", tmp_path / "a.csv", "--out", tmp_path / "o"], capsys)
    assert code == 2 and "unknown input kind" in err
    code, _, err = corpus(["check", tmp_path / "nope", "--out", tmp_path / "o"], capsys)
    assert code == 2 and "no such file" in err
    assert not (tmp_path / "o").exists()


def test_quiet_when_output_is_not_a_terminal(tmp_path, texts, capsys):
    src = write_jsonl(tmp_path / "c.jsonl", texts)
    code, _out, err = corpus(["check", src, "--out", tmp_path / "o"], capsys)
    assert code == 0 and err == ""  # no progress bar when stderr is not a terminal
    code, _out, err = corpus(["check", src, "--out", tmp_path / "p", "--progress"], capsys)
    assert code == 0 and "records" in err and "B/s" in err


def test_summary_counts_and_families(tmp_path, texts, capsys):
    src = write_jsonl(tmp_path / "c.jsonl", texts)
    corpus(["check", src, "--out", tmp_path / "o", "--partition-records", "6"], capsys)
    summary = json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8"))
    all_diagnostics = [d for t in texts for d in banan.check(t)]
    assert (summary["read"], summary["written"], summary["rejected"], summary["partitions"]) == (40, 40, 0, 7)
    assert summary["diagnostics"] == len(all_diagnostics)
    assert summary["words"] == sum(len(t.split()) for t in texts)
    assert sum(summary["families"].values()) == len(all_diagnostics)


def test_selection_applies(tmp_path, texts, capsys):
    src = write_jsonl(tmp_path / "c.jsonl", texts)
    corpus(["check", src, "--out", tmp_path / "o", "--select", "NUM", "--isolated"], capsys)
    codes = {d["code"] for r in read_jsonl_parts(tmp_path / "o") for d in r["diagnostics"]}
    assert codes and all(c.startswith("NUM") for c in codes)


def test_txt_records_by_line_and_by_paragraph(tmp_path, capsys):
    root = tmp_path / "corpus"
    root.mkdir()
    # A byte order mark, Windows line ends, a line of spaces, two blank lines, no final newline.
    (root / "a.txt").write_bytes("\ufeffসে যায় ।\r\nউত্সব হবে।\r\n   \r\nভালো কথা।\n\n\nশেষ লাইন।".encode())
    (root / "b.txt.gz").write_bytes(gzip.compress("এক।\nদুই।\n\nতিন।\n".encode()))
    code, _, err = corpus(["normalize", root, "--out", tmp_path / "lines", "--records", "line"], capsys)
    assert code == 0, err
    rows = read_jsonl_parts(tmp_path / "lines")
    assert [(r["id"], r["text"]) for r in rows] == [
        ("a.txt:1", "সে যায় ।"),
        ("a.txt:2", banan.normalize("উত্সব হবে।")),
        ("a.txt:4", "ভালো কথা।"),
        ("a.txt:7", "শেষ লাইন।"),
        ("b.txt.gz:1", "এক।"),
        ("b.txt.gz:2", "দুই।"),
        ("b.txt.gz:4", "তিন।"),
    ]
    assert {r["source"] for r in rows} == {str(root)}
    code, _, err = corpus(["check", root, "--out", tmp_path / "paragraphs", "--records", "paragraph"], capsys)
    assert code == 0, err
    rows = read_jsonl_parts(tmp_path / "paragraphs")
    paragraphs = ["সে যায় ।\r\nউত্সব হবে।", "ভালো কথা।", "শেষ লাইন।", "এক।\nদুই।", "তিন।"]
    assert [r["id"] for r in rows] == ["a.txt:1", "a.txt:4", "a.txt:7", "b.txt.gz:1", "b.txt.gz:4"]
    assert [strip(r["diagnostics"]) for r in rows] == [expected_check(p) for p in paragraphs]
    assert rows[0]["chars"] == len(paragraphs[0])


def test_txt_line_records_reject_only_the_bad_line(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_bytes("ভালো।\n".encode() + "café\n".encode("latin-1") + ("ক" * 600).encode() + b"\n" + "শেষ।\n".encode())
    code, _, _ = corpus(
        ["normalize", src, "--out", tmp_path / "o", "--records", "line", "--max-record-mb", "0.001"], capsys
    )
    assert code == 1
    assert [r["id"] for r in read_jsonl_parts(tmp_path / "o")] == ["a.txt:1", "a.txt:4"]
    rejects = [json.loads(line) for line in (tmp_path / "o" / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["kind"]) for r in rejects] == [("a.txt:2", "not-utf8"), ("a.txt:3", "too-large")]
    code, _, _ = corpus(
        ["normalize", src, "--out", tmp_path / "p", "--records", "paragraph", "--max-record-mb", "0.001"], capsys
    )
    assert code == 1  # one paragraph of four lines, too large: one reject, at its first line
    rejects = [json.loads(line) for line in (tmp_path / "p" / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["kind"]) for r in rejects] == [("a.txt:1", "too-large")]


def test_large_text_file_by_lines_is_many_partitions_the_first_small(tmp_path, texts):
    src = tmp_path / "big.txt"
    src.write_text("\n".join(texts * 100) + "\n", encoding="utf-8")  # 4,000 lines, about 2.4 MB
    files = discover([str(src)])
    assert len(list(iter_partitions(files))) == 1  # a whole file is one record
    parts = list(iter_partitions(files, records="line"))
    assert sum(len(p.records) for p in parts) == 4000 and len(parts) >= 4
    assert sum(r.size for r in parts[0].records) < 140_000  # 128 KB and a line: the first results come early
    assert parts[0].records[0].locator == "big.txt:1" and parts[-1].records[-1].locator == "big.txt:4000"


def test_a_small_corpus_is_cut_into_partitions_the_workers_can_share_evenly(tmp_path, texts):
    # 2.4 MB under the 4 MB budget: without the corpus's size, five partitions doubling
    # from 128 KB, the last ones a third of the text each (one worker checks it alone).
    src = tmp_path / "big.txt"
    src.write_text("\n".join(texts * 100) + "\n", encoding="utf-8")
    files = discover([str(src)])
    total = corpus_size(files)
    assert total == src.stat().st_size
    unbounded = list(iter_partitions(files, records="line"))
    parts = list(iter_partitions(files, records="line", corpus_bytes=total))
    biggest = max(sum(r.size for r in p.records) for p in parts)
    assert max(sum(r.size for r in p.records) for p in unbounded) > total / 4
    assert biggest < max(FIRST_PARTITION_BYTES, total // PARTITIONS_AT_LEAST) + 2_000  # a line over at most
    assert len(parts) >= min(PARTITIONS_AT_LEAST, total // FIRST_PARTITION_BYTES)
    assert [r.locator for p in parts for r in p.records] == [r.locator for p in unbounded for r in p.records]
    assert [p.first for p in parts] == [p.first for p in iter_partitions(files, records="line", corpus_bytes=total)]


def test_jsonl_ids_from_a_field_named_id_when_every_record_has_one(tmp_path, texts, capsys):
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl", texts[:10])  # every record has an id
    (src / "b.jsonl").write_text(  # one record has no id: line numbers for the whole file
        "".join(
            json.dumps(r, ensure_ascii=False) + "\n"
            for r in [{"id": "x", "text": "ভালো।"}, {"text": "সে যায় ।"}, {"id": "z", "text": "এক।"}]
        ),
        encoding="utf-8",
    )
    (src / "c.jsonl").write_text('{"id": "p", "text": "এক।"}\nnot json\n', encoding="utf-8")  # a reject's id aside
    code, out, err = corpus(["check", src, "--out", tmp_path / "o"], capsys)
    assert code == 1, err  # the line that is not JSON
    rows = read_jsonl_parts(tmp_path / "o")
    assert [r["id"] for r in rows] == [f"d{i}" for i in range(10)] + ["1", "2", "3", "p"]
    summary = json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8"))
    assert summary["jsonl_ids"] == {"field id": 2, "line number": 1}
    assert summary["jsonl_ids_mixed"] == [str(src / "b.jsonl")]
    assert "JSONL ids: field 'id' (2 files), line numbers (1 file)" in out
    assert f"line numbers for {src / 'b.jsonl'}: some of its records have an 'id' and others not" in out
    # An empty --id-field asks for line numbers; a named one is used as before.
    code, out, _ = corpus(["check", src / "a.jsonl", "--out", tmp_path / "p", "--id-field", ""], capsys)
    assert code == 0 and [r["id"] for r in read_jsonl_parts(tmp_path / "p")] == [str(i) for i in range(1, 11)]
    assert "JSONL ids: line numbers (1 file)." in out
