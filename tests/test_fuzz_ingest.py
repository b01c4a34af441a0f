"""Property tests of ingest on arbitrary and adversarial input: decoding never fails but
with DecodeError, reading a file never fails but with IngestError, and the view always maps
back into the text."""
from __future__ import annotations

import tempfile
from pathlib import Path

from fuzz_strategies import report_bytes, report_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fazhi.ingest import IngestError, read_report, report_from_text
from fazhi.ingest.decode import DecodeError, decode_bytes
from fazhi.ingest.html import html_to_text
from fazhi.ingest.normalize import build_view, join_wrapped_lines

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.one_of(st.binary(max_size=300), report_bytes()))
def test_decoding_any_bytes_gives_text_or_a_decode_error(data):
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        assert str(exc)
        return
    assert isinstance(decoded.text, str)
    decoded.text.encode("utf-8")  # never a lone surrogate
    assert all(isinstance(w, str) and w for w in decoded.warnings)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_bytes(), st.sampled_from([".txt", ".html", ".pdf", ".docx", ".doc", ""]))
def test_reading_any_file_gives_a_report_or_one_line_naming_the_file(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"report{suffix}"
        path.write_bytes(data)
        try:
            report = read_report(path)
        except IngestError as exc:
            assert str(exc).startswith(f"{path}: ") and exc.problem and "\n" not in str(exc)
            return
        _assert_view_maps_into_text(report.text, report.view, report.offsets)


def _assert_view_maps_into_text(text, view, offsets) -> None:
    positions = [offsets.to_text(v) for v in range(len(view))]
    assert all(0 <= p < len(text) for p in positions)
    assert positions == sorted(set(positions))  # one text character per view character, in order
    for start in range(0, len(view), 7):
        s, e = offsets.span_to_text(start, min(len(view), start + 5))
        assert 0 <= s <= e <= len(text)


@FAST
@given(report_text, st.booleans())
def test_the_view_of_any_text_maps_every_character_back_into_the_text(text, is_html):
    report = report_from_text(text, "fuzz.txt", is_html=is_html)
    assert report.text == text and len(report.view) <= len(text)
    _assert_view_maps_into_text(text, report.view, report.offsets)


@FAST
@given(report_text)
def test_html_blanking_keeps_every_offset(text):
    assert len(html_to_text(text)) == len(text)


PARAGRAPH_PIECES = ["法治政府建设", "《关于印发", "工作要点》的通知", "，", "。", "、", "一、", "（一）", "  ", "2021年", "abc ", "def",
                    "〔2024〕6号", "\u3000", "《条例》", "依法行政"]


@st.composite
def wrapped_text(draw) -> str:
    """Paragraphs, some broken into lines of one width as a PDF page breaks them, some with
    a page number between two of their lines."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 6))):
        paragraph = "".join(draw(st.lists(st.sampled_from(PARAGRAPH_PIECES), min_size=1, max_size=40)))
        width = draw(st.integers(8, 40))
        lines = [paragraph[i:i + width] for i in range(0, len(paragraph), width)] if draw(st.booleans()) else [paragraph]
        if len(lines) > 2 and draw(st.booleans()):
            lines.insert(draw(st.integers(1, len(lines) - 1)), draw(st.sampled_from(["- 2 -", "第 3 页", "12"])))
        paragraphs.append("\n".join(lines))
    return draw(st.sampled_from(["\n", "\n\n", "\r\n"])).join(paragraphs)


@FAST
@given(wrapped_text())
def test_joining_wrapped_lines_only_deletes_whitespace_and_page_numbers(text):
    view, offsets = build_view(text)
    assert len(view) == len(text) and not offsets.breaks  # this alphabet has no converter residue
    joined, joined_offsets = join_wrapped_lines(view, offsets)
    _assert_view_maps_into_text(text, joined, joined_offsets)
    for v, ch in enumerate(joined):
        assert view[joined_offsets.to_text(v)] == ch or (ch == " " and view[joined_offsets.to_text(v)].isspace())
    deleted = set(range(len(text))) - {joined_offsets.to_text(v) for v in range(len(joined))}
    gone = "".join(text[i] for i in sorted(deleted))
    for page_number in ("- 2 -", "第 3 页", "12"):
        gone = gone.replace(page_number, "")
    assert not gone.strip(), gone  # only line breaks, spaces and page numbers go
