"""A house vocabulary learned from an archive: `banan lexicon learn` and banan.vocabulary."""

from __future__ import annotations

import dataclasses
import gzip
import json
from pathlib import Path

import pytest

from banan.cli import main
from banan.config import Config, load_config, read_word_list
from banan.engine import check
from banan.vocabulary import REVIEW_COLUMNS, Learner, LearnOptions, review_tsv, word_list

# An invented place name no word list holds, and no common word is a slip away from.
NAME = "মোরালিস্তান"
# প্রতিবেদক (reporter) with its ra-phala left out: a slip SPELL001 reports.
TYPO, RIGHT = "পতিবেদক", "প্রতিবেদক"


def news(i: int, *, name: bool = True, typo: bool = False) -> str:
    """A short report of the archive: 'From NAME our reporter says that it rained there today (i).'"""
    place = NAME if name else "ঢাকা"
    reporter = TYPO if typo else RIGHT
    return f"{place} থেকে আমাদের {reporter} জানান, সেখানে আজ বৃষ্টি হয়েছে। ({i})"


def spelling_flags(text: str, words: frozenset[str] = frozenset()) -> list[str]:
    return [d.found for d in check(text, Config(select=("SPELL",), words=words))]


def learned(texts: list[str], **options: object) -> dict[str, object]:
    entries = Learner(LearnOptions(**options)).add_all(texts).result()  # type: ignore[arg-type]
    return {e.word: e for e in entries}


def test_a_recurring_name_is_learned_and_no_longer_flagged() -> None:
    texts = [news(i) for i in range(4)]
    assert NAME in spelling_flags(texts[0])
    entries = learned(texts)
    assert entries[NAME].learned and entries[NAME].count == 4 and entries[NAME].documents == 4
    words = frozenset(word_list(entries.values()).split())
    assert words == {NAME}
    assert spelling_flags(texts[0], words) == []


def test_a_misspelling_frequent_in_the_archive_is_not_learned_when_its_correction_is_more_frequent() -> None:
    # The typo in four reports, the correction in forty: the archive says which is right.
    texts = [news(i, name=False, typo=True) for i in range(4)] + [news(i, name=False) for i in range(40)]
    archive_only = dict(min_zipf=float("inf"))  # the lexicon's word frequencies left out of it
    entry = learned(texts, **archive_only)[TYPO]
    assert not entry.learned
    assert entry.correction.word == RIGHT and entry.correction.archive == 40
    # ... and it is the correction's frequency that decides: with the test off, it would be learned.
    assert learned(texts, max_ratio=float("inf"), **archive_only)[TYPO].learned


def test_a_misspelling_of_a_common_word_is_not_learned_however_often_the_archive_repeats_it() -> None:
    # The archive never writes the correction: the lexicon's frequency for it decides.
    texts = [news(i, name=False, typo=True) for i in range(30)]
    entry = learned(texts)[TYPO]
    assert not entry.learned and entry.correction.word == RIGHT and entry.correction.zipf > 4
    assert learned(texts, min_zipf=float("inf"))[TYPO].learned


def test_min_documents_and_min_count() -> None:
    one_document = [" ".join(news(i) for i in range(5))]
    assert not learned(one_document)  # five times, but in one document
    assert learned(one_document, min_documents=1)[NAME].learned
    two = [news(0) + " " + news(1), news(2)]  # three times in two documents
    assert learned(two)[NAME].learned
    assert learned(two, min_count=3)[NAME].learned
    assert not learned(two, min_count=4)
    assert not learned(two, min_documents=3)


def test_the_count_table_stays_bounded_and_keeps_recurring_words() -> None:
    # Many one-off unknown words (invented: ঝ + digits spelt out in letters) fill the table.
    letters = "কখগঘচছজঝটঠডঢতথদধনপফবভমযরলশষসহ"
    one_offs = [f"ঝো{a}{b}{c}লি" for a in letters for b in letters for c in letters[:4]][:3000]
    texts = [f"{news(i)} {' '.join(one_offs[i * 30 : (i + 1) * 30])}" for i in range(100)]
    learner = Learner(LearnOptions(max_table=500)).add_all(texts)
    assert len(learner._unknown) <= 500 and learner.pruned_below >= 1
    entries = {e.word: e for e in learner.result()}
    assert entries[NAME].learned and entries[NAME].documents == 100


def test_review_file_columns_and_a_sample_context() -> None:
    texts = [news(i) for i in range(3)] + [news(i, name=False, typo=True) for i in range(3)]
    rows = [line.split("\t") for line in review_tsv(Learner().add_all(texts).result()).splitlines()]
    assert tuple(rows[0]) == REVIEW_COLUMNS
    by_word = {r[0]: dict(zip(REVIEW_COLUMNS, r, strict=True)) for r in rows[1:]}
    name = by_word[NAME]
    assert (name["learned"], name["count"], name["documents"]) == ("yes", "3", "3")
    assert f"[{NAME}] থেকে আমাদের" in name["context"]
    typo = by_word[TYPO]
    assert typo["learned"] == "no" and typo["correction"] == RIGHT and float(typo["correction_zipf"]) > 4


# -- the command ----------------------------------------------------------------------


def learn_cli(capsys, *args: object) -> tuple[int, str]:
    code = main(["lexicon", "learn", *map(str, args)])
    return code, capsys.readouterr().err


def test_command_reads_text_jsonl_and_gzip_with_the_corpus_readers(tmp_path: Path, capsys) -> None:
    archive = tmp_path / "archive"
    (archive / "2024").mkdir(parents=True)
    (archive / "2024" / "a.txt").write_text(news(0) + "\n\n" + news(1) + "\n", encoding="utf-8")
    lines = "".join(json.dumps({"body": news(i), "id": i}, ensure_ascii=False) + "\n" for i in range(2, 4))
    (archive / "b.jsonl.gz").write_bytes(gzip.compress(lines.encode("utf-8")))
    out = tmp_path / "house.txt"
    code, err = learn_cli(capsys, archive, "--records", "paragraph", "--text-field", "body", "--out", out)
    assert code == 0, err
    assert out.read_text(encoding="utf-8") == NAME + "\n"
    assert "Read 4 documents" in err and "learned 1" in err
    review = (tmp_path / "house.txt.review.tsv").read_text(encoding="utf-8").splitlines()
    assert review[0].split("\t") == list(REVIEW_COLUMNS)
    assert review[1].split("\t")[:4] == [NAME, "yes", "4", "4"]


def test_the_list_is_accepted_by_words_banan_toml_and_the_server(tmp_path: Path, capsys) -> None:
    archive = tmp_path / "a.txt"
    archive.write_text("\n".join(news(i) for i in range(3)) + "\n", encoding="utf-8")
    out = tmp_path / "house.txt"
    assert learn_cli(capsys, archive, "--records", "line", "--out", out)[0] == 0
    doc = tmp_path / "new.txt"
    doc.write_text(news(9) + "\n", encoding="utf-8")
    # --words FILE
    assert main(["check", str(doc), "--isolated", "--select", "SPELL"]) == 1
    assert main(["check", str(doc), "--isolated", "--select", "SPELL", "--words", str(out)]) == 0
    capsys.readouterr()
    # words-file in banan.toml
    (tmp_path / "banan.toml").write_text('words-file = ["house.txt"]\nselect = ["SPELL"]\n', encoding="utf-8")
    config = load_config(tmp_path / "banan.toml")
    assert read_word_list(out) <= config.words
    assert main(["check", str(doc), "--config", str(tmp_path / "banan.toml")]) == 0
    # the server, started with that configuration
    from starlette.testclient import TestClient

    from banan.server.app import create_app
    from banan.server.settings import Settings

    app = create_app(Settings(config=str(tmp_path / "banan.toml"), dictionary=str(tmp_path / "d.sqlite"), warm_words=0))
    with TestClient(app, base_url="http://localhost") as client:
        body = client.post("/v2/check", data={"language": "bn-BD", "text": news(9)}).json()
    assert body["matches"] == []
    # ... or the server's team dictionary, the file's text sent as one batch
    app = create_app(Settings(dictionary=str(tmp_path / "t.sqlite"), admin_key="k", warm_words=0))
    with TestClient(app, base_url="http://localhost") as client:
        spell = {
            "language": "bn-BD",
            "text": news(9),
            "enabledRules": "BN_SPELL001_SPELLING_RULE",
            "enabledOnly": "true",
        }
        assert len(client.post("/v2/check", data=spell).json()["matches"]) == 1
        added = client.post(
            "/v2/words/add",
            data={"dict": "team", "apiKey": "k", "mode": "batch", "words": out.read_text(encoding="utf-8")},
        )
        assert added.json() == {"added": True}
        assert client.post("/v2/check", data=spell).json()["matches"] == []
    capsys.readouterr()


def test_a_file_that_is_not_utf8_is_refused_and_the_rest_learned(tmp_path: Path, capsys) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "good.txt").write_text("\n".join(news(i) for i in range(3)), encoding="utf-8")
    latin1 = news(0).encode("utf-8")[:20] + b"\xe9t\xe9\n"
    (archive / "old.txt").write_bytes(latin1)
    out = tmp_path / "house.txt"
    code, err = learn_cli(capsys, archive, "--records", "line", "--out", out)
    assert code == 2
    assert f"{archive / 'old.txt'}:1: not UTF-8" in err and "1 document refused" in err
    assert out.read_text(encoding="utf-8") == NAME + "\n"
    assert (archive / "old.txt").read_bytes() == latin1  # untouched


@pytest.mark.parametrize(
    "problem", ["missing input", "missing folder", "unknown kind", "output is an input", "review is the output"]
)
def test_unusable_paths_are_errors_before_anything_is_read(tmp_path: Path, capsys, problem: str) -> None:
    good = tmp_path / "a.txt"
    good.write_text(news(0), encoding="utf-8")
    inputs, out, extra = [good], tmp_path / "house.txt", []
    if problem == "review is the output":
        extra = ["--review", tmp_path / "." / "house.txt"]
    elif problem == "missing input":
        inputs = [tmp_path / "nothing-here"]
    elif problem == "missing folder":
        out = tmp_path / "no" / "house.txt"
    elif problem == "unknown kind":
        (tmp_path / "a.docx").write_bytes(b"PK")
        inputs = [tmp_path / "a.docx"]
    elif problem == "output is an input":
        out = good
    code, err = learn_cli(capsys, *inputs, "--out", out, *extra)
    assert code == 2 and err.startswith("banan: error: ")
    if out == good:
        assert good.read_text(encoding="utf-8") == news(0)
    else:
        assert not out.exists()


def test_ctrl_c_leaves_the_old_list_and_no_half_written_file(tmp_path: Path, capsys, monkeypatch) -> None:
    archive = tmp_path / "a.txt"
    archive.write_text("\n".join(news(i) for i in range(3)), encoding="utf-8")
    out = tmp_path / "house.txt"
    out.write_text("আগের\n", encoding="utf-8")
    calls = []

    def interrupted(self, text):
        calls.append(text)
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(Learner, "add", interrupted)
    code, err = learn_cli(capsys, archive, "--records", "line", "--out", out)
    assert code == 130 and "not written" in err
    assert out.read_text(encoding="utf-8") == "আগের\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "house.txt"]


def test_words_in_use_are_not_learned_again(tmp_path: Path, capsys) -> None:
    archive = tmp_path / "a.txt"
    archive.write_text("\n".join(news(i) for i in range(3)), encoding="utf-8")
    mine = tmp_path / "mine.txt"
    mine.write_text(NAME + "\n", encoding="utf-8")
    out = tmp_path / "house.txt"
    assert learn_cli(capsys, archive, "--records", "line", "--isolated", "--words", mine, "--out", out)[0] == 0
    assert out.read_text(encoding="utf-8") == ""


def test_learner_options_are_what_the_command_offers() -> None:
    # Each threshold of the misspelling test has an option (the bench fits them).
    from banan.cli import build_parser

    args = build_parser().parse_args(["lexicon", "learn", "x.txt", "--out", "o.txt"])
    defaults = LearnOptions()
    assert (args.min_documents, args.min_count, args.max_ratio, args.min_zipf) == (
        defaults.min_documents,
        defaults.min_count,
        defaults.max_ratio,
        defaults.min_zipf,
    )
    assert dataclasses.replace(defaults, max_ratio=2.0).max_ratio == 2.0


def test_counts_merged_from_parts_are_the_counts_of_the_whole() -> None:
    """Corpus mode counts each partition in a worker and merges the counts."""
    texts = [news(i, typo=i % 3 == 0) for i in range(12)]
    whole = Learner().add_all(texts)
    merged = Learner()
    parts = [Learner().add_all(texts[6:]), Learner().add_all(texts[:6])]  # merged out of order
    merged.merge(parts[0].tallies(), order=1 << 32)
    merged.merge(parts[1].tallies(), order=0)
    assert (merged.documents, merged.total_words) == (whole.documents, whole.total_words)
    assert review_tsv(merged.result()) == review_tsv(whole.result())
