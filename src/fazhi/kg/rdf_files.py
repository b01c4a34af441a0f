"""RDF files: each report's part (its named graph as a TriG block and as sorted N-Triples
lines, written by the map), and the corpus's fazhi.trig and fazhi.ttl assembled from the
parts without parsing them again (``write_rdf_parts``), so that no RDF export holds a large
corpus in memory. The output is what pyoxigraph writes for the same quads, byte for byte.
"""
from __future__ import annotations

import contextlib
import heapq
import io
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, parse, serialize

from fazhi.kg.files import atomic_write
from fazhi.kg.rdf import PREFIXES

_PROBE = NamedNode("https://w3id.org/fazhi/")


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
    three kinds that make up most of a report's terms, which are written here, as the tests
    check pyoxigraph does: an IRI in a prefix's namespace whose rest is letters and digits
    (``ev:0a3c…``, ``orgn:829d…``); a string literal, plain or with a language tag, which
    is written as in N-Triples; and an xsd:integer written as Turtle's bare integers are
    (an evidence's offsets: asking pyoxigraph for them was an eighth of the map's time).
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
        elif nt[0] == '"':
            if nt[-1] == '"' or nt[nt.rindex('"') + 1] == "@":
                return nt
            integer = _BARE_INTEGER.fullmatch(nt)
            if integer:
                return integer[1]
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
# An xsd:integer whose form is one of Turtle's bare integers, which is how pyoxigraph writes
# it: "1024"^^<http://www.w3.org/2001/XMLSchema#integer> → 1024 (also -5, +5, 007)
_BARE_INTEGER = re.compile(r'"([+-]?[0-9]+)"\^\^<http://www\.w3\.org/2001/XMLSchema#integer>')


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
