"""Write the graph to files: Turtle and TriG (RDF), GraphML and GEXF (Gephi, Cytoscape),
Cytoscape.js JSON and the interactive HTML page, deterministically and atomically (a
temporary file renamed into place; inside ``deferred_replace`` the renames wait until every
file is written).

GraphML and GEXF are what networkx's writers write for the graph with its lists flattened
to text (``flat_graph``) and GEXF's date fixed, so that building the same reports twice
gives byte-identical files; they are written one node or edge at a time, and the RDF from
per-report parts (``write_rdf_parts``), so that no export holds a large corpus in memory.
"""
from __future__ import annotations

import contextlib
import hashlib
import heapq
import io
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import BinaryIO
from xml.etree.ElementTree import _escape_attrib, _escape_cdata  # the escaping networkx's writers get

import networkx as nx
from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, parse, serialize

from fazhi.kg.rdf import PREFIXES, XML_FORBIDDEN

_PROBE = NamedNode("https://w3id.org/fazhi/")

# GEXF's header date (networkx stamps today's): fixed, so that two builds are byte-identical.
GEXF_DATE = "1970-01-01"


# The temporary files written inside ``deferred_replace``, with the paths they will replace.
_STAGED: ContextVar[list[tuple[str, Path]] | None] = ContextVar("fazhi_staged_writes", default=None)
# Temporary files of atomic_write: .fazhi.ttl.k3j2x9.tmp
TEMPORARY_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.tmp$")


def atomic_write(path: Path, write: Callable[[object], None], mode: str = "wb", *, durable: bool = True) -> None:
    """Write ``path`` through a temporary file in the same folder, renamed into place when
    complete. The file's bytes reach the disk before the rename (``fsync``) unless not
    ``durable``: then a crash of the system (not of the process: the rename stays atomic)
    can leave ``path`` empty or cut short, which its reader must detect."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes files private; exports are for everyone
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": "\n"})) as fh:
            write(fh)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        replace_when_done(tmp, path)
    except BaseException as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.errno is not None and exc.filename in (None, tmp):
            exc.filename = str(path)  # name the file the user knows, not the temporary one
        raise


def replace_when_done(tmp: str | Path, path: Path) -> None:
    """Rename a completed temporary file to ``path``: now, or inside ``deferred_replace``
    when the block completes."""
    staged = _STAGED.get()
    if staged is None:
        os.replace(tmp, path)
    else:
        staged.append((str(tmp), Path(path)))


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


@dataclass(frozen=True)
class RdfPart:
    """One named graph's RDF, serialized once (by the map, in any process) and assembled
    into the corpus files by ``write_rdf_parts`` without parsing it again.

    ``trig`` is the graph as a TriG block without prefix lines; ``triples`` its distinct
    triples as sorted N-Triples lines without the final " ." (the order of ``write_rdf``).
    A report's part is written straight to files by ``write_statements_part``; this in-memory
    form is for small graphs (the entities graph, tests).
    """

    graph: str  # the graph's IRI: parts are written in its order
    trig: bytes
    triples: bytes

    @classmethod
    def of(cls, quads: Iterable[Quad]) -> "RdfPart":
        trig, triples = io.BytesIO(), io.BytesIO()
        graph = write_rdf_part(quads, trig, triples)[0]
        return cls(graph, trig.getvalue(), triples.getvalue())


# A graph's triples are sorted in runs of about this many characters of N-Triples; a graph
# with more (the RDF of a report of tens of megabytes) is sorted on disk, run by run.
RUN_CHARS = 16 << 20


def write_rdf_part(quads: Iterable[Quad], trig, triples, *, run_chars: int = RUN_CHARS) -> tuple[str, int]:
    """Write one named graph's ``RdfPart`` to the binary files ``trig`` and ``triples`` from
    its quads (all in that graph): ``write_statements_part`` for the terms' N-Triples."""
    quads = iter(quads)
    first = next(quads, None)
    if first is None:
        return "", 0
    graph_name = first.graph_name
    if isinstance(graph_name, DefaultGraph):
        raise ValueError("an RDF part is a named graph, not the default graph")

    def statements() -> Iterator[tuple[str, str, str]]:
        for quad in chain((first,), quads):
            if quad.graph_name != graph_name:
                raise ValueError(f"an RDF part is one named graph: {quad.graph_name} is not {graph_name}")
            yield str(quad.subject), str(quad.predicate), str(quad.object)

    return write_statements_part(str(graph_name), statements(), trig, triples, run_chars=run_chars)


def write_statements_part(graph: str, statements: Iterable[tuple[str, str, str]], trig, triples, *,
                          run_chars: int = RUN_CHARS) -> tuple[str, int]:
    """Write the ``RdfPart`` of the named graph ``graph`` holding ``statements`` ((subject,
    predicate, object) as N-Triples terms, ``fazhi.kg.rdf.report_statements``) to the binary
    files ``trig`` and ``triples``, in memory bounded by ``run_chars`` however many stream
    in; (the graph, its number of distinct statements). Repeated statements are written once.

    The part is made from the statements' strings, never from pyoxigraph quads: the map
    writes one per report, and making a pyoxigraph quad per statement, taking the strings
    of its terms back and serializing the quads cost three times as much (issue 8: 7.8 ms
    of a report's 25, now 2.3). The TriG is what pyoxigraph writes for the same quads, byte
    for byte (``_write_trig_block``; tests/test_rdf_part.py checks it).

    A graph that fits one run is sorted in memory; a larger one is sorted in runs written
    to a scratch folder and merged, and its TriG is written from the merged lines.
    """
    # held: each distinct statement's N-Triples line (without " .") → its terms. Sorting the
    # lines sorts the statements by subject, predicate and object, since a subject or a
    # predicate (an IRI, without spaces) is never the start of another.
    held: dict[str, tuple[str, str, str]] = {}
    held_chars, runs = 0, []
    with contextlib.ExitStack() as stack:
        scratch = None
        for statement in statements:
            line = "%s %s %s" % statement
            if line in held:
                continue
            held[line] = statement
            held_chars += len(line) + 64
            if held_chars >= run_chars:
                if scratch is None:
                    scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="fazhi-part-")))
                runs.append(_write_run(scratch / f"run-{len(runs)}.nt", _encoded_lines(sorted(held))))
                held, held_chars = {}, 0
        if not runs:  # the usual case: one run, sorted in memory
            ordered = sorted(held)
            _write_trig_block(graph, map(held.__getitem__, ordered), trig)
            if ordered:
                triples.write(("\n".join(ordered) + "\n").encode("utf-8"))
            return (graph, len(ordered)) if ordered else ("", 0)
        runs.append(_write_run(scratch / f"run-{len(runs)}.nt", _encoded_lines(sorted(held))))
        del held
        merged = _merge_runs(runs, scratch, end=b"")
        count = 0
        with open(merged, "rb") as lines:
            while chunk := lines.read(1 << 20):
                count += chunk.count(b"\n")
                triples.write(chunk)
        with open(merged, "rb") as lines:
            _write_trig_block(graph, (line[:-1].decode("utf-8").split(" ", 2) for line in lines), trig)
        return graph, count


def _encoded_lines(lines: list[str]) -> Iterator[bytes]:
    """N-Triples lines as the UTF-8 lines of a run (UTF-8 keeps the order of code points, so
    bytes sort as the strings do)."""
    for start in range(0, len(lines), 4096):
        yield ("\n".join(lines[start:start + 4096]) + "\n").encode("utf-8")


# Statements whose TriG is joined and written at once.
TRIG_BATCH = 4096


def _write_trig_block(graph: str, ordered: Iterable[tuple[str, str, str]], out) -> None:
    """The TriG block of a named graph (without the prefix lines) from its statements'
    N-Triples terms, sorted and distinct: what pyoxigraph's TriG serializer writes for the
    same quads in that order, one subject after another, with " ;" before another predicate
    of the subject and " ," before another object of the predicate."""
    turtle = _TURTLE_TERMS
    known, term, predicates = turtle.terms, turtle.term, turtle.predicates  # the dicts first: most terms are in them
    subject = predicate = None
    ordered = iter(ordered)
    while batch := list(islice(ordered, TRIG_BATCH)):
        pieces: list[str] = []
        add = pieces.append
        for s, p, o in batch:
            if s != subject:
                add(f"{turtle.graph(graph)} {{\n\t" if subject is None else " .\n\t")
                add(f"{known.get(s) or term(s)} {predicates.get(p) or turtle.predicate(p)} {known.get(o) or term(o)}")
            elif p != predicate:
                add(f" ;\n\t\t{predicates.get(p) or turtle.predicate(p)} {known.get(o) or term(o)}")
            else:
                add(f" , {known.get(o) or term(o)}")
            subject, predicate = s, p
        out.write("".join(pieces).encode("utf-8"))
    if subject is not None:
        out.write(b" .\n}\n")


class _TurtleTerms:
    """Terms as pyoxigraph's Turtle and TriG serializers write them with the ``PREFIXES``,
    from their N-Triples, remembered for the terms that recur (entities, properties, numbers).

    What pyoxigraph writes for a term is asked of it (``_serialized_alone``), except for the
    two kinds that make up most of a report's terms, which are written here, as the tests
    check pyoxigraph does: an IRI in a prefix's namespace whose rest is letters and digits
    (``ev:0a3c…``, ``orgn:829d…``) and a string literal, plain or with a language tag, which
    is written as in N-Triples.
    """

    # How many terms are remembered (some 10 MB); more are forgotten all at once. A report
    # brings a few hundred of its own (evidence nodes, sentences), so the dict is emptied
    # every hundred reports or so, and the few terms that recur are soon asked for again.
    LIMIT = 50_000

    def __init__(self):
        self.terms: dict[str, str] = {}
        self.predicates: dict[str, str] = {}
        self.graphs: dict[str, str] = {}
        # <https://w3id.org/fazhi/id/evidence/0a3c…>: the prefix's IRI, then letters and digits
        # (longest namespace first, though no namespace here is the start of another)
        names = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
        self.prefixed = re.compile("<(" + "|".join(re.escape(iri) for _, iri in names) + ")([0-9A-Za-z]+)>")
        self.prefix_of = {iri: name for name, iri in PREFIXES.items()}

    def term(self, nt: str) -> str:
        """A subject or object."""
        form = self.terms.get(nt)
        if form is None:
            if len(self.terms) >= self.LIMIT:
                self.terms.clear()
            form = self.terms[nt] = self._term(nt)
        return form

    def _term(self, nt: str) -> str:
        if nt[0] == "<":
            match = self.prefixed.fullmatch(nt)
            if match:
                return f"{self.prefix_of[match[1]]}:{match[2]}"
        elif nt[0] == '"' and (nt[-1] == '"' or nt[nt.rindex('"') + 1] == "@"):
            return nt
        return _serialized_alone(f"{_PROBE_NT} {_PROBE_NT} {nt}", prefix=f"{_PROBE_NT} {_PROBE_NT} ", end=" .\n")

    def predicate(self, nt: str) -> str:
        """A predicate (``a`` for rdf:type)."""
        form = self.predicates.get(nt)
        if form is None:
            form = self.predicates[nt] = _serialized_alone(f"{_PROBE_NT} {nt} {_PROBE_NT}", prefix=f"{_PROBE_NT} ",
                                                           end=f" {_PROBE_NT} .\n")
        return form

    def graph(self, nt: str) -> str:
        form = self.graphs.get(nt)
        if form is None:
            if len(self.graphs) >= self.LIMIT:
                self.graphs.clear()
            form = self.graphs[nt] = _serialized_alone(f"{_PROBE_NT} {_PROBE_NT} {_PROBE_NT} {nt}", prefix="",
                                                       end=f" {{\n\t{_PROBE_NT} {_PROBE_NT} {_PROBE_NT} .\n}}\n")
        return form


_PROBE_NT = str(_PROBE)


def _serialized_alone(nquad: str, prefix: str, end: str) -> str:
    """What pyoxigraph's TriG serializer writes for one term of one statement (an N-Quads line
    without " ."): its output, without the @prefix lines, ``prefix`` and ``end``."""
    quads = list(parse(f"{nquad} .\n".encode("utf-8"), format=RdfFormat.N_QUADS))
    written = _split_prefixes(serialize(quads, format=RdfFormat.TRIG, prefixes=PREFIXES))[1].decode("utf-8")
    if not (written.startswith(prefix) and written.endswith(end)):
        raise ValueError(f"pyoxigraph wrote {written!r} for {nquad!r}, not {prefix!r} … {end!r}")
    return written[len(prefix):len(written) - len(end)]


_TURTLE_TERMS = _TurtleTerms()


def read_rdf_part(trig_path: Path) -> Iterator[Quad]:
    """The quads of a part's TriG block in a file (``write_rdf_part``), parsed as a stream."""
    with trig_document([partial(open, trig_path, "rb")]) as fh:
        yield from parse(fh, format=RdfFormat.TRIG)


def read_rdf_part_bytes(trig: bytes) -> Iterator[Quad]:
    """The quads of ``RdfPart.trig``."""
    return parse(prefix_header() + trig, format=RdfFormat.TRIG)


def trig_document(blocks: Iterable[Callable[[], BinaryIO]]) -> BinaryIO:
    """One TriG document, read as a binary stream, from TriG blocks written with the fazhi
    prefixes (``RdfPart.trig``, without the @prefix lines), each opened by calling it: the
    prefixes, then each block in turn (opened when reached, so only one is open at a time)."""
    return io.BufferedReader(_PrefixedBlocks(blocks), 1 << 20)


class _PrefixedBlocks(io.RawIOBase):
    def __init__(self, blocks: Iterable[Callable[[], BinaryIO]]):
        self.pending = memoryview(prefix_header())
        self.blocks = iter(blocks)
        self.current: BinaryIO | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while True:
            if self.pending:
                n = min(len(buffer), len(self.pending))
                buffer[:n], self.pending = self.pending[:n], self.pending[n:]
                return n
            if self.current is None:
                block = next(self.blocks, None)
                if block is None:
                    return 0
                self.current = block()
            n = self.current.readinto(buffer)
            if n:
                return n
            self.current.close()
            self.current = None
            # a block ends with "}" and a newline; one more keeps two blocks apart regardless
            self.pending = memoryview(b"\n")

    def close(self) -> None:
        if self.current is not None:
            self.current.close()
            self.current = None
        super().close()


def count_lines(path: Path) -> int:
    """Lines in a file, read in chunks (a report's triples file may be gigabytes)."""
    count = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            count += chunk.count(b"\n")
    return count


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
    try:
        with open(path, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
    except OSError as exc:
        if exc.filename is None:  # a failed write names no file: say which, for the user's message
            exc.filename = str(path)
        raise
    return path


def _merge_runs(runs: list[Path], scratch: Path, end: bytes = b" .") -> Path:
    """Merge sorted line files into one sorted file of distinct lines, each ending in ``end``
    (" ." makes them N-Triples statements)."""
    level = 0
    while len(runs) > MERGE_FAN_IN:
        merged = []
        for i in range(0, len(runs), MERGE_FAN_IN):
            merged.append(_write_run(scratch / f"run-{level}-{i}.nt", _merged_lines(runs[i:i + MERGE_FAN_IN], b"")))
        runs, level = merged, level + 1
    return _write_run(scratch / "merged.nt", _merged_lines(runs, end))


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
