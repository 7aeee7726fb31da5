"""The program and the server keep what they load at start out of the cyclic collector's
sight (gc.freeze): a full collection in a warmed process walked it all."""

import json
import subprocess
import sys


def test_the_banan_program_freezes_what_it_loaded_and_collects_less_often():
    probe = (
        "import gc, json, sys; from banan import cli; sys.argv = ['banan', 'completion', 'bash']; code = cli.run(); "
        "print(json.dumps([code, gc.get_freeze_count(), gc.get_threshold()[0]]), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    code, frozen, threshold = json.loads(out.stderr.strip().splitlines()[-1])
    assert code == 0 and frozen > 10_000 and threshold == cli_threshold()


def cli_threshold() -> int:
    from banan import cli

    return cli._GC_THRESHOLD


def test_main_leaves_the_calling_process_collector_alone():
    probe = (
        "import gc, sys; from banan import cli; before = gc.get_threshold(); cli.main(['rules']); "
        "print(gc.get_freeze_count(), gc.get_threshold() == before, file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stderr.split()[-2:] == ["0", "True"]


def test_a_server_freezes_after_warming_up(tmp_path):
    probe = (
        "import gc, sys; from banan.server.app import create_app; from banan.server.settings import Settings; "
        f"create_app(Settings(dictionary={str(tmp_path / 'words.sqlite')!r}, warm_words=0)); "
        "print(gc.get_freeze_count(), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert int(out.stderr.split()[-1]) > 10_000
