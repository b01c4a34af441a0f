"""Write the graph to files: Turtle and TriG (RDF), GraphML and GEXF (Gephi, Cytoscape),
Cytoscape.js JSON and the interactive HTML page, deterministically and atomically (a
temporary file renamed into place).

networkx's GraphML and GEXF writers reject list-valued attributes and GEXF stamps the
current date into its header; lists are flattened to text here and the date is fixed, so
that building the same reports twice gives byte-identical files.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx
from pyoxigraph import DefaultGraph, Quad, RdfFormat, serialize

from fazhi.kg.rdf import PREFIXES

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
    """Cytoscape.js JSON (``elements``: nodes and edges with ``data``), which Cytoscape desktop and
    ``networkx.cytoscape_graph`` read too (hence ``directed``, ``multigraph`` and each edge's ``key``)."""
    flat = flat_graph(graph)
    elements = {"nodes": [{"data": {"id": n, "value": n, "name": d.get("label", n), **d}} for n, d in flat.nodes(data=True)],
                "edges": [{"data": {"id": f"{s}->{t}#{k}", "source": s, "target": t, "key": k, **d}}
                          for s, t, k, d in flat.edges(keys=True, data=True)]}
    document = {"data": {"name": "fazhi"}, "directed": True, "multigraph": True, "elements": elements}
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    atomic_write(path, lambda fh: fh.write(text), mode="w")
    return Path(path)


def write_html(graph: nx.MultiDiGraph, path: Path) -> Path:
    """The interactive graph page (``kg/html.py``): one self-contained file that works offline."""
    from fazhi.kg.html import write_html as write_page  # imported here: kg.html uses atomic_write above

    return write_page(graph, path)


GRAPH_FORMATS: dict[str, tuple[str, Callable[[nx.MultiDiGraph, Path], Path]]] = {
    "graphml": ("fazhi.graphml", write_graphml),
    "gexf": ("fazhi.gexf", write_gexf),
    "cytoscape": ("fazhi.cyjs", write_cytoscape),
    "html": ("fazhi.html", write_html),
}


def write_graph_formats(graph: nx.MultiDiGraph, exports: Path, formats: Iterable[str]) -> dict[str, Path]:
    written = {}
    for fmt in formats:
        name, writer = GRAPH_FORMATS[fmt]
        written[fmt] = writer(graph, Path(exports) / name)
    return written
