"""`banan lexicon build | info | word | learn`: compile the lexicon, show what it holds, look
up words, learn a house vocabulary from an archive."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import unicodedata
from pathlib import Path

__all__ = ["add_parser"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "lexicon",
        help="build or inspect the spelling lexicon",
        description="Build the compiled lexicon, show its sources and sizes, or look up words.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    b = actions.add_parser("build", help="compile the lexicon into the cache folder now")
    b.add_argument("--force", action="store_true", help="rebuild even if a compiled lexicon exists")
    b.set_defaults(handler=cmd_build)
    i = actions.add_parser("info", help="sources, licences, sizes and where the compiled lexicon lives")
    i.add_argument("--format", choices=("text", "json"), default="text")
    i.set_defaults(handler=cmd_info)
    w = actions.add_parser("word", help="is a word known, how is it analysed, what would be suggested")
    w.add_argument("words", nargs="+", metavar="WORD")
    w.set_defaults(handler=cmd_word)
    _learn_parser(actions)


def _at_least_one(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _learn_parser(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from ..corpus.sources import FILE, RECORD_UNITS
    from ..vocabulary import LearnOptions

    d = LearnOptions()
    p = actions.add_parser(
        "learn",
        help="learn a house vocabulary (names, terms) from an archive",
        description="Read an archive (text files, folders, JSONL, Parquet; .gz and .zst too) and write the words "
        "the lexicon lacks that recur in it, and are not a likely misspelling of a commoner word, as a word "
        "list (one word a line: for --words, words-file in banan.toml, the editor's word file), with a review "
        "file beside it (FILE.review.tsv) to prune it by hand.",
    )
    p.add_argument(
        "inputs", nargs="+", metavar="PATH", help="folders or files: .txt, .jsonl/.ndjson (also .gz, .zst), .parquet"
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the word list to write")
    p.add_argument("--review", metavar="FILE", help="the review file (default: FILE.review.tsv beside --out)")
    p.add_argument("--text-field", default="text", metavar="NAME", help="JSONL field / Parquet column with the text")
    p.add_argument(
        "--records",
        choices=RECORD_UNITS,
        default=FILE,
        help="what a document of a .txt file is: the whole file (default), each non-blank line, or each paragraph",
    )
    p.add_argument(
        "--min-documents",
        type=_at_least_one,
        default=d.min_documents,
        metavar="N",
        help=f"learn a word found in at least N documents (default: {d.min_documents})",
    )
    p.add_argument(
        "--min-count",
        type=_at_least_one,
        default=d.min_count,
        metavar="N",
        help=f"... and at least N times (default: {d.min_count})",
    )
    p.add_argument(
        "--max-ratio",
        type=float,
        default=d.max_ratio,
        metavar="R",
        help="a correction (a slip away) R times as frequent in the archive as the word makes it a "
        f"misspelling, not learned (default: {d.max_ratio:g})",
    )
    p.add_argument(
        "--min-zipf",
        type=float,
        default=d.min_zipf,
        metavar="Z",
        help="... and so does a correction one edit away with a Zipf frequency of Z or more in the "
        f"lexicon (default: {d.min_zipf:g})",
    )
    p.add_argument(
        "--max-record-mb", type=float, default=64, metavar="MB", help="refuse documents larger than this (default: 64)"
    )
    p.add_argument("--config", metavar="FILE", type=Path, help="the banan.toml whose words count as known")
    p.add_argument("--isolated", action="store_true", help="ignore configuration files")
    p.add_argument(
        "--words",
        metavar="FILE",
        type=Path,
        action="append",
        help="a word list in use: its words are known, not learned again",
    )
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no closing counts")
    shown.add_argument("--progress", action="store_true", help="show the progress bar even when not on a terminal")
    p.set_defaults(handler=cmd_learn)


def cmd_build(args: argparse.Namespace) -> int:
    from .. import engine
    from .lexicon import Lexicon

    start = time.perf_counter()
    lexicon = Lexicon.load(rebuild=args.force)
    print(f"lexicon: {lexicon.info['words']:,} words in {lexicon.folder} ({time.perf_counter() - start:.1f} s)")
    # A first check judges every lexicon word once (precomputed.py) and saves the verdicts
    # beside the lexicon: done now, so that no later check waits for it.
    start = time.perf_counter()
    engine.check("বাংলা")
    print(f"verdicts on every lexicon word: ready ({time.perf_counter() - start:.1f} s)")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from .lexicon import Lexicon
    from .standard import standard_forms

    lexicon = Lexicon.load()
    info = dict(lexicon.info, folder=str(lexicon.folder), standard_forms=len(standard_forms()))
    size = sum(f.stat().st_size for f in lexicon.folder.iterdir())
    info["bytes_on_disk"] = size
    if args.format == "json":
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"compiled lexicon: {lexicon.folder} ({size / 1e6:.1f} MB)")
    print(
        f"words: {info['words']:,}; suggestion index: {info['skeletons']:,} skeletons, "
        f"{info['delete_entries']:,} deletions"
    )
    print("names: " + ", ".join(f"{k} {v:,}" for k, v in info["names"].items()))
    print(f"standard-spelling table: {info['standard_forms']:,} entries")
    print("sources:")
    for s in info["sources"]:
        print(f"  {s['name']}: {s['words']:,} words; licence {s['licence']}; {s['url']}")
    return 0


def cmd_word(args: argparse.Namespace) -> int:
    from . import morphology, speller
    from .sources import RA_YA
    from .speller import abbreviation
    from .standard import standard_forms

    sp = speller()
    status = 0
    for raw in args.words:
        word = unicodedata.normalize("NFC", raw.strip())
        # Bengali letters and signs, and the ZWJ of র‍্য (র‍্যাব), which belongs to the spelling.
        if not word or not all("\u0980" <= c <= "\u09ff" for c in word.replace(RA_YA, "র্য")):
            print(f"{raw!r}: not a Bengali word (Bengali letters and signs only)")
            status = 2
            continue
        z = sp.lexicon.frequency(word)
        known = sp.is_known(word)
        parts = [f"{word}: {'known' if known else 'unknown'}"]
        if z >= 0:
            parts.append(f"in the lexicon (Zipf {z:.2f})")
        elif word in sp.accepted:
            parts.append("a standard form of the spelling table")
        else:
            stems = [f"{s}+{x}" for s, x in morphology.split(word) if sp.trusted(s)][:3]
            verbs = [f"{v} ({x})" for v, x in morphology.verb_readings(word, sp.is_verb)][:1]
            if stems:
                parts.append("as " + ", ".join(stems))
            elif verbs:
                parts.append("a form of the verb " + verbs[0])
            elif abbreviation(word):
                parts.append("an abbreviation in Latin letter names")
            elif known and sp.is_compound(word):
                parts.append("a compound of known words")
            elif known:
                parts.append("an unknown stem with a case ending, taken for a name")
            elif postposition := sp.run_into_postposition(word):
                parts.append(f"a word run into the postposition {postposition}, which stands apart")
        entry = standard_forms().get(word)
        if entry:
            parts.append(f"standard form {entry.right} ({entry.rule})")
        twin = sp.dominant_twin(word)
        if twin:
            parts.append(f"probably a misspelling of {twin}")
        if not known:
            status = 1
            from ..rules.spelling import suggestions_for  # as SPELL001 offers them

            parts.append("suggestions: " + (", ".join(suggestions_for(word)) or "none"))
        print("; ".join(parts))
    return status


def cmd_learn(args: argparse.Namespace) -> int:
    """Exit 0 when every document was read; 2 on a usage or input error (nothing is
    written when no input can be opened), or when some documents were refused (not
    UTF-8, not JSON, ...): those are listed, and the list is learned from the rest."""
    import dataclasses

    from ..cli import _stop_cleanly
    from ..config import Config, load_config, read_word_list
    from ..corpus.learning import learn_files, review_path, write_learned
    from ..corpus.sources import discover
    from ..files import InputError
    from ..vocabulary import LearnOptions

    if args.max_ratio <= 0 or args.max_record_mb <= 0:
        print("banan: error: --max-ratio and --max-record-mb must be positive", file=sys.stderr)
        return 2
    base = Config() if args.isolated else load_config(args.config)
    words = set(base.words)
    for path in args.words or ():
        words |= read_word_list(path)
    options = dataclasses.replace(
        LearnOptions(),
        min_documents=args.min_documents,
        min_count=args.min_count,
        max_ratio=args.max_ratio,
        min_zipf=args.min_zipf,
    )
    progress = args.progress or (not args.quiet and sys.stderr.isatty())

    def refused(message: str) -> None:
        print(f"banan: error: {message}; skipped", file=sys.stderr)

    review = args.review or review_path(args.out)
    if os.path.realpath(review) == os.path.realpath(args.out):
        print("banan: error: --review names the word list itself; choose another file", file=sys.stderr)
        return 2
    for target in (args.out, review):  # before the long read, not after it
        folder = Path(target).parent
        if not folder.is_dir():
            print(f"banan: error: {target}: cannot write: no folder {folder}", file=sys.stderr)
            return 2
    try:
        files = discover(args.inputs)
        read = {os.path.realpath(f.path) for f in files}
        for target in (args.out, review):
            if os.path.realpath(target) in read:
                raise InputError(f"{target}: is one of the inputs; write the list elsewhere")
        if any(f.kind == "parquet" for f in files):
            _need("pyarrow", "Parquet")
        if progress:
            _need("tqdm", "the progress bar")
        with _stop_cleanly():
            learned = learn_files(
                files,
                options,
                words=frozenset(words),
                text_field=args.text_field,
                records=args.records,
                max_record_bytes=max(1, int(args.max_record_mb * (1 << 20))),
                progress=progress,
                on_refused=refused,
            )
            write_learned(learned, args.out, review)
    except InputError as exc:
        print(f"banan: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"banan: interrupted; {args.out} not written", file=sys.stderr)
        return 130
    if not args.quiet:
        n = learned.learner
        kept = len(learned.words)
        rejected = len(learned.entries) - kept
        recur = len(learned.entries)
        print(
            f"Read {n.documents:,} document{_s(n.documents)} ({n.total_words:,} Bengali words): {recur:,} unknown "
            f"word{_s(recur)} recur{'s' if recur == 1 else ''} ({options.min_documents}+ documents, "
            f"{options.min_count}+ times); learned {kept:,}, left out {rejected:,} as likely misspellings. "
            f"Wrote {args.out} and {review}.",
            file=sys.stderr,
        )
        if n.pruned_below:
            print(
                f"The count table was full: words seen in at most {n.pruned_below} documents were dropped on "
                "the way, and any that came back were counted from there.",
                file=sys.stderr,
            )
        if learned.refused:
            k = len(learned.refused)
            print(f"{k:,} document{'s' if k != 1 else ''} refused (listed above).", file=sys.stderr)
    return 2 if learned.refused else 0


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _need(module: str, what: str) -> None:
    from ..files import InputError

    try:
        __import__(module)
    except ImportError:
        raise InputError(f"{what} needs {module}: pip install 'banan[corpus]'") from None
