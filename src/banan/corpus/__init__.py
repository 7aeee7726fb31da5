"""Corpus mode: check or normalize large collections, resumably, locally or on Dask.

`sources` reads inputs into partitions, `pipeline` processes one partition (pure),
`runner` schedules partitions on a local pool or a Dask cluster, `store` writes part
files and the ledger that makes runs resumable, `report` summarizes an output folder,
and `command` is the `banan corpus` command line.
"""
