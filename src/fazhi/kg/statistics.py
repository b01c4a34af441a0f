"""Counts the cookbook asks for, computed once by the reduce from the merged graph and written
into the entities graph: a question over ten thousand reports then reads a number on each
entity instead of counting millions of statements (``graph/queries/01``, ``05``, ``13``).

Each count equals what SPARQL counts over the reports' graphs (tested on the seed graph).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import networkx as nx
from pyoxigraph import Quad

from fazhi.kg.rdf import ENTITIES_GRAPH, FZ, _lit, _n, iri_for_key
from fazhi.model import DocumentResult, EdgeType, Kind

CITES, IMPLEMENTS, JURISDICTION = EdgeType.CITES.value, EdgeType.IMPLEMENTS.value, EdgeType.JURISDICTION.value


def statistics_quads(graph: nx.MultiDiGraph) -> Iterator[Quad]:
    """Per regulation, the reports citing it (``fz:citingReports``); per measure, the bodies
    carrying it out and their places (``fz:adopters``, ``fz:adopterPlaces``); per report, the
    regulations it cites and its statements with evidence (``fz:citedRegulations``,
    ``fz:statements``). A count is written only when it is not zero, as SPARQL's grouping
    gives no row for nothing."""
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
            counts = NodeCounts(citing_reports=len(citing.get(node, ())))
        elif kind == Kind.MEASURE.value:
            sources = adopters.get(node, ())
            counts = NodeCounts(adopters=len(sources),
                                adopter_places=len(set().union(*(places.get(a, ()) for a in sources))))
        elif kind == Kind.REPORT.value:
            counts = NodeCounts(cited_regulations=len(cited.get(node, ())),
                                statements=statements[graph.nodes[node].get("doc_id")])
        else:
            continue
        yield from counts.quads(node)


@dataclass(frozen=True)
class NodeCounts:
    """The counts of one node (those of other kinds stay zero)."""

    citing_reports: int = 0
    adopters: int = 0
    adopter_places: int = 0
    cited_regulations: int = 0
    statements: int = 0  # a report's fz:Mention nodes: one per evidence record (edge, span)

    def quads(self, node: str) -> Iterator[Quad]:
        subject = iri_for_key(node)
        values = (self.citing_reports, self.adopters, self.adopter_places, self.cited_regulations, self.statements)
        for prop, value in zip(COUNT_PROPERTIES, values):
            # of a measure with adopters, the number of their places is said even when it is 0
            if value or (prop == ADOPTER_PLACES and self.adopters):
                yield Quad(subject, prop, _lit(value), ENTITIES_GRAPH)


# The properties of the counts, in the order of ``NodeCounts``' fields.
COUNT_PROPERTIES = tuple(_n(FZ + name) for name in ("citingReports", "adopters", "adopterPlaces", "citedRegulations",
                                                     "statements"))
ADOPTER_PLACES = COUNT_PROPERTIES[2]


def report_statements(result: DocumentResult) -> int:
    """The statements with evidence a report makes, as ``statistics_quads`` counts them in the
    merged graph (an edge keeps each distinct evidence record once)."""
    doc_id = result.report.doc_id
    return len({(r.source, r.target, r.type, r.evidence) for r in result.relations
                if r.evidence is not None and r.evidence.doc_id == doc_id})
