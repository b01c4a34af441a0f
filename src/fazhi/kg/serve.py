"""``fazhi serve``: the built store as a read-only SPARQL 1.1 Protocol endpoint on localhost.

Queries come by GET (``?query=``) or POST (form-encoded ``query=`` or a body of type
``application/sparql-query``); results are negotiated by the Accept header (or a
``format``/``output`` parameter, as many clients send): SPARQL JSON, XML, CSV and TSV for
SELECT and ASK; Turtle, N-Triples, RDF/XML and JSON-LD for CONSTRUCT and DESCRIBE. The
default graph is the union of all named graphs, as in ``fazhi sparql``, unless the request
names ``default-graph-uri``s.

Each query runs in a worker process that holds the store open read-only; a query that
outruns the time limit is stopped by ending its worker (a thread cannot interrupt Oxigraph),
and a fresh worker takes its place. A result of more than ``max_rows`` rows (or triples) is
refused with a message, not sent. Updates and graph-store writes (PUT, DELETE, PATCH) are
refused, and so are federated ``SERVICE`` calls, which would make the endpoint fetch
arbitrary URLs.
"""
from __future__ import annotations

import html
import json
import multiprocessing
import os
import queue
import re
import sys
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ENDPOINT_PATH = "/sparql"
MAX_REQUEST_BYTES = 1 << 20
DEFAULT_MAX_ROWS = 100_000

# Media types by what a query returns; the first of each table is the default.
RESULT_MEDIA_TYPES = {  # SELECT, ASK → pyoxigraph QueryResultsFormat name
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML", "text/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
GRAPH_MEDIA_TYPES = {  # CONSTRUCT, DESCRIBE → pyoxigraph RdfFormat name
    "text/turtle": "TURTLE", "application/x-turtle": "TURTLE", "application/n-triples": "N_TRIPLES",
    "text/plain": "N_TRIPLES", "application/rdf+xml": "RDF_XML", "application/xml": "RDF_XML", "text/xml": "RDF_XML",
    "application/ld+json": "JSON_LD", "text/n3": "N3",
}
# Short names clients put in a format/output parameter (Virtuoso style): format=json
FORMAT_PARAMETER = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None), "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"), "ttl": (None, "text/turtle"), "n3": (None, "text/n3"),
    "nt": (None, "application/n-triples"), "ntriples": (None, "application/n-triples"),
    "rdf+xml": (None, "application/rdf+xml"), "json-ld": (None, "application/ld+json"),
    "jsonld": (None, "application/ld+json"),
}

# Strings, IRIs and comments of a query, skipped when looking for the SERVICE keyword:
# "…", '…', """…""", <http://…>, # to the end of the line
_QUERY_TEXT_NOISE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
                               r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'" r"|<[^<>\s]*>" r"|#[^\n]*")
# The keyword itself, not a variable (?service) or a prefixed name (ex:service, service:x)
_SERVICE_KEYWORD = re.compile(r"(?<![?$:\w-])SERVICE(?![\w:-])", re.IGNORECASE)


def uses_service(sparql: str) -> bool:
    """Whether a query calls another endpoint (SERVICE <…> { … })."""
    return bool(_SERVICE_KEYWORD.search(_QUERY_TEXT_NOISE.sub(" ", sparql)))


def _accepted(accept: str) -> list[str]:
    """Media ranges of an Accept header, most wanted first (ties keep their order)."""
    ranges = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        quality = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    quality = float(f[2:])
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranges.append((-quality, position, fields[0].lower()))
    return [r for _, _, r in sorted(ranges)]


def negotiate(kind: str, accept: str | None, format_parameter: list[str] | None = None) -> str | None:
    """The media type to answer a query returning ``kind`` ('results' or 'graph') in, or None (406)."""
    table = RESULT_MEDIA_TYPES if kind == "results" else GRAPH_MEDIA_TYPES
    for value in format_parameter or []:
        value = value.strip().lower()
        short = FORMAT_PARAMETER.get(value)
        if short:
            chosen = short[0] if kind == "results" else short[1]
            if chosen:
                return chosen
        elif value in table:
            return value
    wanted = _accepted(accept or "*/*") or ["*/*"]
    for media_range in wanted:
        if media_range in table:
            return media_range
        if media_range == "*/*":
            return next(iter(table))
        if media_range.endswith("/*"):
            for media_type in table:
                if media_type.startswith(media_range[:-1]):
                    return media_type
    return None


@dataclass
class QueryRequest:
    sparql: str
    accept: str | None = None
    format_parameter: list[str] = field(default_factory=list)
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    max_rows: int = DEFAULT_MAX_ROWS


@dataclass
class Reply:
    status: int
    content_type: str
    body: bytes


def _text(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


def _store_stamp(path: str) -> tuple[int, float]:
    """Changes when a build swaps in a new store (new folder) or writes its manifest."""
    from fazhi.kg.store import manifest_path

    manifest = manifest_path(Path(path))
    return os.stat(path).st_ino, (manifest.stat().st_mtime if manifest.exists() else 0.0)


def answer(store, request: QueryRequest) -> Reply:
    """Run one query on ``store`` and serialise its result as negotiated."""
    import pyoxigraph

    from fazhi.kg.store import query

    options = {}
    if request.default_graphs:
        options["default_graph"] = [pyoxigraph.NamedNode(g) for g in request.default_graphs]
    if request.named_graphs:
        options["named_graphs"] = [pyoxigraph.NamedNode(g) for g in request.named_graphs]
    try:
        result = query(store, request.sparql, union=not request.default_graphs, **options)
    except SyntaxError as exc:
        return _text(HTTPStatus.BAD_REQUEST, f"malformed query: {exc}")
    except ValueError as exc:  # e.g. an invalid graph IRI
        return _text(HTTPStatus.BAD_REQUEST, f"bad request: {exc}")
    kind = "graph" if isinstance(result, pyoxigraph.QueryTriples) else "results"
    media_type = negotiate(kind, request.accept, request.format_parameter)
    if media_type is None:
        offered = ", ".join(RESULT_MEDIA_TYPES if kind == "results" else GRAPH_MEDIA_TYPES)
        return _text(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer in the requested format; offered: {offered}")
    if kind == "graph":
        triples = _at_most(result, request.max_rows)
        if triples is None:
            return _too_large(request.max_rows, "triples")
        body = pyoxigraph.serialize(triples, format=getattr(pyoxigraph.RdfFormat, GRAPH_MEDIA_TYPES[media_type]))
    elif isinstance(result, pyoxigraph.QueryBoolean):
        body = result.serialize(format=getattr(pyoxigraph.QueryResultsFormat, RESULT_MEDIA_TYPES[media_type]))
    else:
        variables = [v.value for v in result.variables]
        rows = _at_most(result, request.max_rows)
        if rows is None:
            return _too_large(request.max_rows, "rows")
        body = solutions_as(variables, rows, RESULT_MEDIA_TYPES[media_type])
    return Reply(HTTPStatus.OK, media_type + "; charset=utf-8", body)


def _at_most(results, limit: int) -> list | None:
    """The first ``limit`` items of a result, or None when it has more."""
    items = []
    for item in results:
        if len(items) == limit:
            return None
        items.append(item)
    return items


def _too_large(limit: int, what: str) -> Reply:
    return _text(HTTPStatus.BAD_REQUEST, f"the result has more than {limit} {what}, the limit of this endpoint: "
                                         "narrow the query or add LIMIT")


def _json_term(term) -> dict:
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, pyoxigraph.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _xml_term(term) -> str:
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return f"<uri>{html.escape(term.value)}</uri>"
    if isinstance(term, pyoxigraph.BlankNode):
        return f"<bnode>{html.escape(term.value)}</bnode>"
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return f'<literal xml:lang="{html.escape(term.language)}">{html.escape(term.value)}</literal>'
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f'<literal datatype="{html.escape(term.datatype.value)}">{html.escape(term.value)}</literal>'
        return f"<literal>{html.escape(term.value)}</literal>"
    return f"<literal>{html.escape(str(term))}</literal>"


def _csv_cell(term) -> str:
    if term is None:
        return ""
    value = term.value if hasattr(term, "value") else str(term)
    if any(ch in value for ch in ',"\r\n'):
        value = '"' + value.replace('"', '""') + '"'
    return value


def solutions_as(variables: list[str], rows: list, fmt: str) -> bytes:
    """SELECT results in a SPARQL results format (JSON, XML, CSV or TSV), from rows already read.

    The rows are counted before anything is sent (the result-size limit), so they are written
    here rather than by the engine's serializer, which would need the query run again."""
    if fmt == "JSON":
        bindings = [{v: _json_term(row[v]) for v in variables if row[v] is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "XML":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        out += [f'<variable name="{html.escape(v)}"/>' for v in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>" + "".join(f'<binding name="{html.escape(v)}">{_xml_term(row[v])}</binding>'
                                            for v in variables if row[v] is not None) + "</result>")
        out.append("</results></sparql>\n")
        return "".join(out).encode("utf-8")
    if fmt == "CSV":
        lines = [",".join(variables)] + [",".join(_csv_cell(row[v]) for v in variables) for row in rows]
        return ("\r\n".join(lines) + "\r\n").encode("utf-8")
    lines = ["\t".join("?" + v for v in variables)]  # TSV: terms in their N-Triples form
    lines += ["\t".join("" if row[v] is None else str(row[v]) for v in variables) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _worker_main(store_path: str, connection) -> None:
    """A query worker: holds the store open read-only, reopens it after a build, answers requests."""
    from fazhi.kg.store import StoreError, open_store

    store, stamp = None, None
    while True:
        try:
            request = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if request is None:
            return
        try:
            current = _store_stamp(store_path)
            if store is None or current != stamp:
                store, stamp = open_store(Path(store_path)), current
            reply = answer(store, request)
        except (StoreError, OSError) as exc:
            reply = _text(HTTPStatus.SERVICE_UNAVAILABLE, f"the store cannot be read: {exc}")
        except Exception as exc:  # noqa: BLE001 - any failure of one query is that query's answer
            reply = _text(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {type(exc).__name__}: {exc}")
        connection.send(reply)


class _Worker:
    def __init__(self, context, store_path: str):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(store_path, child), daemon=True,
                                       name="fazhi-sparql-worker")
        self.process.start()
        child.close()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.connection.close()


class QueryPool:
    """Worker processes that run queries under a time limit."""

    def __init__(self, store_path: Path, workers: int = 2, timeout: float = 30.0):
        self.store_path = str(store_path)
        self.timeout = timeout
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        for _ in range(max(1, workers)):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self.store_path)
        with self._lock:
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._all.discard(worker)
        self._idle.put(self._spawn())

    def run(self, request: QueryRequest) -> Reply:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return _text(HTTPStatus.SERVICE_UNAVAILABLE, "every query worker is busy; try again later")
        try:
            worker.connection.send(request)
            if worker.connection.poll(self.timeout):
                reply = worker.connection.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError):
            self._retire(worker)
            return _text(HTTPStatus.INTERNAL_SERVER_ERROR, "the query worker failed (out of memory?)")
        self._retire(worker)  # the only way to stop a running Oxigraph query
        return _text(HTTPStatus.SERVICE_UNAVAILABLE, f"query exceeded the time limit of {self.timeout:g} s")

    def close(self) -> None:
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()


def service_description(endpoint: str) -> bytes:
    """SPARQL 1.1 Service Description of the endpoint (Turtle), answered to a GET without a query."""
    formats = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle",
               "N-Triples", "RDF_XML", "JSON-LD"]
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat {", ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in formats)} ;
    sd:defaultDataset [ a sd:Dataset ; void:uriSpace "https://w3id.org/fazhi/id/" ] .
""".encode("utf-8")


_FORM = """<!doctype html><html lang="en"><meta charset="utf-8"><title>fazhi SPARQL endpoint</title>
<h1>fazhi SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 endpoint at <code>{endpoint}</code>; fazhi's prefixes (fz: eli: org: skos: dcterms:
schema: prov: …) are predeclared and the default graph is the union of every report's graph and the entities
graph. Queries of the cookbook are in <code>graph/queries/</code>.</p>
<form action="{path}" method="post"><textarea name="query" rows="12" cols="100">{example}</textarea><br>
<select name="format"><option>json</option><option>xml</option><option>csv</option><option>tsv</option>
<option>turtle</option></select> <button>Run</button></form>
"""
_EXAMPLE = """SELECT ?regulation (COUNT(DISTINCT ?report) AS ?reports) WHERE {
  ?report eli:cites ?r . ?r skos:prefLabel ?regulation .
} GROUP BY ?regulation ORDER BY DESC(?reports) LIMIT 20"""


class SparqlHandler(BaseHTTPRequestHandler):
    """HTTP side of the endpoint: parses SPARQL Protocol requests, hands queries to the pool."""

    server_version = "fazhi-sparql"
    pool: QueryPool  # set on the subclass made by make_server
    quiet: bool = False
    max_rows: int = DEFAULT_MAX_ROWS

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        if not self.quiet:
            sys.stderr.write(f"fazhi serve: {self.address_string()} {format % args}\n")

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def _endpoint(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{ENDPOINT_PATH}"

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Allow", "GET, POST, OPTIONS")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path in ("/", ""):
            page = _FORM.format(endpoint=html.escape(self._endpoint()), path=ENDPOINT_PATH, example=html.escape(_EXAMPLE))
            self._send(Reply(HTTPStatus.OK, "text/html; charset=utf-8", page.encode("utf-8")))
            return
        if url.path != ENDPOINT_PATH:
            self._send(_text(HTTPStatus.NOT_FOUND, f"no such resource; the SPARQL endpoint is {ENDPOINT_PATH}"))
            return
        params = parse_qs(url.query, keep_blank_values=True)
        if "update" in params:
            self._send(_text(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are not accepted"))
            return
        if "query" not in params:
            self._send(Reply(HTTPStatus.OK, "text/turtle; charset=utf-8", service_description(self._endpoint())))
            return
        self._query(params)

    do_HEAD = do_GET

    def _read_only(self) -> None:
        self._send(_text(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only: query it with GET or POST"))

    # graph-store writes (SPARQL 1.1 Graph Store Protocol) are refused whatever the path
    do_PUT = do_DELETE = do_PATCH = _read_only

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != ENDPOINT_PATH:
            self._send(_text(HTTPStatus.NOT_FOUND, f"no such resource; the SPARQL endpoint is {ENDPOINT_PATH}"))
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BYTES:
            self._send(_text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request larger than {MAX_REQUEST_BYTES} bytes"))
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if content_type == "application/sparql-update":
            self._send(_text(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are not accepted"))
            return
        if content_type == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif content_type == "application/sparql-query":
            params["query"] = [body]
        else:
            self._send(_text(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                             "send a query as application/x-www-form-urlencoded or application/sparql-query"))
            return
        if "update" in params:
            self._send(_text(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are not accepted"))
            return
        self._query(params)

    def _query(self, params: dict[str, list[str]]) -> None:
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._send(_text(HTTPStatus.BAD_REQUEST, "give exactly one non-empty query parameter"))
            return
        if uses_service(queries[0]):
            self._send(_text(HTTPStatus.FORBIDDEN, "federated queries (SERVICE) are not allowed on this endpoint"))
            return
        request = QueryRequest(sparql=queries[0], accept=self.headers.get("Accept"),
                               format_parameter=params.get("format", []) + params.get("output", []),
                               default_graphs=params.get("default-graph-uri", []),
                               named_graphs=params.get("named-graph-uri", []), max_rows=self.max_rows)
        self._send(self.pool.run(request))


def make_server(store_path: Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                workers: int = 2, quiet: bool = False,
                max_rows: int = DEFAULT_MAX_ROWS) -> tuple[ThreadingHTTPServer, QueryPool]:
    """The HTTP server and its query workers; call ``serve_forever`` on the first, ``close`` on the second."""
    from fazhi.kg.store import open_store

    open_store(Path(store_path))  # fail now, with the message to run `fazhi build`, not on the first query
    pool = QueryPool(store_path, workers=workers, timeout=timeout)
    handler = type("BoundSparqlHandler", (SparqlHandler,), {"pool": pool, "quiet": quiet, "max_rows": max_rows})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server, pool


__all__ = ["QueryPool", "QueryRequest", "Reply", "answer", "make_server", "negotiate", "service_description",
           "uses_service"]
