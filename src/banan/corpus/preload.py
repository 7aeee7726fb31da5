"""Imported once by the fork server that a local corpus run's workers fork from (see
runner._worker_context): banan loaded and warmed up there, so that every worker starts
warm. A failure here is left to each worker's own warm-up, which reports it.

What the warm-up loaded is then frozen out of the cyclic collector's sight, and the
collector runs less often, as in the `banan` program (cli.run): a worker's collections
would otherwise walk, and so copy page by page, the objects it shares with the server."""

import gc
from contextlib import suppress

from ..cli import _GC_THRESHOLD
from .runner import warm_up

with suppress(Exception):
    warm_up()
gc.freeze()
gc.set_threshold(_GC_THRESHOLD)
