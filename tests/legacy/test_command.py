"""`banan convert --from bijoy`: whole files, spans in Unicode files, encodings, outputs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from banan.cli import main

BIJOY = "evsjv GKv‡Wwgi cÖwgZ evsjv\r\nAbymi‡Y|\n"
UNICODE = "বাংলা একাডেমির প্রমিত বাংলা\r\nঅনুসরণে।\n"


def run(args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_utf8_bijoy_file_converted_whole_to_stdout(tmp_path, capsys):
    p = tmp_path / "b.txt"
    p.write_text(BIJOY, encoding="utf-8", newline="")
    assert run(["convert", "--from", "bijoy", p], capsys) == (0, UNICODE, "")
    assert p.read_bytes().decode("utf-8") == BIJOY  # untouched


def test_windows_1252_file_is_refused_with_a_hint_then_converted(tmp_path, capsys):
    p = tmp_path / "b.txt"
    data = BIJOY.encode("cp1252")
    p.write_bytes(data)
    code, out, err = run(["convert", "--from", "bijoy", p], capsys)
    assert code == 2 and out == ""
    assert "not UTF-8 (byte 0x87 at byte 9)" in err and "--encoding cp1252" in err
    assert p.read_bytes() == data
    assert run(["convert", "--from", "bijoy", "--encoding", "cp1252", p], capsys) == (0, UNICODE, "")
    # Latin-1 reads ‡ as a C1 control; the converter reads it as Windows-1252 does
    assert run(["convert", "--from", "bijoy", "--encoding", "latin-1", p], capsys) == (0, UNICODE, "")


def test_bytes_undefined_in_the_encoding_are_refused(tmp_path, capsys):
    p = tmp_path / "b.txt"
    p.write_bytes(b"evsjv \x81")
    code, _, err = run(["convert", "--from", "bijoy", "--encoding", "cp1252", p], capsys)
    assert code == 2 and "not cp1252 (byte 0x81 at byte 6)" in err and "latin-1" in err


def test_in_place_writes_utf8_and_output_file(tmp_path, capsys):
    p = tmp_path / "b.txt"
    p.write_bytes(BIJOY.encode("cp1252"))
    out_file = tmp_path / "u.txt"
    assert run(["convert", "--from", "bijoy", "--encoding", "cp1252", p, "-o", out_file], capsys)[0] == 0
    assert out_file.read_bytes().decode("utf-8") == UNICODE
    assert run(["convert", "--from", "bijoy", "--encoding", "cp1252", "-i", p], capsys)[0] == 0
    assert p.read_bytes().decode("utf-8") == UNICODE
    assert not list(tmp_path.glob("*.banan-tmp"))


def test_unicode_document_gets_only_its_bijoy_spans_converted(tmp_path, capsys):
    p = tmp_path / "m.md"
    p.write_text("আমি evsjv GKv‡Wwg পড়ি। The UN said so.\n", encoding="utf-8")
    assert run(["convert", "--from", "bijoy", p], capsys)[1] == "আমি বাংলা একাডেমি পড়ি। The UN said so.\n"
    # --all converts everything, English included
    assert "ঞযব" in run(["convert", "--from", "bijoy", "--all", p], capsys)[1]


def test_spans_option_keeps_english_in_a_latin_only_file(tmp_path, capsys):
    p = tmp_path / "m.txt"
    p.write_text("The UN report.\nevsjv GKv‡Wwgi cÖwgZ evsjv\n", encoding="utf-8")
    out = run(["convert", "--from", "bijoy", "--spans", p], capsys)[1]
    assert out == "The UN report.\nবাংলা একাডেমির প্রমিত বাংলা\n"


@pytest.mark.parametrize(
    "args,message",
    [
        (["--output", "x", "a", "b"], "--output takes one input"),
        (["-i", "-"], "--in-place cannot rewrite standard input"),
        (["--encoding", "nope", "a"], "unknown encoding"),
        (["missing.txt"], "missing.txt: no such file"),
    ],
)
def test_usage_errors(args, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["convert", "--from", "bijoy", *args], capsys)
    assert code == 2 and message in err


def test_from_is_required(capsys):
    with pytest.raises(SystemExit):
        main(["convert", "x"])
    assert "--from" in capsys.readouterr().err


def test_stdin_via_subprocess():
    proc = subprocess.run(
        [sys.executable, "-m", "banan", "convert", "--from", "bijoy", "-"],
        input="Kg©x ‡Kv‡bv Abymi‡".encode(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0
    assert proc.stdout.decode() == "কর্মী কোনো অনুসর\u25ccে"
