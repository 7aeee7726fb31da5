"""The command line: `banan check | fix | normalize | rules | rule`.

Exit status: 0 when nothing was found (or everything was fixed), 1 when problems
remain, 2 on a usage or input error (a missing file, a file that is not UTF-8).
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import gc
import importlib
import json
import logging
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from . import __version__
from .config import Config, ConfigError, load_config, read_word_list
from .diagnostics import Applicability
from .engine import check, fix_count, normalize
from .files import STDIN, Document, InputError, iter_paths, read_document, read_stdin, write_atomic
from .output import format_json, format_text_line
from .positions import LineIndex
from .rules import FAMILIES, all_rules, get_rule

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2

# Modules that add a subcommand (one line each).
EXTENSIONS: tuple[str, ...] = (
    "banan.spelling.command",
    "banan.server.command",
    "banan.corpus.command",
    "banan.legacy.command",
)


def _selection_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--select", metavar="CODES", help="only these rules: codes, prefixes or names, comma-separated")
    p.add_argument("--extend-select", metavar="CODES", help="add these rules to the configured selection")
    p.add_argument("--ignore", metavar="CODES", help="skip these rules (codes, prefixes or names)")
    p.add_argument("--config", metavar="FILE", type=Path, help="read settings from FILE (banan.toml or pyproject.toml)")
    p.add_argument("--isolated", action="store_true", help="ignore configuration files")
    p.add_argument("--words", metavar="FILE", type=Path, action="append",
                   help="a personal word list (one word a line): never flagged as misspelled")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="banan", description="The proofreader for Bengali (বানান).", allow_abbrev=False
    )
    parser.add_argument("--version", action="version", version=f"banan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("check", help="report problems", description="Report problems in files, folders or stdin (-).")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for standard input (default: -)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--statistics", action="store_true", help="print counts per rule instead of each problem")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    _selection_args(p)

    p = sub.add_parser("fix", help="apply safe fixes in place", description="Apply fixes to files in place.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - (fixed text to stdout)")
    p.add_argument("--unsafe", action="store_true", help="also apply unsafe fixes (they may change a word)")
    p.add_argument("--diff", action="store_true", help="show the changes as a diff instead of writing")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    _selection_args(p)

    p = sub.add_parser("normalize", help="print the canonical Unicode text", description=(
        "Repair the Unicode encoding only (safe NORM fixes, then NFC) and print the text."
    ))
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for standard input (default: -)")
    p.add_argument("-i", "--in-place", action="store_true", help="rewrite the files instead of printing")
    p.add_argument("--config", metavar="FILE", type=Path, help="read include/exclude from FILE")
    p.add_argument("--isolated", action="store_true", help="ignore configuration files")

    p = sub.add_parser("rules", help="list the rules")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _selection_args(p)

    p = sub.add_parser("rule", help="explain one rule")
    p.add_argument("code", help="a rule code (SPACE001) or name (space-before-punctuation)")

    # Commands that live in their own modules: each `add_parser(sub)` sets `handler`.
    for module in EXTENSIONS:
        importlib.import_module(module).add_parser(sub)
    return parser


def _split(value: str | None) -> list[str] | None:
    if not value:
        return None
    return [v.strip() for v in value.replace(" ", ",").split(",") if v.strip()]


def _config(args: argparse.Namespace) -> Config:
    base = Config() if args.isolated else load_config(args.config)
    config = base.with_overrides(
        select=_split(args.select), ignore=_split(args.ignore), extend_select=_split(args.extend_select)
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


def _report_errors(errors: list[str]) -> None:
    for e in errors:
        print(f"banan: error: {e}", file=sys.stderr)


def cmd_check(args: argparse.Namespace) -> int:
    config = _config(args)
    errors: list[str] = []
    results = []
    for doc in _documents(args.paths, config, errors):
        results.append((doc.path, doc.text, check(doc.text, config)))
    total = sum(len(d) for _, _, d in results)
    out = sys.stdout
    if args.format == "json":
        out.write(format_json(results) + "\n")
    elif args.statistics:
        counts = Counter(d.code for _, _, ds in results for d in ds)
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            rule = get_rule(code)
            out.write(f"{n:6d}  {code:10s} {rule.name if rule else ''}\n")
    else:
        for path, text, diagnostics in results:
            index = LineIndex(text)
            for d in diagnostics:
                out.write(format_text_line(path, d, index) + "\n")
        if not args.quiet and (results or not errors):
            out.write(_summary(results) + "\n")
    _report_errors(errors)
    if errors:
        return EXIT_ERROR
    return EXIT_FOUND if total else EXIT_CLEAN


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
        new_text, applied = fix_count(doc.text, config, unsafe=args.unsafe)
        fixed_total += applied
        left = check(new_text, config)
        remaining += len(left)
        if new_text != doc.text:
            changed_files += 1
        if args.diff:
            if new_text != doc.text:
                sys.stdout.writelines(
                    difflib.unified_diff(
                        doc.text.splitlines(keepends=True),
                        new_text.splitlines(keepends=True),
                        fromfile=doc.path,
                        tofile=f"{doc.path} (fixed)",
                    )
                )
        elif doc.path == STDIN:
            sys.stdout.write(new_text)
        elif new_text != doc.text:
            try:
                write_atomic(doc.path, new_text, doc.bom)
            except InputError as exc:
                errors.append(str(exc))
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
    if args.diff:
        return EXIT_FOUND if changed_files else EXIT_CLEAN
    return EXIT_FOUND if remaining else EXIT_CLEAN


def cmd_normalize(args: argparse.Namespace) -> int:
    errors: list[str] = []
    config = Config() if args.isolated else load_config(args.config)  # only include/exclude matter
    for doc in _documents(args.paths, config, errors):
        text = normalize(doc.text)
        if args.in_place and doc.path != STDIN:
            if text != doc.text:
                try:
                    write_atomic(doc.path, text, doc.bom)
                except InputError as exc:
                    errors.append(str(exc))
        else:
            sys.stdout.write(text)
    _report_errors(errors)
    return EXIT_ERROR if errors else EXIT_CLEAN


def cmd_rules(args: argparse.Namespace) -> int:
    config = _config(args)
    # Opt-in rules are listed too (marked), unless a selection leaves them out anyway.
    rules = [r for r in all_rules() if config.enabled(r) or config.enabled(dataclasses.replace(r, default=True))]
    if args.format == "json":
        payload = [
            {
                "code": r.code,
                "name": r.name,
                "family": r.family,
                "summary": r.summary,
                "fix_safety": r.fix_safety,
                "default": r.default,
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
        print(f"  {r.code:10s} {r.name:32s} {r.summary}{note}")
    return EXIT_CLEAN


def cmd_rule(args: argparse.Namespace) -> int:
    rule = get_rule(args.code)
    if rule is None:
        print(f"banan: error: no rule {args.code!r}; `banan rules` lists them", file=sys.stderr)
        return EXIT_ERROR
    print(rule.doc())
    return EXIT_CLEAN


COMMANDS = {"check": cmd_check, "fix": cmd_fix, "normalize": cmd_normalize, "rules": cmd_rules, "rule": cmd_rule}


_GC_THRESHOLD = 20_000  # allocations between young collections (Python's default: 700)


def run() -> int:
    """The `banan` program: `main` in a process of its own. The command runs once and
    exits: what is loaded at start (modules, rules, tables) lives to the end, so the
    cyclic collector need not scan it again, and it runs less often (a check keeps most
    of what it allocates in its caches). Collections took about 10% of a cold check's
    CPU time."""
    gc.freeze()
    gc.set_threshold(_GC_THRESHOLD)
    return main()


def main(argv: list[str] | None = None) -> int:
    # Library messages worth a person's attention (a one-time lexicon build) go to stderr.
    logger = logging.getLogger("banan")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("banan: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    if getattr(args, "paths", None) == [] and sys.stdin.isatty():
        # Waiting for a terminal to type text would look like a hang: ask for a path.
        print(f"banan {args.command}: name files or folders, or - to read standard input", file=sys.stderr)
        return EXIT_ERROR
    try:
        handler = getattr(args, "handler", None) or COMMANDS[args.command]
        return handler(args)
    except ConfigError as exc:
        print(f"banan: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_FOUND
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(run())
