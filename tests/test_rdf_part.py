"""A report's RDF part (its TriG block and sorted N-Triples lines), which the map writes from
the statements' strings without pyoxigraph, is what pyoxigraph's serializers write for the
same quads, byte for byte: on the seed reports, the entities graph, hostile names, every
character in a literal and every letter and digit in a prefixed name."""
from __future__ import annotations

import io

from fuzz_strategies import hostile_name
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize
from test_fuzz_export import hostile_result

from fazhi.kg.rdf_files import RdfPart, _split_prefixes, _TurtleTerms, write_rdf_part, write_statements_part
from fazhi.kg.graph import build_graph
from fazhi.kg.rdf import PREFIXES, XSD, entity_quads, graph_for_report, report_quads, report_statements

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def pyoxigraph_part(quads) -> tuple[bytes, bytes]:
    """(TriG block, N-Triples lines) as pyoxigraph writes them for one graph's quads."""
    ordered = sorted(set(quads), key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))
    trig = _split_prefixes(serialize(ordered, format=RdfFormat.TRIG, prefixes=PREFIXES))[1]
    triples = "".join(f"{q.subject} {q.predicate} {q.object}\n" for q in ordered).encode("utf-8")
    return trig, triples


def statements_part(result, run_chars: int | None = None) -> tuple[bytes, bytes, int]:
    trig, triples = io.BytesIO(), io.BytesIO()
    kwargs = {"run_chars": run_chars} if run_chars else {}
    graph, count = write_statements_part(str(graph_for_report(result.report.doc_id)), report_statements(result),
                                         trig, triples, **kwargs)
    assert graph == str(graph_for_report(result.report.doc_id))
    return trig.getvalue(), triples.getvalue(), count


def test_the_part_of_each_seed_report_is_what_pyoxigraph_writes(seed_results):
    for doc, result in seed_results.items():
        quads = list(report_quads(result))
        expected = pyoxigraph_part(quads)
        trig, triples, count = statements_part(result)
        assert (trig, triples) == expected, doc
        assert count == len(set(quads)) > 100
        # sorted on disk in runs of a few kilobytes: the same bytes
        assert statements_part(result, run_chars=4000) == (trig, triples, count), doc


def test_the_entities_graph_part_is_what_pyoxigraph_writes(seed_results):
    quads = entity_quads(build_graph(list(seed_results.values())))
    part = RdfPart.of(quads)
    assert (part.trig, part.triples) == pyoxigraph_part(quads)
    assert part.graph == "<https://w3id.org/fazhi/graph/entities>"


def test_report_quads_are_the_statements_in_the_reports_graph(seed_results):
    result = next(iter(seed_results.values()))
    graph = graph_for_report(result.report.doc_id)
    quads = list(report_quads(result))
    assert [(str(q.subject), str(q.predicate), str(q.object)) for q in quads] == list(report_statements(result))
    assert {q.graph_name for q in quads} == {graph}


@SETTINGS
@given(hostile_name, st.lists(hostile_name, min_size=3, max_size=7))
def test_the_part_is_what_pyoxigraph_writes_whatever_the_names(doc_id, names):
    result = hostile_result(doc_id, names)
    trig, triples, _ = statements_part(result)
    assert (trig, triples) == pyoxigraph_part(report_quads(result))


def _written_by_pyoxigraph(term) -> str:
    probe = NamedNode("https://example.org/probe")
    written = _split_prefixes(serialize([Quad(probe, probe, term)], format=RdfFormat.TURTLE, prefixes=PREFIXES))[1]
    return written.decode("utf-8").removeprefix(f"{probe} {probe} ").removesuffix(" .\n")


def test_a_string_literal_is_written_as_in_n_triples_whatever_its_characters():
    """The part writes a plain or language-tagged literal's N-Triples as its TriG: true of
    every character (pyoxigraph escapes one character at a time)."""
    every_character = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for literal in (Literal(every_character), Literal(every_character, language="zh"),
                    Literal('"\\' + every_character[:300] + '"', language="en")):
        assert _TurtleTerms().term(str(literal)) == _written_by_pyoxigraph(literal) == str(literal)


def test_an_iri_in_a_namespace_is_written_as_pyoxigraph_writes_it():
    terms = _TurtleTerms()
    alphanumerics = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    locals_ = [alphanumerics, *alphanumerics, "a.b", "a.", "_x", "a-b", "a~b", "%E5%8C%97", "-", "a/b", "", "a:b", "1"]
    for namespace in [*PREFIXES.values(), "https://w3id.org/fazhi/", "http://example.org/"]:
        for local in locals_:
            iri = NamedNode(namespace + local)
            assert terms.term(str(iri)) == _written_by_pyoxigraph(iri), iri
    for literal in (Literal("12", datatype=NamedNode(XSD + "integer")), Literal("2021-03-01", datatype=NamedNode(XSD + "date")),
                    Literal("true", datatype=NamedNode(XSD + "boolean")), Literal("x", datatype=NamedNode("http://example.org/t"))):
        assert terms.term(str(literal)) == _written_by_pyoxigraph(literal)


def test_an_integer_is_written_as_pyoxigraph_writes_it():
    """An xsd:integer in one of Turtle's bare forms is written bare without asking pyoxigraph;
    any other form (and any other number type) as pyoxigraph writes it."""
    terms = _TurtleTerms()
    forms = ["0", "7", "1024", "-5", "+5", "007", "-0", "99999999999999999999999", "1.5", "1e3", " 1", "1 ", "",
             "١٢", "12a", "0x1F", "+", "-"]
    for form in forms:
        for datatype in ("integer", "int", "decimal", "nonNegativeInteger"):
            literal = Literal(form, datatype=NamedNode(XSD + datatype))
            assert terms.term(str(literal)) == _written_by_pyoxigraph(literal), (form, datatype)
    assert terms.term(str(Literal("1024", datatype=NamedNode(XSD + "integer")))) == "1024"


def test_a_part_of_quads_is_one_named_graph(seed_results):
    import pytest

    quads = list(report_quads(next(iter(seed_results.values()))))[:5]
    other = Quad(quads[0].subject, quads[0].predicate, quads[0].object, NamedNode("https://w3id.org/fazhi/graph/other"))
    with pytest.raises(ValueError, match="one named graph"):
        write_rdf_part(quads + [other], io.BytesIO(), io.BytesIO())
    assert write_rdf_part([], io.BytesIO(), io.BytesIO()) == ("", 0)
