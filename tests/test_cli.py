"""The command line as a user meets it: exit codes, output shapes, files left intact."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from banan.cli import main
from banan.rules import FAMILIES

BROKEN = "সে বাড়ি যায় ।তারপর ঘুমায়\nগত 2024 সালে ৩৫ টি বই\n"


def run(args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def broken(tmp_path):
    p = tmp_path / "khobor.txt"
    p.write_text(BROKEN, encoding="utf-8")
    return p


def test_check_reports_lines_and_exits_1(broken, capsys):
    code, out, _ = run(["check", broken], capsys)
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"{broken}:1:14: SPACE001 [*] “।”-এর আগে ফাঁকা জায়গা থাকে না → “।”"
    assert any(":2:4: NUM002 [-]" in line and "“২০২৪”" in line for line in lines)
    assert lines[-1].startswith("Found 4 problems in 1 file")


def test_check_clean_file_exits_0(tmp_path, clean_text, capsys):
    p = tmp_path / "clean.txt"
    p.write_text(clean_text, encoding="utf-8")
    code, out, _ = run(["check", p], capsys)
    assert (code, out) == (0, "No problems found in 1 file.\n")


def test_json_shape(broken, capsys):
    code, out, _ = run(["check", "--format", "json", broken], capsys)
    assert code == 1
    data = json.loads(out)
    assert [f["path"] for f in data] == [str(broken)]
    d = data[0]["diagnostics"][0]
    assert {"rule", "message", "offset", "length", "line", "column", "replacements", "applicability"} <= set(d)
    assert (d["rule"], d["offset"], d["length"], d["line"], d["column"]) == ("SPACE001", 13, 2, 1, 14)
    assert d["replacements"] == ["।"] and d["applicability"] == "safe"
    assert BROKEN[d["offset"] : d["offset"] + d["length"]] == " ।"


def test_stdin_via_subprocess():
    proc = subprocess.run(
        [sys.executable, "-m", "banan", "check", "--format", "json", "-"],
        input="সে যায় ।".encode(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data[0]["path"] == "-" and data[0]["diagnostics"][0]["rule"] == "SPACE001"


def test_a_check_that_ends_at_once_has_written_everything(tmp_path):
    # `banan check` ends its process without the interpreter's teardown: what it wrote
    # must all be out first, through a pipe as into a file, and a reader that stops
    # early gets no traceback.
    text = "সে যায় ।\n" * 3000  # he goes, with a space before the danda: 3,000 findings
    command = [sys.executable, "-m", "banan", "check", "--format", "json", "-"]
    proc = subprocess.run(command, input=text.encode(), capture_output=True, check=False)
    assert proc.returncode == 1, proc.stderr
    assert len(json.loads(proc.stdout)[0]["diagnostics"]) == 3000
    out = tmp_path / "out.txt"
    with open(out, "wb") as f:
        proc = subprocess.run(command[:-3] + ["-"], input=text.encode(), stdout=f, stderr=subprocess.PIPE, check=False)
    assert proc.returncode == 1 and out.read_text(encoding="utf-8").count("SPACE001") == 3000
    reader = subprocess.Popen(["head", "-c", "100"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    proc = subprocess.run(command, input=text.encode(), stdout=reader.stdin, stderr=subprocess.PIPE, check=False)
    reader.stdin.close()
    reader.wait()
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr


def test_missing_file_exits_2(tmp_path, capsys):
    code, _, err = run(["check", tmp_path / "nope.txt"], capsys)
    assert code == 2 and "no such file" in err


def test_non_utf8_file_is_refused_untouched(tmp_path, capsys):
    p = tmp_path / "bijoy.txt"
    data = b"\xcd\xe0 \xc6\xc3 \xa3"  # Bijoy (SutonnyMJ) bytes, not UTF-8
    p.write_bytes(data)
    before = p.stat().st_mtime_ns
    for args in (["check", p], ["fix", p], ["fix", "--unsafe", p], ["normalize", "-i", p]):
        code, _, err = run(args, capsys)
        assert code == 2 and "not UTF-8" in err
    assert p.read_bytes() == data and p.stat().st_mtime_ns == before


def test_binary_file_is_refused(tmp_path, capsys):
    p = tmp_path / "x.txt"
    p.write_bytes(b"abc\x00def")
    code, _, err = run(["check", p], capsys)
    assert code == 2 and "binary" in err


def test_one_bad_file_does_not_stop_the_others(tmp_path, broken, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    code, out, err = run(["check", bad, broken], capsys)
    assert code == 2 and "bad.txt" in err and "SPACE001" in out


def test_fix_in_place_keeps_crlf_bom_and_permissions(tmp_path, capsys):
    p = tmp_path / "win.txt"
    p.write_bytes("\ufeffসে যায় ।\r\nতারপর ঘুমায় ।\r\n".encode())
    os.chmod(p, 0o640)
    code, _, err = run(["fix", p], capsys)
    assert code == 0, err
    assert p.read_bytes() == "\ufeffসে যায়।\r\nতারপর ঘুমায়।\r\n".encode()
    assert (p.stat().st_mode & 0o777) == 0o640
    assert [q.name for q in tmp_path.iterdir()] == ["win.txt"]  # no temporary file left


def test_a_new_file_written_atomically_gets_the_usual_permissions(tmp_path):
    from banan.files import write_atomic

    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "report.html", "<p>বাংলা</p>")
    finally:
        os.umask(old)
    assert ((tmp_path / "report.html").stat().st_mode & 0o777) == 0o644  # not mkstemp's 0600


def test_fix_unsafe_and_remaining(broken, capsys):
    code, _, err = run(["fix", broken], capsys)
    assert code == 1 and "1 remaining" in err  # NUM002 needs --unsafe
    code, _, _ = run(["fix", "--unsafe", broken], capsys)
    assert code == 0
    assert broken.read_text(encoding="utf-8") == "সে বাড়ি যায়। তারপর ঘুমায়\nগত ২০২৪ সালে ৩৫টি বই\n"


def test_fix_diff_does_not_write(broken, capsys):
    code, out, _ = run(["fix", "--diff", broken], capsys)
    assert code == 1
    assert "-সে বাড়ি যায় ।তারপর ঘুমায়" in out and "+সে বাড়ি যায়। তারপর ঘুমায়" in out
    assert broken.read_text(encoding="utf-8") == BROKEN


def test_fix_stdin_writes_stdout():
    proc = subprocess.run(
        [sys.executable, "-m", "banan", "fix", "-"], input="সে যায় ।\n".encode(), capture_output=True, check=False
    )
    assert proc.stdout.decode() == "সে যায়।\n" and proc.returncode == 0


def test_normalize_prints_canonical_text(tmp_path, capsys):
    p = tmp_path / "n.txt"
    p.write_text("উত\u09cd\u200dস আর\u09c7\u09be ।\n", encoding="utf-8")
    code, out, _ = run(["normalize", p], capsys)
    assert (code, out) == (0, "উৎস আরো ।\n")
    code, _, _ = run(["normalize", "-i", p], capsys)
    assert p.read_text(encoding="utf-8") == "উৎস আরো ।\n"
    (tmp_path / "sub").mkdir()
    q = tmp_path / "sub" / "m.md"
    q.write_text("আর\u09c7\u09be\n", encoding="utf-8")
    code, _, _ = run(["normalize", "-i", "--isolated", tmp_path], capsys)  # folders are walked
    assert code == 0 and q.read_text(encoding="utf-8") == "আরো\n"


def test_folders_are_walked_for_text_files(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("সে যায় ।", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("সে যায় ।", encoding="utf-8")
    (tmp_path / "c.py").write_text("x = 1  ।", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("সে যায় ।", encoding="utf-8")
    code, out, _ = run(["check", "--statistics", "--isolated", tmp_path], capsys)
    assert code == 1 and out.split() == ["2", "SPACE001", "space-before-punctuation"]


def test_select_ignore_and_config_file(tmp_path, broken, capsys, monkeypatch):
    code, out, _ = run(["check", "--format", "concise", "--select", "NUM", "-q", broken], capsys)
    assert {line.split()[1] for line in out.splitlines()} == {"NUM002", "NUM003"}
    (tmp_path / "banan.toml").write_text('ignore = ["NUM002", "SPACE"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["check", "--format", "concise", "-q", broken], capsys)
    assert [line.split()[1] for line in out.splitlines()] == ["NUM003"]
    code, _, err = run(["check", "--select", "BOGUS", broken], capsys)
    assert code == 2 and "BOGUS" in err


def test_rules_and_rule(capsys):
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "NORM013" in out and "pipe-as-danda" in out
    code, out, _ = run(["rules", "--format", "json", "--select", "NUM"], capsys)
    assert [r["code"] for r in json.loads(out)] == ["NUM001", "NUM002", "NUM003"]
    code, out, _ = run(["rule", "SPACE001"], capsys)
    assert code == 0 and out.startswith("SPACE001 (space-before-punctuation)") and "bad:" in out
    code, _, err = run(["rule", "NOPE999"], capsys)
    assert code == 2 and "no rule" in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--format", "xml"])
    assert exc.value.code == 2
    assert main([]) == 2


def test_sample_article_shows_every_family(capsys):
    sample = Path(__file__).parents[1] / "examples" / "boimela.txt"
    code, out, _ = run(["check", "--statistics", sample], capsys)
    families = {line.split()[1].rstrip("0123456789") for line in out.splitlines()}
    assert code == 1 and families == set(FAMILIES)


def test_json_of_several_files_is_the_one_array_it_always_was(tmp_path, broken, capsys):
    from banan.engine import check
    from banan.output import format_json

    clean = tmp_path / "clean.txt"
    clean.write_text("সে যায়।\n", encoding="utf-8")
    code, out, _ = run(["check", "--format", "json", "--isolated", broken, clean], capsys)
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in (broken, clean)]
    assert code == 1 and out == format_json([(p, t, check(t)) for p, t in texts]) + "\n"
    code, out, _ = run(["check", "--format", "json", tmp_path / "nope.txt"], capsys)
    assert code == 2 and out == "[]\n"


def test_each_file_is_reported_before_the_next_is_read(tmp_path, broken, capsys, monkeypatch):
    import banan.cli

    second = tmp_path / "second.txt"
    second.write_text("সে যায় ।\n", encoding="utf-8")
    seen_when_read = {}
    real_read = banan.cli.read_document

    def read(path):
        seen_when_read[str(path)] = capsys.readouterr().out
        return real_read(path)

    monkeypatch.setattr(banan.cli, "read_document", read)
    for args in (["check"], ["check", "--format", "json"]):
        seen_when_read.clear()
        main([*args, "--isolated", str(broken), str(second)])
        capsys.readouterr()
        assert "SPACE001" in seen_when_read[str(second)]  # the first file's report was out


def _blas_threads_setting(env: dict[str, str]) -> str:
    """OPENBLAS_NUM_THREADS as numpy would find it, after the `banan` program started."""
    probe = (
        "import os, sys; from banan import cli; sys.argv = ['banan', 'completion', 'bash']; cli.run(); "
        "print(os.environ.get('OPENBLAS_NUM_THREADS'), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env)
    return out.stderr.strip().splitlines()[-1]


def test_the_program_gives_numpy_one_blas_thread_unless_the_user_chose():
    # banan does no linear algebra: a BLAS thread per core only costs CPU as numpy loads.
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    assert _blas_threads_setting(env) == "1"
    assert _blas_threads_setting({**env, "OPENBLAS_NUM_THREADS": "3"}) == "3"
