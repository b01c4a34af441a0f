"""Span extensions fazhi's components share, and the helpers that read a doc and record a span.

Every mention span carries the rule that found it (``span._.fz_rule``); citations also
carry the span of the title without its marks and the index of their enclosing title.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

for _name in ("fz_rule", "fz_value", "fz_inner", "fz_parent"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

TEXT_KEY = "fz_text"  # doc.user_data key of the doc's text (set by the pipeline's tokenizer)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc: spaCy joins it token by token (one token per
    character here), which costs more than most components' own work."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def add_span(doc: Doc, spans: list[Span], start: int, end: int, label: str, rule: str, *,
             value: str | None = None, inner: tuple[int, int] | None = None,
             parent: int | None = None) -> Span | None:
    """Append the span doc.text[start:end] to ``spans``; None when it covers no token."""
    if len(doc) == len(doc_text(doc)):
        # one token per character (no whitespace folded into a token): offsets are token indices
        if end <= start:
            return None
        span = Span(doc, start, end, label=label)
    else:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or not len(span):
            return None
    ext = span._  # each ``span._`` builds a new accessor: take it once, set only what is not the default
    ext.fz_rule = rule
    if value is not None:
        ext.fz_value = value
    if inner is not None:
        ext.fz_inner = inner
    if parent is not None:
        ext.fz_parent = parent
    spans.append(span)
    return span
