"""corpus/preload.py: what the fork server loads before local and Dask workers fork from it."""

import json
import subprocess
import sys

from banan.cli import _GC_THRESHOLD


def test_workers_fork_from_a_warm_server_whose_objects_the_collector_leaves_alone():
    # A worker's collections would walk, and so copy page by page, what it shares with
    # the server: the warm-up's objects are frozen, and the collector runs less often.
    probe = (
        "import gc, json, sys; import banan.corpus.preload; from banan.spelling import speller; "
        "print(json.dumps([gc.get_freeze_count(), gc.get_threshold()[0], speller.cache_info().currsize]), "
        "file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    frozen, threshold, spellers = json.loads(out.stderr.strip().splitlines()[-1])
    assert frozen > 10_000 and threshold == _GC_THRESHOLD and spellers == 1  # warmed: the speller is loaded
