"""Run the whole flow over a corpus: files → per-report results (cached by content) →
graph → RDF exports and the embedded store. ``build_corpus`` is what ``fazhi build`` runs.

Per-report work is the map: each report's result is cached under ``graph/cache`` by the
hash of its bytes and of the pipeline, so an unchanged report is never read twice. Merging
into the graph and writing the store is the reduce.
"""
from __future__ import annotations

import hashlib
import json
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from fazhi.ingest import IngestError, iter_report_paths, read_report
from fazhi.kg.export import atomic_write, write_graph_formats, write_rdf
from fazhi.kg.graph import build_graph
from fazhi.kg.rdf import dataset_quads
from fazhi.kg.store import write_store
from fazhi.model import DocumentResult, Report
from fazhi.nlp import extract_reports
from fazhi.resolve.document import resolve_document
from fazhi.serialize import result_from_json, result_to_json


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """A hash of fazhi's code and data: cached results from other code are not reused."""
    digest = hashlib.sha256()
    root = resources.files("fazhi")
    for path in sorted(Path(str(root)).rglob("*")):
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
    graphs_rewritten: list[str] = field(default_factory=list)  # named graphs of the store that changed
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)


class ResultCache:
    """Per-report results as JSON files named by the hash of the file's bytes and the pipeline."""

    def __init__(self, directory: Path | None):
        self.directory = Path(directory) if directory else None

    def _path(self, sha256: str) -> Path | None:
        if self.directory is None:
            return None
        return self.directory / f"{sha256[:32]}-{pipeline_fingerprint()}.json"

    def get(self, sha256: str, doc_id: str) -> DocumentResult | None:
        path = self._path(sha256)
        if path is None or not path.exists():
            return None
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # a damaged cache entry is rebuilt, never trusted
        if obj.get("doc") != doc_id:
            return None
        return result_from_json(obj)

    def put(self, sha256: str, result: DocumentResult) -> None:
        path = self._path(sha256)
        if path is None:
            return
        text = json.dumps(result_to_json(result), ensure_ascii=False)
        atomic_write(path, lambda fh: fh.write(text), mode="w")


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
                 on_failure: Callable[[Failure], None] | None = None) -> tuple[BuildSummary, nx.MultiDiGraph]:
    """Build the knowledge graph of the reports under ``targets`` into ``store`` and ``exports``."""
    started = time.perf_counter()
    summary = BuildSummary()
    paths = iter_report_paths(*targets)

    def failed(failure: Failure) -> None:
        summary.failures.append(failure)
        if on_failure:
            on_failure(failure)

    def done(result: DocumentResult, was_cached: bool) -> None:
        summary.documents += 1
        summary.cached += was_cached
        summary.warnings.extend(f"{result.report.doc_id}: {w}" for w in result.warnings)
        if progress:
            progress(result.report.doc_id)

    results: dict[str, DocumentResult] = {}
    for result in extract_paths(paths, ResultCache(cache_dir), failed, done):
        if result.report.doc_id in results:
            summary.warnings.append(f"{result.report.path}: a report named {result.report.doc_id} was already read; skipped")
            continue
        results[result.report.doc_id] = result
    ordered = [results[k] for k in sorted(results)]
    graph = build_graph(ordered)
    quads = dataset_quads(ordered, graph)
    for path in write_rdf(quads, exports).values():
        summary.outputs[path.suffix.lstrip(".")] = str(path)
    for fmt, path in write_graph_formats(graph, exports, graph_formats).items():
        summary.outputs[fmt] = str(path)
    stored = write_store(store, quads)  # rewrites only the named graphs whose statements changed
    summary.quads, summary.graphs_rewritten = stored.quads, stored.rewritten
    summary.outputs["store"] = str(store)
    manifest = {"documents": [{"doc": r.report.doc_id, "sha256": r.report.sha256} for r in ordered],
                "cache": str(cache_dir) if cache_dir else None, "pipeline": pipeline_fingerprint()}
    atomic_write(Path(store).with_name("manifest.json"),
                 lambda fh: fh.write(json.dumps(manifest, ensure_ascii=False, indent=1)), mode="w")
    summary.nodes = Counter(d.get("kind", "Unknown") for _, d in graph.nodes(data=True))
    summary.edges = Counter(k for _, _, k in graph.edges(keys=True))
    summary.seconds = time.perf_counter() - started
    return summary, graph


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
