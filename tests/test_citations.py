"""Finding cited documents: titles in marks (nested, unclosed, mis-closed, cut), titles broken
by a PDF line, and documents cited without marks (law names, party congress reports)."""
from __future__ import annotations

import pytest

from fazhi.ingest import report_from_text
from fazhi.model import MentionLabel
from fazhi.nlp import extract_mentions
from fazhi.nlp.citations import find_titles
from fazhi.nlp.law_names import find_bare_laws, find_congress_reports, find_listed_titles
from fazhi.nlp.short_forms import find_short_forms


def titles(text: str) -> list[tuple[str, str, str | None]]:
    found = find_titles(text)
    return [(text[t.inner_start:t.inner_end], t.rule, None if t.parent is None else text[found[t.parent].start:found[t.parent].end])
            for t in found]


@pytest.mark.parametrize("opener,closer", [("〈", "〉"), ("<", ">"), ("‹", "›"), ("《", "》")])
def test_a_nested_title_is_a_second_citation_pointing_at_its_outer_title(opener, closer):
    # seeds/003 (合川区古楼镇 2024), with each inner mark a scraped page uses
    text = f"根据《关于印发{opener}2024年合川区法治社会建设工作要点{closer}的通知》(合川委法办〔2024〕6号)等文件"
    outer = f"《关于印发{opener}2024年合川区法治社会建设工作要点{closer}的通知》"
    assert titles(text) == [(outer[1:-1], "title_marks", None),
                            ("2024年合川区法治社会建设工作要点", "nested_marks", outer)]


def test_an_unclosed_title_ends_before_the_next_one_in_the_list():
    # seeds/000 (孝义 2021): the 《 of the second title was never closed
    text = "集中学习《习近平法治思想概论》《习近平谈治国理政第三卷法治建设部分、《关于加强新时代检察机关法律监督工作的意见》、习近平总书记"
    assert [t[:2] for t in titles(text)] == [("习近平法治思想概论", "title_marks"),
                                            ("习近平谈治国理政第三卷法治建设部分", "unclosed_marks"),
                                            ("关于加强新时代检察机关法律监督工作的意见", "title_marks")]


def test_an_unclosed_title_ends_at_its_head_before_deng():
    # set 195: 等 after a document's head ends a list of titles; inside a title it follows no head
    text = "专题学习《中华人民共和国长江保护法》和《湖北省汉江流域水污染防治条例 等法律法规。"
    assert [t[:2] for t in titles(text)] == [("中华人民共和国长江保护法", "title_marks"),
                                            ("湖北省汉江流域水污染防治条例", "unclosed_marks")]
    assert titles("印发《关于做好防汛等工作的通知。")[0][:2] == ("关于做好防汛等工作的通知", "unclosed_marks")


def test_an_unclosed_title_ends_at_its_head_before_what_it_demands():
    # set 250 (肥西 2020): 的要求 after a document's head and its years is the sentence's, not the title's
    text = "全面贯彻落实《法治政府建设实施纲要(2015-2020年)的要求，统筹推进疫情防控"
    assert titles(text)[0][:2] == ("法治政府建设实施纲要(2015-2020年)", "unclosed_marks")
    assert titles("按照《贵州省法治政府建设实施方案（2021—2025年）的部署，统筹推进")[0][0] == \
        "贵州省法治政府建设实施方案（2021—2025年）"
    # a title's own 的 comes before its head
    assert titles("印发《关于落实法治政府建设要求的通知，")[0][0] == "关于落实法治政府建设要求的通知"

def test_a_character_lost_to_a_question_mark_ends_no_title():
    # set 265 (枫桥镇 2018): a converter wrote ? for a character it could not encode
    assert titles("学习《中华人民共和国宪?修正案》和《中华人民共和国监察法》")[0][:2] == ("中华人民共和国宪?修正案", "title_marks")
    from fazhi.gazetteer.laws import law_gazetteer

    assert law_gazetteer().lookup("中华人民共和国宪?修正案").title == "中华人民共和国宪法修正案"
    assert law_gazetteer().lookup("中华人民共和国??法") is None  # too much lost to say which law
    # blind set 305 (枫桥镇 2023): two lost before the closing mark, and □ for one; after 中华人民共和国
    # three known characters name a national law
    assert titles("《中华人民共和国行政复??》和《浙江省矛盾纠纷多元化解条例》")[0][0] == "中华人民共和国行政复??"
    assert law_gazetteer().lookup("中华人民共和国行政复??").title == "中华人民共和国行政复议法"
    assert law_gazetteer().lookup("中华人民共和国行政处□法").title == "中华人民共和国行政处罚法"
    # after a document's head the ? is the closing mark lost (set 48: 广西 2021)
    assert titles("《广西壮族自治区乡村振兴促进条例?等已审议通过。")[0][0] == "广西壮族自治区乡村振兴促进条例"
    # blind set 321 (晋江市 2019, Big5 that had no 责): a title running on to its closing mark after the
    # ? lost no closing mark there, though 执法 before it ends like a law's name
    assert titles("修订《晋江市行政执法?任制实施办法》，将执法责任分解落实到岗位")[0][0] == "晋江市行政执法?任制实施办法"


def test_a_title_closed_by_the_wrong_mark_or_opened_by_a_bracket():
    assert titles("严格落实《重大行政决策程序暂行条例>规定")[0][:2] == ("重大行政决策程序暂行条例", "misclosed_marks")
    assert titles("根据(法治政府建设实施纲要(2021-2025年)>要求")[0][:2] == ("法治政府建设实施纲要(2021-2025年)", "stray_close_mark")
    # opened with the wrong mark, once or twice (devset58: 严格执行〈〈成都市行政规范性文件管理办法》)
    assert titles("严格执行〈〈成都市行政规范性文件管理办法》,区政府")[0][:2] == ("成都市行政规范性文件管理办法", "misclosed_marks")
    assert titles("按照〈四川省行政执法监督条例》要求")[0][:2] == ("四川省行政执法监督条例", "misclosed_marks")


def test_an_excerpt_cut_inside_a_title_keeps_the_tail_of_the_title():
    assert titles("实施纲要(2021-2025年)》,深入推进依法行政")[0][:2] == ("实施纲要(2021-2025年)", "cut_at_start")
    assert titles("全面完成了工作》,") == []  # no document form: not a title


def test_corner_marks_hold_titles_but_also_quotes():
    text = "落实「关于加强法治乡村建设的意见」,开展「民法典进乡村」活动,「学习《宪法》」"
    assert [t[0] for t in titles(text)] == ["关于加强法治乡村建设的意见", "宪法"]


def test_a_title_broken_by_a_pdf_line_is_read_as_one():
    report = report_from_text("严格落实《关于加强规范性文件制定和监督\n管理工作的通知》(国办发〔2018〕37号)要求。", "pdf.txt")
    doc = extract_mentions(report)
    [citation] = [m for m in doc.mentions if m.label is MentionLabel.CITATION]
    assert citation.text == "《关于加强规范性文件制定和监督\n管理工作的通知》"
    assert report.text[citation.start:citation.end] == citation.text


def bare(text: str) -> list[tuple[str, str]]:
    return [(text[b.start:b.end], b.name) for b in find_bare_laws(text)]


def test_laws_cited_without_title_marks_by_their_short_names():
    # seeds/003 (古楼镇 2024) and seeds/001 (吉州区 2016)
    assert bare("严格执行行政监察法、公务员法、行政机关公务员处分条例和关于实行党政领导干部问责的规定,规范权力运行。") == [
        ("行政监察法", "行政监察法"), ("公务员法", "公务员法"), ("行政机关公务员处分条例", "行政机关公务员处分条例")]
    assert bare("先后邀请专家学者、法律顾问就宪法、新行政诉讼法、职务犯罪预防理论与实践等专题进行学习") == [
        ("宪法", "宪法"), ("新行政诉讼法", "行政诉讼法")]
    assert bare("根据政府信息公开条例规定,在区政府门户网站公布") == [("政府信息公开条例", "政府信息公开条例")]
    assert bare("贯彻新修订的国家通用语言文字法") == [("新修订的国家通用语言文字法", "国家通用语言文字法")]


def test_a_law_a_review_of_documents_or_a_campaign_is_about_is_cited_without_marks():
    # (sets 144, 162, 169, 176, 225: the gold cites the law) 开展|民法典|涉及的…清理 · 围绕|宪法、民法典
    assert bare("开展民法典涉及的规章、规范性文件清理,修改规范性文件5件。") == [("民法典", "民法典")]
    assert bare("围绕民法典、宪法开展主题宣传。")[0] == ("民法典", "民法典")
    assert bare("开展民法典学院建设。") == []  # still a word only where it ends as one


def test_a_plan_cited_without_marks_keeps_its_years():
    assert bare("贯彻落实法治政府建设实施纲要(2021—2025年),推进依法行政") == [
        ("法治政府建设实施纲要(2021—2025年)", "法治政府建设实施纲要")]


def test_a_law_name_inside_a_longer_term_is_no_citation():
    assert bare("建设宪法宣誓场所和宪法主题公园") == []
    assert bare("签订劳动合同法律文书") == []
    assert bare("山西省行政复议条例") == []
    assert bare("推动出台民营经济促进法实施办法") == []  # the implementing measures, another document
    assert bare("劳动合同法和合同法") == [("劳动合同法", "劳动合同法"), ("合同法", "合同法")]


def test_a_campaign_for_a_law_cites_it():
    # seeds/004 (清河县 2022): “民法典进乡村”
    assert bare("开展“民法典进乡村”、“乡村振兴 法治同行”等活动") == [("民法典", "民法典")]
    # unquoted after the verb that launches it (陆良县 2021); a plan carried out is no citation
    assert bare("开展民法典学习活动,组织宪法进万家活动") == [("民法典", "民法典"), ("宪法", "宪法")]
    assert bare("以首个国家宪法日为契机开展宪法学习宣传") == [("宪法", "宪法")]  # 山西 2014 (blind dev set 5)
    assert bare("扎实开展提升行政执法质量三年行动计划,严格落实三项制度") == []
    # a plan's name that is the campaign's too, without marks or years, names the campaign after any verb;
    # with its years it is the document
    assert bare("实施提升行政执法质量三年行动计划,规范涉企行政检查") == []
    assert bare("落实提升行政执法质量三年行动计划(2023—2025年),规范涉企行政检查") == [
        ("提升行政执法质量三年行动计划(2023—2025年)", "提升行政执法质量三年行动计划")]
    # the first of the laws a campaign is for, before a list mark (攀天阁乡 2020, blind set 29)
    assert bare("开展宪法、民法典和禁毒法宣传") == [("宪法", "宪法"), ("民法典", "民法典"), ("禁毒法", "禁毒法")]


def test_party_congress_reports_and_listed_about_titles():
    text = "开展习近平新时代中国特色社会主义思想和党的二十大报告专题学习,学习十九大报告"
    assert [(text[c.start:c.end], c.name) for c in find_congress_reports(text)] == [
        ("党的二十大报告", "党的二十大报告"), ("十九大报告", "党的十九大报告")]
    text = "严格执行公务员法和关于实行党政领导干部问责的规定,规范权力运行"
    ends = [b.end for b in find_bare_laws(text)]
    assert [text[c.start:c.end] for c in find_listed_titles(text, ends)] == ["关于实行党政领导干部问责的规定"]


def test_short_form_definitions_and_anaphors():
    assert find_short_forms("《法治政府建设实施纲要(2015-2020年)》(以下简称“《纲要》”),") == [
        (25, 35, "defined_short_form", "纲要")]
    assert find_short_forms("《重大行政决策程序暂行条例》(以下简称“条例”)。")[0][2:] == ("defined_short_form", "条例")
    assert [f[2:] for f in find_short_forms("自该办法实施以来,严格执行该法第十条")] == [("anaphora", "办法"), ("anaphora", "法")]
    assert find_short_forms("该法律规定,此法治理念") == []


def test_a_national_document_whose_head_scraping_damaged_is_found_by_its_tail():
    # seeds/003 (古楼镇 2024): 党政主要负责人履行推进法治建设第一责任人职责规定, its head garbled
    text = "镇党委政府主要负责人认真贯彻落实党推进法治建设第一责任人职责规定,坚持以身作则"
    [(written, tail)] = [(text[b.start:b.end], b.name) for b in find_bare_laws(text) if b.rule == "gazetteer_title_tail"]
    assert (written, tail) == ("党推进法治建设第一责任人职责规定", "推进法治建设第一责任人职责规定")
    # the same words as a phrase, not ending in the document's form word, are no citation
    assert find_bare_laws("切实履行推进法治建设第一责任人职责情况") == []


def test_titles_in_the_rows_of_a_flattened_table_of_documents():
    # 义乌 2025 (blind dev set 3): a table of the year's normative documents, cells apart by tabs
    # or runs of spaces; a title counts when a later cell of its row holds its 文号
    from fazhi import extract_text
    from fazhi.model import Kind
    from fazhi.nlp.law_names import find_table_titles

    rows = ["序号\t文件名称\t文号\t施行日期",
            "1\t义乌市涉企行政检查“白名单”管理办法\t义政发〔2025〕12号\t2025-04-01",
            "2\t义乌市市场经营户轻微违法行为免罚清单（2025年版）\t义政办发〔2025〕23号\t2025-05-20",
            "3    义乌市公共租赁住房管理办法    义政发〔2025〕31号    2025-08-01",
            "4    某项工作方案    待定"]
    assert [[row[c.start:c.end] for c in find_table_titles(row)] for row in rows] == [
        [], ["义乌市涉企行政检查“白名单”管理办法"], ["义乌市市场经营户轻微违法行为免罚清单（2025年版）"],
        ["义乌市公共租赁住房管理办法"], []]
    # each line of a text is a row of its own (the pipeline reads several lines as one text)
    table = "\n".join(rows)
    assert [table[c.start:c.end] for c in find_table_titles(table)] == [
        "义乌市涉企行政检查“白名单”管理办法", "义乌市市场经营户轻微违法行为免罚清单（2025年版）", "义乌市公共租赁住房管理办法"]
    table = "序号\t名称\t制定机关\t施行日期\n1\t柳州市文明行为促进条例\t市人大常委会\t2021年1月1日"
    assert [table[c.start:c.end] for c in find_table_titles(table)] == ["柳州市文明行为促进条例"]
    result = extract_text("义乌市2025年法治政府建设情况报告\n" + "\n".join(rows) + "\n", "table.txt")
    regs = {e.name: e for e in result.of_kind(Kind.REGULATION)}
    assert regs["义乌市公共租赁住房管理办法"].doc_number == "义政发〔2025〕31号"
    # columns padded with spaces to any width, as a PDF's table becomes text (大同 2022, blind set 19)
    row = "2     大同市审计局审计整改跟踪检查办法                      同审发〔2022〕11号     2022年5月"
    result = extract_text("大同市审计局2022年法治政府建设情况报告\n" + row + "\n", "padded.txt")
    regs = {e.name: e for e in result.of_kind(Kind.REGULATION)}
    assert regs["大同市审计局审计整改跟踪检查办法"].doc_number == "同审发〔2022〕11号"
    # cells apart by bars, as a web page's table becomes text (汪清县 2024, blind set 12)
    rows = ["序号 | 文件名称 | 文号 | 印发日期", "3 | 汪清县行政执法监督工作办法 | 汪政办发[2024]11号 | 2024-05-15",
            "6 | 关于废止和修改部分县政府行政规范性文件的决定 | 汪政发〔2024〕15号 | 2024-11-18"]
    result = extract_text("汪清县2024年法治政府建设情况报告\n" + "\n".join(rows) + "\n", "bars.txt")
    regs = {e.name: e for e in result.of_kind(Kind.REGULATION)}
    assert regs["汪清县行政执法监督工作办法"].doc_number == "汪政办发〔2024〕11号"
    assert regs["关于废止和修改部分县政府行政规范性文件的决定"].doc_number == "汪政发〔2024〕15号"
    # a 文号 whose year stands in 【】 or () marks a row too (阿里地区 2018, blind set 29)
    rows = ["3|阿里地区行政执法公示制度实施办法|阿行署办发【2018】41号|2018年7月20日",
            "4|阿里地区行政规范性文件管理办法|阿行署发(2018)22号|2018年9月6日"]
    assert [[row[c.start:c.end] for c in find_table_titles(row)] for row in rows] == [
        ["阿里地区行政执法公示制度实施办法"], ["阿里地区行政规范性文件管理办法"]]


def test_a_known_campaign_named_after_a_law_is_no_citation_of_it():
    # blind sets 6, 7, 8 and 10; a campaign that carries the law somewhere still cites it (seeds/004)
    assert bare("组织开展“宪法宣传周”“民法典宣传月”活动,完成宪法宣誓217人次") == []
    assert bare("开展“民法典进乡村”活动") == [("民法典", "民法典")]


def test_half_width_angle_marks_are_title_marks_before_han_characters():
    # a half-width conversion of 《》 (温宿县 2022, blind set 12)
    text = "落实<新疆维吾尔自治区行政规范性文件管理办法>,按照<新疆维吾尔自治区实施〈中华人民共和国人民调解法〉办法>要求,发放‹法律明白人学习读本>2万册"
    assert [(t, rule) for t, rule, _ in titles(text)] == [
        ("新疆维吾尔自治区行政规范性文件管理办法", "angle_marks"),
        ("新疆维吾尔自治区实施〈中华人民共和国人民调解法〉办法", "angle_marks"),
        ("中华人民共和国人民调解法", "nested_marks"),
        ("法律明白人学习读本", "angle_marks")]
    # no title: a comparison, markup, an angle mark never closed
    assert titles("PM2.5浓度<35微克,页面<br>换行,数值<上限的部分") == []


def test_doubled_angle_marks_are_one_pair_of_title_marks():
    # a half-width conversion writing 《》 as << >> (宾川县 2018, blind set 214; sets 151 and 168)
    text = "县政府办公室印发<<宾川县2018年法治政府建设工作要点>>(宾政办发〔2018〕19号),认真落实<<关于印发<X办法>的通知>>"
    found = find_titles(text)
    assert [(text[t.start:t.end], text[t.inner_start:t.inner_end], t.rule) for t in found] == [
        ("<<宾川县2018年法治政府建设工作要点>>", "宾川县2018年法治政府建设工作要点", "angle_marks"),
        ("<<关于印发<X办法>的通知>>", "关于印发<X办法>的通知", "angle_marks"),
        ("<X办法>", "X办法", "nested_marks")]
    assert found[2].parent == 1
    # a doubled opener closed by a single mark keeps its closer; a comparison is still no title
    assert [(t, rule) for t, rule, _ in titles("学习<<中华人民共和国行政处罚法>,数值<<上限的")] == [
        ("中华人民共和国行政处罚法", "angle_marks")]


def test_a_title_in_angle_marks_may_begin_with_its_year():
    # a year's work plan cited in half-width marks (吉州区 2016 as a half-width copy; sets 45, 90, 168)
    text = ("及时出台了<<2016年简化优化公共服务流程及全省行政审批标准化建设工作要点>>,"
            "审议通过<2022年法治潍坊建设工作要点>(潍法委发[2022]1号).")
    assert [(t, rule) for t, rule, _ in titles(text)] == [
        ("2016年简化优化公共服务流程及全省行政审批标准化建设工作要点", "angle_marks"),
        ("2022年法治潍坊建设工作要点", "angle_marks")]
    # a number after an angle mark that no year opens is still a comparison
    assert titles("浓度<35微克,排名<<10位的") == []


def test_a_title_in_angle_marks_holds_its_inner_titles_in_double_angle_marks():
    # a half-width conversion that left 《》 inside: <关于印发《X》的通知> cites the notice and X
    text = "县政府印发<关于印发《赤坎区行政执法协调监督工作体系建设实施方案》的通知>,全面推进"
    assert [(t, rule) for t, rule, _ in titles(text)] == [
        ("关于印发《赤坎区行政执法协调监督工作体系建设实施方案》的通知", "angle_marks"),
        ("赤坎区行政执法协调监督工作体系建设实施方案", "nested_marks")]


def test_inner_title_marks_standing_for_the_outer_ones_are_title_marks():
    # a 市场监管局 report that writes every title in 〈〉; a 《 never closed before 和〈 ends there
    text = ("印发〈同心县市场监督管理局2022年普法依法治理工作要点〉(同市监发(2022)9号),专题学习〈中华人民共和国食品安全法〉"
            "和〈市场监督管理行政处罚程序规定〉。认真贯彻《优化营商环境条例和〈市场主体登记管理条例〉,深化改革")
    assert [(t, rule) for t, rule, _ in titles(text)] == [
        ("同心县市场监督管理局2022年普法依法治理工作要点", "angle_marks"),
        ("中华人民共和国食品安全法", "angle_marks"),
        ("市场监督管理行政处罚程序规定", "angle_marks"),
        ("优化营商环境条例", "unclosed_marks"),
        ("市场主体登记管理条例", "angle_marks")]
    # inside an outer title they stay inner titles
    assert [rule for _, rule, _ in titles("《关于印发〈X工作方案〉的通知》")] == ["title_marks", "nested_marks"]


def test_the_constitutional_amendment_is_a_document_of_its_own():
    # 宪法 before 修正 is found first; the longer name over it wins (sets 10, 11, 17)
    assert [(c.name, c.rule) for c in find_bare_laws("组织学习宪法修正案。")] == [("宪法修正案", "gazetteer_bare_name")]
    assert [c.name for c in find_bare_laws("组织学习宪法。宪法修正后的内容")] == ["宪法", "宪法"]


def test_a_title_missing_its_opening_mark_at_a_paragraphs_start_begins_after_the_citing_verb():
    # 喜洲 2025 (blind dev set): the verb that cites the title opens the paragraph
    assert titles("严格执行云南省大理白族自治州洱海保护管理条例》和《大理白族自治州洱海流域保护治理规定》,")[0][:2] \
        == ("云南省大理白族自治州洱海保护管理条例", "cut_at_start")
    # a line's start is a paragraph's, also where the pipeline reads several lines as one text
    assert titles("三、严格依法决策\n严格执行云南省大理白族自治州洱海保护管理条例》,")[0][:2] \
        == ("云南省大理白族自治州洱海保护管理条例", "cut_at_start")


def test_a_title_alone_on_its_line_with_its_number_is_cited_without_marks():
    from fazhi.nlp.law_names import find_title_lines

    text = ("全年制发规范性文件4件，主要有：\n"
            "浙江省生态环境厅重大行政决策程序规定（浙环发〔2023〕15号）\n"
            "浙江省建设项目环境影响评价文件分级审批管理办法（浙环发［2023］21号）\n"
            "3、广东省市场监督管理局企业登记前置审批事项目录（2020年版）；粤市监规【2020】5号\n"
            "芜湖市住房和城乡建设局关于印发《芜湖市住宅专项维修资金管理实施细则》的通知（芜建〔2024〕12号）\n"
            "湖南省司法厅关于进一步规范律师服务收费的通知\n湘司发〔2021〕12号\n\n"
            "三、深化“放管服”改革，完善制度体系建设方案\n")
    assert [text[c.start:c.end] for c in find_title_lines(text)] == [
        "浙江省生态环境厅重大行政决策程序规定", "浙江省建设项目环境影响评价文件分级审批管理办法",
        "广东省市场监督管理局企业登记前置审批事项目录（2020年版）",
        "芜湖市住房和城乡建设局关于印发《芜湖市住宅专项维修资金管理实施细则》的通知"]
    # (a 文号 on the next line is not read: the pipeline reads each line alone, and its chunks may part two)
    # a heading that ends like a title has no 文号: no citation
    assert find_title_lines("二、完善制度体系建设方案\n持续深化改革。\n") == []


def test_local_titles_a_converter_left_without_marks_are_cited_after_their_verb():
    from fazhi.nlp.law_names import find_unmarked_local_titles

    text = ("严格执行中华人民共和国立法法和潍坊市制定地方性法规条例，提请市人大常委会审议通过潍坊市城市绿化条例、"
            "潍坊市扬尘污染防治条例2部地方性法规。落实山东省行政规范性文件制定和监督管理办法，全面实行“三统一”制度。")
    assert [c.name for c in find_unmarked_local_titles(text)] == [
        "潍坊市制定地方性法规条例", "潍坊市城市绿化条例", "潍坊市扬尘污染防治条例", "山东省行政规范性文件制定和监督管理办法"]
    # a line that marks its titles marks them all: none is read without marks there
    marked = "落实山东省行政程序规定，执行《潍坊市城市绿化条例》。"
    assert find_unmarked_local_titles(marked) == []
    # no verb before the place: no citation (全市各级行政机关|潍坊市…)
    assert find_unmarked_local_titles("全市潍坊市行政执法人员管理办法，") == []


def test_a_title_line_alone_in_its_chunk_is_read_as_in_a_longer_one():
    # the pipeline's chunks end without their last line's break: a chunk of one line is still read
    line = "关于进一步规范律师服务收费的通知（湘司发〔2021〕12号）"
    mentions = extract_mentions(report_from_text(line, "l.txt")).mentions
    assert "关于进一步规范律师服务收费的通知" in {m.norm for m in mentions if m.label == MentionLabel.CITATION}


def test_an_unclosed_title_ends_at_a_bracket_after_its_head_that_opened_nothing():
    # blind set 332 (信丰县工商局 2015): 《…要点) — the bracket stood for the closing mark
    assert titles("对照《江西省工商行政管理局2015年法制工作要点)逐项分解任务，全年")[0][0] == "江西省工商行政管理局2015年法制工作要点"
