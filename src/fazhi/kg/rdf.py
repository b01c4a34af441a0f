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
from itertools import islice
from urllib.parse import quote

import networkx as nx
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, parse

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


# N-Triples terms as pyoxigraph writes them (``str`` of its terms), made once per distinct
# term: the map writes a report's RDF from these strings without making a pyoxigraph object
# per statement (issue 8: a report states about 1,200 quads, 80 % of them evidence).
@lru_cache(maxsize=None)  # the few dozen fixed IRIs (properties, classes)
def _nt_iri(iri: str) -> str:
    return str(NamedNode(iri))


@lru_cache(maxsize=65536)
def _nt_key(key: str) -> str:
    return str(iri_for_key(key))


@lru_cache(maxsize=65536, typed=True)  # typed: the literal of True is not that of 1
def _nt_lit(value, datatype: str | None = None) -> str:
    return str(_lit(value, datatype))


def _nt_plain(value) -> str:
    return str(_plain(value))


_A, _REPORT_CLASS, _SCHEMA_REPORT, _MENTION = (_nt_iri(RDF + "type"), _nt_iri(FZ + "Report"),
                                               _nt_iri(SCHEMA + "Report"), _nt_iri(FZ + "Mention"))
_NT_PROPERTY = {edge: _nt_iri(iri) for edge, iri in PROPERTY_OF_EDGE.items()}
(_SOURCE_FILE, _TITLE, _YEAR, _DATE, _SPATIAL, _SHA256, _ALT_LABEL, _PASSED_BY, _IN_REPORT, _START, _END, _TEXT,
 _SUBJECT, _PROPERTY, _OBJECT, _DERIVED_FROM, _CITED_VERSION) = map(_nt_iri, (
    FZ + "sourceFile", DCTERMS + "title", FZ + "year", DCTERMS + "date", DCTERMS + "spatial", FZ + "sha256",
    SKOS + "altLabel", ELI + "passed_by", FZ + "inReport", FZ + "start", FZ + "end", FZ + "text", FZ + "subject",
    FZ + "property", FZ + "object", PROV + "wasDerivedFrom", FZ + "citedVersion"))


def report_statements(result: DocumentResult) -> Iterator[tuple[str, str, str]]:
    """What one report states, as (subject, predicate, object) in N-Triples (the graph is
    the report's, ``graph_for_report``): the one source of ``report_quads`` and of the RDF
    part the map writes (``fazhi.kg.rdf_files.write_statements_part``). A stream, so that the
    RDF of a huge report is never all in memory; statements may repeat (an alias given twice)."""
    r = result.report
    report = _nt_key(r.key)
    yield report, _A, _REPORT_CLASS
    yield report, _A, _SCHEMA_REPORT
    yield report, _SOURCE_FILE, _nt_plain(r.doc_id)
    if r.title:
        yield report, _TITLE, _nt_lit(r.title)
    if r.year is not None:
        yield report, _YEAR, _nt_lit(r.year)
    if r.date:
        yield report, _DATE, _nt_lit(r.date, XSD + "date")
    if r.region_code:
        yield report, _SPATIAL, _nt_key("place:" + r.region_code)
    if r.sha256:
        yield report, _SHA256, _nt_plain(r.sha256)
    for entity in result.entities:
        node = _nt_key(entity.key)
        for alias in entity.aliases:
            yield node, _ALT_LABEL, _nt_lit(alias)
    # The version of a national law in force in the report's year belongs to the citation,
    # not to the law: the same law is cited in different versions by reports of different years.
    cited_version = {e.key: e.version for e in result.entities if e.version}
    sentences: dict[str, str] = {}  # a sentence is the evidence of several relations, rarely of another report's
    for relation in result.relations:
        s, o = _nt_key(relation.source), _nt_key(relation.target)
        p = _NT_PROPERTY[relation.type]
        yield s, p, o
        if relation.type is EdgeType.ISSUES:
            yield o, _PASSED_BY, s
        ev = relation.evidence
        if ev is None:
            continue
        mention = str(_n(ID + "evidence/" + _digest(f"{ev.doc_id}|{ev.start}|{ev.end}|{relation.type.value}|"
                                                     f"{relation.source}|{relation.target}", 20)))
        text = sentences.get(ev.sentence)
        if text is None:
            text = sentences[ev.sentence] = str(_lit(ev.sentence))
        yield mention, _A, _MENTION
        yield mention, _IN_REPORT, report
        yield mention, _START, _nt_lit(ev.start)
        yield mention, _END, _nt_lit(ev.end)
        yield mention, _TEXT, text
        yield mention, _SUBJECT, s
        yield mention, _PROPERTY, p
        yield mention, _OBJECT, o
        yield mention, _DERIVED_FROM, report
        if relation.type is EdgeType.CITES and relation.target in cited_version:
            yield mention, _CITED_VERSION, _nt_lit(cited_version[relation.target], XSD + "date")


# Statements parsed at once by report_quads: memory stays bounded for a huge report.
QUADS_BATCH = 8192


def report_quads(result: DocumentResult) -> Iterator[Quad]:
    """What one report states, in its own named graph: ``report_statements`` as pyoxigraph
    quads (parsed from their N-Quads, so that the two never differ), streamed. Quads may
    repeat (an alias given twice); consumers keep each once."""
    graph = str(graph_for_report(result.report.doc_id))
    statements = report_statements(result)
    while batch := list(islice(statements, QUADS_BATCH)):
        yield from parse("".join(f"{s} {p} {o} {graph} .\n" for s, p, o in batch).encode(), format=RdfFormat.N_QUADS)


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
