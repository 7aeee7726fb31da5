"""Files as `banan fix` finds them: links, owners, read-only files, other encodings,
edits saved meanwhile, and runs that are killed mid-write."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import banan.cli
from banan import files
from banan.cli import main

BROKEN = "সে যায় ।\n"  # "he goes ." -- a space before the danda
FIXED = "সে যায়।\n"


def run(args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".banan-tmp"))


@pytest.fixture(autouse=True)
def fresh_sweep(monkeypatch):
    # Leftovers are swept once per folder and process: start each test afresh.
    monkeypatch.setattr(files, "_swept", set(), raising=False)


# -- symbolic links ----------------------------------------------------------


def test_fix_writes_through_a_symlink_to_its_target(tmp_path, capsys):
    real = tmp_path / "drafts" / "khobor.txt"
    real.parent.mkdir()
    real.write_text(BROKEN, encoding="utf-8")
    link = tmp_path / "latest.txt"
    link.symlink_to(Path("drafts") / "khobor.txt")  # relative, as people make them
    code, _, err = run(["fix", link], capsys)
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(Path("drafts") / "khobor.txt")
    assert real.read_text(encoding="utf-8") == FIXED
    assert temp_files(tmp_path) == [] and temp_files(real.parent) == []


# -- hard links and extended attributes -------------------------------------------


def test_fix_keeps_a_hard_link_a_link(tmp_path, capsys):
    p = tmp_path / "khobor.txt"
    p.write_text(BROKEN, encoding="utf-8")
    other = tmp_path / "archive" / "khobor.txt"
    other.parent.mkdir()
    os.link(p, other)
    inode = p.stat().st_ino
    code, _, err = run(["fix", p], capsys)
    assert code == 0, err
    assert p.stat().st_ino == inode and p.stat().st_nlink == 2  # the same file, still linked
    assert other.read_text(encoding="utf-8") == FIXED  # the other name sees the fix
    assert temp_files(tmp_path) == []


def _xattrs_work(folder: Path) -> bool:
    probe = folder / "probe"
    probe.write_bytes(b"")
    try:
        os.setxattr(probe, "user.banan-probe", b"1")
    except (OSError, AttributeError):
        return False
    finally:
        probe.unlink()
    return True


def test_fix_keeps_extended_attributes(tmp_path, capsys):
    if not _xattrs_work(tmp_path):
        pytest.skip("this file system keeps no user extended attributes")
    p = tmp_path / "khobor.txt"
    p.write_text(BROKEN, encoding="utf-8")
    os.setxattr(p, "user.origin", "বার্তা কক্ষ".encode())  # e.g. a tag a desktop or a backup tool set
    code, _, err = run(["fix", p], capsys)
    assert code == 0, err
    assert p.read_text(encoding="utf-8") == FIXED
    assert os.getxattr(p, "user.origin").decode() == "বার্তা কক্ষ"


def test_a_file_whose_attributes_cannot_be_copied_is_rewritten_in_place(tmp_path, capsys, monkeypatch):
    p = tmp_path / "guarded.txt"
    p.write_text(BROKEN, encoding="utf-8")
    monkeypatch.setattr(files, "_same_xattrs", lambda target, tmp: False)
    inode = p.stat().st_ino
    code, _, err = run(["fix", p], capsys)
    assert code == 0, err
    assert p.stat().st_ino == inode and p.read_text(encoding="utf-8") == FIXED
    assert temp_files(tmp_path) == []


# -- owners ------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_fix_as_root_keeps_the_owner_and_group(tmp_path, capsys):
    p = tmp_path / "theirs.txt"
    p.write_text(BROKEN, encoding="utf-8")
    os.chown(p, 12345, 23456)
    code, _, err = run(["fix", p], capsys)
    assert code == 0, err
    st = p.stat()
    assert (st.st_uid, st.st_gid) == (12345, 23456)
    assert p.read_text(encoding="utf-8") == FIXED


def test_a_file_whose_owner_cannot_be_kept_is_rewritten_in_place(tmp_path, capsys, monkeypatch):
    p = tmp_path / "shared.txt"
    p.write_text(BROKEN, encoding="utf-8")

    def refuse(*_args, **_kwargs):
        raise PermissionError(1, "Operation not permitted")

    if os.geteuid() == 0:  # someone else's file, and chown refused as it is to other users
        os.chown(p, 12345, 23456)
        monkeypatch.setattr(files.os, "chown", refuse)
    else:
        monkeypatch.setattr(files, "_same_owner", lambda tmp, st: False)
    before = p.stat()
    code, _, err = run(["fix", p], capsys)
    assert code == 0, err
    assert p.read_text(encoding="utf-8") == FIXED
    after = p.stat()
    assert after.st_ino == before.st_ino  # the same file, so the same owner and group
    assert (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)
    assert temp_files(tmp_path) == []


# -- read-only files ---------------------------------------------------------


def test_fix_refuses_a_read_only_file(tmp_path, capsys):
    p = tmp_path / "final.txt"
    p.write_text(BROKEN, encoding="utf-8")
    os.chmod(p, 0o444)
    code, _, err = run(["fix", p], capsys)
    assert code == 2
    assert "read-only" in err and "final.txt" in err
    assert "Fixed 0 problems in 0 files" in err  # the summary does not count what was refused
    assert p.read_text(encoding="utf-8") == BROKEN and (p.stat().st_mode & 0o777) == 0o444
    code, _, err = run(["normalize", "-i", p], capsys)
    assert p.read_text(encoding="utf-8") == BROKEN
    code, out, _ = run(["fix", "--diff", p], capsys)  # showing the fix writes nothing: allowed
    assert code == 1 and "+সে যায়।" in out


# -- an edit saved while fix runs --------------------------------------------


def test_fix_does_not_overwrite_an_edit_saved_meanwhile(tmp_path, capsys, monkeypatch):
    p = tmp_path / "live.txt"
    p.write_text(BROKEN, encoding="utf-8")
    edited = "সে যায় ।\nআরেকটি লাইন\n"  # the writer adds "another line"
    real_fix_text = banan.cli.fix_text

    def fix_while_someone_saves(text, *args, **kwargs):
        result = real_fix_text(text, *args, **kwargs)
        p.write_text(edited, encoding="utf-8")
        return result

    monkeypatch.setattr(banan.cli, "fix_text", fix_while_someone_saves)
    code, _, err = run(["fix", p], capsys)
    assert code == 2 and "changed on disk" in err
    assert p.read_text(encoding="utf-8") == edited
    assert temp_files(tmp_path) == []


def test_a_same_size_same_mtime_edit_is_still_noticed(tmp_path):
    p = tmp_path / "live.txt"
    p.write_text(BROKEN, encoding="utf-8")
    doc = files.read_document(p)
    st = p.stat()
    p.write_text(BROKEN.replace("সে", "তা"), encoding="utf-8")  # "he" becomes "that": the same length in bytes
    assert p.stat().st_size == st.st_size
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
    with pytest.raises(files.InputError, match="changed on disk"):
        files.write_document(doc, FIXED)
    assert p.read_text(encoding="utf-8") == BROKEN.replace("সে", "তা")


# -- signals and leftovers ---------------------------------------------------

# Runs `banan fix PATH` with the write held up just before its fsync, so that a signal
# arrives while the temporary file exists.
SLOW_FIX = """
import os, sys, time
from banan import files
real = os.fsync
def slow(fd):
    print("writing", flush=True)
    time.sleep(60)
    real(fd)
files.os.fsync = slow
from banan.cli import main
sys.exit(main(["fix", sys.argv[1]]))
"""


def start_slow_fix(p: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", SLOW_FIX, str(p)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline() == b"writing\n", proc.stderr.read().decode()
    assert len(temp_files(p.parent)) == 1
    return proc


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGINT, 130)])
def test_a_signal_mid_write_leaves_no_temporary_file(tmp_path, sig, status):
    p = tmp_path / "khobor.txt"
    p.write_text(BROKEN, encoding="utf-8")
    proc = start_slow_fix(p)
    proc.send_signal(sig)
    assert proc.wait(timeout=30) == status
    assert temp_files(tmp_path) == []
    assert p.read_text(encoding="utf-8") == BROKEN  # the old file, whole


def test_the_next_run_removes_what_a_killed_run_left(tmp_path, capsys):
    p = tmp_path / "khobor.txt"
    p.write_text(BROKEN, encoding="utf-8")
    proc = start_slow_fix(p)
    proc.kill()
    proc.wait(timeout=30)
    leftover = temp_files(tmp_path)
    assert len(leftover) == 1  # SIGKILL cannot be caught
    # Not banan's, or not stale: kept.
    (tmp_path / ".khobor.txt.notes").write_text("x", encoding="utf-8")
    (tmp_path / "draft.banan-tmp").write_text("x", encoding="utf-8")
    alive = tmp_path / f".other.txt.pid{os.getpid()}.abcd1234.banan-tmp"  # a run still writing
    alive.write_text("x", encoding="utf-8")
    old_style = tmp_path / ".older.txt.k2j4h5g6.banan-tmp"  # no pid in the name: goes by age
    old_style.write_text("x", encoding="utf-8")
    recent_old_style = tmp_path / ".recent.txt.q2j4h5g6.banan-tmp"
    recent_old_style.write_text("x", encoding="utf-8")
    hour_ago = time.time() - 2 * files.STALE_AFTER
    os.utime(old_style, (hour_ago, hour_ago))
    code, _, err = run(["fix", p], capsys)
    assert code == 0, err
    assert p.read_text(encoding="utf-8") == FIXED
    assert temp_files(tmp_path) == sorted([alive.name, recent_old_style.name, "draft.banan-tmp"])
    assert (tmp_path / ".khobor.txt.notes").exists()


# -- UTF-16 and UTF-32 -------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read_and_written_back(tmp_path, capsys, encoding):
    p = tmp_path / "unicode.txt"
    p.write_bytes(("\ufeff" + BROKEN.replace("\n", "\r\n")).encode(encoding))
    code, out, _ = run(["check", p], capsys)
    assert code == 1 and f"{p}:1:8: SPACE001" in out
    code, _, err = run(["fix", p], capsys)
    assert code == 0, err
    assert p.read_bytes() == ("\ufeff" + FIXED.replace("\n", "\r\n")).encode(encoding)


def test_utf16_on_standard_input_comes_back_as_utf16():
    data = ("\ufeff" + BROKEN).encode("utf-16-le")
    proc = subprocess.run([sys.executable, "-m", "banan", "fix", "-"], input=data, capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == ("\ufeff" + FIXED).encode("utf-16-le")


def test_utf16_without_a_byte_order_mark_gets_a_hint(tmp_path, capsys):
    p = tmp_path / "nobom.txt"
    p.write_bytes(BROKEN.encode("utf-16-le"))
    code, _, err = run(["check", p], capsys)
    assert code == 2 and "UTF-16" in err and "iconv" in err


def test_broken_utf16_is_refused_untouched(tmp_path, capsys):
    p = tmp_path / "cut.txt"
    data = ("\ufeff" + BROKEN).encode("utf-16-le")[:-1]  # an odd number of bytes
    p.write_bytes(data)
    code, _, err = run(["fix", p], capsys)
    assert code == 2 and "UTF-16 LE" in err and "left untouched" in err
    assert p.read_bytes() == data
