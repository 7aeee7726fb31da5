"""Running the pipeline over partitions: in this process, in a local process pool, or on Dask.

This process reads the input and writes the output; workers only compute. So inputs
need only be readable here and OUT writable here, never on the workers. Work in
flight is bounded (a few partitions per worker), so memory does not grow with the
corpus, and results are written as they arrive, in any order: each partition has its
own part file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from .. import __version__
from .pipeline import LEARN, Job, PartResult, process_partition
from .progress import Progress
from .sharing import SharedLog, adopt_shared, learned_payload, start_sharing
from .sources import (
    FILE,
    InputFile,
    Partition,
    corpus_size,
    discover,
    identity,
    iter_partitions,
    partition_digest,
)
from .store import LEARNED, SUMMARY, OutputError, Store

__all__ = ["Options", "Outcome", "dask_results", "local_results", "run"]

IN_FLIGHT_PER_WORKER = 2


@dataclass(frozen=True)
class Options:
    """How a run reads its input; all part of the run's identity (a resumed run must match)."""

    records_per_partition: int = 2000
    bytes_per_partition: int = 4 << 20
    max_record_bytes: int = 64 << 20
    records: str = FILE  # a .txt file's records: file | line | paragraph


@dataclass
class Outcome:
    summary: dict[str, Any]
    resumed: int  # partitions found done at the start
    already_complete: bool = False


def local_results(
    partitions: Iterable[Partition], job: Job, jobs: int, scratch: Path | None = None
) -> Iterator[PartResult]:
    """Results in completion order; `jobs` == 1 works in this process. Workers share
    what they learn through a log in `scratch` (OUT; None: a temporary file)."""
    if jobs <= 1:
        warm_up()
        for p in partitions:
            yield process_partition(p, job)
        return
    # Imported here, not with the module: every `banan` command's parser reads this
    # module's defaults, and multiprocessing takes about 9 ms to import.
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    from ..spelling import speller

    context = _worker_context()
    if context.get_start_method() != "forkserver":
        # Build the spelling lexicon here if it is missing, once, before spawned workers
        # would each try. (The fork server builds or loads it once, before any worker
        # starts; this process then need not load the rules or the lexicon at all.)
        speller()
    log = SharedLog(scratch)  # what each worker works out about unknown words, for the others
    start = (os.getpid(), str(log.path) if log.path else None)
    try:
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=start) as pool:
            pending: set[Any] = set()
            for p in partitions:
                pending.add(pool.submit(_process_sharing, p, job))
                if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for f in finished:
                        yield _handed_on(f.result(), log)
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in finished:
                    yield _handed_on(f.result(), log)
    except BrokenProcessPool:
        speller()  # workers that could not start: a lexicon cache they cannot use says why (CacheError)
        raise
    finally:
        log.close()


def _handed_on(result: PartResult, log: SharedLog | None) -> PartResult:
    """The result, with what its worker learned appended to the shared log (if any)."""
    if log is not None:
        log.add(result.learned)
    result.learned = b""
    return result


def _process_sharing(partition: Partition, job: Job) -> PartResult:
    """process_partition in a local worker, which first adopts what the other workers
    learned and hands back what it learned itself (sharing.py)."""
    adopt_shared()
    result = process_partition(partition, job)
    result.learned = learned_payload()
    return result


def warm_up() -> None:
    """Load the rules and the spelling lexicon in this process (building the lexicon in
    the user cache folder if it is missing), so that the first record is not slow."""
    from ..engine import warm_up as engine_warm_up

    engine_warm_up()


def _worker_context() -> Any:
    """How pool workers start. Where there is a fork server (Unix), they fork from one
    process that imported banan and warmed it up once (`banan.corpus.preload`), so each
    starts with the rules and the lexicon loaded, in pages they share, instead of
    importing and warming up on its own (about 0.3 s of CPU a worker). Elsewhere they
    are spawned. Neither copies this process's threads or locks."""
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["banan.corpus.preload"])
        return context
    return multiprocessing.get_context("spawn")


def _start_worker(run: int, shared_log: str | None = None) -> None:
    _exit_with_run(run)
    try:
        warm_up()  # once per worker (a few ms when it forked from the warmed fork server)
        start_sharing(shared_log)
    except Exception as exc:  # noqa: BLE001 - said once, by the run, not as a traceback per worker
        from ..spelling.lexicon import CacheError

        if not isinstance(exc, CacheError):  # the run repeats a cache's error itself (local_results)
            print(f"banan: a worker could not start: {type(exc).__name__}: {exc}", file=sys.stderr)
        os._exit(1)


def _exit_with_run(run: int) -> None:
    """In a pool worker: exit when the run's process (`run`) is gone, or the process
    that started the worker. A run killed with -9 cannot tell its workers, which would
    otherwise wait for work forever. A worker forked from the fork server is that
    server's child, and the server lives as long as any worker does: the worker watches
    the run itself (a run killed and not yet reaped by its parent still counts)."""
    parent = os.getppid()

    def alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # someone else's process now has the number
            return False
        return True

    def watch() -> None:
        while os.getppid() == parent and alive(run):
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="banan-exit-with-parent", daemon=True).start()


def dask_results(
    partitions: Iterable[Partition], job: Job, client: Any, scratch: Path | None = None
) -> Iterator[PartResult]:
    """Results in completion order from a dask.distributed Client, a bounded number in
    flight. With `scratch` (OUT, for a local cluster of worker processes, which share
    this machine's files), the workers share what they learn through a log there, as
    local workers do; a remote cluster's workers may share no file system with the run."""
    from distributed import as_completed

    limit = max(1, sum(client.nthreads().values())) * IN_FLIGHT_PER_WORKER
    client.run(warm_up)  # the lexicon, loaded (or built) once on every worker before any partition
    log = SharedLog(scratch) if scratch is not None else None
    task: Callable[[Partition, Job], PartResult] = process_partition
    if log is not None and log.path is not None:
        client.run(start_sharing, str(log.path))
        task = _process_sharing
    queue = None
    in_flight = 0

    def result_of(done: Any) -> PartResult:
        result: PartResult = done.result()
        done.release()
        return _handed_on(result, log)

    try:
        for p in partitions:
            future = client.submit(task, p, job, pure=False)
            if queue is None:
                queue = as_completed([future])
            else:
                queue.add(future)
            in_flight += 1
            while in_flight >= limit:
                done = next(queue)
                in_flight -= 1
                yield result_of(done)
        if queue is not None:
            for done in queue:
                yield result_of(done)
    finally:
        if log is not None:
            log.close()


def settings_of(inputs: list[str], job: Job, options: Options) -> dict[str, Any]:
    """What a resumed run must match. The words of the dictionary are there as a digest
    (a list can be long); learned words are not there at all: they follow from the
    inputs and the learning thresholds, which are."""
    return {
        "inputs": list(inputs),
        **asdict(job),
        **asdict(options),
        "select": list(job.select),
        "ignore": list(job.ignore),
        "words": words_digest(job.words),
        "banan": __version__,
    }


def words_digest(words: frozenset[str]) -> str:
    if not words:
        return ""
    return hashlib.blake2b("\n".join(sorted(words)).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def learn_first(
    files: list[InputFile],
    job: Job,
    options: Options,
    out: Path,
    progress: bool,
    results: Callable[..., Iterator[PartResult]],
    corpus_bytes: int | None = None,
) -> tuple[Job, int]:
    """The learning pass of `corpus check --learn`, over every input: the workers count
    the words of each partition (`results`, as for the check), this process merges the
    counts and judges the words, once. Returns the job with the learned words added
    (they travel to the workers with it) and how many were learned; the list and its
    review file are written to OUT (LEARNED)."""
    from ..vocabulary import Learner, LearnOptions
    from .learning import Learned, write_learned

    learner = Learner(
        replace(LearnOptions(), min_documents=job.learn_min_documents, min_count=job.learn_min_count), job.words
    )
    if progress:
        print("Learning the corpus's own words first:", file=sys.stderr)
    bar = Progress(files, progress)
    partitions = iter_partitions(
        files,
        text_field=job.text_field,
        id_field="",
        records_per_partition=options.records_per_partition,
        bytes_per_partition=options.bytes_per_partition,
        max_record_bytes=options.max_record_bytes,
        records=options.records,
        corpus_bytes=corpus_bytes,
        on_file_done=bar.file_read,
    )
    try:
        for result in results(partitions, job=replace(job, mode=LEARN, id_field="")):
            learner.merge(result.counts["learn"], order=result.index << 32)
            bar.advance(result.counts["bytes"], result.counts["read"])
    finally:
        bar.close()
    learned = Learned(learner, learner.result())
    write_learned(learned, str(out / LEARNED))
    return replace(job, words=job.words | learned.words), len(learned.words)


def run(
    inputs: list[str],
    out: str | Path,
    job: Job,
    options: Options = Options(),
    *,
    results: Callable[..., Iterator[PartResult]],
    progress: bool = False,
    files: list[InputFile] | None = None,
    restart: bool = False,
) -> Outcome:
    """Process every partition not already done into OUT; `results` computes them
    (local_results or dask_results bound to their other arguments; it is given the job,
    which a learning pass extends). `restart` discards a run OUT holds and starts over."""
    files = discover(inputs) if files is None else files
    store = Store(out, job.out_format)
    settings = settings_of(inputs, job, options)
    done = store.open(settings, identity(files), restart=restart)
    summary_path = Path(out, SUMMARY)
    if summary_path.exists():
        return Outcome(json.loads(summary_path.read_text(encoding="utf-8")), len(done), already_complete=True)
    resumed = len(done)
    learned = None
    corpus_bytes = corpus_size(files)  # the partitions' size bound (sources.iter_partitions)
    if job.learn:
        job, learned = learn_first(files, job, options, Path(out), progress, results, corpus_bytes)
    bar = Progress(files, progress)
    start = time.perf_counter()
    mixed_ids: set[str] = set()
    last_done = max(done, default=-1)

    def todo() -> Iterator[Partition]:
        # Partitions between done ones wait until every done partition before them is
        # compared with the input: a changed input stops the run before anything new is written.
        waiting: list[Partition] = []
        for p in iter_partitions(
            files,
            text_field=job.text_field,
            id_field=job.id_field,
            records_per_partition=options.records_per_partition,
            bytes_per_partition=options.bytes_per_partition,
            max_record_bytes=options.max_record_bytes,
            records=options.records,
            corpus_bytes=corpus_bytes,
            mixed_ids=mixed_ids,
            on_file_done=bar.file_read,
        ):
            entry = done.get(p.index)
            if entry is None:
                if p.index < last_done:
                    waiting.append(p)
                else:
                    yield from waiting
                    waiting.clear()
                    yield p
                continue
            if (
                entry["first"] != p.first
                or entry["read"] != len(p.records)
                or entry.get("digest", "") not in ("", partition_digest(p))
            ):
                raise OutputError(
                    f"partition {p.index} no longer matches the input (it started at {entry['first']}, "
                    f"now at {p.first}): the input changed since the interrupted run; use --restart to "
                    "discard that run and start over, or choose a new --out folder"
                )
            bar.advance(entry.get("bytes", 0), entry["read"])
        yield from waiting

    session = {"partitions": 0, "records": 0, "bytes": 0, "words": 0}
    try:
        for result in results(todo(), job=job):
            done[result.index] = store.commit(result)
            bar.advance(result.counts["bytes"], result.counts["read"])
            session["partitions"] += 1
            session["records"] += result.counts["read"]
            session["bytes"] += result.counts["bytes"]
            session["words"] += result.counts.get("words", 0)
    finally:
        bar.close()
    session["seconds"] = round(time.perf_counter() - start, 3)
    extra: dict[str, Any] = {"resumed_partitions": resumed, "last_session": session}
    if learned is not None:
        extra["learned_words"] = learned
    if mixed_ids:
        extra["jsonl_ids_mixed"] = sorted(mixed_ids)
    summary = store.finish(done, extra)
    return Outcome(summary, resumed)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
