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


def test_short_lines_are_read_together_up_to_the_chunk_size():
    # a heading and its paragraph: each would pay the pipeline's fixed cost per doc on its own
    text = "一、总体情况\n推进依法行政。\n\n二、主要做法\n" + "完善制度。" * 10 + "\n  \n"
    chunks = list(paragraph_chunks(text, max_chunk=60))
    assert [c for _, c in chunks] == ["一、总体情况\n推进依法行政。\n\n二、主要做法", "完善制度。" * 10]
    for start, chunk in chunks:
        assert text[start:start + len(chunk)] == chunk  # a slice of whole lines of the view


def test_lines_read_together_give_the_mentions_each_line_gives_alone():
    # the seeds, every line a doc of its own against lines read together into chunks
    from pathlib import Path

    from fazhi.ingest import read_report
    from fazhi.nlp import SPAN_GROUPS
    from fazhi.nlp.spans import span_values

    def mentions(chunks) -> set:
        nlp = create_pipeline()
        found = set()
        for (start, _), doc in zip(chunks, nlp.pipe(text for _, text in chunks)):
            for key, _label in SPAN_GROUPS:
                if key == "triggers":
                    # (verbs are read in every line of a chunk with a citation in it; only those in a
                    # citation's sentence relate it to the report)
                    continue
                for span in doc.spans.get(key, []):
                    values = span_values(doc, span.start_char, span.end_char, span.label_)
                    found.add((key, start + span.start_char, start + span.end_char, values[0], values[1]))
        return found

    for path in sorted(Path(__file__).parents[1].joinpath("seeds").glob("*.txt")):
        view = read_report(path).view
        packed = list(paragraph_chunks(view))
        line_starts = [0] + [i + 1 for i, ch in enumerate(view) if ch == "\n"]
        by_line = [(line_start + start, piece) for line_start, line in zip(line_starts, view.split("\n"))
                   for start, piece in paragraph_chunks(line)]
        assert len(packed) < len(by_line) / 3
        assert mentions(packed) == mentions(by_line), path.name


def test_long_paragraphs_are_cut_at_sentence_ends():
    text = ("推进依法行政。" * 600) + "\n第二段。"
    chunks = list(paragraph_chunks(text, max_chunk=500))
    assert all(len(c) <= 500 for _, c in chunks)
    assert "".join(c for _, c in chunks).replace("\n", "") == text.replace("\n", "")
    for start, chunk in chunks:
        assert text[start:start + len(chunk)] == chunk
