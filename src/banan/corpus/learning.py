"""Learning a house vocabulary from an archive read with the corpus readers.

`banan lexicon learn` and `banan corpus check --learn` both read their inputs here:
the same files, kinds and options as a corpus run (`sources.py`), each record a
document, decoded and parsed as a worker does (`pipeline.record_text`). A record
that cannot be read (not UTF-8, not JSON, no text field, too large) is refused and
reported; the rest are learned from. Memory stays bounded (see `vocabulary.py`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from ..files import write_atomic
from ..vocabulary import Entry, Learner, LearnOptions, review_tsv, word_list
from .pipeline import Job, Rejected, record_text
from .progress import Progress
from .sources import FILE, TXT, InputFile, RawRecord, _Cursor, iter_records

__all__ = ["Learned", "learn_files", "review_path", "write_learned"]

Refused = Callable[[str], None]


@dataclass
class Learned:
    learner: Learner
    entries: list[Entry]
    refused: list[str] = field(default_factory=list)  # one message per record that could not be read

    @property
    def words(self) -> frozenset[str]:
        return frozenset(e.word for e in self.entries if e.learned)


def learn_files(
    files: list[InputFile],
    options: LearnOptions | None = None,
    *,
    words: frozenset[str] = frozenset(),
    text_field: str = "text",
    records: str = FILE,
    max_record_bytes: int = 64 << 20,
    progress: bool = False,
    on_refused: Refused | None = None,
) -> Learned:
    """Learn from every record of `files` (from `sources.discover`). `words` are accepted
    already (the dictionary in use) and are not learned again. `on_refused` hears each
    refusal as it happens."""
    learner = Learner(options or LearnOptions(), words)
    job = Job(text_field=text_field, id_field="")
    bar = Progress(files, progress)  # the corpus run's bar: text bytes, records, MB/s
    cursor = _Cursor()
    refused: list[str] = []
    try:
        for f in files:
            for record in iter_records(
                [f],
                text_field=text_field,
                id_field="",
                max_bytes=max_record_bytes,
                batch_rows=1000,
                cursor=cursor,
                records=records,
                on_file_done=bar.file_read,
            ):
                try:
                    _id, text = record_text(record, job)
                except Rejected as exc:
                    message = _where(f, record, exc.reason)
                    refused.append(message)
                    if on_refused is not None:
                        on_refused(message)
                    continue
                learner.add(text)
                bar.advance(record.size, 1)
    finally:
        bar.close()
    return Learned(learner, learner.result(), refused)


def _where(f: InputFile, record: RawRecord, reason: str) -> str:
    """The reason a record was refused, naming its file (and line) in full."""
    if record.kind == TXT:
        name = os.path.relpath(f.path, f.root) if f.root != f.path else os.path.basename(f.path)
        locator = str(record.locator)
        if reason.startswith(locator):
            return f.path + locator[len(name) :] + reason[len(locator) :]
        return f"{f.path}: {reason}"
    return f"{f.path}: {reason}"


def review_path(out: str) -> str:
    """The review file written beside the word list."""
    return out + ".review.tsv"


def write_learned(learned: Learned, out: str, review: str | None = None) -> None:
    """The review file, then the word list, each written atomically (an interrupted
    write leaves the old file, never half a new one)."""
    write_atomic(review or review_path(out), review_tsv(learned.entries))
    write_atomic(out, word_list(learned.entries))
