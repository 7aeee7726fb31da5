"""Local workers share what they work out about words outside the lexicon through a log
the run appends to: whole records only, each read once, the log bounded and removed."""

from __future__ import annotations

import pickle

import pytest

from banan.corpus import sharing
from banan.spelling import speller

from .helpers import corpus, read_jsonl_parts, sample_texts, write_jsonl


@pytest.fixture
def worker(tmp_path):
    """This process as a worker reading a log the test writes; sharing off afterwards."""
    log = sharing.SharedLog(tmp_path)
    sharing.start_sharing(str(log.path))
    yield log
    sharing.start_sharing(None)
    log.close()


def adopted(monkeypatch) -> list:
    seen: list = []
    monkeypatch.setattr(type(speller()), "adopt", lambda self, learned: seen.append(learned))
    return seen


def test_a_worker_adopts_each_whole_record_once(worker, monkeypatch):
    seen = adopted(monkeypatch)
    first = ({"কখগ": False}, {})
    worker.add(pickle.dumps(first))
    sharing.adopt_shared()
    assert seen == [first]
    sharing.adopt_shared()  # nothing new
    assert seen == [first]

    second = ({"ঘঙচ": True}, {})
    payload = pickle.dumps(second)
    whole = sharing._LENGTH.pack(len(payload)) + payload
    with open(worker.path, "ab") as f:  # the run is still writing this record
        f.write(whole[:7])
    sharing.adopt_shared()
    assert seen == [first]
    with open(worker.path, "ab") as f:
        f.write(whole[7:])
    sharing.adopt_shared()
    assert seen == [first, second]


def test_the_log_stops_growing_at_its_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(sharing, "LOG_LIMIT", 100)
    log = sharing.SharedLog(tmp_path)
    log.add(b"x" * 60)
    log.add(b"y" * 60)  # past the limit: not written
    log.add(b"")  # nothing learned: no record
    assert log.path.stat().st_size == 4 + 60
    log.close()
    assert not log.path.exists()


def test_what_a_worker_learned_is_handed_on_once(worker):
    speller().forget()  # as a new worker: nothing judged yet
    word = "পতিবেদকের"  # a typo of প্রতিবেদকের (of the reporter), outside the lexicon
    verdict, ranked = speller().is_known(word), speller().candidates(word)
    known, suggestions = pickle.loads(sharing.learned_payload())
    assert known[word] is verdict is False
    assert list(suggestions[word]) == ranked and ranked[0].word == "প্রতিবেদকের"
    assert sharing.learned_payload() == b""  # handed on once


def test_a_shared_run_writes_what_a_run_in_one_process_writes(tmp_path, capsys):
    # The same texts twice over, so that workers meet words the other has judged.
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(200) * 2)
    args = ["check", str(src), "--partition-records", "20"]
    code, _, err = corpus([*args, "--out", tmp_path / "one", "-j", "1"], capsys)
    assert code == 0, err
    code, _, err = corpus([*args, "--out", tmp_path / "two", "-j", "2"], capsys)
    assert code == 0, err
    assert read_jsonl_parts(tmp_path / "two") == read_jsonl_parts(tmp_path / "one")
    assert not (tmp_path / "two" / sharing.LOG_NAME).exists()  # removed at the end


def test_a_log_a_killed_run_left_in_out_is_removed_by_the_next(tmp_path, capsys):
    src = write_jsonl(tmp_path / "c.jsonl", sample_texts(20))
    out = tmp_path / "out"
    code, _, err = corpus(["check", str(src), "--out", out, "-j", "1", "--restart"], capsys)
    assert code == 0, err
    (out / sharing.LOG_NAME).write_bytes(b"\x05\x00\x00\x00ab")  # as kill -9 leaves it
    (out / "summary.json").unlink()  # the run is unfinished
    code, _, err = corpus(["check", str(src), "--out", out, "-j", "1"], capsys)
    assert code == 0, err
    assert not (out / sharing.LOG_NAME).exists()


def test_a_garbled_log_stops_the_sharing_not_the_worker(worker):
    with open(worker.path, "ab") as f:  # as another run writing into the same OUT could leave it
        f.write(sharing._LENGTH.pack(3) + b"\x80\x05x")
    sharing.adopt_shared()
    assert sharing._log is None and speller().judge.fresh is None  # no longer reading nor recording
    assert sharing.learned_payload() == b""


def test_a_link_where_the_log_goes_is_replaced_not_followed(tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me", encoding="utf-8")
    (tmp_path / sharing.LOG_NAME).symlink_to(target)
    log = sharing.SharedLog(tmp_path)
    log.add(b"payload")
    assert target.read_text(encoding="utf-8") == "keep me"
    assert log.path is not None and not log.path.is_symlink()
    log.close()
    assert target.exists() and not (tmp_path / sharing.LOG_NAME).exists()
