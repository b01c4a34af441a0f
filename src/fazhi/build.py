"""Run the whole flow over a corpus: files → per-report results (cached by content) →
graph → RDF exports and the embedded store. ``build_corpus`` is what ``fazhi build`` runs.

Per-report work is the map: each report's result is cached under ``graph/cache`` by the
hash of its bytes and of the pipeline, so an unchanged report is never read twice. Merging
into the graph and writing the store is the reduce.

Faults: a file that cannot be read, or that fazhi fails on, becomes a ``Failure`` and the
rest of the corpus is built. Outputs are written so that a build killed at any moment, or
stopped by a full disk, leaves the previous store and exports whole: every export goes to
a temporary file, the new store is built beside the old one, and only when all are complete
are they renamed into place (``deferred_replace``, ``write_store``). A failure while
writing raises ``BuildError`` with a message for the user.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from fazhi.ingest import IngestError, display_path, file_sha256, read_report, walk_corpus
from fazhi.kg.export import (atomic_write, deferred_replace, remove_stale_temporaries, write_graph_formats,
                             write_rdf)
from fazhi.kg.graph import build_graph
from fazhi.kg.lookup import index_path, write_lookup_index
from fazhi.kg.rdf import dataset_quads
from fazhi.kg.store import write_store
from fazhi.model import DocumentResult
from fazhi.nlp import extract_mentions
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
            if obj.get("doc") != doc_id:
                return None
            return result_from_json(obj)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # a damaged cache entry is rebuilt, never trusted

    def put(self, sha256: str, result: DocumentResult) -> None:
        path = self._path(sha256)
        if path is None:
            return
        obj = result_to_json(result)
        # json.dump writes piece by piece: the JSON of a huge report is never one string
        atomic_write(path, lambda fh: json.dump(obj, fh, ensure_ascii=False), mode="w")


def _internal_problem(stage: str, exc: BaseException) -> str:
    message = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return (f"fazhi failed while {stage} this file ({type(exc).__name__}{': ' + message if message else ''}); "
            "this is a bug in fazhi, please report it with the file")


def extract_paths(paths: Iterable[Path], cache: ResultCache | None = None,
                  on_failure: Callable[[Failure], None] | None = None,
                  on_result: Callable[[DocumentResult, bool], None] | None = None) -> Iterator[DocumentResult]:
    """Results for each readable file: cached ones first, then the rest as they are extracted.

    Unreadable files, and files fazhi fails on, are passed to ``on_failure``, never raised,
    so one bad file does not stop a corpus.
    """
    cache = cache or ResultCache(None)

    def fail(path: str | Path, problem: str) -> None:
        if on_failure:
            on_failure(Failure(display_path(path), problem))

    to_read: list[tuple[Path, str]] = []
    for path in paths:
        try:
            data_hash = file_sha256(path)
        except IngestError as exc:
            fail(exc.path, exc.problem)
            continue
        cached = cache.get(data_hash, display_path(Path(path).name))
        if cached is None:
            to_read.append((Path(path), data_hash))
            continue
        if on_result:
            on_result(cached, True)
        yield cached

    for path, data_hash in to_read:
        try:
            report = read_report(path)
        except IngestError as exc:
            fail(exc.path, exc.problem)
            continue
        except Exception as exc:  # noqa: BLE001 -- a bug on one file must not stop the corpus
            fail(path, _internal_problem("reading", exc))
            continue
        try:
            result = resolve_document(extract_mentions(report))
        except Exception as exc:  # noqa: BLE001
            fail(path, _internal_problem("extracting from", exc))
            continue
        del report
        cache.put(data_hash, result)
        if on_result:
            on_result(result, False)
        yield result


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


def build_corpus(targets: Iterable[str | Path], *, store: Path, exports: Path, cache_dir: Path | None,
                 graph_formats: Iterable[str] = ("graphml", "gexf"),
                 progress: Callable[[str], None] | None = None,
                 on_failure: Callable[[Failure], None] | None = None,
                 stage: Callable[[str], None] | None = None,
                 strict: bool = False) -> tuple[BuildSummary, nx.MultiDiGraph]:
    """Build the knowledge graph of the reports under ``targets`` into ``store`` and ``exports``.

    ``progress`` is called with each report read, ``stage`` with the name of each step after them.
    Raises ``BuildError``, leaving the previous build as it was, when no report could be
    read, when ``strict`` is set and some file could not be, or when writing fails (a full
    disk, a read-only folder, another build running).
    """
    try:
        with _build_lock(store):
            return _build(targets, store=Path(store), exports=Path(exports), cache_dir=cache_dir,
                          graph_formats=graph_formats, progress=progress, on_failure=on_failure,
                          stage=stage or (lambda _name: None), strict=strict)
    except OSError as exc:
        raise BuildError(_write_problem(exc) + "; the previous store and exports are unchanged") from exc


def _build(targets: Iterable[str | Path], *, store: Path, exports: Path, cache_dir: Path | None,
           graph_formats: Iterable[str], progress: Callable[[str], None] | None,
           on_failure: Callable[[Failure], None] | None, stage: Callable[[str], None],
           strict: bool) -> tuple[BuildSummary, nx.MultiDiGraph]:
    started = time.perf_counter()
    summary = BuildSummary()

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

    walk = walk_corpus(*targets)
    summary.skipped = walk.skipped
    for path, problem in walk.problems:
        failed(Failure(path, problem))
    for folder in (exports, cache_dir):
        if folder is not None:
            remove_stale_temporaries(Path(folder))
    results: dict[str, DocumentResult] = {}
    for result in extract_paths(walk.paths, ResultCache(cache_dir), failed, done):
        if result.report.doc_id in results:
            summary.warnings.append(f"{result.report.path}: a report named {result.report.doc_id} was already read; skipped")
            continue
        results[result.report.doc_id] = result
    if not results:
        raise BuildError(("no report could be read" if summary.failures else "no report files found")
                         + "; the previous store and exports are unchanged")
    if strict and summary.failures:
        raise BuildError(f"{len(summary.failures)} file(s) could not be read and --strict is set; "
                         "the previous store and exports are unchanged")
    ordered = [results[k] for k in sorted(results)]
    stage("merging the graph")
    graph = build_graph(ordered)
    stage("writing the exports")
    quads = dataset_quads(ordered, graph)
    # Every export is written to a temporary file and the new store is built beside the old
    # one; only then are they all renamed into place, the manifest last.
    with deferred_replace():
        for path in write_rdf(quads, exports).values():
            summary.outputs[path.suffix.lstrip(".")] = str(path)
        for fmt, path in write_graph_formats(graph, exports, graph_formats).items():
            summary.outputs[fmt] = str(path)
        stage("writing the store")
        try:
            stored = write_store(store, quads)  # rewrites only the named graphs whose statements changed
        except OSError as exc:
            if exc.filename is None:  # Oxigraph's I/O errors name no file and carry no errno
                raise OSError(exc.errno, exc.strerror or str(exc), str(store)) from exc
            raise
        summary.quads, summary.graphs_rewritten = stored.quads, stored.rewritten
    summary.outputs["store"] = str(store)
    stage("writing the lookup index")
    summary.outputs["lookup"] = str(write_lookup_index(index_path(store), graph))
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
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
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
    manifest_path = Path(store).with_name("manifest.json")
    if not manifest_path.exists():
        return None
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    entries = [e for e in manifest["documents"] if e["doc"] == doc_id] or \
              [e for e in manifest["documents"] if e["doc"].startswith(doc_id)]
    if len(entries) != 1:
        return None
    cache = ResultCache(Path(manifest["cache"]) if manifest.get("cache") else None)
    return cache.get(entries[0]["sha256"], entries[0]["doc"])
