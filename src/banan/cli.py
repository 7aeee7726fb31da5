"""The command line: `banan check | fix | normalize | rules | rule`.

Exit status: 0 when nothing was found (or everything was fixed), 1 when problems
remain, 2 on a usage or input error (a missing file, a file that is not Unicode text,
a read-only file or one changed meanwhile that `fix` would rewrite, an unusable
lexicon cache).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import importlib
import json
import logging
import os
import sys
import textwrap
import threading
from collections import Counter
from collections.abc import Callable, Container, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import __version__
from .config import Config, ConfigError, load_config, read_word_list
from .diagnostics import Applicability, Diagnostic
from .engine import normalize
from .files import STDIN, Document, InputError, iter_paths, read_document, read_stdin, write_document
from .output import (
    Style,
    format_github,
    format_gitlab,
    format_json_file,
    format_text,
    format_text_line,
    sarif_chunks,
)
from .pieces import PIECEWISE_ABOVE, check_text, fix_text
from .positions import LineIndex
from .rules import FAMILIES, all_rules, get_rule
from .rules.redirects import find as find_redirect
from .spelling.lexicon import CacheError

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2

# Commands that live in modules of their own: command -> (module, its line in `banan
# --help`). Each module's `add_parser(sub)` adds the command, with that line, and sets
# `handler`. A run builds in full only the command it names; the others stand in as
# stubs that show the same line, so that a check does not import the corpus runner, the
# server's settings or the lexicon learner (some 30 ms of CPU) to describe commands it
# does not run. tests/test_cli_parser.py holds the help and the usage errors of every
# command to the full parser's.
EXTENSIONS: dict[str, tuple[str, str]] = {
    "lexicon": ("banan.spelling.command", "build or inspect the spelling lexicon"),
    "serve": ("banan.server.command", "run the LanguageTool-compatible server and web editor"),
    "corpus": ("banan.corpus.command", "check or normalize large collections, and report on them"),
    "convert": ("banan.legacy.command", "convert Bijoy (SutonnyMJ) text to Unicode"),
    "lsp": ("banan.lsp.command", "run the language server (LSP over stdio) for editors"),
}


class _StubUsed(Exception):
    """A command's stub parser was asked to parse: the full parser is needed."""


class _Parser(argparse.ArgumentParser):
    """An argument parser; a `stub` stands in for a command not built in full: the
    command's line in `banan --help` is the same, and parsing its arguments raises
    _StubUsed (parse_args then builds every command in full)."""

    def __init__(self, *args: Any, stub: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.stub = stub

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self.stub:
            raise _StubUsed(self.prog)
        return super().parse_known_args(args, namespace)


def _selection_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--select", metavar="CODES", help="only these rules: codes, prefixes or names, comma-separated")
    p.add_argument("--extend-select", metavar="CODES", help="add these rules to the configured selection")
    p.add_argument("--ignore", metavar="CODES", help="skip these rules (codes, prefixes or names)")
    p.add_argument(
        "--preview",
        action="store_true",
        help="let a family, prefix or ALL select preview rules too (they run by their own code anyway)",
    )
    p.add_argument("--config", metavar="FILE", type=Path, help="read settings from FILE (banan.toml or pyproject.toml)")
    p.add_argument(
        "--register",
        choices=("auto", "cholito", "sadhu"),
        default=None,
        help=(
            "সাধু-চলিত mixing: auto reports the minority register (REGISTER001); cholito or sadhu reports "
            "every form of the other register (REGISTER002, REGISTER003); default: the configuration's, else auto"
        ),
    )
    p.add_argument("--isolated", action="store_true", help="ignore configuration files")
    p.add_argument(
        "--words",
        metavar="FILE",
        type=Path,
        action="append",
        help="a personal word list (one word a line): never flagged as misspelled",
    )


FORMATS = ("text", "concise", "json", "sarif", "github", "gitlab")


def _stdin_filename(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the name to report for standard input (an editor or a hook passing a buffer)",
    )


def build_parser(full: Container[str] | None = None) -> argparse.ArgumentParser:
    """The parser of `banan`. The commands of EXTENSIONS named in `full` (default: all of
    them) are built in full, the others as stubs: enough for `banan --help`."""
    parser = _Parser(prog="banan", description="The proofreader for Bengali (বানান).", allow_abbrev=False)
    parser.add_argument("--version", action="version", version=f"banan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("check", help="report problems", description="Report problems in files, folders or stdin (-).")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for standard input (default: -)")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help=(
            "output format: text (each problem with its source line marked), concise (one line each), json, "
            "sarif (SARIF 2.1.0), github (annotations in GitHub Actions), gitlab (Code Quality report); default: text"
        ),
    )
    p.add_argument("--statistics", action="store_true", help="print counts per rule instead of each problem")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    p.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when problems are found (2 still means an error)"
    )
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text output: auto (a terminal, unless NO_COLOR is set), always, never",
    )
    _stdin_filename(p)
    _selection_args(p)

    p = sub.add_parser("fix", help="apply safe fixes in place", description="Apply fixes to files in place.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - (fixed text to stdout)")
    p.add_argument("--unsafe", action="store_true", help="also apply unsafe fixes (they may change a word)")
    p.add_argument("--diff", action="store_true", help="show the changes as a diff instead of writing")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when problems remain (2 still means an error)")
    _stdin_filename(p)
    _selection_args(p)

    p = sub.add_parser(
        "normalize",
        help="print the canonical Unicode text",
        description=("Repair the Unicode encoding only (safe NORM fixes, then NFC) and print the text."),
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for standard input (default: -)")
    p.add_argument("-i", "--in-place", action="store_true", help="rewrite the files instead of printing")
    p.add_argument("--config", metavar="FILE", type=Path, help="read include/exclude from FILE")
    p.add_argument("--isolated", action="store_true", help="ignore configuration files")

    p = sub.add_parser("rules", help="list the rules")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _selection_args(p)

    p = sub.add_parser("rule", help="explain one rule")
    p.add_argument("code", help="a rule code (SPACE001) or name (space-before-punctuation)")

    p = sub.add_parser(
        "completion",
        help="print a shell completion script",
        description=(
            "Print the completion script for a shell; e.g. for bash: "
            "banan completion bash > ~/.local/share/bash-completion/completions/banan"
        ),
    )
    p.add_argument("shell", choices=("bash", "zsh", "fish"))

    for name, (module, line) in EXTENSIONS.items():
        if full is None or name in full:
            importlib.import_module(module).add_parser(sub)
        else:
            sub.add_parser(name, help=line, stub=True, add_help=False)
    return parser


def _command_word(argv: Sequence[str]) -> str | None:
    """The command `argv` names: its first word that is not an option (banan's own
    options take no value), or None."""
    return next((a for a in argv if not a.startswith("-")), None)


def parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """`argv` (default: the process's arguments) parsed by a parser that builds in full
    only the command it names; the parser, too, for its help."""
    words = sys.argv[1:] if argv is None else list(argv)
    command = _command_word(words)
    parser = build_parser(full=() if command is None else (command,))
    try:
        return parser, parser.parse_args(words)
    except _StubUsed:  # argparse chose another command than the one looked for: build them all
        parser = build_parser()
        return parser, parser.parse_args(words)


def _split(value: str | None) -> list[str] | None:
    if not value:
        return None
    return [v.strip() for v in value.replace(" ", ",").split(",") if v.strip()]


def _config(args: argparse.Namespace) -> Config:
    base = Config() if args.isolated else load_config(args.config)
    config = base.with_overrides(
        select=_split(args.select),
        ignore=_split(args.ignore),
        extend_select=_split(args.extend_select),
        preview=getattr(args, "preview", False),
        register=getattr(args, "register", None),
    )
    extra: set[str] = set()
    for path in getattr(args, "words", None) or ():
        extra |= read_word_list(path)
    return dataclasses.replace(config, words=config.words | extra) if extra else config


def _documents(paths: list[str], config: Config, errors: list[str]) -> Iterator[Document]:
    """Each readable document in turn; what cannot be read is added to `errors`."""
    for raw in paths or [STDIN]:
        try:
            names = list(iter_paths([raw], config.include, config.exclude))
        except InputError as exc:
            errors.append(str(exc))
            continue
        for name in names:
            try:
                yield read_stdin() if name == STDIN else read_document(name)
            except InputError as exc:
                errors.append(str(exc))


@contextmanager
def _progress(label: str, total: int) -> Iterator[Callable[[int], object] | None]:
    """A progress bar on standard error for a text long enough to be checked piece by
    piece, when standard error is a terminal; None (no bar) otherwise."""
    if total <= PIECEWISE_ABOVE or not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=label, unit="char", unit_scale=True, leave=False, file=sys.stderr) as bar:
        yield bar.update


def _report_errors(errors: list[str]) -> None:
    for e in errors:
        print(f"banan: error: {e}", file=sys.stderr)


def cmd_check(args: argparse.Namespace) -> int:
    """Each file's report is written as soon as it is checked, and its text dropped, so
    that memory holds one file at a time however many are named."""
    config = _config(args)
    errors: list[str] = []
    results: list[tuple[str, str, list[Diagnostic]]] = []  # (shown path, text or "", diagnostics)
    whole = args.format in ("sarif", "gitlab", "github")  # one report for all files, written at the end
    out = sys.stdout
    style = Style(_use_color(args.color, out))
    if args.format == "json":
        out.write("[")
    for doc in _documents(args.paths, config, errors):
        path = _shown_path(doc.path, args)
        with _progress(Path(doc.path).name, len(doc.text)) as progress:
            diagnostics = check_text(doc.text, config, progress)
        if whole:
            results.append((path, doc.text, diagnostics))
            continue
        if args.format == "json":
            item = textwrap.indent(format_json_file(path, doc.text, diagnostics), "  ")
            out.write(("\n" if not results else ",\n") + item)
        elif not args.statistics:
            index = LineIndex(doc.text)
            for d in diagnostics:
                if args.format == "concise":
                    out.write(format_text_line(path, d, index) + "\n")
                else:
                    out.write(format_text(path, d, doc.text, index, style) + "\n\n")
        results.append((path, "", diagnostics))
        del doc
    total = sum(len(d) for _, _, d in results)
    if args.format == "json":
        out.write("\n]\n" if results else "]\n")  # as json.dumps(..., indent=2) writes the array
    elif args.format == "sarif":
        out.writelines(sarif_chunks(results, __version__))  # streamed: the whole report is never one string
        out.write("\n")
    elif args.format == "gitlab":
        out.write(format_gitlab(results) + "\n")
    elif args.format == "github":
        text = format_github(results)
        out.write(text + "\n" if text else "")
    elif args.statistics:
        counts = Counter(d.code for _, _, ds in results for d in ds)
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            rule = get_rule(code)
            out.write(f"{n:6d}  {code:10s} {rule.name if rule else ''}\n")
    elif not args.quiet and (results or not errors):
        out.write(_summary(results) + "\n")
    _report_errors(errors)
    if errors:
        return EXIT_ERROR
    return EXIT_FOUND if total and not args.exit_zero else EXIT_CLEAN


def _shown_path(path: str, args: argparse.Namespace) -> str:
    return args.stdin_filename if path == STDIN and getattr(args, "stdin_filename", None) else path


def _use_color(choice: str, stream: object) -> bool:
    """Colour for a terminal, unless NO_COLOR is set to anything (no-color.org)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def _summary(results: list) -> str:  # type: ignore[type-arg]
    diagnostics = [d for _, _, ds in results for d in ds]
    if not diagnostics:
        files = len(results)
        return f"No problems found in {files} file{'s' if files != 1 else ''}."
    safe = sum(1 for d in diagnostics if d.applicability == Applicability.SAFE)
    unsafe = sum(1 for d in diagnostics if d.applicability == Applicability.UNSAFE)
    files = sum(1 for _, _, ds in results if ds)
    line = f"Found {len(diagnostics)} problem{'s' if len(diagnostics) != 1 else ''} in {files} file{'s' if files != 1 else ''}"
    parts = []
    if safe:
        parts.append(f"[*] {safe} fixable with `banan fix`")
    if unsafe:
        parts.append(f"[-] {unsafe} more with `banan fix --unsafe`")
    return line + (" (" + "; ".join(parts) + ")" if parts else "") + "."


def cmd_fix(args: argparse.Namespace) -> int:
    config = _config(args)
    errors: list[str] = []
    fixed_total = remaining = changed_files = 0
    for doc in _documents(args.paths, config, errors):
        with _progress(f"{Path(doc.path).name}: fixing", len(doc.text)) as progress:
            new_text, applied = fix_text(doc.text, config, args.unsafe, progress)
        with _progress(f"{Path(doc.path).name}: checking", len(new_text)) as progress:
            left = check_text(new_text, config, progress)
        if args.diff:
            if new_text != doc.text:
                import difflib  # here: only --diff needs it

                sys.stdout.writelines(
                    difflib.unified_diff(
                        doc.text.splitlines(keepends=True),
                        new_text.splitlines(keepends=True),
                        fromfile=_shown_path(doc.path, args),
                        tofile=f"{_shown_path(doc.path, args)} (fixed)",
                    )
                )
        elif doc.path == STDIN:
            _write_stdout(doc, new_text)
        elif new_text != doc.text:
            try:
                write_document(doc, new_text)
            except InputError as exc:
                errors.append(str(exc))
                continue  # not written: neither fixed nor remaining, an error
        fixed_total += applied
        remaining += len(left)
        changed_files += new_text != doc.text
    if not args.quiet:
        verb = "Would fix" if args.diff else "Fixed"
        more = "" if args.unsafe else " (more may need --unsafe)"
        print(
            f"{verb} {fixed_total} problem{'s' if fixed_total != 1 else ''} in {changed_files} "
            f"file{'s' if changed_files != 1 else ''}; {remaining} remaining{more if remaining else ''}.",
            file=sys.stderr,
        )
    _report_errors(errors)
    if errors:
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_CLEAN
    if args.diff:
        return EXIT_FOUND if changed_files else EXIT_CLEAN
    return EXIT_FOUND if remaining else EXIT_CLEAN


def _write_stdout(doc: Document, text: str) -> None:
    """Fixed standard input goes out as it came in: a UTF-16 text as UTF-16."""
    if doc.encoding == "utf-8":
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(doc.encode(text))
        sys.stdout.buffer.flush()


def cmd_normalize(args: argparse.Namespace) -> int:
    errors: list[str] = []
    config = Config() if args.isolated else load_config(args.config)  # only include/exclude matter
    for doc in _documents(args.paths, config, errors):
        text = normalize(doc.text)
        if args.in_place and doc.path != STDIN:
            if text != doc.text:
                try:
                    write_document(doc, text)
                except InputError as exc:
                    errors.append(str(exc))
        else:
            sys.stdout.write(text)
    _report_errors(errors)
    return EXIT_ERROR if errors else EXIT_CLEAN


def cmd_rules(args: argparse.Namespace) -> int:
    config = _config(args)
    # Opt-in and preview rules are listed too (marked), unless a selection leaves them out anyway.
    rules = [
        r
        for r in all_rules()
        if config.enabled(r) or config.enabled(dataclasses.replace(r, default=True, status="stable"))
    ]
    if args.format == "json":
        payload = [
            {
                "code": r.code,
                "name": r.name,
                "family": r.family,
                "summary": r.summary,
                "fix_safety": r.fix_safety,
                "default": r.default,
                "since": r.since,
                "status": r.status,
                "examples": {"bad": [e.text for e in r.bad], "good": list(r.good)},
            }
            for r in rules
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_CLEAN
    family = None
    for r in rules:
        if r.family != family:
            family = r.family
            print(f"\n{family}: {FAMILIES[family]}")
        note = "" if r.default else " (opt-in: select it by code)"
        if r.status != "stable":
            note += f" ({r.status}: --preview or its code)"
        print(f"  {r.code:10s} {r.name:32s} {r.since:7s} {r.summary}{note}")
    return EXIT_CLEAN


def cmd_rule(args: argparse.Namespace) -> int:
    rule = get_rule(args.code)
    if rule is None:
        redirect = find_redirect(args.code)
        if redirect:
            print(f"{redirect.code} ({redirect.name}): {redirect.why} (in {redirect.since}).")
            print(f"As a selector it stands for all of them: --select/--ignore {redirect.code}, banan.toml,")
            print(f"`banan: ignore {redirect.code}` and the server's BN_{redirect.code} still work.\n")
            for code in redirect.targets:
                target = get_rule(code)
                if target:
                    print(f"  {target.code:10s} {target.name:24s} {target.summary}")
            return EXIT_CLEAN
        print(f"banan: error: no rule {args.code!r}; `banan rules` lists them", file=sys.stderr)
        return EXIT_ERROR
    print(rule.doc())
    return EXIT_CLEAN


@contextmanager
def _stop_cleanly() -> Iterator[None]:
    """Let SIGTERM and SIGHUP end the run the way Ctrl-C does, through the code that
    removes a half-written temporary file, instead of killing the process on the spot."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    import signal  # here: only the commands that rewrite files need it

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {sig: signal.signal(sig, stop) for sig in wanted}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def cmd_completion(args: argparse.Namespace) -> int:
    """argcomplete's script for the shell; it asks `banan` itself for the candidates, so
    subcommands and options added later complete too."""
    try:
        import argcomplete
    except ImportError:
        print("banan completion: argcomplete is not installed (pip install argcomplete)", file=sys.stderr)
        return EXIT_ERROR
    sys.stdout.write(argcomplete.shellcode(["banan"], shell=args.shell))
    return EXIT_CLEAN


COMMANDS = {
    "check": cmd_check,
    "fix": cmd_fix,
    "normalize": cmd_normalize,
    "rules": cmd_rules,
    "rule": cmd_rule,
    "completion": cmd_completion,
}


_GC_THRESHOLD = 20_000  # allocations between young collections (Python's default: 700)


# Commands that run once and end, using no worker processes, threads or servers: their
# process ends at once when they are done (see run).
_ENDS_AT_ONCE = frozenset({"check", "fix", "normalize", "rules", "rule"})


def run() -> int:
    """The `banan` program: `main` in a process of its own. The command runs once and
    exits: what is loaded at start (modules, rules, tables) lives to the end, so the
    cyclic collector need not scan it again, and it runs less often (a check keeps most
    of what it allocates in its caches). Collections took about 10% of a cold check's
    CPU time. A command of _ENDS_AT_ONCE then leaves without the interpreter taking
    every object apart one by one (about 50 ms after checking 18,000 words, 8% of the
    run): its output is flushed, and nothing else is left to do.

    banan uses numpy for arrays, never for linear algebra, so numpy's BLAS gets one
    thread: started on every core, its threads cost 50-80 ms of CPU as numpy loads (7%
    of a check of 45,000 words). The setting passes on to the processes the program
    starts (server and corpus workers); a user's own setting stands."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    gc.freeze()
    gc.set_threshold(_GC_THRESHOLD)
    code = main()
    if _command_word(sys.argv[1:]) in _ENDS_AT_ONCE:
        _end_now(code)
    return code


def _end_now(code: int) -> None:
    """Flush what the command wrote and end the process with `code`, skipping the
    interpreter's teardown (as mypy ends its runs). A reader that went away (a closed
    pipe) loses nothing it was still reading."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):  # a closed pipe, or a stream closed already
            pass
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    # Library messages worth a person's attention (a one-time lexicon build) go to stderr.
    logger = logging.getLogger("banan")
    if not logger.handlers:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("banan: %(message)s"))
        logger.addHandler(stream)
        logger.setLevel(logging.INFO)
    if "_ARGCOMPLETE" in os.environ:  # a shell asking for completions: answer and exit
        try:
            import argcomplete

            argcomplete.autocomplete(build_parser())
        except ImportError:
            pass
    parser, args = parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    if getattr(args, "paths", None) == [] and sys.stdin.isatty():
        # Waiting for a terminal to type text would look like a hang: ask for a path.
        print(f"banan {args.command}: name files or folders, or - to read standard input", file=sys.stderr)
        return EXIT_ERROR
    try:
        handler = getattr(args, "handler", None) or COMMANDS[args.command]
        if handler in (cmd_fix, cmd_normalize):  # the commands that rewrite files
            with _stop_cleanly():
                return handler(args)
        return handler(args)
    except (ConfigError, CacheError) as exc:
        print(f"banan: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_FOUND
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(run())
