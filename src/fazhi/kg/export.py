"""Write the graph to files: Turtle and TriG (RDF), GraphML and GEXF (Gephi,
Cytoscape), deterministically and atomically (a temporary file renamed into place).

GraphML and GEXF are what networkx's writers write for the graph with its lists flattened
to text (``flat_graph``) and GEXF's date fixed, so that building the same reports twice
gives byte-identical files; they are written one node or edge at a time, and the RDF from
per-report parts (``write_rdf_parts``), so that no export holds a large corpus in memory.
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
from xml.etree.ElementTree import _escape_attrib, _escape_cdata  # the escaping networkx's writers get

import networkx as nx
from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, parse, serialize

from fazhi.kg.rdf import PREFIXES

_PROBE = NamedNode("https://w3id.org/fazhi/")

# GEXF's header date (networkx stamps today's): fixed, so that two builds are byte-identical.
GEXF_DATE = "1970-01-01"
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
        flat.add_node(_xml_text(node), **_flat_node(node, graph.nodes[node]))
    for source, target, key in sorted(graph.edges(keys=True)):
        flat.add_edge(_xml_text(source), _xml_text(target), key=key, **_flat_edge(key, graph.edges[source, target, key]))
    return flat


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    atomic_write(path, lambda fh: write_xml_lines(graphml_lines(graph), fh))
    return Path(path)


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> Path:
    atomic_write(path, lambda fh: write_xml_lines(gexf_lines(graph), fh))
    return Path(path)


# GraphML and GEXF are written here, one node or edge at a time, as networkx's writers write
# them (byte for byte: tests/test_build.py and tests/test_scale.py compare): networkx builds
# the whole document as an ElementTree and then as one string, several times the size of
# the file, which a corpus of ten thousand reports does not fit in memory.

def _flat_node(node, data: dict) -> dict:
    """A node's attributes as flat_graph makes them (scalars; lists joined; label last)."""
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
    return attrs


def _flat_edge(key: str, data: dict) -> dict:
    evidence = data.get("evidence") or []
    return {"type": key, "weight": max(1, len(evidence)), "reports": " | ".join(data.get("reports", [])),
            "evidence": _xml_text(json.dumps([[e.doc_id, e.start, e.end, e.sentence] for e in evidence],
                                             ensure_ascii=False))}


def _attr(value) -> str:
    return _escape_attrib(str(value))


def _cdata(value) -> str:
    # networkx's text is split into lines (a lone \r ends one too) that fazhi joins with \n
    text = _escape_cdata(str(value))
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def write_xml_lines(lines: Iterator[str], fh) -> None:
    """Lines to a binary file as ElementTree's us-ascii output writes them: every
    character outside ASCII as a character reference (&#25913;)."""
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= 2048:
            fh.write(("\n".join(batch) + "\n").encode("ascii", "xmlcharrefreplace"))
            batch.clear()
    if batch:
        fh.write(("\n".join(batch) + "\n").encode("ascii", "xmlcharrefreplace"))


_XML_TYPE = {str: "string", int: "long", float: "double", bool: "boolean"}


def graphml_lines(graph: nx.MultiDiGraph) -> Iterator[str]:
    """The lines networkx's ``generate_graphml(flat_graph(graph), prettyprint=True)`` yields,
    made one node or edge at a time."""
    nodes = sorted(graph.nodes)
    edges = sorted(graph.edges(keys=True))
    keys: dict[tuple[str, str, str], str] = {}
    for node in nodes:
        for name, value in _flat_node(node, graph.nodes[node]).items():
            keys.setdefault((name, _XML_TYPE[type(value)], "node"), f"d{len(keys)}")
    if edges:
        for name, kind in (("type", "string"), ("weight", "long"), ("reports", "string"), ("evidence", "string")):
            keys.setdefault((name, kind, "edge"), f"d{len(keys)}")
    yield ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
           ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')
    for (name, kind, scope), key_id in reversed(list(keys.items())):
        yield f'  <key id="{key_id}" for="{scope}" attr.name="{_attr(name)}" attr.type="{kind}" />'
    if not nodes:
        yield '  <graph edgedefault="directed" />'
        yield "</graphml>"
        return
    yield '  <graph edgedefault="directed">'
    for node in nodes:
        attrs = _flat_node(node, graph.nodes[node])
        yield f'    <node id="{_attr(_xml_text(node))}">'
        for name, value in attrs.items():
            yield f'      <data key="{keys[(name, _XML_TYPE[type(value)], "node")]}">{_cdata(value)}</data>'
        yield "    </node>"
    for source, target, key in edges:
        attrs = _flat_edge(key, graph.edges[source, target, key])
        yield (f'    <edge source="{_attr(_xml_text(source))}" target="{_attr(_xml_text(target))}"'
               f' id="{_attr(key)}">')
        for name, value in attrs.items():
            yield f'      <data key="{keys[(name, _XML_TYPE[type(value)], "edge")]}">{_cdata(value)}</data>'
        yield "    </edge>"
    yield "  </graph>"
    yield "</graphml>"


def gexf_lines(graph: nx.MultiDiGraph, date: str = GEXF_DATE) -> Iterator[str]:
    """The lines networkx's ``generate_gexf(flat_graph(graph), prettyprint=True,
    version="1.2draft")`` yields (with the date fixed), one node or edge at a time."""
    nodes = sorted(graph.nodes)
    edges = sorted(graph.edges(keys=True))
    node_attrs: dict[str, tuple[str, str]] = {}  # title → (id, type)
    counter = 0
    for node in nodes:
        for name, value in _flat_node(node, graph.nodes[node]).items():
            if name == "label" or name in node_attrs:
                continue
            node_attrs[name] = (str(counter), _XML_TYPE[type(value)])
            counter += 1
    edge_attrs: dict[str, tuple[str, str]] = {}
    if edges:
        for name in ("reports", "evidence", "networkx_key"):
            edge_attrs[name] = (str(counter), "string")
            counter += 1
    yield ('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
           ' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">')
    yield f'  <meta lastmodifieddate="{date}">'
    yield f"    <creator>NetworkX {nx.__version__}</creator>"
    yield "  </meta>"
    yield '  <graph defaultedgetype="directed" mode="static" name="">'
    for scope, attrs in (("edge", edge_attrs), ("node", node_attrs)):  # the last class declared comes first
        if not attrs:
            continue
        yield f'    <attributes mode="static" class="{scope}">'
        for title, (attr_id, kind) in attrs.items():
            yield f'      <attribute id="{attr_id}" title="{_attr(title)}" type="{kind}" />'
        yield "    </attributes>"
    yield "    <nodes>"
    for node in nodes:
        attrs = _flat_node(node, graph.nodes[node])
        label = attrs.pop("label")
        head = f'      <node id="{_attr(_xml_text(node))}" label="{_attr(label)}"'
        if not attrs:
            yield head + " />"
            continue
        yield head + ">"
        yield "        <attvalues>"
        for name, value in attrs.items():
            yield f'          <attvalue for="{node_attrs[name][0]}" value="{_attr(value)}" />'
        yield "        </attvalues>"
        yield "      </node>"
    yield "    </nodes>"
    yield "    <edges>"
    for number, (source, target, key) in enumerate(edges):
        attrs = _flat_edge(key, graph.edges[source, target, key])
        yield (f'      <edge source="{_attr(_xml_text(source))}" target="{_attr(_xml_text(target))}" id="{number}"'
               f' weight="{attrs["weight"]}" type="{_attr(attrs["type"])}">')
        yield "        <attvalues>"
        for name, value in (("reports", attrs["reports"]), ("evidence", attrs["evidence"]), ("networkx_key", key)):
            yield f'          <attvalue for="{edge_attrs[name][0]}" value="{_attr(value)}" />'
        yield "        </attvalues>"
        yield "      </edge>"
    yield "    </edges>"
    yield "  </graph>"
    yield "</gexf>"


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
