"""Long texts are checked and fixed piece by piece, with the positions of the whole text."""

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from banan import pieces
from banan.cli import main
from banan.config import Config
from banan.engine import check, fix_count

SAMPLE = (Path(__file__).parents[1] / "examples" / "boimela.txt").read_text(encoding="utf-8")
# Rules that read one stretch of text: piecewise, they must find exactly what they find
# in the whole (CONSIST and SPELL compare a whole document, REPEAT spans a paragraph break).
LOCAL = Config(select=("NORM", "SPACE", "PUNCT", "NUM", "LEGACY", "ORTHO", "NAME"))


@pytest.fixture
def small_pieces(monkeypatch):
    monkeypatch.setattr(pieces, "PIECEWISE_ABOVE", 3_000)
    monkeypatch.setattr(pieces, "PIECE", 1_000)


def long_text(paragraphs: int = 12) -> str:
    # Paragraphs, some separated by one blank line, some by several, one with CRLF, and
    # a paragraph longer than a piece (lines only).
    parts = []
    for i in range(paragraphs):
        para = SAMPLE.strip("\n")
        if i == 3:
            para = para.replace("\n", "\r\n")
        if i == 5:
            para = "\n".join([para] * 3)
        parts.append(para + "\n" + "\n" * (1 + i % 3))
    return "".join(parts)


def test_pieces_cover_the_text_and_end_at_line_ends():
    text = long_text()
    spans = list(pieces.pieces(text, 1_000))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans[:-1], spans[1:], strict=True))
    assert all(text[end - 1] == "\n" for _, end in spans[:-1])
    assert all(end - start <= 1_000 for start, end in spans[:-1] if "\n" in text[start : start + 1_000])
    one_line = "ক" * 2_500
    assert list(pieces.pieces(one_line + "\n" + one_line, 1_000)) == [(0, 2_501), (2_501, 5_001)]


def test_a_long_text_gives_the_diagnostics_of_the_whole(small_pieces):
    text = long_text()
    assert len(text) > pieces.PIECEWISE_ABOVE and len(list(pieces.pieces(text))) > 5
    whole = check(text, LOCAL)
    assert whole and pieces.check_text(text, LOCAL) == whole


def test_a_long_text_is_fixed_as_the_whole_is(small_pieces):
    text = long_text()
    assert pieces.fix_text(text, LOCAL, unsafe=True) == fix_count(text, LOCAL, unsafe=True)
    assert pieces.fix_text(text, LOCAL, unsafe=False) == fix_count(text, LOCAL, unsafe=False)


def test_ignore_file_reaches_every_piece(small_pieces):
    text = "<!-- banan: ignore-file SPACE001 -->\n\n" + long_text()
    found = pieces.check_text(text, LOCAL)
    assert found and not any(d.code == "SPACE001" for d in found)
    fixed, _ = pieces.fix_text(text, LOCAL, unsafe=False)
    assert fixed.count(" ।") == text.count(" ।")  # SPACE001 would take the space out


def test_a_short_text_is_checked_in_one_go():
    text = SAMPLE
    assert len(text) <= pieces.PIECEWISE_ABOVE
    assert pieces.check_text(text, Config()) == check(text, Config())


def test_cli_output_of_a_long_file_has_the_whole_files_positions(tmp_path, capsys, monkeypatch):
    p = tmp_path / "long.txt"
    p.write_text(long_text(), encoding="utf-8")
    args = ["check", "--format", "json", "--select", "NORM,SPACE,PUNCT,NUM,LEGACY,ORTHO,NAME", str(p)]
    assert main(args) == 1
    whole = capsys.readouterr().out
    monkeypatch.setattr(pieces, "PIECEWISE_ABOVE", 3_000)
    monkeypatch.setattr(pieces, "PIECE", 1_000)
    assert main(args) == 1
    assert capsys.readouterr().out == whole


def run_with_terminal_stderr(args, cwd):
    """Run banan with standard error on a pseudo-terminal; (status, what the terminal got)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 24 x 100, as a window
    proc = subprocess.Popen(
        [sys.executable, "-m", "banan", *args],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=follower,
        stdin=subprocess.DEVNULL,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # the other end closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    return proc.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def test_a_progress_bar_for_long_files_on_a_terminal_only(tmp_path):
    line = "সে বাড়ি যায় ।\n"  # "he goes home ." -- one SPACE001 a line
    p = tmp_path / "long.txt"
    p.write_text(line * (pieces.PIECEWISE_ABOVE // len(line) + 1000), encoding="utf-8")
    status, shown = run_with_terminal_stderr(["check", "--select", "SPACE", "-q", str(p)], tmp_path)
    assert status == 1
    assert "long.txt: " in shown and "%|" in shown and "char" in shown  # tqdm's bar
    status, shown = run_with_terminal_stderr(["fix", "--select", "SPACE", str(p)], tmp_path)
    assert status == 0 and "fixing" in shown and "%|" in shown
    p.write_text(line * (pieces.PIECEWISE_ABOVE // len(line) + 1000), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "banan", "check", "--select", "SPACE", "-q", str(p)], capture_output=True, check=False
    )
    assert proc.returncode == 1 and proc.stderr == b""  # not a terminal: no bar
    short = tmp_path / "short.txt"
    short.write_text(line * 10, encoding="utf-8")
    status, shown = run_with_terminal_stderr(["check", "--select", "SPACE", "-q", str(short)], tmp_path)
    assert status == 1 and shown == ""  # short: no bar
