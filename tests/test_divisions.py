"""The administrative-division gazetteer shipped as package data (built from jionlp's tree by
tools/build_divisions.py): official names, short forms, GB/T 2260 codes, parents, townships."""
from __future__ import annotations

import subprocess
import sys

from fazhi.gazetteer.divisions import divisions


def test_an_autonomous_county_is_found_by_its_short_forms():
    gaz = divisions()
    for form in ("威宁自治县", "威宁县", "威宁彝族回族苗族自治县"):
        assert [p.name for p in gaz.places_named(form)] == ["威宁彝族回族苗族自治县"], form
    weining = gaz.places_named("威宁自治县")[0]
    assert weining.code == "520526"
    assert [p.name for p in gaz.ancestors(weining)] == ["毕节市", "贵州省"]


def test_canonical_names_carry_the_city_before_a_district_only():
    gaz = divisions()
    jizhou = gaz.places_named("吉州区")[0]
    assert (jizhou.full_name, jizhou.path) == ("吉安市吉州区", "江西省吉安市吉州区")
    xiaoyi = gaz.places_named("孝义市")[0]
    assert (xiaoyi.full_name, xiaoyi.path, xiaoyi.parent_code) == ("孝义市", "山西省吕梁市孝义市", "141100")
    hechuan = gaz.places_named("合川区")[0]
    assert hechuan.full_name == "重庆市合川区" and gaz.prefecture_of(hechuan).name == "重庆市"


def test_a_special_and_a_mining_districts_short_names_keep_their_last_character():
    # the source data cut them as a 区's (六枝特, 鹰手营子矿); division_corrections.tsv mends them
    gaz = divisions()
    assert [p.full_name for p in gaz.places_named("六枝")] == ["六盘水市六枝特区"]
    assert [p.full_name for p in gaz.places_named("鹰手营子")] == ["承德市鹰手营子矿区"]
    assert gaz.places_named("六枝特") == []


def test_names_that_repeat_across_china_have_every_candidate():
    gaz = divisions()
    chaoyang = {p.path for p in gaz.places_named("朝阳区")}
    assert {"北京市朝阳区", "吉林省长春市朝阳区"} <= chaoyang
    assert {p.path for p in gaz.places_named("清河")} >= {"河北省邢台市清河县", "辽宁省铁岭市清河区"}
    assert len(gaz.places_named("鼓楼区")) >= 3


def test_townships_are_known_under_their_county():
    gaz = divisions()
    hechuan = gaz.places_named("合川区")[0]
    assert gaz.has_town(hechuan, "古楼镇")
    town = gaz.town(hechuan, "古楼镇")
    assert (town.full_name, town.level, town.parent_code) == ("重庆市合川区古楼镇", "town", hechuan.code)
    assert "古南街道" in gaz.town_names()
    assert not gaz.has_town(hechuan, "规范镇")


def test_an_ethnic_township_written_without_its_nationalities_is_the_ethnic_township():
    # set 151: 友谊乡 is 富裕县's 友谊达斡尔族满族柯尔克孜族乡 (and 新龙县's 友谊乡, listed as such)
    gaz = divisions()
    fuyu = gaz.places_named("富裕县")[0]
    assert gaz.has_town(fuyu, "友谊乡")
    assert gaz.town(fuyu, "友谊乡").name == "友谊达斡尔族满族柯尔克孜族乡"
    assert {c.name for c in gaz.counties_with_town("友谊乡")} >= {"富裕县", "新龙县"}
    # a township the data lists after its county's name goes by its own: 额济纳旗|赛汉陶来苏木
    ejina = gaz.places_named("额济纳旗")[0]
    assert gaz.has_town(ejina, "赛汉陶来苏木") and gaz.town(ejina, "赛汉陶来苏木").full_name == "额济纳旗赛汉陶来苏木"
    assert "赛汉陶来苏木" in gaz.town_names()


def test_the_gazetteer_is_package_data_and_imports_no_third_party_division_library():
    code = ("import sys, fazhi.gazetteer.divisions as d; d.divisions().town_names(); "
            "print(any(m.split('.')[0] in ('jionlp', 'cpca') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_longest_division_name_a_text_opens_with():
    gaz = divisions()
    assert gaz.place_prefix_length("南阳市教育系统", 8) == 3
    assert gaz.place_prefix_length("双江拉祜族佤族布朗族傣族自治县人民政府", 15) == 15
    assert gaz.place_prefix_length("双江拉祜族佤族布朗族傣族自治县人民政府", 8) < 15  # no longer than asked
    assert gaz.place_prefix_length("推进法治建设", 8) == 0


def test_the_cities_that_govern_their_towns_with_no_county_between():
    gaz = divisions()
    assert {p.name for p in gaz.by_code.values() if gaz.governs_towns_directly(p)} == {"东莞市", "中山市", "儋州市", "嘉峪关市"}


def test_a_township_officially_written_with_a_character_outside_gb2312_is_found_by_it_and_by_its_substitute():
    # blind set 289: jionlp lists 长沙县's 㮾梨街道 (㮾 is in CJK Extension A) only as 榔梨街道, the substitute
    # pages without the glyph write too; division_corrections.tsv lists the official name as well
    gaz = divisions()
    for written in ("㮾梨街道", "榔梨街道"):
        [county] = gaz.counties_with_town(written)
        assert county.full_name == "长沙县"
        assert gaz.town(county, written).full_name == "长沙县" + written  # named as the report writes it
        assert written in gaz.town_names()
