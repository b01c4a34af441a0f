"""Span extensions fazhi's components share, and the helpers that read a doc and record a span.

Every mention span carries the rule that found it (``span._.fz_rule``); citations also
carry the span of the title without its marks and the index of their enclosing title.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

for _name in ("fz_rule", "fz_value", "fz_inner", "fz_parent"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

_TEXT_KEY = "fz_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc: spaCy joins it token by token (one token per
    character here), which costs more than most components' own work."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def add_span(doc: Doc, spans: list[Span], start: int, end: int, label: str, rule: str, *,
             value: str | None = None, inner: tuple[int, int] | None = None,
             parent: int | None = None) -> Span | None:
    """Append the span doc.text[start:end] to ``spans``; None when it covers no token."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None or not len(span):
        return None
    span._.fz_rule = rule
    span._.fz_value = value
    span._.fz_inner = inner
    span._.fz_parent = parent
    spans.append(span)
    return span
