"""NLP: from a ``Report`` to its mentions (citations, 文号, organizations, measures, triggers).

The view of each report is fed through ``nlp.pipe`` in chunks of whole lines of up to
``MAX_CHUNK`` characters (a line longer than that is cut after a sentence end); every span
found is mapped back to an offset into the report's original text. The recognisers find in a
chunk the mentions they find in each of its lines alone (``tests/test_pipeline.py`` checks it
on the seeds), so chunks change only the cost: a doc costs the pipeline some 25 µs whatever
its length, and a third of a report's lines are headings of a dozen characters.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.model import ExtractedDocument, Mention, MentionLabel, Report, Sentence
from fazhi.nlp.pipeline import create_pipeline, default_pipeline
from fazhi.nlp.sentences import doc_sentences
from fazhi.nlp.spans import span_values

# Span groups the components write, and the mention label each becomes (sentences are
# offsets in ``doc._.fz_sentences``, not spans).
SPAN_GROUPS = (
    ("citations", MentionLabel.CITATION),
    ("doc_numbers", MentionLabel.DOC_NUMBER),
    ("organizations", MentionLabel.ORGANIZATION),
    ("measures", MentionLabel.MEASURE),
    ("triggers", MentionLabel.TRIGGER),
    ("short_forms", MentionLabel.SHORT_FORM),
)
MAX_CHUNK = 2000
# A place to cut a long line: after a sentence-final mark.
_CUT = re.compile(r"[。!?;！？；]")


def _line_pieces(view: str, max_chunk: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whole_line) of each non-blank line of the view, long lines cut after a sentence end."""
    pos = 0
    n = len(view)
    while pos < n:
        nl = view.find("\n", pos)
        line_end = n if nl < 0 else nl
        start = pos
        while line_end - start > max_chunk:
            window = view[start : start + max_chunk]
            cuts = [m.end() for m in _CUT.finditer(window)]
            cut = start + (cuts[-1] if cuts and cuts[-1] > max_chunk // 4 else max_chunk)
            yield start, cut, False
            start = cut
        if line_end > start and not view[start:line_end].isspace():
            yield start, line_end, start == pos
        pos = line_end + 1


def paragraph_chunks(view: str, max_chunk: int = MAX_CHUNK) -> Iterator[tuple[int, str]]:
    """(start, text) pieces of the view: runs of whole lines of up to ``max_chunk`` characters
    together, and a longer line alone in pieces cut after a sentence end."""
    pack_start = pack_end = -1
    for start, end, whole in _line_pieces(view, max_chunk):
        if pack_start >= 0 and whole and end - pack_start <= max_chunk:
            pack_end = end
            continue
        if pack_start >= 0:
            yield pack_start, view[pack_start:pack_end]
        if whole:
            pack_start, pack_end = start, end
        else:
            pack_start = -1
            yield start, view[start:end]
    if pack_start >= 0:
        yield pack_start, view[pack_start:pack_end]


def _collect(report: Report, pieces: Iterable[tuple[int, Doc]]) -> ExtractedDocument:
    """Turn the sentences and span groups of a report's chunk docs into mentions with text offsets."""
    offsets = report.offsets
    # A view that deleted nothing (no converter residue) has the text's offsets.
    identity = not offsets.breaks
    span_to_text = offsets.span_to_text
    view, text = report.view, report.text
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    sort_keys: list[tuple[int, int, str]] = []  # (start, -end, label) of each mention, the order they end in
    for chunk_start, doc in pieces:
        for start, end in doc_sentences(doc) or ():
            start, end = chunk_start + start, chunk_start + end
            sentences.append(Sentence(start, end) if identity else Sentence(*span_to_text(start, end)))
        groups = doc.spans.data  # (the plain dict behind spaCy's UserDict: see span_group)
        if not groups:
            continue
        for key, label in SPAN_GROUPS:
            group = groups.get(key)
            if group is None:
                continue
            label_value = label.value
            group_indices: list[int] = []
            for span in group:
                view_start, view_end = chunk_start + span.start_char, chunk_start + span.end_char
                start, end = (view_start, view_end) if identity else span_to_text(view_start, view_end)
                rule, value, inner, parent = span_values(doc, span.start_char, span.end_char, span.label_)
                if inner is not None:
                    inner = offsets.span_to_text(chunk_start + inner[0], chunk_start + inner[1])
                group_indices.append(len(mentions))
                sort_keys.append((start, -end, label_value))
                mentions.append(Mention(label=label, start=start, end=end, text=text[start:end],
                                        norm=view[view_start:view_end], rule=rule or "", value=value,
                                        inner=inner, nested_in=group_indices[parent] if parent is not None else None))
    sentences.sort(key=lambda s: s.start)
    starts = [s.start for s in sentences]
    order = sorted(range(len(mentions)), key=sort_keys.__getitem__)
    position = {old: new for new, old in enumerate(order)}
    ordered = [mentions[i] for i in order]
    for m in ordered:
        m.sentence = bisect.bisect_right(starts, m.start) - 1
        if m.nested_in is not None:
            m.nested_in = position[m.nested_in]
    return ExtractedDocument(report=report, sentences=sentences, mentions=ordered)


def extract_reports(reports: Iterable[Report], nlp: Language | None = None, batch_size: int = 64) -> Iterator[ExtractedDocument]:
    """Run the pipeline over reports, one ``ExtractedDocument`` per report, in order."""
    nlp = nlp or default_pipeline()
    for report in reports:
        chunks = list(paragraph_chunks(report.view))
        docs = nlp.pipe((text for _, text in chunks), batch_size=batch_size)
        # a generator, so that each chunk's Doc is dropped once its spans are collected:
        # memory stays bounded by the batch, not by the length of the report
        pieces = ((start, doc) for (start, _), doc in zip(chunks, docs))
        yield _collect(report, pieces)


def extract_mentions(report: Report, nlp: Language | None = None) -> ExtractedDocument:
    return next(extract_reports([report], nlp))


__all__ = ["create_pipeline", "default_pipeline", "extract_mentions", "extract_reports", "paragraph_chunks"]
