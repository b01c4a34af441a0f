"""`fazhi serve`: a read-only SPARQL 1.1 Protocol endpoint, queried over HTTP with standard
client libraries (SPARQLWrapper, rdflib's SPARQLStore) as a notebook would."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from fazhi.kg.serve import negotiate, uses_service

TIME_LIMIT = 3
PREFIXES = """PREFIX fz: <https://w3id.org/fazhi/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
# 孝义 (按照《重大行政决策程序暂行条例》…) and 威宁 (严格落实《重大行政决策程序暂行条例》)
WHO_IMPLEMENTS = PREFIXES + """SELECT DISTINCT ?body WHERE {
  ?reg skos:prefLabel "重大行政决策程序暂行条例"@zh . ?org fz:implements ?reg ; skos:prefLabel ?body }"""
EXPECTED_BODIES = {"孝义市人民政府", "威宁彝族回族苗族自治县人民政府"}
# three copies of every triple joined: far more than anything can answer within the limit
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def endpoint(seed_build):
    store = seed_build.store
    server = subprocess.Popen([sys.executable, "-m", "fazhi.cli", "serve", "--store", str(store), "--port", "0",
                               "--timeout", str(TIME_LIMIT), "--workers", "2", "--quiet"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    match = re.search(r"http://\S+/sparql", line)
    if not match:
        server.kill()
        pytest.fail(f"fazhi serve did not start: {line}{server.stderr.read()}")
    yield match.group(0)
    server.terminate()
    assert server.wait(15) == 0


def client(url: str, query: str, fmt: str = JSON, method: str | None = None) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url, returnFormat=fmt)
    sparql.setQuery(query)
    if method:
        sparql.setMethod(method)
    return sparql


def test_get_with_json_results(endpoint):
    result = client(endpoint, WHO_IMPLEMENTS).queryAndConvert()
    assert EXPECTED_BODIES <= {b["body"]["value"] for b in result["results"]["bindings"]}
    assert {b["body"]["xml:lang"] for b in result["results"]["bindings"]} == {"zh"}


def test_post_with_xml_results(endpoint):
    document = client(endpoint, WHO_IMPLEMENTS, XML, POST).queryAndConvert()
    assert EXPECTED_BODIES <= {n.firstChild.data for n in document.getElementsByTagName("literal")}


@pytest.mark.parametrize("fmt, delimiter", [(CSV, ","), (TSV, "\t")])
def test_csv_and_tsv_results(endpoint, fmt, delimiter):
    text = client(endpoint, WHO_IMPLEMENTS, fmt).queryAndConvert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert rows[0] == ["body"] if fmt == CSV else rows[0] == ["?body"]
    bodies = {r[0] if fmt == CSV else r[0].removesuffix("@zh").strip('"') for r in rows[1:]}
    assert EXPECTED_BODIES <= bodies


def test_ask_and_construct(endpoint):
    ask = client(endpoint, PREFIXES + 'ASK { ?r skos:prefLabel "中华人民共和国宪法"@zh }', JSON, POST).queryAndConvert()
    assert ask["boolean"] is True
    turtle = client(endpoint, PREFIXES + """CONSTRUCT { ?org fz:implements ?reg } WHERE {
        ?reg skos:prefLabel "重大行政决策程序暂行条例"@zh . ?org fz:implements ?reg }""", TURTLE).queryAndConvert()
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    assert len(graph) >= 2


def test_default_graph_uri_selects_one_report(endpoint):
    count = PREFIXES + "SELECT (COUNT(?m) AS ?n) WHERE { ?m a fz:Mention }"
    everything = client(endpoint, count).queryAndConvert()["results"]["bindings"][0]["n"]["value"]
    one = client(endpoint, count)
    one.addDefaultGraph("https://w3id.org/fazhi/graph/report/000_3524ee81c110156f.txt")
    in_one = one.queryAndConvert()["results"]["bindings"][0]["n"]["value"]
    entities = client(endpoint, count)
    entities.addDefaultGraph("https://w3id.org/fazhi/graph/entities")
    assert 0 < int(in_one) < int(everything)
    assert entities.queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "0"


def test_rdflib_sparqlstore_reads_the_endpoint(endpoint):
    graph = rdflib.Graph(SPARQLStore(endpoint))
    assert EXPECTED_BODIES <= {str(row.body) for row in graph.query(WHO_IMPLEMENTS)}


def test_a_query_over_the_time_limit_is_stopped_and_the_endpoint_goes_on(endpoint):
    started = time.monotonic()
    with pytest.raises(urllib.error.HTTPError) as failure:
        client(endpoint, RUNAWAY).query()
    assert failure.value.code == 503 and b"time limit" in failure.value.read()
    assert time.monotonic() - started < TIME_LIMIT + 5
    result = client(endpoint, WHO_IMPLEMENTS).queryAndConvert()  # a fresh worker took over
    assert EXPECTED_BODIES <= {b["body"]["value"] for b in result["results"]["bindings"]}


def test_updates_are_rejected(endpoint):
    insert = 'INSERT DATA { <https://example.org/x> <https://example.org/p> "planted" }'
    with pytest.raises(urllib.error.HTTPError) as failure:
        client(endpoint, insert, JSON, POST).query()  # SPARQLWrapper sends it as an update
    assert failure.value.code == 403
    for content_type, status in (("application/sparql-update", 403),  # an update by POST …
                                 ("application/sparql-query", 400)):  # … and an update sent as a query
        request = urllib.request.Request(endpoint, data=insert.encode(), headers={"Content-Type": content_type})
        with pytest.raises(urllib.error.HTTPError) as failure:
            urllib.request.urlopen(request, timeout=10)
        assert failure.value.code == status
    ask = client(endpoint, 'ASK { ?s ?p "planted" }').queryAndConvert()
    assert ask["boolean"] is False


def test_malformed_query_is_a_400(endpoint):
    with pytest.raises(QueryBadFormed):
        client(endpoint, "SELECT ?x WHERE { ?x").query()


def test_service_description_and_federation_refused(endpoint):
    with urllib.request.urlopen(endpoint, timeout=10) as response:
        description = rdflib.Graph().parse(data=response.read(), format="turtle")
    assert (None, rdflib.URIRef("http://www.w3.org/ns/sparql-service-description#endpoint"),
            rdflib.URIRef(endpoint)) in description
    with pytest.raises(urllib.error.HTTPError) as failure:
        client(endpoint, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }").query()
    assert failure.value.code == 403
    with urllib.request.urlopen(endpoint.removesuffix("sparql"), timeout=10) as response:  # a form for browsers
        assert response.headers["Content-Type"].startswith("text/html") and b'action="/sparql"' in response.read()


def test_content_negotiation_and_service_detection():
    assert negotiate("results", "text/csv;q=0.5, application/sparql-results+xml") == "application/sparql-results+xml"
    assert negotiate("results", "*/*") == "application/sparql-results+json"
    assert negotiate("graph", "text/*") == "text/turtle"
    assert negotiate("graph", "application/sparql-results+json") is None
    assert negotiate("results", "text/html", ["json"]) == "application/sparql-results+json"
    assert uses_service("SELECT * { service <http://x/sparql> { ?s ?p ?o } }")
    assert not uses_service('SELECT ?service WHERE { ?service ex:service "SERVICE" } # SERVICE')


def test_results_over_the_row_limit_are_refused_and_formats_keep_their_terms():
    from pyoxigraph import Literal, NamedNode, Quad, Store

    from fazhi.kg.serve import QueryRequest, answer

    store = Store()
    store.extend([Quad(NamedNode(f"http://example.org/s{i}"), NamedNode("http://example.org/p"),
                       Literal(f"名称{i}", language="zh")) for i in range(5)])
    over = answer(store, QueryRequest("SELECT * WHERE { ?s ?p ?o }", max_rows=4))
    assert over.status == 400 and b"more than 4 rows" in over.body
    within = answer(store, QueryRequest("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s", max_rows=5))
    bindings = json.loads(within.body)["results"]["bindings"]
    assert len(bindings) == 5 and bindings[0]["o"] == {"type": "literal", "value": "名称0", "xml:lang": "zh"}
    xml = answer(store, QueryRequest("SELECT * WHERE { ?s ?p ?o } LIMIT 1", accept="application/sparql-results+xml"))
    assert b'<literal xml:lang="zh">' in xml.body
    graph = answer(store, QueryRequest("CONSTRUCT WHERE { ?s ?p ?o }", max_rows=4))
    assert graph.status == 400 and b"more than 4 triples" in graph.body
