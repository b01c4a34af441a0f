"""The formats users have: text in every encoding Chinese files come in (detected from the
bytes), HTML, PDF with a text layer, DOCX; each on a fixture the test makes itself."""
from __future__ import annotations

from pathlib import Path

import pytest
from robustness_samples import GULOU, HK_BASIC_LAW, QINGHE, TAIWAN_APA, make_docx, make_pdf, wrap_like_pdf

from fazhi import extract_file, extract_text
from fazhi.ingest import IngestError, read_report, report_from_text
from fazhi.ingest.decode import decode_bytes, plausibility
from fazhi.ingest.normalize import build_view, join_wrapped_lines
from fazhi.model import Kind

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "gov-work-reports-2026"
GULOU_LINES = [line for line in GULOU.splitlines() if line]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("prefix,encoding,expected", [
    (b"", "utf-8", "utf-8"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"", "utf-16", "utf-16"),  # Python writes a BOM in the machine's byte order
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
    (b"", "utf-16-le", "utf-16-le"),  # no BOM: told by where the NUL bytes of ASCII fall
    (b"", "gb18030", "gb18030"),
    (b"", "gbk", "gb18030"),
    (b"", "gb2312", "gb18030"),
])
def test_simplified_text_in_every_encoding_reads_back_exactly(tmp_path, prefix, encoding, expected):
    path = _write(tmp_path, "report.txt", prefix + GULOU.encode(encoding))
    report = read_report(path)
    assert report.text == GULOU and report.encoding == expected and not report.warnings
    assert report.metadata.title == "古楼镇2024年度法治政府建设情况报告"


@pytest.mark.parametrize("encoding", ["big5", "cp950", "big5hkscs"])
def test_real_traditional_text_in_big5_is_detected_not_guessed(tmp_path, encoding):
    text = TAIWAN_APA + HK_BASIC_LAW
    path = _write(tmp_path, "report.txt", text.encode(encoding))
    report = read_report(path)
    assert report.text == text and report.encoding == "big5"
    assert report.view.startswith("为使行政行为遵循公正、公开与民主之程序")  # normalised to Simplified


def test_traditional_text_saved_in_gbk_stays_gb18030(tmp_path):
    # GBK holds Traditional characters too: the encoding is told by the bytes, not the script
    text = TAIWAN_APA + HK_BASIC_LAW
    report = read_report(_write(tmp_path, "report.txt", text.encode("gbk")))
    assert report.text == text and report.encoding == "gb18030"


def test_short_big5_and_gb_snippets_are_told_apart():
    for text in ("縣司法局認真貫徹落實", "县司法局认真贯彻落实", "香港特別行政區"):
        for encoding in ("gb18030", "big5"):
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            assert decode_bytes(data).text == text, (text, encoding)


def test_the_wrong_reading_scores_far_below_the_right_one():
    big5 = TAIWAN_APA.encode("big5")
    gb = QINGHE.encode("gb18030")
    assert plausibility(big5.decode("big5")) > 0.95
    assert plausibility(big5.decode("gb18030", errors="replace")) < 0.6
    assert plausibility(gb.decode("gb18030")) > 0.95
    assert plausibility(gb.decode("big5", errors="replace")) < 0.6


def test_every_seed_and_corpus_report_reads_back_in_gb18030_and_as_traditional_big5(seed_paths):
    import opencc

    to_traditional = opencc.OpenCC("s2tw")
    paths = list(seed_paths) + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])
    for path in paths:
        text = path.read_text(encoding="utf-8")[:20000]
        assert decode_bytes(text.encode("gb18030")).text == text, path.name
        traditional = to_traditional.convert(text)
        data = traditional.encode("big5", errors="replace")  # a few characters have no Big5 code
        decoded = decode_bytes(data)
        assert decoded.encoding == "big5" and decoded.text == data.decode("big5"), path.name


def test_mojibake_from_a_western_code_page_is_repaired_with_a_warning(seed_paths):
    # a report read as Latin-1 or Windows-1252 somewhere on its way and saved again as UTF-8
    text = seed_paths[0].read_text(encoding="utf-8")[:3000]
    made = 0
    for original in ("utf-8", "gb18030"):
        for western in ("latin-1", "cp1252"):
            try:
                garbled = text.encode(original).decode(western)
            except UnicodeDecodeError:
                continue  # cp1252 has no character for some bytes: such text cannot be made
            decoded = decode_bytes(garbled.encode("utf-8"))
            assert decoded.text == text, (original, western)
            assert decoded.warnings == (f"garbled text repaired: {original} read as {western} (mojibake)",)
            made += 1
    assert made >= 2
    # Western text stays as it is
    assert decode_bytes("Café, naïve, Größe — 3 € für Müller’s Bücher".encode("utf-8")).warnings == ()


def test_html_in_big5_drops_scripts_and_styles_and_keeps_offsets(tmp_path):
    page = ("<html><head><meta charset='big5'><title>行政程序法</title><style>p{color:red}</style>"
            "<script>var t='《假標題》';</script></head><body><div class='nav'>首頁 &gt; 法規</div>"
            f"<p>{TAIWAN_APA}</p><p>{HK_BASIC_LAW}</p></body></html>")
    report = read_report(_write(tmp_path, "law.htm", page.encode("big5")))
    assert report.text == page and report.encoding == "big5"
    assert "假" not in report.view and "color" not in report.view
    start = report.view.index("为使行政行为")
    assert report.text[report.offsets.to_text(start):].startswith("為使行政行為")


def test_an_unclosed_script_hides_the_rest_of_the_page_as_a_browser_does():
    page = "<html><body><p>" + QINGHE + "</p><script>var a = '《假标题》';" + "x" * 5000
    report = report_from_text(page, "cut.html")
    assert "假标题" not in report.view and "清河县人民政府" in report.view


def test_pdf_text_layer_is_read_and_its_line_breaks_are_joined_in_the_view(tmp_path):
    path = make_pdf(tmp_path / "gulou.pdf", GULOU_LINES)
    report = read_report(path)
    assert report.encoding == "pdf"
    assert report.metadata.title == "古楼镇2024年度法治政府建设情况报告"
    title = "《关于印发〈2024年合川区法治社会建设工作要点〉的通知》"
    assert title not in report.text.replace("（", "(")  # the page broke the title ...
    assert title in report.view  # ... the view has it whole
    assert "\n 一、2024年度推进法治政府建设" in report.view  # a heading stays on its own line
    # every character of the view is found at its offset in the text
    for v, ch in enumerate(report.view):
        assert report.text[report.offsets.to_text(v)] in (ch, "（", "）", "，", "：", "\xa0", " "), v


def test_regulations_broken_across_pdf_lines_are_extracted_with_offsets_into_the_text(tmp_path):
    path = make_pdf(tmp_path / "gulou.pdf", GULOU_LINES)
    result = extract_file(str(path))
    text = read_report(path).text
    regulations = {e.name: e for e in result.of_kind(Kind.REGULATION)}
    assert "2024年合川区法治社会建设工作要点" in regulations
    numbers = {e.doc_number for e in regulations.values()}
    assert "合川委法办〔2024〕6号" in numbers and "合川府办发〔2024〕36号" in numbers
    for entity in result.entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text
    broken = [m for e in result.entities for m in e.mentions if "\n" in m.text]
    assert broken, "some mention spans a PDF line break in the text"


def test_a_paragraph_running_over_a_page_is_joined_across_the_page_number():
    page_end = "现将我镇2024年度法治政府建设工作开展情况报告如下：坚持把学习宣传贯彻习近平法治思想与学"
    lines = [page_end[i:i + 38] for i in range(0, len(page_end), 38)]
    text = ("\n".join(["坚持把学习宣传贯彻习近平法治思想与学习贯彻习近平新时代中国特色社会主义思想主",
                       "题教育、党纪学习教育紧密结合，将习近平法治思想纳入党员干部教育培训计划，持续",
                       "深入推进法治政府建设各项工作，古楼镇结合实际，现将我镇2024年度法治政府建设",
                       *lines[:1]])
            + "\n- 2 -\n" + "习贯彻习近平新时代中国特色社会主义思想主题教育紧密结合。\n")
    view, offsets = join_wrapped_lines(*build_view(text))
    assert "- 2 -" not in view and "\n" not in view.rstrip("\n")
    assert "特色社会主义思想主题教育" in view


def test_a_title_or_a_number_cut_by_a_page_or_a_line_end_of_a_report_a_paragraph_a_line_is_joined():
    # each paragraph is one line, so no wrap width is found: only the open title or bracket says so
    text = ("    (二)发挥地方立法作用。制定政府规章2件:《遵义市中心城区停车场管理办法》(遵义市人民政府令第12号)、《遵义市\n"
            "                                   — 2 —\n"
            "红色文化遗址保护利用办法》(遵义市人民政府令第13号)。落实《…的通知》(国办发\n"
            "〔2023〕27号)要求,印发《…若干政策措施》(成府发〔2020〕\n5号)。\n"
            "    (三)深化“放管服”改革(一网通办)。\n    (四)强化监督。\n")
    view, _ = join_wrapped_lines(*build_view(text))
    assert "《遵义市红色文化遗址保护利用办法》" in view and "— 2 —" not in view
    assert "(国办发〔2023〕27号)" in view and "(成府发〔2020〕5号)" in view
    assert "(一网通办)。\n" in view  # closed brackets leave the line as it is


def test_a_title_that_runs_over_a_wrapped_line_and_a_page_s_end_is_joined_whole():
    # (devset217) the title opens on a full line, runs over the next, short one, and ends after the page's number
    text = ("    认真贯彻中共中央办公厅、国务院办公厅《党政主要负责人履行推进法治建设第一责任人职责规定》,制定《甘肃省党政\n"
            "主要负责人履行推进法治建设第一责任人职\n"
            "— 2 —\n"
            "责实施办法》,将履行推进法治建设第一责任人职责情况列入年终述职内容。坚持省政府常务会议会前学法制度。\n")
    view, _ = join_wrapped_lines(*build_view(text))
    assert "《甘肃省党政主要负责人履行推进法治建设第一责任人职责实施办法》" in view and "— 2 —" not in view


def test_a_running_header_between_the_halves_of_a_title_goes_with_the_page_number():
    # (blind set 225) the page's end cut a title, and the next page opens with the report's
    # title or its publisher: a line of its own, with or without the page's number before it
    text = ("    全面推行行政执法“三项制度”，印发《惠州市行政执法公示办法》《惠州市重大行政执法决定法制\n"
            "— 4 —\n"
            "惠州市人民政府关于2019年法治政府建设工作情况的报告\n"
            "审核办法》（惠府办〔2019〕35号）。全面应用广东省行政执法信息平台。\n"
            "    修订《西青区重大行政处罚决定法制审核\n"
            "天津市西青区人民政府\n"
            "目录清单》，明确重大执法决定法制审核事项96项。\n")
    view, _ = join_wrapped_lines(*build_view(text))
    assert "《惠州市重大行政执法决定法制审核办法》(惠府办〔2019〕35号)" in view
    assert "《西青区重大行政处罚决定法制审核目录清单》" in view and "— 4 —" not in view
    # a title that opens with a body's name on its line is no header's: the break stays a break
    # unless the width says so, and the title's own words are kept
    text = "    转发\n天津市西青区人民政府\n关于加强行政执法的通知。\n"
    view, _ = join_wrapped_lines(*build_view(text))
    assert "天津市西青区人民政府" in view


def test_lines_wrapped_at_a_count_of_characters_with_half_width_ones_among_them_are_joined():
    # a converter that wraps every 37 characters, half-width or not (拉孜县 2021, blind set 12)
    paragraph = ("(一)压紧压实法治建设第一责任人职责。县委、县政府主要负责同志切实履行推进法治建设第一责任人职责,"
                 "县委常委会会议、县政府常务会议专题研究法治建设工作9次。制定《拉孜县2021年法治政府建设工作要点》"
                 "(拉政办发〔2021〕14号),将法治建设纳入全县目标考核,考核权重提高到8%。县委依法治县办组织对11个乡镇、"
                 "38个县直单位开展法治建设督察,下发整改通知书15份,并跟踪督促整改落实。")
    text = "\n".join(paragraph[i:i + 37] for i in range(0, len(paragraph), 37)) + "\n二、存在的问题\n"
    view, _ = join_wrapped_lines(*build_view(text))
    assert view == build_view(paragraph + "\n二、存在的问题\n")[0]


def test_a_name_in_straight_quotes_broken_by_a_line_end_is_joined():
    # 叙永县 2022 (blind set 31) with a converter's straight quotes: which " opens is told by
    # counting them from the paragraph's start: a break inside "枫\n桥经验" or "一站式\n"调处 is
    # joined, one after a closed quote (…"院坝说事"调解品牌 / 会推行…) only if the page is full
    text = ("  (五)坚持源头治理,矛盾纠纷化解更加有力。坚持和发展新时代\"枫\n"
            "桥经验\",县、乡、村三级综治中心实现全覆盖,县综治中心整合县人民法\n"
            "院诉讼服务、县信访局、县司法局人民调解等力量,推动矛盾纠纷\"一站式\n"
            "\"调处。江门镇综治中心探索\"院坝说事\"调解品牌,马岭镇人民调解委员\n"
            "会推行\"三官一律\"进乡村。\n")
    view, _ = join_wrapped_lines(*build_view(text))
    assert '新时代"枫桥经验",县' in view and '矛盾纠纷"一站式"调处' in view
    short = "推进\"一站式\n\"调处。\n培育\"法律明白人\"1250名。今年\n我县推行\"三官一律\"进乡村。\n"
    view, _ = join_wrapped_lines(*build_view(short))
    assert view == '推进"一站式"调处。\n培育"法律明白人"1250名。今年\n我县推行"三官一律"进乡村。\n'


def test_letter_spaced_text_is_joined_in_the_view_and_offsets_still_map():
    # a PDF's letter-spaced header and title, and a justified line (富平县 2021, blind set 50)
    text = ("遵 义 市 人 民 政 府 文 件\n依 法 行 政 工 作 情 况 的 报 告\n"
            "2021年,县 司 法 局 组建普法讲师团。认真贯彻《中共中央 国务院关于加强法治政府建设的意见》。\n")
    report = report_from_text(text, "spaced.txt")
    assert report.view.startswith("遵义市人民政府文件\n依法行政工作情况的报告\n2021年,县司法局组建")
    assert "《中共中央 国务院关于" in report.view  # two words a space divides stay apart
    at = report.view.index("县司法局")
    assert text[report.offsets.to_text(at):report.offsets.span_to_text(at, at + 4)[1]] == "县 司 法 局"
    result = extract_text(text)
    assert "县司法局" in {e.name for e in result.entities if e.kind is Kind.ORGANIZATION}


def test_the_context_of_a_name_is_read_in_the_view_where_the_view_dropped_characters():
    # a Traditional web page whose debris is letter-spaced (【字體:大 中 小】, blind set 27): the
    # words before a quoted name are read converted, so “三項制度” is 行政执法三项制度
    text = "來源:晉江市司法局 【字體:大 中 小】\n市司法局牽頭開展行政執法“三項制度”落實情況專項檢查。\n"
    report = report_from_text(text, "trad.txt")
    start = text.index("行政執法")
    assert report.view_of(start, start + 10) == "行政执法“三项制度”"
    assert report.view_of(0, len(text)) == report.view
    result = extract_text(text)
    assert "行政执法三项制度" in {e.name for e in result.entities if e.kind is Kind.MEASURE}


def test_a_wrapped_report_of_short_paragraphs_is_joined_though_most_lines_end_a_paragraph():
    # 江湾镇 2024 (blind set 31): every paragraph is a line and a half, and the one-line items of
    # lists are many, so fewer than half of the longer lines fill the page; a name broken at the
    # page's edge is joined all the same
    paragraphs = ["(四)化解矛盾纠纷,维护和谐稳定。坚持和发展新时代“枫桥经验”,镇综治中心实现实体化运行,整合各方力量。",
                  "(五)加强普法宣传。认真落实“八五”普法规划,全面推行“谁执法谁普法”普法责任制,效果十分明显。",
                  "一是法治队伍建设有待加强。"] * 4
    lines = []
    for paragraph in paragraphs:
        lines += [paragraph[i:i + 36] for i in range(0, len(paragraph), 36)]
    view, _ = join_wrapped_lines(*build_view("\n".join(lines) + "\n"))
    assert "镇综治中心实现实体化运行" in view and "“谁执法谁普法”普法责任制" in view
    assert "一是法治队伍建设有待加强。\n(四)" in view
    # a page's number, blank lines around it, between the halves of a name (晓起村人 / — 2 — / 民调解委员会)
    broken = "\n".join(lines[:6]) + "\n晓起村人民调解委员会推行“徽州乡约”调解法,将村规民约与法律规定结合。晓起村人\n\n— 2 —\n\n民调解委员会全年调解纠纷12件。\n"
    view, _ = join_wrapped_lines(*build_view(broken))
    assert "晓起村人民调解委员会全年调解纠纷12件" in view


def test_a_short_line_inside_a_wrapped_paragraph_runs_on_where_it_splits_a_word():
    # blind set 240: a converter broke a wrapped paragraph twice within a line's width, inside names
    # (…17件。谷城分 / 局查办的… · 市城管执 / 法支队)
    paragraph = ("依法移送公安机关实施行政拘留，移送涉嫌环境犯罪案件17件，会同市公安局、市人民检察院完善行政执法与刑事司法衔接机制，"
                 "联合开展打击危险废物环境违法犯罪专项行动，全年办理环境行政处罚案件216件。") * 2
    lines = [paragraph[i:i + 40] for i in range(0, len(paragraph), 40)]
    text = "\n".join(lines[:3] + ["谷城分", "局查办的某化工企业通过暗管排放", "废水案入选全省典型案例。"] + lines[3:]) + "\n"
    view, _ = join_wrapped_lines(*build_view(text))
    assert "谷城分局查办的某化工企业通过暗管排放废水案入选全省典型案例。" in view
    # a table's row that ends in a date stays apart from the next row's number
    # (its title broken by a line end, which is joined)
    rows = "\n".join(lines) + "\n序号 文件名称 文号 印发日期\n1 《某县市场监督管理局行政执法\n" \
        "公示办法》 某市监发〔2023〕11号 2023年3月28日\n2 《某县市场监督管理局重大执法决定法制审核办法》 某市监发〔2023〕12号\n"
    view, _ = join_wrapped_lines(*build_view(rows))
    assert "行政执法公示办法》 某市监发〔2023〕11号 2023年3月28日\n2 《某县" in view


def test_a_tables_row_numbers_one_cell_a_line_are_kept_when_a_cell_runs_on():
    # blind set 246: a table copied one cell a line after wrapped text; a row's number on its line is no
    # page number to join across, though the cells before it ran on
    paragraph = "全县各级行政机关严格落实重大行政决策程序规定，建立健全行政决策风险评估机制，行政复议案件审结率达到百分之九十五以上。" * 3
    lines = [paragraph[i:i + 28] for i in range(0, len(paragraph), 28)]
    rows = ["1", "宾川县人民政府办公室关于印发宾川县重大行政决策事项目录管理办法的通知", "宾政办发〔2020〕27号", "已报备",
            "2", "宾川县人民政府关于调整城乡居民最低生活保障标准的通知", "宾政发〔2020〕16号", "已报备"]
    view, _ = join_wrapped_lines(*build_view("\n".join(lines) + "\n序号\n文件名称\n文号\n备案情况\n" + "\n".join(rows) + "\n"))
    assert "已报备\n2\n宾川县人民政府关于调整" in view
    # but a page's number written as one is crossed (set 171: …联合市应急管理局、市 / — 2 — / 消防救援大队等部门…)
    cut = "依托国家企业信用信息公示系统和随机抽查工作平台全面推进部门联合监管，联合市应急管理局、市"
    broken = "\n".join(lines + [cut[:28], cut[28:]]) + "\n— 2 —\n消防救援大队等部门开展跨部门联合抽查38次。\n"
    assert "联合市应急管理局、市消防救援大队等部门" in join_wrapped_lines(*build_view(broken))[0]


def test_a_line_half_the_page_wide_runs_on_into_the_end_of_its_sentence_but_signatures_stay_apart():
    # blind set 246: the 抄送 line of a red-header document broke inside a name (…,省高级 / 人民法院,…。);
    # a joint signature's two bodies, each on its line, stay two lines (sets 6, 33, 134)
    paragraph = "全省各级行政机关严格落实重大行政决策程序规定，建立健全行政决策风险评估机制，行政复议案件审结率达到百分之九十五以上。" * 3
    lines = [paragraph[i:i + 28] for i in range(0, len(paragraph), 28)]
    text = "\n".join(lines) + "\n\n抄送:省委办公厅,省人大常委会办公厅,省高级\n人民法院,省人民检察院。\n\n" \
        "中共延安市宝塔区南泥湾镇委员会\n延安市宝塔区南泥湾镇人民政府\n2023年1月5日\n"
    view, _ = join_wrapped_lines(*build_view(text))
    assert "省人大常委会办公厅,省高级人民法院,省人民检察院。" in view
    assert "南泥湾镇委员会\n延安市宝塔区南泥湾镇人民政府\n" in view


def test_lines_that_end_sentences_or_start_headings_are_not_joined():
    text = ("2022年，清河县人民政府严格按照《中华人民共和国政府信息公开条例》规定要求推进政务公开\n"
            "一、牢固树立法治思想，加强法治建设组织领导\n"
            "（一）加强组织学习，坚持政治引领。\n"
            "县政府通过召开县政府常务会、专题研讨班等方式学习领会习近平法治思想。\n")
    view, offsets = join_wrapped_lines(*build_view(text))
    assert view == build_view(text)[0] and not offsets.breaks


def test_a_reports_title_as_long_as_the_page_is_not_joined_to_the_addressee_after_it():
    # 固始县段集镇 2022, wrapped at 33 characters: the title (32) fills the page, yet it ends the title
    text = ("中共固始县段集镇委员会关于2022年度推进法治建设工作情况的报告\n"
            "县委全面依法治县委员会办公室：\n"
            "2022年，段集镇党委在县委、县政府的正确领导下，深入学习贯彻习近\n"
            "平法治思想和党的二十大精神，认真落实《党政主要负责人履行推进法治建\n"
            "设第一责任人职责规定》和《河南省法治社会建设实施方案（2021—2\n"
            "025年）》，统筹推进依法执政、依法行政和基层依法治理，现将有关情\n"
            "况报告如下。\n")
    view, _ = join_wrapped_lines(*build_view(text))
    assert view.startswith("中共固始县段集镇委员会关于2022年度推进法治建设工作情况的报告\n县委全面依法治县委员会办公室:\n")
    assert "习近平法治思想" in view and "情况报告如下。" in view
    assert extract_text(text).report.title == "中共固始县段集镇委员会关于2022年度推进法治建设工作情况的报告"


def test_web_text_with_one_paragraph_per_line_is_left_as_it_is(seed_paths):
    for path in seed_paths:
        text = path.read_text(encoding="utf-8")
        view, offsets = build_view(text)
        assert join_wrapped_lines(view, offsets)[0] == view, path.name


def test_a_title_broken_by_a_line_break_is_joined_even_in_a_short_excerpt():
    text = "认真落实《法治政府建设实施纲要（2021—\n2025年）》，全面推进依法行政。\n一、加强领导\n"
    report = report_from_text(text, "excerpt.txt")
    assert "《法治政府建设实施纲要(2021—2025年)》" in report.view
    # so is a quoted name (叙永县 2022, blind set 31)
    report = report_from_text("开展“宪法宣传周”“民法典宣\n传月”系列活动。\n一、加强领导\n", "quoted.txt")
    assert "“民法典宣传月”系列活动" in report.view
    assert report.view.endswith("\n一、加强领导\n")


def test_a_title_broken_by_a_line_break_is_joined_across_one_stray_blank():
    # set 183 (昆山 2024, stray blanks throughout): the rest of the title is no new paragraph
    text = "2025年，我市将全面完成《法治政府建设实施纲要（\n 2021—2025年）》确定的目标任务。\n一、加强领导\n"
    report = report_from_text(text, "excerpt.txt")
    assert "《法治政府建设实施纲要(2021—2025年)》确定" in report.view
    # an indented paragraph after a title left open is still a paragraph of its own
    report = report_from_text("认真落实《法治政府建设实施纲要\n　　2021年，全面推进依法行政》。\n", "indent.txt")
    assert "\n" in report.view.strip()


def test_a_long_paragraph_broken_where_the_page_width_was_not_kept_is_joined():
    # blind sets 159 and 165: a paragraph of web text broken once inside a name, not wrapped at a width
    paragraph = ("区行政审批局推行“一枚印章管审批”，全面推行证明事项告知承诺制，平台可办事项达1368项。崇礼区气象局依据"
                 "《中华人民共和国气象法》完成赛区气象保障任务；崇礼区消防救援大队开展冬奥场馆及周边消防安全专项检查；国家税务总局张家口市崇礼")
    text = f"一、深化改革\n{paragraph}\n区税务局落实冬奥会税收优惠政策。\n二、加强领导\n县委召开会议。\n"
    view = report_from_text(text, "broken.txt").view
    assert "国家税务总局张家口市崇礼区税务局落实" in view
    # a heading or a short line that ends without a stop stays a line of its own; so does a table's row
    assert "一、深化改革\n" in view and "\n二、加强领导\n" in view
    rows = "序号\t文件名称\t文号\t" + "关于印发某县行政规范性文件管理办法的通知\t" * 3 + "\n2\t某县人民政府规章制定程序规定\t县政府\n"
    assert report_from_text(rows, "table.txt").view.count("\n") == rows.count("\n")


def test_seeds_hard_wrapped_like_a_pdf_give_the_same_extraction(seed_paths, seed_results, tmp_path):
    """Each seed broken into 70-column lines, as text copied out of a PDF: the same regulations
    (with their 文号, types, issuers), organizations and measures as the seed itself."""
    from fazhi.report_map import extract_paths
    from fazhi.serialize import result_to_json

    for path in seed_paths:
        (tmp_path / path.name).write_text(wrap_like_pdf(path.read_text(encoding="utf-8")), encoding="utf-8")
    for wrapped in extract_paths(sorted(tmp_path.glob("*.txt"))):
        got, expected = result_to_json(wrapped), result_to_json(seed_results[wrapped.report.doc_id])
        for section in ("regulations", "organizations", "measures"):
            fields = ("name", "type", "doc_number", "issuer", "relation") if section == "regulations" else ("name", "type")
            def summary(obj):
                return sorted(tuple(str(e.get(f)) for f in fields) for e in obj[section])
            assert summary(got) == summary(expected), (wrapped.report.doc_id, section)
        text = (tmp_path / wrapped.report.doc_id).read_text(encoding="utf-8")
        for entity in wrapped.entities:
            for m in entity.mentions:
                assert text[m.start:m.end] == m.text


# What a converter that writes half-width punctuation makes of Chinese text: 。 becomes "."
HALF_WIDTH_PUNCTUATION = str.maketrans("，。；：！？（）", ",.;:!?()")


def test_seeds_in_half_width_punctuation_give_the_same_statements_and_sentences(seed_paths, seed_results, tmp_path):
    """Each seed with its punctuation half-width (。 as "."): the same entities and the same
    relations, each with the evidence sentence of the seed itself (a "." ends a sentence
    between two characters, as 。 does, but not in 3.5% or www.gov.cn)."""
    from fazhi.report_map import extract_paths

    for path in seed_paths:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8").translate(HALF_WIDTH_PUNCTUATION),
                                          encoding="utf-8")
    for converted in extract_paths(sorted(tmp_path.glob("*.txt"))):
        expected = seed_results[converted.report.doc_id]
        assert sorted(e.key for e in converted.entities) == sorted(e.key for e in expected.entities)

        def statements(result):
            return sorted((r.type.value, r.source, r.target, r.evidence.start, r.evidence.end,
                           r.evidence.sentence.translate(HALF_WIDTH_PUNCTUATION))
                          for r in result.relations if r.evidence is not None)
        assert statements(converted) == statements(expected), converted.report.doc_id


def test_docx_paragraphs_and_tables_are_read_in_order(tmp_path):
    table = [["序号", "文件名称", "文号"], ["1", "关于印发2024年全区法治政府建设工作要点的通知", "合川府办发〔2024〕36号"]]
    path = make_docx(tmp_path / "gulou.docx", GULOU_LINES, table)
    report = read_report(path)
    assert report.encoding == "docx"
    assert report.text.splitlines()[: len(GULOU_LINES)] == GULOU_LINES
    assert report.text.splitlines()[-1] == "1\t关于印发2024年全区法治政府建设工作要点的通知\t合川府办发〔2024〕36号"
    result = extract_file(str(path))
    numbers = {e.doc_number for e in result.of_kind(Kind.REGULATION)}
    assert "合川委法办〔2024〕6号" in numbers
    for entity in result.entities:
        for m in entity.mentions:
            assert report.text[m.start:m.end] == m.text


def test_the_format_is_read_from_the_bytes_not_the_name(tmp_path):
    pdf = make_pdf(tmp_path / "x.pdf", GULOU_LINES)
    as_txt = _write(tmp_path, "really_a_pdf.txt", pdf.read_bytes())
    assert read_report(as_txt).encoding == "pdf"
    page = f"<html><body><p>{QINGHE}</p></body></html>"
    error_page = _write(tmp_path, "download.pdf", page.encode("utf-8"))
    report = read_report(error_page)
    assert report.text == page and "清河县人民政府" in report.view
    assert any("named .pdf but is an HTML page" in w for w in report.warnings)


def test_encrypted_pdf_with_an_empty_password_is_read_and_a_locked_one_is_named(tmp_path):
    pytest.importorskip("cryptography")
    from pypdf import PdfReader, PdfWriter

    source = make_pdf(tmp_path / "plain.pdf", GULOU_LINES)
    for password, expect_text in (("", True), ("secret", False)):
        writer = PdfWriter()
        for page in PdfReader(source).pages:
            writer.add_page(page)
        writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-128")
        path = tmp_path / f"locked-{bool(password)}.pdf"
        with open(path, "wb") as fh:
            writer.write(fh)
        if expect_text:
            assert "古楼镇" in read_report(path).view
        else:
            with pytest.raises(IngestError, match="password-protected PDF"):
                read_report(path)


def test_a_scanned_pdf_without_a_text_layer_is_named(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.rect(50, 50, 400, 600, fill=1)  # an image of a page, no text
    page.save()
    with pytest.raises(IngestError, match="no text layer") as err:
        read_report(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("cut", [0.3, 0.7, 0.95])
def test_pdf_and_docx_cut_off_while_downloading_fail_clearly_or_read_what_is_there(tmp_path, cut):
    pdf = make_pdf(tmp_path / "whole.pdf", GULOU_LINES).read_bytes()
    docx = make_docx(tmp_path / "whole.docx", GULOU_LINES).read_bytes()
    for name, data in (("cut.pdf", pdf), ("cut.docx", docx)):
        path = _write(tmp_path, name, data[: int(len(data) * cut)])
        try:
            report = read_report(path)
        except IngestError as exc:
            assert str(path) in str(exc) and ("damaged" in exc.problem or "no text" in exc.problem), exc.problem
        else:
            assert "古楼镇" in report.view
