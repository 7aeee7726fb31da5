"""`banan convert --from bijoy FILE|-`: Bijoy (SutonnyMJ) text to Unicode.

What is converted: a text with no Bengali Unicode in it is taken as a Bijoy document and
converted whole; a text that has Bengali Unicode gets only its detected Bijoy spans
converted (the LEGACY001 spans), so its Unicode and its English stay as they are.
`--all` and `--spans` choose either way explicitly.

Bytes: files are read as UTF-8 unless `--encoding` says otherwise. Bijoy files saved by
Windows programs are usually Windows-1252 bytes, so a file that is not UTF-8 is refused,
untouched, with a hint to give `--encoding cp1252` (or `latin-1`, which reads every
byte). Output is always UTF-8.
"""

from __future__ import annotations

import argparse
import codecs
import re
import sys
from pathlib import Path

from ..files import BOM, STDIN, InputError, read_bytes, write_atomic
from .bijoy import to_unicode
from .detect import convert_spans

EXIT_OK, EXIT_ERROR = 0, 2
_BENGALI = re.compile("[\u0980-\u09ff]")
_UTF8 = {"utf-8", "utf8", "utf_8"}


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "convert",
        help="convert Bijoy (SutonnyMJ) text to Unicode",
        description=(
            "Convert text typed in Bijoy for an ANSI font (SutonnyMJ) to Unicode Bengali and print it. "
            "A text with no Bengali Unicode is converted whole; in a text that has some, only the "
            "detected Bijoy spans are converted (see LEGACY001)."
        ),
    )
    p.add_argument("paths", nargs="*", metavar="FILE", help="files, or - for standard input (default: -)")
    p.add_argument("--from", dest="source", required=True, choices=("bijoy",), help="the legacy encoding (bijoy)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--all", action="store_true", help="convert the whole text, even if it has Bengali Unicode")
    what.add_argument("--spans", action="store_true", help="convert only the detected Bijoy spans")
    where = p.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FILE", type=Path, help="write to FILE (one input only)")
    where.add_argument("-i", "--in-place", action="store_true", help="rewrite the files (as UTF-8)")
    p.add_argument(
        "--encoding",
        default="utf-8",
        help="how the input bytes are read (default utf-8; Bijoy files from Windows are often cp1252)",
    )
    p.set_defaults(handler=cmd_convert)


def _read(path: str, encoding: str) -> tuple[str, bool]:
    """The text of `path` (or stdin) and whether it had a UTF-8 byte order mark."""
    name = "<stdin>" if path == STDIN else path
    data = sys.stdin.buffer.read() if path == STDIN else read_bytes(path)
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes); not converted")
    utf8 = encoding.lower() in _UTF8
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        hint = (
            "Bijoy files saved by Windows programs are usually Windows-1252: try --encoding cp1252"
            if utf8
            else "try --encoding latin-1, which reads every byte"
        )
        raise InputError(
            f"{name}: not {'UTF-8' if utf8 else encoding} (byte 0x{data[exc.start]:02x} at byte {exc.start}); "
            f"{hint}; the file was left untouched"
        ) from None
    if utf8 and text.startswith(BOM):
        return text[1:], True
    return text, False


def _convert(text: str, args: argparse.Namespace) -> str:
    whole = args.all or (not args.spans and not _BENGALI.search(text))
    return to_unicode(text) if whole else convert_spans(text)


def cmd_convert(args: argparse.Namespace) -> int:
    paths = args.paths or [STDIN]
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        print(f"banan: error: unknown encoding {args.encoding!r}", file=sys.stderr)
        return EXIT_ERROR
    if args.output is not None and len(paths) != 1:
        print("banan: error: --output takes one input; use --in-place for several files", file=sys.stderr)
        return EXIT_ERROR
    if args.in_place and STDIN in paths:
        print("banan: error: --in-place cannot rewrite standard input", file=sys.stderr)
        return EXIT_ERROR
    errors = []
    for path in paths:
        try:
            text, bom = _read(path, args.encoding)
            converted = _convert(text, args)
            if args.output is not None:
                write_atomic(args.output, converted, bom)
            elif args.in_place:
                if converted != text or args.encoding.lower() not in _UTF8:
                    write_atomic(path, converted, bom)
            else:
                sys.stdout.write(converted)
        except InputError as exc:
            errors.append(str(exc))
    for e in errors:
        print(f"banan: error: {e}", file=sys.stderr)
    return EXIT_ERROR if errors else EXIT_OK
