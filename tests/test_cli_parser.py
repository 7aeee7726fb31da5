"""The parser a run builds: only the command it names in full, the others as stubs. What
a user sees (help, usage errors) is what the full parser shows, for every command."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from banan import cli

# The modules that only other commands need (the lexicon learner, the corpus runner, the
# server, the language server, the Bijoy converter's command), and one only `fix --diff` needs.
OTHER_COMMANDS = (
    "banan.spelling.command",
    "banan.vocabulary",
    "banan.corpus",
    "banan.server",
    "banan.lsp",
    "banan.legacy.command",
    "difflib",
)


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(found[0].choices) if found else {}


def _command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and subcommand of the full parser: ('check',), ('corpus', 'report'), ..."""
    paths = []
    for name, sub in _subparsers(parser).items():
        paths.append((*path, name))
        paths.extend(_command_paths(sub, (*path, name)))
    return paths


FULL_PATHS = _command_paths(cli.build_parser())


def _outcome(parse: object, argv: list[str]) -> tuple[object, str, str]:
    """What parsing `argv` prints and how it ends: (exit code or the namespace, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = vars(parse(argv))  # type: ignore[operator]
        except SystemExit as exc:
            result = exc.code
    return result, out.getvalue(), err.getvalue()


def _lazy(argv: list[str]) -> argparse.Namespace:
    return cli.parse_args(argv)[1]


def _full(argv: list[str]) -> argparse.Namespace:
    return cli.build_parser().parse_args(argv)


@pytest.fixture(autouse=True)
def _fixed_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")


def test_the_walk_finds_every_command_and_subcommand() -> None:
    names = {p[0] for p in FULL_PATHS}
    assert {"check", "fix", "normalize", "rules", "rule", "completion", *cli.EXTENSIONS} == names
    assert ("lexicon", "learn") in FULL_PATHS and ("corpus", "report") in FULL_PATHS


@pytest.mark.parametrize("path", FULL_PATHS, ids=" ".join)
def test_each_commands_help_is_the_full_parsers(path: tuple[str, ...]) -> None:
    argv = [*path, "--help"]
    lazy = _outcome(_lazy, argv)
    assert lazy[0] == 0 and lazy[1].startswith("usage: banan " + " ".join(path))
    assert lazy == _outcome(_full, argv)


@pytest.mark.parametrize("command", [None, *sorted({p[0] for p in FULL_PATHS})])
def test_the_overall_help_is_the_full_parsers_whichever_command_is_built(command: str | None) -> None:
    full = cli.build_parser().format_help()
    assert all(f"    {name}" in full for name in cli.EXTENSIONS)
    lazy = cli.build_parser(full=() if command is None else (command,))
    assert lazy.format_help() == full
    assert lazy.format_usage() == cli.build_parser().format_usage()
    # The overall help asked for before a command, as argparse answers it.
    argv = ["--help"] if command is None else ["--help", command]
    assert _outcome(_lazy, argv) == _outcome(_full, argv)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--version"],
        ["bogus"],
        ["--bogus"],
        ["--bogus", "serve"],
        ["ch"],
        ["-", "serve"],
        ["--", "-x"],
        ["--", "check", "--bogus"],
        ["check", "--format", "xml"],
        ["check", "--form", "json"],
        ["rules", "--format", "yaml"],
        ["rule"],
        ["completion", "tcsh"],
        ["lexicon"],
        ["lexicon", "learn"],
        ["lexicon", "learn", "x", "--out", "y", "--min-count", "0"],
        ["corpus"],
        ["corpus", "check", "in"],
        ["serve", "--port", "x"],
        ["serve", "--por", "1"],
        ["convert", "--from", "ansi"],
        ["lsp", "--bogus"],
    ],
    ids=repr,
)
def test_usage_errors_and_parses_are_the_full_parsers(argv: list[str]) -> None:
    lazy = _outcome(_lazy, argv)
    assert lazy == _outcome(_full, argv)


@pytest.mark.parametrize("path", FULL_PATHS, ids=" ".join)
def test_an_unknown_option_of_each_command_is_reported_as_before(path: tuple[str, ...]) -> None:
    argv = [*path, "--no-such-option"]
    lazy = _outcome(_lazy, argv)
    assert lazy[0] == 2 and "banan" in lazy[2]
    assert lazy == _outcome(_full, argv)


def test_a_stub_asked_to_parse_makes_parse_args_build_every_command(monkeypatch: pytest.MonkeyPatch) -> None:
    # A stub refuses to parse, so a parse that reaches a command not built in full
    # cannot go on with a stub's (empty) arguments.
    parser = cli.build_parser(full=("check",))
    with pytest.raises(cli._StubUsed):
        parser.parse_args(["serve", "--port", "8123"])
    # Were the command looked for not the one argparse chooses, the full parser answers.
    monkeypatch.setattr(cli, "_command_word", lambda argv: "check")
    _, args = cli.parse_args(["serve", "--port", "8123"])
    assert args.command == "serve" and args.port == 8123 and args.handler.__module__ == "banan.server.command"


def _modules_after_main(args: list[str]) -> list[str]:
    code = (
        "import contextlib, io, json, sys\nfrom banan.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    code = main({args!r})\n"
        "print(json.dumps([code, sorted(sys.modules)]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    code, modules = json.loads(out.splitlines()[-1])
    assert code in (0, 1)
    return modules


@pytest.mark.parametrize(
    "command", [["check"], ["fix", "--diff"], ["normalize"], ["rules"], ["rule", "SPACE001"]], ids=" ".join
)
def test_a_command_imports_no_other_commands_modules(command: list[str], tmp_path: Path) -> None:
    text = tmp_path / "text.txt"
    text.write_text("সে যায়।\n", encoding="utf-8")
    args = command if command[0].startswith("rule") else [*command, str(text)]
    modules = _modules_after_main(args)
    assert "banan.cli" in modules
    assert [m for m in modules if m.startswith(OTHER_COMMANDS)] == []


def test_a_command_of_its_own_module_runs_with_its_module_alone(tmp_path: Path) -> None:
    text = tmp_path / "bijoy.txt"
    text.write_text("Avwg", encoding="utf-8")  # আমি (I) typed in Bijoy
    modules = _modules_after_main(["convert", "--from", "bijoy", str(text)])
    assert "banan.legacy.command" in modules
    assert [m for m in modules if m.startswith(OTHER_COMMANDS) and m != "banan.legacy.command"] == []
