"""Find entities in the built store by any of their names, and describe one as a card.

Names are matched exactly after normalisation first (行政复议法, 中华人民共和国行政复议法 and
《行政复议法》 all normalise to one key), then fuzzily (rapidfuzz) for typos and variants.
Everything is read from the store; nothing is re-extracted.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pyoxigraph import Store
from rapidfuzz import fuzz, process

from fazhi.gazetteer.laws import match_key
from fazhi.kg.rdf import PROPERTY_OF_EDGE
from fazhi.kg.store import query
from fazhi.text import normalize_title

EDGE_OF_PROPERTY = {iri: edge.value for edge, iri in PROPERTY_OF_EDGE.items()}


@dataclass
class Candidate:
    iri: str
    name: str
    kind: str
    matched: str  # the name it was found by
    score: float


@dataclass
class Card:
    iri: str
    kind: str
    name: str
    attributes: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    outgoing: dict[str, list[str]] = field(default_factory=dict)  # edge type → neighbour names
    incoming: dict[str, list[str]] = field(default_factory=dict)
    evidence: list[dict] = field(default_factory=list)  # relation, report, year, sentence

    def as_dict(self) -> dict:
        return {"iri": self.iri, "kind": self.kind, "name": self.name, "attributes": self.attributes,
                "aliases": self.aliases, "outgoing": self.outgoing, "incoming": self.incoming,
                "evidence": self.evidence}


_LABELS = """
SELECT ?s ?label ?class ?pref WHERE {
  GRAPH fzg:entities { ?s skos:prefLabel ?pref ; a ?class . FILTER(STRSTARTS(STR(?class), STR(fz:))) }
  { ?s skos:prefLabel ?label } UNION { ?s skos:altLabel ?label }
}"""


def _labels(store: Store) -> list[tuple[str, str, str, str]]:
    rows = []
    for sol in query(store, _LABELS):
        kind = sol["class"].value.rsplit("#", 1)[-1]
        rows.append((sol["s"].value, sol["label"].value, kind, sol["pref"].value))
    return rows


def find(store: Store, name: str, limit: int = 10, min_score: float = 70.0) -> list[Candidate]:
    """Entities named ``name`` (any alias), best first; exact matches before fuzzy ones."""
    wanted = {normalize_title(name), match_key(name)}
    labels = _labels(store)
    exact: dict[str, Candidate] = {}
    for iri, label, kind, pref in labels:
        if normalize_title(label) in wanted or match_key(label) in wanted:
            exact.setdefault(iri, Candidate(iri, pref, kind, label, 100.0))
    if exact:
        return sorted(exact.values(), key=lambda c: (c.kind != "Regulation", len(c.name), c.name))[:limit]
    choices = {i: normalize_title(label) for i, (_, label, _, _) in enumerate(labels)}
    best: dict[str, Candidate] = {}
    for _, score, i in process.extract(normalize_title(name), choices, scorer=fuzz.WRatio, limit=limit * 5):
        if score < min_score:
            continue
        iri, label, kind, pref = labels[i]
        if iri not in best or best[iri].score < score:
            best[iri] = Candidate(iri, pref, kind, label, float(score))
    return sorted(best.values(), key=lambda c: (-c.score, c.name))[:limit]


def card(store: Store, iri: str) -> Card:
    """Everything the store says about one entity."""
    node = f"<{iri}>"
    head = list(query(store, f"SELECT ?class ?name WHERE {{ GRAPH fzg:entities {{ {node} a ?class ; skos:prefLabel ?name }} FILTER(STRSTARTS(STR(?class), STR(fz:))) }}"))
    kind = head[0]["class"].value.rsplit("#", 1)[-1] if head else "Unknown"
    result = Card(iri=iri, kind=kind, name=head[0]["name"].value if head else iri)
    for sol in query(store, f"SELECT ?p ?o WHERE {{ GRAPH fzg:entities {{ {node} ?p ?o }} FILTER(isLiteral(?o)) }}"):
        prop = sol["p"].value
        local = prop.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if local in ("prefLabel", "label", "key", "name"):
            continue
        result.attributes[local] = sol["o"].value
    result.aliases = sorted({s["a"].value for s in query(store, f"SELECT DISTINCT ?a WHERE {{ {node} skos:altLabel ?a }}")})
    for direction, pattern in (("outgoing", f"{node} ?p ?n"), ("incoming", f"?n ?p {node}")):
        rows = query(store, f"SELECT DISTINCT ?p ?n ?nname WHERE {{ {pattern} . OPTIONAL {{ ?n skos:prefLabel ?nname }} "
                            f"OPTIONAL {{ ?n dcterms:title ?nname }} OPTIONAL {{ ?n fz:sourceFile ?nname }} }}")
        groups = getattr(result, direction)
        for sol in rows:
            edge = EDGE_OF_PROPERTY.get(sol["p"].value)
            if edge is None:
                continue
            label = sol["nname"].value if sol["nname"] is not None else sol["n"].value
            groups.setdefault(edge, [])
            if label not in groups[edge]:
                groups[edge].append(label)
        for names in groups.values():
            names.sort()
    # the version of a law in force in each citing report's year lives in that report's graph
    evidence_query = f"""
    SELECT ?p ?file ?year ?text ?start ?version WHERE {{
      ?m a fz:Mention ; fz:property ?p ; fz:text ?text ; fz:inReport ?r ; fz:start ?start .
      {{ ?m fz:subject {node} }} UNION {{ ?m fz:object {node} }}
      ?r fz:sourceFile ?file . OPTIONAL {{ ?r fz:year ?year }}
      OPTIONAL {{ GRAPH ?g {{ ?r a fz:Report . {node} fz:versionDate ?version }} }}
    }} ORDER BY ?file ?start"""
    seen = set()
    for sol in query(store, evidence_query):
        item = (EDGE_OF_PROPERTY.get(sol["p"].value, sol["p"].value), sol["file"].value,
                int(sol["year"].value) if sol["year"] is not None else None, sol["text"].value)
        if item in seen:
            continue
        seen.add(item)
        entry = {"relation": item[0], "report": item[1], "year": item[2], "sentence": item[3]}
        if sol["version"] is not None:
            entry["version"] = sol["version"].value
        result.evidence.append(entry)
    return result


__all__ = ["Candidate", "Card", "card", "find"]
