"""Counts the cookbook asks for, computed once by the reduce from the merged graph and written
into the entities graph: a question over ten thousand reports then reads a number on each
entity instead of counting millions of statements (``graph/queries/01``, ``05``, ``13``).

Each count equals what SPARQL counts over the reports' graphs (tested on the seed graph).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import networkx as nx
from pyoxigraph import Quad

from fazhi.kg.rdf import ENTITIES_GRAPH, FZ, _lit, _n, iri_for_key
from fazhi.model import EdgeType, Kind

CITES, IMPLEMENTS, JURISDICTION = EdgeType.CITES.value, EdgeType.IMPLEMENTS.value, EdgeType.JURISDICTION.value


def statistics_quads(graph: nx.MultiDiGraph) -> Iterator[Quad]:
    """Per regulation, the reports citing it (``fz:citingReports``); per measure, the bodies
    carrying it out and their places (``fz:adopters``, ``fz:adopterPlaces``); per report, the
    regulations it cites and its statements with evidence (``fz:citedRegulations``,
    ``fz:statements``). A count is written only when it is not zero, as SPARQL's grouping
    gives no row for nothing."""
    g = ENTITIES_GRAPH

    def count(node: str, prop: str, value: int) -> Quad:
        return Quad(iri_for_key(node), _n(FZ + prop), _lit(value), g)

    kinds = {node: data.get("kind") for node, data in graph.nodes(data=True)}
    statements = Counter(e.doc_id for _, _, data in graph.edges(data=True) for e in data.get("evidence", ()))
    for node, kind in kinds.items():
        if kind == Kind.REGULATION.value:
            citing = {s for s, _, key in graph.in_edges(node, keys=True) if key == CITES}
            if citing:
                yield count(node, "citingReports", len(citing))
        elif kind == Kind.MEASURE.value:
            adopters = {s for s, _, key in graph.in_edges(node, keys=True) if key == IMPLEMENTS}
            if adopters:
                places = {t for a in adopters for _, t, key in graph.out_edges(a, keys=True) if key == JURISDICTION}
                yield count(node, "adopters", len(adopters))
                yield count(node, "adopterPlaces", len(places))
        elif kind == Kind.REPORT.value:
            doc_id = graph.nodes[node].get("doc_id")
            cited = {t for _, t, key in graph.out_edges(node, keys=True) if key == CITES}
            if cited:
                yield count(node, "citedRegulations", len(cited))
            if statements[doc_id]:  # its fz:Mention nodes: one per evidence record (edge, span)
                yield count(node, "statements", statements[doc_id])
