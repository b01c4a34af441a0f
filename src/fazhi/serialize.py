"""The extraction contract: a ``DocumentResult`` as one JSON object, and back.

The object has the shape of the gold files (ANNOTATION.md section 5): ``doc``, ``report``,
``regulations``, ``organizations``, ``measures``, each entity with ``name``, ``aliases``,
``type`` (and the regulation attributes), plus what the scorer ignores and the graph needs:
each entity's ``key`` and ``mentions`` (text, start, end, rule), the ``places`` and the
``relations`` with their evidence. ``fazhi extract --format jsonl`` prints it; the build
cache stores it; ``fazhi evaluate`` reads it.
"""
from __future__ import annotations

from typing import Any

from fazhi.model import (DocumentResult, EdgeType, Entity, Evidence, Kind, Mention, MentionLabel, Relation,
                         ReportInfo, report_key)

SECTION_OF_KIND = {Kind.REGULATION: "regulations", Kind.ORGANIZATION: "organizations", Kind.MEASURE: "measures",
                   Kind.PLACE: "places"}
KIND_OF_SECTION = {v: k for k, v in SECTION_OF_KIND.items()}
# EdgeType by value: a dict lookup where EdgeType(value) costs a third of reading a relation
EDGE_TYPE_OF_VALUE = {t.value: t for t in EdgeType}
IMPLIED_SECTION = "implied_organizations"
LABEL_OF_KIND = {Kind.REGULATION: MentionLabel.CITATION, Kind.ORGANIZATION: MentionLabel.ORGANIZATION,
                 Kind.MEASURE: MentionLabel.MEASURE, Kind.PLACE: MentionLabel.ORGANIZATION}
# Attributes written for each kind, in this order, after name/aliases/type.
REGULATION_FIELDS = ("doc_number", "issuer", "relation", "level", "gazetteer_title", "version", "expired",
                     "unresolved", "doc_number_note", "issuer_key")
OTHER_FIELDS = ("place_code", "parent_key", "broader")


def entity_to_json(entity: Entity) -> dict[str, Any]:
    obj: dict[str, Any] = {"name": entity.name, "aliases": list(entity.aliases), "type": entity.type}
    fields = REGULATION_FIELDS if entity.kind is Kind.REGULATION else OTHER_FIELDS
    for name in fields:
        obj[name] = getattr(entity, name)
    obj["key"] = entity.key
    obj["mentions"] = [{"text": m.text, "start": m.start, "end": m.end, "rule": m.rule} for m in entity.mentions]
    return obj


def result_to_json(result: DocumentResult) -> dict[str, Any]:
    r = result.report
    obj: dict[str, Any] = {
        "doc": r.doc_id,
        "report": {"title": r.title, "publisher": r.publisher, "region": r.region, "year": r.year, "date": r.date,
                   "key": r.key, "publisher_key": r.publisher_key, "region_code": r.region_code,
                   "sha256": r.sha256, "path": r.path},
    }
    for kind, section in SECTION_OF_KIND.items():
        obj[section] = [entity_to_json(e) for e in result.entities if e.kind is kind and not e.implied]
    # bodies the report does not name, present as parents of those it does (for the graph)
    obj[IMPLIED_SECTION] = [entity_to_json(e) for e in result.entities if e.implied]
    obj["relations"] = [
        {"type": rel.type.value, "source": rel.source, "target": rel.target,
         "evidence": None if rel.evidence is None else
         {"doc": rel.evidence.doc_id, "start": rel.evidence.start, "end": rel.evidence.end,
          "sentence": rel.evidence.sentence}}
        for rel in result.relations
    ]
    obj["warnings"] = list(result.warnings)
    return obj


def result_from_json(obj: dict[str, Any], mentions: bool = True) -> DocumentResult:
    """The result ``obj`` holds; without ``mentions``, its entities' mentions are left out
    (the graph's merge never reads them, and they are most of the objects of a result).

    Each relation's evidence holds the report's name and its sentence as one string each,
    however many relations quote them (the graph keeps them so: ``kg.graph.GraphBuilder``)."""
    rep = obj.get("report") or {}
    doc_id = obj["doc"]
    info = ReportInfo(doc_id=doc_id, key=rep.get("key") or report_key(doc_id), title=rep.get("title"),
                      publisher=rep.get("publisher"), publisher_key=rep.get("publisher_key"),
                      region=rep.get("region"), region_code=rep.get("region_code"), year=rep.get("year"),
                      date=rep.get("date"), sha256=rep.get("sha256", ""), path=rep.get("path", ""))
    entities = []
    for section, kind in [*KIND_OF_SECTION.items(), (IMPLIED_SECTION, Kind.ORGANIZATION)]:
        for e in obj.get(section, []):
            fields = REGULATION_FIELDS if kind is Kind.REGULATION else OTHER_FIELDS
            entity = Entity(kind=kind, key=e["key"], name=e["name"], type=e.get("type") or "other",
                            aliases=list(e.get("aliases") or []),
                            **{f: e[f] for f in fields if f in e and e[f] is not None})
            if mentions:
                entity.mentions = [Mention(LABEL_OF_KIND[kind], m["start"], m["end"], m["text"], m["text"],
                                           m.get("rule", "")) for m in e.get("mentions", [])]
            entity.implied = section == IMPLIED_SECTION
            entities.append(entity)
    relations = []
    strings: dict[str, str] = {doc_id: doc_id}  # one object per distinct report name and sentence
    for rel in obj.get("relations", []):
        ev = rel.get("evidence")
        evidence = Evidence(strings.setdefault(ev["doc"], ev["doc"]), ev["start"], ev["end"],
                            strings.setdefault(ev["sentence"], ev["sentence"])) if ev else None
        edge_type = EDGE_TYPE_OF_VALUE.get(rel["type"]) or EdgeType(rel["type"])  # (an unknown one raises)
        relations.append(Relation(edge_type, rel["source"], rel["target"], evidence))
    return DocumentResult(report=info, entities=entities, relations=relations, warnings=list(obj.get("warnings", [])))
