"""Split a paragraph into sentences at 。！？；and line breaks: the unit of evidence."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

# A sentence: everything up to and including its final mark. 一是…。 · 现将…报告如下:
# (a colon ends a sentence only at the end of a line, where it introduces a list)
SENTENCE = re.compile(r"[^。!?;！？；\n]+(?:[。!?;！？；]+[”’\"]?|(?=\n)|$)")
# Spaces that open a sentence and are not part of it.
LEADING_SPACE = " \t\u3000"

if not Doc.has_extension("fz_sentences"):
    Doc.set_extension("fz_sentences", default=None)


def find_sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in SENTENCE.finditer(text):
        start, end = m.span()
        if text[start] in LEADING_SPACE:
            while start < end and text[start] in LEADING_SPACE:
                start += 1
            if start == end:
                continue
        spans.append((start, end))
    return spans


@Language.factory("fz_sentences")
def make_sentence_splitter(nlp: Language, name: str) -> "SentenceSplitter":
    return SentenceSplitter()


class SentenceSplitter:
    """spaCy component: the (start, end) character offsets of each sentence → ``doc._.fz_sentences``.

    Offsets, not spans: a report has a sentence every forty characters or so, and a
    ``Span`` per sentence cost more than finding the sentences.
    """

    def __call__(self, doc: Doc) -> Doc:
        doc._.fz_sentences = find_sentences(doc.text)
        return doc
