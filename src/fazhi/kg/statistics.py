"""Counts the cookbook asks for, computed once by the reduce from the merged graph and written
into the entities graph: a question over ten thousand reports then reads a number on each
entity instead of counting millions of statements (``graph/queries/01``, ``04``, ``05``, ``13``).

Each count equals what SPARQL counts over the reports' graphs (tested on the seed graph).
"""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import combinations

import networkx as nx
from pyoxigraph import NamedNode, Quad

from fazhi.kg.rdf import ENTITIES_GRAPH, FZ, ID, RDF, _digest, _lit, _n, iri_for_key
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
    for (first, second), reports in sorted(frequent_co_citations(co_citation_counts(cited.values())).items()):
        yield from co_citation_quads(first, second, reports)
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


# --- co-citation: the pairs of regulations reports cite together (graph/queries/04) ---------

# The pairs the entities graph holds: the most cited together, this many and all those tied
# with the last of them, each cited together by two reports or more. Counting every pair of
# citations in SPARQL took 0.6 s on ten thousand reports (9 s when reports cite more); the
# top hundred of these takes milliseconds. The lookup index keeps the count of every pair, so
# that an incremental build moves them by a changed report's pairs alone.
CO_CITATION_PAIRS = 1000
CO_CITATION = _n(FZ + "CoCitation")
CO_CITED = _n(FZ + "coCited")
CO_CITING_REPORTS = _n(FZ + "coCitingReports")
_RDF_TYPE = _n(RDF + "type")


def co_citation_counts(cited: Iterable[Iterable[str]]) -> Counter:
    """(first, second) → how many of the reports cite both, from each report's cited
    regulations (keys; first < second)."""
    counts: Counter = Counter()
    for regulations in cited:
        counts.update(combinations(sorted(regulations), 2))
    return counts


def co_citation_floor(counts: Iterable[int], size: int | None = None) -> int:
    """The fewest reports a pair kept in the graph is cited together by: the ``size``-th
    highest count (``CO_CITATION_PAIRS``), and at least two."""
    size = CO_CITATION_PAIRS if size is None else size
    top = heapq.nlargest(size, counts)
    return max(2, top[-1]) if top and len(top) == size else 2


def frequent_co_citations(counts: Mapping[tuple[str, str], int], size: int | None = None) -> dict:
    """The pairs of ``counts`` at or above ``co_citation_floor``."""
    floor = co_citation_floor(counts.values(), size)
    return {pair: n for pair, n in counts.items() if n >= floor}


def co_citation_iri(first: str, second: str) -> NamedNode:
    """The IRI of the pair of regulations with these keys (first < second)."""
    return _n(ID + "cocitation/" + _digest(first + "\n" + second))


def co_citation_quads(first: str, second: str, reports: int) -> Iterator[Quad]:
    """A fz:CoCitation node: the two regulations (keys) and the reports citing both."""
    node = co_citation_iri(first, second)
    yield Quad(node, _RDF_TYPE, CO_CITATION, ENTITIES_GRAPH)
    yield Quad(node, CO_CITED, iri_for_key(first), ENTITIES_GRAPH)
    yield Quad(node, CO_CITED, iri_for_key(second), ENTITIES_GRAPH)
    yield Quad(node, CO_CITING_REPORTS, _lit(reports), ENTITIES_GRAPH)
