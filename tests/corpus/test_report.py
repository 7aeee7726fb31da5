"""`banan corpus report`: terminal summary and an HTML page with its charts, from a small
corpus; the word tables from an output that holds spelling diagnostics."""

from __future__ import annotations

import json
import re
import shutil

import pytest

import banan
from banan.cli import main
from banan.corpus.report import build_report, render_html

from .helpers import sample_texts, write_jsonl

BLOG = ["উত্সব হবে ।", "ভালো।", "গত 2024 সালে ৩৫ টি বই।"]


@pytest.fixture
def checked(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "news.jsonl", sample_texts(30))
    write_jsonl(src / "blog.jsonl", BLOG, id_prefix="b")
    (src / "broken.jsonl").write_text("{oops\n", encoding="utf-8")
    assert main(["corpus", "check", str(src), "--out", str(tmp_path / "out"), "--partition-records", "8", "-j1"]) == 1
    capsys.readouterr()
    return tmp_path / "out"


def test_report_text_and_html_with_charts(checked, tmp_path, capsys):
    html_path = tmp_path / "report.html"
    assert main(["corpus", "report", str(checked), "--html", str(html_path)]) == 0
    out = capsys.readouterr().out
    summary = json.loads((checked / "summary.json").read_text(encoding="utf-8"))
    assert "read 34, written 33, rejected 1" in out
    assert f"problems: {summary['diagnostics']:,}" in out
    texts = sample_texts(30) + BLOG
    repair = sum(1 for t in texts if any(d.code.startswith("NORM") for d in banan.check(t)))
    assert repair >= 2 and f"need Unicode repair: {repair} of 33 records" in out
    assert "rejects by reason: not-json 1" in out
    page = html_path.read_text(encoding="utf-8")
    charts = re.findall(r"<svg .*?</svg>", page, re.DOTALL)
    titles = [re.search(r"<title>(.*?)</title>", c).group(1) for c in charts]
    assert titles == [
        "Records that need Unicode repair",
        "Problems per rule family",
        "Records by problems per 1000 words",
        "Problems per 1000 words, by source",
        "Rejected records by reason",
    ]
    # The bars are drawn from the numbers: one per family, the longest for the most frequent.
    family_chart = charts[1]
    bars = re.findall(r'<rect [^>]*width="([\d.]+)"[^>]*><title>([A-Z]+): (\d+)</title>', family_chart)
    assert {f: int(n) for _, f, n in bars} == summary["families"]
    widest = max(bars, key=lambda b: float(b[0]))
    assert int(widest[2]) == max(summary["families"].values())
    # The histogram counts every record with words once.
    histogram = charts[2]
    assert sum(int(n) for n in re.findall(r"<title>[^<]*: (\d+)</title>", histogram)) == 33
    assert str(tmp_path / "in" / "blog.jsonl") in page


def test_report_of_normalize_output(tmp_path, capsys):
    src = write_jsonl(tmp_path / "c.jsonl", ["উত্সব হবে।", "ভালো।"])
    assert main(["corpus", "normalize", str(src), "--out", str(tmp_path / "o"), "-j1"]) == 0
    assert main(["corpus", "report", str(tmp_path / "o"), "--html", str(tmp_path / "r.html")]) == 0
    assert "changed by normalize: 1 of 2 records (50.0%)" in capsys.readouterr().out
    assert "<svg" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_word_tables_group_spelling_diagnostics_by_the_word(checked, tmp_path):
    """Spelling rules may not be in this build: write their diagnostics into a copy of the
    output, as they would appear, and read the tables back."""
    out = tmp_path / "synthetic"
    shutil.copytree(checked, out)
    part = min((out / "parts").glob("part-*.jsonl"))
    rows = [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]
    spelling = [
        ("SPELL001", "কোথায়ো", "কোথাও"),
        ("SPELL001", "কোথায়ো", "কোথাও"),
        ("SPELL001", "কোথায়ো", "কোথায়"),
        ("ORTHO002", "সরকারী", "সরকারি"),
        ("SPELL002", "ঝকমারি", None),
        ("NAME001", "রবিন্দ্রনাথ", "রবীন্দ্রনাথ"),
        ("SPELL002", "ঝকমারি", None),
        ("SPELL002", "হিজিবিজি", None),
    ]
    for code, found, replacement in spelling:
        rows[0]["diagnostics"].append(
            {
                "code": code,
                "start": 0,
                "end": len(found),
                "message": "",
                "found": found,
                "replacement": replacement,
                "applicability": None,
            }
        )
        rows[0]["n_diagnostics"] += 1
        family = re.match("[A-Z]+", code).group()
        rows[0]["families"][family] = rows[0]["families"].get(family, 0) + 1
    part.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    report = build_report(out)
    assert report.misspelled.most_common() == [("কোথায়ো", 3), ("সরকারী", 1), ("রবিন্দ্রনাথ", 1)]
    assert report.unknown.most_common() == [("ঝকমারি", 2), ("হিজিবিজি", 1)]
    assert report.suggestions["কোথায়ো"].most_common(1) == [("কোথাও", 2)]
    assert report.families["SPELL"] == 6
    page = render_html(report)
    assert "<title>Most frequent misspellings</title>" in page
    assert "<td>কোথায়ো</td><td>3</td><td>কোথাও, কোথায়</td>" in page
    assert "<td>ঝকমারি</td><td>2</td>" in page


def test_report_of_parquet_output_matches_jsonl(tmp_path, capsys):
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(25))
    for fmt in ("jsonl", "parquet"):
        assert main(["corpus", "check", str(src), "--out", str(tmp_path / fmt), "--format", fmt, "-j1"]) == 0
    a, b = build_report(tmp_path / "jsonl"), build_report(tmp_path / "parquet")
    assert (a.records, a.words, a.problems, a.families, a.codes) == (
        b.records,
        b.words,
        b.problems,
        b.families,
        b.codes,
    )


def test_report_on_a_folder_that_is_not_an_output(tmp_path, capsys):
    assert main(["corpus", "report", str(tmp_path)]) == 2
    assert "not a banan corpus output folder" in capsys.readouterr().err
