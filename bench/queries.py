"""Latency of the SPARQL cookbook (``graph/queries/*.rq``) and of ``fazhi lookup`` on a built store.

Times are in-process (the store opened once, as a service or a notebook would hold it):
the first run of each query (cold) and the median of the next runs (warm), every result
row read. ``fazhi lookup`` on the command line adds the start of Python and the imports;
that is measured apart (``cli_lookup_s``).
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What a researcher looks up: a national law by its short name, a national body, a
# misspelt law (fuzzy), and a local body and a measure picked from the store itself.
FIXED_LOOKUPS = ("宪法", "国务院", "行政复义法")


def _drain(results) -> int:
    if isinstance(results, bool):
        return 1
    return sum(1 for _ in results)


def _timed(work, warm_runs: int) -> dict:
    started = time.perf_counter()
    rows = work()
    cold = time.perf_counter() - started
    warm = []
    # a slow one is not worth five more runs (a lookup on a large store takes minutes today)
    for _ in range(warm_runs if cold < 2 else 1 if cold < 30 else 0):
        started = time.perf_counter()
        work()
        warm.append(time.perf_counter() - started)
    return {"cold_ms": cold * 1000, "warm_ms": statistics.median(warm) * 1000 if warm else None, "rows": rows}


def sample_names(store) -> list[str]:
    """A local organization and a measure named in the store (the first by IRI, for repeatability)."""
    from fazhi.kg.store import query

    names = []
    for cls in ("Organization", "Measure"):
        rows = list(query(store, f"SELECT ?n WHERE {{ GRAPH fzg:entities {{ ?s a fz:{cls} ; skos:prefLabel ?n ; "
                                 f"fz:category ?c }} FILTER(?c != 'other') }} ORDER BY ?s LIMIT 1"))
        if rows:
            names.append(rows[0]["n"].value)
    return names


def measure(store_path: Path, warm_runs: int = 5) -> dict:
    from fazhi.kg.lookup import LookupIndex
    from fazhi.kg.store import open_store, query

    store = open_store(store_path)
    out: dict = {"cookbook": {}, "lookup": {}}
    for rq in sorted((ROOT / "graph" / "queries").glob("*.rq")):
        text = rq.read_text(encoding="utf-8")
        out["cookbook"][rq.stem] = _timed(lambda: _drain(query(store, text)), warm_runs)
    index = LookupIndex.for_store(store_path)

    def lookup(name: str):
        def work() -> int:
            candidates = index.find(name)
            exact = [c for c in candidates if c.score >= 100.0]
            chosen = exact[0] if exact else (candidates[0] if candidates else None)
            if chosen is not None:
                return len(index.card(chosen.iri).evidence)
            return 0
        return work

    for name in (*FIXED_LOOKUPS, *sample_names(store)):
        out["lookup"][name] = _timed(lookup(name), warm_runs)
    started = time.perf_counter()
    subprocess.run([str(Path(sys.executable).with_name("fazhi")), "lookup", "宪法", "--store", str(store_path)],
                   capture_output=True, check=False)
    out["cli_lookup_s"] = time.perf_counter() - started
    return out
