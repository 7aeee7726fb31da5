"""`banan lsp`: start the language server on standard input and output."""

from __future__ import annotations

import argparse
import sys

__all__ = ["add_parser"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "lsp",
        help="run the language server (LSP over stdio) for editors",
        description=(
            "Speak the Language Server Protocol on standard input and output: diagnostics as you type, "
            "quick fixes, and 'add to dictionary'. Needs the lsp extra: pip install 'banan[lsp]'."
        ),
    )
    # Many clients pass --stdio by habit; stdio is the only transport.
    p.add_argument("--stdio", action="store_true", help="use standard input and output (the default and only choice)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        from .server import server
    except ImportError as exc:
        print(f"banan lsp: {exc.name or 'pygls'} is not installed; pip install 'banan[lsp]'", file=sys.stderr)
        return 2
    server.start_io()
    return 0
