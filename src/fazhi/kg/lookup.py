"""Find entities of the built graph by any of their names, and describe one as a card.

A build writes a lookup index beside the store (``graph/lookup.sqlite``, SQLite): every
entity's names and aliases in their normalised and law-gazetteer forms (indexed for exact
matches) and their character bigrams (indexed for fuzzy ones), and what a card shows —
attributes, neighbours by edge type, evidence sentences with report and year — laid out so
that each read is a short index range. So 行政复议法, 中华人民共和国行政复议法 and
《行政复议法》 meet exactly, a typo (行政复议发) still finds the names sharing most bigrams,
which rapidfuzz ranks, and a lookup costs a few milliseconds however large the corpus:
it neither opens the SPARQL store (whose opening alone takes tens of milliseconds on a
large one) nor reads every name. Nothing is re-extracted.
"""
from __future__ import annotations

import errno
import json
import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from fazhi.gazetteer.laws import match_key
from fazhi.kg.files import replace_when_done
from fazhi.model import Evidence, Kind, report_doc_id
from fazhi.text import normalize_title

if TYPE_CHECKING:  # networkx and the RDF module are for writing the index; a lookup does without them
    import networkx as nx

INDEX_NAME = "lookup.sqlite"
INDEX_VERSION = "4"

# Fuzzy matching reads the postings of a query's rarest bigrams until this many are read (人民
# or 政府 alone may be in most names of a large corpus: then only the best connected of those
# names are read), then ranks the names sharing the most of them (at most FUZZY_POOL) with rapidfuzz.
POSTINGS_BUDGET = 8000
FUZZY_POOL = 200

# Node attributes a card shows, in order, and the label the text card prints for each.
ATTRIBUTE_LABELS = {
    "doc_number": "文号", "issuer": "issuer", "level": "level", "gazetteer_title": "official title",
    "promulgated": "current text promulgated", "effective": "current text in force",
    "version": "version cited", "expired": "expired", "unresolved": "unresolved", "place_code": "division code",
    "title": "title", "year": "year", "date": "date", "region": "region", "publisher": "publisher",
}


class LookupIndexError(RuntimeError):
    """The lookup index is missing or unreadable; the message says what to do."""


@dataclass
class Candidate:
    iri: str
    name: str
    kind: str
    matched: str  # the name it was found by
    score: float
    type: str = ""
    degree: int = 0  # number of edges: how connected it is


@dataclass
class Card:
    iri: str
    key: str
    kind: str
    name: str
    type: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    # edge type → neighbour names (at most ``neighbours``, best connected first); counts: all of them
    outgoing: dict[str, list[str]] = field(default_factory=dict)
    incoming: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=lambda: {"outgoing": {}, "incoming": {}})
    evidence: list[dict] = field(default_factory=list)  # report, year, relations, sentence; newest first
    evidence_total: int = 0  # sentences with evidence about the entity, in all
    evidence_reports: int = 0  # reports they come from
    # of a regulation: the regulations cited together with it most often (by two reports or
    # more), each with the number of reports citing both
    cited_with: list[tuple[str, int]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def index_path(store: Path) -> Path:
    """Where the lookup index of the store at ``store`` lives."""
    return Path(store).with_name(INDEX_NAME)


def search_form(text: str) -> str:
    """What fuzzy matching compares: the normalised name, lower-cased."""
    return normalize_title(text).lower()


def bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


# --- writing the index (at build time) ------------------------------------------------------

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
-- ids follow degree, highest first, so that an index range lists the best connected first
CREATE TABLE entity (id INTEGER PRIMARY KEY, iri TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL,
                     name TEXT NOT NULL, type TEXT NOT NULL, degree INTEGER NOT NULL, attributes TEXT NOT NULL,
                     aliases TEXT NOT NULL, evidence_total INTEGER NOT NULL, evidence_reports INTEGER NOT NULL);
CREATE TABLE label (id INTEGER PRIMARY KEY, entity INTEGER NOT NULL, label TEXT NOT NULL, norm TEXT NOT NULL,
                    key TEXT NOT NULL, form TEXT NOT NULL);
CREATE TABLE gram (gram TEXT NOT NULL, label INTEGER NOT NULL, PRIMARY KEY (gram, label)) WITHOUT ROWID;
CREATE TABLE gram_count (gram TEXT PRIMARY KEY, labels INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE chars (ch TEXT PRIMARY KEY) WITHOUT ROWID;
-- reports: how many reports state the edge (an incremental build removes it at zero)
CREATE TABLE edge (source INTEGER NOT NULL, type TEXT NOT NULL, target INTEGER NOT NULL, reports INTEGER NOT NULL,
                   PRIMARY KEY (source, type, target)) WITHOUT ROWID;
CREATE TABLE sentence (id INTEGER PRIMARY KEY, report INTEGER NOT NULL, start INTEGER NOT NULL, text TEXT NOT NULL);
-- newest first: `year` is stored negated so that the primary key's order is the card's
CREATE TABLE evidence (entity INTEGER NOT NULL, neg_year INTEGER NOT NULL, sentence INTEGER NOT NULL,
                       relations TEXT NOT NULL, PRIMARY KEY (entity, neg_year, sentence)) WITHOUT ROWID;
-- what merging read for each node, per report (``kg.graph.entity_record``; a report's own
-- fields at seq -1): an incremental build merges the nodes a changed report touches again from it
CREATE TABLE merge_record (entity INTEGER NOT NULL, report INTEGER NOT NULL, seq INTEGER NOT NULL,
                           record TEXT NOT NULL, PRIMARY KEY (entity, report, seq)) WITHOUT ROWID;
-- every pair of regulations some report cites together, and how many reports do (first: the
-- regulation whose key sorts first): the entities graph holds the most frequent of them
-- (``kg.statistics.frequent_co_citations``), which an incremental build finds again from here
CREATE TABLE co_citation (first INTEGER NOT NULL, second INTEGER NOT NULL, reports INTEGER NOT NULL,
                          PRIMARY KEY (first, second)) WITHOUT ROWID;
"""
_INDEXES = """
CREATE UNIQUE INDEX entity_iri ON entity (iri);
CREATE UNIQUE INDEX entity_key ON entity (key);
CREATE INDEX label_norm ON label (norm);
CREATE INDEX label_key ON label (key);
CREATE INDEX label_entity ON label (entity);
CREATE INDEX edge_target ON edge (target, type, source);
CREATE INDEX sentence_report ON sentence (report);
CREATE INDEX co_citation_reports ON co_citation (reports);
CREATE INDEX co_citation_second ON co_citation (second, reports);
"""


def _attributes(data: dict, gazetteer) -> dict[str, str]:
    values = {name: data.get(name) for name in ATTRIBUTE_LABELS}
    if data.get("versions"):
        # the version of a law in force differs by citing report: "report: date; …"
        values["version"] = "; ".join(data["versions"])
    if data.get("kind") == Kind.REGULATION.value and data.get("gazetteer_title"):
        entry = gazetteer.lookup(data["gazetteer_title"])
        if entry is not None:
            values.update(promulgated=entry.promulgation_date or None, effective=entry.effective_date or None)
    if data.get("kind") != Kind.REPORT.value:
        for name in ("title", "year", "date", "region", "publisher"):
            values[name] = None
    elif values.get("title") == data.get("name"):
        values["title"] = None  # the card's heading already
    return {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in values.items() if v not in (None, "")}


def sentence_starts(evidence: Iterable[Evidence]) -> dict[tuple[str, str], int]:
    """Each (report, sentence) of ``evidence`` at its first start, in the order the index
    numbers sentences: by report, start, text."""
    starts: dict[tuple[str, str], int] = {}
    for ev in evidence:
        key = (ev.doc_id, ev.sentence)
        start = starts.get(key)
        if start is None or ev.start < start:
            starts[key] = ev.start
    return dict(sorted(starts.items(), key=lambda item: (item[0][0], item[1], item[0][1])))


def _names(node: str, data: dict) -> tuple[str, str, list[str]]:
    """A node's kind, name and other names, as the index holds them."""
    kind = data.get("kind") or "Unknown"
    name = data.get("name") or node
    return kind, name, sorted(set(data.get("aliases") or []) - {name})


# what json.dumps(value, ensure_ascii=False) writes, without making an encoder for every call
_JSON = json.JSONEncoder(ensure_ascii=False)


def entity_row(node: str, data: dict, entity_id: int, degree: int, evidence_total: int, evidence_reports: int,
               gazetteer) -> tuple:
    """A node's row of the ``entity`` table."""
    from fazhi.kg.rdf import iri_for_key

    kind, name, aliases = _names(node, data)
    return (entity_id, iri_for_key(node).value, node, kind, name, data.get("type") or "", degree,
            _JSON.encode(_attributes(data, gazetteer)), _JSON.encode(aliases), evidence_total, evidence_reports)


def label_forms(node: str, data: dict) -> list[tuple[str, str, str, str]]:
    """A node's names as the ``label`` table holds them: (label, norm, key, form), one per form."""
    kind, name, aliases = _names(node, data)
    names = [name, *aliases] + ([data["doc_id"]] if kind == Kind.REPORT.value else [])
    seen, forms = set(), []
    for label in names:
        form = search_form(label)
        if not form or form in seen:
            continue
        seen.add(form)
        forms.append((label, normalize_title(label), match_key(label), form))
    return forms


def _edge_items(graph: nx.MultiDiGraph) -> Iterator[tuple[str, str, str, dict]]:
    """(source, target, edge type, data) of every edge in the graph's order, read from its
    adjacency dicts: networkx's edge view costs more per edge than the index does with it."""
    for source, neighbours in graph.adjacency():
        for target, by_type in neighbours.items():
            for edge_type, data in by_type.items():
                yield source, target, edge_type, data


class _TypeBits(dict):
    """A bit for each edge type, as it is first seen, and each set of them as the index writes
    it: the names sorted, joined by commas ("CITES,IMPLEMENTS")."""

    def __init__(self) -> None:
        super().__init__()
        self._names: dict[int, str] = {}

    def __missing__(self, edge_type: str) -> int:
        bit = self[edge_type] = 1 << len(self)
        return bit

    def names(self, bits: int) -> str:
        names = self._names.get(bits)
        if names is None:
            names = self._names[bits] = ",".join(sorted(t for t, bit in self.items() if bits & bit))
        return names


def _fill(conn: sqlite3.Connection, graph: nx.MultiDiGraph, records: RecordSpool | None = None) -> None:
    from fazhi.gazetteer.laws import law_gazetteer
    from fazhi.kg.statistics import CITES, co_citation_counts

    conn.executescript(_SCHEMA)
    gazetteer = law_gazetteer()
    degrees = dict(graph.degree())
    nodes = sorted(graph.nodes, key=lambda n: (-degrees[n], n))
    ids = {node: i for i, node in enumerate(nodes, 1)}
    reports = {d["doc_id"]: (ids[n], d.get("year")) for n, d in graph.nodes(data=True) if d.get("kind") == Kind.REPORT.value}

    # evidence: one sentence row per (report, sentence), numbered in reading order; per
    # entity, which relations each sentence supports
    first_start = sentence_starts(ev for *_, data in _edge_items(graph) for ev in data.get("evidence") or ())
    sentences = {key: i for i, key in enumerate(first_start, 1)}
    # entity → sentence → the edge types it supports, as bits (``_TypeBits``): an int's | where
    # a set per pair cost more than the rest of the index
    supports: dict[int, dict[int, int]] = defaultdict(dict)
    type_bits = _TypeBits()
    edges = []
    cited: dict[str, list[str]] = defaultdict(list)  # report → the regulations it cites
    for source, target, edge_type, data in _edge_items(graph):
        source_id, target_id = ids[source], ids[target]
        edges.append((source_id, edge_type, target_id, len(data.get("reports") or ()) or 1))
        if edge_type == CITES:
            cited[source].append(target)
        evidence = data.get("evidence")
        if not evidence:
            continue
        bit = type_bits[edge_type]
        of_source, of_target = supports[source_id], supports[target_id]
        for ev in evidence:
            sid = sentences[ev.doc_id, ev.sentence]
            of_source[sid] = of_source.get(sid, 0) | bit
            of_target[sid] = of_target.get(sid, 0) | bit
    sentence_rows = [(sid, reports.get(doc, (0, None))[0], first_start[doc, text], text)
                     for (doc, text), sid in sentences.items()]
    year_of_sentence = {sid: reports.get(doc, (0, None))[1] or 0 for (doc, _), sid in sentences.items()}
    report_of_sentence = {sid: doc for (doc, _), sid in sentences.items()}

    label_id = 0
    labels, chars = [], set()
    postings: dict[str, list[int]] = defaultdict(list)  # bigram → its labels, in id order as they are made
    entities = []
    for node in nodes:
        data = graph.nodes[node]
        for label, norm, key, form in label_forms(node, data):
            label_id += 1
            labels.append((label_id, ids[node], label, norm, key, form))
            for gram in bigrams(form):
                postings[gram].append(label_id)
            chars.update(form)
        own = supports.get(ids[node], {})
        entities.append(entity_row(node, data, ids[node], degrees[node], len(own),
                                   len({report_of_sentence[s] for s in own}), gazetteer))
    conn.executemany("INSERT INTO entity VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entities)
    conn.executemany("INSERT INTO label VALUES (?, ?, ?, ?, ?, ?)", labels)
    # in key order (gram, label): the bigrams sorted, each one's labels already in order
    conn.executemany("INSERT INTO gram VALUES (?, ?)",
                     ((gram, label) for gram in sorted(postings) for label in postings[gram]))
    conn.execute("INSERT INTO gram_count SELECT gram, COUNT(*) FROM gram GROUP BY gram")
    conn.executemany("INSERT INTO chars VALUES (?)", ((c,) for c in sorted(chars)))
    conn.executemany("INSERT INTO edge VALUES (?, ?, ?, ?)", sorted(edges))  # one per (source, type, target)
    conn.executemany("INSERT INTO co_citation VALUES (?, ?, ?)",
                     sorted((ids[a], ids[b], n) for (a, b), n in co_citation_counts(cited.values()).items()))
    conn.executemany("INSERT INTO sentence VALUES (?, ?, ?, ?)", sentence_rows)
    conn.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?)",
                     ((entity, -year_of_sentence[sid], sid, type_bits.names(types))
                      for entity, by_sentence in sorted(supports.items()) for sid, types in sorted(by_sentence.items())))
    conn.executescript(_INDEXES)
    if records is not None:
        records.copy_into(conn)
    conn.execute("INSERT INTO meta VALUES ('version', ?)", (INDEX_VERSION,))


def write_error(exc: sqlite3.Error, path: str | Path) -> OSError:
    """A failed SQLite write as the ``OSError`` it is (SQLite's own errors name no file): a full
    disk says so, so that the build can tell the user."""
    full = "full" in str(exc)
    return OSError(errno.ENOSPC if full else errno.EIO, os.strerror(errno.ENOSPC) if full else str(exc), str(path))


class RecordSpool:
    """The merge records of a build (``merge_record``), gathered report by report as the reduce
    reads them, on disk: at ten thousand reports they are a million rows."""

    def __init__(self, directory: Path):
        from fazhi.kg.graph import entity_record, report_record
        from fazhi.kg.statistics import report_statements

        self._entity_record, self._report_record, self._statements = entity_record, report_record, report_statements
        Path(directory).mkdir(parents=True, exist_ok=True)
        fd, self.path = tempfile.mkstemp(prefix=".fazhi-records.", suffix=".tmp", dir=directory)
        os.close(fd)
        self.conn = sqlite3.connect(self.path)
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute("CREATE TABLE pending (node TEXT, report TEXT, seq INTEGER, record TEXT)")

    def add(self, result) -> None:
        report = result.report
        rows = [(report.key, report.key, -1, self._report_record(report, self._statements(result)))]
        rows += [(e.key, report.key, seq, self._entity_record(e)) for seq, e in enumerate(result.entities)]
        try:
            self.conn.executemany("INSERT INTO pending VALUES (?, ?, ?, ?)", rows)
        except sqlite3.Error as exc:
            raise write_error(exc, self.path) from exc

    def copy_into(self, conn: sqlite3.Connection) -> None:
        """Fill ``merge_record`` of the index being written (its ``entity`` rows are there)."""
        try:
            self.conn.commit()
        except sqlite3.Error as exc:
            raise write_error(exc, self.path) from exc
        conn.execute("ATTACH DATABASE ? AS spool", (self.path,))
        conn.execute("INSERT INTO merge_record SELECT e.id, r.id, p.seq, p.record FROM spool.pending p "
                     "JOIN entity e ON e.key = p.node JOIN entity r ON r.key = p.report ORDER BY e.id, r.id, p.seq")
        conn.commit()
        conn.execute("DETACH DATABASE spool")

    def close(self) -> None:
        self.conn.close()
        Path(self.path).unlink(missing_ok=True)

    def __enter__(self) -> RecordSpool:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def write_lookup_index(path: Path, graph: nx.MultiDiGraph, records: RecordSpool | None = None,
                       merge_state: str | None = None) -> Path:
    """Write the lookup index of ``graph`` to ``path`` (a temporary file renamed into place),
    with the build's merge records and the id of its merge state (``merge_state``, also in the
    build's manifest) when given."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        with conn:
            _fill(conn, graph, records)
            if merge_state is not None:
                conn.execute("INSERT INTO meta VALUES ('merge_state', ?)", (merge_state,))
        conn.execute("VACUUM")
        conn.close()
        os.chmod(tmp, 0o644)
        replace_when_done(tmp, path)  # inside a build, with the exports and the store
    except BaseException as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, sqlite3.Error):
            raise write_error(exc, path) from exc
        raise
    return path


# --- reading it -----------------------------------------------------------------------------

class LookupIndex:
    """The lookup index of a build: finds entities (exactly, then fuzzily) and makes their cards."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    @classmethod
    def open(cls, path: Path) -> LookupIndex:
        """The index at ``path`` (read-only)."""
        path = Path(path)
        if not path.exists():
            raise LookupIndexError(f"no lookup index at {path}: run `fazhi build` first")
        try:
            conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
            conn.execute("PRAGMA mmap_size = 1073741824")  # read pages in place, without copying
            version = conn.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        except sqlite3.Error as exc:
            raise LookupIndexError(f"cannot read the lookup index {path}: {exc}; run `fazhi build` again") from None
        if version is None or version[0] != INDEX_VERSION:
            raise LookupIndexError(f"the lookup index {path} was written by another version of fazhi; "
                                   f"run `fazhi build` again")
        return cls(conn)

    @classmethod
    def for_store(cls, store: Path) -> LookupIndex:
        """The index of the store at ``store`` (the default store is ``graph/store``)."""
        return cls.open(index_path(store))

    @classmethod
    def from_graph(cls, graph: nx.MultiDiGraph) -> LookupIndex:
        """An index in memory, for a graph that was not built to disk."""
        conn = sqlite3.connect(":memory:")
        with conn:
            _fill(conn, graph)
        return cls(conn)

    # -- finding

    def find(self, name: str, limit: int = 10, min_score: float = 70.0) -> list[Candidate]:
        """Entities named ``name`` (any alias), best first; exact matches before fuzzy ones."""
        exact = self._exact(name)
        if not exact:
            simplified = self._simplified(name)
            if simplified != name:
                name = simplified
                exact = self._exact(name)
        if exact:
            return sorted(exact, key=lambda c: (c.kind != Kind.REGULATION.value, -c.degree, len(c.name), c.name))[:limit]
        return self._fuzzy(name, limit, min_score)

    _CANDIDATE = "SELECT e.iri, e.name, e.kind, e.type, e.degree, l.label, l.form FROM label l JOIN entity e ON e.id = l.entity"

    def _exact(self, name: str) -> list[Candidate]:
        wanted = sorted({normalize_title(name), match_key(name)} - {""})
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        rows = self.conn.execute(f"{self._CANDIDATE} WHERE l.norm IN ({marks}) OR l.key IN ({marks}) ORDER BY l.id",
                                 wanted + wanted).fetchall()
        found: dict[str, Candidate] = {}
        for iri, entity_name, kind, type_, degree, label, _ in rows:
            found.setdefault(iri, Candidate(iri, entity_name, kind, label, 100.0, type_, degree))
        return list(found.values())

    def _simplified(self, name: str) -> str:
        """``name`` in Simplified characters, when it has characters no indexed name has (復, 議)."""
        han = sorted({ch for ch in name if ord(ch) >= 0x3400})
        if not han:
            return name
        marks = ",".join("?" * len(han))
        if self.conn.execute(f"SELECT COUNT(*) FROM chars WHERE ch IN ({marks})", han).fetchone()[0] == len(han):
            return name
        import opencc  # imported lazily: only a query in Traditional characters needs it

        return opencc.OpenCC("t2s").convert(name)

    def _fuzzy(self, name: str, limit: int, min_score: float) -> list[Candidate]:
        form = search_form(name)
        grams = sorted(bigrams(form))
        if not grams:
            return []
        marks = ",".join("?" * len(grams))
        counts = sorted((n, g) for g, n in self.conn.execute(
            f"SELECT gram, labels FROM gram_count WHERE gram IN ({marks})", grams))
        reads, budget = [], POSTINGS_BUDGET
        for n, gram in counts:  # rarest first, until the budget is read; a common gram only in part,
            if budget <= 0:     # its best connected names first (label ids follow degree)
                break
            reads.append((gram, min(n, budget)))
            budget -= n
        if not reads:
            return []
        postings = " UNION ALL ".join("SELECT * FROM (SELECT label FROM gram WHERE gram = ? ORDER BY label LIMIT ?)"
                                      for _ in reads)
        # most bigrams shared first; among equals the lower label id, i.e. the better connected entity
        ids = [label for (label,) in self.conn.execute(
            f"SELECT label FROM ({postings}) GROUP BY label ORDER BY COUNT(*) DESC, label LIMIT ?",
            [x for read in reads for x in read] + [FUZZY_POOL])]
        if not ids:
            return []
        pool = self.conn.execute(f"{self._CANDIDATE} WHERE l.id IN ({','.join('?' * len(ids))})", ids).fetchall()
        scores = process.extract(form, [row[6] for row in pool], scorer=fuzz.WRatio, limit=None,
                                 score_cutoff=min_score)
        # among equal scores: names holding all of the query (法治政府建设实施纲要 in
        # 法治政府建设实施纲要(2021-2025)) before names the query holds, then the closer in length
        best: dict[str, tuple[tuple[float, bool, float], Candidate]] = {}
        for _, score, i in scores:
            iri, entity_name, kind, type_, degree, label, label_form = pool[i]
            rank = (round(score, 1), form in label_form, fuzz.ratio(form, label_form))
            if iri not in best or best[iri][0] < rank:
                best[iri] = (rank, Candidate(iri, entity_name, kind, label, round(score, 1), type_, degree))
        ranked = sorted(best.values(), key=lambda b: (tuple(-x for x in b[0]), -b[1].degree, b[1].name))
        return [c for _, c in ranked[:limit]]

    # -- the card

    def card(self, iri: str, *, neighbours: int = 50, evidence: int = 50) -> Card:
        """What the graph says about one entity: at most ``neighbours`` names per edge type (best
        connected first) and ``evidence`` sentences (newest report first), with the totals."""
        row = self.conn.execute("SELECT id, key, kind, name, type, attributes, aliases, evidence_total, "
                                "evidence_reports FROM entity WHERE iri = ?", (iri,)).fetchone()
        if row is None:
            raise KeyError(iri)
        entity, key, kind, name, type_, attributes, aliases, evidence_total, evidence_reports = row
        result = Card(iri, key, kind, name, type_, json.loads(attributes), json.loads(aliases),
                      evidence_total=evidence_total, evidence_reports=evidence_reports)
        for direction, this, other in (("outgoing", "source", "target"), ("incoming", "target", "source")):
            groups = getattr(result, direction)
            for edge_type, count in self.conn.execute(
                    f"SELECT type, COUNT(*) FROM edge WHERE {this} = ? GROUP BY type ORDER BY type", (entity,)):
                result.counts[direction][edge_type] = count
                groups[edge_type] = [n for (n,) in self.conn.execute(
                    f"SELECT n.name FROM edge JOIN entity n ON n.id = edge.{other} WHERE edge.{this} = ? "
                    f"AND edge.type = ? ORDER BY n.degree DESC, n.key LIMIT ?", (entity, edge_type, neighbours))]
        if kind == Kind.REGULATION.value:
            result.cited_with = [(other, reports) for other, reports in self.conn.execute(
                "SELECT n.name, c.reports FROM (SELECT second AS other, reports FROM co_citation WHERE first = ?1 "
                "AND reports >= 2 UNION ALL SELECT first, reports FROM co_citation WHERE second = ?1 AND reports >= 2) c "
                "JOIN entity n ON n.id = c.other ORDER BY c.reports DESC, n.key LIMIT ?2", (entity, neighbours))]
        versions = dict(v.split(": ", 1) for v in result.attributes.get("version", "").split("; ") if ": " in v)
        for report, year, relations, text in self.conn.execute(
                "SELECT r.key, -v.neg_year, v.relations, s.text FROM evidence v JOIN sentence s ON s.id = v.sentence "
                "JOIN entity r ON r.id = s.report WHERE v.entity = ? ORDER BY v.neg_year, r.key, s.start, s.text LIMIT ?",
                (entity, evidence)):
            doc = report_doc_id(report)
            entry = {"report": doc, "year": year or None, "relations": relations.split(","), "sentence": text}
            if doc in versions:
                entry["version"] = versions[doc]
            result.evidence.append(entry)
        return result


def find(index: LookupIndex, name: str, limit: int = 10, min_score: float = 70.0) -> list[Candidate]:
    return index.find(name, limit=limit, min_score=min_score)


def card(index: LookupIndex, iri: str, **limits) -> Card:
    return index.card(iri, **limits)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def format_card(c: Card, *, neighbours: int = 12, evidence: int = 20) -> str:
    """The card as text for a terminal."""
    lines = [c.name, f"  kind: {c.kind}" + (f" · type: {c.type}" if c.type else "")]
    for key, value in c.attributes.items():
        lines.append(f"  {ATTRIBUTE_LABELS.get(key, key)}: {value}")
    if c.aliases:
        lines.append("  aliases: " + ", ".join(c.aliases))
    for arrow, direction in (("→", "outgoing"), ("←", "incoming")):
        for edge, names in getattr(c, direction).items():
            count = c.counts[direction].get(edge, len(names))
            shown = ", ".join(names[:neighbours])
            if count > len(names[:neighbours]):
                shown += f" … ({count} in all)"
            lines.append(f"  {arrow} {edge}: {shown}")
    if c.cited_with:
        lines.append("  cited together with: " + ", ".join(
            f"{name} ({_count(reports, 'report')})" for name, reports in c.cited_with[:neighbours]))
    if c.evidence:
        lines.append(f"  evidence ({_count(c.evidence_total, 'sentence')} in {_count(c.evidence_reports, 'report')}):")
        for ev in c.evidence[:evidence]:
            year = f" ({ev['year']}" + (f", version of {ev['version']}" if ev.get("version") else "") + ")" \
                if ev["year"] else ""
            sentence = re.sub(r"\s+", " ", ev["sentence"]).strip()
            sentence = sentence if len(sentence) <= 160 else sentence[:159] + "…"
            lines.append(f"    {ev['report']}{year} [{', '.join(ev['relations'])}]: {sentence}")
        if c.evidence_total > len(c.evidence[:evidence]):
            lines.append(f"    … {c.evidence_total - len(c.evidence[:evidence])} more")
    return "\n".join(lines)


__all__ = ["Candidate", "Card", "LookupIndex", "LookupIndexError", "card", "find", "format_card", "index_path",
           "write_lookup_index"]
