"""Imported once by the fork server that a local corpus run's workers fork from (see
runner._worker_context): banan loaded and warmed up there, so that every worker starts
warm. A failure here is left to each worker's own warm-up, which reports it."""

from contextlib import suppress

from .runner import warm_up

with suppress(Exception):
    warm_up()
