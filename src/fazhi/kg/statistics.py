"""Counts the cookbook asks for, computed once by the reduce from the merged graph and written
into the entities graph: a question over ten thousand reports then reads a number on each
entity instead of counting millions of statements (``graph/queries/01``, ``05``, ``13``).

Each count equals what SPARQL counts over the reports' graphs (tested on the seed graph).
"""
from __future__ import annotations

from collections import Counter, defaultdict
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

    # One pass over the edges gathers every set the counts need: asking each measure's
    # adopters for their out-edges instead took 30 s at ten thousand reports (a body that
    # adopts many measures has thousands of edges, read once per measure).
    citing: dict[str, set] = defaultdict(set)  # regulation → sources of eli:cites
    adopters: dict[str, set] = defaultdict(set)  # measure → sources of fz:implements
    places: dict[str, set] = defaultdict(set)  # body → its jurisdictions
    statements: Counter = Counter()
    for source, target, key, evidence in graph.edges(keys=True, data="evidence"):
        if key == CITES:
            citing[target].add(source)
        elif key == IMPLEMENTS:
            adopters[target].add(source)
        elif key == JURISDICTION:
            places[source].add(target)
        for e in evidence or ():
            statements[e.doc_id] += 1
    cited: dict[str, set] = defaultdict(set)  # report → the regulations it cites
    for regulation, sources in citing.items():
        for source in sources:
            cited[source].add(regulation)
    for node, kind in graph.nodes(data="kind"):
        if kind == Kind.REGULATION.value:
            if citing.get(node):
                yield count(node, "citingReports", len(citing[node]))
        elif kind == Kind.MEASURE.value:
            if adopters.get(node):
                yield count(node, "adopters", len(adopters[node]))
                yield count(node, "adopterPlaces", len(set().union(*(places.get(a, ()) for a in adopters[node]))))
        elif kind == Kind.REPORT.value:
            doc_id = graph.nodes[node].get("doc_id")
            if cited.get(node):
                yield count(node, "citedRegulations", len(cited[node]))
            if statements[doc_id]:  # its fz:Mention nodes: one per evidence record (edge, span)
                yield count(node, "statements", statements[doc_id])
