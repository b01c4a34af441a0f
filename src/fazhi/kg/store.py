"""The embedded, persistent SPARQL store (Oxigraph, on disk under ``graph/store``).

A build never writes into the store that readers use. It takes a checkpoint of the current
store (hard links, instant), rewrites in the checkpoint only the named graphs whose content
changed — one report's graph when one report changed, found by comparing the digest of each
graph with the one recorded beside the store — and swaps it in with renames, so a build killed at any moment leaves the
previous store intact, and a reader (``fazhi sparql``, ``fazhi serve``) never opens a store
that is being written.

pyoxigraph is used directly rather than through rdflib's own store: measured on a million
triples it answers the whole cookbook about 80 times faster (every query under 1.5 s, against
six minutes in all) and loads three times faster (``bench/results/store_engines.md``).
``rdflib_dataset`` gives the same store to code written for rdflib, through oxrdflib, at
almost no extra cost.
"""
from __future__ import annotations

import gc
import hashlib
import json
import shutil
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import DefaultGraph, NamedNode, Quad, QueryResultsFormat, RdfFormat, Store

from fazhi.kg.files import atomic_write
from fazhi.kg.rdf import PREFIXES
from fazhi.kg.rdf_files import trig_document

# Kept inside the store folder, so that it is swapped in with the store it describes: the
# digest of each graph, which tells the next build which graphs changed without reading them.
DIGESTS = "fazhi-graphs.json"


class StoreError(RuntimeError):
    """The store is missing or unreadable; the message says what to do."""


@dataclass
class StoreUpdate:
    """What writing the store did."""

    quads: int  # quads in the store afterwards
    graphs: int  # graphs in the store afterwards (named graphs, plus the default graph if used)
    rewritten: list[str] = field(default_factory=list)  # graphs whose content changed (added, replaced, removed)
    from_scratch: bool = False  # no previous store, or most of it changed: everything was written anew


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def recover_interrupted_swap(path: Path) -> None:
    """Put back the previous store when a build died between the two renames of its swap."""
    path = Path(path)
    old = path.with_name(path.name + ".old")
    if not path.exists() and old.is_dir():
        old.rename(path)


def _graph_label(graph) -> str:
    return "" if isinstance(graph, DefaultGraph) else graph.value


@dataclass(frozen=True)
class GraphSource:
    """One named graph the store must hold: its IRI, a digest that changes exactly when its
    content does, its size, and how to read its quads (called only when it is written).

    ``trig``, when given, opens the same statements as a binary stream of one TriG block
    written with the fazhi prefixes (``RdfPart.trig``, without the @prefix lines): a new
    store is then bulk-loaded from the text by Oxigraph's own parser, which runs without
    Python's lock and a fifth faster than handing it parsed quads."""

    iri: str
    digest: str
    quads: Callable[[], Iterable[Quad]]
    size: int
    trig: Callable[[], BinaryIO] | None = None


def graph_sources_of(quads: Iterable[Quad]) -> list[GraphSource]:
    """Sources for quads held in memory (small datasets, tests): the digest is of the quads."""
    grouped: dict = defaultdict(set)
    for quad in quads:
        grouped[quad.graph_name].add(quad)
    return [GraphSource(_graph_label(g), _digest(q), (lambda q=q: q), len(q)) for g, q in grouped.items()]


def _digest(quads: Iterable[Quad]) -> str:
    """SHA-256 of a graph's quads as sorted N-Quads lines: equal exactly when the graphs are."""
    digest = hashlib.sha256()
    for line in sorted(map(str, quads)):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def _recorded(path: Path) -> dict[str, dict] | None:
    """The digest and size of each graph, as the build that wrote the store recorded them."""
    try:
        recorded = json.loads((path / DIGESTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # a store written before digests were kept, or damaged: it is rebuilt
    if not isinstance(recorded, dict) or not all(isinstance(v, dict) and {"digest", "quads"} <= v.keys()
                                                 for v in recorded.values()):
        return None
    return recorded


def _node(label: str):
    return DefaultGraph() if label == "" else NamedNode(label)


def _store_filler(path: Path, graphs: Iterable[GraphSource]
                  ) -> tuple[Callable[[Path], StoreUpdate], dict[str, dict]]:
    """How to fill a new store holding exactly ``graphs`` (given the previous one at ``path``),
    and the digests to record beside it."""
    wanted = {source.iri: source for source in graphs}
    record = {label: {"digest": s.digest, "quads": s.size} for label, s in sorted(wanted.items())}

    def fill(fresh: Path) -> StoreUpdate:
        recorded = _recorded(path)
        if path.exists() and not _mostly_changed(recorded, wanted):
            try:
                Store.read_only(str(path)).backup(str(fresh))
            except OSError:
                shutil.rmtree(fresh, ignore_errors=True)  # an unreadable store is rebuilt, not patched
            else:
                return _rewrite_changed_graphs(fresh, wanted, recorded)
        return _write_from_scratch(fresh, wanted)

    return fill, record


def write_store(path: Path, graphs: Iterable[GraphSource]) -> StoreUpdate:
    """Make the store at ``path`` hold exactly ``graphs``, rewriting only those that changed.

    A graph is unchanged when its digest equals the one recorded beside the previous store;
    its quads are then never read. When most of the store changed (a new version of fazhi
    re-extracted every report), or there is no previous store, the store is written anew,
    streaming every graph's quads into Oxigraph's bulk loader (nothing held in memory).
    """
    return prepare_store(path, graphs).swap_in()


def prepare_store(path: Path, graphs: Iterable[GraphSource]) -> PreparedStore:
    """Write beside ``path`` the store ``write_store`` would, without swapping it in yet.

    Readers and the store at ``path`` are untouched until ``swap_in``; ``discard`` drops it.
    Most of the time goes to Oxigraph's bulk loader, which does not hold Python's lock: a
    build writes its other outputs in the meantime (``fazhi.build``).
    """
    fill, record = _store_filler(Path(path), graphs)
    return _fill_beside(Path(path), fill, record)


@dataclass
class PreparedStore:
    """A complete new store written beside the one at ``path``, waiting to replace it."""

    path: Path
    fresh: Path
    update: StoreUpdate

    def swap_in(self) -> StoreUpdate:
        """Replace the store at ``path`` with this one (two renames)."""
        old = self.path.with_name(self.path.name + ".old")
        if self.path.exists():
            self.path.rename(old)
        self.fresh.rename(self.path)
        if old.exists():
            shutil.rmtree(old)
        return self.update

    def discard(self) -> None:
        """Drop this store, leaving the one at ``path`` as it was."""
        shutil.rmtree(self.fresh, ignore_errors=True)


@dataclass(frozen=True)
class GraphPatch:
    """A change to one graph of the store that leaves most of it as it is: every quad of
    ``subjects``, and every quad of the (subject, predicate) ``pairs``, is replaced by ``quads``
    (each of which has one of those subjects or pairs)."""

    iri: str
    subjects: list[NamedNode]
    quads: list[Quad]
    pairs: list[tuple[NamedNode, NamedNode]] = field(default_factory=list)


def patch_store(path: Path, graphs: Iterable[GraphSource], removed: Iterable[str], patch: GraphPatch) -> StoreUpdate:
    """Replace (or add) ``graphs`` and remove the graphs ``removed`` in the store at ``path``, and
    apply ``patch``: what an incremental build changes. The patched graph is recorded with a
    digest no full build gives, so that the next full build rewrites it whole.

    Raises ``StoreError`` when there is no store with recorded digests to patch."""
    path = Path(path)
    recover_interrupted_swap(path)
    recorded = _recorded(path)
    if recorded is None or not path.exists():
        raise StoreError(f"no store with recorded graphs at {path} to patch")
    wanted = {source.iri: source for source in graphs}
    removed = set(removed) - set(wanted)
    record = {label: dict(value) for label, value in recorded.items() if label not in removed}
    rewritten = sorted(set(wanted) | (removed & set(recorded)) | {patch.iri})

    def fill(fresh: Path) -> StoreUpdate:
        Store.read_only(str(path)).backup(str(fresh))
        store = Store(str(fresh))
        for label in sorted((set(wanted) | removed) & set(recorded)):
            _drop_graph(store, label)
        for source in wanted.values():
            store.bulk_extend(source.quads())
            record[source.iri] = {"digest": source.digest, "quads": source.size}
        graph = _node(patch.iri)
        gone = [q for subject in patch.subjects for q in store.quads_for_pattern(subject, None, None, graph)]
        gone += [q for subject, predicate in patch.pairs for q in store.quads_for_pattern(subject, predicate, None, graph)]
        for quad in gone:
            store.remove(quad)
        added = set(patch.quads)
        store.extend(added)
        store.flush()
        del store
        before = record.get(patch.iri, {"digest": "", "quads": 0})
        digest = hashlib.sha256((before["digest"] + "".join(sorted(map(str, added)))).encode("utf-8")).hexdigest()
        record[patch.iri] = {"digest": "patched-" + digest, "quads": before["quads"] - len(gone) + len(added)}
        return StoreUpdate(quads=sum(v["quads"] for v in record.values()), graphs=len(record), rewritten=rewritten)

    return _replace_store(path, fill, record)


def _replace_store(path: Path, fill: Callable[[Path], StoreUpdate], record: dict[str, dict]) -> StoreUpdate:
    """Write the new store beside the old one with ``fill`` (given the new store's folder) and
    swap it in with renames; ``record`` (the graphs' digests, which ``fill`` may complete) is
    kept in it. A failure leaves the old store as it was."""
    return _fill_beside(path, fill, record).swap_in()


def _fill_beside(path: Path, fill: Callable[[Path], StoreUpdate], record: dict[str, dict]) -> PreparedStore:
    """The new store, written beside the old one with ``fill`` (given the new store's folder),
    ``record`` kept in it. A failure leaves nothing behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = path.with_name(path.name + ".new")
    old = path.with_name(path.name + ".old")
    recover_interrupted_swap(path)
    for leftover in (fresh, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    try:
        update = fill(fresh)
        (fresh / DIGESTS).write_text(json.dumps(record, indent=0, sort_keys=True), encoding="utf-8")
    except BaseException as exc:
        # a half-written store is never kept; the Store objects in the failed frames hold its
        # database open (and write to it when they go), so they are dropped before the folder
        traceback.clear_frames(exc.__traceback__)
        gc.collect()
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return PreparedStore(path, fresh, update)


def _mostly_changed(recorded: dict[str, dict] | None, wanted: dict[str, GraphSource]) -> bool:
    """Whether more than half of the quads wanted are in graphs that changed: then a new store
    is written faster than the old one is patched (Oxigraph removes a graph at about 20 k quads
    a second, and its bulk loader fills an empty store faster than an indexed one; at 1k
    reports, all changed: 17 s anew against 100 s patched)."""
    if recorded is None:
        return False  # an old store without digests is compared graph by graph
    changed = sum(s.size for label, s in wanted.items() if recorded.get(label, {}).get("digest") != s.digest)
    return changed * 2 > sum(s.size for s in wanted.values())


def _write_from_scratch(fresh: Path, wanted: dict[str, GraphSource]) -> StoreUpdate:
    """A new store at ``fresh``, every graph's quads streamed into Oxigraph's bulk loader."""
    store = Store(str(fresh))
    sources = list(wanted.values())
    if all(source.trig is not None for source in sources):
        store.bulk_load(trig_document(source.trig for source in sources), format=RdfFormat.TRIG)
    else:
        store.bulk_extend(q for source in sources for q in source.quads())
    _compact(store)
    del store
    return StoreUpdate(quads=sum(s.size for s in wanted.values()), graphs=len(wanted), rewritten=sorted(wanted),
                       from_scratch=True)


def _digests_by_comparison(store: Store, wanted: dict[str, GraphSource]) -> dict[str, dict]:
    """What the digests of ``store``'s graphs would have been: a graph holding exactly the
    wanted quads gets the wanted digest, any other one a digest that matches nothing."""
    present = {_graph_label(g) for g in store.named_graphs()}
    if next(iter(store.quads_for_pattern(None, None, None, DefaultGraph())), None) is not None:
        present.add("")
    recorded = {}
    for label in present:
        source = wanted.get(label)
        same = source is not None and set(store.quads_for_pattern(None, None, None, _node(label))) == set(source.quads())
        recorded[label] = {"digest": source.digest if same else "", "quads": 0}
    return recorded


def _rewrite_changed_graphs(fresh: Path, wanted: dict[str, GraphSource], recorded: dict[str, dict] | None) -> StoreUpdate:
    """Bring the store copied to ``fresh`` to ``wanted`` graph by graph; graphs whose digest
    is unchanged are not touched. (The store is opened here, not by the caller, so that a
    failure leaves no frame that still executes holding it open.)"""
    store = Store(str(fresh))
    if recorded is None:  # a store written before digests were kept: its graphs are compared
        recorded = _digests_by_comparison(store, wanted)
    rewritten = []
    for label in sorted(set(recorded) | set(wanted)):
        source = wanted.get(label)
        if source is not None and label in recorded and recorded[label]["digest"] == source.digest:
            continue
        rewritten.append(label)
        if label in recorded:
            _drop_graph(store, label)
        if source is not None:
            store.bulk_extend(source.quads())
    _compact(store)
    del store
    return StoreUpdate(quads=sum(s.size for s in wanted.values()), graphs=len(wanted), rewritten=rewritten)


def _drop_graph(store: Store, label: str) -> None:
    """Remove the graph ``label`` ("" is the default graph, which can only be emptied)."""
    graph = _node(label)
    if isinstance(graph, DefaultGraph):
        store.clear_graph(graph)
    else:
        store.remove_graph(graph)


def _compact(store: Store) -> None:
    """Flush ``store`` and compact its files (RocksDB's, inside Oxigraph). A bulk-loaded store
    leaves many overlapping files that every lookup must read: at ten thousand reports the
    cookbook's slower queries ran 3 to 7 times faster after compacting, which took 30 s. An
    incremental patch does not compact (it would cost the same 30 s for a few hundred quads)."""
    store.flush()
    store.optimize()


def manifest_path(store: Path) -> Path:
    """The build's manifest, beside the store: the reports, the code and the outputs of the last
    build (``fazhi.build`` writes it; ``fazhi serve`` watches it for a new build)."""
    return Path(store).with_name("manifest.json")


def open_store(path: Path) -> Store:
    """The built store, read-only, so that queries can run while nothing writes."""
    path = Path(path)
    old = path.with_name(path.name + ".old")
    if not path.exists() and old.is_dir():
        path = old  # a build died in the middle of swapping stores: the previous one is here
    if not path.exists():
        raise StoreError(f"no store at {path}: run `fazhi build` first")
    try:
        return Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path}: {exc}") from None


def dump_nquads(path: Path, out: Path) -> Path:
    """Every quad of the store at ``path`` as N-Quads (gzipped when ``out`` ends in .gz), the
    form that large SPARQL engines (QLever, Virtuoso, Apache Jena) bulk-load. Streamed by
    Oxigraph: the store is never held in memory. Written to a temporary file, renamed when complete."""
    import gzip

    store = open_store(path)
    out = Path(out)

    def write(fh) -> None:
        if out.suffix == ".gz":
            with gzip.GzipFile(fileobj=fh, mode="wb", mtime=0) as zipped:
                store.dump(zipped, format=RdfFormat.N_QUADS)
        else:
            store.dump(fh, format=RdfFormat.N_QUADS)

    atomic_write(out, write)
    return out


def query(store: Store, sparql: str, *, union: bool = True, with_prefixes: bool = True, **options):
    """Run SPARQL with the fazhi prefixes predeclared (a query's own PREFIX lines win).

    By default the default graph is the union of all named graphs (every report and the
    entities); ``GRAPH ?g { … }`` still reaches each graph by name. Other keyword arguments
    go to ``pyoxigraph.Store.query`` (``default_graph``, ``named_graphs``, ``substitutions`` …).
    """
    if union and "default_graph" not in options:
        options["use_default_graph_as_union"] = True
    return store.query(sparql, prefixes=PREFIXES if with_prefixes else None, **options)


RESULT_FORMATS = {"json": QueryResultsFormat.JSON, "csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV,
                  "xml": QueryResultsFormat.XML}


def results_as(results, fmt: str) -> bytes:
    return results.serialize(format=RESULT_FORMATS[fmt])


def rdflib_dataset(path: Path):
    """The built store as a read-only ``rdflib.Dataset`` (Oxigraph behind rdflib, via oxrdflib).

    Its default graph is the union of all graphs, as in ``fazhi sparql``.
    """
    import rdflib
    from oxrdflib import OxigraphStore

    dataset = rdflib.Dataset(store=OxigraphStore(store=open_store(path)), default_union=True)
    for prefix, iri in PREFIXES.items():
        dataset.bind(prefix, iri, override=True, replace=True)
    return dataset
