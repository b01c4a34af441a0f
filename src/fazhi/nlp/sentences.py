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
LEADING_SPACE_CHAR = re.compile("[" + LEADING_SPACE + "]")

if not Doc.has_extension("fz_sentences"):
    Doc.set_extension("fz_sentences", default=None)
# The user_data key spaCy's ``doc._.fz_sentences`` reads and writes: the component and
# ``doc_sentences`` use it directly, as ``nlp/spans.py`` does for span values (each ``doc._``
# makes an ``Underscore`` object, which cost a tenth of the time the splitting takes).
SENTENCES_KEY = ("._.", "fz_sentences", None, None)


def find_sentences(text: str) -> list[tuple[int, int]]:
    if not LEADING_SPACE_CHAR.search(text):  # most paragraphs: no sentence to trim
        return [m.span() for m in SENTENCE.finditer(text)]
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
        doc.user_data[SENTENCES_KEY] = find_sentences(doc.text)  # doc._.fz_sentences
        return doc


def doc_sentences(doc: Doc) -> list[tuple[int, int]] | None:
    """``doc._.fz_sentences``: the sentence offsets the splitter wrote, None if it did not run."""
    return doc.user_data.get(SENTENCES_KEY)
