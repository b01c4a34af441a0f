"""Shared fixtures: paths of the seed reports and gold files, and extraction of the seeds once."""
from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "gold"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_results(seed_paths):
    """The DocumentResult of every seed report, extracted once per test session."""
    from fazhi.report_map import extract_paths

    return {r.report.doc_id: r for r in extract_paths(seed_paths)}


@pytest.fixture(scope="session")
def seed_predictions(seed_results):
    from fazhi.serialize import result_to_json

    return {doc[:-4]: result_to_json(r) for doc, r in seed_results.items()}


@pytest.fixture(scope="session")
def gold():
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}


class SeedBuild(NamedTuple):
    folder: Path
    summary: object  # fazhi.build.BuildSummary
    graph: object  # networkx.MultiDiGraph
    store: Path
    exports: Path


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """`fazhi build seeds` into a temporary folder, once per session.

    ``folder / "graph" / "store"`` is the store (its lookup index beside it), ``folder / "exports"``
    the exports, ``folder / "graph" / "cache"`` the per-report cache.
    """
    from fazhi.build import build_corpus

    out = tmp_path_factory.mktemp("seed-build")
    store, exports = out / "graph" / "store", out / "exports"
    summary, graph = build_corpus([SEEDS], store=store, exports=exports, cache_dir=out / "graph" / "cache")
    return SeedBuild(out, summary, graph, store, exports)
