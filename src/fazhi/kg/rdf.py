"""The graph as RDF: one named graph per report, one graph of merged entity data.

Each report's graph holds what that report states: its own description, the names it uses
for entities (skos:altLabel), the relations it supports (eli:cites, fz:implements …, with
eli:passed_by materialised as the inverse of fz:issues for ELI users) and for each relation
a qualified evidence node (fz:Mention with fz:inReport, fz:start, fz:end, fz:text and, for a
citation of a national law, the version in force in the report's year). The entities graph
holds what is merged across reports: each entity's class, preferred label, type and
attributes. Re-reading one report replaces exactly its named graph. The terms are defined
in ``ontology/fazhi.ttl`` and every export satisfies ``ontology/shapes.ttl``.

IRIs are a pure function of canonical identity (``iri_for_key``), so rebuilding, adding
reports or reordering them never renames an entity.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from urllib.parse import quote

import networkx as nx
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from fazhi.model import DocumentResult, EdgeType, Kind

# Characters XML 1.0 cannot hold, even escaped (controls but tab and line ends, lone
# surrogates, U+FFFE/U+FFFF): dropped from literals so that every export stays valid XML.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

BASE = "https://w3id.org/fazhi/"
FZ = BASE + "ontology#"
ID = BASE + "id/"
GRAPH = BASE + "graph/"
ELI = "http://data.europa.eu/eli/ontology#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
VOID = "http://rdfs.org/ns/void#"
ONTOLOGY = BASE + "ontology"
SHAPES = BASE + "shapes"

PREFIXES = {
    "fz": FZ, "reg": ID + "regulation/", "org": ORG, "orgn": ID + "organization/", "msr": ID + "measure/",
    "place": ID + "place/", "rep": ID + "report/", "ev": ID + "evidence/", "fzg": GRAPH, "eli": ELI,
    "prov": PROV, "skos": SKOS, "dcterms": DCTERMS, "schema": SCHEMA, "rdfs": RDFS, "xsd": XSD, "void": VOID,
}

ENTITIES_GRAPH = NamedNode(GRAPH + "entities")
MEASURE_SCHEME = NamedNode(ID + "measure-scheme")
DATASET = NamedNode(ID + "dataset")
# The vocabularies the exports use (void:vocabulary of the dataset description).
VOCABULARIES = (ONTOLOGY, "http://data.europa.eu/eli/ontology", "http://www.w3.org/ns/org", "http://www.w3.org/ns/prov",
                "http://www.w3.org/2004/02/skos/core", "http://purl.org/dc/terms/", "https://schema.org/")

CLASS_OF_KIND = {
    Kind.REPORT.value: FZ + "Report",
    Kind.REGULATION.value: FZ + "Regulation",
    Kind.ORGANIZATION.value: FZ + "Organization",
    Kind.MEASURE.value: FZ + "Measure",
    Kind.PLACE.value: FZ + "Place",
}
PROPERTY_OF_EDGE = {
    EdgeType.CITES: ELI + "cites",
    EdgeType.ISSUES: FZ + "issues",
    EdgeType.IMPLEMENTS: FZ + "implements",
    EdgeType.STUDIES: FZ + "studies",
    EdgeType.MENTIONS: FZ + "mentions",
    EdgeType.PUBLISHED_BY: DCTERMS + "publisher",
    EdgeType.TRANSMITS: FZ + "transmits",
    EdgeType.BASED_ON: FZ + "basedOn",
    EdgeType.SUB_ORGANIZATION_OF: ORG + "subOrganizationOf",
    EdgeType.JURISDICTION: FZ + "jurisdiction",
    EdgeType.PART_OF: SCHEMA + "containedInPlace",
}
_KIND_SEGMENT = {"regulation": "regulation", "organization": "organization", "measure": "measure"}


def _n(iri: str) -> NamedNode:
    return NamedNode(iri)


@lru_cache(maxsize=None)  # a few dozen properties, each made once instead of once per quad
def _predicate(iri: str) -> NamedNode:
    return NamedNode(iri)


def _digest(text: str, size: int = 16) -> str:
    # surrogatepass: a lone surrogate (from an undecodable file name) still hashes
    return hashlib.sha1(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:size]


def _safe(segment: str) -> str:
    """A string as an IRI path segment: unreserved ASCII kept, everything else percent-encoded,
    so that any string, even one holding a lone surrogate, gives a valid IRI."""
    return quote(segment, safe="", errors="surrogatepass")


@lru_cache(maxsize=65536)  # the same entities (national laws and bodies, places) recur report after report
def iri_for_key(key: str) -> NamedNode:
    """The IRI of an entity, a pure function of its canonical key."""
    prefix, _, rest = key.partition(":")
    if prefix == "place":
        return _n(ID + "place/" + _safe(rest))
    if prefix == "report":
        return _n(ID + "report/" + _safe(rest))
    segment = _KIND_SEGMENT.get(prefix, "entity")
    return _n(ID + segment + "/" + _digest(key))


def graph_for_report(doc_id: str) -> NamedNode:
    return _n(GRAPH + "report/" + _safe(doc_id))


def _lit(value, datatype: str | None = None) -> Literal:
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=_n(XSD + "boolean"))
    if isinstance(value, int):
        return Literal(str(value), datatype=_n(XSD + "integer"))
    if datatype:
        return Literal(str(value), datatype=_n(datatype))
    return Literal(_clean(str(value)), language="zh")


def _clean(text: str) -> str:
    """Text as a literal: characters RDF and XML forbid (controls, lone surrogates) dropped."""
    return XML_FORBIDDEN.sub("", text)


def _plain(value) -> Literal:
    return Literal(_clean(str(value)))


def report_quads(result: DocumentResult) -> Iterator[Quad]:
    """What one report states, in its own named graph: a stream, so that the RDF of a huge
    report is never all in memory (``write_rdf_part`` sorts it in bounded runs). Quads may
    repeat (an alias given twice); consumers keep each once."""
    g = graph_for_report(result.report.doc_id)
    r = result.report
    report = iri_for_key(r.key)

    def quad(s, p: str, o) -> Quad:
        return Quad(s, _predicate(p), o, g)

    yield quad(report, RDF + "type", _n(FZ + "Report"))
    yield quad(report, RDF + "type", _n(SCHEMA + "Report"))
    yield quad(report, FZ + "sourceFile", _plain(r.doc_id))
    if r.title:
        yield quad(report, DCTERMS + "title", _lit(r.title))
    if r.year is not None:
        yield quad(report, FZ + "year", _lit(r.year))
    if r.date:
        yield quad(report, DCTERMS + "date", _lit(r.date, XSD + "date"))
    if r.region_code:
        yield quad(report, DCTERMS + "spatial", iri_for_key("place:" + r.region_code))
    if r.sha256:
        yield quad(report, FZ + "sha256", _plain(r.sha256))
    for entity in result.entities:
        node = iri_for_key(entity.key)
        for alias in entity.aliases:
            yield quad(node, SKOS + "altLabel", _lit(alias))
    # The version of a national law in force in the report's year belongs to the citation,
    # not to the law: the same law is cited in different versions by reports of different years.
    cited_version = {e.key: e.version for e in result.entities if e.version}
    for relation in result.relations:
        s, o = iri_for_key(relation.source), iri_for_key(relation.target)
        p = PROPERTY_OF_EDGE[relation.type]
        yield quad(s, p, o)
        if relation.type is EdgeType.ISSUES:
            yield quad(o, ELI + "passed_by", s)
        ev = relation.evidence
        if ev is None:
            continue
        mention = _n(ID + "evidence/" + _digest(f"{ev.doc_id}|{ev.start}|{ev.end}|{relation.type.value}|"
                                                 f"{relation.source}|{relation.target}", 20))
        yield quad(mention, RDF + "type", _n(FZ + "Mention"))
        yield quad(mention, FZ + "inReport", report)
        yield quad(mention, FZ + "start", _lit(ev.start))
        yield quad(mention, FZ + "end", _lit(ev.end))
        yield quad(mention, FZ + "text", _lit(ev.sentence))
        yield quad(mention, FZ + "subject", s)
        yield quad(mention, FZ + "property", _n(p))
        yield quad(mention, FZ + "object", o)
        yield quad(mention, PROV + "wasDerivedFrom", report)
        if relation.type is EdgeType.CITES and relation.target in cited_version:
            yield quad(mention, FZ + "citedVersion", _lit(cited_version[relation.target], XSD + "date"))


def entity_quads(graph: nx.MultiDiGraph) -> list[Quad]:
    """Merged entity data (class, preferred label, type, attributes), in the entities graph."""
    quads: list[Quad] = []
    for key, data in graph.nodes(data=True):
        quads.extend(node_quads(key, data))
    quads.extend(scheme_quads())
    quads.extend(dataset_description())
    return quads


def node_quads(key: str, data: dict) -> list[Quad]:
    """One merged node's quads in the entities graph (none for reports and unknown nodes)."""
    g = ENTITIES_GRAPH
    quads: list[Quad] = []

    def add(s, p: str, o) -> None:
        quads.append(Quad(s, _predicate(p), o, g))

    kind = data.get("kind")
    if kind not in CLASS_OF_KIND or kind == Kind.REPORT.value:
        return quads
    node = iri_for_key(key)
    add(node, RDF + "type", _n(CLASS_OF_KIND[kind]))
    add(node, SKOS + "prefLabel", _lit(data["name"]))
    add(node, RDFS + "label", _lit(data["name"]))
    add(node, FZ + "category", _plain(data.get("type") or "other"))
    add(node, FZ + "key", _plain(key))
    if kind == Kind.REGULATION.value:
        add(node, RDF + "type", _n(ELI + "LegalResource"))
        add(node, ELI + "type_document", _n(BASE + "type/" + _safe(data.get("type") or "other")))
        if data.get("doc_number"):
            add(node, ELI + "id_local", _plain(data["doc_number"]))
        if data.get("issuer"):
            add(node, FZ + "issuerName", _lit(data["issuer"]))
        if data.get("level"):
            add(node, FZ + "level", _plain(data["level"]))
        if data.get("gazetteer_title"):
            add(node, FZ + "officialTitle", _lit(data["gazetteer_title"]))
        if data.get("expired") is not None:
            add(node, FZ + "expired", _lit(bool(data["expired"])))
        if data.get("unresolved"):
            add(node, FZ + "unresolvedReason", _plain(data["unresolved"]))
    elif kind == Kind.ORGANIZATION.value:
        add(node, RDF + "type", _n(ORG + "Organization"))
    elif kind == Kind.MEASURE.value:
        add(node, RDF + "type", _n(SKOS + "Concept"))
        add(node, SKOS + "inScheme", MEASURE_SCHEME)
        for broader in data.get("broader") or []:
            add(node, SKOS + "broader", iri_for_key(broader))
    elif kind == Kind.PLACE.value:
        add(node, RDF + "type", _n(SCHEMA + "AdministrativeArea"))
        add(node, SCHEMA + "name", _lit(data["name"]))
        if data.get("place_code"):
            add(node, FZ + "divisionCode", _plain(data["place_code"]))
    return quads


def scheme_quads() -> list[Quad]:
    g = ENTITIES_GRAPH
    return [Quad(MEASURE_SCHEME, _n(RDF + "type"), _n(SKOS + "ConceptScheme"), g),
            Quad(MEASURE_SCHEME, _n(SKOS + "prefLabel"), _lit("法治政府建设措施"), g)]


def dataset_description() -> list[Quad]:
    """The VoID description of the dataset: what it is, its IRI space, vocabularies and shapes.

    Nothing in it depends on the reports, so adding or changing one never rewrites it.
    """
    g, d = ENTITIES_GRAPH, DATASET
    quads = [Quad(d, _n(RDF + "type"), _n(VOID + "Dataset"), g),
             Quad(d, _n(DCTERMS + "title"), Literal("fazhi knowledge graph", language="en"), g),
             Quad(d, _n(DCTERMS + "title"), _lit("法治政府建设报告知识图谱"), g),
             Quad(d, _n(DCTERMS + "description"), Literal(
                 "Regulations cited, organizations acting and measures carried out in Chinese government rule-of-law "
                 "reports, with the report, character span and sentence of every statement. One named graph per "
                 "report (https://w3id.org/fazhi/graph/report/FILE), merged entity data in "
                 "https://w3id.org/fazhi/graph/entities.", language="en"), g),
             Quad(d, _n(DCTERMS + "description"), _lit(
                 "法治政府建设情况报告中引用的法规文件、行动的机构与实施的措施,每条陈述附所在报告、字符位置与原句。"
                 "每份报告一个命名图,实体合并数据在 https://w3id.org/fazhi/graph/entities。"), g),
             Quad(d, _n(VOID + "uriSpace"), Literal(ID), g),
             Quad(d, _n(DCTERMS + "conformsTo"), _n(SHAPES), g)]
    quads += [Quad(d, _n(VOID + "vocabulary"), _n(v), g) for v in VOCABULARIES]
    return quads


def dataset_quads(results: Iterable[DocumentResult], graph: nx.MultiDiGraph) -> list[Quad]:
    """Every quad of the corpus, sorted (the order all exports and the store are written in)."""
    from fazhi.kg.statistics import statistics_quads  # (the reduce's counts; the map never needs them)

    quads = set(entity_quads(graph)) | set(statistics_quads(graph))
    for result in results:
        quads.update(report_quads(result))
    return sorted(quads, key=_sort_key)


def _sort_key(quad: Quad) -> tuple[str, str, str, str]:
    graph = "" if isinstance(quad.graph_name, DefaultGraph) else str(quad.graph_name)
    return graph, str(quad.subject), str(quad.predicate), str(quad.object)
