"""Run the whole flow over a corpus: files → per-report results (cached by content) →
graph → RDF exports and the embedded store. ``build_corpus`` is what ``fazhi build`` runs.

Per-report work is the map (``map_report``: file → result → the report's own RDF), pure
per report, run in one process or several (``workers``) or on a distributed engine
(``fazhi.distributed``). Its output is cached under ``graph/cache`` by the hash of the
file's bytes, its name and the pipeline, so an unchanged report is never read twice.
Merging into the graph and writing the exports and the store is the reduce: it streams,
one report's result at a time, and never holds the corpus in memory.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path

import networkx as nx
from pyoxigraph import RdfFormat, parse

from fazhi.ingest import IngestError, iter_report_paths, read_report
from fazhi.kg.export import RdfPart, atomic_write, write_graph_formats, write_rdf_parts
from fazhi.kg.graph import GraphBuilder
from fazhi.kg.rdf import entity_quads, graph_for_report, report_quads
from fazhi.kg.store import write_store
from fazhi.model import DocumentResult, Report
from fazhi.nlp import extract_reports
from fazhi.resolve.document import resolve_document
from fazhi.serialize import result_from_json, result_to_json


# Modules the map never runs: changing them leaves every cached result valid.
NOT_IN_THE_MAP = ("cli.py", "evaluate.py", "distributed.py", "kg/graph.py", "kg/store.py", "kg/lookup.py")


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """A hash of the code and data the map runs: cached results from other code are not reused."""
    digest = hashlib.sha256()
    root = resources.files("fazhi")
    for path in sorted(Path(str(root)).rglob("*")):
        if path.relative_to(str(root)).as_posix() in NOT_IN_THE_MAP:
            continue
        if path.is_file() and path.suffix in (".py", ".csv", ".tsv", ".txt", ".gz") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(str(root))).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class Failure:
    path: str
    problem: str


@dataclass
class BuildSummary:
    documents: int = 0
    cached: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    nodes: Counter = field(default_factory=Counter)
    edges: Counter = field(default_factory=Counter)
    quads: int = 0
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)
    phases: dict[str, float] = field(default_factory=dict)  # seconds of map+merge, exports, store


class ResultCache:
    """Per-report results as JSON files named by the hash of the file's bytes, its name and
    the pipeline; beside each, the report's RDF (``.trig`` block and sorted ``.nt`` lines)."""

    def __init__(self, directory: Path | None):
        self.directory = Path(directory) if directory else None

    def entry_path(self, sha256: str, doc_id: str = "", suffix: str = ".json") -> Path | None:
        if self.directory is None:
            return None
        # the name is part of the key: the report's IRIs are made from it
        name = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8]
        return self.directory / f"{sha256[:32]}-{name}-{pipeline_fingerprint()}{suffix}"

    def get(self, sha256: str, doc_id: str) -> DocumentResult | None:
        path = self.entry_path(sha256, doc_id)
        if path is None or not path.exists():
            return None
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # a damaged cache entry is rebuilt, never trusted
        if obj.get("doc") != doc_id:
            return None
        return result_from_json(obj)

    def has(self, sha256: str, doc_id: str) -> bool:
        """Whether the result and the RDF of this report are all cached."""
        return self.directory is not None and all(
            self.entry_path(sha256, doc_id, suffix).exists() for suffix in (".json", ".trig", ".nt"))

    def rdf_paths(self, sha256: str, doc_id: str) -> tuple[Path, Path]:
        return self.entry_path(sha256, doc_id, ".trig"), self.entry_path(sha256, doc_id, ".nt")

    def put(self, sha256: str, result: DocumentResult, rdf: RdfPart | None = None) -> None:
        path = self.entry_path(sha256, result.report.doc_id)
        if path is None:
            return
        if rdf is not None:  # written first: the JSON file marks a complete entry
            trig, triples = self.rdf_paths(sha256, result.report.doc_id)
            atomic_write(trig, lambda fh: fh.write(rdf.trig))
            atomic_write(triples, lambda fh: fh.write(rdf.triples))
        text = json.dumps(result_to_json(result), ensure_ascii=False)
        atomic_write(path, lambda fh: fh.write(text), mode="w")


@dataclass
class MapOutcome:
    """What the map hands to the reduce for one file: where its result is, or why there is none."""

    path: str
    doc_id: str = ""
    sha256: str = ""
    cached: bool = False
    failure: Failure | None = None


def map_report(path: str | Path, cache_dir: str | Path) -> MapOutcome:
    """The map: one report file → its result and its RDF, written to the cache under
    ``cache_dir`` (nothing is done when they are there already).

    A pure function of the file, so it runs in any process: a worker of ``fazhi build
    --workers N`` or a task of a distributed engine (``fazhi.distributed``). The first call
    in a process builds the spaCy pipeline (about a second).
    """
    path = Path(path)
    cache = ResultCache(Path(cache_dir))
    try:
        sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        return MapOutcome(str(path), failure=Failure(str(path), f"cannot read: {exc.strerror or exc}"))
    if cache.has(sha256, path.name):
        return MapOutcome(str(path), path.name, sha256, cached=True)
    try:
        report = read_report(path)
    except IngestError as exc:
        return MapOutcome(str(path), failure=Failure(exc.path, exc.problem))
    result = resolve_document(next(extract_reports([report])))
    cache.put(sha256, result, RdfPart.of(report_quads(result)))
    return MapOutcome(str(path), report.doc_id, sha256)


def map_reports(paths: list[Path], cache_dir: Path, workers: int = 1) -> Iterator[MapOutcome]:
    """``map_report`` over ``paths`` in ``workers`` processes; outcomes in the order of ``paths``."""
    if workers <= 1 or len(paths) < 2:
        for path in paths:
            yield map_report(path, cache_dir)
        return
    # fork shares the loaded gazetteers; each worker builds its own spaCy pipeline on first use
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(min(workers, len(paths))) as pool:
        # small chunks keep the workers even; imap keeps the order of the paths
        yield from pool.imap(partial(map_report, cache_dir=cache_dir), paths, chunksize=2)


def extract_paths(paths: Iterable[Path], cache: ResultCache | None = None,
                  on_failure: Callable[[Failure], None] | None = None,
                  on_result: Callable[[DocumentResult, bool], None] | None = None) -> Iterator[DocumentResult]:
    """Results for each readable file: cached ones first, then the rest as they are extracted.

    Unreadable files are passed to ``on_failure``, never raised, so one bad file does not
    stop a corpus.
    """
    cache = cache or ResultCache(None)
    to_read: list[tuple[Path, str]] = []
    for path in paths:
        try:
            data_hash = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError as exc:
            if on_failure:
                on_failure(Failure(str(path), f"cannot read: {exc.strerror or exc}"))
            continue
        cached = cache.get(data_hash, Path(path).name)
        if cached is None:
            to_read.append((Path(path), data_hash))
            continue
        if on_result:
            on_result(cached, True)
        yield cached

    hashes: deque[str] = deque()

    def reports() -> Iterator[Report]:
        for path, data_hash in to_read:
            try:
                report = read_report(path)
            except IngestError as exc:
                if on_failure:
                    on_failure(Failure(exc.path, exc.problem))
                continue
            hashes.append(data_hash)
            yield report

    for doc in extract_reports(reports()):
        result = resolve_document(doc)
        cache.put(hashes.popleft(), result)
        if on_result:
            on_result(result, False)
        yield result


def build_corpus(targets: Iterable[str | Path], *, store: Path, exports: Path, cache_dir: Path | None,
                 graph_formats: Iterable[str] = ("graphml", "gexf"),
                 progress: Callable[[str], None] | None = None,
                 on_failure: Callable[[Failure], None] | None = None,
                 workers: int = 1, keep_graph: bool = True) -> tuple[BuildSummary, nx.MultiDiGraph | None]:
    """Build the knowledge graph of the reports under ``targets`` into ``store`` and ``exports``.

    The map runs in ``workers`` processes; the reduce merges each report's result into the
    graph as it arrives (in the order of file names, so the graph does not depend on the
    number of workers), then writes the exports from the per-report RDF and loads the
    store from the TriG export. Without ``keep_graph`` the graph is dropped before the
    store is loaded (and None returned), so that the two never take memory together.
    """
    started = time.perf_counter()
    paths = ordered_paths(targets)
    with tempfile.TemporaryDirectory(prefix="fazhi-cache-") as scratch:
        cache = Path(cache_dir) if cache_dir else Path(scratch)
        return reduce_outcomes(map_reports(paths, cache, workers), store=store, exports=exports, cache_dir=cache,
                               keep_cache=cache_dir is not None, graph_formats=graph_formats, progress=progress,
                               on_failure=on_failure, started=started, keep_graph=keep_graph)


def ordered_paths(targets: Iterable[str | Path]) -> list[Path]:
    """Report files under ``targets`` in the order the reduce merges them: by file name,
    then path (the first file of a name wins)."""
    return sorted(iter_report_paths(*targets), key=lambda p: (p.name, str(p)))


def reduce_outcomes(outcomes: Iterable[MapOutcome], *, store: Path, exports: Path, cache_dir: Path,
                    keep_cache: bool = True, graph_formats: Iterable[str] = ("graphml", "gexf"),
                    progress: Callable[[str], None] | None = None,
                    on_failure: Callable[[Failure], None] | None = None,
                    started: float | None = None, keep_graph: bool = True) -> tuple[BuildSummary, nx.MultiDiGraph | None]:
    """The reduce: merge the cached results of ``outcomes`` (in ``ordered_paths`` order)
    into the graph, one at a time, and write the exports and the store.

    ``outcomes`` may be a stream (the reduce starts while the map runs) or what a
    distributed engine collected; the results themselves are read from ``cache_dir``.
    """
    started = time.perf_counter() if started is None else started
    summary = BuildSummary()
    cache = ResultCache(Path(cache_dir))
    builder = GraphBuilder()
    documents: dict[str, str] = {}  # doc_id → sha256
    parts: list[tuple[str, Path, Path]] = []
    for outcome in outcomes:
        if outcome.failure is not None:
            summary.failures.append(outcome.failure)
            if on_failure:
                on_failure(outcome.failure)
            continue
        if outcome.doc_id in documents:
            summary.warnings.append(f"{outcome.path}: a report named {outcome.doc_id} was already read; skipped")
            continue
        result = cache.get(outcome.sha256, outcome.doc_id)
        if result is None:  # the entry vanished or was damaged since the map: make it again
            cache.entry_path(outcome.sha256, outcome.doc_id).unlink(missing_ok=True)
            outcome = map_report(outcome.path, cache.directory)
            result = cache.get(outcome.sha256, outcome.doc_id)
        documents[outcome.doc_id] = outcome.sha256
        summary.documents += 1
        summary.cached += outcome.cached
        summary.warnings.extend(f"{outcome.doc_id}: {w}" for w in result.warnings)
        builder.add(result)
        trig, triples = cache.rdf_paths(outcome.sha256, outcome.doc_id)
        parts.append((_graph_name(result), trig, triples))
        if progress:
            progress(outcome.doc_id)
    graph = builder.finish()
    summary.phases["map_and_merge"] = time.perf_counter() - started
    mark = time.perf_counter()
    for kind, path in write_rdf_parts(RdfPart.of(entity_quads(graph)), parts, exports).items():
        summary.outputs[kind] = str(path)
    summary.phases["rdf_exports"] = time.perf_counter() - mark
    mark = time.perf_counter()
    for fmt, path in write_graph_formats(graph, exports, graph_formats).items():
        summary.outputs[fmt] = str(path)
    summary.phases["graph_exports"] = time.perf_counter() - mark
    summary.nodes = Counter(d.get("kind", "Unknown") for _, d in graph.nodes(data=True))
    summary.edges = Counter(k for _, _, k in graph.edges(keys=True))
    if not keep_graph:
        del builder, graph
        graph = None
    mark = time.perf_counter()
    summary.quads = write_store(store, parse(path=summary.outputs["trig"], format=RdfFormat.TRIG))
    summary.phases["store"] = time.perf_counter() - mark
    summary.outputs["store"] = str(store)
    manifest = {"documents": [{"doc": doc, "sha256": documents[doc]} for doc in sorted(documents)],
                "cache": str(cache_dir) if keep_cache else None, "pipeline": pipeline_fingerprint()}
    atomic_write(Path(store).with_name("manifest.json"),
                 lambda fh: fh.write(json.dumps(manifest, ensure_ascii=False, indent=1)), mode="w")
    summary.seconds = time.perf_counter() - started
    return summary, graph


def _graph_name(result: DocumentResult) -> str:
    return str(graph_for_report(result.report.doc_id))


def load_built_results(store: Path) -> list[DocumentResult]:
    """The per-report results of the last build, from its manifest and cache."""
    manifest_path = Path(store).with_name("manifest.json")
    if not manifest_path.exists():
        raise FileNotFoundError(f"no build at {store}: run `fazhi build` first")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    cache = ResultCache(Path(manifest["cache"]) if manifest.get("cache") else None)
    results = []
    for entry in manifest["documents"]:
        result = cache.get(entry["sha256"], entry["doc"])
        if result is None:
            raise FileNotFoundError(f"the cached result of {entry['doc']} is gone: run `fazhi build` again")
        results.append(result)
    return results
