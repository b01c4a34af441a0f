"""Run the map of a build on a distributed engine (Dask, Ray, Spark, any executor), and
the reduce where the results land.

The map (``fazhi.build.map_report``: file → result → the report's own RDF) is a pure
function of one file; the reduce (``fazhi.build.reduce_outcomes``) merges the cached
results. Two ways to run the map elsewhere:

- with a shared folder for the cache (NFS, a cluster's scratch, or the local disk of a
  single machine): every task calls ``map_report(path, cache_dir)`` and returns its small
  ``MapOutcome``; ``build_with_map`` then reduces. ``build_with_dask`` does this on a Dask
  scheduler (local processes, threads, or a cluster's ``Client``);
- without one: tasks call ``map_payload(path)``, which maps into the task's own scratch
  folder and returns the cached files' bytes; the driver writes each into its cache with
  ``store_payload`` as it arrives, then reduces.

From the shell (a Slurm or Spark job, ``xargs -P``): run ``fazhi map FILES… --cache DIR``
on shards of the corpus, then ``fazhi build CORPUS --cache DIR``, which finds every report
cached and only reduces.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from fazhi.build import BuildSummary, MapOutcome, ResultCache, map_report, ordered_paths, reduce_outcomes

# How an engine maps a function over the paths: returns the outcomes, in any order.
MapFunction = Callable[[Callable[[str], MapOutcome], list[str]], Iterable[MapOutcome]]


def build_with_map(targets: Iterable[str | Path], engine_map: MapFunction, *, store: Path, exports: Path,
                   cache_dir: Path, graph_formats: Iterable[str] = ("graphml", "gexf")) -> BuildSummary:
    """Build with the map run by ``engine_map(function, paths)`` (``cache_dir`` must be
    reachable from where the tasks run), then reduce here.

    ``engine_map`` may return outcomes in any order: the reduce sorts them, so the graph
    is the one ``fazhi build`` makes.
    """
    paths = ordered_paths(targets)
    position = {str(p): i for i, p in enumerate(paths)}
    outcomes = sorted(engine_map(partial(map_report, cache_dir=str(cache_dir)), [str(p) for p in paths]),
                      key=lambda o: position[o.path])
    summary, _ = reduce_outcomes(outcomes, store=store, exports=exports, cache_dir=Path(cache_dir),
                                 graph_formats=graph_formats)
    return summary


def dask_map(scheduler: str | object = "processes", partition_size: int = 8) -> MapFunction:
    """An ``engine_map`` on Dask: a bag of paths mapped with ``scheduler`` ("processes",
    "threads", "synchronous", or a ``dask.distributed.Client``)."""
    import dask.bag as db

    def engine_map(function, paths):
        bag = db.from_sequence(paths, partition_size=partition_size).map(function)
        if isinstance(scheduler, str):
            return bag.compute(scheduler=scheduler)
        return scheduler.compute(bag).result()  # a dask.distributed Client

    return engine_map


def build_with_dask(targets: Iterable[str | Path], *, store: Path, exports: Path, cache_dir: Path,
                    scheduler: str | object = "processes", partition_size: int = 8,
                    graph_formats: Iterable[str] = ("graphml", "gexf")) -> BuildSummary:
    """``fazhi build`` with the map on Dask (``pip install 'fazhi[distributed]'``)."""
    return build_with_map(targets, dask_map(scheduler, partition_size), store=store, exports=exports,
                          cache_dir=cache_dir, graph_formats=graph_formats)


@dataclass
class MapPayload:
    """A map task's output for engines without a shared folder: the outcome and the
    bytes of the report's cache entry (result JSON, TriG block, N-Triples lines)."""

    outcome: MapOutcome
    files: dict[str, bytes]  # suffix → content


def map_payload(path: str | Path) -> MapPayload:
    """``map_report`` into a scratch folder of the task; returns what it wrote."""
    with tempfile.TemporaryDirectory(prefix="fazhi-map-") as scratch:
        outcome = map_report(path, scratch)
        files = {}
        if outcome.failure is None:
            cache = ResultCache(Path(scratch))
            for suffix in (".trig", ".nt", ".json"):
                files[suffix] = cache.entry_path(outcome.sha256, outcome.doc_id, suffix).read_bytes()
        return MapPayload(outcome, files)


def store_payload(payload: MapPayload, cache_dir: Path) -> MapOutcome:
    """Write a task's cache entry into the driver's cache (JSON last: it marks a complete entry)."""
    from fazhi.kg.export import atomic_write

    outcome = payload.outcome
    if outcome.failure is None:
        cache = ResultCache(Path(cache_dir))
        for suffix in (".trig", ".nt", ".json"):
            data = payload.files[suffix]
            atomic_write(cache.entry_path(outcome.sha256, outcome.doc_id, suffix), lambda fh: fh.write(data))
    return outcome


__all__ = ["MapPayload", "build_with_dask", "build_with_map", "dask_map", "map_payload", "store_payload"]
