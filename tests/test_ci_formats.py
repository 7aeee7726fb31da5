"""Output for CI (SARIF, GitHub annotations, GitLab Code Quality) and the linter
conveniences: --stdin-filename, --exit-zero, colour and NO_COLOR, the marked source
line, shell completion."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from banan.cli import main
from banan.output import display_width

FIXTURES = Path(__file__).parent / "fixtures"
# সে বাড়ি যায় । (a space before the danda: safe fix), ৩৫ টি (a numeral and টি apart:
# safe), পতিবেদক (a misspelling of প্রতিবেদক: suggestions only).
TEXT = "শিরোনাম\nসে বাড়ি যায় । আমি ৩৫ টি বই পড়েছি।\nপতিবেদক এলেন।\n"


def run(args: list[str], capsys, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "docs" / "a.md"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_sarif_is_valid_against_the_sarif_2_1_0_schema(sample: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    code, out, _ = run(["check", "--isolated", "--format", "sarif", sample], capsys)
    log = json.loads(out)
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    assert code == 1 and log["version"] == "2.1.0"
    run_ = log["runs"][0]
    assert [r["ruleId"] for r in run_["results"]] == ["SPACE001", "NUM003", "SPELL001"]
    rules = run_["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run_["results"])
    space = run_["results"][0]
    region = space["locations"][0]["physicalLocation"]["region"]
    line = TEXT.splitlines()[1]
    assert (region["startLine"], region["startColumn"]) == (2, line.index(" ।") + 1)
    assert space["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == ""
    assert space["properties"]["applicability"] == "safe"
    # The schema does catch a broken log (it is not a schema that accepts anything).
    run_["results"][0]["level"] = "loud"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validators.validator_for(schema)(schema).validate(log)


def test_sarif_with_nothing_found_is_valid_too(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    (tmp_path / "ok.txt").write_text("ভালো লেখা।\n", encoding="utf-8")
    code, out, _ = run(["check", "--isolated", "--format", "sarif", tmp_path / "ok.txt"], capsys)
    jsonschema.validate(json.loads(out), schema)
    assert code == 0 and json.loads(out)["runs"][0]["results"] == []


def test_github_workflow_commands_escape_and_locate(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        ["check", "--isolated", "--format", "github", "--stdin-filename", "docs/a,b.md", "-"], capsys, TEXT, monkeypatch
    )
    lines = out.splitlines()
    assert code == 1 and len(lines) == 3
    first = lines[0]
    assert first.startswith("::warning file=docs/a%2Cb.md,line=2,col=14,endLine=2,endColumn=16,title=SPACE001::")
    assert re.fullmatch(r"::warning [^:]+::[^\n]+", first)
    # A message with a line break or % cannot end the command early.
    from banan.diagnostics import Diagnostic
    from banan.output import format_github

    d = Diagnostic("SPACE001", 0, 1, "100% wrong", "x")
    assert format_github([("a\nb:c.txt", "x", [d])]) == (
        "::warning file=a%0Ab%3Ac.txt,line=1,col=1,endLine=1,endColumn=2,title=SPACE001::100%25 wrong"
    )


def test_gitlab_code_quality_report(sample: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(["check", "--isolated", "--format", "gitlab", sample], capsys)
    issues = json.loads(out)
    assert code == 1 and [i["check_name"] for i in issues] == ["SPACE001", "NUM003", "SPELL001"]
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["path"] == str(sample)
    assert issues[0]["location"]["positions"]["begin"] == {"line": 2, "column": 14}
    assert len({i["fingerprint"] for i in issues}) == 3
    # A line added above moves the findings but keeps their fingerprints (GitLab tracks them).
    sample.write_text("নতুন লাইন।\n" + TEXT, encoding="utf-8")
    _, out, _ = run(["check", "--isolated", "--format", "gitlab", sample], capsys)
    moved = json.loads(out)
    assert [i["fingerprint"] for i in moved] == [i["fingerprint"] for i in issues]
    assert moved[0]["location"]["positions"]["begin"]["line"] == 3


def test_stdin_filename_and_exit_zero(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        ["check", "--isolated", "--exit-zero", "--stdin-filename", "notes/x.md", "-"], capsys, TEXT, monkeypatch
    )
    assert code == 0 and out.startswith("notes/x.md:2:14: SPACE001")
    code, out, err = run(
        ["fix", "--isolated", "--exit-zero", "--diff", "--stdin-filename", "notes/x.md", "-"], capsys, TEXT, monkeypatch
    )
    assert code == 0 and "--- notes/x.md" in out
    # Errors still say so.
    code, _, _ = run(["check", "--exit-zero", "no/such/file.txt"], capsys)
    assert code == 2


def test_the_source_line_is_marked_under_each_finding(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(["check", "--isolated", "--select", "NUM003", "-q", "-"], capsys, TEXT, monkeypatch)
    block = out.split("\n\n")[0].splitlines()
    assert block[0].startswith("-:2:21: NUM003")
    line = TEXT.splitlines()[1]
    assert block[2] == f"2 | {line}"
    gutter, marks = block[3][:4], block[3][4:]
    assert gutter == "  | "
    start = line.index("৩৫ টি")
    assert marks == " " * display_width(line[:start]) + "^" * display_width("৩৫ টি")


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_on_a_terminal_unless_no_color(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def output(*args: str) -> str:
        terminal = FakeTerminal()
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8")), encoding="utf-8"))
        monkeypatch.setattr(sys, "stdout", terminal)
        main(["check", "--isolated", *args, "-"])
        return terminal.getvalue()

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert "\x1b[" in output()
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in output()
    assert "\x1b[" in output("--color", "always")
    monkeypatch.delenv("NO_COLOR")
    assert "\x1b[" not in output("--color", "never")
    assert "\x1b[" not in output("--format", "sarif")


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(shell: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(["completion", shell], capsys)
    assert code == 0 and "banan" in out
    if shell == "bash":
        assert "complete " in out
    elif shell == "fish":
        assert "complete --command banan" in out or "complete -c banan" in out
    if (exe := shutil.which(shell)) is not None:
        check = subprocess.run([exe, "-n"], input=out, text=True, capture_output=True)
        assert check.returncode == 0, check.stderr


def test_completion_answers_with_subcommands_and_options(tmp_path: Path) -> None:
    # What a shell's completion function does: run banan with argcomplete's variables.
    def complete(line: str) -> list[str]:
        out = tmp_path / "out"
        env = {
            **os.environ,
            "_ARGCOMPLETE": "1",
            "_ARGCOMPLETE_IFS": "\n",
            "COMP_LINE": line,
            "COMP_POINT": str(len(line)),
            "_ARGCOMPLETE_STDOUT_FILENAME": str(out),
            "COMP_TYPE": "9",
        }
        subprocess.run([sys.executable, "-m", "banan"], env=env, capture_output=True, timeout=60)
        return [c.strip() for c in out.read_text(encoding="utf-8").split("\n")]

    assert "check" in complete("banan ch") and "completion" in complete("banan co")
    assert "--stdin-filename" in complete("banan check --std")
    assert {"sarif", "github", "gitlab"} <= set(complete("banan check --format "))


@pytest.mark.skipif(
    shutil.which("bash") is None or shutil.which("banan") is None, reason="needs bash and banan on PATH"
)
def test_bash_completes_with_the_generated_script(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    # The script as a user installs it, run by bash's own completion machinery.
    script = tmp_path / "banan.bash"
    script.write_text(main_output(capsys), encoding="utf-8")
    line = "banan check --for"
    shell = (
        f"source {script}; COMP_WORDS=(banan check --for); COMP_CWORD=2; COMP_LINE='{line}'; "
        f"COMP_POINT={len(line)}; COMP_TYPE=9; _python_argcomplete banan; printf '%s\\n' \"${{COMPREPLY[@]}}\""
    )
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["--format"], result.stderr


def main_output(capsys) -> str:  # type: ignore[no-untyped-def]
    code = main(["completion", "bash"])
    assert code == 0
    return capsys.readouterr().out
