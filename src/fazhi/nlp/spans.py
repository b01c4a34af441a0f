"""Span extensions fazhi's components share, and the helper that records a mention span.

Every mention span carries the rule that found it (``span._.fz_rule``); citations also
carry the span of the title without its marks and the index of their enclosing title.

A report has a mention every few dozen characters, so recording one must be cheap:
``add_span`` makes the ``Span`` directly when the doc has one token per character, and
writes the four values into ``doc.user_data`` as one tuple keyed by the span's offsets and
label (``span_values`` reads them back); building an ``Underscore`` object per value cost
more than finding the mention. The ``span._`` extensions are getters over that tuple, so
that a citation and a measure over the same characters each read their own values.
``tests/test_tokenizer.py`` checks that ``span._.fz_rule`` reads what is written here.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, SpanGroup

from fazhi.nlp.tokenizer import TextDoc

EXTENSIONS = ("fz_rule", "fz_value", "fz_inner", "fz_parent")
# The first item of fazhi's key of a span's four values: ("fz", start_char, end_char, label)
_LABELLED_KEY = "fz"
_NO_VALUES = (None, None, None, None)


def _value_getter(index: int) -> Callable[[Span], object]:
    """The getter of ``span._.<EXTENSIONS[index]>``: that value of what ``add_span`` wrote."""
    def get(span: Span) -> object:
        return span_values(span.doc, span.start_char, span.end_char, span.label_)[index]
    return get


for _index, _name in enumerate(EXTENSIONS):
    if not Span.has_extension(_name):
        Span.set_extension(_name, getter=_value_getter(_index))


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
    # keyed by the label too: spaCy's own extension values are keyed by the offsets alone, and a
    # citation and a measure over the same characters (a table row's 综合行政执法事项清单) would share them
    doc.user_data[(_LABELLED_KEY, start, end, label)] = (rule, value, inner, parent)
    spans.append(span)
    return span


def span_values(doc: Doc, start_char: int, end_char: int, label: str) -> tuple:
    """(rule, value, inner, parent) of the span of ``label`` at these offsets, as ``add_span`` wrote them."""
    return doc.user_data.get((_LABELLED_KEY, start_char, end_char, label), _NO_VALUES)


def span_group(doc: Doc, key: str) -> SpanGroup | None:
    """``doc.spans[key]``, None when the doc has no such group. (``doc.spans`` is a ``UserDict``,
    whose ``get`` goes through a raised and caught KeyError on a miss, and most paragraphs miss
    most groups: its ``data``, the plain dict behind it, answers in C.)"""
    return doc.spans.data.get(key)
