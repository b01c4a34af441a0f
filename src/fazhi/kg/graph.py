"""Merge every report's ``DocumentResult`` into one networkx ``MultiDiGraph`` (the reduce step).

One node per canonical entity key across all reports (a regulation cited by five reports
is one node), one node per report and per place. Edges are keyed by their type
(``EdgeType``); an edge stated by several reports or sentences is one edge whose
``evidence`` lists every (report, start, end, sentence).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx

from fazhi.model import DocumentResult, Entity, Evidence, Kind

# Attributes copied from entities onto nodes: the first non-empty value in report order wins.
# (A law's version in force differs by report: ``versions`` lists "report: date" per report.)
NODE_ATTRIBUTES = ("doc_number", "doc_number_note", "issuer", "level", "gazetteer_title", "expired",
                   "unresolved", "place_code", "parent_key")


def _most_common(values: list[str]) -> str:
    counts = Counter(values)
    top = max(counts.values())
    return min(v for v, n in counts.items() if n == top)


def build_graph(results: Iterable[DocumentResult]) -> nx.MultiDiGraph:
    """The knowledge graph of a corpus; deterministic for a given set of reports."""
    graph = nx.MultiDiGraph()
    names: dict[str, list[str]] = {}
    types: dict[str, list[str]] = {}
    for result in sorted(results, key=lambda r: r.report.doc_id):
        report = result.report
        graph.add_node(report.key, kind=Kind.REPORT.value, name=report.title or report.doc_id, doc_id=report.doc_id,
                       title=report.title, year=report.year, date=report.date, region=report.region,
                       region_code=report.region_code, publisher=report.publisher, sha256=report.sha256,
                       reports=[report.doc_id])
        for entity in result.entities:
            _merge_entity(graph, entity, report.doc_id, names, types)
        for relation in result.relations:
            for node in (relation.source, relation.target):
                if node not in graph:
                    graph.add_node(node, kind="Unknown", name=node, reports=[report.doc_id])
            key = relation.type.value
            if graph.has_edge(relation.source, relation.target, key):
                data = graph.edges[relation.source, relation.target, key]
            else:
                graph.add_edge(relation.source, relation.target, key=key, type=key, evidence=[], reports=[])
                data = graph.edges[relation.source, relation.target, key]
            if relation.evidence is not None and relation.evidence not in data["evidence"]:
                data["evidence"].append(relation.evidence)
            if report.doc_id not in data["reports"]:
                data["reports"].append(report.doc_id)
    for node, values in names.items():
        graph.nodes[node]["name"] = _most_common(values)
        graph.nodes[node]["type"] = _most_common(types[node])
        aliases = set(graph.nodes[node]["aliases"]) | set(values)
        aliases.discard(graph.nodes[node]["name"])
        graph.nodes[node]["aliases"] = sorted(aliases)
    for _, _, data in graph.edges(data=True):
        data["evidence"].sort(key=lambda e: (e.doc_id, e.start, e.end))
        data["reports"].sort()
    return graph


def _merge_entity(graph: nx.MultiDiGraph, entity: Entity, doc_id: str, names: dict, types: dict) -> None:
    node = entity.key
    if node not in graph:
        graph.add_node(node, kind=entity.kind.value, name=entity.name, type=entity.type, aliases=[], reports=[],
                       broader=[])
    data = graph.nodes[node]
    if data.get("kind") == "Unknown":
        data.update(kind=entity.kind.value, aliases=data.get("aliases", []), broader=[])
    names.setdefault(node, []).append(entity.name)
    types.setdefault(node, []).append(entity.type)
    for alias in entity.aliases:
        if alias not in data["aliases"]:
            data["aliases"].append(alias)
    if doc_id not in data["reports"]:
        data["reports"].append(doc_id)
    for name in NODE_ATTRIBUTES:
        value = getattr(entity, name)
        if value is not None and data.get(name) is None:
            data[name] = value
    if entity.version:
        data.setdefault("versions", []).append(f"{doc_id}: {entity.version}")
    for broader in entity.broader:
        if broader not in data["broader"]:
            data["broader"].append(broader)


def evidence_of(graph: nx.MultiDiGraph, source: str, target: str, edge_type: str) -> list[Evidence]:
    if not graph.has_edge(source, target, edge_type):
        return []
    return list(graph.edges[source, target, edge_type]["evidence"])
