"""fazhi's tokenizer makes one token per character, whitespace included (spaCy's ``char``
segmenter's docs where a text has no whitespace), and the fast span recording still reads
back through spaCy's ``span._`` API."""
from __future__ import annotations

import pickle

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from fazhi.nlp.pipeline import create_pipeline
from fazhi.nlp.sentences import doc_sentences
from fazhi.nlp.spans import add_span, span_values
from fazhi.nlp.tokenizer import CharTokenizer, TextDoc

SPACY_CHAR = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
FAZHI = CharTokenizer(SPACY_CHAR.vocab)


def tokens(doc: Doc) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in doc]


# A line of a scraped report: Chinese, ASCII, and every kind of space a page leaves behind.
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="法治政府a1 《》,。\n\t\u3000\u00a0\r", max_size=40))
def test_one_token_per_character_whitespace_included(text):
    doc = FAZHI(text)
    assert [t.text for t in doc] == list(text)
    assert all(t.whitespace_ == "" for t in doc)
    assert doc.text == text
    assert Doc.text.__get__(doc) == text  # what spaCy would rebuild from the tokens


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="法治政府a1《》,。", max_size=40))
def test_same_tokens_as_spacys_char_segmenter_where_there_is_no_whitespace(text):
    assert tokens(FAZHI(text)) == tokens(SPACY_CHAR.make_doc(text))


def test_a_report_line_with_spaces_keeps_token_i_at_character_i():
    line = "2022年 清河县人民政府  坚持依法行政\t推进《法治政府建设实施纲要》\n县司法局"
    doc = FAZHI(line)
    assert isinstance(doc, TextDoc) and doc.text == line
    assert len(doc) == len(line)
    start = line.index("县司法局")
    assert doc[start:start + 4].text == "县司法局"  # (spaCy's segmenter folds the space after 年 into 年)
    assert pickle.loads(pickle.dumps(doc)).text == line


def test_add_span_writes_what_span_underscore_reads():
    nlp = create_pipeline(("fz_sentences",))
    # a line without whitespace, and one with a space (a token of its own)
    for text in ("县司法局联合县编办开展筛查。", "2022年 县司法局联合县编办开展筛查。"):
        doc = nlp(text)
        assert doc._.fz_sentences == doc_sentences(doc) == [(0, len(text))]  # the splitter writes what doc._ reads
        start = text.index("县司法局")
        spans: list = []
        span = add_span(doc, spans, start, start + 4, "ORGANIZATION", "head_noun", value="department")
        assert span.text == "县司法局" and (span.start_char, span.end_char) == (start, start + 4)
        assert (span._.fz_rule, span._.fz_value, span._.fz_inner, span._.fz_parent) == \
            ("head_noun", "department", None, None)
        assert span_values(doc, span.start_char, span.end_char, "ORGANIZATION") == ("head_noun", "department", None, None)
        # a span of another label over the same characters keeps its own values
        add_span(doc, [], start, start + 4, "MEASURE", "head_noun", value="system")
        assert span_values(doc, span.start_char, span.end_char, "ORGANIZATION")[1] == "department"
        assert span._.fz_value == "department"  # and so does span._
        doc.spans["organizations"] = spans
        stored = doc.spans["organizations"][0]
        assert stored._.fz_rule == "head_noun"
