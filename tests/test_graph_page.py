"""`fazhi export`: the graph formats keep Chinese labels, and the HTML page is offline, escaped and
works in a real browser (Debian's Chromium, driven by Playwright; no browser is downloaded)."""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from fazhi.cli import main
from fazhi.kg.graph import build_graph
from fazhi.kg.html import graph_page, script_json
from fazhi.model import DocumentResult, EdgeType, Entity, Evidence, Kind, Relation, ReportInfo

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
# A title in the 孝义 report with angle brackets of its own: 《关于认真开展学习习近平同志<论坚持全面依法治国>的通知》
BRACKETED = "关于认真开展学习习近平同志<论坚持全面依法治国>的通知"
EVIL_REGULATION = "关于</script><script>window.pwned=1</script>的通知"
EVIL_ORGANIZATION = '<img src=x onerror="window.pwned=2">司法局'


def export(store: Path, fmt: str, out: Path) -> Path:
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--store", str(store), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def store(seed_build):
    return seed_build.store


@pytest.fixture(scope="module")
def page(store, tmp_path_factory) -> Path:
    return export(store, "html", tmp_path_factory.mktemp("page") / "fazhi.html")


def evil_graph() -> nx.MultiDiGraph:
    """A report whose names are HTML and script, as a hostile or garbled web page could give."""
    sentence = f"印发《{EVIL_REGULATION}》,{EVIL_ORGANIZATION}认真贯彻落实。"
    report = ReportInfo("evil.txt", "report:evil.txt", "<b>某县</b>2021年法治政府建设情况报告", None, None, None, None,
                        2021, None)
    entities = [Entity(Kind.REGULATION, "regulation:evil", EVIL_REGULATION, "notice"),
                Entity(Kind.ORGANIZATION, "organization:evil", EVIL_ORGANIZATION, "department")]
    relations = [Relation(EdgeType.CITES, "report:evil.txt", "regulation:evil", Evidence("evil.txt", 3, 40, sentence)),
                 Relation(EdgeType.IMPLEMENTS, "organization:evil", "regulation:evil", Evidence("evil.txt", 3, 40, sentence))]
    return build_graph([DocumentResult(report, entities, relations)])


# --- graph formats

def test_graph_formats_round_trip_chinese_labels(store, seed_build, tmp_path):
    graph = seed_build.graph
    names = {data["name"] for _, data in graph.nodes(data=True)}
    assert BRACKETED in names and "中华人民共和国宪法" in names
    readers = {"graphml": nx.read_graphml, "gexf": nx.read_gexf,
               "cytoscape": lambda p: nx.cytoscape_graph(json.loads(Path(p).read_text(encoding="utf-8")))}
    for fmt, read in readers.items():
        back = read(export(store, fmt, tmp_path / f"g.{fmt}"))
        assert {d["label"] for _, d in back.nodes(data=True)} == names, fmt
        assert back.number_of_nodes() == graph.number_of_nodes() and back.number_of_edges() == graph.number_of_edges(), fmt


def test_cytoscape_json_has_elements_with_ids_sources_and_targets(store, tmp_path):
    doc = json.loads(export(store, "cytoscape", tmp_path / "g.cyjs").read_text(encoding="utf-8"))
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    ids = {n["data"]["id"] for n in nodes}
    assert len(ids) == len(nodes) and all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    constitution = next(n["data"] for n in nodes if n["data"]["name"] == "中华人民共和国宪法")
    assert constitution["kind"] == "Regulation" and constitution["level"] == "constitution"


# --- the HTML page, as text

def test_page_has_no_external_url_and_loads_nothing(page):
    html = page.read_text(encoding="utf-8")
    assert "://" not in html  # no URL of any scheme
    library = re.search(r"<script>(/\*\*\n \* vis-network.*?)</script>", html, re.S).group(1)
    # the library's licence links and SVG namespace, their slashes escaped (JavaScript reads them the same)
    assert len(re.findall(r"https?:", html)) == len(re.findall(r"https?:\\/\\/", library)) > 0
    assert not re.search(r"<(link|iframe|img|object|embed)\b", html, re.I)
    assert not re.search(r"<script[^>]*\bsrc=", html, re.I) and "@import" not in html
    assert set(re.findall(r"url\(\s*['\"]?([a-z]+):", html)) <= {"data"}
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "unsafe-eval" not in csp and "connect-src" not in csp
    assert len(re.findall(r"^<script>", html, re.M)) == 2  # the library and the page's own script, allowed by hash
    assert "vis-network" in html and "Apache" in html  # the library inlined with its licence


def test_page_data_is_escaped_and_complete(page, seed_build):
    html = page.read_text(encoding="utf-8")
    assert BRACKETED not in html  # its < > would be markup: the data carries \u003c \u003e
    raw = re.search(r'<script type="application/json" id="fazhi-data">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    graph = seed_build.graph
    assert len(data["nodes"]) == graph.number_of_nodes() and len(data["edges"]) == graph.number_of_edges()
    assert BRACKETED in {n["n"] for n in data["nodes"]}


def test_hostile_names_stay_data():
    html = graph_page(evil_graph())
    assert html.count("</script>") == 3  # the data, the library and the page script: nothing else closes one
    ours = re.sub(r"<script>/\*\*\n \* vis-network.*?</script>", "", html, flags=re.S)  # all but the library
    for text in (EVIL_REGULATION, EVIL_ORGANIZATION, "<b>", "<img", "</script><script>"):
        assert text not in ours
    assert json.loads(script_json({"n": EVIL_REGULATION}))["n"] == EVIL_REGULATION


# --- the HTML page, in a real browser

def browser_context(tmp_path):
    """Debian's Chromium under Playwright, headless, with a fresh profile; skip (or, in CI, fail) without it."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        if os.environ.get("FAZHI_REQUIRE_BROWSER"):
            pytest.fail("Chromium is not installed (apt-get install chromium)")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    manager = playwright_api.sync_playwright().start()
    context = manager.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=chromium, headless=True, args=CHROMIUM_FLAGS,
        viewport={"width": 1400, "height": 900})
    return manager, context


def open_page(context, path: Path, requests: list[str], errors: list[str]):
    context.route(re.compile(r"^(?!file:|data:|blob:)"), lambda route: (requests.append(route.request.url), route.abort()))
    page = context.new_page()
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-state=ready]", timeout=90_000)  # vis-network drew the laid-out graph
    return page


def painted_pixels(page) -> int:
    return page.evaluate("""() => {
        const canvas = document.querySelector('#graph canvas');
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
        return painted;
    }""")


def test_graph_page_renders_searches_and_shows_a_card_in_chromium(page, seed_build, tmp_path):
    graph = seed_build.graph
    manager, context = browser_context(tmp_path)
    requests, errors = [], []
    try:
        view = open_page(context, page, requests, errors)
        assert view.evaluate("window.fazhi.visibleCount()") == graph.number_of_nodes()
        assert painted_pixels(view) > 20_000  # nodes and edges were drawn on the canvas
        spread = view.evaluate("""() => { const p = Object.values(window.fazhi.network.getPositions());
            const xs = p.map(q => q.x), ys = p.map(q => q.y);
            return [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)]; }""")
        assert min(spread) > 300  # laid out, not piled on one point
        view.screenshot(path=str(tmp_path / "graph-overview.png"))

        view.fill("#search", "行政复议法")
        first = view.wait_for_selector("#results li")
        assert first.inner_text().startswith("中华人民共和国行政复议法")
        view.press("#search", "Enter")
        card = view.wait_for_selector("#card:not([hidden])")
        assert view.inner_text("#card h2") == "中华人民共和国行政复议法"
        text = card.inner_text()
        assert "全国人民代表大会常务委员会" in text and "← CITES (1)" in text
        assert "严格落实《行政复议法》和《行政复议法实施条例》" in text  # the evidence sentence of the 孝义 report
        assert view.evaluate("window.fazhi.network.getSelectedNodes().length") == 1

        view.select_option("#report", label="吉州区2016年度法治政府建设情况报告 (2016)")
        view.wait_for_function("Number(document.body.dataset.visible) < %d" % graph.number_of_nodes())
        jizhou = sum(1 for _, d in graph.nodes(data=True) if "001_f1251c18c376ec20.txt" in d.get("reports", []))
        # the report's own nodes, plus the node selected before, which stays shown
        assert view.evaluate("window.fazhi.visibleCount()") in (jizhou, jizhou + 1)
        view.wait_for_timeout(500)
        view.screenshot(path=str(tmp_path / "graph.png"))
    finally:
        context.close()
        manager.stop()
    assert (tmp_path / "graph.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"screenshots: {tmp_path / 'graph-overview.png'}, {tmp_path / 'graph.png'}")
    assert not errors, errors
    assert set(requests) == {page.as_uri()}, requests  # nothing but the page itself was loaded


def test_hostile_names_do_not_run_in_chromium(tmp_path):
    path = tmp_path / "evil.html"
    path.write_text(graph_page(evil_graph()), encoding="utf-8")
    manager, context = browser_context(tmp_path)
    requests, errors = [], []
    try:
        view = open_page(context, path, requests, errors)
        view.fill("#search", "script")
        view.press("#search", "Enter")
        view.wait_for_selector("#card:not([hidden])")
        assert view.inner_text("#card h2") == EVIL_REGULATION  # shown as text
        view.fill("#search", "司法局")
        view.press("#search", "Enter")
        view.wait_for_function("document.querySelector('#card h2').textContent.endsWith('司法局')")
        assert view.inner_text("#card h2") == EVIL_ORGANIZATION
        assert view.evaluate("typeof window.pwned") == "undefined"
        assert view.evaluate("document.querySelectorAll('img').length") == 0
    finally:
        context.close()
        manager.stop()
    assert not errors, errors
    assert set(requests) == {path.as_uri()}, requests
