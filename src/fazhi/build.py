"""Run the whole flow over a corpus: files → per-report results (cached by content) →
graph → RDF exports, the embedded store and the lookup index. ``build_corpus`` is what
``fazhi build`` runs.

Per-report work is the map (``fazhi.report_map``: file → result → the report's own RDF),
pure per report, run in one process or several (``workers``) or on a distributed engine
(``fazhi.distributed``). Its output is cached under ``graph/cache`` by the hash of the
file's bytes, its name and the map's code, so an unchanged report is never read twice
(and changing this module, the reduce, leaves the cache valid).
Merging into the graph and writing the exports and the store is the reduce
(``reduce_outcomes``): it streams, one report's result at a time, and never holds the
corpus's results or quads in memory. A large corpus's graph is merged, and its GraphML, GEXF
and lookup index written, in a child process (``fazhi.graph_merge``), whose memory is the
system's again before the store is loaded.

Faults: a file that cannot be read, or that fazhi fails on, becomes a ``Failure`` and the
rest of the corpus is built. Outputs are written so that a build killed at any moment, or
stopped by a full disk, leaves the previous store and exports whole: every export goes to
a temporary file, the new store is built beside the old one, and only when all are complete
are they renamed into place (``deferred_replace``, ``prepare_store``). A failure while
writing raises ``BuildError`` with a message for the user.
"""
from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from pathlib import Path

import networkx as nx

from fazhi.ingest import display_path, walk_corpus
from fazhi.graph_merge import (GraphMerge, MergedReports, MergeError, MergeRequest, few_full_collections,
                               give_back_freed_memory, merge_in_child_process)
from fazhi.kg.files import (atomic_write, collect_replacements, deferred_replace, discard_staged,
                            remove_stale_temporaries, replace_now, replace_when_done)
from fazhi.kg.lookup import index_path
from fazhi.kg.patch import IndexCopy, PatchError, can_patch, patched_copy
from fazhi.kg.rdf import ENTITIES_GRAPH, graph_for_report
from fazhi.kg.rdf_files import RdfPart, count_lines, read_rdf_part, read_rdf_part_bytes, write_rdf_parts
from fazhi.kg.store import (GraphPatch, GraphSource, PreparedStore, StoreError, StoreUpdate, manifest_path,
                            patch_store, prepare_store)
from fazhi.model import DocumentResult
from fazhi.report_map import (Failure, MapOutcome, ResultCache, code_fingerprint, map_reports,
                              pipeline_fingerprint)


class BuildError(RuntimeError):
    """A build that could not complete; nothing of the previous build was changed."""


@dataclass
class BuildSummary:
    documents: int = 0
    cached: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    nodes: Counter = field(default_factory=Counter)
    edges: Counter = field(default_factory=Counter)
    quads: int = 0
    graphs_rewritten: list[str] = field(default_factory=list)  # named graphs of the store that changed
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)
    skipped: Counter = field(default_factory=Counter)  # suffix → files in folders that are not reports
    phases: dict[str, float] = field(default_factory=dict)  # seconds of map+merge, exports, store, index
    patched: list[str] = field(default_factory=list)  # an incremental build: the reports changed, added or gone

# An incremental build (``fazhi.kg.patch``) is made when at most this share of the reports
# changed (and at least one may): beyond it, merging everything again is about as fast.
INCREMENTAL_SHARE = 0.02

def ordered_paths(paths: Iterable[Path]) -> list[Path]:
    """Report files in the order the reduce merges them: by file name, then path (the first
    file of a name wins), so that the graph depends neither on folders nor on workers."""
    return sorted(paths, key=lambda p: (display_path(p.name), str(p)))


@contextmanager
def _build_lock(store: Path) -> Iterator[None]:
    """Hold the store's lock, so that two builds never write one store at once. The lock
    goes with the process, however it ends."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: builds are not locked
        yield
        return
    lock_path = Path(store).with_name(f".{Path(store).name}.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BuildError(f"another fazhi build is writing {display_path(store)}; wait for it to finish") from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _write_problem(exc: OSError) -> str:
    """What a failed write means for the user."""
    where = display_path(exc.filename) if exc.filename else "the build"
    said = str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT) or os.strerror(errno.ENOSPC) in said:
        return f"the disk is full: cannot write {where}"
    if exc.errno == errno.EFBIG:
        return f"a file grew larger than this file system or account allows: cannot write {where}"
    if exc.errno == errno.EROFS:
        return f"read-only file system: cannot write {where}"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"permission denied: cannot write {where}"
    return f"cannot write {where}: {exc.strerror or exc}"


# How the map is run: (paths in merge order, cache folder) → outcomes in the same order.
MapRunner = Callable[[list[Path], Path], Iterable[MapOutcome]]


def build_corpus(targets: Iterable[str | Path], *, store: Path, exports: Path, cache_dir: Path | None,
                 graph_formats: Iterable[str] = ("graphml", "gexf"),
                 on_walk: Callable[[int], None] | None = None,
                 progress: Callable[[str], None] | None = None,
                 on_failure: Callable[[Failure], None] | None = None,
                 stage: Callable[[str], None] | None = None,
                 strict: bool = False, workers: int = 1, run_map: MapRunner | None = None,
                 keep_graph: bool = True, write_exports: bool = True, merge_in_child: bool | None = None
                 ) -> tuple[BuildSummary, nx.MultiDiGraph | None]:
    """Build the knowledge graph of the reports under ``targets`` into ``store`` and ``exports``.

    The map runs in ``workers`` processes, or through ``run_map`` (``fazhi.distributed``);
    the reduce merges each report's result into the graph as it arrives, in file-name order,
    so the graph does not depend on how the map ran. Without ``keep_graph`` the graph is
    dropped before the store is written (and None returned), so that the two never take
    memory together. Without ``write_exports`` only the store and the lookup index are
    written (a large corpus's exports take longer to write than its store; ``fazhi export``
    writes any of them from the store later). Without ``keep_graph`` the graph is merged in a
    child process when ``merge_in_child`` says so, or by default for ``MERGE_IN_CHILD_FROM``
    reports or more.

    ``on_walk`` is called with the number of report files found, ``progress`` with each report
    read, ``stage`` with the name of each step after them.
    Raises ``BuildError``, leaving the previous build as it was, when no report could be
    read, when ``strict`` is set and some file could not be, or when writing fails (a full
    disk, a read-only folder, another build running).
    """
    stage = stage or (lambda _name: None)
    try:
        with _build_lock(store):
            walk = walk_corpus(*targets)
            for folder in (exports, cache_dir):
                if folder is not None:
                    remove_stale_temporaries(Path(folder))
            paths = ordered_paths(walk.paths)
            if on_walk:
                on_walk(len(paths))
            run_map = run_map or partial(map_reports, workers=workers)
            if merge_in_child is None:
                merge_in_child = len(paths) >= MERGE_IN_CHILD_FROM
            # A scratch cache only when none was given: a build killed with SIGKILL leaves its
            # scratch folder behind, and a build with its own cache never needs one.
            scratch_cache = nullcontext(cache_dir) if cache_dir else tempfile.TemporaryDirectory(prefix="fazhi-cache-")
            with scratch_cache as cache_folder:
                cache = Path(cache_folder)
                summary, graph = reduce_outcomes(
                    run_map(paths, cache), store=Path(store), exports=Path(exports), cache_dir=cache,
                    keep_cache=cache_dir is not None, graph_formats=graph_formats, progress=progress,
                    on_failure=on_failure, stage=stage, strict=strict, keep_graph=keep_graph,
                    write_exports=write_exports, walk_problems=[Failure(path, problem) for path, problem in walk.problems],
                    merge_in_child=merge_in_child and not keep_graph)
            summary.skipped = walk.skipped
            return summary, graph
    except OSError as exc:
        raise BuildError(_write_problem(exc) + "; the previous store and exports are unchanged") from exc


# A build of this many reports or more merges its graph in a child process (``merge_in_child``).
# The child costs half a second and 50 MB; the freed graph of a thousand reports leaves the
# build 400 MB bigger than before it (a thousand reports of the seeds' kind, measured).
MERGE_IN_CHILD_FROM = 200


@dataclass
class _Reduce:
    """One reduce: what it was asked to write, its callbacks and what it has found so far,
    shared by its three ways (merge everything, patch the last build, find it unchanged)."""

    store: Path
    exports: Path
    cache: ResultCache
    keep_cache: bool
    graph_formats: tuple[str, ...]
    write_exports: bool
    keep_graph: bool
    strict: bool
    progress: Callable[[str], None] | None
    stage: Callable[[str], None]
    on_failure: Callable[[Failure], None] | None
    started: float = field(default_factory=time.perf_counter)
    summary: BuildSummary = field(default_factory=BuildSummary)
    merge_state: str | None = field(default_factory=lambda: uuid.uuid4().hex)  # in the lookup index and manifest

    @property
    def request(self) -> dict:
        """What the build was asked to write, as its manifest records it."""
        return {"store": str(self.store.resolve()),
                "cache": str(self.cache.directory.resolve()) if self.keep_cache else None,
                "exports": str(self.exports.resolve()) if self.write_exports else None,
                "formats": sorted(self.graph_formats) if self.write_exports else None}

    def failed(self, failure: Failure) -> None:
        self.summary.failures.append(failure)
        if self.on_failure:
            self.on_failure(failure)

    def readable(self, outcomes: Iterable[MapOutcome]) -> Iterator[MapOutcome]:
        """The outcomes to merge: the first readable one of each report. The others are said:
        a failure as such, a second file of a report's name as skipped."""
        taken: set[str] = set()
        for outcome in outcomes:
            if outcome.failure is not None:
                self.failed(outcome.failure)
            elif outcome.doc_id in taken:
                self.summary.warnings.append(f"{display_path(outcome.path)}: a report named {outcome.doc_id} "
                                             "was already read; skipped")
            else:
                taken.add(outcome.doc_id)
                yield outcome

    def refuse_failures_when_strict(self) -> None:
        if self.strict and self.summary.failures:
            raise BuildError(f"{len(self.summary.failures)} file(s) could not be read and --strict is set; "
                             "the previous store and exports are unchanged")

    def write_manifest(self, documents: dict[str, str], warnings: dict[str, list[str]]) -> None:
        """What the next build reads of this one: its reports (with their warnings), code, outputs and summary."""
        summary = self.summary
        manifest = {
            "documents": [{"doc": doc, "sha256": documents[doc], **({"warnings": warnings[doc]} if doc in warnings else {})}
                          for doc in sorted(documents)],
            "cache": str(self.cache.directory) if self.keep_cache else None, "pipeline": pipeline_fingerprint(),
            "code": code_fingerprint(), "request": self.request, "merge_state": self.merge_state,
            "written": sorted(str(Path(path).resolve()) for path in summary.outputs.values()),
            "summary": {"nodes": summary.nodes, "edges": summary.edges, "quads": summary.quads,
                        "warnings": summary.warnings, "outputs": summary.outputs}}
        _write_manifest(self.store, manifest)


def reduce_outcomes(outcomes: Iterable[MapOutcome], *, store: Path, exports: Path, cache_dir: Path,
                    keep_cache: bool = True, graph_formats: Iterable[str] = ("graphml", "gexf"),
                    progress: Callable[[str], None] | None = None,
                    on_failure: Callable[[Failure], None] | None = None,
                    stage: Callable[[str], None] = lambda _name: None, strict: bool = False,
                    keep_graph: bool = True, write_exports: bool = True, walk_problems: Iterable[Failure] = (),
                    merge_in_child: bool = False) -> tuple[BuildSummary, nx.MultiDiGraph | None]:
    """The reduce: merge the cached results of ``outcomes`` (in ``ordered_paths`` order)
    into the graph, one at a time, and write the exports, the store and the lookup index.
    With ``merge_in_child`` (and without ``keep_graph``) the graph is merged and written in a
    child process, whose memory is the system's again when the store is written.

    ``outcomes`` may be a stream (the reduce starts while the map runs) or what a
    distributed engine collected; the results themselves are read from ``cache_dir``.
    When every report, the code and the outputs asked for are those of the last build (its
    manifest says so), nothing is merged or written: the outputs are already this build's.
    """
    run = _Reduce(store=Path(store), exports=Path(exports), cache=ResultCache(Path(cache_dir)), keep_cache=keep_cache,
                  graph_formats=tuple(graph_formats), write_exports=write_exports, keep_graph=keep_graph,
                  strict=strict, progress=progress, stage=stage, on_failure=on_failure)
    for failure in walk_problems:
        run.failed(failure)
    previous = None if keep_graph else _previous_build(run.store, run.request)
    reported = 0  # reports already passed to ``progress`` while looking ahead
    if previous is not None and not write_exports and previous.get("merge_state"):
        # the index is copied while the map runs: the patch is made on the copy
        with IndexCopy(index_path(run.store)) as index_copy:
            seen, current = _read_all(outcomes, progress)
            reported = len(current) if progress else 0
            patched = _incremental_build(run, seen, current, previous, index_copy)
        if patched is not None:
            return patched, None
        outcomes = seen
    elif previous is not None:
        seen, rest, reported = _read_while_unchanged(outcomes, previous, progress)
        if rest is None:
            return _unchanged_build(run, previous, seen), None
        outcomes = chain(seen, rest)
    if not keep_cache:
        run.merge_state = None  # no merge records (they wait in the cache folder): the index cannot be patched
    with few_full_collections():
        return _merge_all(run, outcomes, reported, merge_in_child)


def _merge_all(run: _Reduce, outcomes: Iterable[MapOutcome], reported: int, in_child: bool
               ) -> tuple[BuildSummary, nx.MultiDiGraph | None]:
    """The full reduce: every report's result merged into the graph, every output written.

    The merge and what is written from the graph alone run here, or in a child process
    (``in_child``, ``fazhi.graph_merge``); this process keeps the rest: the failures and
    warnings, the store and the RDF exports, the renames and the manifest."""
    summary = run.summary
    request = MergeRequest(run.cache.directory, run.store, run.exports, run.graph_formats, run.write_exports,
                           run.merge_state)
    merged = MergedReports()

    def first_readable() -> Iterator[MapOutcome]:
        """``run.readable(outcomes)``, each passed to ``progress`` once merged (or sent to the merge)."""
        nonlocal reported
        for outcome in run.readable(outcomes):
            yield outcome
            if run.progress and reported:
                reported -= 1  # said already, while looking ahead
            elif run.progress:
                run.progress(outcome.doc_id)

    def take(reports: MergedReports) -> None:
        """What was merged, before anything is written from it: refused here when nothing or not all could be read."""
        nonlocal merged
        merged = reports
        for failure in reports.failures:
            run.failed(failure)
        if not reports.reports:
            raise BuildError(("no report could be read" if summary.failures else "no report files found")
                             + "; the previous store and exports are unchanged")
        run.refuse_failures_when_strict()
        summary.documents, summary.cached = len(reports.reports), reports.cached
        summary.warnings[:0] = [f"{part.doc_id}: {w}" for part in reports.reports
                                for w in reports.warnings.get(part.doc_id, ())]
        summary.phases["map_and_merge"] = time.perf_counter() - run.started

    def report_parts() -> list[tuple[str, Path, Path]]:  # graph IRI, TriG block, N-Triples lines
        return [(str(graph_for_report(part.doc_id).value), *run.cache.rdf_paths(part.sha256, part.doc_id))
                for part in merged.reports]

    graph, rdf_exports = None, None
    exporter = ThreadPoolExecutor(1, thread_name_prefix="fazhi-rdf-exports")
    try:
        if in_child:
            def export_rdf_meanwhile(entities: RdfPart) -> None:
                """The RDF exports, here, while the child writes GraphML, GEXF and the lookup index
                (a core each), rather than all beside the store's bulk loader, which takes both."""
                nonlocal rdf_exports
                if run.write_exports:
                    rdf_exports = exporter.submit(_staged_rdf_exports, run, entities, report_parts())
            try:
                written = merge_in_child_process(request, first_readable(), take, run.stage, export_rdf_meanwhile)
            except MergeError as exc:
                raise BuildError(f"{exc}; the previous store and exports are unchanged") from None
        else:
            merge = GraphMerge(request)
            try:
                for outcome in first_readable():
                    merge.add(outcome)
                take(merge.merged)
                written = merge.write(run.stage, keep_graph=run.keep_graph)
            finally:
                merge.close()
            graph, written.graph = written.graph, None
            if not run.keep_graph:
                give_back_freed_memory()  # before the store's bulk loader asks for its share
        # Every output is written to a temporary file and the new store is built beside the old
        # one; only then are they all renamed into place, the manifest last.
        with deferred_replace() as staged:
            staged[:0] = written.staged  # the merge's: renamed with the others, or deleted if the build fails
            summary.nodes, summary.edges = written.nodes, written.edges
            summary.phases.update(written.phases)
            summary.outputs.update(written.outputs)
            sources = [_report_graph_source(run.cache, part.doc_id, part.sha256, part.triples)
                       for part in merged.reports]
            entities = written.entities
            sources.append(GraphSource(ENTITIES_GRAPH.value, hashlib.sha256(entities.trig).hexdigest(),
                                       partial(read_rdf_part_bytes, entities.trig), entities.triples.count(b"\n"),
                                       trig=partial(io.BytesIO, entities.trig)))
            with replace_now():
                _forget_unchanged_shortcut(run.store)
            run.stage("writing the store" + (" and the RDF exports" if run.write_exports else ""))
            if rdf_exports is not None:  # begun while the child wrote
                meanwhile = lambda: staged.extend(rdf_exports.result())  # noqa: E731
            else:
                meanwhile = partial(_write_rdf_exports, run, entities, report_parts())
            stored = _store_alongside(run, sources, meanwhile)
            summary.quads, summary.graphs_rewritten = stored.quads, stored.rewritten
    except BaseException:
        if rdf_exports is not None:  # its files, if it wrote them, go with the build's
            wait([rdf_exports])
            if rdf_exports.exception() is None:
                discard_staged(rdf_exports.result())
        raise
    finally:
        exporter.shutdown()
    summary.outputs["store"] = str(run.store)
    run.write_manifest({part.doc_id: part.sha256 for part in merged.reports}, merged.warnings)
    summary.seconds = time.perf_counter() - run.started
    return summary, graph


def _staged_rdf_exports(run: _Reduce, entities: RdfPart, parts: list[tuple[str, Path, Path]]
                        ) -> list[tuple[str, Path]]:
    """``_write_rdf_exports``, its files staged for the build to rename (``collect_replacements``)."""
    with collect_replacements() as staged:
        _write_rdf_exports(run, entities, parts)
    return list(staged)


def _write_rdf_exports(run: _Reduce, entities: RdfPart, parts: list[tuple[str, Path, Path]]) -> None:
    if not run.write_exports:
        return
    mark = time.perf_counter()
    for kind, path in write_rdf_parts(entities, parts, run.exports).items():
        run.summary.outputs[kind] = str(path)
    run.summary.phases["rdf_exports"] = time.perf_counter() - mark


def _store_alongside(run: _Reduce, sources: list[GraphSource], meanwhile: Callable[[], None]) -> StoreUpdate:
    """Write the store from ``sources`` in a thread while ``meanwhile`` runs here, and swap it
    in when both are done (so a failure of either leaves the previous store as it was).

    Oxigraph's bulk loader runs without Python's lock, on the second core the exports would
    leave idle: at 10k reports the RDF exports took a minute and the store two, one after the other.
    """
    mark = time.perf_counter()

    def prepare() -> PreparedStore:
        prepared = prepare_store(run.store, sources)  # rewrites only the named graphs whose statements changed
        run.summary.phases["store"] = time.perf_counter() - mark
        return prepared

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fazhi-store") as pool:
        pending = pool.submit(prepare)
        try:
            meanwhile()
        except BaseException:
            pending.cancel()
            wait([pending])
            if not pending.cancelled() and pending.exception() is None:
                pending.result().discard()
            raise
        try:
            prepared = pending.result()
        except OSError as exc:
            if exc.filename is None:  # Oxigraph's I/O errors name no file and carry no errno
                raise OSError(exc.errno, exc.strerror or str(exc), str(run.store)) from exc
            raise
    return prepared.swap_in()


def _report_graph_source(cache: ResultCache, doc_id: str, sha256: str, triples: int | None = None) -> GraphSource:
    """A report's named graph for the store, read from its cached RDF part (of ``triples``
    triples: counted when not given)."""
    trig, lines = cache.rdf_paths(sha256, doc_id)
    # the cache entry's name changes exactly when the report's graph can: it is its digest
    return GraphSource(str(graph_for_report(doc_id).value), cache.entry_name(sha256, doc_id),
                       partial(read_rdf_part, trig), count_lines(lines) if triples is None else triples,
                       trig=partial(open, trig, "rb"))


def _read_all(outcomes: Iterable[MapOutcome], progress: Callable[[str], None] | None
              ) -> tuple[list[MapOutcome], dict[str, MapOutcome]]:
    """Every map outcome (an incremental build needs to know all that changed before it starts)
    and, by report, the first readable one (the one the merge takes), each passed to ``progress``."""
    seen: list[MapOutcome] = []
    current: dict[str, MapOutcome] = {}
    for outcome in outcomes:
        seen.append(outcome)
        if outcome.failure is None and outcome.doc_id not in current:
            current[outcome.doc_id] = outcome
            if progress:
                progress(outcome.doc_id)
    return seen, current


def _incremental_build(run: _Reduce, outcomes: list[MapOutcome], current: dict[str, MapOutcome], previous: dict,
                       index_copy: IndexCopy) -> BuildSummary | None:
    """Bring the last build's store and lookup index up to these reports by patching them
    (``fazhi.kg.patch``) when few changed; None when a full reduce is needed instead (too many
    changed, a cached result or the index is not what the last build left)."""
    summary, cache = run.summary, run.cache
    by_doc = previous["by_doc"]
    changed = sorted(doc for doc, outcome in current.items() if by_doc.get(doc) != outcome.sha256)
    gone = sorted(by_doc.keys() - current.keys())
    if not changed and not gone:
        return _unchanged_build(run, previous, outcomes)
    if len(changed) + len(gone) > max(1, INCREMENTAL_SHARE * len(current)):
        return None
    old = [cache.get(by_doc[doc], doc) for doc in sorted(set(gone) | (set(changed) & by_doc.keys()))]
    new = [cache.get(current[doc].sha256, doc) for doc in changed]
    if any(result is None for result in old + new) or not can_patch(old + new):
        return None
    warnings = {doc: list(result.warnings) for doc, result in zip(changed, new) if result.warnings}
    warnings.update((doc, w) for doc, w in previous["warnings"].items() if doc in current and doc not in changed)
    index = index_copy.index
    try:
        patched_index, patch = patched_copy(index_copy, previous["merge_state"], old, new, run.merge_state)
    except PatchError:
        return None
    # the reports' own warnings first, then the files skipped, as a full build says them
    summary.warnings[:0] = [f"{outcome.doc_id}: {w}" for outcome in run.readable(outcomes)
                            for w in warnings.get(outcome.doc_id, ())]
    try:
        run.refuse_failures_when_strict()
    except BuildError:
        patched_index.unlink(missing_ok=True)
        raise
    summary.documents = len(current)
    summary.cached = sum(outcome.cached for outcome in current.values())
    summary.patched = sorted(set(changed) | set(gone))
    summary.phases["map_and_merge"] = time.perf_counter() - run.started
    mark = time.perf_counter()
    _forget_unchanged_shortcut(run.store)
    with deferred_replace():
        replace_when_done(patched_index, index)
        sources = [_report_graph_source(cache, doc, current[doc].sha256) for doc in changed]
        try:
            stored = patch_store(run.store, sources, [str(graph_for_report(doc).value) for doc in gone],
                                 GraphPatch(ENTITIES_GRAPH.value, patch.subjects, patch.quads, patch.pairs))
        except StoreError as exc:
            raise BuildError(f"{exc}; build again without the store") from None
    summary.phases["incremental"] = time.perf_counter() - mark
    summary.nodes = patch.nodes
    summary.edges = Counter(previous["summary"]["edges"]) + patch.edges_added  # (+ drops types gone to 0)
    summary.quads, summary.graphs_rewritten = stored.quads, stored.rewritten
    summary.outputs = {"lookup": str(index), "store": str(run.store)}
    run.write_manifest({doc: outcome.sha256 for doc, outcome in current.items()}, warnings)
    summary.seconds = time.perf_counter() - run.started
    return summary


def _write_manifest(store: Path, manifest: dict) -> None:
    atomic_write(manifest_path(store), lambda fh: fh.write(json.dumps(manifest, ensure_ascii=False, indent=1)),
                 mode="w")


def _previous_build(store: Path, request: dict) -> dict | None:
    """The manifest of the last build when it was made by this code, asked for the same outputs
    (or for exports where none are wanted now), and everything it wrote is still there."""
    try:
        manifest = json.loads(manifest_path(store).read_text(encoding="utf-8"))
        asked, written = manifest["request"], manifest["written"]
        if manifest["code"] != code_fingerprint() or request["cache"] is None or asked["cache"] != request["cache"] \
                or asked["store"] != request["store"]:
            return None
        if request["exports"] is not None and (asked["exports"], asked["formats"]) != (request["exports"], request["formats"]):
            return None
        if not all(Path(path).exists() for path in written):
            return None
        manifest["by_doc"] = {entry["doc"]: entry["sha256"] for entry in manifest["documents"]}
        manifest["warnings"] = {entry["doc"]: entry["warnings"] for entry in manifest["documents"] if entry.get("warnings")}
        return manifest
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # no manifest, one from an older fazhi, or a damaged one: build


def _forget_unchanged_shortcut(store: Path) -> None:
    """Make the last build's manifest unfit for the shortcut before its outputs are replaced: a
    build killed between the replacing and the new manifest must not be taken for the last one
    (whose reports it no longer holds) by a build of the same reports as that one."""
    try:
        manifest = json.loads(manifest_path(store).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(manifest, dict) and manifest.pop("code", None) is not None:
        _write_manifest(store, manifest)


def _read_while_unchanged(outcomes: Iterable[MapOutcome], previous: dict, progress: Callable[[str], None] | None
                          ) -> tuple[list[MapOutcome], Iterator[MapOutcome] | None, int]:
    """Read map outcomes while every report is one the last build merged, unchanged.

    Returns the outcomes read, the rest of the stream (None when the corpus is exactly the last
    build's) and how many reports were passed to ``progress``."""
    outcomes = iter(outcomes)
    seen: list[MapOutcome] = []
    merged: set[str] = set()
    by_doc = previous["by_doc"]
    for outcome in outcomes:
        seen.append(outcome)
        if outcome.failure is not None:
            continue
        if by_doc.get(outcome.doc_id) != outcome.sha256 or outcome.doc_id in merged:
            return seen, outcomes, len(merged)
        merged.add(outcome.doc_id)
        if progress:
            progress(outcome.doc_id)
    if merged != by_doc.keys():  # a report of the last build is gone
        return seen, iter(()), len(merged)
    return seen, None, len(merged)


def _unchanged_build(run: _Reduce, previous: dict, outcomes: list[MapOutcome]) -> BuildSummary:
    """The summary of a build whose reports, code and outputs are all the last build's: its
    store, lookup index and exports are already what this build would write."""
    for outcome in outcomes:
        if outcome.failure is not None:
            run.failed(outcome.failure)
    run.refuse_failures_when_strict()
    summary, recorded = run.summary, previous["summary"]
    summary.documents = summary.cached = len(previous["by_doc"])
    summary.nodes, summary.edges = Counter(recorded["nodes"]), Counter(recorded["edges"])
    summary.quads, summary.warnings, summary.outputs = recorded["quads"], list(recorded["warnings"]), dict(recorded["outputs"])
    summary.phases["unchanged"] = summary.seconds = time.perf_counter() - run.started
    return summary


def load_built_results(store: Path) -> list[DocumentResult]:
    """The per-report results of the last build, from its manifest and cache."""
    manifest_file = manifest_path(store)
    if not manifest_file.exists():
        raise FileNotFoundError(f"no build at {store}: run `fazhi build` first")
    try:
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        entries = [(entry["sha256"], entry["doc"]) for entry in manifest["documents"]]
    except (OSError, ValueError, KeyError, TypeError):
        raise FileNotFoundError(f"the manifest of the build at {store} is damaged: run `fazhi build` again") from None
    cache = ResultCache(Path(manifest["cache"]) if manifest.get("cache") else None)
    results = []
    for sha256, doc in entries:
        result = cache.get(sha256, doc)
        if result is None:
            raise FileNotFoundError(f"the cached result of {doc} is gone: run `fazhi build` again")
        results.append(result)
    return results


def built_result(store: Path, doc_id: str) -> DocumentResult | None:
    """The cached result of one report of the last build, by file name (or a unique prefix of it)."""
    manifest_file = manifest_path(store)
    if not manifest_file.exists():
        return None
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    entries = [e for e in manifest["documents"] if e["doc"] == doc_id] or \
              [e for e in manifest["documents"] if e["doc"].startswith(doc_id)]
    if len(entries) != 1:
        return None
    cache = ResultCache(Path(manifest["cache"]) if manifest.get("cache") else None)
    return cache.get(entries[0]["sha256"], entries[0]["doc"])
