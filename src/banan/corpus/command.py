"""`banan corpus check | normalize | report`: the command line of corpus mode.

Exit status: 0 the run is complete and nothing was rejected; 1 complete, with rejected
records (listed in OUT/rejects.jsonl); 2 a usage, input or output error.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from ..cli import EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND, _config, _selection_args
from ..files import InputError
from ..spelling.lexicon import CacheError
from .pipeline import CHECK, NORMALIZE, Job
from .runner import Options, dask_results, default_jobs, local_results, run
from .sources import FILE, RECORD_UNITS, discover
from .store import OutputError

__all__ = ["add_parser"]

MB = 1 << 20


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _run_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="folders or files: .txt, .jsonl/.ndjson (also .gz, .zst), .parquet"
    )
    p.add_argument("--out", required=True, metavar="OUT", help="output folder (a rerun of the same command resumes it)")
    p.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl", help="part file format (default: jsonl)")
    p.add_argument("--text-field", default="text", metavar="NAME", help="JSONL field / Parquet column with the text")
    p.add_argument(
        "--id-field",
        metavar="NAME",
        help="JSONL field / Parquet column with the id; '' for line/row numbers (default: a JSONL "
        "file's field 'id' when every record has one, else line numbers; Parquet row numbers)",
    )
    p.add_argument(
        "--records",
        choices=RECORD_UNITS,
        default=FILE,
        help="what a record of a .txt file is: the whole file (default), each non-blank line, or "
        "each paragraph (lines between blank lines); line and paragraph ids are FILE:LINE",
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument("-j", "--jobs", type=_positive, metavar="N", help="local worker processes (default: all cores)")
    where.add_argument("--dask-scheduler", metavar="ADDRESS", help="run on an existing Dask cluster (tcp://host:8786)")
    where.add_argument("--dask-local", type=_positive, metavar="N", help="run on a local Dask cluster of N workers")
    p.add_argument(
        "--partition-records",
        type=_positive,
        default=Options.records_per_partition,
        metavar="N",
        help=f"records per partition (default: {Options.records_per_partition})",
    )
    p.add_argument(
        "--partition-mb",
        type=float,
        default=Options.bytes_per_partition / MB,
        metavar="MB",
        help=f"about this many MB of text per partition (default: {Options.bytes_per_partition // MB})",
    )
    p.add_argument(
        "--max-record-mb",
        type=float,
        default=Options.max_record_bytes / MB,
        metavar="MB",
        help=f"reject records larger than this (default: {Options.max_record_bytes // MB})",
    )
    p.add_argument(
        "--restart",
        action="store_true",
        help="discard the run OUT holds (done partitions, rejects, summary) and start over",
    )
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no closing counts")
    shown.add_argument("--progress", action="store_true", help="show the progress bar even when not on a terminal")


def add_parser(sub: Any) -> None:
    corpus = sub.add_parser(
        "corpus",
        help="check or normalize large collections, and report on them",
        description="Check or normalize a corpus (folders, JSONL, Parquet) into an output "
        "folder, resumably, locally or on a Dask cluster; then report on it.",
    )
    modes = corpus.add_subparsers(dest="corpus_command", metavar="MODE", required=True)

    p = modes.add_parser(
        "check",
        help="diagnostics for every record",
        description="Check every record; write its diagnostics and counts.",
    )
    _run_args(p)
    _selection_args(p)
    learn = p.add_argument_group("learning the corpus's own words first")
    learn.add_argument(
        "--learn",
        action="store_true",
        help="first learn the words the corpus spells consistently that the lexicon lacks (names, "
        "terms), as `banan lexicon learn` does, and accept them in the check; the list and its review "
        "file are written to OUT/learned-words.txt(.review.tsv)",
    )
    learn.add_argument(
        "--learn-min-documents",
        type=_positive,
        default=Job.learn_min_documents,
        metavar="N",
        help=f"learn a word found in at least N records (default: {Job.learn_min_documents})",
    )
    learn.add_argument(
        "--learn-min-count",
        type=_positive,
        default=Job.learn_min_count,
        metavar="N",
        help=f"... and at least N times (default: {Job.learn_min_count})",
    )
    p.set_defaults(handler=_cmd_run, mode=CHECK)

    p = modes.add_parser(
        "normalize",
        help="canonical Unicode text for every record",
        description="Repair every record's Unicode encoding (safe NORM fixes, then NFC).",
    )
    _run_args(p)
    p.add_argument(
        "--convert-legacy", action="store_true", help="first convert legacy-encoded (Bijoy) text with the LEGACY rules"
    )
    p.set_defaults(handler=_cmd_run, mode=NORMALIZE)

    p = modes.add_parser(
        "report",
        help="summarize an output folder (terminal, HTML with charts)",
        description="Summarize a corpus output folder on the terminal, and as HTML with charts.",
    )
    p.add_argument("out", metavar="OUT", help="the output folder of `banan corpus check` or `normalize`")
    p.add_argument("--html", metavar="FILE", help="also write an HTML report with charts to FILE")
    p.add_argument("--top", type=_positive, default=30, metavar="N", help="rows in the word tables (default: 30)")
    p.set_defaults(handler=_cmd_report)


def _error(message: str) -> int:
    print(f"banan: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def _job(args: argparse.Namespace) -> Job:
    words: frozenset[str] = frozenset()
    if args.mode == CHECK:
        config = _config(args)
        select, ignore, words, register = config.select, config.ignore, config.words, config.register
    else:
        select, ignore, register = ("ALL",), (), "auto"
    return Job(
        mode=args.mode,
        out_format=args.format,
        text_field=args.text_field,
        id_field=args.id_field,
        select=tuple(select),
        ignore=tuple(ignore),
        register=register,
        convert_legacy=bool(getattr(args, "convert_legacy", False)),
        words=words,
        learn=bool(getattr(args, "learn", False)),
        learn_min_documents=getattr(args, "learn_min_documents", Job.learn_min_documents),
        learn_min_count=getattr(args, "learn_min_count", Job.learn_min_count),
    )


def _cmd_run(args: argparse.Namespace) -> int:
    local_jobs = 0 if args.dask_scheduler or args.dask_local else args.jobs or default_jobs()
    if args.dask_local and find_spec("distributed"):
        _fork_dask_workers_warm()  # first: its fork server's imports overlap this process's
    job = _job(args)
    options = Options(
        records_per_partition=args.partition_records,
        bytes_per_partition=max(1, int(args.partition_mb * MB)),
        max_record_bytes=max(1, int(args.max_record_mb * MB)),
        records=args.records,
    )
    progress = args.progress or (not args.quiet and sys.stderr.isatty())
    try:
        files = discover(args.inputs)
        if args.format == "parquet" or any(f.kind == "parquet" for f in files):
            _need("pyarrow", "Parquet")
        if progress:
            _need("tqdm", "the progress bar")
    except InputError as exc:
        return _error(str(exc))
    client = cluster = None
    try:
        if args.dask_scheduler or args.dask_local:
            _need("distributed", "Dask")
            from distributed import Client, LocalCluster

            if args.dask_scheduler:
                client = Client(args.dask_scheduler)
            else:
                _keep_dask_from_preloading()
                cluster = LocalCluster(n_workers=args.dask_local, threads_per_worker=1, processes=True)
                client = Client(cluster)
            # A local cluster's worker processes share this machine's files, and so what they learn.
            scratch = None if args.dask_scheduler else Path(args.out)
            results = partial(dask_results, job=job, client=client, scratch=scratch)
            where = f"Dask at {client.scheduler.address}"
        else:
            results = partial(local_results, job=job, jobs=local_jobs, scratch=Path(args.out))
            where = f"{local_jobs} process{'es' if local_jobs != 1 else ''}"
        outcome = run(
            args.inputs, args.out, job, options, results=results, progress=progress, files=files, restart=args.restart
        )
    except (OutputError, InputError, CacheError) as exc:
        return _error(str(exc))
    except KeyboardInterrupt:
        print(f"banan: interrupted; run the same command again to resume {args.out}", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - a lost worker or a full disk: say how to go on
        return _error(
            f"the run stopped: {type(exc).__name__}: {exc}; finished partitions are kept in {args.out}, "
            "run the same command again to resume"
        )
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    s = outcome.summary
    if not args.quiet:
        if outcome.already_complete:
            print(f"{args.out}: this run is already complete.")
        elif outcome.resumed:
            print(f"Resumed: {outcome.resumed} partition{'s' if outcome.resumed != 1 else ''} were already done.")
        print(_closing(s, args.out, where if not outcome.already_complete else None))
    return EXIT_FOUND if s["rejected"] else EXIT_CLEAN


def _closing(s: dict[str, Any], out: str, where: str | None) -> str:
    line = f"Read {s['read']:,} records: written {s['written']:,}, rejected {s['rejected']:,}"
    if s["rejected"]:
        line += f" (reasons in {out}/rejects.jsonl)"
    parts = s["partitions"]
    line += f". Output: {out}/parts/ ({parts:,} part file{'s' if parts != 1 else ''}, in name order)."
    if "learned_words" in s:
        n = s["learned_words"]
        line += (
            f"\nLearned first: {n:,} word{'s' if n != 1 else ''} of the corpus's own, accepted in the check "
            f"({out}/learned-words.txt; review {out}/learned-words.txt.review.tsv)."
        )
    ids = s.get("jsonl_ids")
    if ids:
        line += "\nJSONL ids: " + ", ".join(
            f"{_id_kind(kind)} ({n:,} file{'s' if n != 1 else ''})" for kind, n in sorted(ids.items())
        )
        mixed = s.get("jsonl_ids_mixed") or []
        if mixed:
            shown = ", ".join(mixed[:3]) + (f" and {len(mixed) - 3:,} more" if len(mixed) > 3 else "")
            line += (
                f"; line numbers for {shown}: some of {'its' if len(mixed) == 1 else 'their'} records have "
                "an 'id' and others not"
            )
        line += "."
    session = s.get("last_session") or {}
    seconds = session.get("seconds") or 0
    if where and seconds and session.get("bytes"):
        line += (
            f"\nThis session: {session['records']:,} records, {session['bytes'] / 1e6:,.1f} MB in {seconds:,.1f} s"
            f" on {where}: {session['bytes'] / 1e6 / seconds:,.2f} MB/s, {session['words'] / seconds:,.0f} words/s."
        )
    return line


def _id_kind(kind: str) -> str:
    """summary.json's "field id" / "line number" in words."""
    return "line numbers" if kind == "line number" else f"field {kind.removeprefix('field ')!r}"


def _need(module: str, what: str) -> None:
    try:
        __import__(module)
    except ImportError:
        raise InputError(f"{what} needs {module}: pip install 'banan[corpus]'") from None


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import ReportError, build_report, render_html, render_text

    try:
        report = build_report(args.out, top=args.top)
    except ReportError as exc:
        return _error(str(exc))
    sys.stdout.write(render_text(report))
    if args.html:
        from ..files import write_atomic

        try:
            write_atomic(args.html, render_html(report))
        except InputError as exc:
            return _error(str(exc))
        print(f"HTML report: {args.html}")
    return EXIT_CLEAN


def _fork_dask_workers_warm() -> None:
    """A local Dask cluster's worker processes fork from a fork server that imported
    distributed and warmed banan up once, as the local pool's workers do (see
    runner._worker_context), instead of each being spawned, importing distributed and
    warming up on its own. The server starts here, before this process imports
    distributed, so that the two imports overlap. Where there is no fork server, Dask
    spawns them as usual."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    from multiprocessing import forkserver

    try:
        import dask
    except ImportError:  # said once the run needs it (_need)
        return
    dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"})
    multiprocessing.get_context("forkserver").set_forkserver_preload(["distributed", "banan.corpus.preload"])
    forkserver.ensure_running()


def _keep_dask_from_preloading() -> None:
    """distributed, asked for its multiprocessing context the first time, imports every
    package it knows of in this process to name them as the fork server's preload; the
    server runs already (_fork_dask_workers_warm), so that would only cost time."""
    import distributed.utils

    if hasattr(distributed.utils, "_forkserver_preload_set"):
        distributed.utils._forkserver_preload_set = True
