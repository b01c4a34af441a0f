"""Small real excerpts and the fixture files the robustness tests make from them (PDF, DOCX)."""
from __future__ import annotations

from pathlib import Path

# The opening of the 古楼镇 2024 report (seeds/003), with its 文号 and nested title marks.
GULOU = (
    "古楼镇2024年度法治政府建设情况报告\n"
    "在区委、区政府的正确领导下，根据《关于印发〈2024年合川区法治社会建设工作要点〉的通知》"
    "（合川委法办〔2024〕6号）、《关于印发2024年全区法治政府建设工作要点的通知》（合川府办发〔2024〕36号）"
    "等文件和市、区相关会议精神，古楼镇结合实际，持续深入推进法治政府建设各项工作，"
    "现将我镇2024年度法治政府建设工作开展情况报告如下：\n"
    "一、2024年度推进法治政府建设的主要举措和成效\n"
    "一是加强党员干部法治理论教育培训。坚持把学习宣传贯彻习近平法治思想与学习贯彻习近平新时代中国特色"
    "社会主义思想主题教育、党纪学习教育紧密结合，将习近平法治思想纳入党员干部教育培训计划。\n"
)
# 清河县 2022 (seeds/004), one sentence.
QINGHE = "2022年，清河县人民政府严格按照《中华人民共和国政府信息公开条例》规定要求，推进政务公开。\n"
# Real Traditional text: article 1 of Taiwan's 行政程序法 and the first sentence of the
# preamble of Hong Kong's Basic Law, as published (Big5-encodable).
TAIWAN_APA = ("為使行政行為遵循公正、公開與民主之程序，確保依法行政之原則，以保障人民權益，提高行政效能，"
              "增進人民對行政之信賴，特制定本法。\n")
HK_BASIC_LAW = "香港自古以來就是中國的領土，一八四零年鴉片戰爭以後被英國佔領。\n"


def make_pdf(path: Path, paragraphs: list[str], *, repeat: int = 1, page_numbers: bool = True) -> Path:
    """A PDF with a real text layer, laid out by reportlab with a CID font (no font file):
    paragraphs wrap at the page width, so the text layer has hard line breaks."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=18, wordWrap="CJK", firstLineIndent=24)
    title = ParagraphStyle("title", parent=body, fontSize=16, alignment=1, firstLineIndent=0)

    def footer(canvas, doc):
        if page_numbers:
            canvas.setFont("STSong-Light", 10)
            canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")

    flow = [Paragraph(paragraphs[0], title)] + [Paragraph(p, body) for p in paragraphs[1:]] * repeat
    SimpleDocTemplate(str(path), pagesize=A4).build(flow, onFirstPage=footer, onLaterPages=footer)
    return path


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(paragraphs[0], level=1)
    for text in paragraphs[1:]:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))
    return path


def wrap_like_pdf(text: str, columns: int = 70) -> str:
    """``text`` with each long line broken where a page of ``columns`` columns ends (a hanzi
    takes two), as text copied out of a PDF is; paragraphs start indented by two spaces."""
    import re

    wide = re.compile(r"[\u2e80-\u9fff\uff00-\uff60]")
    out = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        if len(paragraph) <= columns // 2:
            out.append(paragraph)
            continue
        line, width = "  ", 4
        for ch in paragraph:
            w = 2 if wide.match(ch) else 1
            if width + w > columns:
                out.append(line)
                line, width = "", 0
            line += ch
            width += w
        out.append(line)
    return "\n".join(out)
