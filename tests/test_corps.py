"""新疆生产建设兵团's units as places: its divisions, their cities and regiments, in their own reports
(excerpts of the reports of 第八师一五二团, 第八师一四三团, 第八师一二一团 and 第一师阿拉尔市)."""
from __future__ import annotations

from fazhi.gazetteer.corps import corps, regiment_name
from fazhi.ingest import report_from_text
from fazhi.model import Kind
from fazhi.nlp import extract_mentions
from fazhi.nlp.organizations import find_organizations
from fazhi.resolve.document import resolve_document

REGIMENT_REPORT = "第八师一五二团2022年法治建设工作情况报告\n"


def resolve(text: str):
    return resolve_document(extract_mentions(report_from_text(text, "t.txt")))


def resolved_orgs(text: str) -> dict[str, object]:
    return {e.name: e for e in resolve(text).of_kind(Kind.ORGANIZATION)}


def test_a_regiment_is_named_in_chinese_numerals_as_the_corps_writes_it():
    assert regiment_name("152团") == "一五二团"
    assert regiment_name("29团") == "二十九团"
    assert regiment_name("10团") == "十团"
    assert regiment_name("103团") == "一〇三团"
    assert regiment_name("一零三团") == "一〇三团"
    assert regiment_name("一四三团") == "一四三团"


def test_units_are_read_from_names_and_lie_under_their_division_and_the_corps():
    units = corps()
    regiment = units.find_unit("中共新疆生产建设兵团第八师一四三团委员会")
    assert regiment.full_name == "新疆生产建设兵团第八师一四三团"
    division, top = units.ancestors(regiment)
    # a division governs its city as one body (师市合一): its bodies are named after both
    assert division.full_name == "新疆生产建设兵团第八师石河子市" and division.name == "石河子市"
    assert units.party_name(division) == "新疆生产建设兵团第八师"
    assert top.full_name == "新疆生产建设兵团" and units.ancestors(top) == []
    # the former names of the divisions, and the city a division governs
    assert units.find_unit("农八师一四三团") == regiment
    city = units.divisions["第一师"].city
    assert city.name == "阿拉尔市" and units.division_of_city(city).full_name == "新疆生产建设兵团第一师阿拉尔市"
    # a division that governs no city is a place of its own
    assert units.find_unit("第十二师2021年法治政府建设情况报告").full_name == "新疆生产建设兵团第十二师"
    assert units.find_unit("阿拉尔市2022年法治政府建设情况报告") is None


def test_a_regiments_report_has_the_regiment_as_region():
    report = resolve(REGIMENT_REPORT + "一五二团党委在兵团党委和师市党委的坚强领导下,统筹推进团场法治建设。").report
    assert report.region == "新疆生产建设兵团第八师一五二团"
    # a regiment is its own administration: no 人民政府
    assert report.publisher == "新疆生产建设兵团第八师一五二团"
    # named by its party committee, in the title or signature
    report = resolve("中共新疆生产建设兵团第八师一四三团委员会2023年度法治建设工作报告\n团党委将继续推进法治建设。").report
    assert report.region == "新疆生产建设兵团第八师一四三团"
    assert report.publisher == "中共新疆生产建设兵团第八师一四三团委员会"


def test_level_words_in_a_regiments_report_stand_for_its_regiment_division_and_the_corps():
    orgs = resolved_orgs(REGIMENT_REPORT + "一五二团党委在兵团党委和师市党委的坚强领导下,统筹推进法治建设。"
                         "团综治中心、团司法所、派出所联合建立矛盾纠纷调处中心。组建团综合执法大队。"
                         "配合师市司法局开展行政执法监督检查2次。召开团党委常委会专题研究法治建设。"
                         "按照兵团团场综合行政执法改革要求,团场综合执法大队全面落实行政执法三项制度。")
    assert {
        "中共新疆生产建设兵团第八师一五二团委员会",
        "中共新疆生产建设兵团第八师一五二团委员会常务委员会",
        "中共新疆生产建设兵团委员会",
        "中共新疆生产建设兵团第八师委员会",  # 师市党委: the division's, not its city's
        "新疆生产建设兵团第八师一五二团社会治安综合治理中心",
        "新疆生产建设兵团第八师一五二团司法所",  # a regiment's own, not a county bureau's township office
        "新疆生产建设兵团第八师一五二团综合执法大队",
        "新疆生产建设兵团第八师石河子市司法局",
    } <= set(orgs)
    assert set(orgs["新疆生产建设兵团第八师一五二团综合执法大队"].aliases) == {"团综合执法大队", "团场综合执法大队"}
    assert not any(name.startswith("市") or name.startswith("团") for name in orgs)


def test_units_named_in_full_and_the_courts_of_reclamation_areas():
    orgs = resolved_orgs("第八师一二一团2024年度法治建设工作情况报告\n"
                         "新疆生产建设兵团第八师一二一团发布法治建设工作要点。配合第八师石河子市司法局开展检查。"
                         "与石河子垦区人民法院建立诉调对接工作机制。"
                         "一二一团将认真落实《新疆生产建设兵团党委全面依法治兵团委员会2025年工作要点》。")
    assert {
        "新疆生产建设兵团第八师一二一团",
        "新疆生产建设兵团第八师石河子市司法局",
        "新疆生产建设兵团石河子垦区人民法院",
        "中共新疆生产建设兵团委全面依法治兵团委员会",
    } <= set(orgs)
    assert orgs["新疆生产建设兵团第八师一二一团"].type == "government"
    assert orgs["新疆生产建设兵团石河子垦区人民法院"].type == "judiciary"
    assert "石河子市司法局" not in orgs and "石河子市垦区人民法院" not in orgs


def test_a_division_city_is_named_after_its_division():
    result = resolve("第一师阿拉尔市2022年法治政府建设情况报告\n师市党委常委会专题听取法治建设工作汇报。"
                     "师市司法局全年审核规范性文件。第一师阿拉尔市人民政府办公室印发通知。")
    assert result.report.publisher == "新疆生产建设兵团第一师阿拉尔市人民政府"
    assert result.report.region == "新疆维吾尔自治区阿拉尔市"  # as a place, the city of 新疆
    orgs = {e.name for e in result.of_kind(Kind.ORGANIZATION)}
    assert {"中共新疆生产建设兵团第一师委员会常务委员会", "新疆生产建设兵团第一师阿拉尔市司法局",
            "新疆生产建设兵团第一师阿拉尔市人民政府办公室"} <= orgs


def test_the_youth_league_and_groups_named_with_tuan_are_no_regiments():
    # elsewhere 团 is the Youth League's or a group's, and a 垦区 is 黑龙江's state farms'
    orgs = resolved_orgs("睢宁县2023年法治建设工作报告\n团县委、县司法局组建普法讲师团,团委组织青年志愿者。"
                         "县司法局和团县委开展宣传。")
    assert "共青团睢宁县委员会" in orgs and not any("兵团" in name or name.startswith("团") for name in orgs)
    orgs = resolved_orgs("黑龙江省2020年法治政府建设情况报告\n支持红兴隆垦区人民法院依法审理行政案件。")
    assert not any(name.startswith("新疆生产建设兵团") for name in orgs)


def test_a_regiment_written_alone_is_its_divisions_in_the_divisions_reports():
    orgs = resolved_orgs(REGIMENT_REPORT + "一五二团党委召开常委会。十四团等11个团场组建综合执法大队,"
                         "十二团司法所被评为先进集体。152团完成改革。")
    assert {"中共新疆生产建设兵团第八师一五二团委员会", "新疆生产建设兵团第八师十四团",
            "新疆生产建设兵团第八师十二团司法所", "新疆生产建设兵团第八师一五二团"} <= set(orgs)
    assert "152团" in orgs["新疆生产建设兵团第八师一五二团"].aliases
    # elsewhere a number and 团 are no regiment
    orgs = resolved_orgs("睢宁县2023年法治建设工作报告\n组建十二团普法宣讲队伍,凝聚成一团火。一五二团党委开展学习。")
    assert not any("一五二团" in name or "十二团" in name or "兵团" in name for name in orgs)


def test_a_unit_signing_on_a_line_of_its_own_is_named_at_the_text_s_end_too():
    # 第八师一二一团 2023 (set 191), 兵团 2019 (set 200): the signature below the report
    for text in ("第八师一二一团\n2024年1月5日", "2024年1月5日\n第八师一二一团", "新疆生产建设兵团"):
        assert [(text[o.start:o.end], o.rule) for o in find_organizations(text)][0][1] == "corps_unit"


def test_the_rule_of_law_committees_of_the_corps_its_divisions_and_regiments():
    orgs = resolved_orgs(REGIMENT_REPORT + "师市党委全面依法治师（市）委员会办公室：\n"
                         "团党委成立依法治团领导小组。兵团党委成立兵团党委全面依法治兵委员会。兵团党委依法治兵办召开协调会议。")
    assert {"中共新疆生产建设兵团第八师委全面依法治师(市)委员会办公室",  # (the view's brackets are half-width)
            "中共新疆生产建设兵团委全面依法治兵委员会",
            "中共新疆生产建设兵团委全面依法治兵委员会办公室",
            "新疆生产建设兵团第八师一五二团依法治团领导小组"} <= set(orgs)
    assert "兵团党委依法治兵办" in orgs["中共新疆生产建设兵团委全面依法治兵委员会办公室"].aliases


def test_a_normal_university_and_another_first_division_are_no_units_of_the_corps():
    result = resolve("湖南第一师范学院2023年法治建设工作报告\n学院党委召开会议。八路军第一师在此作战。")
    assert result.report.region is None and result.report.publisher is None
    assert not any("兵团" in e.name for e in result.of_kind(Kind.ORGANIZATION))
