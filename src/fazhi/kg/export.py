"""Write the graph to files: Turtle and TriG (RDF), GraphML and GEXF (Gephi,
Cytoscape), deterministically and atomically (a temporary file renamed into place).

networkx's GraphML and GEXF writers reject list-valued attributes and GEXF stamps the
current date into its header; lists are flattened to text here and the date is fixed, so
that building the same reports twice gives byte-identical files.
"""
from __future__ import annotations

import heapq
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, parse, serialize

from fazhi.kg.rdf import PREFIXES

_PROBE = NamedNode("https://w3id.org/fazhi/")

# GEXF's header date: <meta lastmodifieddate="2026-11-22">
GEXF_DATE = re.compile(r'lastmodifieddate="[^"]*"')
FIXED_DATE = 'lastmodifieddate="1970-01-01"'
# Characters XML 1.0 cannot hold, even escaped.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def atomic_write(path: Path, write: Callable[[object], None], mode: str = "wb") -> None:
    """Write ``path`` through a temporary file in the same folder, renamed into place when complete."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes files private; exports are for everyone
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": "\n"})) as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_rdf(quads: list[Quad], exports: Path) -> dict[str, Path]:
    """fazhi.trig (the named graphs) and fazhi.ttl (all triples, merged)."""
    exports = Path(exports)
    written = {}
    ordered = sorted(quads, key=_quad_key)
    trig = serialize(ordered, format=RdfFormat.TRIG, prefixes=PREFIXES)
    atomic_write(exports / "fazhi.trig", lambda fh: fh.write(trig))
    written["trig"] = exports / "fazhi.trig"
    triples = sorted({q.triple for q in ordered}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    turtle = serialize(triples, format=RdfFormat.TURTLE, prefixes=PREFIXES)
    atomic_write(exports / "fazhi.ttl", lambda fh: fh.write(turtle))
    written["ttl"] = exports / "fazhi.ttl"
    return written


@dataclass(frozen=True)
class RdfPart:
    """One named graph's RDF, serialized once (by the map, in any process) and assembled
    into the corpus files by ``write_rdf_parts`` without parsing it again.

    ``trig`` is the graph as a TriG block without prefix lines; ``triples`` its distinct
    triples as sorted N-Triples lines without the final " ." (the order of ``write_rdf``).
    """

    graph: str  # the graph's IRI: parts are written in its order
    trig: bytes
    triples: bytes

    @classmethod
    def of(cls, quads: Iterable[Quad]) -> "RdfPart":
        ordered = sorted(set(quads), key=_quad_key)
        graph = _quad_key(ordered[0])[0] if ordered else ""
        _, trig = _split_prefixes(serialize(ordered, format=RdfFormat.TRIG, prefixes=PREFIXES))
        lines = sorted({str(q.triple) for q in ordered})
        return cls(graph, trig, "".join(line + "\n" for line in lines).encode("utf-8"))


def _split_prefixes(data: bytes) -> tuple[bytes, bytes]:
    """(the @prefix lines, the rest) of serialized TriG or Turtle."""
    pos = 0
    while data.startswith(b"@prefix ", pos):
        pos = data.index(b"\n", pos) + 1
    return data[:pos], data[pos:]


def prefix_header() -> bytes:
    """The @prefix lines pyoxigraph writes before TriG and Turtle (in its own order)."""
    probe = Quad(_PROBE, _PROBE, _PROBE, _PROBE)
    return _split_prefixes(serialize([probe], format=RdfFormat.TRIG, prefixes=PREFIXES))[0]


def write_rdf_parts(entities: RdfPart, reports: Iterable[tuple[str, Path, Path]], exports: Path) -> dict[str, Path]:
    """fazhi.trig and fazhi.ttl from per-graph parts, streaming: what ``write_rdf`` writes
    for the same quads, byte for byte, without holding the corpus in memory.

    ``reports`` gives each report graph's IRI and the files holding its ``RdfPart.trig``
    and ``RdfPart.triples``. TriG is the blocks in graph order; Turtle merges the sorted
    triple lines of every graph (a k-way merge on disk), drops repeats and lets pyoxigraph
    turn them into Turtle as they stream past.
    """
    exports = Path(exports)
    parts = sorted(reports)
    header = prefix_header()

    def write_trig(fh) -> None:
        fh.write(header)
        fh.write(entities.trig)
        for _, trig_path, _ in parts:
            with open(trig_path, "rb") as part:
                while chunk := part.read(1 << 20):
                    fh.write(chunk)

    atomic_write(exports / "fazhi.trig", write_trig)
    with tempfile.TemporaryDirectory(dir=exports, prefix=".merge.") as scratch:
        runs = [_write_run(Path(scratch) / "entities.nt", [entities.triples])] + [p for _, _, p in parts]
        merged = _merge_runs(runs, Path(scratch))

        def write_turtle(fh) -> None:
            serialize(parse(path=str(merged), format=RdfFormat.N_TRIPLES), fh, format=RdfFormat.TURTLE,
                      prefixes=PREFIXES)

        atomic_write(exports / "fazhi.ttl", write_turtle)
    return {"trig": exports / "fazhi.trig", "ttl": exports / "fazhi.ttl"}


# At most this many sorted runs are merged at once (each holds an open file).
MERGE_FAN_IN = 256


def _write_run(path: Path, chunks: Iterable[bytes]) -> Path:
    with open(path, "wb") as fh:
        for chunk in chunks:
            fh.write(chunk)
    return path


def _merge_runs(runs: list[Path], scratch: Path) -> Path:
    """Merge sorted line files into one sorted file of distinct N-Triples statements."""
    level = 0
    while len(runs) > MERGE_FAN_IN:
        merged = []
        for i in range(0, len(runs), MERGE_FAN_IN):
            merged.append(_write_run(scratch / f"run-{level}-{i}.nt", _merged_lines(runs[i:i + MERGE_FAN_IN], b"")))
        runs, level = merged, level + 1
    return _write_run(scratch / "merged.nt", _merged_lines(runs, b" ."))


def _merged_lines(runs: list[Path], end: bytes) -> Iterator[bytes]:
    files = [open(path, "rb") for path in runs]
    try:
        previous = None
        for line in heapq.merge(*files):
            if line != previous:
                previous = line
                yield line[:-1] + end + b"\n" if end else line
    finally:
        for fh in files:
            fh.close()


def _quad_key(q: Quad) -> tuple[str, str, str, str]:
    graph = "" if isinstance(q.graph_name, DefaultGraph) else str(q.graph_name)
    return graph, str(q.subject), str(q.predicate), str(q.object)


def _xml_text(value) -> str:
    return XML_FORBIDDEN.sub("", str(value))


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars (lists joined by ' | ', evidence as JSON)."""
    flat = nx.MultiDiGraph()
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        attrs = {}
        for key, value in sorted(data.items()):
            if value is None or value == []:
                continue
            if isinstance(value, list):
                value = " | ".join(_xml_text(v) for v in value)
            elif isinstance(value, bool):
                value = str(value).lower()
            elif isinstance(value, str):
                value = _xml_text(value)
            attrs[key] = value
        attrs["label"] = _xml_text(data.get("name", node))
        flat.add_node(_xml_text(node), **attrs)
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    for source, target, key, data in edges:
        evidence = data.get("evidence") or []
        flat.add_edge(_xml_text(source), _xml_text(target), key=key, type=key, weight=max(1, len(evidence)),
                      reports=" | ".join(data.get("reports", [])),
                      evidence=_xml_text(json.dumps([[e.doc_id, e.start, e.end, e.sentence] for e in evidence],
                                                    ensure_ascii=False)))
    return flat


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    flat = flat_graph(graph)
    text = "\n".join(nx.generate_graphml(flat, encoding="utf-8", prettyprint=True)) + "\n"
    atomic_write(path, lambda fh: fh.write(text), mode="w")
    return Path(path)


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> Path:
    flat = flat_graph(graph)
    text = "\n".join(nx.generate_gexf(flat, encoding="utf-8", prettyprint=True, version="1.2draft")) + "\n"
    text = GEXF_DATE.sub(FIXED_DATE, text)
    atomic_write(path, lambda fh: fh.write(text), mode="w")
    return Path(path)


def write_cytoscape(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Cytoscape.js JSON (elements: nodes and edges with data)."""
    flat = flat_graph(graph)
    elements = {"nodes": [{"data": {"id": n, **d}} for n, d in flat.nodes(data=True)],
                "edges": [{"data": {"id": f"{s}->{t}#{k}", "source": s, "target": t, **d}}
                          for s, t, k, d in flat.edges(keys=True, data=True)]}
    text = json.dumps({"elements": elements}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    atomic_write(path, lambda fh: fh.write(text), mode="w")
    return Path(path)


GRAPH_FORMATS: dict[str, tuple[str, Callable[[nx.MultiDiGraph, Path], Path]]] = {
    "graphml": ("fazhi.graphml", write_graphml),
    "gexf": ("fazhi.gexf", write_gexf),
    "cytoscape": ("fazhi.cyjs", write_cytoscape),
}


def write_graph_formats(graph: nx.MultiDiGraph, exports: Path, formats: Iterable[str]) -> dict[str, Path]:
    written = {}
    for fmt in formats:
        name, writer = GRAPH_FORMATS[fmt]
        written[fmt] = writer(graph, Path(exports) / name)
    return written
