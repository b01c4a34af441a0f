"""Rules found by checking extraction on reports unlike the seeds: a street office, a province,
an autonomous prefecture, excerpts that never name their publisher, words that contain place
names. Each excerpt is written in the style of such reports."""
from __future__ import annotations

from fazhi import extract_text
from fazhi.gazetteer.divisions import divisions
from fazhi.ingest.metadata import extract_metadata
from fazhi.model import Kind
from fazhi.nlp.organizations import find_organizations


def names(result, kind=Kind.ORGANIZATION) -> set[str]:
    return {e.name for e in result.of_kind(kind) if not e.implied}


def test_a_street_office_report_is_placed_by_its_township_not_by_a_city_of_that_name():
    # 玉林 is also a prefecture-level city (广西); 玉林街道 is a street office of 成都市武侯区
    text = ("玉林街道2023年法治政府建设工作情况报告\n来源:玉林街道办事处\n"
            "2023年，玉林街道在区委、区政府的坚强领导和区委依法治区办、区司法局的精心指导下，"
            "深入推进法治政府建设。武侯区综合行政执法局派驻街道的执法力量与街道综合行政执法队联合执法。\n")
    meta = extract_metadata(text)
    assert meta.region.path == "四川省成都市武侯区玉林街道"
    result = extract_text(text, "yulin.txt")
    found = names(result)
    assert "中共成都市武侯区委员会" in found and "成都市武侯区司法局" in found
    assert not any("玉林市" in n for n in found)


def test_a_township_has_no_bureau_of_its_own():
    text = ("古楼镇2024年度法治政府建设情况报告\n来源:重庆市合川区古楼镇人民政府\n"
            "我镇配合综合行政执法局开展联合检查，邀请法院法官以案释法。\n")
    found = names(extract_text(text, "gulou.txt"))
    assert "重庆市合川区综合行政执法局" in found and "重庆市合川区人民法院" in found


def test_a_publisher_the_excerpt_never_names_is_in_the_graph_not_in_its_list_of_bodies():
    text = "湖北省2022年法治政府建设情况报告\n全省严格落实《重大行政决策程序暂行条例》，省司法厅加强备案审查。\n"
    result = extract_text(text, "hubei.txt")
    assert result.report.publisher == "湖北省人民政府"
    assert "湖北省人民政府" not in names(result)
    assert any(e.name == "湖北省人民政府" and e.implied for e in result.of_kind(Kind.ORGANIZATION))
    assert "湖北省司法厅" in names(result)


def test_departments_called_ting_belong_to_the_province():
    text = "四川省2025年法治政府建设情况报告\n自然资源厅会同农业农村厅、省林草局印发实施方案。\n"
    assert {"四川省自然资源厅", "四川省农业农村厅", "四川省林业和草原局"} <= names(extract_text(text, "sc.txt"))
    assert [text[o.start:o.end] for o in find_organizations("在政务服务大厅和江西政务服务网吉州分厅办理")] == []


def test_two_level_words_together_are_every_such_body_not_one():
    text = ("湖南省2022年法治政府建设情况报告\n备案审查市州政府和省直部门规范性文件82件，"
            "推动县市政府主要负责人履行第一责任人职责。\n")
    assert not {"州政府", "市政府"} & {e.name for e in extract_text(text, "hn.txt").of_kind(Kind.ORGANIZATION)}
    assert not any(o for o in find_organizations("备案审查市州政府和省直部门") if "州政府" in "备案审查市州政府和省直部门"[o.start:o.end])


def test_a_conjunction_before_a_level_word_is_not_the_county_it_spells():
    # 和县 is a county of 安徽; in a 福建 report, 县委、县政府的正确领导和县委依法治县办 joins two bodies
    text = ("下党乡2022年度法治政府建设工作报告\n在县委、县政府的正确领导和县委依法治县办的具体指导下，"
            "下党乡深入推进法治政府建设。\n")
    meta = extract_metadata(text)
    assert meta.region.path == "福建省宁德市寿宁县下党乡"
    found = names(extract_text(text, "xiadang.txt"))
    assert "中共寿宁县委全面依法治县委员会办公室" in found
    assert not any("和县" in n for n in found)


def test_a_countys_short_name_inside_a_verb_is_no_place():
    # 召开州政府常务会议: 开州 is 重庆市开州区's short name, 州政府 the prefecture's government
    text = "延边朝鲜族自治州2023年法治政府建设情况报告\n主持召开州政府常务会议研究法治政府建设。\n"
    found = names(extract_text(text, "yb.txt"))
    assert "延边朝鲜族自治州人民政府" in found
    assert not any("开州" in n for n in found)


def test_development_zones_lend_no_generic_short_name():
    gazetteer = divisions()
    assert gazetteer.places_named("保税区") == [] and gazetteer.places_named("经开区") == []
    assert [p.name for p in gazetteer.places_named("衡阳综合保税区")] == ["衡阳综合保税区"]
    assert extract_metadata("各地加快建设综合保税区和经开区，推进高水平对外开放。\n").region is None


def test_enterprises_by_their_legal_form():
    spans = find_organizations("支持奇瑞汽车股份有限公司、安徽海螺集团有限责任公司做大做强")
    assert ["奇瑞汽车股份有限公司", "安徽海螺集团有限责任公司"] == [
        "支持奇瑞汽车股份有限公司、安徽海螺集团有限责任公司做大做强"[o.start:o.end] for o in spans]


def test_a_quoted_local_brand_keeps_the_room_or_station_it_names():
    text = ("安吉县2015年度法治政府建设工作报告\n在递铺街道推广“老娘舅”调解工作室，"
            "玉林北路社区打造“玉林夜话”调解室，设立“企业之家”服务驿站。\n")
    found = names(extract_text(text, "anji.txt"), Kind.MEASURE)
    assert {"老娘舅调解工作室", "玉林夜话调解室"} <= found
    assert not {"老娘舅", "玉林夜话"} & found


def test_meeting_study_and_annual_reporting_on_law_go_by_the_names_the_gold_gives_them():
    # seed 004: 常务会议学法制度 (县政府常务会议会前学法制度); seed 000: 领导干部年度述法制度
    text = ("某市2022年法治政府建设情况报告\n坚持政府常务会议学法制度，落实领导干部述法制度。\n")
    found = names(extract_text(text, "x.txt"), Kind.MEASURE)
    assert {"常务会议学法制度", "领导干部年度述法制度"} <= found
