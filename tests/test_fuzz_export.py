"""Property tests of the exports with hostile entity names (characters XML forbids, markup,
lone surrogates): GraphML and GEXF stay valid XML, Cytoscape JSON valid JSON, TriG and
Turtle valid RDF; IRIs minted from any string are valid; file names made from any string
are one safe path component."""
from __future__ import annotations

import json
import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
from fuzz_strategies import hostile_name
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import NamedNode, RdfFormat, parse

from fazhi.kg.export import write_cytoscape, write_gexf, write_graphml
from fazhi.kg.files import safe_filename
from fazhi.kg.rdf import XML_FORBIDDEN
from fazhi.kg.rdf_files import write_rdf
from fazhi.kg.graph import build_graph
from fazhi.kg.rdf import dataset_quads, graph_for_report, iri_for_key
from fazhi.model import DocumentResult, EdgeType, Entity, Evidence, Kind, Relation, ReportInfo

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# An IRI fazhi mints: its base, then only unreserved characters and percent escapes.
MINTED_IRI = re.compile(r"^https://w3id\.org/fazhi/(?:id|graph)/[a-z-]+/(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})*$")


def hostile_result(doc_id: str, names: list[str]) -> DocumentResult:
    """A report whose title, bodies, cited documents and measures carry hostile names."""
    info = ReportInfo(doc_id=doc_id, key=f"report:{doc_id}", title=names[0], publisher=names[1],
                      publisher_key=f"organization:{names[1]}", region=None, region_code=None, year=2021, date=None)
    kinds = [Kind.ORGANIZATION, Kind.REGULATION, Kind.MEASURE]
    entities, relations = [], []
    for i, name in enumerate(names[1:]):
        kind = kinds[i % 3]
        key = f"{kind.value.lower()}:{name}"
        entities.append(Entity(kind=kind, key=key, name=name, type=name[:5] or "other", aliases=[name + "\x00", "<" + name],
                               doc_number=name if kind is Kind.REGULATION else None,
                               issuer=name if kind is Kind.REGULATION else None))
        edge = {Kind.ORGANIZATION: EdgeType.MENTIONS, Kind.REGULATION: EdgeType.CITES, Kind.MEASURE: EdgeType.MENTIONS}[kind]
        relations.append(Relation(edge, info.key, key, Evidence(doc_id, i, i + 3, sentence=f"{name}。")))
    relations.append(Relation(EdgeType.IMPLEMENTS, info.publisher_key, entities[-1].key, Evidence(doc_id, 0, 1, names[0])))
    return DocumentResult(report=info, entities=entities, relations=relations, warnings=[names[0]])


@SETTINGS
@given(hostile_name, st.lists(hostile_name, min_size=3, max_size=7))
def test_graph_exports_stay_valid_xml_and_json_whatever_the_names(doc_id, names):
    graph = build_graph([hostile_result(doc_id, names)])
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for writer, name in ((write_graphml, "g.graphml"), (write_gexf, "g.gexf")):
            path = writer(graph, out / name)
            ET.parse(path)  # well-formed XML
        read_back = nx.read_graphml(out / "g.graphml")
        labels = {d.get("label") for _, d in read_back.nodes(data=True)}
        for name in names[1:]:
            # what XML can hold, with its line ends normalised as every XML parser does
            assert XML_FORBIDDEN.sub("", name).replace("\r\n", "\n").replace("\r", "\n") in labels
        assert read_back.number_of_edges() == graph.number_of_edges()
        cyjs = json.loads(write_cytoscape(graph, out / "g.cyjs").read_text(encoding="utf-8"))
        assert len(cyjs["elements"]["nodes"]) == graph.number_of_nodes()


@SETTINGS
@given(hostile_name, st.lists(hostile_name, min_size=3, max_size=7))
def test_rdf_exports_parse_whatever_the_names(doc_id, names):
    result = hostile_result(doc_id, names)
    graph = build_graph([result])
    quads = dataset_quads([result], graph)
    with tempfile.TemporaryDirectory() as folder:
        written = write_rdf(quads, Path(folder))
        parsed = list(parse(path=str(written["trig"]), format=RdfFormat.TRIG))
        assert len(parsed) == len(quads)
        assert len(list(parse(path=str(written["ttl"]), format=RdfFormat.TURTLE))) > 0


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["place", "report", "regulation", "organization", "measure", "other", ""]),
       st.one_of(hostile_name, st.text()))
def test_iris_minted_from_any_string_are_valid(prefix, rest):
    for node in (iri_for_key(f"{prefix}:{rest}"), graph_for_report(rest)):
        assert MINTED_IRI.match(node.value), node
        NamedNode(node.value)  # pyoxigraph validates IRIs
        line = f"<{node.value}> <http://example.org/p> <http://example.org/o> .\n"
        assert len(list(parse(line.encode("utf-8"), format=RdfFormat.N_TRIPLES))) == 1


@settings(max_examples=300, deadline=None)
@given(st.one_of(hostile_name, st.text(min_size=0, max_size=300)), st.sampled_from(["", ".html", ".json"]))
def test_a_file_name_made_from_any_string_is_one_safe_component(name, suffix):
    made = safe_filename(name, suffix)
    assert made and made.endswith(suffix) and made not in (".", "..") and not made.startswith(".")
    assert "/" not in made and "\\" not in made and not XML_FORBIDDEN.search(made)
    assert len(made.encode("utf-8")) <= 255
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / made
        path.write_text("x", encoding="utf-8")
        assert path.resolve().parent == Path(folder).resolve() and path.read_text(encoding="utf-8") == "x"


@settings(max_examples=200, deadline=None)
@given(hostile_name, hostile_name)
def test_different_names_give_different_file_names(a, b):
    if a != b:
        assert safe_filename(a, ".html") != safe_filename(b, ".html")
