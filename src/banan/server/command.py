"""`banan serve`: the LanguageTool-compatible server on uvicorn."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

from ..config import find_config_file, load_config
from .settings import ENV_ADMIN_KEY, ENV_SETTINGS, Settings, default_dictionary_path

__all__ = ["add_parser"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    defaults = Settings()
    p = sub.add_parser(
        "serve",
        help="run the LanguageTool-compatible server and web editor",
        description=(
            "Serve the LanguageTool HTTP API v2 (/v2/check and friends) for Bengali, and a web editor at /. "
            f"Set {ENV_ADMIN_KEY} to allow changes to the team dictionary."
        ),
    )
    p.add_argument("--host", default=defaults.host, help=f"address to listen on (default: {defaults.host})")
    p.add_argument("--port", type=int, default=defaults.port, help=f"port (default: {defaults.port})")
    p.add_argument("--workers", type=int, default=defaults.workers, help="worker processes (default: 1)")
    p.add_argument(
        "--dictionary",
        metavar="FILE",
        default="",
        help=f"SQLite file for the word lists (default: {default_dictionary_path()})",
    )
    p.add_argument("--config", metavar="FILE", type=Path, help="banan.toml or pyproject.toml choosing the rules")
    p.add_argument("--isolated", action="store_true", help="ignore configuration files: run every rule")
    p.add_argument(
        "--max-text-length",
        type=int,
        default=defaults.max_text_length,
        metavar="N",
        help=f"longest text accepted, in UTF-16 code units (default: {defaults.max_text_length})",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=defaults.check_timeout,
        metavar="SECONDS",
        help=f"time limit for one check (default: {defaults.check_timeout:g})",
    )
    p.add_argument(
        "--allow-origin",
        default=defaults.allow_origin,
        metavar="ORIGIN",
        help="Access-Control-Allow-Origin on /v2/check and /v2/languages for browser clients (default: *; '' for none)",
    )
    p.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a Host header name to accept (repeat for more; '*' for any). Default: localhost, 127.0.0.1 and "
        "[::1] on a loopback address, the address itself on another, any on 0.0.0.0 or ::",
    )
    p.add_argument(
        "--header-timeout",
        type=float,
        default=defaults.header_timeout,
        metavar="SECONDS",
        help=f"close a connection whose request line and headers have not arrived in time "
        f"(default: {defaults.header_timeout:g})",
    )
    p.add_argument(
        "--warm-words",
        type=int,
        default=defaults.warm_words,
        metavar="N",
        help="each worker checks the lexicon's N most frequent words at start, so that first requests are "
        f"not slow (about 1 s per 30,000; default: {defaults.warm_words}; 0: none)",
    )
    p.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ImportError:
        print("banan serve needs the server extra: pip install 'banan[server]'", file=sys.stderr)
        return 2
    config_path = None if args.isolated else (args.config or find_config_file(Path.cwd()))
    if config_path is not None:
        load_config(Path(config_path))  # a bad file stops here, with its message, not in each worker
    if (
        args.workers < 1
        or args.max_text_length < 1
        or args.timeout <= 0
        or args.warm_words < 0
        or args.header_timeout <= 0
    ):
        print(
            "banan serve: --workers, --max-text-length, --timeout and --header-timeout must be positive, "
            "--warm-words not negative",
            file=sys.stderr,
        )
        return 2
    settings = Settings(
        host=args.host,
        port=args.port,
        workers=args.workers,
        dictionary=str(Path(args.dictionary).resolve()) if args.dictionary else "",
        config=str(Path(config_path).resolve()) if config_path else None,
        max_text_length=args.max_text_length,
        check_timeout=args.timeout,
        allow_origin=args.allow_origin,
        allowed_hosts=tuple(args.allowed_host),
        warm_words=args.warm_words,
        header_timeout=args.header_timeout,
    )
    from .dictionary import WordStore

    try:
        WordStore(settings.dictionary_path).close()  # create it, and fail early if it cannot be opened
    except (sqlite3.Error, OSError) as exc:
        print(f"banan serve: cannot open the dictionary {settings.dictionary_path}: {exc}", file=sys.stderr)
        return 2
    # Build the spelling lexicon now if it is missing (once, 10-30 s), not in a request.
    from ..spelling.lexicon import Lexicon

    Lexicon.load()
    os.environ[ENV_SETTINGS] = settings.to_env()
    from .connections import ENV_SUPERVISOR, HttpProtocol

    if settings.workers > 1:
        os.environ[ENV_SUPERVISOR] = str(os.getpid())  # the workers stop when this process is gone
    else:
        os.environ.pop(ENV_SUPERVISOR, None)
    if "*" in settings.hosts_allowed:
        print(
            "banan serve: any Host header is accepted (bound to all interfaces); give the server's names "
            "with --allowed-host to refuse others",
            file=sys.stderr,
        )
    shown_host = f"[{settings.host}]" if ":" in settings.host else settings.host
    print(
        f"banan serve: editor at http://{shown_host}:{settings.port}/, LanguageTool API at "
        f"http://{shown_host}:{settings.port}/v2/; dictionary {settings.dictionary_path}"
        + ("" if settings.team_key() else f" (team dictionary read-only: {ENV_ADMIN_KEY} not set)"),
        file=sys.stderr,
    )
    from .balance import ENV_CONNECTION_TABLE, ConnectionTable

    # The workers' shared count of connections, to keep their shares even (balance.py).
    table = ConnectionTable.create(settings.workers) if settings.workers > 1 else None
    if table:
        os.environ[ENV_CONNECTION_TABLE] = table
    else:
        os.environ.pop(ENV_CONNECTION_TABLE, None)
    try:
        uvicorn.run(
            "banan.server.app:app_from_environment",
            factory=True,
            host=settings.host,
            port=settings.port,
            workers=settings.workers,
            log_level=args.log_level,
            server_header=False,
            http=HttpProtocol,  # with a deadline for request headers
            timeout_keep_alive=settings.keep_alive_timeout,
            timeout_graceful_shutdown=5,
        )
    finally:
        if table:
            os.unlink(table)
    return 0
