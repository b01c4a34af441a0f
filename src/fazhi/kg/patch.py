"""The incremental reduce: bring a build's lookup index, and the entities graph of its store, up
to date after a few reports changed, were added or removed, touching only the nodes they touch.

A merged node's data (kind, name, type, aliases, attributes) depends only on the entities with its
key, in report order, which the index keeps per report (``merge_record``); its edges, degree,
evidence and counts depend only on the edges touching it, which the index holds with how many
reports state each. So a changed report's old version is taken out (its edges counted down, its
sentences, evidence and records deleted), its new one put in, and the nodes either version
touches — with the measures their bodies carry out, whose places may change — are merged again
from their records (``GraphBuilder`` run over those records alone). The pairs of regulations
the reports cite together are counted down for an old version and up for a new one, and the
entities graph's fz:CoCitation nodes follow the most frequent. The index and the quads this
gives are those a full build writes (tested against one); only the ids of new rows differ.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from pyoxigraph import NamedNode, Quad

from fazhi.kg import statistics
from fazhi.kg.graph import GraphBuilder, entity_from_record, entity_record, report_from_record, report_record
from fazhi.kg.lookup import bigrams, entity_row, label_forms, sentence_starts, write_error
from fazhi.kg.rdf import ENTITIES_GRAPH, _lit, iri_for_key, node_quads
from fazhi.kg.statistics import (CITES, CO_CITING_REPORTS, COUNT_PROPERTIES, IMPLEMENTS, JURISDICTION, NodeCounts,
                                 co_citation_iri, co_citation_quads, report_statements)
from fazhi.model import DocumentResult, Kind, report_doc_id


class PatchError(RuntimeError):
    """The index does not hold what the change needs (another build's index): build in full."""


@dataclass
class IndexPatch:
    """What patching the index did, and what the store's entities graph must change with it."""

    subjects: list[NamedNode] = field(default_factory=list)  # their quads in the entities graph are replaced
    pairs: list[tuple[NamedNode, NamedNode]] = field(default_factory=list)  # (subject, count property): replaced
    quads: list[Quad] = field(default_factory=list)  # by these
    nodes: Counter = field(default_factory=Counter)  # nodes by kind, after
    edges_added: Counter = field(default_factory=Counter)  # edges by type that appeared (negative: went)


def can_patch(results: Iterable[DocumentResult]) -> bool:
    """Whether every statement of these results has its evidence in its own report (the index
    files sentences under the report they come from)."""
    return all(r.evidence is None or r.evidence.doc_id == result.report.doc_id
               for result in results for r in result.relations)


class IndexCopy:
    """A copy of the lookup index, made in a thread (copying a large index takes a while, which
    finding the changed reports and extracting them can hide) into a temporary file beside it.

    Used as a context manager: what ``patched_copy`` did not take is removed on leaving."""

    def __init__(self, index: Path):
        self.index = Path(index)
        fd, name = tempfile.mkstemp(prefix=f".{self.index.name}.", suffix=".tmp", dir=self.index.parent)
        os.close(fd)
        self.path: Path | None = Path(name)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._copy, name="copy of the lookup index", daemon=True)

    def _copy(self) -> None:
        try:
            shutil.copyfile(self.index, self.path)
            os.chmod(self.path, 0o644)
        except BaseException as exc:  # noqa: BLE001 -- raised again by take()
            self._error = exc

    def __enter__(self) -> IndexCopy:
        self._thread.start()
        return self

    def take(self) -> Path:
        """The finished copy, now the caller's to rename or remove."""
        self._thread.join()
        path, self.path = self.path, None
        if self._error is not None:
            path.unlink(missing_ok=True)
            raise self._error
        return path

    def __exit__(self, *_exc) -> None:
        self._thread.join()
        if self.path is not None:
            self.path.unlink(missing_ok=True)


def patched_copy(copy: IndexCopy, merge_state: str, old: list[DocumentResult], new: list[DocumentResult],
                 new_state: str) -> tuple[Path, IndexPatch]:
    """The lookup index ``copy`` patched (a temporary file beside the index, for the caller to
    rename into place): ``patch_lookup_index`` applied to it. Raises ``PatchError``, leaving
    nothing behind, when the index is not the one of the merge state ``merge_state``."""
    index = copy.index
    tmp = copy.take()
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            state = conn.execute("SELECT value FROM meta WHERE name = 'merge_state'").fetchone()
            if state is None or state[0] != merge_state:
                raise PatchError(f"the lookup index {index} is not the last build's")
            with conn:
                patch = patch_lookup_index(conn, old, new, new_state)
        except sqlite3.Error as exc:
            if "full" in str(exc):
                raise write_error(exc, index) from exc
            raise PatchError(f"cannot patch the lookup index {index}: {exc}") from exc
        finally:
            conn.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, patch


def patch_lookup_index(conn: sqlite3.Connection, old: list[DocumentResult], new: list[DocumentResult],
                       merge_state: str) -> IndexPatch:
    """Replace the reports ``old`` (as the index holds them) by ``new`` in the index open on
    ``conn``; a report in both lists is changed, in one only removed or added. The caller commits."""
    patch = IndexPatch()
    ids = _NodeIds(conn)
    co_cited_before = _frequent_co_citations(conn)
    touched: set[int] = set()
    before: dict[int, dict[int, list[str]]] = defaultdict(dict)  # node → report → its records, taken out
    after: dict[int, dict[int, list[str]]] = defaultdict(dict)  # … put in
    for result in old:
        _take_out(conn, ids, result, touched, patch.edges_added, before)
    for result in new:
        _put_in(conn, ids, result, touched, patch.edges_added, after)
    _count_co_citations(conn, ids, old, new)
    # a body's places count for every measure it carries out
    for node in list(touched):
        touched.update(t for (t,) in conn.execute("SELECT target FROM edge WHERE source = ? AND type = ?",
                                                  (node, IMPLEMENTS)))
    # A node whose records are as they were (a law the changed report cites before and after)
    # keeps its merged data: only its degree, evidence and counts are made again. Most nodes a
    # changed report touches are such, among them the best connected, with thousands of records.
    merged_again = {node for node in touched if before.get(node) != after.get(node) or node in ids.created}
    _merge_again(conn, ids, sorted(merged_again), patch)
    _count_again(conn, sorted(touched - merged_again), patch, ids)
    _patch_co_citations(conn, co_cited_before, patch)
    patch.nodes = Counter(dict(conn.execute("SELECT kind, COUNT(*) FROM entity GROUP BY kind")))
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('merge_state', ?)", (merge_state,))
    return patch


class _NodeIds:
    """Entity ids by key; a key the index does not know gets the next free id (a placeholder row,
    filled when its node is merged again)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.known: dict[str, int] = {}
        self.created: set[int] = set()
        self.next_id = (conn.execute("SELECT MAX(id) FROM entity").fetchone()[0] or 0) + 1

    def get(self, key: str) -> int | None:
        if key not in self.known:
            row = self.conn.execute("SELECT id FROM entity WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            self.known[key] = row[0]
        return self.known[key]

    def need(self, key: str) -> int:
        found = self.get(key)
        if found is not None:
            return found
        self.known[key] = self.next_id
        self.created.add(self.next_id)
        self.conn.execute("INSERT INTO entity VALUES (?, ?, ?, 'Unknown', ?, '', 0, '{}', '[]', 0, 0)",
                          (self.next_id, iri_for_key(key).value, key, key))
        self.next_id += 1
        return self.known[key]


def _distinct_edges(result: DocumentResult) -> set[tuple[str, str, str]]:
    return {(r.source, r.type.value, r.target) for r in result.relations}


def _take_out(conn: sqlite3.Connection, ids: _NodeIds, result: DocumentResult, touched: set[int],
              edges_added: Counter, records: dict[int, dict[int, list[str]]]) -> None:
    report = ids.get(result.report.key)
    if report is None:
        raise PatchError(f"the index has no report {result.report.doc_id}")

    def known(key: str) -> int:
        found = ids.get(key)
        if found is None:
            raise PatchError(f"the index has no node {key} of {result.report.doc_id}")
        return found

    touched.add(report)
    for source, edge_type, target in _distinct_edges(result):
        s, t = known(source), known(target)
        touched.update((s, t))
        row = conn.execute("SELECT reports FROM edge WHERE source = ? AND type = ? AND target = ?",
                           (s, edge_type, t)).fetchone()
        if row is None:
            raise PatchError(f"the index has no edge {source} {edge_type} {target}")
        if row[0] <= 1:
            conn.execute("DELETE FROM edge WHERE source = ? AND type = ? AND target = ?", (s, edge_type, t))
            edges_added[edge_type] -= 1
        else:
            conn.execute("UPDATE edge SET reports = reports - 1 WHERE source = ? AND type = ? AND target = ?",
                         (s, edge_type, t))
    sentence_ids = dict((text, sid) for sid, text in conn.execute("SELECT id, text FROM sentence WHERE report = ?",
                                                                    (report,)))
    neg_year = -(result.report.year or 0)
    quoted = {r.evidence.sentence for r in result.relations if r.evidence}
    if not quoted <= sentence_ids.keys():
        raise PatchError(f"the index lacks sentences of {result.report.doc_id}")
    evidence = {(known(node), sentence_ids[r.evidence.sentence]) for r in result.relations if r.evidence
                for node in (r.source, r.target)}
    conn.executemany("DELETE FROM evidence WHERE entity = ? AND neg_year = ? AND sentence = ?",
                     ((entity, neg_year, sid) for entity, sid in evidence))
    conn.execute("DELETE FROM sentence WHERE report = ?", (report,))
    for node in {report, *(known(entity.key) for entity in result.entities)}:
        touched.add(node)
        records[node][report] = [record for (record,) in conn.execute(
            "SELECT record FROM merge_record WHERE entity = ? AND report = ? ORDER BY seq", (node, report))]
        conn.execute("DELETE FROM merge_record WHERE entity = ? AND report = ?", (node, report))


def _put_in(conn: sqlite3.Connection, ids: _NodeIds, result: DocumentResult, touched: set[int],
            edges_added: Counter, records: dict[int, dict[int, list[str]]]) -> None:
    report = ids.need(result.report.key)
    touched.add(report)
    for source, edge_type, target in _distinct_edges(result):
        s, t = ids.need(source), ids.need(target)
        touched.update((s, t))
        if conn.execute("UPDATE edge SET reports = reports + 1 WHERE source = ? AND type = ? AND target = ?",
                        (s, edge_type, t)).rowcount == 0:
            conn.execute("INSERT INTO edge VALUES (?, ?, ?, 1)", (s, edge_type, t))
            edges_added[edge_type] += 1
    # sentences as the full build numbers them (its evidence is all the report's own: ``can_patch``)
    first_start = sentence_starts(r.evidence for r in result.relations if r.evidence is not None)
    next_sentence = (conn.execute("SELECT MAX(id) FROM sentence").fetchone()[0] or 0) + 1
    sentence_ids = {text: sid for sid, (_, text) in enumerate(first_start, next_sentence)}
    conn.executemany("INSERT INTO sentence VALUES (?, ?, ?, ?)",
                     ((sentence_ids[text], report, start, text) for (_, text), start in first_start.items()))
    supports: dict[tuple[int, int], set[str]] = defaultdict(set)
    for r in result.relations:
        if r.evidence is not None:
            for node in (r.source, r.target):
                supports[ids.need(node), sentence_ids[r.evidence.sentence]].add(r.type.value)
    neg_year = -(result.report.year or 0)
    conn.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?)",
                     ((entity, neg_year, sid, ",".join(sorted(types))) for (entity, sid), types in supports.items()))
    rows = [(report, report, -1, report_record(result.report, report_statements(result)))]
    for seq, entity in enumerate(result.entities):
        node = ids.need(entity.key)
        touched.add(node)
        rows.append((node, report, seq, entity_record(entity)))
    conn.executemany("INSERT INTO merge_record VALUES (?, ?, ?, ?)", rows)
    for node, _, _, record in rows:  # (in seq order: the report's own record first)
        records[node].setdefault(report, []).append(record)


def _count_co_citations(conn: sqlite3.Connection, ids: _NodeIds, old: list[DocumentResult],
                        new: list[DocumentResult]) -> None:
    """Count the pairs of regulations each old report cites down and each new one's up."""
    def pairs(result: DocumentResult, known: bool) -> list[tuple[int, int]]:
        keys = sorted({r.target for r in result.relations if r.type.value == CITES})
        node_ids = [ids.get(key) if known else ids.need(key) for key in keys]
        if None in node_ids:
            raise PatchError(f"the index has no regulation cited by {result.report.doc_id}")
        return list(combinations(node_ids, 2))

    for result in old:
        rows = pairs(result, known=True)
        if conn.executemany("UPDATE co_citation SET reports = reports - 1 WHERE first = ? AND second = ?",
                            rows).rowcount != len(rows):
            raise PatchError(f"the index lacks pairs of regulations {result.report.doc_id} cites")
    conn.execute("DELETE FROM co_citation WHERE reports <= 0")
    for result in new:
        conn.executemany("INSERT INTO co_citation VALUES (?, ?, 1) "
                         "ON CONFLICT (first, second) DO UPDATE SET reports = reports + 1", pairs(result, known=False))


def _frequent_co_citations(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    """The pairs the entities graph holds (``kg.statistics.frequent_co_citations``), by keys."""
    row = conn.execute("SELECT reports FROM co_citation ORDER BY reports DESC LIMIT 1 OFFSET ?",
                       (statistics.CO_CITATION_PAIRS - 1,)).fetchone()
    floor = max(2, row[0]) if row else 2
    return {(first, second): n for first, second, n in conn.execute(
        "SELECT f.key, s.key, c.reports FROM co_citation c JOIN entity f ON f.id = c.first "
        "JOIN entity s ON s.id = c.second WHERE c.reports >= ?", (floor,))}


def _patch_co_citations(conn: sqlite3.Connection, before: dict[tuple[str, str], int], patch: IndexPatch) -> None:
    """The entities graph's fz:CoCitation nodes made what the index's counts give now."""
    after = _frequent_co_citations(conn)
    patch.subjects.extend(co_citation_iri(*pair) for pair in sorted(before.keys() - after.keys()))
    for pair, reports in sorted(after.items()):
        if pair not in before:
            patch.quads.extend(co_citation_quads(*pair, reports))
        elif before[pair] != reports:
            node = co_citation_iri(*pair)
            patch.pairs.append((node, CO_CITING_REPORTS))
            patch.quads.append(Quad(node, CO_CITING_REPORTS, _lit(reports), ENTITIES_GRAPH))


def _merge_again(conn: sqlite3.Connection, ids: _NodeIds, nodes: list[int], patch: IndexPatch) -> None:
    """Merge the ``nodes`` again from their records, and rewrite their rows and quads."""
    from fazhi.gazetteer.laws import law_gazetteer

    key_of = {i: k for k, i in ids.known.items()}
    for node in nodes:
        if node not in key_of:
            key_of[node] = conn.execute("SELECT key FROM entity WHERE id = ?", (node,)).fetchone()[0]
    # every record of these nodes, merged in report order as the full build merges them
    records = []
    statements: dict[int, int] = {}
    for node in nodes:
        for report_key, seq, record in conn.execute(
                "SELECT r.key, m.seq, m.record FROM merge_record m JOIN entity r ON r.id = m.report "
                "WHERE m.entity = ?", (node,)):
            records.append((report_key, seq, node, record))
    builder = GraphBuilder()
    for report_key, seq, node, record in sorted(records):
        if seq < 0:
            info, statements[node] = report_from_record(record)
            builder.add_report(info)
        else:
            builder.merge_entity(entity_from_record(key_of[node], record), report_doc_id(report_key))
    merged = builder.finish()
    gazetteer = law_gazetteer()
    labels_gone: set[str] = set()
    labels_new: set[str] = set()
    for node in nodes:
        key = key_of[node]
        patch.subjects.append(iri_for_key(key))
        degree = _degree(conn, node)
        if key in merged:
            data = merged.nodes[key]
        elif degree:
            data = {"kind": "Unknown", "name": key}  # only ever the end of an edge, as in the full build
        else:  # no report names it any more
            labels_gone.update(_relabel(conn, node, []))
            conn.execute("DELETE FROM entity WHERE id = ?", (node,))
            continue
        evidence_total, evidence_reports = _evidence_counts(conn, node)
        conn.execute("INSERT OR REPLACE INTO entity VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     entity_row(key, data, node, degree, evidence_total, evidence_reports, gazetteer))
        forms = label_forms(key, data)
        labels_gone.update(_relabel(conn, node, forms))
        labels_new.update(form for *_, form in forms)
        patch.quads.extend(node_quads(key, data))
        patch.quads.extend(_counts(conn, node, data.get("kind"), statements.get(node, 0)).quads(key))
    _forget_chars(conn, {ch for form in labels_gone for ch in form} - {ch for form in labels_new for ch in form})


def _count_again(conn: sqlite3.Connection, nodes: list[int], patch: IndexPatch, ids: _NodeIds) -> None:
    """Make the degree, evidence and counts of ``nodes``, whose merged data is unchanged, again."""
    for node in nodes:
        key, kind = conn.execute("SELECT key, kind FROM entity WHERE id = ?", (node,)).fetchone()
        degree = _degree(conn, node)
        if not degree and conn.execute("SELECT 1 FROM merge_record WHERE entity = ? LIMIT 1", (node,)).fetchone() is None:
            _merge_again(conn, ids, [node], patch)  # nothing names it any more: it goes
            continue
        conn.execute("UPDATE entity SET degree = ?, evidence_total = ?, evidence_reports = ? WHERE id = ?",
                     (degree, *_evidence_counts(conn, node), node))
        subject = iri_for_key(key)
        patch.pairs.extend((subject, prop) for prop in COUNT_PROPERTIES)
        statements = 0
        if kind == Kind.REPORT.value:
            record = conn.execute("SELECT record FROM merge_record WHERE entity = ? AND report = ? AND seq = -1",
                                  (node, node)).fetchone()
            statements = report_from_record(record[0])[1] if record else 0
        patch.quads.extend(_counts(conn, node, kind, statements).quads(key))


def _degree(conn: sqlite3.Connection, node: int) -> int:
    return sum(conn.execute(f"SELECT COUNT(*) FROM edge WHERE {end} = ?", (node,)).fetchone()[0]
               for end in ("source", "target"))


def _evidence_counts(conn: sqlite3.Connection, node: int) -> tuple[int, int]:
    """The sentences with evidence about ``node``, and the reports they are in."""
    return conn.execute("SELECT COUNT(*), COUNT(DISTINCT s.report) FROM evidence v JOIN sentence s ON s.id = v.sentence "
                        "WHERE v.entity = ?", (node,)).fetchone()


def _relabel(conn: sqlite3.Connection, node: int, forms: list[tuple[str, str, str, str]]) -> list[str]:
    """Give ``node`` the labels ``forms``; returns the search forms of the labels it lost."""
    old = conn.execute("SELECT id, label, norm, key, form FROM label WHERE entity = ? ORDER BY id", (node,)).fetchall()
    if [tuple(row[1:]) for row in old] == forms:
        return []
    for label_id, *_, form in old:
        grams = sorted(bigrams(form))
        conn.executemany("DELETE FROM gram WHERE gram = ? AND label = ?", ((g, label_id) for g in grams))
        conn.executemany("UPDATE gram_count SET labels = labels - 1 WHERE gram = ?", ((g,) for g in grams))
        conn.executemany("DELETE FROM gram_count WHERE gram = ? AND labels <= 0", ((g,) for g in grams))
    conn.execute("DELETE FROM label WHERE entity = ?", (node,))
    label_id = (conn.execute("SELECT MAX(id) FROM label").fetchone()[0] or 0) + 1
    for label, norm, key, form in forms:
        conn.execute("INSERT INTO label VALUES (?, ?, ?, ?, ?, ?)", (label_id, node, label, norm, key, form))
        grams = sorted(bigrams(form))
        conn.executemany("INSERT INTO gram VALUES (?, ?)", ((g, label_id) for g in grams))
        conn.executemany("INSERT INTO gram_count VALUES (?, 1) ON CONFLICT (gram) DO UPDATE SET labels = labels + 1",
                         ((g,) for g in grams))
        conn.executemany("INSERT OR IGNORE INTO chars VALUES (?)", ((ch,) for ch in form))
        label_id += 1
    return [form for *_, form in old]


def _forget_chars(conn: sqlite3.Connection, chars: set[str]) -> None:
    """Drop characters that no label holds any more (the index lists the characters of its names)."""
    for ch in sorted(chars):
        if conn.execute("SELECT 1 FROM label WHERE instr(form, ?) LIMIT 1", (ch,)).fetchone() is None:
            conn.execute("DELETE FROM chars WHERE ch = ?", (ch,))


def _counts(conn: sqlite3.Connection, node: int, kind: str | None, statements: int) -> NodeCounts:
    """The node's counts (``kg.statistics``), read from the index's edges."""
    def count(sql: str, *args) -> int:
        return conn.execute(sql, args).fetchone()[0]

    if kind == Kind.REGULATION.value:
        return NodeCounts(citing_reports=count("SELECT COUNT(*) FROM edge WHERE target = ? AND type = ?", node, CITES))
    if kind == Kind.MEASURE.value:
        return NodeCounts(
            adopters=count("SELECT COUNT(*) FROM edge WHERE target = ? AND type = ?", node, IMPLEMENTS),
            adopter_places=count("SELECT COUNT(DISTINCT j.target) FROM edge a JOIN edge j ON j.source = a.source "
                                 "AND j.type = ? WHERE a.target = ? AND a.type = ?", JURISDICTION, node, IMPLEMENTS))
    if kind == Kind.REPORT.value:
        return NodeCounts(cited_regulations=count("SELECT COUNT(*) FROM edge WHERE source = ? AND type = ?", node, CITES),
                          statements=statements)
    return NodeCounts()
