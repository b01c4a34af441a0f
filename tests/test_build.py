"""Graph, RDF, store and exports: one node per entity, evidence on edges, byte-identical builds."""
from __future__ import annotations

import filecmp
from pathlib import Path

import networkx as nx
import pytest
import rdflib

from fazhi.build import build_corpus
from fazhi.kg.graph import build_graph
from fazhi.kg.store import open_store, query

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    summary, graph = build_corpus([ROOT / "seeds"], store=out / "graph" / "store", exports=out / "exports",
                                  cache_dir=out / "graph" / "cache")
    return out, summary, graph


def test_one_node_per_canonical_entity_across_reports(seed_results):
    graph = build_graph(seed_results.values())
    constitution = [n for n, d in graph.nodes(data=True) if d.get("name") == "中华人民共和国宪法"]
    assert len(constitution) == 1
    citing = {s for s, _, k in graph.in_edges(constitution[0], keys=True) if k == "CITES"}
    assert len(citing) >= 3  # 孝义, 吉州区 and 威宁 all cite the Constitution
    # 县司法局 of one county is not the 司法局 of another
    justice = [d["name"] for _, d in graph.nodes(data=True) if d.get("kind") == "Organization" and d["name"].endswith("司法局")]
    assert "清河县司法局" in justice and "威宁彝族回族苗族自治县司法局" in justice


def test_every_relation_edge_carries_evidence(seed_results):
    graph = build_graph(seed_results.values())
    for source, target, key, data in graph.edges(keys=True, data=True):
        if key in ("CITES", "IMPLEMENTS", "ISSUES", "STUDIES", "MENTIONS", "TRANSMITS", "BASED_ON"):
            assert data["evidence"], (source, target, key)
            for ev in data["evidence"]:
                text = (ROOT / "seeds" / ev.doc_id).read_text(encoding="utf-8")
                assert ev.sentence and text[ev.start:ev.end] in ev.sentence


def test_build_writes_store_and_exports(built):
    out, summary, _ = built
    assert summary.documents == 5 and not summary.failures
    for name in ("fazhi.ttl", "fazhi.trig", "fazhi.graphml", "fazhi.gexf"):
        assert (out / "exports" / name).stat().st_size > 0
    store = open_store(out / "graph" / "store")
    graphs = {str(row["g"].value) for row in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert sum("/graph/report/" in g for g in graphs) == 5  # one named graph per report
    rows = list(query(store, "SELECT ?r WHERE { ?r eli:cites ?x . ?x skos:prefLabel '重大行政决策程序暂行条例'@zh }"))
    assert len(rows) == 2


def test_the_store_holds_exactly_the_quads_of_the_trig_export(built):
    # the store is bulk-loaded from the reports' TriG blocks read one after another, while the
    # exports are written from the same blocks: both must say the same
    from pyoxigraph import RdfFormat, parse

    out, summary, _ = built
    exported = set(parse(path=str(out / "exports" / "fazhi.trig"), format=RdfFormat.TRIG))
    stored = set(open_store(out / "graph" / "store"))
    assert stored == exported and len(stored) == summary.quads


def test_exports_parse_and_keep_chinese_labels(built):
    out, _, graph = built
    ttl = rdflib.Graph().parse(out / "exports" / "fazhi.ttl", format="turtle")
    assert (None, rdflib.SKOS.prefLabel, rdflib.Literal("中华人民共和国宪法", lang="zh")) in ttl
    ds = rdflib.Dataset()
    ds.parse(out / "exports" / "fazhi.trig", format="trig")
    assert len(list(ds.graphs())) >= 6
    for name, reader in (("fazhi.graphml", nx.read_graphml), ("fazhi.gexf", nx.read_gexf)):
        g = reader(out / "exports" / name)
        labels = {d.get("label") for _, d in g.nodes(data=True)}
        assert "中华人民共和国宪法" in labels, name
        assert g.number_of_nodes() == graph.number_of_nodes()


def test_building_twice_is_byte_identical_and_matches_the_checked_in_exports(built, tmp_path):
    out, _, _ = built
    build_corpus([ROOT / "seeds"], store=tmp_path / "store", exports=tmp_path / "exports", cache_dir=None)
    for name in ("fazhi.ttl", "fazhi.trig", "fazhi.graphml", "fazhi.gexf"):
        assert filecmp.cmp(out / "exports" / name, tmp_path / "exports" / name, shallow=False), name
        assert filecmp.cmp(ROOT / "exports" / name, tmp_path / "exports" / name, shallow=False), \
            f"exports/{name} is not what `fazhi build seeds` writes: rebuild and commit it"
