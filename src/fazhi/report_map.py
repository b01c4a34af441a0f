"""The map: one report file → its result (``DocumentResult``) and its own RDF, cached by
content, in any process. ``fazhi.build`` runs it over a corpus and merges what it made.

Everything here is a pure function of one file and the pipeline's code and data
(``pipeline_fingerprint``), so a cached result stays valid until either changes.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from multiprocessing.pool import AsyncResult
from pathlib import Path

from fazhi.ingest import IngestError, display_path, file_sha256, read_report
from fazhi.kg.files import atomic_write
from fazhi.kg.rdf import graph_for_report, report_statements
from fazhi.kg.rdf_files import write_statements_part
from fazhi.model import DocumentResult
from fazhi.resolve.document import resolve_document
from fazhi.serialize import result_from_json, result_to_json

# Modules the map never runs: changing them leaves every cached result valid.
NOT_IN_THE_MAP = ("build.py", "graph_merge.py", "cli.py", "evaluate.py", "distributed.py", "kg/export.py", "kg/graph.py", "kg/store.py",
                  "kg/lookup.py", "kg/patch.py", "kg/html.py", "kg/report_view.py", "kg/serve.py", "kg/statistics.py")


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """A hash of the code and data the map runs: cached results from other code are not reused."""
    return _code_digest(NOT_IN_THE_MAP, (".py", ".csv", ".tsv", ".txt", ".gz"))


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of all of fazhi's code, data and assets: a build by other code is not taken as this one's."""
    return _code_digest((), None)


def _code_digest(leave_out: tuple[str, ...], suffixes: tuple[str, ...] | None) -> str:
    digest = hashlib.sha256()
    root = resources.files("fazhi")
    for path in sorted(Path(str(root)).rglob("*")):
        if path.relative_to(str(root)).as_posix() in leave_out:
            continue
        if path.is_file() and (suffixes is None or path.suffix in suffixes) and "__pycache__" not in path.parts \
                and path.suffix != ".pyc":
            digest.update(str(path.relative_to(str(root))).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class Failure:
    path: str
    problem: str


# Results with up to this many relations (a county's report has hundreds; each quotes its
# sentence) are serialized in one piece; larger ones are streamed.
STREAMED_JSON_RELATIONS = 20_000


# The files of a cache entry, in the order they are written: the JSON last, so that its
# presence marks a complete entry (see ``ResultCache.put`` for why it alone is not synced).
ENTRY_SUFFIXES = (".trig", ".nt", ".json")


class ResultCache:
    """Per-report results as JSON files named by the hash of the file's bytes, its name and
    the pipeline; beside each, the report's RDF (``.trig`` block and sorted ``.nt`` lines)."""

    def __init__(self, directory: Path | None):
        self.directory = Path(directory) if directory else None

    def entry_name(self, sha256: str, doc_id: str) -> str:
        """The name shared by a report's cache files; it changes exactly when its result can."""
        # the report's name is part of the key: its IRIs are made from it
        name = hashlib.sha1(doc_id.encode("utf-8", errors="surrogatepass")).hexdigest()[:8]
        return f"{sha256[:32]}-{name}-{pipeline_fingerprint()}"

    def entry_path(self, sha256: str, doc_id: str = "", suffix: str = ".json") -> Path | None:
        if self.directory is None:
            return None
        return self.directory / f"{self.entry_name(sha256, doc_id)}{suffix}"

    def get(self, sha256: str, doc_id: str, mentions: bool = True) -> DocumentResult | None:
        """The cached result (``serialize.result_from_json``: without ``mentions``, its entities'
        mentions are left out), or None when there is none or it is damaged."""
        path = self.entry_path(sha256, doc_id)
        if path is None or not path.exists():
            return None
        try:
            # bytes decoded, not read_text: the JSON has no line ends to translate, and scanning
            # for them took a third of reading a large corpus's results
            obj = json.loads(path.read_bytes().decode("utf-8"))
            if obj.get("doc") != doc_id:
                return None
            return result_from_json(obj, mentions)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # a damaged cache entry is rebuilt, never trusted

    def has(self, sha256: str, doc_id: str, listing: frozenset[str] | None = None) -> bool:
        """Whether the result and the RDF of this report are all cached (in ``listing``, the
        folder's file names as ``listing()`` read them, when given)."""
        if self.directory is None:
            return False
        name = self.entry_name(sha256, doc_id)
        if listing is not None:
            return all(name + suffix in listing for suffix in ENTRY_SUFFIXES)
        return all((self.directory / (name + suffix)).exists() for suffix in ENTRY_SUFFIXES)

    def listing(self) -> frozenset[str]:
        """The names of the files in the cache folder now: one read of the folder, where checking
        ten thousand reports one by one takes thirty thousand calls to the file system."""
        try:
            return frozenset(entry.name for entry in os.scandir(self.directory)) if self.directory else frozenset()
        except FileNotFoundError:
            return frozenset()

    def read_entry(self, sha256: str, doc_id: str) -> dict[str, bytes]:
        """The bytes of each file of a complete entry, by suffix (to be written into another
        cache with ``write_entry``: a distributed map's task hands its entry to the client)."""
        return {suffix: self.entry_path(sha256, doc_id, suffix).read_bytes() for suffix in ENTRY_SUFFIXES}

    def write_entry(self, sha256: str, doc_id: str, files: dict[str, bytes]) -> None:
        """Store an entry ``read_entry`` read, as ``put`` writes one: the RDF synced, the JSON last."""
        for suffix in ENTRY_SUFFIXES:
            data = files[suffix]
            atomic_write(self.entry_path(sha256, doc_id, suffix), lambda fh: fh.write(data),
                         durable=suffix != ".json")

    def rdf_paths(self, sha256: str, doc_id: str) -> tuple[Path, Path]:
        return self.entry_path(sha256, doc_id, ".trig"), self.entry_path(sha256, doc_id, ".nt")

    def put(self, sha256: str, result: DocumentResult, rdf: bool = False) -> None:
        """Store ``result`` and, with ``rdf``, the report's RDF part (streamed to disk)."""
        path = self.entry_path(sha256, result.report.doc_id)
        if path is None:
            return
        if rdf:  # written first: the JSON file marks a complete entry
            trig, triples = self.rdf_paths(sha256, result.report.doc_id)
            graph = str(graph_for_report(result.report.doc_id))
            atomic_write(trig, lambda trig_fh: atomic_write(triples, lambda triples_fh: write_statements_part(
                graph, report_statements(result), trig_fh, triples_fh)))
        obj = result_to_json(result)
        # The JSON is not synced to disk (one fsync of three, ~0.5 ms a report, issue 8): after
        # a crash of the system it may be empty or cut short under its name, and then it is
        # no JSON object, so ``get`` finds no result and the report is mapped again (the build
        # asks ``get`` for every report it merges). The RDF files are synced before it is
        # written: nothing reading them could tell a torn one, and a JSON file that survived
        # the crash vouches for them.
        if len(result.relations) <= STREAMED_JSON_RELATIONS:
            # json.dumps runs in C, five times faster than json.dump's Python encoder
            text = json.dumps(obj, ensure_ascii=False)
            atomic_write(path, lambda fh: fh.write(text), mode="w", durable=False)
        else:  # json.dump writes piece by piece: the JSON of a huge report is never one string
            atomic_write(path, lambda fh: json.dump(obj, fh, ensure_ascii=False), mode="w", durable=False)


def _internal_problem(stage: str, exc: BaseException) -> str:
    message = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return (f"fazhi failed while {stage} this file ({type(exc).__name__}{': ' + message if message else ''}); "
            "this is a bug in fazhi, please report it with the file")


def _extract_file(path: Path) -> DocumentResult | Failure:
    """One file → its result, or the failure that says why there is none (never raised)."""
    # imported here, not above: importing spaCy takes a second, which a build that finds
    # every report cached (or a worker's parent) never needs to spend
    from fazhi.nlp import extract_mentions

    try:
        report = read_report(path)
    except IngestError as exc:
        return Failure(exc.path, exc.problem)
    except Exception as exc:  # noqa: BLE001 -- a bug on one file must not stop the corpus
        return Failure(display_path(path), _internal_problem("reading", exc))
    try:
        return resolve_document(extract_mentions(report))
    except Exception as exc:  # noqa: BLE001
        return Failure(display_path(path), _internal_problem("extracting from", exc))


def extract_paths(paths: Iterable[Path], cache: ResultCache | None = None,
                  on_failure: Callable[[Failure], None] | None = None,
                  on_result: Callable[[DocumentResult, bool], None] | None = None) -> Iterator[DocumentResult]:
    """Results for each readable file, in order, from the cache where it has them
    (``fazhi extract``, ``fazhi show``; ``fazhi build`` maps with ``map_report``).

    Unreadable files, and files fazhi fails on, are passed to ``on_failure``, never raised,
    so one bad file does not stop a corpus.
    """
    cache = cache or ResultCache(None)
    for path in paths:
        try:
            data_hash = file_sha256(path)
        except IngestError as exc:
            if on_failure:
                on_failure(Failure(exc.path, exc.problem))
            continue
        cached = cache.get(data_hash, display_path(Path(path).name))
        if cached is not None:
            if on_result:
                on_result(cached, True)
            yield cached
            continue
        result = _extract_file(Path(path))
        if isinstance(result, Failure):
            if on_failure:
                on_failure(result)
            continue
        cache.put(data_hash, result)
        if on_result:
            on_result(result, False)
        yield result


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
    --workers N`` or a task of a distributed engine (``fazhi.distributed``). The first
    extraction in a process builds the spaCy pipeline (about a second). Never raises for a
    bad file: the outcome carries the failure.
    """
    path = Path(path)
    cache = ResultCache(Path(cache_dir))
    try:
        sha256 = file_sha256(path)
    except IngestError as exc:
        return MapOutcome(str(path), failure=Failure(exc.path, exc.problem))
    return _cached_outcome(path, sha256, cache) or _map_uncached(path, sha256, cache)


def _cached_outcome(path: Path, sha256: str, cache: ResultCache, listing: frozenset[str] | None = None
                   ) -> MapOutcome | None:
    """The outcome of a report whose result and RDF are cached, else None."""
    doc_id = display_path(path.name)
    return MapOutcome(str(path), doc_id, sha256, cached=True) if cache.has(sha256, doc_id, listing) else None


def _map_uncached(path: Path, sha256: str, cache: ResultCache) -> MapOutcome:
    result = _extract_file(path)
    if isinstance(result, Failure):
        return MapOutcome(str(path), failure=result)
    try:
        cache.put(sha256, result, rdf=True)
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001
        return MapOutcome(str(path), failure=Failure(display_path(path), _internal_problem("writing RDF for", exc)))
    return MapOutcome(str(path), result.report.doc_id, sha256)


def map_reports(paths: list[Path], cache_dir: Path, workers: int = 1) -> Iterator[MapOutcome]:
    """``map_report`` over ``paths`` in ``workers`` processes; outcomes in the order of ``paths``.

    Reports already cached are answered here, without a worker: passing ten thousand of them
    through the pool costs more than hashing them, and a file the last build hashed and the
    file system says is unchanged is not read again (``FileDigests``). The files are checked
    newest first, and the first ``workers`` found uncached (the reports just edited) reach a
    worker at once, extracted while the others are checked: a rebuild after one report changed
    waits for little more than that report's extraction. The other uncached reports go to the
    workers in the order of ``paths``, the order the outcomes are given in, so that the reduce
    takes them as they come: sent newest first, the oldest report held back every outcome
    until the whole map was done (a cold build of ten thousand reports merged nothing for 80 s).
    """
    cache = ResultCache(Path(cache_dir))
    digests = FileDigests(cache)
    if workers <= 1 or len(paths) < 2:
        for path in map(Path, paths):
            try:
                sha256 = digests.sha256(path)
            except (IngestError, OSError):
                yield map_report(path, cache_dir)  # which says why the file cannot be read
                continue
            # as map_report does, with the digest just found: a new file is read once
            yield _cached_outcome(path, sha256, cache) or _map_uncached(path, sha256, cache)
        digests.save()
        return
    # fork starts a worker without importing fazhi again; each builds its spaCy pipeline on first use
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    listing = cache.listing()  # entries written after it are of reports sent to the workers
    pool = None
    slots: list[MapOutcome | AsyncResult | None] = [None] * len(paths)  # in the order of the paths
    ready = 0  # slots before this one are yielded
    eager = workers  # uncached reports still to send at once, as they are found
    later: list[int] = []  # the other uncached reports, sent in the order of the paths

    def send(i: int) -> AsyncResult:
        nonlocal pool
        pool = pool or context.Pool(min(workers, len(paths)))
        return pool.apply_async(map_report, (paths[i], cache_dir))

    try:
        for i in sorted(range(len(paths)), key=lambda i: -_modified(paths[i])):
            outcome = _checked(Path(paths[i]), cache, listing, digests)
            if outcome is None:
                if eager == 0:
                    later.append(i)
                    continue
                outcome, eager = send(i), eager - 1
            slots[i] = outcome
            while ready < len(slots) and (isinstance(slots[ready], MapOutcome)
                                          or isinstance(slots[ready], AsyncResult) and slots[ready].ready()):
                yield _outcome(slots[ready])
                slots[ready], ready = None, ready + 1
        for i in sorted(later):
            slots[i] = send(i)
        for i in range(ready, len(slots)):
            yield _outcome(slots[i])
            slots[i] = None
        digests.save()
    finally:
        if pool is not None:
            pool.terminate()


def _modified(path: Path) -> float:
    """When the file was last modified; a file that cannot be looked at counts as the newest
    (its worker says why it cannot be read)."""
    try:
        return os.stat(path).st_mtime
    except OSError:
        return float("inf")


def _outcome(pending: MapOutcome | AsyncResult) -> MapOutcome:
    return pending if isinstance(pending, MapOutcome) else pending.get()


def _checked(path: Path, cache: ResultCache, listing: frozenset[str], digests: FileDigests) -> MapOutcome | None:
    """A cached report's outcome; None when a worker must map it (or say why it cannot be read)."""
    try:
        return _cached_outcome(path, digests.sha256(path), cache, listing)
    except (IngestError, OSError):
        return None


# The SHA-256 of each corpus file as the last build hashed it, in the cache folder: a line a
# file, its path as a JSON string (any character escaped), then size, mtime, ctime (ns),
# inode, SHA-256 and when it was hashed (ns), tab-separated.
FILE_DIGESTS = "file-digests.tsv"
# A file changed less than this before it was hashed may have changed again since within the
# file system's timestamp resolution, leaving its times as they were: its digest is not
# reused (git's rule for "racily clean" files).
RACY_NS = 2_000_000_000


class FileDigests:
    """The SHA-256 of corpus files, reusing the last build's for a file whose size, times and
    inode are what they were when it was hashed: a rebuild of ten thousand reports otherwise
    reads them all (190 MB) to find the one that changed. Any write to a file changes its
    ctime, which no program can set back, so a rewritten file is hashed again even with its
    size and mtime restored. The record is written without fsync: a lost or torn one only
    means hashing every file again."""

    def __init__(self, cache: ResultCache):
        self.path = cache.directory / FILE_DIGESTS if cache.directory else None
        self.known: dict[str, list] = {}
        self.seen: dict[str, list] = {}
        if self.path is not None:
            try:
                lines = self.path.read_text(encoding="utf-8").splitlines()
            except (OSError, ValueError):
                lines = []
            for line in lines:
                try:
                    path, size, mtime, ctime, inode, sha256, hashed_at = line.split("\t")
                    self.known[json.loads(path)] = [int(size), int(mtime), int(ctime), int(inode), sha256,
                                                    int(hashed_at)]
                except ValueError:
                    continue  # a torn line (the record is not synced): that file is hashed again

    def sha256(self, path: Path) -> str:
        key = os.path.abspath(path)
        st = os.stat(path)
        stamp = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        record = self.known.get(key)
        if record is not None and record[:4] == stamp and st.st_ctime_ns + RACY_NS < record[5]:
            self.seen[key] = record
            return record[4]
        hashed_at = time.time_ns()
        sha256 = file_sha256(path)
        racy = st.st_ctime_ns + RACY_NS >= hashed_at
        if racy and record is not None and record[:5] == [*stamp, sha256]:
            self.seen[key] = record  # no better than the last record: kept, so nothing is written
        else:
            self.seen[key] = [*stamp, sha256, hashed_at]
        return sha256

    def save(self) -> None:
        """Record the digests of the files looked at since this object was made (and no others)."""
        if self.path is None or not self.seen or self.seen == self.known or not self.path.parent.is_dir():
            return  # a build that changed nothing writes nothing
        text = "".join(json.dumps(path) + "\t" + "\t".join(map(str, record)) + "\n"
                       for path, record in self.seen.items())
        try:
            atomic_write(self.path, lambda fh: fh.write(text), mode="w", durable=False)
        except OSError:
            pass  # only a speed-up: the next build hashes the files again
