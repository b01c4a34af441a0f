"""The embedded, persistent SPARQL store (Oxigraph, on disk under ``graph/store``).

A build never writes into the store that readers use. It takes a checkpoint of the current
store (hard links, instant), rewrites in the checkpoint only the named graphs whose content
changed — one report's graph when one report changed — and swaps it in with renames, so a
build killed at any moment leaves the previous store intact, and a reader (``fazhi sparql``,
``fazhi serve``) never opens a store that is being written.

pyoxigraph is used directly rather than through rdflib: measured on a million triples it
loads and answers the cookbook one to two orders of magnitude faster than rdflib's own store
(``bench/results/store_engines.md``). ``rdflib_dataset`` gives the same store to code written
for rdflib, through oxrdflib.
"""
from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, QueryResultsFormat, Store

from fazhi.kg.rdf import PREFIXES


class StoreError(RuntimeError):
    """The store is missing or unreadable; the message says what to do."""


@dataclass
class StoreUpdate:
    """What writing the store did."""

    quads: int  # quads in the store afterwards
    graphs: int  # graphs in the store afterwards (named graphs, plus the default graph if used)
    rewritten: list[str] = field(default_factory=list)  # graphs whose content changed (added, replaced, removed)
    from_scratch: bool = False  # no previous store: everything was written anew


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def _graph_label(graph) -> str:
    return "" if isinstance(graph, DefaultGraph) else graph.value


def _by_graph(quads: Iterable[Quad]) -> dict:
    grouped: dict = defaultdict(set)
    for quad in quads:
        grouped[quad.graph_name].add(quad)
    return grouped


def write_store(path: Path, quads: Iterable[Quad]) -> StoreUpdate:
    """Make the store at ``path`` hold exactly ``quads``, rewriting only the graphs that changed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = path.with_name(path.name + ".new")
    old = path.with_name(path.name + ".old")
    for leftover in (fresh, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    wanted = _by_graph(quads)
    update = None
    if path.exists():
        try:
            Store.read_only(str(path)).backup(str(fresh))
        except OSError:
            shutil.rmtree(fresh, ignore_errors=True)  # an unreadable store is rebuilt, not patched
        else:
            update = _rewrite_changed_graphs(Store(str(fresh)), wanted)
    if update is None:
        store = Store(str(fresh))
        for graph_quads in wanted.values():
            store.bulk_extend(graph_quads)
        store.flush()
        del store
        update = StoreUpdate(quads=sum(map(len, wanted.values())), graphs=len(wanted),
                             rewritten=sorted(_graph_label(g) for g in wanted), from_scratch=True)
    if path.exists():
        path.rename(old)
    fresh.rename(path)
    if old.exists():
        shutil.rmtree(old)
    return update


def _rewrite_changed_graphs(store: Store, wanted: dict) -> StoreUpdate:
    """Bring ``store`` to ``wanted`` graph by graph; graphs whose quads are unchanged are not touched."""
    present = set(store.named_graphs())
    if next(iter(store.quads_for_pattern(None, None, None, DefaultGraph())), None) is not None:
        present.add(DefaultGraph())
    rewritten = []
    for graph in sorted(present | set(wanted), key=_graph_label):
        new = wanted.get(graph, set())
        current = set(store.quads_for_pattern(None, None, None, graph))
        if current == new:
            continue
        rewritten.append(_graph_label(graph))
        for quad in current - new:
            store.remove(quad)
        if new:
            store.extend(new - current)
        elif isinstance(graph, NamedNode):
            store.remove_graph(graph)
    store.flush()
    del store
    return StoreUpdate(quads=sum(map(len, wanted.values())), graphs=len(wanted), rewritten=rewritten)


def open_store(path: Path) -> Store:
    """The built store, read-only, so that queries can run while nothing writes."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"no store at {path}: run `fazhi build` first")
    try:
        return Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path}: {exc}") from None


def query(store: Store, sparql: str, *, union: bool = True, **options):
    """Run SPARQL with the fazhi prefixes predeclared (a query's own PREFIX lines win).

    By default the default graph is the union of all named graphs (every report and the
    entities); ``GRAPH ?g { … }`` still reaches each graph by name.
    """
    if union and "default_graph" not in options:
        options["use_default_graph_as_union"] = True
    return store.query(sparql, prefixes=PREFIXES, **options)


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
