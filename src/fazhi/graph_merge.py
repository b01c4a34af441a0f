"""The reduce's merge: each report's cached result merged into the graph, then what is written
from the graph alone (the entities' RDF, GraphML/GEXF, the lookup index); in the build's own
process, or in a child process (``merge_in_child_process``), so that the graph's memory is the
system's again before the store's bulk loader asks for its share.
"""
from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import networkx as nx

from fazhi.kg.export import write_graph_formats
from fazhi.kg.files import collect_replacements
from fazhi.kg.graph import GraphBuilder
from fazhi.kg.lookup import RecordSpool, index_path, write_lookup_index
from fazhi.kg.rdf import entity_quads
from fazhi.kg.rdf_files import RdfPart, count_lines
from fazhi.kg.statistics import statistics_quads
from fazhi.report_map import Failure, MapOutcome, ResultCache, map_report


@dataclass(frozen=True)
class MergeRequest:
    """What a merge reads and writes; sent as it is to a merge process."""

    cache_dir: Path
    store: Path  # the lookup index is written beside it
    exports: Path
    graph_formats: tuple[str, ...]
    write_exports: bool
    merge_state: str | None  # with merge records in the lookup index (for patching it) when set


@dataclass(frozen=True)
class ReportPart:
    """A merged report: its name, digest and how many triples its cached RDF part holds."""

    doc_id: str
    sha256: str
    triples: int


@dataclass
class MergedReports:
    """What the merge took in: the reports merged (in order) and those it could not read after all."""

    reports: list[ReportPart] = field(default_factory=list)
    cached: int = 0  # of them, how many were in the cache before this build
    warnings: dict[str, list[str]] = field(default_factory=dict)  # doc_id → its result's warnings
    failures: list[Failure] = field(default_factory=list)  # cache entries gone and the file unreadable now


@dataclass
class MergeOutputs:
    """What was written from the graph. ``staged`` are temporary files, each with the path it is
    to replace, for the build to rename with its other outputs (``fazhi.kg.files``)."""

    entities: RdfPart | None  # None only on its way from a child process, which sends it ahead
    nodes: Counter
    edges: Counter
    outputs: dict[str, str]
    phases: dict[str, float]
    staged: list[tuple[str, Path]]
    graph: nx.MultiDiGraph | None = None  # only from a merge in the build's own process


class MergeError(RuntimeError):
    """The merge process stopped without saying why (killed, out of memory) or said nonsense."""


class GraphMerge:
    """Merge reports' cached results into the graph one at a time (``add``), then ``write``.

    Holds the merged graph, never the reports' results; the merge records for the lookup index
    wait on disk (``RecordSpool``)."""

    def __init__(self, request: MergeRequest):
        self.request = request
        self.cache = ResultCache(Path(request.cache_dir))
        self.builder: GraphBuilder | None = GraphBuilder()
        self.records = RecordSpool(Path(request.cache_dir)) if request.merge_state else None
        self.merged = MergedReports()

    def add(self, outcome: MapOutcome) -> None:
        """Merge one report the map read (re-reading it if its cache entry vanished since)."""
        cache = self.cache
        result = cache.get(outcome.sha256, outcome.doc_id, mentions=False)  # the merge never reads them
        if result is None:  # the entry vanished or was damaged since the map: make it again
            cache.entry_path(outcome.sha256, outcome.doc_id).unlink(missing_ok=True)
            outcome = map_report(outcome.path, cache.directory)
            if outcome.failure is not None:
                self.merged.failures.append(outcome.failure)
                return
            result = cache.get(outcome.sha256, outcome.doc_id, mentions=False)
        self.builder.add(result)
        if self.records is not None:
            self.records.add(result)
        if result.warnings:
            self.merged.warnings[outcome.doc_id] = list(result.warnings)
        self.merged.cached += outcome.cached
        triples = count_lines(cache.rdf_paths(outcome.sha256, outcome.doc_id)[1])
        self.merged.reports.append(ReportPart(outcome.doc_id, outcome.sha256, triples))

    def write(self, stage: Callable[[str], None], keep_graph: bool = False,
              on_entities: Callable[[RdfPart], None] | None = None) -> MergeOutputs:
        """Finish the graph and write what is made from it, each file staged for the build to
        rename (``collect_replacements``); the graph is returned when ``keep_graph``.
        ``on_entities`` is given the entities' RDF as soon as it is made (before the files)."""
        request, phases = self.request, {}
        stage("merging the graph")
        graph = self.builder.finish()
        self.builder = None
        nodes = Counter(d.get("kind", "Unknown") for _, d in graph.nodes(data=True))
        edges = Counter(k for _, _, k in graph.edges(keys=True))
        outputs: dict[str, str] = {}
        with collect_replacements() as staged:
            mark = time.perf_counter()
            entities = RdfPart.of(chain(entity_quads(graph), statistics_quads(graph)))
            phases["entities"] = time.perf_counter() - mark
            if on_entities is not None:
                on_entities(entities)
            if request.write_exports:
                stage("writing the exports")
                mark = time.perf_counter()
                for fmt, path in write_graph_formats(graph, request.exports, request.graph_formats).items():
                    outputs[fmt] = str(path)
                phases["graph_exports"] = time.perf_counter() - mark
            stage("writing the lookup index")
            mark = time.perf_counter()
            outputs["lookup"] = str(write_lookup_index(index_path(request.store), graph, self.records,
                                                       request.merge_state))
            phases["lookup_index"] = time.perf_counter() - mark
        return MergeOutputs(entities, nodes, edges, outputs, phases, list(staged), graph if keep_graph else None)

    def close(self) -> None:
        if self.records is not None:
            self.records.close()


@contextmanager
def few_full_collections() -> Iterator[None]:
    """Keep Python's cyclic garbage collector from scanning the whole heap while the reduce runs.

    The merged graph grows to millions of objects, none of them garbage, and a full collection
    scans them all: on 1,000 cached reports the full collections were a quarter of the merge's
    time, more as the graph grows. Young objects are still collected as usual (the map makes no
    cycles, but a report mapped in this process would have its own collected)."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(young, middle, old)


# A full collection after this many collections of the middle generation (Python's default: 10).
FULL_COLLECTION_THRESHOLD = 1_000_000


def give_back_freed_memory() -> None:
    """Free the dropped graph now and hand the freed heap back to the system, before the store's
    bulk loader (two gigabytes at 10k reports) asks for memory.

    networkx's cached views (``graph.edges``, ``graph.degree``) refer back to the graph, so it is
    freed by the cycle collector, which the reduce keeps from running (``few_full_collections``);
    and glibc keeps freed memory for the process unless asked to trim it (10k reports: the build's
    resident memory 1,974 → 1,756 MB)."""
    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc (macOS, Windows, musl): the memory is reused by the process instead


def merge_in_child_process(request: MergeRequest, outcomes: Iterable[MapOutcome],
                           on_merged: Callable[[MergedReports], None], stage: Callable[[str], None],
                           on_entities: Callable[[RdfPart], None] = lambda _part: None) -> MergeOutputs:
    """``GraphMerge`` in a child process: ``outcomes`` are sent to it as they arrive, then
    ``on_merged`` is given what it merged (and may raise to stop it before it writes anything),
    ``on_entities`` the entities' RDF as soon as it is made (while the child goes on writing).

    The graph of ten thousand reports takes two gigabytes, and once freed most of that stays
    with the process that held it (Python's allocator keeps an arena while one object in it
    lives): the store's bulk loader, which follows, would come on top of it.

    The child is a new interpreter that imports this module and nothing else of the caller's:
    a fork would copy the threads' locks of the map's pool and of the progress display, and
    multiprocessing's "spawn" runs the caller's main script again, which a script without an
    ``if __name__ == "__main__"`` guard does not survive.
    """
    child = subprocess.Popen([sys.executable, "-c", _CHILD_MAIN], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    channel = _Channel(child.stdout, child.stdin)
    try:
        try:
            channel.send(sys.path)
            channel.send(request)
            for outcome in outcomes:
                channel.send(outcome)
            channel.send(None)
        except BrokenPipeError:  # the child is gone: say why, not where the pipe broke
            _reply(channel, child)
            raise
        on_merged(_reply(channel, child, "merged"))
        channel.send("write")
        entities = None
        while True:
            kind, value = _reply(channel, child)
            if kind == "stage":
                stage(value)
            elif kind == "entities":
                entities = value
                on_entities(entities)
            elif kind == "written":
                value.entities = entities  # sent once, ahead
                return value
    finally:
        channel.close()  # a child still waiting to be told to write stops here
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


# What the child process runs: it takes the caller's import path first, so that it finds the
# same fazhi, and keeps the pipes for the channel.
_CHILD_MAIN = ("import pickle, sys; sys.path[:] = pickle.load(sys.stdin.buffer); "
               "from fazhi.graph_merge import run_child_process; run_child_process()")


class _Channel:
    """Pickled objects one after the other, in over one pipe and out over another."""

    def __init__(self, incoming, outgoing):
        self.incoming, self.outgoing = incoming, outgoing

    def send(self, value) -> None:
        pickle.dump(value, self.outgoing, protocol=pickle.HIGHEST_PROTOCOL)
        self.outgoing.flush()

    def receive(self):
        return pickle.load(self.incoming)

    def close(self) -> None:
        for stream in (self.outgoing, self.incoming):
            try:
                stream.close()
            except OSError:
                pass  # the other end is gone


def _reply(channel: _Channel, child: subprocess.Popen, expected: str | None = None):
    """The child's next message (its value alone when of the ``expected`` kind); its error raised here."""
    try:
        kind, value = channel.receive()
    except (EOFError, OSError, pickle.UnpicklingError):
        try:
            code = child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            code = None
        raise MergeError(f"the merge process stopped (exit code {code})") from None
    if kind == "error":
        raise value
    if expected is None:
        return kind, value
    if kind != expected:
        raise MergeError(f"the merge process said {kind!r} where {expected!r} was due")
    return value


def run_child_process() -> None:
    """The child process of ``merge_in_child_process``: the request, then outcomes until None
    in; what was merged out; then, when told to, the outputs out."""
    # the channel out is the process's first standard output; anything printed goes to stderr
    channel = _Channel(sys.stdin.buffer, os.fdopen(os.dup(1), "wb"))
    os.dup2(2, 1)
    try:
        _merge_for_parent(channel)
    finally:
        # the graph is not taken apart object by object (seconds at ten thousand reports): the
        # system takes the process's memory back at once
        sys.stderr.flush()
        os._exit(0)


def _merge_for_parent(channel: _Channel) -> None:
    merge = None
    try:
        with few_full_collections():
            merge = GraphMerge(channel.receive())
            while (outcome := channel.receive()) is not None:
                merge.add(outcome)
            channel.send(("merged", merge.merged))
            if channel.receive() != "write":
                return
            outputs = merge.write(lambda name: channel.send(("stage", name)),
                                  on_entities=lambda part: channel.send(("entities", part)))
            outputs.entities = None  # sent already
            channel.send(("written", outputs))
    except EOFError:
        return  # the build stopped before anything was written (it says why)
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the build, which raises it
        exc.add_note("in the merge process:\n" + "".join(traceback.format_exception(exc)))
        try:
            pickle.dumps(exc)
        except Exception:  # noqa: BLE001 - an exception that cannot cross processes: its text can
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        try:
            channel.send(("error", exc))
        except OSError:
            pass
    finally:
        if merge is not None:
            merge.close()
