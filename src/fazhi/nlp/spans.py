"""Span extensions fazhi's components share, and the helper that records a mention span.

Every mention span carries the rule that found it (``span._.fz_rule``); citations also
carry the span of the title without its marks and the index of their enclosing title.

A report has a mention every few dozen characters, so recording one must be cheap:
``add_span`` makes the ``Span`` directly when the doc has one token per character, and
writes the four values into ``doc.user_data`` under the keys spaCy's ``span._`` reads
(``span_values`` reads them back the same way); building an ``Underscore`` object per
value cost more than finding the mention. ``tests/test_pipeline.py`` checks that
``span._.fz_rule`` still reads what is written here.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, SpanGroup

from fazhi.nlp.tokenizer import TextDoc

EXTENSIONS = ("fz_rule", "fz_value", "fz_inner", "fz_parent")
for _name in EXTENSIONS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

# The first item of spaCy's user_data key of an extension value: ("._.", name, start_char, end_char)
_EXTENSION_KEY = "._."
# The first item of fazhi's own key of a span's four values: ("fz", start_char, end_char, label)
_LABELLED_KEY = "fz"


def add_span(doc: Doc, spans: list[Span], start: int, end: int, label: str, rule: str, *,
             value: str | None = None, inner: tuple[int, int] | None = None,
             parent: int | None = None) -> Span | None:
    """Append the span doc.text[start:end] to ``spans``; None when it covers no token."""
    if isinstance(doc, TextDoc) and 0 <= start < end <= len(doc):
        span = Span(doc, start, end, label=label)  # token i is character i
    else:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or not len(span):
            return None
        start, end = span.start_char, span.end_char
    data = doc.user_data
    data[(_EXTENSION_KEY, "fz_rule", start, end)] = rule
    data[(_EXTENSION_KEY, "fz_value", start, end)] = value
    data[(_EXTENSION_KEY, "fz_inner", start, end)] = inner
    data[(_EXTENSION_KEY, "fz_parent", start, end)] = parent
    # spaCy keys a span's extension values by its offsets alone, so a citation and a measure over
    # the same characters (a table row's 综合行政执法事项清单) would share them: fazhi reads its
    # own copy, keyed by the label too
    data[(_LABELLED_KEY, start, end, label)] = (rule, value, inner, parent)
    spans.append(span)
    return span


def span_values(doc: Doc, start_char: int, end_char: int, label: str) -> tuple:
    """(rule, value, inner, parent) of the span of ``label`` at these offsets, as ``add_span`` wrote them."""
    return doc.user_data.get((_LABELLED_KEY, start_char, end_char, label), (None, None, None, None))


def span_group(doc: Doc, key: str) -> SpanGroup | None:
    """``doc.spans[key]``, None when the doc has no such group. (``doc.spans`` is a ``UserDict``,
    whose ``get`` goes through a raised and caught KeyError on a miss, and most paragraphs miss
    most groups: its ``data``, the plain dict behind it, answers in C.)"""
    return doc.spans.data.get(key)
