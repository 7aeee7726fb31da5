"""`banan corpus check --learn`: the corpus's own words learned first, once, and accepted in the check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import corpus, read_jsonl_parts, write_jsonl

# As in tests/test_vocabulary.py: an invented place name no word list holds, and a slip
# of প্রতিবেদক (reporter) with its ra-phala left out.
NAME, TYPO = "মোরালিস্তান", "পতিবেদক"


def news(i: int, *, name: bool = True, typo: bool = False) -> str:
    """'From NAME (or Dhaka) our reporter says that it rained there today (i).'"""
    return f"{NAME if name else 'ঢাকা'} থেকে আমাদের {TYPO if typo else 'প্রতিবেদক'} জানান, সেখানে আজ বৃষ্টি হয়েছে। ({i})"


def unknown_words(out: Path) -> list[str]:
    return [d["found"] for r in read_jsonl_parts(out) for d in r["diagnostics"] if d["code"] == "SPELL001"]


def archive(tmp_path: Path) -> Path:
    # The name in six reports; a slip of প্রতিবেদক (reporter) in three.
    texts = [news(i) for i in range(6)] + [news(i, name=False, typo=True) for i in range(3)]
    return write_jsonl(tmp_path / "in.jsonl", texts)


def test_learn_removes_the_corpus_names_from_the_unknown_words_and_keeps_its_misspellings(tmp_path, capsys):
    src = archive(tmp_path)
    code, _, _ = corpus(["check", src, "--out", tmp_path / "plain", "--select", "SPELL"], capsys)
    assert code == 0
    assert sorted(set(unknown_words(tmp_path / "plain"))) == sorted({NAME, TYPO})

    out = tmp_path / "learned"
    code, stdout, _ = corpus(["check", src, "--out", out, "--select", "SPELL", "--learn"], capsys)
    assert code == 0
    assert unknown_words(out) == [TYPO] * 3
    assert (out / "learned-words.txt").read_text(encoding="utf-8") == NAME + "\n"
    review = (out / "learned-words.txt.review.tsv").read_text(encoding="utf-8")
    assert f"\n{TYPO}\tno\t3\t3\t" in review
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["learned_words"] == 1
    assert "Learned first: 1 word" in stdout


def test_learn_thresholds_are_options_and_part_of_the_run(tmp_path, capsys):
    src = archive(tmp_path)
    out = tmp_path / "o"
    code, _, _ = corpus(
        ["check", src, "--out", out, "--select", "SPELL", "--learn", "--learn-min-documents", "7"], capsys
    )
    assert code == 0
    assert NAME in unknown_words(out)  # in six records only
    # A rerun with other thresholds is another run, not a resume of this one.
    code, _, err = corpus(["check", src, "--out", out, "--select", "SPELL", "--learn"], capsys)
    assert code == 2 and "learn_min_documents" in err


def test_words_given_to_a_corpus_check_are_accepted(tmp_path, capsys):
    """--words used to be accepted on the command line and dropped on the way to the workers."""
    src = archive(tmp_path)
    words = tmp_path / "words.txt"
    words.write_text(NAME + "\n", encoding="utf-8")
    out = tmp_path / "o"
    assert corpus(["check", src, "--out", out, "--select", "SPELL", "--words", words], capsys)[0] == 0
    assert NAME not in unknown_words(out)


def test_learn_with_a_pool_of_workers(tmp_path, capsys):
    src = archive(tmp_path)
    out = tmp_path / "o"
    code, _, _ = corpus(
        ["check", src, "--out", out, "--select", "SPELL", "--learn", "-j", "2", "--partition-records", "2"], capsys
    )
    assert code == 0
    assert unknown_words(out) == [TYPO] * 3


def test_learn_on_dask_counts_in_the_workers_and_judges_once(tmp_path, capsys, monkeypatch):
    distributed = pytest.importorskip("distributed")
    from banan.corpus import pipeline
    from banan.vocabulary import Learner

    counted, judged = [], []
    count_partition, result = pipeline._learn_partition, Learner.result

    def counting(partition, job):
        counted.append(partition.index)
        return count_partition(partition, job)

    def judging(self):
        judged.append(1)
        return result(self)

    monkeypatch.setattr(pipeline, "_learn_partition", counting)
    monkeypatch.setattr(Learner, "result", judging)
    src = archive(tmp_path)
    # Threads of this process as workers: the counts of the patched functions are seen here.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        code, _, _ = corpus(
            [
                "check",
                src,
                "--out",
                tmp_path / "o",
                "--select",
                "SPELL",
                "--learn",
                "--partition-records",
                "2",
                "--dask-scheduler",
                c.scheduler_address,
            ],
            capsys,
        )
    assert code == 0
    assert sorted(counted) == list(range(5))  # nine records, two a partition
    assert judged == [1]
    assert unknown_words(tmp_path / "o") == [TYPO] * 3
