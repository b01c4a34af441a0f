"""Security: names from reports are data, never markup, script, IRIs out of shape or file
paths; ``fazhi serve`` listens on 127.0.0.1 only, never changes the store, and bounds the
time and the size of every answer.

``fazhi serve`` (issue 6) and the HTML graph page (issue 7) are being built at the time of
writing: their tests skip, saying so, while the command or the writer is absent, and run
as soon as it exists. They rely only on the public surface: the ``serve`` command and its
options as click declares them, the SPARQL 1.1 Protocol, and an ``html`` entry of
``fazhi.kg.export.GRAPH_FORMATS`` (what ``fazhi export --format`` offers).
"""
from __future__ import annotations

import html.parser
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from robustness_samples import QINGHE

from fazhi.build import build_corpus
from fazhi.cli import main
from fazhi.kg.export import GRAPH_FORMATS
from fazhi.kg.graph import build_graph
from fazhi.kg.rdf import iri_for_key
from fazhi.model import DocumentResult, EdgeType, Entity, Evidence, Kind, Relation, ReportInfo

PAYLOADS = ["<script>alert('名称')</script>", "</script><script>alert(2)</script>", "\"><img src=x onerror=alert(3)>",
            "'><svg onload=alert(4)>", "<!--", "]]>", "javascript:alert(5)", "{{constructor.constructor('alert(6)')()}}",
            "\u2028\u2029", "</textarea><iframe src=javascript:alert(7)>"]

# A report in the style of the seeds whose cited titles and bodies carry markup and paths.
HOSTILE_REPORT = (
    "<script>alert('报告')</script>县2021年法治政府建设情况报告\n"
    "2021年，县司法局认真贯彻落实《<script>alert(1)</script>条例》和《../../../../tmp/fazhi-evil》，"
    "制定了《\"><img src=x onerror=alert(3)>办法》《CON》《中华人民共和国行政复议法》，推行“</script>制度”。\n"
)


def hostile_results(names: list[str]) -> list[DocumentResult]:
    """One report whose publisher, cited documents and measures are named ``names``."""
    info = ReportInfo(doc_id="hostile.txt", key="report:hostile.txt", title=names[0], publisher=names[1],
                      publisher_key="organization:0", region=None, region_code=None, year=2021, date=None)
    entities = [Entity(kind=Kind.ORGANIZATION, key="organization:0", name=names[1], type="government")]
    relations = []
    for i, name in enumerate(names[2:], 1):
        kind = (Kind.REGULATION, Kind.MEASURE)[i % 2]
        key = f"{kind.value.lower()}:{i}"
        entities.append(Entity(kind=kind, key=key, name=name, type="other", aliases=[name + "（简称）"]))
        relations.append(Relation(EdgeType.CITES if kind is Kind.REGULATION else EdgeType.MENTIONS, info.key, key,
                                  Evidence("hostile.txt", i, i + 2, f"贯彻落实{name}。")))
        relations.append(Relation(EdgeType.IMPLEMENTS, "organization:0", key, Evidence("hostile.txt", i, i + 2, name)))
    return [DocumentResult(report=info, entities=entities, relations=relations)]


class _Structure(html.parser.HTMLParser):
    """What a browser would build: elements with their attribute names, and script bodies."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: Counter = Counter()
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements[(tag, tuple(sorted(name for name, _ in attrs)))] += 1
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data

    def handle_comment(self, data):
        self.elements[("!--", ())] += 1


def _structure(page: str) -> _Structure:
    parser = _Structure()
    parser.feed(page)
    parser.close()
    return parser


def _html_writer():
    if "html" not in GRAPH_FORMATS:
        pytest.skip("waits for issue 7: no HTML graph page yet (fazhi.kg.export.GRAPH_FORMATS has no 'html' writer)")
    return GRAPH_FORMATS["html"][1]


def test_entity_names_cannot_run_script_or_add_markup_in_the_html_graph_page(tmp_path):
    writer = _html_writer()
    benign = [f"名称{i}" for i in range(len(PAYLOADS))]
    pages = {}
    for label, names in (("benign", benign), ("hostile", PAYLOADS)):
        folder = tmp_path / label
        folder.mkdir()
        path = writer(build_graph(hostile_results(names)), folder / "fazhi.html")
        pages[label] = Path(path).read_text(encoding="utf-8")
    benign_page, hostile_page = _structure(pages["benign"]), _structure(pages["hostile"])
    # the names add no element, attribute, comment or script: the page has the same shape
    assert hostile_page.elements == benign_page.elements
    assert len(hostile_page.scripts) == len(benign_page.scripts)
    for body in hostile_page.scripts:
        assert "</script" not in body.lower() and "<!--" not in body


def test_the_html_page_writes_no_file_outside_its_folder(tmp_path):
    writer = _html_writer()
    names = ["../../escape", "/etc/passwd", "CON", "a/b", "..", "名称"]
    out = tmp_path / "out"
    out.mkdir()
    before = set(tmp_path.rglob("*"))
    writer(build_graph(hostile_results(names)), out / "fazhi.html")
    created = set(tmp_path.rglob("*")) - before
    assert created and all(out in p.parents for p in created), created


def test_names_from_reports_never_become_file_paths(tmp_path):
    report = tmp_path / "in" / "hostile.txt"
    report.parent.mkdir()
    report.write_text(HOSTILE_REPORT + QINGHE, encoding="utf-8")
    out = tmp_path / "out"
    summary, graph = build_corpus([report.parent], store=out / "graph" / "store", exports=out / "exports",
                                  cache_dir=out / "graph" / "cache")
    assert summary.documents == 1
    names = {d.get("name") for _, d in graph.nodes(data=True)}
    assert any("tmp/fazhi-evil" in (n or "") or "script" in (n or "") for n in names), names  # the names got in ...
    from click.testing import CliRunner

    export = CliRunner().invoke(main, ["export", "--format", "cytoscape", "--store", str(out / "graph" / "store"),
                                       "--out", str(out / "exports" / "fazhi.cyjs")])
    assert export.exit_code == 0, export.output
    files = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and "graph/store" not in p.as_posix()}
    expected = {"exports/fazhi.trig", "exports/fazhi.ttl", "exports/fazhi.graphml", "exports/fazhi.gexf",
                "exports/fazhi.cyjs", "graph/manifest.json", "graph/.store.lock", "graph/lookup.sqlite"}
    assert {f for f in files if not f.startswith("graph/cache/")} == expected  # ... but made no file
    # named by hashes only (and the one record of the corpus files' digests)
    cache_name = re.compile(r"^graph/cache/(?:[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{16}\.(json|trig|nt)|file-digests\.tsv)$")
    assert all(cache_name.match(f) for f in files if f.startswith("graph/cache/"))
    assert not Path("/tmp/fazhi-evil").exists() and not (tmp_path / "tmp").exists()


def test_iris_from_hostile_names_and_file_names_are_valid():
    from pyoxigraph import NamedNode

    for key in ["place:<script>", "report:清河 县\udcff.txt", "regulation:../../x", "organization:\x00", "measure:{}|^`\"",
                "place:" + "名" * 500]:
        node = iri_for_key(key)
        assert NamedNode(node.value) == node
        assert not any(ch in node.value for ch in '<>"{}|^`\\ \x00')


@pytest.mark.parametrize("update", ["INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
                                    "DROP ALL", "CLEAR GRAPH <https://w3id.org/fazhi/graph/entities>"])
def test_fazhi_sparql_cannot_change_the_store(tmp_path, update):
    from click.testing import CliRunner

    report = tmp_path / "qinghe.txt"
    report.write_text(QINGHE, encoding="utf-8")
    store = tmp_path / "graph" / "store"
    build_corpus([report], store=store, exports=tmp_path / "exports", cache_dir=None)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = CliRunner().invoke(main, ["sparql", count, "--store", str(store), "--format", "json"]).stdout
    assert int(json.loads(before)["results"]["bindings"][0]["n"]["value"]) > 0
    result = CliRunner().invoke(main, ["sparql", update, "--store", str(store)])
    assert result.exit_code == 1 and result.stderr.startswith("fazhi: ") and "Traceback" not in result.output
    assert CliRunner().invoke(main, ["sparql", count, "--store", str(store), "--format", "json"]).stdout == before


# --- fazhi serve -------------------------------------------------------------------------


def _serve_command():
    command = main.commands.get("serve")
    if command is None:
        pytest.skip("waits for issue 6: `fazhi serve` does not exist yet")
    return command


def _option(command, *words: str) -> str | None:
    """The command-line flag of the first option whose name holds one of ``words``."""
    for param in command.params:
        if any(word in param.name for word in words) and param.opts:
            return max(param.opts, key=len)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    command = _serve_command()
    out = tmp_path_factory.mktemp("serve")
    root = Path(__file__).resolve().parent.parent
    build_corpus([root / "seeds"], store=out / "store", exports=out / "exports", cache_dir=None)
    port = _free_port()
    args = [sys.executable, "-c", "from fazhi.cli import main; main()", "serve", "--store", str(out / "store"), _option(command, "port") or "--port",
            str(port)]
    timeout_flag = _option(command, "timeout", "time_limit")
    limit_flag = _option(command, "max_rows", "max_results", "result_limit", "row_limit", "limit")
    if timeout_flag:
        args += [timeout_flag, "2"]
    if limit_flag:
        args += [limit_flag, "20"]
    log = out / "serve.log"
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=open(log, "wb"))  # noqa: SIM115
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"fazhi serve exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    endpoint = None
    for path in ("/sparql", "/query", "/"):
        probe = urllib.parse.urlencode({"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"})
        status, _ = _request(f"http://127.0.0.1:{port}{path}?{probe}")
        if status == 200:
            endpoint = f"http://127.0.0.1:{port}{path}"
            break
    try:
        if endpoint is None:
            pytest.fail("fazhi serve answers no SPARQL query at /sparql, /query or /")
        yield {"endpoint": endpoint, "port": port, "proc": proc, "timeout": 2 if timeout_flag else None,
               "limit": 20 if limit_flag else None, "store": out / "store"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _request(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None,
             timeout: float = 120) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json", **(headers or {})},
                                     method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except (urllib.error.URLError, OSError):
        return 0, b""


def _count(server) -> int:
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    status, body = _request(server["endpoint"] + "?" + urllib.parse.urlencode({"query": query}))
    assert status == 200, body[:300]
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_serve_listens_on_the_loopback_address_only(server):
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            pytest.skip("no /proc/net to read listening sockets from")
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port = local.split(":")
            if state == "0A" and int(port, 16) == server["port"]:  # 0A: LISTEN
                listening.append(address)
    assert listening, "no listening socket found for the server's port"
    loopback = {"0100007F", "00000000000000000000000001000000"}  # 127.0.0.1, ::1
    assert set(listening) <= loopback, listening


UPDATES = ["INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
           "DELETE WHERE { ?s ?p ?o }", "DROP ALL", "CLEAR DEFAULT", "LOAD <file:///etc/passwd>",
           "CREATE GRAPH <http://example.org/g>"]


@pytest.mark.parametrize("update", UPDATES)
def test_serve_rejects_every_sparql_update_and_the_store_does_not_change(server, update):
    before = _count(server)
    endpoint = server["endpoint"]
    attempts = [
        (endpoint, urllib.parse.urlencode({"update": update}).encode(), {"Content-Type": "application/x-www-form-urlencoded"}, "POST"),
        (endpoint, update.encode("utf-8"), {"Content-Type": "application/sparql-update"}, "POST"),
        (endpoint + "?" + urllib.parse.urlencode({"update": update}), None, {}, "GET"),
        (endpoint + "?" + urllib.parse.urlencode({"query": update}), None, {}, "GET"),
        (endpoint.rsplit("/", 1)[0] + "/update", urllib.parse.urlencode({"update": update}).encode(),
         {"Content-Type": "application/x-www-form-urlencoded"}, "POST"),
    ]
    for url, data, headers, method in attempts:
        status, body = _request(url, data, headers, method)
        assert status == 0 or 400 <= status < 500, (method, url, status, body[:200])
    assert _count(server) == before


@pytest.mark.parametrize("method", ["PUT", "DELETE", "POST", "PATCH"])
def test_serve_refuses_graph_store_writes(server, method):
    before = _count(server)
    base = server["endpoint"].rsplit("/", 1)[0]
    for path in ("/store?default", "/data?default", server["endpoint"][len(base):] + "?graph=http://example.org/g"):
        status, _ = _request(base + path, b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .",
                             {"Content-Type": "application/n-triples"}, method)
        assert status == 0 or 400 <= status < 500, (method, path, status)
    assert _count(server) == before


def test_serve_stops_a_query_that_runs_too_long(server):
    heavy = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } "
             "GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }")  # ~10^17 rows on the seeds
    limit = server["timeout"] or 60
    started = time.monotonic()
    status, body = _request(server["endpoint"] + "?" + urllib.parse.urlencode({"query": heavy}), timeout=limit + 60)
    elapsed = time.monotonic() - started
    assert status != 200 and status != 0, (status, body[:200])
    assert elapsed < limit + 30, elapsed
    assert _count(server) > 0  # the server still answers


def test_serve_bounds_the_size_of_a_result(server):
    total = _count(server)
    status, body = _request(server["endpoint"] + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"}))
    if status == 200:
        rows = len(json.loads(body)["results"]["bindings"])
        assert rows < total, "the whole store came back in one answer"
        if server["limit"]:
            assert rows <= server["limit"]
    else:
        assert 400 <= status < 600, status  # or refused with a message saying the result is too large
