"""Ingest: decoding, HTML, debris, view/offset alignment and report metadata."""
from __future__ import annotations

import pytest

from fazhi import extract_text
from fazhi.ingest import IngestError, read_report, report_from_text
from fazhi.model import Kind

# A real opening (吉州区 2016 report, seeds/001) with the site furniture it was scraped with.
JIZHOU_PAGE = (
    "欢迎您访问吉州区人民政府网!\n|\n>> 首页 > 信息公开 > 规划计划 > 工作报告 > 正文>> 详细内容\n"
    "吉州区2016年度法治政府建设情况报告\n发布时间:2017-11-19来源: 作者: 浏览量: 【字体:大 中 小】\n\n"
    "    2016年,在区委、区政府的正确领导和市政府法制办的大力指导下,按照《江西省2016年法治政府建设工作要点》"
    "等有关文件的工作要求,推动法治政府建设各项工作有序开展。\n"
    "上一篇:吉州区2015年度法治政府建设情况报告\n下一篇:\n版权所有:吉安市吉州区人民政府  赣ICP备05004025号\n"
)


def test_utf8_with_bom_and_gb18030_decode_to_the_same_text(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeff".encode("utf-8") + JIZHOU_PAGE.encode("utf-8"))
    (tmp_path / "gb.txt").write_bytes(JIZHOU_PAGE.encode("gb18030"))
    bom, gb = read_report(tmp_path / "bom.txt"), read_report(tmp_path / "gb.txt")
    assert bom.text == gb.text == JIZHOU_PAGE
    assert bom.encoding == "utf-8-sig" and gb.encoding == "gb18030"


def test_debris_is_blanked_in_the_view_without_moving_text():
    report = report_from_text(JIZHOU_PAGE, "jizhou.txt")
    assert len(report.view) == len(report.text)
    for noise in ("ICP备", "字体", "上一篇", "首页 >", "浏览量"):
        assert noise in report.text and noise not in report.view
    start = report.text.index("江西省2016年法治政府建设工作要点")
    assert report.view[start:start + 4] == "江西省2"


def test_metadata_of_a_scraped_page():
    meta = report_from_text(JIZHOU_PAGE, "jizhou.txt").metadata
    assert meta.title == "吉州区2016年度法治政府建设情况报告"
    assert meta.region is not None and meta.region.path == "江西省吉安市吉州区"
    assert meta.year == 2016
    assert meta.date == "2017-11-19"  # no signing date at the end: the publication date


# Openings of 2026 provincial government work reports (../shared/corpus), as scraped.
GANSU_OPENING = ("2026年甘肃省政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n"
                 "来源:甘肃日报\n时间:2026-02-10\n甘肃省省长 任振鹤\n各位代表:\n我代表省人民政府,向大会报告工作。\n")
GUANGDONG_OPENING = ("政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利\n"
                     "各位代表:\n现在,我代表省人民政府向大会报告工作。2025年是“十四五”规划收官之年。\n")


@pytest.mark.parametrize("opening, date", [(GANSU_OPENING, "2026-01-27"), (GUANGDONG_OPENING, "2026-01-26")])
def test_a_work_report_is_dated_by_its_delivery_and_reviews_the_year_before(opening, date):
    meta = report_from_text(opening, "report.txt").metadata
    assert meta.date == date  # the delivery, not the web page's 时间:2026-02-10
    assert meta.year == 2025  # 2026年政府工作报告 reviews 2025


def test_a_wechat_articles_header_names_its_author_and_date():
    text = ("延吉市2022年度法治建设工作报告\n原创 延吉市委依法治市办 法治延吉 2023-02-10 08:30 发表于吉林\n点击蓝字 关注我们\n\n"
            "2022年，在州委和市委的坚强领导下，延吉市深入学习贯彻习近平法治思想。\n")
    meta = report_from_text(text, "yanji.txt").metadata
    assert meta.date == "2023-02-10"
    assert meta.publisher_text == "延吉市委依法治市办"
    # an account's name without 原创 or 发表于 is no byline: a line of a report may hold a date too
    meta = report_from_text("延吉市2022年度法治建设工作报告\n法治延吉 2023-02-10\n市政府出台方案。\n", "y.txt").metadata
    assert meta.publisher_text is None


def test_a_shufa_report_titled_by_its_speakers_posts_is_the_bodys():
    meta = report_from_text("株洲市退役军人事务局党组书记、局长2021年度述法报告\n\n本人作为局党组书记、局长。\n", "s.txt").metadata
    assert meta.publisher_text == "株洲市退役军人事务局"


def test_a_people_s_organization_s_title_names_it_as_the_publisher():
    # blind set 323 (宾川县残疾人联合会 2025): a 联合会 other than the women's federation, and short forms
    for title, body in [("宾川县残疾人联合会2025年法治建设工作总结", "宾川县残疾人联合会"),
                        ("天水市科协2021年法治建设工作报告", "天水市科协"),
                        ("泉州市归国华侨联合会2022年度法治建设情况报告", "泉州市归国华侨联合会")]:
        assert report_from_text(f"{title}\n\n2025年，本会深入学习贯彻习近平法治思想。\n", "o.txt").metadata.publisher_text == body


def test_a_summary_titled_with_next_years_plan_is_the_reports_title():
    text = ("小溪塔街道办事处2017年工作总结和2018年工作打算\n（2017年12月28日）\n\n"
            "2017年，在区委、区政府的正确领导下，街道党工委、办事处团结带领全街干部群众，围绕目标稳增长、强治理。\n")
    meta = report_from_text(text, "x.txt").metadata
    assert meta.title == "小溪塔街道办事处2017年工作总结和2018年工作打算"
    assert meta.publisher_text == "小溪塔街道办事处" and meta.year == 2017


def test_the_letterhead_names_the_region_of_a_report_whose_title_names_none():
    text = ("中共徐州市委全面依法治市委员会办公室\n关于2021年度全市法治建设工作情况的报告\n\n市委全面依法治市委员会：\n"
            "    2021年，市委依法治市办统筹推进法治徐州、法治政府、法治社会一体建设。以法治政府建设示范市创建为牵引，"
            "邳州市开展法治政府建设示范地区创建。\n")
    meta = report_from_text(text, "x.txt").metadata
    assert meta.region is not None and meta.region.path == "江苏省徐州市"  # not the county-level city it names


def test_a_page_fragment_copied_with_its_paragraph_tags_is_read_as_html():
    text = ("<p>纸坊街道党工委2024年度法治建设工作报告</p>\n<p>&nbsp;&nbsp;2024年，纸坊街道党工委坚持以习近平法治思想为指导。</p>\n"
            "<p style=\"text-align:right\">中共武汉市江夏区纸坊街道工作委员会</p>\n<p style=\"text-align:right\">2025年1月15日</p>\n")
    meta = report_from_text(text, "p.txt").metadata
    assert (meta.title, meta.date) == ("纸坊街道党工委2024年度法治建设工作报告", "2025-01-15")
    assert meta.region is not None and meta.region.path == "湖北省武汉市江夏区纸坊街道"


def test_an_ethnic_townships_long_name_in_the_title_is_the_region():
    text = "喇叭沟门满族乡人民政府2018年法治政府建设工作报告\n\n调整了喇叭沟门满族乡依法行政工作领导小组。\n"
    report = report_from_text(text, "l.txt")
    assert report.metadata.region is not None and report.metadata.region.path == "北京市怀柔区喇叭沟门满族乡"
    from fazhi.model import Kind
    from fazhi.nlp import extract_mentions
    from fazhi.resolve.document import resolve_document
    names = {e.name for e in resolve_document(extract_mentions(report)).of_kind(Kind.ORGANIZATION)}
    assert "北京市怀柔区喇叭沟门满族乡依法行政工作领导小组" in names


def test_a_dash_a_converter_lost_between_two_years_is_a_dash_again():
    report = report_from_text("宾县2016年法治政府建设情况报告\n以《法治政府建设实施纲要（2015?2020年）》为统领。\n", "b.txt")
    assert "(2015—2020年)" in report.view
    assert len(report.view) == len(report.text)
    # a question mark that stands between no two years is kept
    assert "2015?" in report_from_text("宾县2016年报告\n投入2015?万元\n", "c.txt").view


def test_a_report_to_a_congress_keeps_the_year_its_title_names():
    text = "关于2021年法治政府建设情况的报告\n——2022年3月2日在县第十八届人民代表大会常务委员会第三次会议上\n各位委员:\n"
    meta = report_from_text(text, "report.txt").metadata
    assert (meta.year, meta.date) == (2021, "2022-03-02")


def test_html_markup_is_blanked_and_offsets_point_into_the_source(tmp_path):
    html = ("<html><head><title>清河县2022年法治政府建设情况报告</title><style>p{color:red}</style></head><body>"
            "<div class='nav'>首页 &gt; 政务公开</div><p>2022年,清河县人民政府严格按照"
            "《中华人民共和国政府信息公开条例》规定要求,推进政务公开。</p><script>var a='《假标题》';</script>"
            "</body></html>")
    path = tmp_path / "qinghe.html"
    path.write_text(html, encoding="utf-8")
    report = read_report(path)
    assert report.text == html
    assert "color" not in report.view and "假标题" not in report.view
    start = report.view.index("《中华人民共和国政府信息公开条例》")
    assert html[start:start + 4] == "《中华人"
    assert report.metadata.title == "清河县2022年法治政府建设情况报告"
    assert report.metadata.region.path == "河北省邢台市清河县"


def test_character_references_a_copied_web_page_left_in_plain_text_are_decoded_in_place():
    text = ("宁边路街道办事处2016年法治建设工作总结\n&nbsp;&nbsp;2016年，以《法治政府建设实施纲要（2015&mdash;2020年）》为统领，"
            "推进&ldquo;法治宁边&rdquo;建设。\n&nbsp;&nbsp;&nbsp;&nbsp;昌吉市宁边路街道办事处\n&nbsp;&nbsp;2016年12月26日")
    report = report_from_text(text, "t.txt")
    assert "《法治政府建设实施纲要(2015—2020年)》" in report.view.replace(" ", "")
    assert "“法治宁边”" in report.view.replace(" ", "") and "&" not in report.view
    assert report.metadata.date == "2016-12-26"  # the signing line, once &nbsp; is a space
    assert text[report.offsets.to_text(report.view.index("—"))] == "&"  # offsets point at the reference


def test_tags_a_page_escaped_as_text_are_blanked_as_tags():
    # set 51: a page's source shown as text, &lt;p&gt;…&lt;/p&gt;, paragraph by paragraph
    text = ("&lt;p&gt;望京街道2020年法治建设工作报告&lt;/p&gt;\n&lt;p&gt;&nbsp;&nbsp;2020年，在朝阳区委、区政府的指导下，"
            "望京街道工委、办事处认真贯彻落实《北京市街道办事处条例》。&lt;/p&gt;\n&lt;p&gt;北京市朝阳区望京街道办事处&lt;/p&gt;\n"
            "&lt;p&gt;2020年12月28日&lt;/p&gt;")
    report = report_from_text(text, "t.txt")
    assert "<" not in report.view and "p>" not in report.view and len(report.text) == len(text)
    assert report.metadata.title == "望京街道2020年法治建设工作报告"
    assert report.metadata.region.path == "北京市朝阳区望京街道" and report.metadata.date == "2020-12-28"
    # an escaped angle mark that opens no tag stays text (数值&lt;上限)
    assert "<" in report_from_text("限值&lt;上限的排放", "u.txt").view


def test_full_width_and_traditional_characters_are_normalised_in_the_view():
    text = "２０２０年，縣司法局認真貫徹落實《中華人民共和國行政復議法》。"
    report = report_from_text(text, "trad.txt")
    assert len(report.view) == len(text)
    assert report.view == "2020年,县司法局认真贯彻落实《中华人民共和国行政复议法》。"


def test_hong_kong_and_taiwan_variants_are_made_simplified_in_the_view():
    # 衞 (Hong Kong's form of 衛) and 綫 (of 線) are kept by OpenCC's t2s; its hk2s and tw2s know them
    text = "區衞生健康局開展專項執法，架設電力綫路。"
    report = report_from_text(text, "hk.txt")
    assert len(report.view) == len(text)
    assert report.view.startswith("区卫生健康局开展专项执法") and "衞" not in report.view and "綫" not in report.view


def test_a_taiwan_phrased_report_reads_in_mainland_words_and_its_offsets_still_map():
    # OpenCC's s2twp writes 最佳化 for 优化, 程式 for 程序, 档案 for 文件 (but 档案法 is 档案法), 资讯 for 信息
    text = "落實《福建省最佳化營商環境條例》和《重大行政決策程式暫行條例》，規範性檔案合法性稽核，政府資訊公開，《檔案法》。"
    report = report_from_text(text, "tw.txt")
    assert report.view == "落实《福建省优化营商环境条例》和《重大行政决策程序暂行条例》,规范性文件合法性审核,政府信息公开,《档案法》。"
    start = report.view.index("《福建省")
    end = report.view.index("》", start) + 1
    assert text[slice(*report.offsets.span_to_text(start, end))] == "《福建省最佳化營商環境條例》"
    assert report.aligned_view()[text.index("《重大"):text.index("《重大") + 5] == "《重大行政"
    # one such word in a mainland report is its own word (资讯 as a column's name)
    mainland = "开通“法治资讯”专栏,推行规范性文件合法性审核。"
    assert report_from_text(mainland, "cn.txt").view == mainland


def test_radicals_a_pdf_font_wrote_for_whole_characters_are_those_characters_in_the_view():
    # Kangxi radicals (⼈ ⾏ ⼯, read by their compatibility mapping) and the supplement's
    # whole-character forms (⺠ ⻓ ⻑, from radical_characters.tsv; ⻑ is Traditional 長)
    text = "⻓沙市⼈⺠政府落实《中华⼈⺠共和国⾏政处罚法》,依法⾏政⼯作⻑期坚持。"
    report = report_from_text(text, "radicals.txt")
    assert len(report.view) == len(text)
    assert report.view == "长沙市人民政府落实《中华人民共和国行政处罚法》,依法行政工作长期坚持。"
    assert report.metadata.region is not None and report.metadata.region.path == "湖南省长沙市"


def test_a_converter_s_wrong_picks_in_simplified_text_are_repaired_in_the_view():
    # 乾, 後 and 於 are in GB2312, so the Traditional check passes them by (咸丰县 2020)
    text = "落实领导乾部学法用法制度,此後制定《咸丰县规定》,於“八五”普法期间培养骨乾。乾坤未定,乾隆年间。"
    report = report_from_text(text, "mispicked.txt")
    assert len(report.view) == len(text)
    assert report.view == "落实领导干部学法用法制度,此后制定《咸丰县规定》,于“八五”普法期间培养骨干。乾坤未定,乾隆年间。"
    # 覆 is Simplified too, so OpenCC keeps it; 覆议 is no word (devset22: a Traditional page, 行政覆议法)
    report = report_from_text("認真執行《中華人民共和國行政覆議法》,行政复议案件覆盖全县。", "fu.txt")
    assert report.view == "认真执行《中华人民共和国行政复议法》,行政复议案件覆盖全县。"


def test_converter_pinyin_residue_is_dropped_and_offsets_still_map():
    text = "加強領(lǐng)導(dǎo)，落實《重大行政決策程序暫行條例》。"
    report = report_from_text(text, "residue.txt")
    assert "lǐng" not in report.view and "领导" in report.view
    v = report.view.index("《重大")
    assert text[report.offsets.to_text(v):report.offsets.to_text(v) + 3] == "《重大"


@pytest.mark.parametrize("content,problem", [(b"", "empty"), (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG image"),
                                              (b"\x01\x02" + b"\x00" * 64, "binary"),
                                              (b"just some english text\n", "no Chinese")])
def test_unreadable_files_raise_an_error_naming_the_file(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as err:
        read_report(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_seed_metadata_matches_the_gold(gold, seed_paths):
    for path in seed_paths:
        meta = read_report(path).metadata
        expected = gold[path.stem]["report"]
        assert meta.region is not None and meta.region.path == expected["region"], path.name
        assert meta.year == expected["year"], path.name
        assert meta.date == expected["date"], path.name
        if expected["title"]:
            assert meta.title == expected["title"], path.name


def test_the_views_fast_width_and_traditional_checks_agree_with_the_tables_on_every_character():
    """build_view half-widths with a regex instead of str.translate, and finds the characters
    that could be Traditional with a regex instead of asking GB2312 about each; a line's
    width counts its narrow characters: the same answer for every code point (lone
    surrogates included)."""
    import re

    from fazhi.ingest.normalize import (_WIDE_RANGES, _WIDTH_TABLE, WIDE_FORM, _half_width, _is_simplified_charset,
                                        _outside_gb2312, _width)

    every = "".join(map(chr, range(0x110000)))
    assert WIDE_FORM.sub(_half_width, every) == every.translate(_WIDTH_TABLE)
    found = {m.group() for m in _outside_gb2312().finditer(every)}
    assert found == {ch for ch in every if ord(ch) >= 0x3400 and not _is_simplified_charset(ch)}
    assert "體" in found and "体" not in found and "\U00020000" in found
    assert _width(every) == len(every) + len(re.findall(f"[{_WIDE_RANGES}]", every))
    assert _width("依法行政, OA") == 12


def test_a_half_width_full_stop_that_ends_a_sentence_is_read_as_one():
    """Converted text writes 。 as "." (or U+FF61): the view reads it as 。 where it stands
    between a character and a Han one, one character for one, and nowhere else."""
    from fazhi.ingest.normalize import build_view

    text = "办结案件20件.受理并办结的20件｡增长3.5%.排名全省第一.详见www.gov.cn和附件1.\n一.加强组织领导"
    view, offsets = build_view(text)
    assert view == "办结案件20件。受理并办结的20件。增长3.5%。排名全省第一。详见www.gov.cn和附件1.\n一.加强组织领导"
    assert not offsets.breaks


def test_a_table_written_one_cell_a_line_becomes_a_row_a_line():
    # devset78 周市镇 2021 (a table copied out of a page: every cell its own line, a 文号 cut after
    # its year's bracket) and the paragraph after it, which is no cell
    text = ("本年度镇政府制发的制度性文件见下表：\n序号\n文件名称\n文号\n1\n周市镇重大行政决策程序实施细则\n周政发〔2021〕\n7号\n"
            "2\n周市镇合同管理办法（试行）\n周政发〔2021〕15号\n    镇政府重大决策全部经法律顾问审查。\n")
    report = report_from_text(text, "zhoushi.txt")
    assert report.view.split("\n")[1:4] == ["序号\t文件名称\t文号", "1\t周市镇重大行政决策程序实施细则\t周政发〔2021〕7号",
                                            "2\t周市镇合同管理办法(试行)\t周政发〔2021〕15号"]
    assert report.view.split("\n")[4] == "    镇政府重大决策全部经法律顾问审查。"
    v = report.view.index("7号")
    assert text[report.offsets.to_text(v):report.offsets.to_text(v) + 2] == "7号"
    # a 序号 heading no short cells and no row 1 follow is left alone
    assert report_from_text("序号\n说明本表各列的含义和填写要求。\n", "x.txt").view == "序号\n说明本表各列的含义和填写要求。\n"


def test_a_title_cell_a_narrow_page_wrapped_runs_on_to_the_documents_number():
    # (set 257: 松阳县 2020, a PDF's table one cell a line) a title wrapped over two lines, once across a
    # page's end with its number and running header between, is one cell up to the 文号's
    text = ("附表：2020年县政府出台的主要规范性文件\n序号\n文件名称\n文号\n印发日期\n1\n松阳县重大行政决策事项目录管理\n办法\n"
            "松政发〔2020〕12号\n2020年3月18日\n2\n松阳县行政机关负责人出庭应诉工\n- 3 -\n松阳县人民政府\n作规定\n"
            "松政办发〔2020〕27号\n2020年5月6日\n3\n松阳县政府合同管理办法\n松政办发〔2020〕41号\n2020年7月20日\n松阳县人民政府\n")
    view = report_from_text(text, "songyang.txt").view.split("\n")
    assert view[1:5] == ["序号\t文件名称\t文号\t印发日期", "1\t松阳县重大行政决策事项目录管理办法\t松政发〔2020〕12号\t2020年3月18日",
                         "2\t松阳县行政机关负责人出庭应诉工作规定\t松政办发〔2020〕27号\t2020年5月6日",
                         "3\t松阳县政府合同管理办法\t松政办发〔2020〕41号\t2020年7月20日"]
    assert view[5] == "松阳县人民政府"


def test_a_page_s_end_inside_a_table_s_header_or_row_goes():
    # blind set 328 (诸城市 2020, a PDF's table one cell a line): a page's number and running header between
    # two header cells, and between a row's number cell and its date
    text = ("诸城市人民政府2020年度制发规范性文件目录\n序号\n文件名称\n— 2 —\n诸城市人民政府\n文号\n发布日期\n1\n"
            "诸城市人民政府关于印发诸城市重大行政决策程序规定的通知\n诸政发〔2020〕9号\n2020年7月20日\n2\n"
            "诸城市人民政府办公室关于进一步规范行政规范性文件管理工作的通知\n诸政办字〔2020〕25号\n— 3 —\n诸城市人民政府\n"
            "2020年9月3日\n")
    view = report_from_text(text, "zhucheng.txt").view.split("\n")
    assert view[1:4] == ["序号\t文件名称\t文号\t发布日期",
                         "1\t诸城市人民政府关于印发诸城市重大行政决策程序规定的通知\t诸政发〔2020〕9号\t2020年7月20日",
                         "2\t诸城市人民政府办公室关于进一步规范行政规范性文件管理工作的通知\t诸政办字〔2020〕25号\t2020年9月3日"]


def test_a_page_s_end_between_a_title_s_cell_and_its_number_s_goes():
    # blind set 336 (城固县 2019, a PDF's table one cell a line): the page ended after the title's cell
    text = ("附件：2019年城固县人民政府制定的规范性文件\n序号\n文件名称\n文号\n1\n"
            "城固县人民政府关于调整城区基准地价的通知\n城政发〔2019〕18号\n2\n城固县农村集体经济组织资产管理办法（试行）\n"
            "— 2 —\n城固县人民政府2019年法治政府建设工作报告\n城政办发〔2019〕33号\n3\n城固县城区违法建设治理办法\n"
            "城政发〔2019〕7号\n")
    view = report_from_text(text, "chenggu.txt").view.split("\n")
    assert view[3:5] == ["2\t城固县农村集体经济组织资产管理办法(试行)\t城政办发〔2019〕33号",
                         "3\t城固县城区违法建设治理办法\t城政发〔2019〕7号"]


def test_a_title_cell_wrapped_before_a_number_cut_before_its_hao_is_one_cell():
    # blind set 320 (小寨路街道 2021, a PDF's table one cell a line): the title's cell wrapped, the 文号's
    # cell cut before its 号
    text = ("组织清理，宣布失效2件：\n序号\n文件名称\n文号\n清理意见\n1\n小寨路街道办事处关于加强\n辖区流动摊点管理的通知\n"
            "小街办发〔2016〕21\n号\n宣布失效\n2\n小寨路街道城市管理网格化\n考核办法\n小街办发[2018]7号\n宣布失效\n"
            "　　四、推进基层依法治理\n")
    view = report_from_text(text, "xiaozhailu.txt").view.split("\n")
    assert view[1:4] == ["序号\t文件名称\t文号\t清理意见", "1\t小寨路街道办事处关于加强辖区流动摊点管理的通知\t小街办发〔2016〕21号\t宣布失效",
                         "2\t小寨路街道城市管理网格化考核办法\t小街办发[2018]7号\t宣布失效"]


def test_a_title_cell_runs_on_to_a_documents_number_the_page_wrapped_too():
    # (set 264: 安徽省 2019) a title over three lines, then its 文号 cut after the year's bracket
    text = ("附件：2019年省政府及省政府办公厅印发的主要规范性文件目录\n序号\n文件名称\n文号\n1\n安徽省2019年法治政府建设工作要点\n"
            "皖政办秘〔2019〕62号\n2\n安徽省全面推行行政执法公示制度执\n法全过程记录制度重大执法决定法制\n审核制度实施方案\n"
            "皖政办〔2019〕\n4号\n3\n安徽省“最多跑一次”事项清单管理暂行办法\n皖政办〔2019〕15号\n")
    view = report_from_text(text, "anhui.txt").view.split("\n")
    assert view[3] == "2\t安徽省全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案\t皖政办〔2019〕4号"
    assert view[4] == "3\t安徽省“最多跑一次”事项清单管理暂行办法\t皖政办〔2019〕15号"


def test_invisible_characters_inside_words_are_dropped_from_the_view():
    # (set 265: 思明区 2024) zero-width spaces and soft hyphens an editor left inside names
    text = "思明区2024年法治建设情况报告\n区综\u200b治中心整合力量。学习《中国共产党纪律\xad处分条例》。区人大\u200b常委会开展检查。\n"
    report = report_from_text(text, "siming.txt")
    assert "区综治中心整合力量" in report.view and "《中国共产党纪律处分条例》" in report.view
    at = report.view.index("区人大常委会")
    assert report.offsets.to_text(at + len("区人大")) == text.index("常委会")  # offsets still lead to the text


def test_spaces_that_split_words_are_joined_only_where_a_report_has_many():
    # (set 265: 株洲市 2022) a converter put spaces inside fourteen names of running text
    text = ("株洲市2022年法治政府建设情况报告\n株洲市政务 服务中心推行“一件事一次办”，市司法局全年审查文件。支持市中级 人民法院和市人民检察院"
            "依法履职，市政府行政 复议局集中受理案件，市矛盾纠纷调处\u3000化解中心全年化解纠纷。落实《湖南省优化营商 环境规定》。"
            "落实领导干部 应知应会党内法规和国家法律清单制度。\n")
    view = report_from_text(text, "zhuzhou.txt").view
    assert "株洲市政务服务中心推行" in view and "市中级人民法院" in view and "市矛盾纠纷调处化解中心" in view
    assert "领导干部应知应会" in view  # (干部 is a cadre, no body's head: set 183, 昆山市 2022)
    # a report that writes two issuers apart by a space, and no word split, keeps its spaces
    text = "清河县2021年法治政府建设情况报告\n认真落实《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》，开展“学宪法 讲宪法”活动。\n"
    assert "中共中央 国务院" in report_from_text(text, "qinghe.txt").view
    # spaces after a body's head set bodies apart, however many (set 32: 晋江市交通运输局 2018)
    text = ("晋江市交通运输局2018年法治政府建设情况报告\n贯彻《网络预约出租汽车经营服务管理暂行办法》（交通运输部 工业和信息化部 "
            "公安部 商务部 工商总局 质检总局 国家网信办令2016年第60号），规范网约车经营。\n")
    assert "交通运输部 工业和信息化部 公安部 商务部 工商总局" in report_from_text(text, "jinjiang.txt").view


def test_a_converters_hyphen_at_a_wrapped_lines_end_inside_a_word_goes_with_the_break():
    # (set 257: 宜昌市 2021) 《中华人民共和国行政复- / 议法》; a hyphen between digits stays (2021-2025)
    text = ("宜昌市2021年法治政府建设情况报告\n全市认真贯彻新修订的《中华人民共和国行政复-\n议法》，制定《宜昌市法治政府建设规划（2021-\n"
            "2025年）》。\n")
    view = report_from_text(text, "yichang.txt").view
    assert "《中华人民共和国行政复议法》" in view and "（2021-2025年）" in view.replace("(", "（").replace(")", "）")
    # outside a title too, and across a page's number and running header inside a quoted name
    # (set 257: 兴坪镇 2025: 渔村“漓江渔- / — 3 — / 阳朔县兴坪镇人民政府 / 火”调解室)
    text = ("宜昌市2021年法治政府建设情况报告\n推行包容审慎监管，市市场监督-\n管理局发布清单。建立渔村“漓江渔-\n— 3 —\n"
            "阳朔县兴坪镇人民政府\n火”调解室，探索“茶桌议事＋调解”模式。\n")
    view = report_from_text(text, "yichang.txt").view
    assert "市市场监督管理局发布清单" in view and "“漓江渔火”调解室" in view and "兴坪镇人民政府" not in view
    # a running header after a page's number inside a sentence goes (set 257: 宾川县 2016)
    view = report_from_text("宾川县2016年依法行政工作情况的报告\n全县深化行政审批制度改革，清理规范行政审批中介服\n"
                            "务事项，公布县级行政许可事项目录，推行并联审批和限时\n办结制度，行政审批事项全部进入云南省网上办\n— 3 —\n"
                            "宾川县人民政府文件\n事大厅，实行一窗受理、集中办理，审批时限平均压缩四成。\n", "binchuan.txt").view
    assert "云南省网上办事大厅" in view and "文件" not in view


def test_text_wrapped_at_no_one_width_is_joined_where_its_lines_run_on():
    # (set 257: 甘肃省 2019, a converter breaking every 25 to 40 characters) no page width shows, but
    # most longer lines end inside a sentence: such a line runs on; headings and short lines stay
    paragraph = ("2019年，甘肃省人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、"
                 "三中、四中全会精神，甘肃省高级人民法院与省司法厅建立行政争议实质性化解联席会议制度。全面推进政务公开，"
                 "严格落实行政执法三项制度，推行行政执法公示制度，深化“放管服”改革，优化营商环境。")
    widths, lines, at = [23, 37, 29, 40, 26, 33, 31, 38, 25, 35], [], 0
    while at < len(paragraph):
        lines.append(paragraph[at:at + widths[len(lines) % len(widths)]])
        at += widths[(len(lines) - 1) % len(widths)]
    item = ("（一）全面推行行政执法三项制度。按照《国务院办公厅关于全面推行行政执\n法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意\n"
            "见》，省政府办公厅印发实施方案。")
    text = ("甘肃省2019年法治政府建设情况的报告\n一、加强组织领导\n" + "\n".join(lines * 6) + "\n" + item
            + "\n甘肃省人民政府办公厅法治政府建设领导小组办公室\n2020年3月20日\n")
    view = report_from_text(text, "gansu.txt").view
    # a list's item that ends a sentence is a paragraph, which runs on
    assert "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》" in view
    assert view.count("习近平新时代中国特色社会主义思想") == 6 and view.count("建立行政争议实质性化解联席会议制度") == 6
    assert "\n一、加强组织领导\n" in view and "\n甘肃省人民政府办公厅法治政府建设领导小组办公室\n2020年3月20日" in view
    # text a paragraph a line, whose few open lines are headings, is left as it is
    prose = "甘肃省2019年法治政府建设情况的报告\n" + "一、加强组织领导\n坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。\n" * 8
    assert report_from_text(prose, "x.txt").view.count("\n") == prose.count("\n")


def test_an_ocr_misreading_of_zhi_as_ye_is_mended_where_no_word_has_ye():
    # (set 131: 雷山县西江镇 2022, scanned) 冶 stays in 冶金, 陶冶 and in names: 唐冶街道, 冶力关
    report = report_from_text("西江镇2022年法治政府建设情况报告\n镇综冶中心联合司法所开展依法冶镇宣传,推进法冶西江建设。"
                              "唐冶街道打造“冶理通”调解品牌,陶冶情操。\n", "r.txt")
    assert "镇综治中心" in report.view and "依法治镇" in report.view and "法治西江建设" in report.view
    assert "唐冶街道" in report.view and "冶理通" in report.view and "陶冶" in report.view
    assert report.text.count("冶") == 6  # (the text the offsets point into stays as written)


def test_a_title_mark_written_as_a_character_reference_touches_its_title():
    # set 182: 严格执行&lt;青岛市重大行政决策程序规定&gt; is cited once &lt; is decoded next to the title
    text = "青岛市2023年法治政府建设情况报告\n严格执行&lt;青岛市重大行政决策程序规定&gt;,推行&ldquo;首违不罚&rdquo;清单。"
    report = report_from_text(text, "t.txt")
    assert "<青岛市重大行政决策程序规定>" in report.view
    assert "“      首违不罚" in report.view  # a quote keeps its blanks after it
    at = report.offsets.to_text(report.view.index("<青岛"))
    assert text[at - 3:at + 1] == "&lt;"  # the mark's offset falls inside its reference
    names = [e.name for e in extract_text(text).entities if e.kind is Kind.REGULATION]
    assert names == ["青岛市重大行政决策程序规定"]


def test_a_reports_year_is_the_one_its_handover_sentence_names_not_a_plans_last_year():
    # cut off before its title; the opening names the plans of 2015-2020 and 2016-2020 and next year
    text = ("府的正确领导下,南岗区人民政府扎实推进依法行政。现将南岗区2016年度依法行政和法治政府建设工作情况报告如下:\n"
            "一、贯彻国务院《法治政府建设实施纲要(2015-2020年)》,制定《南岗区法治政府建设实施方案(2016-2020年)》。\n"
            "2017年,我区将以深入实施法治政府建设纲要为主线。\n")
    assert report_from_text(text, "n.txt").metadata.year == 2016


def test_a_page_published_early_in_a_year_reports_on_the_year_before():
    text = ("首页 > 政务公开 > 乡镇信息 > 贡江镇 > 法治政府建设\n发布时间：2023-01-16 09:30　　信息来源：贡江镇\n"
            "2022年,贡江镇在县委、县政府的坚强领导下,扎实推进法治政府建设。\n"
            "二、2023年工作打算\n2023年,贡江镇将持续深化法治宣传教育。\n")
    meta = report_from_text(text, "g.txt").metadata
    assert (meta.year, meta.date) == (2022, "2023-01-16")


def test_a_gazettes_page_number_and_running_header_inside_a_title_are_skipped():
    # blind set 277 (绵阳市 2021, a report printed in the city's gazette): ·18· then the gazette's header
    text = ("绵阳市人民政府关于2021年法治政府建设情况的报告\n　　认真执行《重大行政决策程序暂行条例》和《四川省重大行政\n·18·\n"
            "绵阳市人民政府公报　　　　　　　　　　2022年第3期\n决策程序规定》，全年完成12项重大行政决策合法性审查。\n")
    view = report_from_text(text, "mianyang.txt").view
    assert "《四川省重大行政决策程序规定》" in view and "公报" not in view


def test_a_page_captured_on_one_line_keeps_its_report_after_the_breadcrumb():
    # blind set 282 (周市镇 2022): the whole page on one line, its breadcrumb first; only the trail of
    # links is debris (a breadcrumb on a line of its own is blanked whole, as before)
    text = ("首页 > 信息公开 > 法治政府建设 > 年度报告 周市镇2022年度法治政府建设工作报告 来源：周市镇人民政府 "
            "发布时间：2023-01-16 10:21 浏览次数：287 【字体：大 中 小】 分享到： 2022年，周市镇在昆山市委、市政府和镇党委的"
            "坚强领导下，认真贯彻落实《法治政府建设实施纲要（2021－2025年）》，扎实推进法治政府建设各项工作，"
            "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。")
    report = report_from_text(text, "zhoushi.txt")
    assert "首页" not in report.view and "年度报告" not in report.view
    assert "周市镇2022年度法治政府建设工作报告" in report.view and "《法治政府建设实施纲要(2021-2025年)》" in report.view
    assert report.metadata.publisher_text == "周市镇人民政府"
    line = "首页 > 信息公开 > 法治政府建设 > 年度报告 > 正文\n周市镇2022年度法治政府建设工作报告\n"
    assert report_from_text(line, "x.txt").view.split("\n")[0].strip() == ""


def test_a_report_is_dated_by_its_signature_before_the_pages_links_and_footer():
    # blind set 282 (民族街道 2024): the signing date, then the page's own end; the page's publication
    # date in its header is not the report's
    text = ("民族街道2024年度法治政府建设情况报告\n发布时间：2025-02-14 09:30 来源：民族街道\n"
            "2024年，民族街道坚持以习近平法治思想为指导，扎实推进法治政府建设。\n" * 3
            + "武汉市江汉区民族街道办事处\n2025年2月10日\n扫一扫在手机打开当前页\n相关链接:\n"
            " · 民权街道2024年度法治政府建设情况报告\n · 武汉市江汉区人民政府关于2024年度法治政府建设情况的报告\n"
            " · 江汉区司法局2024年度法治政府建设情况报告\n · 前进街道2024年度法治政府建设工作总结\n"
            "主办单位:武汉市江汉区人民政府办公室  网站标识码:4201030003\n")
    meta = report_from_text(text, "minzu.txt").metadata
    assert meta.date == "2025-02-10"


def test_a_report_with_a_table_appended_after_its_signature_is_dated_by_the_signature():
    # blind set 280 (洪雅县 2017): 附表 and the table of documents after the signature and date
    text = ("洪雅县人民政府关于2017年度法治政府建设工作情况的报告\n2017年，县政府扎实推进依法行政。\n"
            "洪雅县人民政府\n2018年1月20日\n附表\n洪雅县人民政府2017年制定规范性文件目录\n序号\n文件名称\n文号\n备案情况\n"
            "1\n洪雅县人民政府关于印发《洪雅县重大行政决策程序规定》的通知\n洪府发〔2017〕\n12号\n已报备\n"
            "2\n洪雅县人民政府办公室关于印发洪雅县行政执法公示办法（试行）的通知\n洪府办发\n[2017]35号\n已报备\n"
            "- 3 -\n洪雅县人民政府\n3\n洪雅县城乡生活垃圾分类管理\n办法\n洪府发（2017）28号\n已报备\n")
    report = report_from_text(text, "hongya.txt")
    assert report.metadata.date == "2018-01-20"
    # the table's rows: a 文号 cut before its year joins its cell, and a page's number and running
    # header between two rows go
    rows = report.view.split("\n")[-4:-1]
    assert rows == ["1\t洪雅县人民政府关于印发《洪雅县重大行政决策程序规定》的通知\t洪府发〔2017〕12号\t已报备",
                    "2\t洪雅县人民政府办公室关于印发洪雅县行政执法公示办法(试行)的通知\t洪府办发[2017]35号\t已报备",
                    "3\t洪雅县城乡生活垃圾分类管理办法\t洪府发(2017)28号\t已报备"]
    # a cell's title that holds another in marks is cited with its 文号, besides the title inside it
    regulations = {e.name: e for e in extract_text(text).entities if e.kind is Kind.REGULATION}
    outer = regulations["洪雅县人民政府关于印发《洪雅县重大行政决策程序规定》的通知"]
    assert outer.doc_number == "洪府发〔2017〕12号" and "洪雅县重大行政决策程序规定" in regulations
    assert regulations["洪雅县城乡生活垃圾分类管理办法"].doc_number == "洪府发〔2017〕28号"


def test_a_sentence_a_pages_end_cut_joins_however_short_the_pages_last_line():
    # blind set 280 (洪雅县 2017, lines broken at random widths): the page's last line is short
    text = ("洪雅县2017年度法治政府建设工作情况的报告\n　　认真贯彻《四川省行政执法监督条例》，组织开展行政执法案卷评查，评查\n"
            "案卷220卷，优秀率81%。开展行政执法资格清理，\n注销执法证件43个，执法人员\n- 2 -\n洪雅县人民政府\n"
            "持证上岗率100%。在县国土资源局开展行政执法公示试点。\n")
    view = report_from_text(text, "hongya.txt").view
    assert "执法人员持证上岗率100%" in view and "- 2 -" not in view


def test_a_report_with_its_appendix_before_the_signature_is_dated_by_the_signature():
    # blind set 336 (隆回县 2018, 河南省司法厅 2024): 附件 and its table, then the signature, 抄送 and 印发
    text = ("关于2018年度法治政府建设工作情况的报告\n2018年，县政府扎实推进依法行政。\n附件\n"
            "2018年度隆回县人民政府制定的规范性文件目录\n序号\n文件名称\n文号\n1\n隆回县殡葬管理办法\n隆政发[2018]19号\n"
            "2\n隆回县城乡居民基本医疗保险实施细则\n隆政办发〔2018〕22号\n\n隆回县人民政府\n2019年1月25日\n\n"
            "抄送：县委办，县人大办，县政协办。\n隆回县人民政府办公室　　2019年1月28日印发\n第 3 页\n")
    assert report_from_text(text, "longhui.txt").metadata.date == "2019-01-25"
    # past the appendix's heading, a date under no signer dates nothing: an appendix's last line
    unsigned = text.split("附件")[0] + "附件\n2018年度规范性文件目录\n隆回县殡葬管理办法（隆政发[2018]19号）\n2018年6月1日\n"
    assert report_from_text(unsigned, "x.txt").metadata.date is None


def test_a_page_captured_on_one_line_is_signed_and_dated_inside_the_line():
    # blind sets 282 (周市镇 2022) and 290 (吉林省 2016): the signature and its date after the last sentence,
    # then the page's links and footer, all on one line; the page's 发布日期 is not the report's date
    text = ("首页 > 信息公开 > 政府文件 吉林省人民政府关于2016年推进依法行政工作情况的报告 发布日期：2017-02-21 "
            "来源：省政府办公厅 浏览次数：2377 国务院： 2016年，我省认真贯彻党的十八大精神，扎实推进依法行政。"
            "2017年，我省将认真落实法治政府建设实施纲要，为全面建成小康社会提供法治保障。 吉林省人民政府 2017年2月8日 "
            "【相关链接】 吉林省人民政府关于2015年推进依法行政工作情况的报告 主办：吉林省人民政府办公厅 网站标识码：2200000001")
    meta = report_from_text(text, "jilin.txt").metadata
    assert meta.date == "2017-02-08" and meta.publisher_text == "吉林省人民政府"
    # a report written in lines is signed on lines of its own, not by a date in its last sentence
    lines = "吉林省2016年推进依法行政工作情况的报告\n我省于 2016年5月1日 施行新规。\n吉林省人民政府\n2017年2月8日\n"
    assert report_from_text(lines, "x.txt").metadata.date == "2017-02-08"


def test_a_character_a_converter_lost_in_a_township_s_name_is_restored_from_the_county_s_townships():
    # blind set 297: every 滘 became ? (北?镇); 顺德区 has one township the name can be, 北滘镇
    text = ("北?镇2022年法治政府建设年度报告\n来源：北?镇人民政府\n"
            "2022年，北?镇在区委、区政府的坚强领导下，按照《顺德区2022年法治政府建设工作要点》部署推进依法行政，"
            "整合司法所、北?派出所力量，西?村调解委员会调处纠纷。\n")
    report = report_from_text(text, "beijiao.txt")
    assert report.metadata.region.path == "广东省佛山市顺德区北滘镇"
    assert "北滘派出所" in report.view and "北?" not in report.view
    assert "西?村" in report.view  # a village: the division data has none to restore it from
    assert len(report.view) == len(text)  # offsets into the view still hold
    # a ? no township of the county fits (none of 顺德区's is 法?镇) stays
    kept = report_from_text("顺德区2022年法治政府建设年度报告\n是否合法?镇街要审查。\n", "q.txt")
    assert "合法?镇" in kept.view


def test_a_lost_character_is_restored_only_where_one_township_fits():
    from fazhi.gazetteer.divisions import divisions
    from fazhi.ingest.lost_characters import restore_lost_characters

    gaz = divisions()
    shunde = gaz.places_named("顺德区")[0]
    assert restore_lost_characters("北□镇、勒?街道", shunde) == "北滘镇、勒流街道"
    assert restore_lost_characters("北?镇", None) == "北?镇"  # no region: nothing to restore from
    # blind set 321 (晋江市 2019, Big5): the lost character is the township's ending (磁灶?、东石?人民政府)
    jinjiang = gaz.places_named("晋江市")[0]
    assert restore_lost_characters("磁灶?、东石?人民政府", jinjiang) == "磁灶镇、东石镇人民政府"
    # blind set 345 (张掖市 2020): a county of the report's city, named in full
    zhangye = gaz.places_named("张掖市")[0]
    assert restore_lost_characters("肃南裕?族自治县人民政府", zhangye) == "肃南裕固族自治县人民政府"


def test_a_title_cut_before_the_dash_of_its_years_runs_on():
    # blind set 342 (黔东南州 2016): a hyphen opening a line before a digit is the range's, not a bullet
    text = ("黔东南州2016年法治政府建设情况报告\n认真落实《法治政府建设实施纲要(2015-2020年)》和\n"
            "《中共贵州省委 贵州省人民政府关于贯彻落实〈法治政府建设实施纲要(2015\n"
            "-2020年)〉的实施意见》,紧扣脱贫攻坚和民族地区发展实际,扎实推进法治\n政府建设。\n"
            "- 坚持依法决策。\n")
    view = report_from_text(text, "qdn.txt").view
    assert "纲要(2015-2020年)〉的实施意见》" in view
    assert "\n- 坚持依法决策" in view  # a bullet's hyphen, before a blank, still opens a line


def test_a_page_ending_right_before_a_titles_closing_mark_goes():
    # blind set 344 (武侯区 2021): the page's number and running header between a title and its 》
    text = ("武侯区2021年法治政府建设年度报告\n严格执行《重大行政决策程序暂行条例》和《四川省重大行政决策程序规定\n第1页 共3页\n"
            "武侯区2021年法治政府建设年度报告\n》，制定《武侯区2021年度重大行政决策事项目录》。\n")
    assert "《四川省重大行政决策程序规定》,制定" in report_from_text(text, "wuhou.txt").view


def test_a_short_ragged_line_inside_a_sentence_runs_on_into_the_word_it_cut():
    # blind set 344 (粤海街道 2023): lines broken raggedly, one after 街 of 街道; a comma shows the line is
    # inside a sentence, though it is shorter than the longer lines
    body = "".join(f"全年办理行政复议案件{k}件，纠正违法或不当行政行为共计\n3件，行政诉讼败诉率下降到百分之五以内，案件\n质量稳步提升。" for k in range(12))
    text = ("粤海街道2023年法治政府建设情况报告\n" + body + "\n五、依法化解矛盾纠纷\n坚持和发展新时代“枫桥经验”，街\n"
            "道群众诉求服务中心实行“一站式”接待，\n“民意速办”平台诉求按期办结率99.6%。\n深圳市南山区粤海街道办事处\n2024年1月15日\n")
    view = report_from_text(text, "yuehai.txt").view
    assert "“枫桥经验”,街道群众诉求服务中心" in view
    assert "\n五、依法化解矛盾纠纷\n" in view and "粤海街道办事处\n2024年1月15日" in view


def test_a_line_at_the_margin_after_an_indented_paragraph_that_a_break_cut_is_its_rest():
    # blind set 369 (天荒坪镇 2020) and mined set 159: paragraphs a line each and indented, one broken inside a
    # body's name with its rest at the margin; a web page's share bar before its footer is no sentence
    paragraphs = "".join(f"    （{k}）全年办理行政复议案件{k}件,纠正违法或不当行政行为{'共计' * k * 9}3件,案件质量稳步提升。\n"
                         for k in range(10))
    text = ("天荒坪镇2020年度法治政府建设工作总结\n" + paragraphs + "    坚持和发展\"枫桥经验\",依托安吉县社会矛盾纠纷调处化解\n"
            "中心,推动镇村两级矛调工作站规范化建设。\n    分享到: 微信 微博\n主办:安吉县人民政府\n")
    view = report_from_text(text, "tianhuangping.txt").view
    assert "依托安吉县社会矛盾纠纷调处化解中心,推动" in view
    assert "微信 微博\n主办" in view


def test_a_pages_bare_number_before_its_form_feed_inside_a_table_goes():
    # blind set 360 (光山县 2016, 潍坊市 2020): a PDF's table one cell a line, the page's number a bare digit
    # before the form feed and running header, inside a wrapped title's cell; the last row runs on into nothing
    text = ("附件:光山县人民政府2016年度规范性文件目录\n序号\n文件名称\n文号\n发布日期\n1\n光山县城区户外广告设置管理办法\n"
            "光政[2016]5号\n2016年3月8日\n2\n光山县农村集体土地征收补偿安置\n办法\n2\n\x0c光山县人民政府关于2016年度依法行政工作情况的报告\n\n"
            "光政[2016]19号\n2016年8月2日\n3\n光山县行政执法过错责任追究办法\n光政[2016]27号\n2016年12月5日\n光山县人民政府\n2017年2月16日\n")
    view = report_from_text(text, "guangshan.txt").view.split("\n")
    assert view[3:6] == ["2\t光山县农村集体土地征收补偿安置办法\t光政[2016]19号\t2016年8月2日",
                         "3\t光山县行政执法过错责任追究办法\t光政[2016]27号\t2016年12月5日", "光山县人民政府"]


def test_a_title_cell_wrapped_inside_its_form_word_in_a_table_with_no_number_column():
    # blind set 360 (宾川县 2019): 文件名称 / 起草单位, the title's form word cut by the page's width
    text = ("附表:2019年度县政府行政规范性文件合法性审核情况\n序号\n文件名称\n起草单位\n1\n宾川县葡萄产业发展扶持办法\n县农业农村局\n"
            "2\n宾川县农村集体经济组织资产管理办\n法\n县农业农村局\n3\n宾川县城市道路占道停车收费管理\n办法\n县发展和改革局\n")
    view = report_from_text(text, "binchuan.txt").view.split("\n")
    assert view[3:5] == ["2\t宾川县农村集体经济组织资产管理办法\t县农业农村局", "3\t宾川县城市道路占道停车收费管理办法\t县发展和改革局"]


def test_a_page_s_line_break_tags_left_in_text_and_its_share_bar_leave_the_signature_dated():
    # blind set 370 (山东省自然资源厅 2022, 坪山区 2021) and mined sets 94, 314, 346: <br> after each line of a
    # page copied as text; a share bar and a menu's bars between the signature and the related links
    text = ("山东省自然资源厅2022年法治政府建设情况报告<br>\n  一、全面履行职能<br>\n  全年办理行政复议案件12件。<br><br>\n"
            "山东省自然资源厅<br>\n2023年2月20日<br>\n主办:山东省自然资源厅 网站标识码:3700000063\n")
    report = report_from_text(text, "sdnr.txt")
    assert report.metadata.date == "2023-02-20" and "<br>" not in report.view
    text = ("深圳市坪山区人民政府关于2021年法治政府建设年度报告\n发布时间:2022-03-28 16:40\n全年办理行政复议案件12件。\n"
            "深圳市坪山区人民政府\n\n2022年3月25日\n\n       微信        微博\n扫一扫在手机打开当前页\n相关文章\n"
            "· 深圳市龙岗区人民政府2021年法治政府建设年度报告\n     |        |      \n主办:深圳市坪山区人民政府办公室\n")
    assert report_from_text(text, "pingshan.txt").metadata.date == "2022-03-25"
    # an angle-marked title keeps its marks
    assert "<2022年法治政府建设工作要点>" in report_from_text("印发<2022年法治政府建设工作要点>。\n", "t.txt").view


def test_a_signature_s_date_alone_does_not_run_on_however_narrow_the_page():
    # blind set 368 (赛罕区 2016) and mined sets 242, 328, 333, 344, 360: lines of 14 characters, the date under
    # the signature as wide as the page, then the 抄送 block
    body = "".join(["一是少数部门依法行政意\n识不强；二是基层执法力\n量不足；三是行政执法监\n督机制有待完善。\n"] * 6)
    text = ("赛罕区人民政府2016年度依\n法行政工作报告\n" + body + "赛罕区人民政府\n2017年1月20日\n抄送：市政府法制办，区委办\n"
            "公室，区人大常委会办公室。\n")
    report = report_from_text(text, "saihan.txt")
    assert report.metadata.date == "2017-01-20"
    assert "\n2017年1月20日\n抄送" in report.view and "依法行政意识不强" in report.view


def test_a_byline_of_body_and_date_apart_by_one_full_width_space():
    # blind set 377 (麻城市 2020) and mined sets 27, 114: 中共麻城市委全面依法治市委员会办公室　2021年1月25日 under the title
    text = ("麻城市2020年度法治建设工作报告\n中共麻城市委全面依法治市委员会办公室\u30002021年1月25日\n\n"
            "2020年,我市统筹推进疫情防控和法治建设。\n附:麻城市法治建设相关文件目录(略)\n")
    metadata = report_from_text(text, "macheng.txt").metadata
    assert (metadata.publisher_text, metadata.date) == ("中共麻城市委全面依法治市委员会办公室", "2021-01-25")


def test_a_running_header_the_pages_repeat_goes_between_a_sentence_s_halves_and_signs_nothing():
    # mined set 320 (沂南县 2020) and 328 (宜昌市 2018): 沂南县委依法治县办 after each page's number, inside a
    # sentence the page's end cut and above the last page's signature (a header no RUNNING_HEADER_LINE knows)
    page = "全县{}个县直部门和15个乡镇(街道)主要负责人\n- {} -\n沂南县委依法治县办\n年终述法全覆盖。开展法治督察,县委依\n法治县办牵头督察。\n"
    text = ("中共沂南县委全面依法治县委员会办公室\n关于2020年度全县法治建设工作情况的报告\n" + "".join(page.format(k, k) for k in range(1, 4))
            + "- 4 -\n沂南县委依法治县办\n中共沂南县委全面依法治县委员会办公室\n2021年1月25日\n抄送:县委办公室。\n")
    report = report_from_text(text, "yinan.txt")
    assert "全县1个县直部门和15个乡镇(街道)主要负责人年终述法全覆盖" in report.view
    assert (report.metadata.publisher_text, report.metadata.date) == ("中共沂南县委全面依法治县委员会办公室", "2021-01-25")
