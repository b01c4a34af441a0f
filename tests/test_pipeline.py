"""The spaCy pipeline: assembled from registered factories, mentions with rules and true offsets."""
from __future__ import annotations

from fazhi.ingest import report_from_text
from fazhi.model import MentionLabel
from fazhi.nlp import extract_mentions, paragraph_chunks
from fazhi.nlp.pipeline import COMPONENTS, create_pipeline

# seeds/004 (清河县 2022), one paragraph.
QINGHE = ("三、提升制度建设质量,完善依法行政制度体系\n严格落实国务院办公厅《关于加强规范性文件制定和监督管理工作的通知》"
          "(国办发〔2018〕37号)规定要求,坚决做到有件必备,有备必审,有错必纠。我县印发《关于开展行政执法温度提升活动的通知》"
          "(清依法行政办〔2022〕6号),全面推行说理式执法、柔性执法。县司法局联合县编办、县人社局开展筛查。")


def test_pipeline_is_a_blank_chinese_pipeline_of_registered_components():
    nlp = create_pipeline()
    assert nlp.lang == "zh"
    assert tuple(nlp.pipe_names) == COMPONENTS
    assert nlp.config["nlp"]["tokenizer"]["segmenter"] == "char"
    assert all(name.startswith("fz_") for name in nlp.pipe_names)


def test_every_mention_records_its_rule_and_its_exact_text():
    report = report_from_text(QINGHE, "qinghe.txt")
    doc = extract_mentions(report)
    assert doc.mentions
    for m in doc.mentions:
        assert m.rule, m
        assert report.text[m.start:m.end] == m.text
        assert 0 <= m.sentence < len(doc.sentences)
    labels = {(m.label, m.text) for m in doc.mentions}
    assert (MentionLabel.CITATION, "《关于加强规范性文件制定和监督管理工作的通知》") in labels
    assert (MentionLabel.DOC_NUMBER, "国办发〔2018〕37号") in labels
    assert (MentionLabel.ORGANIZATION, "县司法局") in labels
    assert (MentionLabel.ORGANIZATION, "国务院办公厅") in labels
    assert any(label is MentionLabel.TRIGGER and text == "严格落实" for label, text in labels)


def test_long_paragraphs_are_cut_at_sentence_ends():
    text = ("推进依法行政。" * 600) + "\n第二段。"
    chunks = list(paragraph_chunks(text, max_chunk=500))
    assert all(len(c) <= 500 for _, c in chunks)
    assert "".join(c for _, c in chunks).replace("\n", "") == text.replace("\n", "")
    for start, chunk in chunks:
        assert text[start:start + len(chunk)] == chunk
