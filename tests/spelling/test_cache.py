"""A lexicon cache banan cannot use gives a clear message and a way out, not a traceback."""

import os
import subprocess
import sys

import pytest

from banan.cli import main
from banan.spelling import lexicon
from banan.spelling.lexicon import CacheError, Lexicon


def test_an_unreadable_cache_file_is_a_clear_error(capsys, monkeypatch):
    Lexicon.load()  # built and readable first

    def unreadable(path, *args, **kwargs):  # what a cache owned by another user gives
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(lexicon, "open_table", unreadable)
    with pytest.raises(CacheError, match="BANAN_CACHE_DIR"):
        Lexicon.load()
    code = main(["lexicon", "info"])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.startswith("banan: error: cannot use the lexicon cache ") and ".npy" in err
    assert "Permission denied" in err and "BANAN_CACHE_DIR" in err and "Traceback" not in err


def test_a_cache_folder_that_cannot_be_made_fails_at_once(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    env = {**os.environ, "BANAN_CACHE_DIR": str(blocker / "cache")}  # a folder inside a file
    proc = subprocess.run(
        [sys.executable, "-m", "banan", "check", "-"],
        input="বাংলা ভাষা\n".encode(),
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "cannot use the lexicon cache" in err and "BANAN_CACHE_DIR" in err and "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_a_cache_folder_without_permissions(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    os.chmod(cache, 0)
    try:
        env = {**os.environ, "BANAN_CACHE_DIR": str(cache)}
        proc = subprocess.run(
            [sys.executable, "-m", "banan", "check", "-"],
            input="বাংলা ভাষা\n".encode(),
            env=env,
            capture_output=True,
            timeout=60,
            check=False,
        )
    finally:
        os.chmod(cache, 0o700)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Permission denied" in err and "BANAN_CACHE_DIR" in err, err
