"""Split a paragraph into sentences at 。！？；and line breaks: the unit of evidence."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.nlp.spans import add_span

# A sentence: everything up to and including its final mark. 一是…。 · 现将…报告如下:
# (a colon ends a sentence only at the end of a line, where it introduces a list)
SENTENCE = re.compile(r"[^。!?;！？；\n]+(?:[。!?;！？；]+[”’\"]?|(?=\n)|$)")


def find_sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in SENTENCE.finditer(text):
        start, end = m.span()
        while start < end and text[start] in " \t\u3000":
            start += 1
        if end > start:
            spans.append((start, end))
    return spans


@Language.factory("fz_sentences", default_config={"span_key": "sentences"})
def make_sentence_splitter(nlp: Language, name: str, span_key: str) -> "SentenceSplitter":
    return SentenceSplitter(span_key)


class SentenceSplitter:
    """spaCy component: sentence spans → ``doc.spans[span_key]`` (cheaper than ``is_sent_start``)."""

    def __init__(self, span_key: str = "sentences"):
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end in find_sentences(doc.text):
            add_span(doc, spans, start, end, "SENTENCE", "punctuation")
        doc.spans[self.span_key] = spans
        return doc
