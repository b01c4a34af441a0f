"""The graph as a dataset: the seed export satisfies the SHACL shapes, every term it uses is in
the ontology, IRIs are valid, stable and survive two independent parsers, and rebuilding after
one report changed rewrites only that report's named graph."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph
import pyshacl
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, Literal, Namespace, URIRef

from fazhi.build import build_corpus
from fazhi.kg.rdf import iri_for_key
from fazhi.kg.store import DIGESTS, open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ONTOLOGY = ROOT / "ontology" / "fazhi.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
FZ = Namespace("https://w3id.org/fazhi/ontology#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
GRAPH = "https://w3id.org/fazhi/graph/"


def validate(data: rdflib.Graph) -> tuple[bool, rdflib.Graph, str]:
    return pyshacl.validate(data, shacl_graph=rdflib.Graph().parse(SHAPES), inference="none")


# --- SHACL ------------------------------------------------------------------------------------

def test_seed_export_satisfies_the_shapes(seed_build):
    exports = seed_build.exports
    conforms, _, text = validate(rdflib.Graph().parse(exports / "fazhi.ttl"))
    assert conforms, text


def test_shapes_catch_broken_data(seed_build):
    """One violation of each kind planted in the seed export, each reported."""
    exports = seed_build.exports
    data = rdflib.Graph().parse(exports / "fazhi.ttl")
    mention = next(data.subjects(RDF.type, FZ.Mention))
    statement = (data.value(mention, FZ.subject), data.value(mention, FZ.property), data.value(mention, FZ.object))
    data.remove(statement)  # evidence for a statement the graph does not make
    regulation = next(data.subjects(RDF.type, FZ.Regulation))
    data.remove((regulation, SKOS.prefLabel, None))  # a regulation without a name
    report = next(data.subjects(RDF.type, FZ.Report))
    organization = next(data.subjects(RDF.type, FZ.Organization))
    data.add((report, ELI.cites, organization))  # a citation of an organization, without evidence
    data.add((report, FZ.mentions, regulation))  # fz:mentions is for organizations and measures
    other = next(m for m in data.subjects(RDF.type, FZ.Mention) if m != mention)
    data.set((other, FZ.start, Literal(10 ** 7)))  # a span that starts after it ends
    conforms, results, _ = validate(data)
    assert not conforms
    failures = {(r, str(c)) for v in results.subjects(RDF.type, SH.ValidationResult)
                for r, c in [(results.value(v, SH.focusNode), results.value(v, SH.sourceConstraintComponent))]}
    components = {c.rsplit("#", 1)[-1] for _, c in failures}
    assert {"SPARQLConstraintComponent", "MinCountConstraintComponent", "ClassConstraintComponent",
            "LessThanConstraintComponent"} <= components
    focus = {f for f, _ in failures}
    assert {regulation, report, other, URIRef("https://w3id.org/fazhi/id/dataset")} <= focus
    messages = {str(m) for m in results.objects(None, SH.resultMessage)}
    assert {"the object of fz:mentions is no Organization or Measure",
            "a stated relation has no fz:Mention evidence node",
            "an evidence node of this report states a relation that is not in the graph as a plain triple"} <= messages


# --- ontology ---------------------------------------------------------------------------------

def test_every_term_the_export_uses_is_described_in_the_ontology(seed_build):
    exports = seed_build.exports
    data = rdflib.Graph().parse(exports / "fazhi.ttl")
    ontology = rdflib.Graph().parse(ONTOLOGY)
    properties = set(data.predicates()) - {RDF.type}
    classes = set(data.objects(None, RDF.type))
    assert FZ.Mention in classes and ELI.cites in properties

    def has(term, prop, lang):
        return any(getattr(o, "language", None) == lang for o in ontology.objects(term, prop))

    for term in sorted(properties | classes):
        for lang in ("en", "zh"):
            assert has(term, RDFS.label, lang), f"{term} has no rdfs:label@{lang}"
            assert has(term, RDFS.comment, lang), f"{term} has no rdfs:comment@{lang}"
    for prop in properties:
        assert (prop, RDFS.domain, None) in ontology or (prop, SCHEMA.domainIncludes, None) in ontology, prop
        assert (prop, RDFS.range, None) in ontology or (prop, SCHEMA.rangeIncludes, None) in ontology, prop
        if prop.startswith(str(FZ)):  # fazhi's own properties have real domains and ranges
            assert (prop, RDFS.domain, None) in ontology and (prop, RDFS.range, None) in ontology, prop
    for doc_type in set(data.objects(None, ELI.type_document)):
        assert (doc_type, RDF.type, ELI.ResourceType) in ontology
        assert {lbl.language for lbl in ontology.objects(doc_type, SKOS.prefLabel)} == {"en", "zh"}


def test_ontology_aligns_with_eli_org_prov_skos_and_schema():
    ontology = rdflib.Graph().parse(ONTOLOGY)
    for triple in [(FZ.Regulation, RDFS.subClassOf, ELI.LegalResource),
                   (FZ.Organization, RDFS.subClassOf, ORG.Organization),
                   (FZ.Measure, RDFS.subClassOf, SKOS.Concept),
                   (FZ.Mention, RDFS.subClassOf, PROV.Entity),
                   (FZ.Place, RDFS.subClassOf, SCHEMA.AdministrativeArea),
                   (FZ.Report, RDFS.subClassOf, SCHEMA.Report),
                   (FZ.issues, OWL.inverseOf, ELI.passed_by),
                   (FZ.inReport, RDFS.subPropertyOf, PROV.wasDerivedFrom)]:
        assert triple in ontology, triple
    for term in (ELI.cites, ELI.id_local, ELI.type_document, ORG.subOrganizationOf):
        assert (term, RDFS.label, None) in ontology


# --- IRIs ------------------------------------------------------------------------------------

def _iris(quads) -> set[str]:
    return {t.value for q in quads for t in (q.subject, q.predicate, q.object, q.graph_name)
            if isinstance(t, pyoxigraph.NamedNode)}


def test_iris_are_valid_uris(seed_build):
    exports = seed_build.exports
    quads = list(pyoxigraph.parse(path=str(exports / "fazhi.trig"), format=pyoxigraph.RdfFormat.TRIG))
    assert not any(isinstance(t, pyoxigraph.BlankNode) for q in quads for t in (q.subject, q.object))
    for iri in _iris(quads):
        assert iri.isascii() and re.fullmatch(r"https?://[!#$%&'()*+,\-./0-9:;=?@A-Z_a-z~]+", iri), iri
        assert rdflib.term._is_valid_uri(iri), iri


def test_export_round_trips_through_rdflib_and_oxigraph(seed_build):
    exports = seed_build.exports
    for name, fmt, rdflib_in, rdflib_out, dataset in (("fazhi.trig", pyoxigraph.RdfFormat.TRIG, "trig", "nquads", True),
                                                      ("fazhi.ttl", pyoxigraph.RdfFormat.TURTLE, "turtle", "nt", False)):
        direct = set(pyoxigraph.parse(path=str(exports / name), format=fmt))
        graph = rdflib.Dataset() if dataset else rdflib.Graph()
        graph.parse(exports / name, format=rdflib_in)
        again = set(pyoxigraph.parse(graph.serialize(format=rdflib_out, encoding="utf-8"),
                                     format=pyoxigraph.RdfFormat.N_QUADS if dataset else pyoxigraph.RdfFormat.N_TRIPLES))
        assert len(direct) > 10000 and again == direct, name


def _entity_iris(store_path: Path) -> dict[str, str]:
    store = open_store(store_path)
    rows = store.query("SELECT ?s ?k WHERE { GRAPH ?g { ?s <https://w3id.org/fazhi/ontology#key> ?k } }")
    return {r["k"].value: r["s"].value for r in rows}


def _graph_and_report_iris(store_path: Path) -> set[str]:
    store = open_store(store_path)
    return {g.value for g in store.named_graphs()} | {
        r["r"].value for r in store.query("SELECT ?r WHERE { GRAPH ?g { ?r a <https://w3id.org/fazhi/ontology#Report> } }")}


EXTRA_REPORT = """某县2023年法治政府建设情况报告
2023年,县人民政府深入贯彻《中华人民共和国宪法》,严格落实《重大行政决策程序暂行条例》,全面推行行政执法三项制度。
县司法局认真学习宣传《中华人民共和国行政复议法》,依法办理行政复议案件。
"""


def test_iris_do_not_change_when_reports_are_added_removed_or_reordered(seed_build, tmp_path):
    store = seed_build.store
    before = _entity_iris(store)
    assert all(iri == iri_for_key(key).value for key, iri in before.items())  # a function of the key alone
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for path in seeds[1:]:  # one report fewer …
        shutil.copy(path, corpus / path.name)
    (corpus / "zz_extra.txt").write_text(EXTRA_REPORT, encoding="utf-8")  # … and one more
    build_corpus(list(reversed(sorted(corpus.glob("*.txt")))), store=tmp_path / "store", exports=tmp_path / "exports",
                 cache_dir=None)  # given in reverse order
    after = _entity_iris(tmp_path / "store")
    shared = before.keys() & after.keys()
    assert len(shared) > 0.5 * len(before)
    assert all(before[k] == after[k] for k in shared)
    unchanged_reports = {GRAPH + "report/" + p.name for p in seeds[1:]}
    assert unchanged_reports <= _graph_and_report_iris(tmp_path / "store")
    assert unchanged_reports <= _graph_and_report_iris(store)


# --- named graphs and incremental update --------------------------------------------------------

def _graph_texts(store_path: Path) -> dict[str, str]:
    """Each graph of the store as sorted N-Quads text."""
    store = open_store(store_path)
    texts = {}
    for graph in store.named_graphs():
        lines = sorted(str(q) for q in store.quads_for_pattern(None, None, None, graph))
        texts[graph.value] = "\n".join(lines)
    return texts


def _trig_blocks(trig: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in re.finditer(r"^(\S+) \{\n(.*?)^\}", trig, re.S | re.M)}


def test_each_report_graph_holds_that_report_and_its_evidence(seed_build):
    store_path = seed_build.store
    store = open_store(store_path)
    for graph in store.named_graphs():
        reports = {q.subject for q in store.quads_for_pattern(None, pyoxigraph.NamedNode(str(RDF.type)),
                                                              pyoxigraph.NamedNode(str(FZ.Report)), graph)}
        sources = {q.object for q in store.quads_for_pattern(None, pyoxigraph.NamedNode(str(FZ.inReport)), None, graph)}
        if graph.value == GRAPH + "entities":
            assert not reports and not sources
        else:
            assert len(reports) == 1 and sources == reports
            assert graph.value.rsplit("/", 1)[1] == next(iter(reports)).value.rsplit("/", 1)[1]


def test_rebuilding_after_one_report_changed_rewrites_only_its_graph(tmp_path):
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    store, exports, cache = tmp_path / "graph" / "store", tmp_path / "exports", tmp_path / "graph" / "cache"
    first, _ = build_corpus([corpus], store=store, exports=exports, cache_dir=cache)
    assert first.graphs_rewritten  # a new store: every graph written
    before, trig_before = _graph_texts(store), _trig_blocks((exports / "fazhi.trig").read_text(encoding="utf-8"))

    changed = corpus / "004_751c6dcf84680b70.txt"
    original = changed.read_bytes()
    changed.write_bytes(original + "\n同时,严格执行《中华人民共和国行政许可法》,规范行政许可行为。\n".encode())
    second, _ = build_corpus([corpus], store=store, exports=exports, cache_dir=cache)
    after, trig_after = _graph_texts(store), _trig_blocks((exports / "fazhi.trig").read_text(encoding="utf-8"))

    changed_graph = GRAPH + "report/004_751c6dcf84680b70.txt"
    assert second.cached == 4  # only the changed report was read again
    assert changed_graph in second.graphs_rewritten
    assert set(second.graphs_rewritten) <= {changed_graph, GRAPH + "entities"}
    assert "行政许可法" in after[changed_graph] and "行政许可法" not in before[changed_graph]
    for graph in before:
        if graph not in (changed_graph, GRAPH + "entities"):
            assert after[graph] == before[graph], graph  # byte-identical in the store …
    unchanged_blocks = [k for k in trig_before if "004_751c6dcf84680b70" not in k and k != "fzg:entities"]
    assert len(unchanged_blocks) == 4
    for block in unchanged_blocks:
        assert trig_after[block] == trig_before[block], block  # … and in the TriG export

    changed.write_bytes(original)  # re-reading the original replaces exactly the added statements
    assert (store / DIGESTS).exists()
    (store / DIGESTS).unlink()  # without the recorded digests, graphs are compared quad by quad
    third, _ = build_corpus([corpus], store=store, exports=exports, cache_dir=cache)
    assert _graph_texts(store) == before
    assert set(third.graphs_rewritten) <= {changed_graph, GRAPH + "entities"}

    (corpus / "003_0a67404664f71384.txt").unlink()  # a report removed from the corpus: its graph goes
    fourth, _ = build_corpus([corpus], store=store, exports=exports, cache_dir=cache)
    gone = GRAPH + "report/003_0a67404664f71384.txt"
    assert gone in fourth.graphs_rewritten and gone not in _graph_texts(store)
    assert all(_graph_texts(store)[g] == before[g] for g in before if g not in (gone, GRAPH + "entities"))


def test_a_store_mostly_changed_is_written_anew_and_a_little_change_patched(tmp_path):
    from pyoxigraph import Literal, NamedNode, Quad

    from fazhi.kg.store import graph_sources_of, write_store

    def graph(name: str, count: int, word: str) -> list:
        g = NamedNode(GRAPH + name)
        return [Quad(NamedNode(f"{GRAPH}{name}/s{i}"), NamedNode(str(FZ.text)), Literal(f"{word}{i}"), g)
                for i in range(count)]

    path = tmp_path / "store"
    big, small = graph("big", 10, "甲"), graph("small", 1, "乙")
    assert write_store(path, graph_sources_of(big + small)).from_scratch
    big2 = graph("big", 10, "丙")  # most quads change (a new fazhi re-extracted every report)
    update = write_store(path, graph_sources_of(big2 + small))
    assert update.from_scratch and set(open_store(path)) == set(big2 + small)
    small2 = graph("small", 1, "丁")  # one small graph changes: patched in place
    update = write_store(path, graph_sources_of(big2 + small2))
    assert not update.from_scratch and update.rewritten == [GRAPH + "small"]
    assert set(open_store(path)) == set(big2 + small2)
