"""Property tests of every extractor (the whole spaCy pipeline) and of resolution on
adversarial text: no crash, every mention's offsets inside the text and its text equal to
the slice, every relation's evidence inside the text, the output always valid JSON."""
from __future__ import annotations

import json

from fuzz_strategies import report_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fazhi.ingest import report_from_text
from fazhi.nlp import extract_mentions
from fazhi.resolve.document import resolve_document
from fazhi.serialize import result_from_json, result_to_json

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(report_text)
def test_every_mention_of_every_extractor_is_a_slice_of_the_text(text):
    report = report_from_text(text, "fuzz.txt")
    doc = extract_mentions(report)
    for m in doc.mentions:
        assert 0 <= m.start <= m.end <= len(text), m
        assert m.text == text[m.start:m.end], m
        if m.inner is not None:
            assert m.start <= m.inner[0] <= m.inner[1] <= m.end, m
        assert -1 <= m.sentence < len(doc.sentences)
        if m.nested_in is not None:
            assert 0 <= m.nested_in < len(doc.mentions)
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(text)


@SETTINGS
@given(report_text)
def test_resolution_keeps_offsets_in_the_text_and_the_output_is_valid_json(text):
    result = resolve_document(extract_mentions(report_from_text(text, "fuzz.txt")))
    for entity in result.entities:
        for m in entity.mentions:
            assert 0 <= m.start <= m.end <= len(text) and m.text == text[m.start:m.end]
    for relation in result.relations:
        ev = relation.evidence
        if ev is not None:
            assert 0 <= ev.start <= ev.end <= len(text)
    obj = result_to_json(result)
    line = json.dumps(obj, ensure_ascii=False)
    assert json.loads(line) == obj and "\n" not in line
    json.dumps(obj)  # the ASCII form is valid JSON even when the text held lone surrogates
    assert result_to_json(result_from_json(json.loads(line))) == obj
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        line.encode("utf-8")  # what `fazhi extract` prints: text from a file never holds surrogates


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12), st.integers(0, 70), st.integers(0, 20))
def test_the_span_index_answers_as_a_scan_of_all_spans_would(raw_spans, start, length):
    from fazhi.resolve.spans import SpanIndex

    spans = [(s, s + n) for s, n in raw_spans]
    end = start + length
    assert SpanIndex(spans).contains(start, end) == any(s <= start and end <= e for s, e in spans)
    assert SpanIndex(spans).starts_and_contains(start, end) == any(s == start and end <= e for s, e in spans)
    assert SpanIndex(spans).ends_and_contains(start, end) == any(e == end and s <= start for s, e in spans)
    # the spans that enclose the range, as payloads in the order given (measure_relations'
    # citations around a measure's mention)
    labels = [f"span{i}" for i in range(len(spans))]
    assert SpanIndex(spans, payloads=labels).enclosing(start, end) == [
        label for (s, e), label in zip(spans, labels) if s <= start and end <= e]
