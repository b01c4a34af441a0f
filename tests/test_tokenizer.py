"""fazhi's tokenizer makes the very docs spaCy's ``char`` segmenter makes, and the fast
span recording still reads back through spaCy's ``span._`` API."""
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
def test_same_tokens_and_text_as_spacys_char_segmenter(text):
    ours, theirs = FAZHI(text), SPACY_CHAR.make_doc(text)
    assert tokens(ours) == tokens(theirs)
    assert ours.text == theirs.text == text
    assert Doc.text.__get__(ours) == text  # what spaCy would rebuild from the tokens


def test_a_report_line_with_spaces():
    line = "2022年 清河县人民政府  坚持依法行政\t推进《法治政府建设实施纲要》"
    doc = FAZHI(line)
    assert isinstance(doc, TextDoc) and doc.text == line
    assert not doc._fz_char_aligned  # a space folded into 年's whitespace: token i is not character i
    assert tokens(doc) == tokens(SPACY_CHAR.make_doc(line))
    assert pickle.loads(pickle.dumps(doc)).text == line


def test_add_span_writes_what_span_underscore_reads():
    nlp = create_pipeline(("fz_sentences",))
    # one token per character, and a line where a space shifts tokens against characters
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
        doc.spans["organizations"] = spans
        stored = doc.spans["organizations"][0]
        assert stored._.fz_rule == "head_noun"
