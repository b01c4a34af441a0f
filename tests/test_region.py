"""A report's own region, found in ingest from its title, source line and the places it names:
the context every level word (县, 市, 区) is read against."""
from __future__ import annotations

from fazhi.ingest.metadata import extract_metadata, find_title


def region_of(view: str) -> str | None:
    meta = extract_metadata(view)
    return meta.region.path if meta.region else None


def test_a_title_broken_after_the_place_name_is_joined():
    view = "威宁自治县\n\n2020年“法治政府建设”工作总结\n\n2020年,我县法治政府建设工作在省委省政府的坚强领导下"
    assert find_title(view) == "威宁自治县2020年“法治政府建设”工作总结"
    assert region_of(view) == "贵州省毕节市威宁彝族回族苗族自治县"


def test_page_debris_before_a_title_is_not_joined_to_it():
    view = "加大\n还原\n减小\n2026年湖北省政府工作报告\n来源：湖北日报\n各位代表：现在，我代表省人民政府向大会报告工作。"
    assert find_title(view) == "2026年湖北省政府工作报告"


def test_a_province_named_in_the_title_stays_the_region_though_its_capital_is_named_often():
    view = ("2026年湖北省政府工作报告\n现在，我代表省人民政府向大会报告工作。武汉市加快建设国家中心城市，"
            "武汉市新城区、武汉市东湖高新区建设提速，支持武汉市做强，武汉市、襄阳市、宜昌市协同发展。")
    assert region_of(view) == "湖北省"


def test_quan_qu_in_an_autonomous_region_report_is_the_region_itself():
    view = ("2026年宁夏回族自治区政府工作报告\n全区上下团结奋斗，全区经济稳中有进，全区居民收入增长，"
            "银川市西夏区、银川市金凤区等地加快发展，全区生态环境持续改善。")
    assert region_of(view) == "宁夏回族自治区"


def test_an_untitled_excerpt_that_says_wo_sheng_is_its_province_s():
    # an excerpt of 甘肃's 2026 report (blind dev set 2): no title, one place named, 我省
    view = ("(三)持续释放改革开放动能活力\n统筹推进重点领域改革。深化数字政府建设,推动兰州新区综合保税区扩区,"
            "我省开放型经济加快发展。")
    assert region_of(view) == "甘肃省"


def test_a_county_report_names_its_province_but_is_the_county_s():
    view = ("2022年,清河县人民政府坚持以习近平新时代中国特色社会主义思想为指导,全力谱写中国式现代化河北场景的清河篇章。"
            "我县坚决贯彻落实省委、省政府决策部署,我县与山东、山西、湖南三省八个地区签订了合作协议。")
    assert region_of(view) == "河北省邢台市清河县"


def test_a_township_report_is_found_from_its_source_line():
    view = "日期:2025-03-10来源:重庆市合川区古楼镇人民政府\n在区委、区政府的正确领导下,古楼镇结合实际,现将我镇2024年度工作报告如下:"
    assert region_of(view) == "重庆市合川区古楼镇"


def test_a_street_party_secretary_s_report_is_the_street_s():
    # set 230: 街道工委 is the street's party working committee, written short
    assert region_of("金融街街道工委书记2023年度述法报告\n按照区委依法治区办要求,现将本人履职情况报告如下。") \
        == "北京市西城区金融街街道"


def test_the_tail_of_a_township_name_the_data_lacks_is_no_township_of_a_county_never_named():
    # 花果园街道 (贵阳市南明区) is not in the data; its tail 果园街道 is 密云区's, which the report never names
    view = "花果园街道办事处2020年法治政府建设工作报告\n2020年,花果园街道在南明区委、区政府的领导下,深入推进法治建设。"
    assert region_of(view) == "贵州省贵阳市南明区"
    # a title's own opening words before the township's name still fall away
    for title in ("关于小寨路街道2024年法治政府建设情况的报告", "关于2024年小寨路街道法治政府建设情况的报告"):
        assert region_of(title + "\n街道深入推进依法行政。") == "陕西省西安市雁塔区小寨路街道"


def test_a_place_name_that_repeats_across_china_with_no_other_clue_is_left_out():
    view = "鼓楼区2021年法治政府建设情况报告\n2021年,我区认真贯彻落实法治政府建设各项部署。"
    assert region_of(view) is None


def test_a_township_name_that_repeats_is_the_one_under_the_autonomous_county_of_a_nationality_the_report_names():
    # 威远镇: 右玉县 (山西), 景谷傣族彝族自治县 (云南), 互助土族自治县 (青海)
    body = "2020年,威远镇在县委、县政府的坚强领导下,坚持依法治理。镇司法所打造调解品牌,结合土族“纳顿”节庆开展普法。"
    assert region_of("威远镇2020年度法治政府建设情况报告\n" + body) == "青海省海东市互助土族自治县威远镇"
    # with no nationality named, nothing tells the three apart
    assert region_of("威远镇2020年度法治政府建设情况报告\n" + body.replace("结合土族“纳顿”节庆", "")) is None


def test_the_country_name_is_no_place_and_bare_short_names_alone_are_no_region():
    # 中华人民共和国 contains 共和, the short name of 共和县 (青海): no region can come from it
    text = ("某县2021年法治政府建设情况报告\n2021年，县司法局认真贯彻落实《中华人民共和国行政复议法》，"
            "严格执行《中华人民共和国政府信息公开条例》，推进依法行政。")
    assert extract_metadata(text).region is None
    named = "共和县2021年法治政府建设情况报告\n2021年，共和县人民政府认真贯彻落实《中华人民共和国行政复议法》。"
    assert extract_metadata(named).region.path == "青海省海南藏族自治州共和县"


def test_the_place_name_scanner_finds_what_an_alternation_of_the_names_finds():
    """The scanner (which tries a name only where a name's first two characters may stand)
    finds the place names a regex alternation of all of them finds: leftmost, longest, not
    overlapping, on a seed report and on names run together."""
    import re
    from pathlib import Path

    from fazhi.ingest.metadata import _place_scanner

    scanner = _place_scanner()
    forms = sorted((f for group in scanner._by_prefix.values() for f in group), key=len, reverse=True)
    alternation = re.compile("|".join(map(re.escape, forms)))
    seed = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[0]
    texts = [seed.read_text(encoding="utf-8")[:3000], "河北省清河县古楼镇北京市海淀区清河街道", "市县北京" + "".join(forms[::400])]
    for text in texts:
        expected = [(m.start(), m.end(), m.group()) for m in alternation.finditer(text)]
        assert list(scanner.finditer(text)) == expected
        assert len(expected) > 2


def test_a_town_of_a_city_without_counties_is_the_region():
    # 东莞市长安镇 2023 (blind dev set 4): 东莞 has its towns right under it, and the report names
    # the city only inside its titles and bodies
    view = ("长安镇2023年法治政府建设工作情况报告\n\n2023年，长安镇在市委、市政府和镇党委的坚强领导下，按照市委依法治市办"
            "《东莞市2023年法治政府建设工作要点》要求，推进法治长安建设。镇党委书记、镇长履行推进法治建设第一责任人职责，"
            "镇法治政府建设领导小组召开会议3次，学习《广东省行政执法监督条例》。东莞市公安局长安分局参加。")
    from fazhi.ingest import report_from_text

    assert report_from_text(view, "changan.txt").metadata.region.path == "广东省东莞市长安镇"


def test_the_publisher_is_the_body_in_the_title_else_the_signer_else_not_the_web_page_s_source():
    signed = extract_metadata("长安镇2023年法治政府建设工作情况报告\n\n我镇深入推进依法行政。\n\n"
                              "长安镇法治政府建设领导小组\n2024年1月26日\n")
    assert signed.publisher_text == "长安镇法治政府建设领导小组"
    # a party committee and a government sign together: the government (满春街道 2017)
    joint = extract_metadata("满春街道2017年法治政府建设工作报告\n\n街道推进依法行政。\n\n"
                             "中共武汉市江汉区满春街道工作委员会　　武汉市江汉区满春街道办事处\n2018年1月15日\n")
    assert joint.publisher_text == "武汉市江汉区满春街道办事处"
    # 来源：区司法局 under a district's title is the page's publisher, not the report's (武清区 2024)
    web = extract_metadata("首页 > 政务公开\n天津市武清区2024年法治政府建设年度报告\n发布日期：2025-03-28　来源：区司法局\n"
                           "2024年，我区深入推进法治政府建设。\n")
    assert web.publisher_text is None and web.region.path == "天津市武清区"


def test_a_bare_short_name_in_the_title_is_weak_evidence_too():
    # 公安 (公安县's short name) inside 天水市公安局 is no place
    view = "天水市公安局2018年法治公安建设工作报告\n认真落实省厅法治公安建设各项部署，纳入对县区公安局和市局各警种部门的绩效考核。"
    assert region_of(view) == "甘肃省天水市"


def test_a_sumu_report_is_the_sumus():
    assert region_of("嘎海乐苏木2023年法治政府建设工作总结\n2023年,嘎海乐苏木在旗委、旗政府的正确领导下,全苏木依法行政。") == \
        "内蒙古自治区锡林郭勒盟东乌珠穆沁旗嘎海乐苏木"


def test_a_township_the_division_data_lists_under_another_name_is_the_region():
    # blind set 33: the data lists 铁炉乡 (鹤峰县 and 犍为县), 苏米图苏木乡, 犀浦镇 (a 街道 since)
    from fazhi.gazetteer.divisions import town_name_variants

    assert town_name_variants("铁炉白族乡") == ["铁炉乡", "铁炉街道", "铁炉镇", "铁炉地区"]
    assert region_of("铁炉白族乡2024年度法治政府建设情况报告\n2024年，铁炉白族乡在鹤峰县委、县政府的坚强领导下，"
                     "在州委依法治州办指导下依法行政。") == "湖北省恩施土家族苗族自治州鹤峰县铁炉白族乡"
    assert region_of("苏米图苏木2021年度法治政府建设工作报告\n2021年，苏米图苏木在鄂托克旗委、旗政府的坚强领导下依法行政。") == \
        "内蒙古自治区鄂尔多斯市鄂托克旗苏米图苏木"
    assert region_of("犀浦街道办事处关于2020年法治政府建设工作情况的报告\n2020年,犀浦街道在郫都区委、区政府的坚强领导下,"
                     "在区委依法治区办、区司法局的指导下依法行政。") == "四川省成都市郫都区犀浦街道"
    # a name listed otherwise needs its county named: 丈八街道 (雁塔区) is no 丈八镇 of 麟游县
    assert "麟游县" not in (region_of("丈八街道2022年法治政府建设工作报告\n2022年,丈八街道在高新区党工委的领导下依法行政。") or "")


def test_a_township_the_data_lists_at_its_former_level_under_the_county_the_report_names_is_the_region():
    # (devset217) the data lists 安德街道 under 德州市陵城区 and 安德镇 under 郫都区, whose 街道 it became
    assert region_of("安德街道2023年法治政府建设工作情况报告\n2023年，安德街道在区委、区政府的坚强领导下，按照"
                     "《关于印发〈郫都区2023年法治政府建设工作要点〉的通知》要求依法行政。") == "四川省成都市郫都区安德街道"
    # and with no county named, the township the data lists by that name
    assert region_of("安德街道2023年法治政府建设工作情况报告\n2023年，安德街道在区委、区政府的坚强领导下依法行政。") == \
        "山东省德州市陵城区安德街道"


def test_a_byline_under_the_title_names_the_publisher_and_the_date():
    meta = extract_metadata("三都水族自治县2022年法治建设工作情况报告\n中共三都水族自治县委全面依法治县委员会办公室\n(2023年2月10日)\n"
                            "    2022年,我县深入推进法治建设。\n")
    assert (meta.publisher_text, meta.date) == ("中共三都水族自治县委全面依法治县委员会办公室", "2023-02-10")
    # the body and the date on one line under the title, apart by blanks (set 183, 秦州区 2020)
    meta = extract_metadata("秦州区2020年法治建设工作报告\n中共天水市秦州区委全面依法治区委员会办公室　　2021年1月22日\n\n"
                            "　　2020年,在区委的坚强领导下,区委全面依法治区委员会坚持依法执政。\n")
    assert (meta.publisher_text, meta.date) == ("中共天水市秦州区委全面依法治区委员会办公室", "2021-01-22")
    # a date line under a sentence is no byline
    meta = extract_metadata("三都水族自治县2022年法治建设工作情况报告\n2022年,我县深入推进法治建设。\n2023年2月10日\n正文继续。\n")
    assert meta.publisher_text is None


def test_a_report_on_administrative_review_has_a_title():
    meta = extract_metadata("逊克县2023年行政复议和行政应诉工作情况报告\n2023年,全县新收行政复议案件12件。")
    assert meta.title == "逊克县2023年行政复议和行政应诉工作情况报告" and meta.region.path == "黑龙江省黑河市逊克县"


def test_a_zone_named_by_its_city_and_its_kind_and_the_kinds_name_no_zone():
    # 高新区 is the short name of dozens of zones: alone it names none (成都's was coded as a district)
    view = ("益阳高新区2023年度法治政府建设情况报告\n2023年,益阳高新区党工委、管委会在市委、市政府的坚强领导下,"
            "落实《湖南省法治政府建设实施方案(2021—2025年)》,为高新区高质量发展提供保障。")
    assert region_of(view) == "湖南省益阳市湖南益阳高新技术产业园区"


def test_a_district_s_short_name_before_a_zone_s_kind_is_the_zone_s_name_not_the_district():
    # set 51: 东湖高新区 is 武汉's 东湖新技术开发区, not 南昌's 东湖区 (a city's short name still names its zone)
    view = ("东湖高新区2017年法治政府建设工作报告\n市人民政府:\n2017年,武汉东湖新技术开发区管委会在市委、市政府和"
            "东湖高新区党工委的领导下,扎实推进依法行政。")
    assert "东湖区" not in (region_of(view) or "")


def test_a_word_that_is_a_county_s_short_name_gives_way_to_the_letterhead_s_place():
    # set 52: 法治公安 · 公安机关 say 公安 again and again (公安县, 湖北); the letterhead names 宜昌市 in full
    view = ("宜昌市公安局\n关于2019年度法治公安建设工作情况的报告\n\n市委依法治市办:\n2019年,宜昌市公安局在市委、市政府和"
            "省公安厅的坚强领导下,围绕“建设法治公安、护航平安宜昌”目标,全市公安机关执法规范化水平稳步提升。"
            "公安机关法制部门加强审核,公安民警执法培训全覆盖,法治公安建设深入推进。")
    assert region_of(view) == "湖北省宜昌市"


def test_a_zone_the_statistical_code_lacks_is_the_region_of_the_report_its_committee_publishes():
    # 西安高新区 is no coded division; its 管委会 signs the report, and the zone is named after 西安
    view = ("西安高新区2021年法治政府建设工作情况报告\n2021年,西安高新区党工委、管委会在西安市委、市政府的坚强领导下,"
            "深入推进法治政府建设。\n西安高新区管委会\n2022年1月28日")
    meta = extract_metadata(view)
    assert meta.publisher_text == "西安高新区管委会"
    assert meta.region.path == "陕西省西安市西安高新技术产业开发区" and meta.region.parent_code == "610100"
    # a body that is no zone's committee leaves the city the region
    assert region_of("西安市2021年法治政府建设工作情况报告\n2021年,西安市人民政府深入推进法治政府建设。") == "陕西省西安市"


def test_a_coded_zone_is_named_as_its_own_committee_names_it():
    # coded as 湖南益阳高新技术产业园区 (430972); the committee that reports calls it 益阳高新技术产业开发区
    view = ("益阳高新区2023年度法治政府建设情况报告\n2023年,益阳高新区党工委、管委会在市委、市政府的坚强领导下,"
            "深入推进法治政府建设。\n益阳高新技术产业开发区管理委员会\n2024年1月18日")
    region = extract_metadata(view).region
    assert (region.path, region.code) == ("湖南省益阳市益阳高新技术产业开发区", "430972")


def test_a_renamed_division_is_named_as_in_the_year_reported_on():
    # 监利县 became 监利市 in 2020 (division_changes.tsv): a report on 2018 is 监利县's
    meta = extract_metadata("监利县2018年法治政府建设工作报告\n2018年,我县深入推进依法行政。")
    assert meta.region.path == "湖北省荆州市监利县" and meta.region.code == "421023"
    later = extract_metadata("监利市2021年法治政府建设工作报告\n2021年,我市深入推进依法行政。")
    assert later.region.path == "湖北省荆州市监利市"


def test_a_corrected_error_of_the_source_data_names_the_division_as_it_is():
    # jionlp has 凤翔县 → 凤翔市 (2021); it became 宝鸡市凤翔区 (division_corrections.tsv)
    meta = extract_metadata("宝鸡市凤翔区2022年法治政府建设工作情况报告\n2022年,区司法局组织开展执法培训。")
    assert meta.region.path == "陕西省宝鸡市凤翔区" and meta.region.full_name == "宝鸡市凤翔区"
    assert extract_metadata("凤翔县2019年法治政府建设工作报告\n2019年,县司法局开展普法。").region.path == "陕西省宝鸡市凤翔县"
    # jionlp lists 湟中县 → 湟中区 (2019) and 无为县 → 无为市 but keeps the old names (devset57, devset23)
    assert extract_metadata("西宁市湟中区2024年法治政府建设年度报告\n2024年,区司法局开展普法。").region.path == "青海省西宁市湟中区"
    assert extract_metadata("湟中县2018年依法行政工作报告\n2018年,县司法局开展普法。").region.path == "青海省西宁市湟中县"
    assert extract_metadata("无为市2021年法治政府建设工作报告\n2021年,市司法局开展普法。").region.path == "安徽省芜湖市无为市"
    # and records 玉环县 as made 玉环区 (it became the county-level 玉环市 in 2017)
    assert extract_metadata("玉环县2016年法治政府建设工作报告\n2016年,县司法局开展普法。").region.path == "浙江省台州市玉环县"
    # and writes 云岗区 for 云冈区, which 南郊区 (with 矿区) became in 2018
    assert extract_metadata("大同市南郊区2016年法治政府建设工作报告\n2016年,区司法局开展普法。").region.path == "山西省大同市南郊区"


def test_a_street_named_after_a_street_is_found_under_either_form():
    # the data lists 武汉市江汉区's 民族街街道 and 万松街街道; reports write 民族街道, and 东胜区 has a
    # 民族街道 of its own: the county the report names decides (blind sets 68 and 72)
    text = ("民族街道2020年度法治政府建设情况报告-武汉市江汉区人民政府\n民族街道2020年度法治政府建设情况报告\n"
            "2020年,民族街道在区委、区政府的坚强领导下,认真落实《江汉区2020年法治政府建设工作要点》。\n")
    assert region_of(text) == "湖北省武汉市江汉区民族街道"
    assert region_of("万松街道2021年法治政府建设情况报告\n武汉市江汉区万松街道办事处\n2021年,街道推进依法行政。\n") == \
        "湖北省武汉市江汉区万松街道"
    assert region_of("民族街道2020年法治政府建设情况报告\n2020年,民族街道落实《东胜区法治政府建设工作要点》。\n") == \
        "内蒙古自治区鄂尔多斯市东胜区民族街道"


def test_a_township_party_committees_title_and_a_speakers_title_name_the_township():
    meta = extract_metadata("中共递铺街道工作委员会2025年度法治建设工作报告\n递铺街道党工委认真落实《安吉县2025年法治安吉建设工作要点》。\n")
    assert meta.region.path == "浙江省湖州市安吉县递铺街道"
    assert region_of("中共双龙镇委员会关于2018年度依法治村工作情况的报告\n双龙镇党委落实花垣县委部署。\n") == \
        "湖南省湘西土家族苗族自治州花垣县双龙镇"
    # a 述法 report titled by its speaker's post is his body's
    meta = extract_metadata("上梅乡党委书记2023年度述法报告\n按照《武夷山市2023年度党政主要负责人述法工作方案》要求。\n")
    assert meta.publisher_text == "上梅乡党委"


def test_a_short_name_followed_by_another_level_than_its_own_names_no_place():
    # 合作 is 合作市 (甘南), but 合作区 is a cooperation zone: the report is 深圳's
    meta = extract_metadata("深圳市前海深港现代服务业合作区管理局2023年法治政府建设情况报告\n前海合作区深入推进法治建设。")
    assert meta.region.path == "广东省深圳市"


def test_a_speakers_post_and_name_in_the_title_name_the_body_he_heads():
    meta = extract_metadata("中共济南市历城区委书记张立新2023年度述法报告\n2023年,本人认真履行推进法治建设第一责任人职责。")
    assert meta.publisher_text == "中共济南市历城区委"
    meta = extract_metadata("上海市闵行区城市管理行政执法局局长周海峰2024年度述法报告\n2024年,在区委、区政府的领导下。")
    assert meta.publisher_text == "上海市闵行区城市管理行政执法局"


def test_a_letterhead_above_the_title_is_the_reporting_body():
    view = "中共寿光市委党校\n2023年度法治教育培训工作情况报告\n市委全面依法治市委员会办公室:\n2023年,市委党校开展培训。"
    assert extract_metadata(view).publisher_text == "中共寿光市委党校"
    view = "临沂市兰山区人民法院\n关于2019年度全区行政审判工作情况的通报\n区人民政府:\n2019年,我院审结行政案件。"
    assert extract_metadata(view).publisher_text == "临沂市兰山区人民法院"
    # a joint letterhead of a district government and the zone it governs as one: the government's
    view = "广州市黄埔区人民政府\u3000广州开发区管委会\n关于2018年法治政府建设情况的报告\n2018年,黄埔区人民政府、广州开发区管委会深入推进依法行政。"
    assert extract_metadata(view).publisher_text == "广州市黄埔区人民政府"
    # set 53: a 述法 report headed by its speaker's post; a congress's and a conference's own reports;
    # a street's party working committee heading its report places it in the street
    view = "中共光山县委书记\n2019年度履行推进法治建设第一责任人职责情况述法报告\n按照规定,现将履职情况报告如下。"
    assert extract_metadata(view).publisher_text == "中共光山县委"
    # (set 218) the speaker's posts joined by 、 under the body's name
    view = "三江侗族自治县司法局党组书记、局长\n2023年度述法报告\n2023年,本人在县委、县政府的坚强领导下依法履职。"
    assert extract_metadata(view).publisher_text == "三江侗族自治县司法局"
    view = "曲靖市人大常委会2021年度法治建设工作情况报告\n2021年,市人大常委会坚持依法履职。"
    assert extract_metadata(view).publisher_text == "曲靖市人大常委会"
    view = "政协金寨县委员会\n关于2023年度法治建设工作情况的报告\n县委全面依法治县委员会:\n2023年,县政协党组坚持依法履职。"
    assert extract_metadata(view).publisher_text == "政协金寨县委员会"
    view = ("中共西安市雁塔区小寨路街道工作委员会\n关于2025年度法治建设工作情况的报告\n区委全面依法治区委员会办公室:\n"
            "2025年,街道党工委坚持依法履职,街道综治中心整合司法所力量。")
    assert extract_metadata(view).region.path == "陕西省西安市雁塔区小寨路街道"


def test_a_committees_coordination_group_or_office_titling_its_report_is_the_reporting_body():
    # set 128: the 司法/执法/守法普法/立法 coordination groups report on their own year; set 106: the office
    view = "中共江阴市委全面依法治市委员会司法协调小组2020年工作总结\n2020年,市委全面依法治市委员会司法协调小组统筹推进司法体制改革。"
    assert extract_metadata(view).publisher_text == "中共江阴市委全面依法治市委员会司法协调小组"
    view = "临朐县委依法治县办2020年工作总结和2021年工作打算\n2020年,县委依法治县办在县委的坚强领导下开展工作。"
    assert extract_metadata(view).publisher_text == "临朐县委依法治县办"
    # the committee itself still titles a 述法 report of its secretary
    meta = extract_metadata("中共济南市历城区委书记张立新2023年度述法报告\n2023年,本人认真履行推进法治建设第一责任人职责。")
    assert meta.publisher_text == "中共济南市历城区委"


def test_a_township_written_short_is_the_one_of_the_county_the_page_names():
    # set 151: the title writes 友谊乡 (one 友谊乡 is 新龙县's), the publishing line the county and the
    # township's full ethnic name; a 苏木 the data lists after its banner's name
    view = ("友谊乡2023年法治政府建设工作情况报告\n发布日期:2024-01-12 发布机构:富裕县友谊达斡尔族满族柯尔克孜族乡人民政府\n"
            "2023年,友谊乡在县委、县政府的正确领导下依法履行民族乡政府职能。")
    assert region_of(view) == "黑龙江省齐齐哈尔市富裕县友谊达斡尔族满族柯尔克孜族乡"
    view = "赛汉陶来苏木2020年法治政府建设工作报告\n2020年,赛汉陶来苏木在旗委、旗政府的坚强领导下推进法治政府建设。"
    assert region_of(view) == "内蒙古自治区阿拉善盟额济纳旗赛汉陶来苏木"


def test_a_places_rule_of_law_report_posted_by_its_rule_of_law_office_is_the_offices():
    # sets 103, 141: 金山区2024年法治建设情况报告 / 来源：区委依法治区办; but a 法治政府建设 report is the
    # government's, whoever posts it, and a department's source line names no publisher
    view = "金山区2024年法治建设情况报告\n来源：区委依法治区办  发布时间：2025-02-14\n2024年,全区法治建设取得新成效。"
    assert extract_metadata(view).publisher_text == "区委依法治区办"
    view = "金山区2024年法治政府建设情况报告\n来源：区委依法治区办  发布时间：2025-02-14\n2024年,区政府依法行政。"
    assert extract_metadata(view).publisher_text is None
    view = "金山区2024年法治建设情况报告\n来源：区司法局  发布时间：2025-02-14\n2024年,全区法治建设取得新成效。"
    assert extract_metadata(view).publisher_text is None


def test_a_trade_union_or_womens_federation_titling_its_report_is_the_reporting_body():
    # set 149: people's organizations report on their own 法治建设
    assert extract_metadata("佛山市总工会2024年度法治建设工作报告\n2024年,市总工会在市委的坚强领导下。").publisher_text == "佛山市总工会"
    assert extract_metadata("丰泽区妇联2024年度法治建设工作情况报告\n2024年,区妇联在区委的坚强领导下。").publisher_text == "丰泽区妇联"


def test_a_letterhead_above_a_title_that_names_its_place_after_guanyu_is_the_reporting_body():
    # set 112: 中共鹿邑县委全面依法治县委员会办公室 / 关于鹿邑县2022年度…; set 52: a centre's letterhead
    view = "中共鹿邑县委全面依法治县委员会办公室\n关于鹿邑县2022年度法治政府建设情况的报告\n县委全面依法治县委员会:\n2022年,我县坚持依法行政。"
    assert extract_metadata(view).publisher_text == "中共鹿邑县委全面依法治县委员会办公室"
    view = "呼和浩特市住房公积金管理中心\n2017年度依法行政工作报告\n2017年,中心在市委、市政府的领导下依法行政。"
    assert extract_metadata(view).publisher_text == "呼和浩特市住房公积金管理中心"
    # a title that opens with its place stands on its own: the line above is the portal's banner
    view = ("天津市滨海新区人民政府\n新河街道2022年法治政府建设工作报告\n来源:新河街道办事处\n"
            "2022年,新河街道党工委、办事处在区委、区政府的领导下推进法治街道建设。")
    assert extract_metadata(view).publisher_text != "天津市滨海新区人民政府"


def test_a_title_broken_inside_its_words_is_joined():
    # set 78: a PDF line break inside 法治政府建设
    view = ("合肥市生态环境局文件\n合环函〔2021〕9号\n合肥市生态环境局关于2020年度法治政府\n建设工作情况的报告\n"
            "市委依法治市办:\n2020年,我局在市委、市政府的坚强领导下依法行政。")
    meta = extract_metadata(view)
    assert meta.title == "合肥市生态环境局关于2020年度法治政府建设工作情况的报告"
    assert meta.publisher_text == "合肥市生态环境局"


def test_a_bare_short_name_that_is_a_township_stem_of_the_county_named_in_full_is_that_township():
    # 衡山 alone is 衡山县 (湖南); under 霍山县人民政府 it is the stem of 霍山县衡山镇
    view = ("霍山县人民政府 信息公开 > 乡镇信息公开 > 衡山镇 > 计划总结\n发布机构:衡山镇\n衡山司法所2025年上半年工作总结\n"
            "2025年以来,衡山司法所在县司法局和镇党委的领导下,与衡山派出所、衡山人民法庭开展诉调对接。")
    assert extract_metadata(view).region.path == "安徽省六安市霍山县衡山镇"


def test_a_breadcrumb_is_no_title():
    view = ("吉林市人民政府 | 繁体版 | 无障碍\n网站首页 > 政务公开 > 法治政府建设 > 年度报告\n"
            "吉林市人民政府关于2018年法治政府建设情况的报告\n发布日期:2019-03-29\n2018年,我市深入推进依法行政。")
    meta = extract_metadata(view)
    assert meta.title == "吉林市人民政府关于2018年法治政府建设情况的报告" and meta.year == 2018


def test_a_web_pages_title_bar_keeps_the_title_without_the_sites_name():
    view = ("柳州市公安局2022年法治政府建设年度报告 - 柳州市公安局\n当前位置:首页 > 政务公开 > 法治政府建设\n"
            "2022年,柳州市公安局在市委、市政府和自治区公安厅的坚强领导下,深入推进法治公安建设。\n"
            "三、推进社会治理法治化情况\n交警支队严格执行。")
    meta = extract_metadata(view)
    assert meta.title == "柳州市公安局2022年法治政府建设年度报告"
    assert find_title("民族街道2020年度法治政府建设情况报告_武汉市江汉区人民政府_湖北\n") == "民族街道2020年度法治政府建设情况报告"


def test_a_numbered_heading_of_an_untitled_excerpt_is_no_title():
    view = "2022年,柳州市公安局深入推进法治公安建设。\n三、推进社会治理法治化情况\n交警支队严格执行。\n(二)推进行政执法规范化情况\n"
    assert find_title(view) is None


def test_a_web_header_line_with_a_source_or_a_reading_count_dates_an_unsigned_report():
    view = ("柳州市公安局2022年法治政府建设年度报告\n[ 2023-03-20 ]  来源:市公安局法制支队  阅读:  次   字号:[大][中][小]\n"
            "2022年,柳州市公安局深入推进法治公安建设。执法办案管理中心")
    assert extract_metadata(view).date == "2023-03-20"
    signed = view + "\n柳州市公安局\n2023年3月15日"
    assert extract_metadata(signed).date == "2023-03-15"  # the signing date comes first


def test_a_detention_centre_or_a_notary_office_on_the_letterhead_is_the_reporting_body():
    view = ("广东省三水强制隔离戒毒所\n2018年度依法治所工作情况报告\n\n省戒毒管理局:\n"
            "2018年,我所在省司法厅、省戒毒管理局党委的正确领导下,坚持依法治所、从严治警。")
    meta = extract_metadata(view)
    assert meta.publisher_text == "广东省三水强制隔离戒毒所" and meta.title == "2018年度依法治所工作情况报告"


def test_two_bodies_signing_on_two_lines_sign_jointly_and_the_government_publishes():
    body = "2023年,度假区坚持以习近平新时代中国特色社会主义思想为指导,深入推进法治政府建设。\n特此报告。\n\n"
    view = body + "无锡太湖国家旅游度假区管理委员会\n无锡市滨湖区马山街道办事处\n2024年1月31日\n"
    assert extract_metadata(view).publisher_text == "无锡太湖国家旅游度假区管理委员会"
    view = body + "中共益阳高新技术产业开发区工作委员会\n益阳高新技术产业开发区管理委员会\n2022年1月10日\n"
    assert extract_metadata(view).publisher_text == "益阳高新技术产业开发区管理委员会"
    # one name wrapped onto two lines is still one signer
    view = body + "中共珠海市香洲区委全面依法治区\n委员会办公室\n2022年1月10日\n"
    assert extract_metadata(view).publisher_text == "中共珠海市香洲区委全面依法治区委员会办公室"


def test_a_date_in_brackets_right_under_the_title_dates_the_report():
    view = "宜昌市夷陵区人民政府关于2019年度法治政府建设工作情况的报告\n(2020年2月26日)\n\n2019年,夷陵区在市委的领导下。"
    assert extract_metadata(view).date == "2020-02-26"


def test_a_fire_brigade_titles_its_own_report():
    meta = extract_metadata("克拉玛依市消防救援支队2023年度法治建设工作情况报告\n2023年,克拉玛依市消防救援支队深入推进法治建设。")
    assert meta.publisher_text == "克拉玛依市消防救援支队"


def test_a_county_made_a_district_before_the_source_data_s_list_begins_keeps_its_name_of_the_time():
    # devset83 崇明县 2015 (崇明区 since 2016, division_changes_supplement.tsv): its bodies are the 县's, and
    # 会同|县环保局 is the report's own bureau, not one of 会同县 in 湖南
    meta = extract_metadata("崇明县人民政府关于2015年度依法行政工作情况的报告\n2015年,县政府深入推进依法行政。")
    assert meta.region.path == "上海市崇明县"
    assert extract_metadata("上海市崇明区人民政府关于2019年度法治政府建设情况的报告\n区政府开展普法。").region.path == "上海市崇明区"
    assert extract_metadata("梁平县2015年依法行政工作报告\n2015年,县司法局开展普法。").region.path == "重庆市梁平县"


def test_a_zone_the_code_lists_as_a_district_is_a_zone():
    # devset85: 成都高新技术产业开发区 is coded 510102, among 成都's districts; its report names it 成都高新区
    # and its bodies after it (高新区综合行政执法局), not after 成都市
    meta = extract_metadata("成都高新区2021年法治政府建设情况报告\n2021年,成都高新区管委会坚持依法行政。")
    assert meta.region.path == "四川省成都市成都高新技术产业开发区"
    assert meta.region.full_name == "成都高新技术产业开发区"


def test_a_zones_report_titled_by_its_administrative_committee_written_short():
    # (set 256) 西安高新区管委会2020年… names its publisher as 管委会 ends it; a bonded port area's
    # committee (港区) is a zone's government too
    meta = extract_metadata("西安高新区管委会2020年法治政府建设年度报告\n2020年,高新区管委会坚持依法行政。")
    assert meta.publisher_text == "西安高新区管委会" and meta.region.path == "陕西省西安市西安高新技术产业开发区"
    meta = extract_metadata("宁波梅山保税港区管委会2015年依法行政工作总结\n2015年,梅山保税港区管委会依法行政。")
    assert meta.region.path == "浙江省宁波市宁波梅山保税港区"


def test_a_management_area_named_with_its_city_is_written_without_it():
    # (set 256) 岳阳市屈原管理区 (430671) is titled 屈原管理区, and its path holds its city once
    meta = extract_metadata("屈原管理区2018年法治政府建设工作报告\n2018年,屈原管理区在市委、市政府的领导下依法行政。")
    assert meta.region.path == "湖南省岳阳市屈原管理区" and meta.region.full_name == "岳阳市屈原管理区"


def test_a_county_whose_whole_name_is_two_characters_opens_the_title():
    # 寿县, 滑县: the name is the county's whole name, not a short form inside a word (县委和|县政府)
    assert extract_metadata("寿县2020年法治政府建设情况报告\n2020年,县委和县政府开展普法。").region.path == "安徽省淮南市寿县"
    assert extract_metadata("滑县人民政府2021年法治政府建设工作报告\n2021年,县司法局开展普法。").region.path == "河南省安阳市滑县"


def test_a_department_s_word_that_is_also_a_county_s_short_name_places_no_report():
    # devset93 湖北省公安厅 2016: 公安县 is in 湖北, but 公安厅, 公安机关 and 法治公安 name no place
    meta = extract_metadata("湖北省公安厅2016年度法治政府建设(依法行政)工作情况报告\n2016年,全省公安机关在公安部和省委、"
                            "省政府的坚强领导下,以建设法治公安为目标,全面深化公安改革。")
    assert meta.region.path == "湖北省"
    assert extract_metadata("公安县2020年法治政府建设工作报告\n2020年,县司法局开展普法。").region.path == "湖北省荆州市公安县"


def test_a_new_area_under_a_province_is_placed_by_its_name_without_the_province_s():
    # 两江新区 (重庆, 2010) and 雄安新区 (河北, 2017): national new areas the statistical code does not list
    view = "重庆两江新区管理委员会关于2019年法治政府建设情况的报告\n2019年,两江新区党工委、管委会在重庆市委、市政府的领导下深入推进依法行政。"
    meta = extract_metadata(view)
    assert (meta.publisher_text, meta.region.path, meta.region.name) == ("重庆两江新区管理委员会", "重庆市两江新区", "重庆两江新区")
    # the page's 发文机关 field names the publisher though the title names only the place; the county
    # the report names most is one of the three the area governs
    view = ("河北雄安新区管理委员会 政府信息公开\n索 引 号：xa-00120-2024-0031　　发文机关：河北雄安新区管理委员会\n\n"
            "河北雄安新区2023年度法治政府建设情况报告\n\n2023年，新区党工委、管委会坚持规划建设与法治保障同步推进。"
            "安新县、雄县、容城县完成综合行政执法改革，安新县设立矛盾纠纷调处化解中心，安新县司法局开展普法。")
    meta = extract_metadata(view)
    assert (meta.publisher_text, meta.region.path) == ("河北雄安新区管理委员会", "河北省雄安新区")



def test_a_letterhead_stands_above_its_documents_number_and_title():
    # set 181: 中共珠海市香洲区委全面依法治区委员会办公室 / 香法治办〔2023〕3号 / 关于香洲区2022年…
    view = ("中共珠海市香洲区委全面依法治区委员会办公室\n\n香法治办〔2023〕3号\n\n关于香洲区2022年法治建设工作情况的报告\n\n"
            "中共珠海市委全面依法治市委员会办公室:\n2022年,香洲区深入学习贯彻习近平法治思想。")
    assert extract_metadata(view).publisher_text == "中共珠海市香洲区委全面依法治区委员会办公室"


def test_a_signing_bodys_name_wrapped_onto_a_second_line_is_joined():
    # set 181: the signature block wraps 中共珠海市香洲区委全面依法治区 / 委员会办公室
    view = ("关于香洲区2022年法治建设工作情况的报告\n2022年,香洲区深入学习贯彻习近平法治思想。特此报告。\n\n"
            "　　　　中共珠海市香洲区委全面依法治区\n　　　　委员会办公室\n　　　　2023年2月10日")
    assert extract_metadata(view).publisher_text == "中共珠海市香洲区委全面依法治区委员会办公室"
    # a closing formula above a signer is no part of its name
    view = "关于某县2022年法治政府建设情况的报告\n2022年,我县依法行政。\n特此报告\n萧县人民政府\n2023年1月20日"
    assert extract_metadata(view).publisher_text == "萧县人民政府"


def test_a_zones_report_titled_by_the_zone_alone_is_its_administrative_committees():
    # set 178: 南京江北新区 is no division of the statistical code; its report is cut off unsigned
    meta = extract_metadata("南京江北新区2023年法治政府建设年度报告\n2023年,南京江北新区管委会在南京市委、市政府的领导下依法行政。")
    assert meta.publisher_text == "南京江北新区管理委员会"
    assert meta.region.path == "江苏省南京市南京江北新区"
    # a district called 新区 is a district: 浦东新区 has a people's government
    meta = extract_metadata("浦东新区2023年法治政府建设情况报告\n2023年,浦东新区依法行政。")
    assert meta.publisher_text is None and meta.region.path == "上海市浦东新区"


def test_a_zones_report_titled_by_its_short_name_is_the_committee_s_its_source_line_names():
    # set 178: the title says 东湖高新区 again and again (南昌 has a 东湖区), the web page's source line
    # names the zone's committee in full, after its city
    view = ("首页 > 政务公开 > 法定主动公开内容 > 法治政府建设\n东湖高新区2024年法治政府建设年度报告\n"
            "2025-03-18 10:02　来源：武汉东湖新技术开发区管理委员会　阅读：3256\n"
            "2024年，东湖高新区在市委、市政府和东湖高新区党工委的坚强领导下，坚持以习近平法治思想为指导，"
            "按照市委依法治市办的统一部署，以法治护航“世界光谷”建设。东湖高新区政务服务局深化改革，"
            "东湖高新区司法局开展普法。")
    meta = extract_metadata(view)
    assert meta.publisher_text == "武汉东湖新技术开发区管理委员会"
    assert meta.region.path == "湖北省武汉市武汉东湖新技术开发区" and meta.region.parent_code == "420100"


def test_a_street_a_zone_administers_is_the_zones_not_its_districts():
    # zone_streets.tsv: the code lists 佛祖岭街道 under 江夏区 and 桂溪街道 under 武侯区; 东湖新技术开发区
    # and 成都高新技术产业开发区 administer them (sets 51, 178, 206 name them so)
    meta = extract_metadata("佛祖岭街道办事处2018年度法治政府建设情况报告\n2018年,街道党工委在东湖高新区党工委、"
                            "管委会的正确领导下,深入推进依法行政。")
    assert meta.region.path == "湖北省武汉市武汉东湖新技术开发区佛祖岭街道"
    meta = extract_metadata("桂溪街道2022年度法治建设工作报告\n2022年,桂溪街道在成都高新区党工委、管委会的坚强领导下,"
                            "推进法治建设。\n成都高新技术产业开发区桂溪街道办事处\n2023年1月10日")
    assert meta.region.path == "四川省成都市成都高新技术产业开发区桂溪街道"
    # a street of the same name elsewhere stays where it is
    assert region_of("龙泉街道2021年法治建设工作报告\n成都市龙泉驿区龙泉街道深入推进依法治理。") == "四川省成都市龙泉驿区龙泉街道"


def test_a_township_head_s_report_titled_by_the_town_and_the_post_is_the_town_s():
    # 磁灶镇镇长2025年度述法报告 (blind set 221): 镇长 after the town's name, as 党委书记 is
    meta = extract_metadata("磁灶镇镇长2025年度述法报告\n磁灶镇党委副书记、镇长 吴某某\n2025年，本人在晋江市委、市政府的领导下开展工作。\n")
    assert meta.region is not None and meta.region.path == "福建省泉州市晋江市磁灶镇"


def test_an_ethnic_township_the_data_lists_under_its_area_office_is_found():
    # the division data lists 檀营满族蒙古族乡 as 檀营地区, the name of its office
    view = ("北京市密云区檀营满族蒙古族乡人民政府2024年法治政府建设年度情况报告\n\n"
            "2024年，檀营乡在区委、区政府的坚强领导下，扎实推进法治政府建设。\n")
    assert region_of(view) == "北京市密云区檀营满族蒙古族乡"


def test_a_street_the_data_lists_as_a_pian_qu_street_is_found_under_its_district():
    view = ("中亚南路街道办事处关于2022年度法治政府建设情况的报告\n\n区委、区政府：\n"
            "2022年，中亚南路街道在乌鲁木齐经济技术开发区（头屯河区）党工委、管委会的坚强领导下，依法履行街道职能。\n")
    assert region_of(view) == "新疆维吾尔自治区乌鲁木齐市头屯河区中亚南路街道"


def test_a_street_named_after_a_road_the_data_lists_without_its_road_is_found():
    # blind set 261: the division data lists 上海市闵行区's 古美路街道 as 古美街道
    from fazhi.gazetteer.divisions import town_name_variants

    assert "古美街道" in town_name_variants("古美路街道")
    view = ("闵行区古美路街道2019年法治政府建设工作情况报告\n"
            "2019年，古美路街道在区委、区政府的正确领导和区司法局的业务指导下，坚持依法行政。\n")
    assert region_of(view) == "上海市闵行区古美路街道"


def test_a_township_named_with_a_character_outside_the_basic_han_block_is_the_region():
    # blind set 289 (GB18030): 㮾 (U+3BBE, CJK Extension A) opens the street's name
    view = "㮾梨街道党工委书记2021年度述法报告\n2021年，本人在县委、县政府的坚强领导下，推动㮾梨街道法治建设各项工作取得新成效。"
    assert region_of(view) == "湖南省长沙市长沙县㮾梨街道"


def test_a_body_s_other_name_in_brackets_after_it_in_the_title_does_not_hide_the_publisher():
    # blind sets 278 and 300: a party school that is also an administrative college
    for title in ("中共泉州市委党校（泉州行政学院）2021年度法治建设工作情况报告",
                  "中共银川市委党校(银川市行政学院)2021年度法治建设工作总结"):
        meta = extract_metadata(title + "\n2021年，市委党校在市委的坚强领导下推进依法治校。")
        assert meta.publisher_text == title[:title.index("党校") + 2]
