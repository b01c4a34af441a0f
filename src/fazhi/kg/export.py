"""Write the graph to files: Turtle and TriG (RDF), GraphML and GEXF (Gephi, Cytoscape),
Cytoscape.js JSON and the interactive HTML page, deterministically and atomically (a
temporary file renamed into place; inside ``deferred_replace`` the renames wait until every
file is written).

networkx's GraphML and GEXF writers reject list-valued attributes and GEXF stamps the
current date into its header; lists are flattened to text here and the date is fixed, so
that building the same reports twice gives byte-identical files.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import networkx as nx
from pyoxigraph import DefaultGraph, Quad, RdfFormat, serialize

from fazhi.kg.rdf import PREFIXES

# GEXF's header date: <meta lastmodifieddate="2026-11-22">
GEXF_DATE = re.compile(r'lastmodifieddate="[^"]*"')
FIXED_DATE = 'lastmodifieddate="1970-01-01"'
# Characters XML 1.0 cannot hold, even escaped.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# The temporary files written inside ``deferred_replace``, with the paths they will replace.
_STAGED: ContextVar[list[tuple[str, Path]] | None] = ContextVar("fazhi_staged_writes", default=None)
# Temporary files of atomic_write: .fazhi.ttl.k3j2x9.tmp
TEMPORARY_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.tmp$")


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
        staged = _STAGED.get()
        if staged is None:
            os.replace(tmp, path)
        else:
            staged.append((tmp, path))
    except BaseException as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.errno is not None and exc.filename in (None, tmp):
            exc.filename = str(path)  # name the file the user knows, not the temporary one
        raise


@contextmanager
def deferred_replace() -> Iterator[list[tuple[str, Path]]]:
    """Hold back the renames of every ``atomic_write`` in the block until it ends.

    When the block completes, all files are renamed into place one after the other (a
    few milliseconds); when it fails, or the process dies, none is, and the temporary
    files are deleted (or left as hidden ``.*.tmp`` files that ``remove_stale_temporaries``
    clears). So a build that fails while writing leaves every previous export as it was.
    """
    staged: list[tuple[str, Path]] = []
    token = _STAGED.set(staged)
    try:
        yield staged
    except BaseException:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
        raise
    finally:
        _STAGED.reset(token)
    for tmp, path in staged:
        os.replace(tmp, path)
    for folder in {path.parent for _, path in staged}:
        _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    """Make the renames in ``folder`` durable (where the platform allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporary files that a killed run of ``atomic_write`` left in ``folder``."""
    removed = 0
    if not Path(folder).is_dir():
        return 0
    for entry in Path(folder).iterdir():
        if TEMPORARY_NAME.match(entry.name) and entry.is_file():
            entry.unlink(missing_ok=True)
            removed += 1
    return removed


# Characters a file name must not hold on any common system: separators, controls, those
# Windows reserves, lone surrogates and noncharacters.
_UNSAFE_IN_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|\ud800-\udfff\ufffe\uffff]')
# Names Windows reserves for devices, whatever the suffix: CON, NUL, COM1 …
_RESERVED_NAME = re.compile(r"^(?:con|prn|aux|nul|com\d|lpt\d)$", re.I)
MAX_NAME_BYTES = 200


def safe_filename(name: str, suffix: str = "") -> str:
    """A file name made from an arbitrary string (an entity name from a report): one path
    component, no separators or control characters, not hidden, not ``..``, not a reserved
    device name, at most ``MAX_NAME_BYTES`` bytes of UTF-8. When the name had to be
    changed, a short hash of the original keeps two different names apart."""
    cleaned = unicodedata.normalize("NFC", name)
    cleaned = _UNSAFE_IN_NAME.sub("_", cleaned).strip(" .")
    if _RESERVED_NAME.match(cleaned.split(".")[0] if cleaned else ""):
        cleaned = "_" + cleaned
    changed = cleaned != name or not cleaned
    budget = max(MAX_NAME_BYTES - len(suffix.encode("utf-8")) - 9, 0)  # room for "-" and the hash
    if len(cleaned.encode("utf-8")) > budget:
        cleaned = cleaned.encode("utf-8")[:budget].decode("utf-8", errors="ignore").rstrip(" .")
        changed = True
    if changed:
        digest = hashlib.sha1(name.encode("utf-8", errors="surrogatepass")).hexdigest()[:8]
        cleaned = f"{cleaned}-{digest}" if cleaned else digest
    return cleaned + suffix


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
        flat.add_node(_xml_id(node), **attrs)
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    for source, target, key, data in edges:
        evidence = data.get("evidence") or []
        flat.add_edge(_xml_id(source), _xml_id(target), key=key, type=key, weight=max(1, len(evidence)),
                      reports=" | ".join(_xml_text(r) for r in data.get("reports", [])),
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
