"""Merge every report's ``DocumentResult`` into one networkx ``MultiDiGraph`` (the reduce step).

One node per canonical entity key across all reports (a regulation cited by five reports
is one node), one node per report and per place. Edges are keyed by their type
(``EdgeType``); an edge stated by several reports or sentences is one edge whose
``evidence`` lists every (report, start, end, sentence).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

import networkx as nx

from fazhi.model import DocumentResult, Entity, Evidence, Kind, ReportInfo

# Attributes copied from entities onto nodes: the first non-empty value in report order wins.
# (A law's version in force differs by report: ``versions`` lists "report: date" per report.)
NODE_ATTRIBUTES = ("doc_number", "doc_number_note", "issuer", "level", "gazetteer_title", "expired",
                   "unresolved", "place_code", "parent_key")


def _most_common(counts: Counter) -> str:
    top = max(counts.values())
    return min(v for v, n in counts.items() if n == top)


def build_graph(results: Iterable[DocumentResult]) -> nx.MultiDiGraph:
    """The knowledge graph of a corpus; deterministic for a given set of reports."""
    builder = GraphBuilder()
    for result in sorted(results, key=lambda r: r.report.doc_id):
        builder.add(result)
    return builder.finish()


class GraphBuilder:
    """The reduce, one report at a time: ``add`` each report's result (in a fixed order),
    then ``finish``. Holds the merged graph, never the reports' results.

    While adding, membership in a long list is tracked in a set: an entity cited by every
    report of a large corpus would otherwise be searched for in a list as long as the
    corpus. Most lists stay short (an edge stated by one report), and a set for each would
    cost more memory than the graph itself.
    """

    SHORT = 16  # lists up to this long are searched; longer ones get a set

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()
        self._names: dict[str, Counter] = {}  # node → how often each name was given to it
        self._types: dict[str, Counter] = {}
        self._seen: dict[object, set] = {}  # (node or edge, field) → values already in its list

    def _append_new(self, owner: object, field_name: str, values: list, value) -> None:
        if len(values) < self.SHORT:
            if value not in values:
                values.append(value)
            return
        seen = self._seen.get((owner, field_name))
        if seen is None:
            seen = self._seen[(owner, field_name)] = set(values)
        if value not in seen:
            seen.add(value)
            values.append(value)

    def _append_report(self, owner: object, reports: list, doc_id: str) -> None:
        """``_append_new`` of a report, which is last in the list when already there: a report's
        entities and relations are added together, after every earlier report's."""
        if not reports or reports[-1] != doc_id:
            self._append_new(owner, "reports", reports, doc_id)

    def add(self, result: DocumentResult) -> None:
        graph = self.graph
        doc_id = result.report.doc_id
        self.add_report(result.report)
        for entity in result.entities:
            self.merge_entity(entity, doc_id)
        # one string per sentence (and one for the report's name), however many edges cite it
        sentences: dict[str, str] = {}
        for relation in result.relations:
            source, target, key = relation.source, relation.target, relation.type.value
            data = graph.get_edge_data(source, target, key)  # the edge's own attribute dict
            if data is None:
                for node in (source, target):
                    if node not in graph:
                        graph.add_node(node, kind="Unknown", name=node, reports=[doc_id])
                graph.add_edge(source, target, key=key, type=key, evidence=[], reports=[])
                data = graph.get_edge_data(source, target, key)
            edge = (source, target, key)
            evidence = relation.evidence
            if evidence is not None:
                sentence = sentences.setdefault(evidence.sentence, evidence.sentence)
                source_doc = doc_id if evidence.doc_id == doc_id else evidence.doc_id
                if sentence is not evidence.sentence or source_doc is not evidence.doc_id:
                    evidence = Evidence(source_doc, evidence.start, evidence.end, sentence)
                # most edges are new: their empty lists need no search (nor a method call)
                if data["evidence"]:
                    self._append_new(edge, "evidence", data["evidence"], evidence)
                else:
                    data["evidence"].append(evidence)
            self._append_report(edge, data["reports"], doc_id)

    def add_report(self, report: ReportInfo) -> None:
        doc_id = report.doc_id
        self.graph.add_node(report.key, kind=Kind.REPORT.value, name=report.title or doc_id, doc_id=doc_id,
                            title=report.title, year=report.year, date=report.date, region=report.region,
                            region_code=report.region_code, publisher=report.publisher, sha256=report.sha256,
                            reports=[doc_id])

    def finish(self) -> nx.MultiDiGraph:
        graph = self.graph
        for node, names in self._names.items():
            graph.nodes[node]["name"] = _most_common(names)
            graph.nodes[node]["type"] = _most_common(self._types[node])
            aliases = set(graph.nodes[node]["aliases"]) | set(names)
            aliases.discard(graph.nodes[node]["name"])
            graph.nodes[node]["aliases"] = sorted(aliases)
        for _, _, data in graph.edges(data=True):
            data["evidence"].sort(key=lambda e: (e.doc_id, e.start, e.end))
            data["reports"].sort()
        self._seen.clear()
        return graph

    def merge_entity(self, entity: Entity, doc_id: str) -> None:
        """Merge one report's entity into its node (what ``add`` does for each of a result's)."""
        graph = self.graph
        node = entity.key
        if node not in graph:
            graph.add_node(node, kind=entity.kind.value, name=entity.name, type=entity.type, aliases=[], reports=[],
                           broader=[])
        data = graph.nodes[node]
        if data.get("kind") == "Unknown":
            data.update(kind=entity.kind.value, aliases=data.get("aliases", []), broader=[])
        names, types = self._names.get(node), self._types.get(node)
        if names is None:  # (not setdefault: a Counter made for every entity costs more than the rest)
            names, types = self._names[node], self._types[node] = Counter(), Counter()
        names[entity.name] += 1
        types[entity.type] += 1
        for alias in entity.aliases:
            self._append_new(node, "aliases", data["aliases"], alias)
        self._append_report(node, data["reports"], doc_id)
        for name in NODE_ATTRIBUTES:
            value = getattr(entity, name)
            if value is not None and data.get(name) is None:
                data[name] = value
        if entity.version:
            data.setdefault("versions", []).append(f"{doc_id}: {entity.version}")
        for broader in entity.broader:
            self._append_new(node, "broader", data["broader"], broader)


# --- what merging reads, kept per (node, report) so that a few nodes can be merged again ----

# A node's merged data (kind, name, type, aliases, attributes, versions, broader) depends only on
# the entities with its key, in report order; an incremental build (``fazhi.kg.patch``) merges the
# nodes a changed report touches again from these records, without the rest of the corpus.
RECORD_FIELDS = ("kind", "name", "type", "aliases", *NODE_ATTRIBUTES, "version", "broader")
REPORT_FIELDS = ("doc_id", "key", "title", "publisher", "publisher_key", "region", "region_code", "year", "date",
                 "sha256")


# json.dumps with arguments makes an encoder per call, which costs more than encoding a record
_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def entity_record(entity: Entity) -> str:
    """The fields of ``entity`` that merging reads, as compact JSON (empty ones left out):
    what ``json.dumps(fields, ensure_ascii=False, separators=(",", ":"))`` writes, made piece by
    piece (a record is a few strings, lists of strings and flags; json.dumps sets up an encoder
    for each, which cost more than the record)."""
    pieces = [f'"kind":{_json_string(entity.kind.value)}']  # RECORD_FIELDS[0]
    for name in RECORD_FIELDS[1:]:
        value = getattr(entity, name)
        if value is not None and value != [] and value != "":
            pieces.append(f'"{name}":{_record_value(value)}')
    return "{" + ",".join(pieces) + "}"


_json_string = json.encoder.encode_basestring  # the C encoder json.dumps(ensure_ascii=False) uses for strings


def _record_value(value) -> str:
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "[" + ",".join(map(_json_string, value)) + "]"
    return _COMPACT_JSON.encode(value)


def entity_from_record(key: str, record: str) -> Entity:
    values = json.loads(record)
    return Entity(kind=Kind(values.pop("kind")), key=key, name=values.pop("name", ""), type=values.pop("type", ""),
                  **values)


def report_record(report: ReportInfo, statements: int) -> str:
    """A report node's own fields and its count of statements, as JSON."""
    values = {name: getattr(report, name) for name in REPORT_FIELDS}
    values["statements"] = statements
    return _COMPACT_JSON.encode(values)


def report_from_record(record: str) -> tuple[ReportInfo, int]:
    values = json.loads(record)
    statements = values.pop("statements")
    return ReportInfo(**values), statements


def evidence_of(graph: nx.MultiDiGraph, source: str, target: str, edge_type: str) -> list[Evidence]:
    if not graph.has_edge(source, target, edge_type):
        return []
    return list(graph.edges[source, target, edge_type]["evidence"])
