"""`fazhi show`: one report as HTML, every mention marked by kind, nested where mentions nest, all
text escaped, and the text itself unchanged."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from fazhi.cli import main
from fazhi.kg.report_view import _spans, report_page
from fazhi.model import DocumentResult, Entity, Kind, Mention, MentionLabel, ReportInfo

ROOT = Path(__file__).resolve().parent.parent
XIAOYI = ROOT / "seeds" / "000_3524ee81c110156f.txt"


class Marks(HTMLParser):
    """The text of the report's <div class="text"> (without the kind tags), and every mark in it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside the text div when > 0
        self.in_tag = 0
        self.text = []
        self.marks = []  # [kind, nesting depth, text]
        self.open: list[list] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and attrs.get("class") == "text":
            self.depth = 1
        elif self.depth and tag == "mark":
            self.open.append([attrs["class"].split()[1], len(self.open), ""])
        elif self.depth and tag == "span" and attrs.get("class") == "tag":
            self.in_tag += 1

    def handle_endtag(self, tag):
        if self.depth and tag == "mark":
            self.marks.append(self.open.pop())
        elif self.depth and tag == "span" and self.in_tag:
            self.in_tag -= 1
        elif tag == "div":
            self.depth = 0

    def handle_data(self, data):
        if self.depth and not self.in_tag:
            self.text.append(data)
            for mark in self.open:
                mark[2] += data


def parse(html: str) -> Marks:
    marks = Marks()
    marks.feed(html)
    return marks


@pytest.fixture(scope="module")
def store(seed_build):
    return seed_build.store


def test_show_by_name_marks_every_mention_by_kind_and_keeps_the_text(store, seed_build):
    result = CliRunner().invoke(main, ["show", "000_3524ee81c110156f.txt", "--store", str(store)])
    assert result.exit_code == 0, result.stderr
    page = parse(result.stdout)
    assert "".join(page.text) == XIAOYI.read_text(encoding="utf-8")  # marks add nothing to the text
    kinds = {kind for kind, _, _ in page.marks}
    assert {"Regulation", "Organization", "Measure"} <= kinds
    # each entity mention of the cached result is a mark with its text
    from fazhi.build import built_result

    expected = sorted((e.kind.value, m.text) for e in built_result(store, "000").entities for m in e.mentions)
    assert sorted((kind, text) for kind, _, text in page.marks) == expected
    assert ("Regulation", "《孝义市党政主要负责人履行推进法治建设第一责任人职责工作清单》") in {(k, t) for k, _, t in page.marks}
    assert any(depth > 0 for _, depth, _ in page.marks)  # e.g. an organization inside a regulation's title
    # the entity tables link to the first mention
    assert re.search(r'<td><a href="#m\d+">中华人民共和国行政复议法</a></td>', result.stdout)


def test_show_a_file_and_write_it(store, tmp_path):
    out = tmp_path / "view.html"
    result = CliRunner().invoke(main, ["show", str(XIAOYI), "--store", str(store), "--cache", str(tmp_path / "cache"),
                                       "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "<title>孝义市2021年法治政府建设情况的报告 · fazhi</title>" in out.read_text(encoding="utf-8")


def test_show_escapes_the_report_and_runs_no_script(tmp_path):
    report = tmp_path / "某县2021年法治政府建设情况报告.txt"
    report.write_text("某县2021年法治政府建设情况报告\n"
                      "县司法局认真贯彻落实《中华人民共和国行政复议法》,<script>alert('x')</script>"
                      "印发《关于<b>加强</b>行政执法工作的通知》。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(report), "--cache", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.stderr
    html = result.stdout
    assert "<script" not in html and "<b>加强" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "default-src &#x27;none&#x27;" not in html and "default-src 'none'" in html  # no script may run
    page = parse(html)
    assert "".join(page.text) == report.read_text(encoding="utf-8")
    assert ("Regulation", "《中华人民共和国行政复议法》") in {(k, t) for k, _, t in page.marks}


def test_unknown_report(store):
    result = CliRunner().invoke(main, ["show", "no_such_report.txt", "--store", str(store)])
    assert result.exit_code == 1 and "no_such_report.txt" in result.stderr


def _entity(kind: Kind, name: str, *spans: tuple[int, int], text: str) -> Entity:
    entity = Entity(kind, f"{kind.value}:{name}", name, "other")
    entity.mentions = [Mention(MentionLabel.CITATION, s, e, text[s:e], text[s:e], "test") for s, e in spans]
    return entity


def test_crossing_mentions_are_cut_nested_ones_nest():
    text = "孝义市人民政府门户网站公开了信息"
    government = _entity(Kind.ORGANIZATION, "孝义市人民政府", (0, 7), text=text)
    website = _entity(Kind.MEASURE, "孝义市人民政府门户网站", (0, 11), text=text)
    portal = _entity(Kind.MEASURE, "门户网站公开", (7, 13), text=text)  # crosses the website's end
    roots, mismatched = _spans(text, [government, website, portal])
    assert mismatched == 0
    assert [(s.start, s.end) for s in roots] == [(0, 11)]
    assert [(s.start, s.end, s.cut) for s in roots[0].children] == [(0, 7, False), (7, 11, True)]
    info = ReportInfo("x.txt", "report:x.txt", None, None, None, None, None, None, None)
    page = parse(report_page(text, DocumentResult(info, [government, website, portal], [])))
    assert "".join(page.text) == text
