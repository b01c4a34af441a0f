"""Run the map of a build on a distributed engine (Dask, or any executor), and the reduce
on the client where the results land.

The map (``fazhi.report_map.map_report``: file → result → the report's own RDF) is a pure
function of one file; the reduce (``fazhi.build.reduce_outcomes``) merges the cached
results. Two ways to run the map elsewhere:

- with a folder for the cache that the workers and the client share (NFS, a cluster's
  scratch, or the local disk of a single machine): every task calls
  ``map_report(path, cache_dir)`` and returns its small ``MapOutcome``. ``dask_runner``
  does this on a Dask scheduler (``fazhi build --scheduler tcp://host:8786``, a
  ``dask.distributed.Client``, or Dask's local "processes"/"threads" schedulers);
- without one: tasks call ``map_payload(path)``, which maps into the task's own scratch
  folder and returns the cached files' bytes; the client writes each into its cache with
  ``store_payload`` as it arrives (``payload_runner``).

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

from fazhi.build import MapRunner

from fazhi.report_map import MapOutcome, ResultCache, map_report

# How an engine maps a function over the paths: returns the results, in any order.
EngineMap = Callable[[Callable[[str], object], list[str]], Iterable[object]]


def engine_runner(engine_map: EngineMap) -> MapRunner:
    """A ``MapRunner`` for ``build_corpus(run_map=…)`` that maps with ``engine_map(function, paths)``
    (``cache_dir`` must be reachable from where the tasks run). Outcomes are put back in
    the order of the paths, so the graph is the one a plain ``fazhi build`` makes."""

    def run(paths: list[Path], cache_dir: Path) -> list[MapOutcome]:
        return _in_path_order(engine_map(partial(map_report, cache_dir=str(cache_dir)), [str(p) for p in paths]), paths)

    return run


def _in_path_order(outcomes: Iterable[MapOutcome], paths: list[Path]) -> list[MapOutcome]:
    """Outcomes an engine returned in any order, put back in the order of ``paths``."""
    position = {str(p): i for i, p in enumerate(paths)}
    return sorted(outcomes, key=lambda o: position[o.path])


def dask_map(scheduler: str | object = "processes", partition_size: int = 4) -> EngineMap:
    """An ``EngineMap`` on Dask: a bag of paths mapped on ``scheduler``, which is a scheduler
    address ("tcp://10.0.0.5:8786"), a ``dask.distributed.Client``, or one of Dask's local
    schedulers ("processes", "threads", "synchronous")."""
    import dask.bag as db

    def engine_map(function, paths):
        bag = db.from_sequence(paths, partition_size=partition_size).map(function)
        if isinstance(scheduler, str) and "://" not in scheduler:
            return bag.compute(scheduler=scheduler)
        client = scheduler
        if isinstance(scheduler, str):
            from dask.distributed import Client

            client = Client(scheduler)
        try:
            return client.compute(bag).result()
        finally:
            if client is not scheduler:
                client.close()

    return engine_map


def dask_runner(scheduler: str | object = "processes", partition_size: int = 4) -> MapRunner:
    """``build_corpus(run_map=dask_runner("tcp://host:8786"))``: the map on a Dask cluster."""
    return engine_runner(dask_map(scheduler, partition_size))


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
        files = {} if outcome.failure else ResultCache(Path(scratch)).read_entry(outcome.sha256, outcome.doc_id)
        return MapPayload(outcome, files)


def store_payload(payload: MapPayload, cache_dir: Path) -> MapOutcome:
    """Write a task's cache entry into the client's cache (JSON last: it marks a complete entry)."""
    outcome = payload.outcome
    if outcome.failure is None:
        ResultCache(Path(cache_dir)).write_entry(outcome.sha256, outcome.doc_id, payload.files)
    return outcome


def payload_runner(engine_map: EngineMap) -> MapRunner:
    """A ``MapRunner`` for engines whose workers share no folder with the client: each task
    returns its cache entry's bytes (``map_payload``), which the client stores."""

    def run(paths: list[Path], cache_dir: Path) -> list[MapOutcome]:
        payloads = engine_map(map_payload, [str(p) for p in paths])
        return _in_path_order((store_payload(payload, cache_dir) for payload in payloads), paths)

    return run


__all__ = ["MapPayload", "dask_map", "dask_runner", "engine_runner", "map_payload", "payload_runner",
           "store_payload"]
