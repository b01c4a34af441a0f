"""The graph as one self-contained HTML page: interactive, offline, safe to open.

The page inlines vis-network (the graph library pyvis ships, read from the installed pyvis
package) and the graph's data, so it needs no network at all: no CDN, no external URL. Its
Content-Security-Policy allows only its own two scripts (by hash) and no connection, so even
a name that slipped past escaping could not run or load anything. Names and sentences are
data (JSON in a non-executed script element, with ``<``, ``>`` and ``&`` escaped) that the
page's script puts into the document as text, never as markup.
"""
from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx

from fazhi.kg.files import atomic_write

KIND_ORDER = ("Regulation", "Organization", "Measure", "Place", "Report")
# Node attributes the card shows, with the label it shows them under.
CARD_ATTRIBUTES = {
    "type": "type", "doc_number": "文号", "issuer": "issuer", "level": "level", "gazetteer_title": "official title",
    "version": "version cited", "expired": "expired", "unresolved": "unresolved", "place_code": "division code",
    "title": "title", "year": "year", "date": "date", "region": "region", "publisher": "publisher",
}
# Characters that must not appear raw inside a <script> element's JSON: they could close the
# element (</script>) or start a comment (<!--); U+2028/2029 break older JavaScript parsers.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")
# A source-map comment at the end of a minified library: //# sourceMappingURL=vis-network.min.js.map
SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.M)
# A URL scheme separator inside the library's strings and comments: "http://www.w3.org/2000/svg"
SCHEME_SEPARATOR = "://"


class GraphPageError(RuntimeError):
    """The graph library cannot be found; the message says what to install."""


def vis_network_script() -> str:
    """vis-network's standalone build as shipped in the pyvis package, made safe to inline.

    The library's licence header and strings hold URLs (licence links, the SVG namespace);
    ``://`` is written ``:\\/\\/`` there, which JavaScript reads as the same string, so the page
    carries no URL while the library works unchanged.
    """
    spec = importlib.util.find_spec("pyvis")  # located, not imported: pyvis itself pulls in IPython
    if spec is None or not spec.submodule_search_locations:
        raise GraphPageError("the HTML export needs the pyvis package (pip install pyvis)")
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib"
    candidates = sorted(lib.glob("vis-*/vis-network.min.js"),
                        key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)))
    if not candidates:
        raise GraphPageError(f"no vis-network.min.js under {lib}: reinstall pyvis")
    text = candidates[-1].read_text(encoding="utf-8")
    text = SOURCE_MAP.sub("", text).replace(SCHEME_SEPARATOR, ":\\/\\/")
    # Inside <script>, only "</script" and "<!--" change how HTML reads the text.
    text = re.sub(r"</(script)", r"<\\/\1", text, flags=re.I).replace("<!--", "<\\!--")
    return text


def _asset(name: str) -> str:
    return resources.files("fazhi.kg").joinpath("assets", name).read_text(encoding="utf-8")


def script_json(data) -> str:
    """``data`` as JSON that can sit inside a <script> element, whatever strings it holds."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def page_data(graph: nx.MultiDiGraph) -> dict:
    """What the page shows, compactly: nodes and edges by index, sentences and reports once each."""
    reports = sorted((d["doc_id"], d.get("title") or "", d.get("year")) for _, d in graph.nodes(data=True)
                     if d.get("kind") == "Report")
    report_index = {doc: i for i, (doc, _, _) in enumerate(reports)}
    nodes = sorted(graph.nodes, key=lambda n: (-graph.degree(n), n))
    node_index = {n: i for i, n in enumerate(nodes)}
    sentences: dict[tuple[str, str], int] = {}
    edges = []
    for source, target, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        evidence = []
        for ev in data.get("evidence") or []:
            sid = sentences.setdefault((ev.doc_id, ev.sentence), len(sentences))
            if sid not in evidence:
                evidence.append(sid)
        edges.append({"s": node_index[source], "t": node_index[target], "k": key, "e": evidence,
                      "r": sorted(report_index[r] for r in data.get("reports") or [] if r in report_index)})
    node_rows = []
    for node in nodes:
        data = graph.nodes[node]
        attributes = {k: str(data[k]).lower() if isinstance(data[k], bool) else str(data[k])
                      for k in CARD_ATTRIBUTES if data.get(k) not in (None, "", [])}
        node_rows.append({"n": data.get("name") or node, "k": data.get("kind") or "Unknown", "d": graph.degree(node),
                          "a": attributes, "al": list(data.get("aliases") or []),
                          "r": sorted(report_index[r] for r in data.get("reports") or [] if r in report_index)})
    return {"nodes": node_rows, "edges": edges,
            "sentences": [[report_index.get(doc, -1), text] for (doc, text) in sentences],
            "reports": [{"doc": doc, "title": title, "year": year} for doc, title, year in reports],
            "kinds": list(KIND_ORDER), "labels": [[k, v] for k, v in CARD_ATTRIBUTES.items()]}


def graph_page(graph: nx.MultiDiGraph, title: str = "fazhi knowledge graph") -> str:
    """The HTML text of the page."""
    library = vis_network_script()
    app = _asset("graph_page.js")
    page = _asset("graph_page.html")
    csp = f"default-src 'none'; script-src {_csp_hash(library)} {_csp_hash(app)}; style-src 'unsafe-inline'; " \
          f"img-src data: blob:; base-uri 'none'; form-action 'none'"
    replacements = {
        "{{title}}": _escape_text(title), "{{csp}}": _escape_text(csp), "{{style}}": _asset("graph_page.css"),
        "{{data}}": script_json(page_data(graph)), "{{library}}": library, "{{app}}": app,
    }
    return re.sub(r"\{\{\w+\}\}", lambda m: replacements[m.group()], page)


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_html(graph: nx.MultiDiGraph, path: Path) -> Path:
    text = graph_page(graph)
    atomic_write(path, lambda fh: fh.write(text), mode="w")
    return Path(path)


__all__ = ["GraphPageError", "graph_page", "page_data", "script_json", "vis_network_script", "write_html"]
