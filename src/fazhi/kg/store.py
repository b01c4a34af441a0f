"""The embedded, persistent SPARQL store (Oxigraph, on disk under ``graph/store``).

A build writes a complete new store beside the old one and swaps it in with renames, so
a build killed at any moment leaves the previous store intact and usable.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import Quad, QueryResultsFormat, Store

from fazhi.kg.rdf import PREFIXES


class StoreError(RuntimeError):
    """The store is missing or unreadable; the message says what to do."""


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def write_store(path: Path, quads: Iterable[Quad]) -> int:
    """Replace the store at ``path`` by one holding ``quads``; returns the number of quads."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = path.with_name(path.name + ".new")
    old = path.with_name(path.name + ".old")
    for leftover in (fresh, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    store = Store(str(fresh))
    count = 0

    def counted() -> Iterable[Quad]:  # streamed: a corpus's quads need not fit in memory
        nonlocal count
        for quad in quads:
            count += 1
            yield quad

    store.bulk_extend(counted())
    store.flush()
    del store
    if path.exists():
        path.rename(old)
    fresh.rename(path)
    if old.exists():
        shutil.rmtree(old)
    return count


def open_store(path: Path) -> Store:
    """The built store, read-only, so that queries can run while nothing writes."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"no store at {path}: run `fazhi build` first")
    try:
        return Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path}: {exc}") from None


def query(store: Store, sparql: str, *, with_prefixes: bool = True):
    """Run SPARQL over the union of all named graphs (every report and the entities)."""
    text = (sparql_prefixes() + sparql) if with_prefixes and "PREFIX" not in sparql.upper() else sparql
    return store.query(text, use_default_graph_as_union=True)


def results_as(results, fmt: str) -> bytes:
    formats = {"json": QueryResultsFormat.JSON, "csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV,
               "xml": QueryResultsFormat.XML}
    return results.serialize(format=formats[fmt])
