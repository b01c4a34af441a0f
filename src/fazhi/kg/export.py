"""Write the graph for graph tools: GraphML and GEXF (Gephi, Cytoscape), Cytoscape.js JSON
and the interactive HTML page, deterministically and atomically (``fazhi.kg.files``).

GraphML and GEXF are what networkx's writers write for the graph with its lists flattened
to text (``flat_graph``) and GEXF's date fixed, so that building the same reports twice
gives byte-identical files; they are written one node or edge at a time, so that no export
holds a large corpus in memory. The map never runs this module (RDF is ``fazhi.kg.rdf_files``):
editing it leaves cached per-report results valid.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from xml.etree.ElementTree import _escape_attrib, _escape_cdata  # the escaping networkx's writers get

import networkx as nx

from fazhi.kg.files import atomic_write
from fazhi.kg.html import write_html
from fazhi.kg.rdf import XML_FORBIDDEN

# GEXF's header date (networkx stamps today's): fixed, so that two builds are byte-identical.
GEXF_DATE = "1970-01-01"


def _xml_text(value) -> str:
    return XML_FORBIDDEN.sub("", str(value))


def _xml_id(key: str) -> str:
    """A node key as an XML-safe id; a key that had to be cleaned gets a hash of the original,
    so that two keys differing only in forbidden characters stay two nodes."""
    cleaned = _xml_text(key)
    if cleaned == key:
        return key
    return f"{cleaned}#{hashlib.sha1(key.encode('utf-8', errors='surrogatepass')).hexdigest()[:8]}"


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars (lists joined by ' | ', evidence as JSON)."""
    flat = nx.MultiDiGraph()
    for node in sorted(graph.nodes):
        flat.add_node(_xml_id(node), **_flat_node(node, graph.nodes[node]))
    for source, target, key in sorted(graph.edges(keys=True)):
        flat.add_edge(_xml_id(source), _xml_id(target), key=key, **_flat_edge(key, graph.edges[source, target, key]))
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
#
# Each node or edge is made as one block of lines (one f-string) and cleaned of the
# characters XML forbids in one pass (``_clean_block``): removing single characters commutes
# with joining and escaping, so that is what cleaning every value first writes, at a tenth
# of the calls (only GraphML's line ends need a text with a \r cleaned first:
# ``_cdata_uncleaned``; edge types, which flat_graph leaves as they are, are fazhi's own
# names with nothing to clean). Node ids and edge types, named on every edge, are escaped
# once (``_Escaped``).

def _node_values(node, data: dict) -> dict:
    """A node's attributes as flat_graph makes them (scalars; lists joined; label last),
    not yet cleaned of the characters XML forbids."""
    attrs = {}
    for key, value in sorted(data.items()):
        if value is None or value == []:
            continue
        if isinstance(value, list):
            value = " | ".join(str(v) for v in value)
        elif isinstance(value, bool):
            value = str(value).lower()
        attrs[key] = value
    attrs["label"] = str(data.get("name", node))
    return attrs


def _flat_node(node, data: dict) -> dict:
    """A node's attributes as flat_graph makes them (scalars; lists joined; label last)."""
    return {key: _xml_text(value) if isinstance(value, str) else value for key, value in _node_values(node, data).items()}


def _evidence_json(evidence: list) -> str:
    """``json.dumps([[doc, start, end, sentence], ...], ensure_ascii=False)``, made with the C
    string encoder directly: json.dumps builds an encoder per call, the costliest part of an edge."""
    return "[" + ", ".join(f"[{_json_string(e.doc_id)}, {e.start}, {e.end}, {_json_string(e.sentence)}]"
                           for e in evidence) + "]"


_json_string = json.encoder.encode_basestring  # the C encoder json.dumps(ensure_ascii=False) uses for strings


def _edge_texts(data: dict) -> tuple[int, list, str]:
    """An edge's weight, reports (a list) and evidence as flat_graph makes them, not yet cleaned."""
    evidence = data.get("evidence") or []
    return max(1, len(evidence)), data.get("reports", []), _evidence_json(evidence)


def _reports_text(reports: list, escaped: _Escaped) -> str:
    """An edge's reports joined and escaped; a single report's name (most edges') escaped once."""
    if len(reports) == 1:
        return escaped[str(reports[0])]
    return escaped.escape(" | ".join(map(str, reports)))


def _flat_edge(key: str, data: dict) -> dict:
    weight, reports, evidence = _edge_texts(data)
    return {"type": key, "weight": weight, "reports": _xml_text(" | ".join(map(str, reports))),
            "evidence": _xml_text(evidence)}


def _clean_block(block: str) -> str:
    return XML_FORBIDDEN.sub("", block)


class _Escaped(dict):
    """Strings escaped once each (``escape``), for those a file repeats: ids, edge types."""

    def __init__(self, escape: Callable[[str], str]):
        super().__init__()
        self.escape = escape

    def __missing__(self, text: str) -> str:
        escaped = self[text] = self.escape(text)
        return escaped


def _attr(value) -> str:
    return _escape_attrib(str(value))


def _cdata(value) -> str:
    # networkx's text is split into lines (a lone \r ends one too) that fazhi joins with \n
    text = _escape_cdata(str(value))
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _cdata_uncleaned(value) -> str:
    """``_cdata(_xml_text(value))`` where the block's cleaning comes later: a text with a \r is
    cleaned first (\r, \x0b, \n must become one line end, as when each value was cleaned)."""
    text = str(value)
    return _cdata(_xml_text(text)) if "\r" in text else _escape_cdata(text)


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


def _sorted_edges(graph: nx.MultiDiGraph, nodes: list) -> Iterator[tuple]:
    """(source, target, key, data) of every edge, by (source, target, key), given the sorted
    nodes: read from the adjacency dicts (networkx's edge views cost more than the edge's
    XML) and sorted neighbour by neighbour, never as one list of every edge."""
    adjacency = dict(graph.adjacency())
    for source in nodes:
        neighbours = adjacency[source]
        for target in sorted(neighbours):
            by_key = neighbours[target]
            for key in sorted(by_key):
                yield source, target, key, by_key[key]


def _node_ids(nodes: list) -> dict:
    """Each node's XML id, escaped for an attribute: every edge names two."""
    return {node: _attr(_xml_id(node)) for node in nodes}


def graphml_lines(graph: nx.MultiDiGraph) -> Iterator[str]:
    """The lines networkx's ``generate_graphml(flat_graph(graph), prettyprint=True)`` yields,
    made one node or edge at a time (a block of lines each)."""
    nodes = sorted(graph.nodes)
    has_edges = graph.number_of_edges() > 0
    keys: dict[tuple[str, str, str], str] = {}
    for node in nodes:
        for name, value in _node_values(node, graph.nodes[node]).items():
            keys.setdefault((name, _XML_TYPE[type(value)], "node"), f"d{len(keys)}")
    if has_edges:
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
    ids = _node_ids(nodes)
    for node in nodes:
        data_lines = "".join(f'\n      <data key="{keys[(name, _XML_TYPE[type(value)], "node")]}">{_cdata_uncleaned(value)}</data>'
                             for name, value in _node_values(node, graph.nodes[node]).items())
        yield _clean_block(f'    <node id="{ids[node]}">{data_lines}\n    </node>')
    if not has_edges:
        yield "  </graph>"
        yield "</graphml>"
        return
    edge_key = {name: keys[(name, kind, "edge")]
                for name, kind in (("type", "string"), ("weight", "long"), ("reports", "string"), ("evidence", "string"))}
    key_attr, key_text, reports_cdata = _Escaped(_attr), _Escaped(_cdata), _Escaped(_cdata_uncleaned)
    for source, target, key, data in _sorted_edges(graph, nodes):
        weight, reports, evidence = _edge_texts(data)
        yield _clean_block(
            f'    <edge source="{ids[source]}" target="{ids[target]}" id="{key_attr[key]}">\n'
            f'      <data key="{edge_key["type"]}">{key_text[key]}</data>\n'
            f'      <data key="{edge_key["weight"]}">{weight}</data>\n'
            f'      <data key="{edge_key["reports"]}">{_reports_text(reports, reports_cdata)}</data>\n'
            f'      <data key="{edge_key["evidence"]}">{_cdata_uncleaned(evidence)}</data>\n'
            "    </edge>")
    yield "  </graph>"
    yield "</graphml>"


def gexf_lines(graph: nx.MultiDiGraph, date: str = GEXF_DATE) -> Iterator[str]:
    """The lines networkx's ``generate_gexf(flat_graph(graph), prettyprint=True,
    version="1.2draft")`` yields (with the date fixed), one node or edge at a time (a block
    of lines each)."""
    nodes = sorted(graph.nodes)
    has_edges = graph.number_of_edges() > 0
    node_attrs: dict[str, tuple[str, str]] = {}  # title → (id, type)
    counter = 0
    for node in nodes:
        for name, value in _node_values(node, graph.nodes[node]).items():
            if name == "label" or name in node_attrs:
                continue
            node_attrs[name] = (str(counter), _XML_TYPE[type(value)])
            counter += 1
    edge_attrs: dict[str, tuple[str, str]] = {}
    if has_edges:
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
    ids = _node_ids(nodes)
    for node in nodes:
        attrs = _node_values(node, graph.nodes[node])
        head = f'      <node id="{ids[node]}" label="{_attr(attrs.pop("label"))}"'
        if not attrs:
            yield _clean_block(head + " />")
            continue
        values = "".join(f'\n          <attvalue for="{node_attrs[name][0]}" value="{_attr(value)}" />'
                         for name, value in attrs.items())
        yield _clean_block(f"{head}>\n        <attvalues>{values}\n        </attvalues>\n      </node>")
    yield "    </nodes>"
    yield "    <edges>"
    key_attr, reports_attr = _Escaped(_attr), _Escaped(_attr)
    reports_for, evidence_for, key_for = (edge_attrs[name][0] for name in ("reports", "evidence", "networkx_key")) \
        if has_edges else ("", "", "")
    for number, (source, target, key, data) in enumerate(_sorted_edges(graph, nodes)):
        weight, reports, evidence = _edge_texts(data)
        yield _clean_block(
            f'      <edge source="{ids[source]}" target="{ids[target]}" id="{number}" weight="{weight}"'
            f' type="{key_attr[key]}">\n'
            "        <attvalues>\n"
            f'          <attvalue for="{reports_for}" value="{_reports_text(reports, reports_attr)}" />\n'
            f'          <attvalue for="{evidence_for}" value="{_attr(evidence)}" />\n'
            f'          <attvalue for="{key_for}" value="{key_attr[key]}" />\n'
            "        </attvalues>\n"
            "      </edge>")
    yield "    </edges>"
    yield "  </graph>"
    yield "</gexf>"


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
