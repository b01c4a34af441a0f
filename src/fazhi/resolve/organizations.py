"""Name each organization mention canonically (ANNOTATION.md section 2) and type it.

A written name is parsed into party marker + jurisdiction + parent body + body: 县司法局 in
the 威宁 report is (—, 威宁彝族回族苗族自治县, —, 司法局) → 威宁彝族回族苗族自治县司法局; 市委 in
the 孝义 report is 中共孝义市委员会; 古楼法庭 in the 古楼镇 report is 重庆市合川区人民法院古楼人民法庭.
The jurisdiction comes from the place names in the mention, read against the report's own
hierarchy, or, for a level word (县, 市, 区) or a bare body (法院, 司法局), from that hierarchy
alone. Where it cannot be known the name stays as written and its key is scoped to the
report, so that 县司法局 of two unknown counties never become one node.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from fazhi.gazetteer.administrations import ShortOfficeHead, national_administrations
from fazhi.gazetteer.corps import REGIMENT, REGIMENT_LEVEL, XINJIANG_CODE, corps
from fazhi.gazetteer.divisions import (LEVEL_ENDINGS, STREET_NAME, TOWNSHIP_ENDING, TOWNSHIP_ENDINGS, WORDS_AFTER_LEVEL,
                                       ZONE_GOVERNMENTS, Divisions, is_functional_zone, zone_kinds)
from fazhi.lexicon import longest_first, read_rows, read_words
from fazhi.model import Place
from fazhi.resolve.context import ReportContext
from fazhi.text import PEOPLES_ORGANIZATION_SHORT, PEOPLES_ORGANIZATIONS, SQUAD_OWNER_ENDINGS, STANDING_COMMITTEE_SHORT, normalize_title, squeeze

# The party marker before a committee's name: 中共孝义市委 · 中国共产党威宁县委员会
PARTY_MARKER = re.compile(r"^(?:中共|中国共产党)")
# The party's name before a body's party group, and the group (中共|共青团天水市委员会|党组)
PARTY_PREFIX = "中共"
PARTY_GROUP = "党组"
# How a report names its own jurisdiction: 我县 · 本区 · 本级 · 市级 (综治中心) · 州级 (彝汉双语普法讲师团)
SELF_REFERENCE = re.compile(r"^(?:[我本](?P<own>自治县|县|市|区|镇|乡|旗|州|省|街道)|本级|(?P<level>县|市|区|镇|乡|省|州|旗|盟)级)")
# A 地区's party committee, written by the one character its rule-of-law bodies are named by too:
# 地委 · 地委依法治地办 · 地委理论学习中心组
PREFECTURE_COMMITTEE = "地委"
# A township-level place: 古楼镇 · 古南街道 · 某某乡 · 喇叭沟门满族乡 (an ethnic township: up to six characters before 乡)
TOWN = re.compile(f"^(.{{2,6}}?)({TOWNSHIP_ENDING})")
# A party committee's rule-of-law body after 委: 全面依法治市委员会办公室 · 依法治县办 · 依法治县委
# The level a 全面依法治X委员会 is named by: a division's, a region's (疆, 藏), the 兵团's (依法治兵), a
# regiment's (依法治团) and a division's of the 兵团 with its city (依法治师（市）)
RULE_OF_LAW_LEVELS = "省|市|县|区|镇|乡|旗|州|地|疆|藏|兵|团|师[（(]市[)）]"
RULE_OF_LAW_BODY = re.compile(
    rf"^(?P<full>全面)?依法治(?P<level>{RULE_OF_LAW_LEVELS})(?P<rest>委员会办公室|委员会|委办|办公室|办|委)$")
# A coordination group of that committee (the four groups every one has since 2018), or all of them:
# 全面依法治市委员会|执法协调小组 · 依法治县委|协调小组
COORDINATION_GROUP_KINDS = "立法|执法|司法|守法普法"
RULE_OF_LAW_GROUP = re.compile(rf"^(?:全面)?依法治(?P<level>{RULE_OF_LAW_LEVELS})(?:委员会|委)"
                               r"(?P<group>(?:" + COORDINATION_GROUP_KINDS + ")?协调小组)$")
# The four coordination groups alone, as a place's: 江阴市|司法协调小组
COORDINATION_GROUP = re.compile("(?:" + COORDINATION_GROUP_KINDS + ")协调小组")
# The level words of a 全面依法治X委员会 as the last character of its place's name (湖州市 → 全面依法治市)
RULE_OF_LAW_LEVELS = "省市县区旗州"
# A counting word a name may carry that is no part of it: 清河县|首家|汽车零部件纠纷化解中心
QUANTIFIER = re.compile(r"^(?:首家|首个|第一家|一家|一个|该|这家)")
# A national body's inspection team: 中央依法治国办|第五督察组
INSPECTION_TEAM = re.compile(r"第[一二三四五六七八九十]{1,3}督察组$")
# A party office's inspection team, numbered or not: 省委依法治省办|第三督察组 · 市委依法治市办|督察组
OFFICE_INSPECTION_TEAM = re.compile(r"(?:第[一二三四五六七八九十]{1,3})?督察组$")
# The endings of a road's or a street's name, by which a city's police stations go: 湖北路|派出所 · 学院街|派出所
ROAD_ENDINGS = ("路", "街", "大道")
# The court written without its level: a county's own, but at a province or a city the courts at large
BARE_COURTS = ("法院", "人民法院")
# A court written with its level, which names one court: 支持省法院、省检察院依法履职 (the province's
# 高级人民法院) · 市法院 in a city's report (its 中级人民法院)
LEVEL_COURT = re.compile("(?:省|自治区|市|州|盟)(?:人民)?法院")
# A township's court written alone, by its kind: every township's, no particular one
TOWN_COURT_BODIES = ("法庭", "人民法庭")
# The court of a township: 古楼(人民)法庭 (a circuit court keeps its name: 马牧池巡回法庭); the office of a
# county department there: 古楼司法所
TOWN_COURT = re.compile(r"^(?P<stem>.{2,7}?)(?<!巡回)(?:人民)?法庭$")
# The offices a county's departments keep in each township, as written alone, longest first: their
# official names and their departments (org_town_offices.tsv: 国土所 → 国土资源局|…国土资源所)
TOWN_OFFICE_NAMES = {row[0]: (row[1], row[2]) for row in read_rows("org_town_offices.tsv")}
# The official name of a county bureau's branch in a township, after the township's stem (周庄|分局)
BRANCH = "分局"
TOWN_OFFICE_BODIES = longest_first("org_town_offices.tsv")
# The one of them named after the police, not after a department of its county (_township_office)
POLICE_STATION = "派出所"
TOWN_OFFICE = re.compile(r"^(?P<stem>.{2,7}?)(?P<office>" + "|".join(TOWN_OFFICE_BODIES) + ")$")
# A township office written after its department's short name: 工商局|小溪塔工商所 · 公安分局|小溪塔派出所
# (the office's name says whose it is; the bureau, written short, adds nothing to it)
BUREAU_AND_TOWN_OFFICE = re.compile(r"^(?P<bureau>[^局所]{1,8}(?:分局|局))(?P<office>[^局所]{2,7}?(?:"
                                    + "|".join(TOWN_OFFICE_BODIES) + "))$")
# Offices a township keeps of its own (not a county department's), named after the township, written
# alone or after 镇/乡 (镇财政所 · 卫生院 · 退役军人服务站); in another report every township's
TOWNS_OWN_OFFICES = ("财政所", "劳动保障所", "卫生院", "退役军人服务站", "安监站", "农经站")
# Facilities every public security bureau and branch has, written alone: the reporting bureau's in its
# own report, no particular one elsewhere (全面推进执法办案管理中心建设)
POLICE_FACILITIES = ("执法办案管理中心",)
# A department's party group or committee, and its study group: 市生态环境局|党组 · 县卫健局|党委|理论学习中心组 ·
# 局|党组 (the reporting bureau's own; 院|党组 the reporting court's) · 县政协|党组|理论学习中心组 (a standing
# body's) · 市总工会|党组 · 县残联|党组 · 市红十字会|党组
DEPARTMENT_PARTY = re.compile(rf"^(?P<department>(?:.*?(?:[局厅委办院所]|办公室|政协|常委会|{PEOPLES_ORGANIZATIONS}))?)"
                              r"(?P<organ>党组|党委)(?P<study>理论学习中心组|中心组)?$")
# How the name of a body ends that a report calls by its short name alone (行署|法律顾问室 in
# 锡林郭勒盟行政公署's report, 委|党组 in 吉林省卫生健康委员会's); other owners end as written (局, 厅).
OWNER_NAME_ENDINGS = {"行署": "行政公署", "委": "委员会", STANDING_COMMITTEE_SHORT[0]: STANDING_COMMITTEE_SHORT[1]}
# A unit of the reporting body written after its short name: 厅|法律顾问室 · 行署|法律顾问室 ·
# 局|法治政府建设领导小组 · 分局|政策法规股 · 委|政策法规处 · 委员会|办公室 (in a committee's report; 委|员会办公室
# would cut the word)
OWN_UNIT_NAME = re.compile(r"^(?P<owner>分局|局|厅|行署|委员会|委)(?P<unit>[^党员].{1,13})$")
# The reporting bodies that have sections, as org_internal_units.tsv writes owners: departments, courts
# and procuratorates (公诉科 · 信息技术处), people's organizations (维权股), and party schools (科研处 · 教务处)
SECTION_OWNERS = ("department", "judiciary", "social", "party@党校")
# A section of a department written alone (政策法规股 · 法规审理科 · 防火监督处): the reporting department's
SECTION_NAME = re.compile(r"^(?P<unit>[^局厅委府院办省市县区镇乡村]{2,8}[科股处])$")
# A unit written after its department's name: 区水利局|依法行政工作领导小组 · 省审计厅|法规处 ·
# 区公安分局|交警大队 (the branch's: 佛山市公安局南海分局交通警察大队) · 县残联|法治建设工作领导小组 (a
# people's organization's, written short: 妇联, 残联, 文联, 侨联, 工商联, 科协, 总工会; a conference's: 市政协|机关…领导小组)
DEPARTMENT_UNIT_NAME = re.compile(rf"^(?P<department>.+?(?:[局厅委]|{PEOPLES_ORGANIZATION_SHORT}|政协))"
                                  r"(?P<unit>[^局厅委]{2,10}(?:领导小组办公室|领导小组|室|处|科|股|总队|支队|大队))$")
# A leading group of a body's organ (机关), written alone: 机关法治建设领导小组 · 机关法治建设领导小组办公室
ORGANS_GROUP = re.compile(r"^机关[\u3400-\u9fff]{2,14}?领导小组(?:办公室)?$")
# A people's congress's working committee in a township: 区人大常委会|勒流街道工作委员会 · 区人大|转塘街道工委
# (the standing committee's, though the congress is written alone)
CONGRESS_WORKING_COMMITTEE = re.compile(f"^(?P<congress>.+?(?:人大常委会|人民代表大会常务委员会|人大))(?P<town>.{{2,6}}?(?:{TOWNSHIP_ENDING}))(?:工作委员会|工委)$")
# What a congress's official name ends with when it is its standing committee's: …人民代表大会|常务委员会
STANDING_COMMITTEE = "常务委员会"
# What a people's congress's official name ends with: 江门市人民代表大会(常务委员会预算工作委员会)
CONGRESS = "人民代表大会"
# A department of a level written by its level and head alone, in a department's report:
# 市局 (the 公安局 of the city, in a 公安局's report) · 省厅 · 县局党组
LEVEL_AND_HEAD = re.compile(r"^(?P<level>[省市县区州旗盟])(?P<head>[局厅])$")
# The same with a unit after it (not its party organ, 市局党委): 县局|交警大队 in a county 公安局's
# report is its own brigade
LEVEL_HEAD_AND_UNIT = re.compile(r"^(?P<level>[省市县区州旗盟])(?P<head>[局厅])(?P<unit>[^局厅党][^局厅]{1,11})$")
# A bureau's branch for a district written by the district alone: 秦州分局 · 秦州区分局
COUNTY_BRANCH = re.compile(r"^(?P<place>[^局厅]{2,6}?)分局$")
# A street office written under the district government it is sent out by, as its seal reads:
# 哈尔滨市南岗区|人民政府|花园街道办事处 (the office is 哈尔滨市南岗区花园街道办事处)
STREET_OFFICE_OF_GOVERNMENT = re.compile(r"^(?P<district>.+?[区县市旗])人民政府(?P<street>[\u3400-\u9fff]{2,8}?街道办事处)$")
# Such a branch and a unit of it: 西陵区分局|执法办案管理中心 · 伍家岗区分局|宝塔河派出所
BRANCH_AND_UNIT = re.compile(r"^(?P<branch>[^局厅]{2,6}?分局)(?P<unit>[^局厅]{2,12})$")
# A political consultative conference written in full: 中国人民政治协商会议|常州市武进区|委员会|(办公室)
CPPCC_FULL_NAME = re.compile(r"^(?:中国人民政治协商会议|政协)(?P<place>[\u3400-\u9fff]{2,20}?)委员会(?P<rest>.*)$")
# A committee of a political consultative conference, written after its short name: 县政协|社会和法制委员会
CPPCC_COMMITTEE = re.compile(r"^政协(?P<unit>[\u3400-\u9fff]{2,12}委员会)$")
# Courts of a special jurisdiction, named with the short name of their city: 北京金融法院 ·
# 杭州互联网法院 · 海南自由贸易港知识产权法院 (no 北京市金融法院) · 成都铁路运输第一法院
SPECIALIZED_COURTS = ("金融法院", "知识产权法院", "互联网法院", "海事法院", "铁路运输法院", "铁路运输中级法院",
                      "铁路运输第一法院", "铁路运输第二法院")
# Bodies named by what they administer, whose name a place's may open: 神农架国家公园管理局 (the park's,
# not 神农架林区's) · 武夷山国家公园管理局
NAMED_BY_THEIR_CHARGE = ("国家公园管理局",)
# A bureau's branch or an enforcement bureau's squad: 市场监管局|狮山分局 · 城管执法局|后湖中队 (the bureau
# written short or in full)
BUREAU_BRANCH = re.compile(r"^(?P<bureau>.+?局)(?P<branch>[^局]{2,3}分局|[^局]{2,7}中队)$")
# An enforcement body's squad, of the body's type: 应急管理综合行政执法大队|危化品执法中队 (a department)
SQUAD_OF_BODY = re.compile(r"^(?P<owner>.+(?:" + "|".join(SQUAD_OWNER_ENDINGS) + r"))[^局队]{2,7}中队$")
# The administration that runs a protected area or a pilot zone (org_heads.tsv: 保护区管理局 · 先行区管理局)
ZONE_ADMINISTRATION = "管理局"
# A zone with a name of its own, whose bodies are named after it, not after the county (zone_kinds.tsv):
# 草海国家级自然保护区管理委员会 · 贵州威宁经济开发区 · 海南博鳌乐城国际医疗旅游先行区管理局
ZONE = re.compile(f"(?:{'|'.join(zone_kinds('own_body'))})(?:{ZONE_ADMINISTRATION}|管理委员会|管委会)?$")


@dataclass(frozen=True, slots=True)
class ResolvedOrganization:
    name: str  # canonical name
    key: str
    type: str
    place: Place | None
    particular: bool = True  # False: a kind of body, not one body (司法所 in a county's report)


@dataclass(frozen=True, slots=True)
class Department:
    official: str
    type: str
    form: str  # body | government | organ | party (see org_departments.tsv)
    town_official: str = ""  # a township's body of the kind, where its name differs: 镇综治办 → …社会治安综合治理办公室


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A written name taken apart: 中共|孝义市|委|全面依法治市委员会办公室."""

    party: bool
    place: Place | None
    explicit: bool  # the place is written by name, not by a level word or from context
    short_place: bool  # the place is written in a short form (合川, 威宁) that a proper name may carry
    parent: str  # the body the name sits under: 委, 政府, 人民法院, 司法局 … or ""
    body: str
    kind_only: bool = False  # 县级综治中心 in a province's report: every county's, no particular one
    foreign_level: bool = False  # a level word the report's hierarchy has no place for (县 in a district's)


@lru_cache(maxsize=1)
def _national() -> dict[str, tuple[str, str]]:
    """Every written form of a national body → (canonical name, type)."""
    forms = {}
    for row in read_rows("national_bodies.tsv"):
        canonical, aliases, otype = row[0], row[1] if len(row) > 1 else "", row[2] if len(row) > 2 else "other"
        for form in [canonical, *[a for a in aliases.split(",") if a]]:
            forms[form] = (canonical, otype)
    return forms


def national_body(name: str) -> str | None:
    """The name a national body signs with, for any of its written names (人力资源社会保障部 →
    人力资源和社会保障部), or None for a name that is no national body's."""
    found = _national().get(name)
    return found[0] if found else None


@lru_cache(maxsize=1)
def _departments() -> dict[str, Department]:
    """Every written form of a body every jurisdiction has → its official name, type and form."""
    forms: dict[str, Department] = {}
    for row in read_rows("org_departments.tsv"):
        dept = Department(row[0], row[2] if len(row) > 2 and row[2] else "department",
                          row[3] if len(row) > 3 and row[3] else "body", row[4] if len(row) > 4 else "")
        forms.setdefault(row[0], dept)
        for short in (row[1].split(",") if len(row) > 1 and row[1] else []):
            forms.setdefault(short, dept)
    return forms


@lru_cache(maxsize=1)
def _place_bodies() -> dict[str, tuple[str, str]]:
    """Written form of a standing body named with its place alone (人大常委会, 政协) → the
    template of its canonical name and its type (``org_place_bodies.tsv``)."""
    return {form: (row[1], row[2]) for row in read_rows("org_place_bodies.tsv") for form in row[0].split(",")}


def _standing_committee(congress: str) -> str:
    """The standing committee a congress's working committees belong to: …人民代表大会 → …人民代表大会常务委员会."""
    return congress if congress.endswith(STANDING_COMMITTEE) else congress + STANDING_COMMITTEE


@lru_cache(maxsize=1)
def _congress_committee() -> re.Pattern:
    """A congress's committee written after its congress (``org_congress_committees.tsv``):
    市人大|法制|委员会 · 全国人大常委会|法|工委 · 省人大常委会|农牧|委."""
    stems = longest_first("org_congress_committees.tsv")
    return re.compile(f"^(?P<congress>.*?(?:人大常委会|人民代表大会常务委员会|人大|人民代表大会))"
                      f"(?P<stem>{'|'.join(stems)})(?P<ending>工作委员会|工委|委员会|委)$")


@lru_cache(maxsize=1)
def _bare_congress_committee() -> re.Pattern:
    """A congress's committee written without its congress, the standing committee's short name perhaps
    before it: 预算工作委员会 · 常委会|法制工作委员会 · 法制委员会."""
    stems = longest_first("org_congress_committees.tsv")
    return re.compile(f"^(?:{'|'.join(STANDING_COMMITTEE_SHORT)})?(?P<stem>{'|'.join(stems)})(?P<ending>工作委员会|工委|委员会)$")


def _publishers_congress_committee(committee: re.Match, ctx: ReportContext) -> ResolvedOrganization | None:
    """A committee written alone in a people's congress's own report (or in that of its standing committee
    or one of its committees) is that congress's: 预算工作委员会 in 江门市人民代表大会常务委员会's report →
    江门市人民代表大会常务委员会预算工作委员会, 法制委员会 → 江门市人民代表大会法制委员会. None in
    another body's report."""
    publisher = _publisher(ctx)
    at = publisher.name.find(CONGRESS) if publisher is not None and publisher.type == "legislature" else -1
    if at < 0 or publisher.place is None:
        return None
    return _committee_of_congress(publisher.name[:at + len(CONGRESS)], committee, publisher.place, ctx)


def _committee_of_congress(congress: str, committee: re.Match, place: Place | None, ctx: ReportContext,
                           national: bool = False) -> ResolvedOrganization:
    """The committee ``committee`` matched (its written ``stem`` and ``ending``) of the congress named
    ``congress``, named in full: a working committee (工作委员会, 工委) is the standing committee's, a
    special committee (委员会) the congress's."""
    working = committee["ending"] in ("工作委员会", "工委")
    owner = _standing_committee(congress) if working else congress
    name = f"{owner}{_congress_committee_stems()[committee['stem']]}{'工作委员会' if working else '委员会'}"
    return ResolvedOrganization(name, organization_key(name, place, ctx.doc_id, national), "legislature", place)


@lru_cache(maxsize=1)
def _congress_committee_stems() -> dict[str, str]:
    """Written stem of a congress's committee → its official stem (财经 → 财政经济)."""
    return {row[0]: (row[1] if len(row) > 1 and row[1] else row[0]) for row in read_rows("org_congress_committees.tsv")}


def _congress_committee_of(committee: re.Match, ctx: ReportContext, nearby: Place | None) -> ResolvedOrganization | None:
    """The committee of the congress it is written after, named in full: 市人大常委会预算工委 →
    淄博市人民代表大会常务委员会预算工作委员会; a working committee (工作委员会) is the standing
    committee's though the congress is written alone. None when the congress is no particular one."""
    congress = resolve_organization(committee["congress"], ctx, "legislature", nearby)
    national = congress.place is None and "#" not in congress.key
    if congress.type != "legislature" or not (congress.place is not None or national) \
            or not congress.name.endswith(("人民代表大会", STANDING_COMMITTEE)):
        return None
    return _committee_of_congress(congress.name, committee, congress.place, ctx, national)


@lru_cache(maxsize=1)
def _coordinated() -> dict[str, list[str]]:
    return {row[0]: row[1].split(",") for row in read_rows("org_coordinated.tsv")}


@lru_cache(maxsize=1)
def _head_types() -> list[tuple[str, str]]:
    rows = [(row[0], row[1]) for row in read_rows("org_heads.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _level_guards() -> list[tuple[str, str]]:
    """(level word, characters that may not follow it), longest first."""
    rows = [(row[0], row[1] if len(row) > 1 else "") for row in read_rows("org_level_words.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _place_forms() -> tuple[frozenset[str], int]:
    """Every written form of a division of two characters or more, and the longest one's length."""
    from fazhi.gazetteer.divisions import divisions

    forms = frozenset(f for f in divisions().all_forms() if len(f) >= 2)
    return forms, max(map(len, forms), default=0)


def _place_prefix(text: str, pos: int) -> str:
    """The longest division name that opens ``text[pos:]`` (重庆市合川区古楼镇 → 重庆市), or "".

    One set look-up per length, longest first: a regular expression trie of the thousands of
    names would take 0.3 s to compile, and names are looked up once per distinct mention.
    """
    forms, longest = _place_forms()
    for end in range(min(len(text), pos + longest), pos + 1, -1):
        if text[pos:end] in forms:
            return text[pos:end]
    return ""


@lru_cache(maxsize=1)
def _parent_prefix() -> re.Pattern:
    # longest first: 人民政府 before 政府, 党工委 before 委
    return re.compile(r"^(?:党工委|党委|委(?!员会)|人民政府|政府|行政公署|行署|高级人民法院|高级法院|高院|中级人民法院|中级法院|"
                      r"中院|人民法院|法院|人民检察院|检察院|司法局|公安局)")


# The heads of a leading group and its office, which a court or procuratorate sets up as any body does
LEADING_GROUP_HEADS = ("领导小组", "领导小组办公室")


def _court_of_level(place: Place) -> str:
    """The court a province or a city has, named after its level: 高级人民法院 · 中级人民法院."""
    return "高级人民法院" if place.level == "province" else "中级人民法院"


def _court_unit_type(body: str) -> str:
    """A court's or procuratorate's unit is of the judiciary (审判委员会 · 审判管理办公室), unless its head
    makes it a centre or a mediation body (诉调对接中心: institution)."""
    otype = _type_from_head(body)
    if body.endswith(LEADING_GROUP_HEADS):
        return otype  # (but its leading group is a committee like any body's: 省法院法治建设工作领导小组)
    return "judiciary" if otype in ("committee", "department", "other") else otype


def _type_from_head(body: str) -> str:
    for head, otype in _head_types():
        if body.endswith(head):
            return otype
    squad = SQUAD_OF_BODY.match(body)
    return _type_from_head(squad["owner"]) if squad is not None else "other"


# Bodies whose proper name opens with a place's short name that is not their jurisdiction:
# 新疆|生产建设兵团 (the 兵团 and its 师 and 团 are no divisions of the region)
PLACE_NAMED_BODIES = ("生产建设兵团",)
# The level words of townships: written where the report is no township's, they stand for every one
TOWNSHIP_LEVEL_WORDS = ("镇", "乡", "街道", "苏木")
# A street's office written by its level word alone (the level word is no level before 办 elsewhere: 街道办|…)
STREET_OFFICES = ("街道办事处", "街道办")


def _level_word(text: str) -> str | None:
    """The level word that opens ``text`` (县司法局 → 县), unless it is part of a word (市民)."""
    for level, after in _level_guards():
        if text.startswith(level) and len(text) > len(level) \
                and (text[len(level)] not in after or text.startswith(WORDS_AFTER_LEVEL, len(level))):
            return level
    return None


# A party body's standing committee, written after its name (纪委|常委会 · 纪律检查委员会|常务委员会|理论学习中心组)
PARTY_BODY_STANDING_COMMITTEE = re.compile(f"^(?P<body>.+?)(?:{'|'.join(STANDING_COMMITTEE_SHORT)})(?P<study>理论学习中心组)?$")


def _party_body_standing_committee(body: str, place_name: str) -> tuple[str, str] | None:
    """A party commission's own standing committee, and its study group (纪委常委会 · 纪律检查委员会常务委员会
    → 中共<place>纪律检查委员会常务委员会), or None."""
    standing = PARTY_BODY_STANDING_COMMITTEE.match(body)
    if standing is None or (commission := _departments().get(standing["body"])) is None or commission.form != "party":
        return None
    return f"{PARTY_PREFIX}{place_name}{commission.official}{STANDING_COMMITTEE}{standing['study'] or ''}", "party"


# A zone's working committee, written short
ZONE_COMMITTEE_SHORT = "工委"
# The ending of a national new area's name (河北雄安新区 · 兰州新区), whose committee goes by its full name
NEW_AREA = "新区"
# The ending of a prefecture's name (阿克苏地区), whose party committee is its 地委
PREFECTURE_ENDING = "地区"


def _party_organ(organ: str, place_name: str, keep_as_written: bool = False, zone: bool = False) -> tuple[str, str]:
    """Canonical name of a party committee or one of its organs (the part after 委). A development
    zone's committee is a working committee: 中共喀什经济开发区工作委员会|政法委员会."""
    committee = "工作委员会" if zone else "委员会"  # the committee itself
    short = "工作委员会" if zone else "委"  # the committee before one of its organs: 市委|办公室
    # (a prefecture's committee before its organs is its 地委: 中共阿克苏地委理论学习中心组, not 地区委)
    organ_place = place_name.removesuffix("区") if place_name.endswith(PREFECTURE_ENDING) and not zone else place_name
    if organ in ("", "员会"):
        return f"中共{place_name}{committee}", "party"
    if organ in ("常委会", "常务委员会", "员会常务委员会", "员会常委会"):
        return f"中共{place_name}{committee}常务委员会", "party"
    if organ in ("办", "办公室", "员会办公室"):
        return f"中共{organ_place}{short}办公室", "party"
    if organ in ("中心组", "理论学习中心组", "员会理论学习中心组"):
        return f"中共{organ_place}{short}理论学习中心组", "party"
    if organ.startswith("员会") and len(organ) > 3:
        # 中共某某旗委员会|全面依法治旗委员会 (as a title writes its issuer) is 中共某某旗委|全面依法治旗委员会
        return _party_organ(organ[2:], place_name, keep_as_written, zone)
    # (a development zone's working committee before its commission for the rule of law is written short, as a
    # county's 委 is: 中共襄阳高新技术产业开发区工委全面依法治区委员会办公室, as the gold of five sets names it; a
    # national new area's in full: 中共河北雄安新区工作委员会全面依法治区委员会, as four sets name it)
    ruling = ZONE_COMMITTEE_SHORT if zone and not place_name.endswith(NEW_AREA) else short
    group = RULE_OF_LAW_GROUP.match(organ)
    if group is not None:  # 湖州市全面依法治市委员会|执法协调小组: the party committee's commission's group
        return f"中共{organ_place}{ruling}全面依法治{group['level']}委员会{group['group']}", "party"
    rule_of_law = RULE_OF_LAW_BODY.match(organ)
    if rule_of_law:
        level = rule_of_law["level"]
        suffix = "委员会" if rule_of_law["rest"] in ("委员会", "委") else "委员会办公室"
        # an abbreviation gets the official name; a name written in full is kept as written
        full = "全面" if rule_of_law["full"] or not keep_as_written or rule_of_law["rest"] in ("办", "委办", "委") else ""
        return f"中共{organ_place}{ruling}{full}依法治{level}{suffix}", "party"
    if (standing := _party_body_standing_committee(organ, place_name)) is not None:
        return standing
    dept = _departments().get(organ)
    if dept is not None and dept.form == "organ":
        return f"中共{organ_place}{short}{dept.official}", dept.type
    if dept is not None and dept.form == "party":
        return f"中共{place_name}{dept.official}", "party"
    return f"中共{organ_place}{short}{organ}", "party"


def _government_body(rest: str, place: Place, written_parent: str) -> tuple[str, str]:
    """A body under a government (the part after 人民政府/政府): 办公室, 法制办, 党组 (and its
    理论学习中心组), 法律顾问团, under the government as the place has it (a league's 行政公署, a
    development zone's 管理委员会). ``written_parent`` is the government's word as written."""
    place_name = place.full_name
    government = government_of(place)
    if rest in ("", ):
        return government, "government"
    if rest in ("办", "办公室"):
        return f"{government}办公室", "department"
    if rest in ("办公厅",):
        return f"{government}办公厅", "department"
    if rest.startswith("党组"):  # the party group of the government, and its study group
        organ = "党组理论学习中心组" if rest == "党组中心组" else rest  # as 市委中心组 is 市委理论学习中心组
        return f"中共{government}{organ}", "party"
    dept = _departments().get(rest)
    if dept is not None and dept.form in ("government", "body"):
        return f"{government}{dept.official}", dept.type  # 自治区政府国资委
    otype = _type_from_head(rest)
    if otype in ("institution", "enterprise", "social"):
        # its own name, with the government's word as written: 孝义市政府研究和服务中心 ·
        # 县人民政府行政复议服务中心 → 攸县人民政府行政复议服务中心
        own = "人民政府" if written_parent == "人民政府" else "政府"
        return f"{place_name}{own}{rest}", otype
    return f"{government}{rest}", otype if otype != "government" else "department"


# The short name a development zone's body keeps as its own (a county's is named in full: 综合行政执法局)
ZONE_KEEPS_AS_WRITTEN = "综合执法局"


# The last year a rule-of-law office (依法治县办) written without its party committee was a leading
# group's: the party committees' 全面依法治X委员会 were set up from the end of 2018 on.
LAST_YEAR_OF_LEADING_GROUPS = 2018


def _body_name(parsed: ParsedName, place: Place, ctx: ReportContext) -> tuple[str, str]:
    """Canonical name and type of a body under a place: 司法局 → <place>司法局."""
    place_name = place.full_name
    # a party committee is named after the place, but a 兵团 division's after the division, not its city
    party_name = corps().party_name(place) or place_name
    body, parent = parsed.body, parsed.parent
    zone = is_functional_zone(place)
    if (parent == "党工委" and body == "") or (parent == "" and (body == "党工委" or (body == "工委" and zone))):
        # 街道党工委 · 区工委 of a zone or management area (屈原管理区): the party's working committee
        return f"中共{party_name}工作委员会", "party"
    if parent == "党工委" and body in ("中心组", "理论学习中心组"):
        return f"中共{place_name}工作委员会理论学习中心组", "party"
    if parsed.party and parent == "" and body.startswith("工作委员会") and (place.level == "town" or zone):
        # 中共递铺街道工作委员会, as a street's title writes it; 中共岳阳市屈原管理区工作委员会, a zone's
        return f"中共{place_name if place.level == 'town' else party_name}{body}", "party"
    if parent in ("委", "党委", "党工委"):
        return _party_organ(body, party_name, keep_as_written=parsed.explicit, zone=zone)
    if body in ("党委", "党工委", "委"):
        return _party_organ("", party_name, zone=zone)
    if parsed.party and parent == "":
        return _party_organ(body[1:] if body.startswith("委") else body, party_name, keep_as_written=parsed.explicit, zone=zone)
    if parent in ("人民政府", "政府", "行政公署", "行署"):  # 盟行署法制办: a league's government is its 行政公署
        return _government_body(body, place, parent)
    if parent == "人民法院":
        court = TOWN_COURT.match(body)
        if court:
            return f"{place_name}人民法院{court['stem']}人民法庭", "judiciary"
        standing = _place_bodies().get(parent + body)  # a unit every court has, typed in org_place_bodies.tsv
        if standing is not None:
            return standing[0].format(place=place_name, government=government_of(place)), standing[1]
        return f"{place_name}人民法院{body}", _court_unit_type(body)
    if parent in ("司法局", "公安局"):
        return f"{place_name}{parent}{_official_ending(body)}", "department"  # 公安局交警大队: …交通警察大队
    if parent in ("人民检察院", "中级人民法院", "高级人民法院"):  # 县检察院反贪局: …人民检察院反贪污贿赂局
        return f"{place_name}{parent}{_official_ending(body)}", _court_unit_type(body)
    rule_of_law = RULE_OF_LAW_BODY.match(body)
    if rule_of_law and rule_of_law["rest"] in ("办", "办公室") and ctx.year and ctx.year <= LAST_YEAR_OF_LEADING_GROUPS:
        # 县依法治县办 before the party's committees for the rule of law (2018-2019): the office of
        # the county's leading group (婺源县依法治县领导小组办公室, 2017)
        return f"{place_name}依法治{rule_of_law['level']}领导小组办公室", "committee"
    if body in ("编办", "编委办", "编委", "编委会") or rule_of_law or RULE_OF_LAW_GROUP.match(body):
        return _party_organ(body, party_name, zone=zone)
    if body in ("人大工委", "人大工作委员会", "人大", "人民代表大会") \
            and (working := _congress_working_committee(place, ctx)) is not None:
        return working, "legislature"  # a street, a league, a prefecture has no congress
    standing = _place_bodies().get(body)
    if standing is not None:
        template, otype = standing
        name = template.format(place=place_name, government=government_of(place))
        if place.level == "province" and name.startswith(place_name + "人民法院"):
            # a province's court is its 高级人民法院: 法院诉讼服务中心 in 甘肃省高级人民法院's report
            name = place_name + "高级" + name[len(place_name):]
        return name, otype
    committee = CPPCC_COMMITTEE.match(body)
    if committee is not None:  # 县政协社会和法制委员会: the conference's special committee
        return f"中国人民政治协商会议{place_name}委员会{committee['unit']}", "committee"
    if body in ("办", "办事处") and place.name.endswith("街道"):
        return f"{place_name}办事处", "government"  # 古南街道办: the street office
    if body in ("行署", "行政公署"):
        return government_of(place), "government"  # 盟行署: the league's administrative office
    branch = BUREAU_BRANCH.match(body)
    if branch is not None and (bureau := _departments().get(branch["bureau"])) is not None and bureau.form == "body":
        city = ctx.gazetteer.prefecture_of(place) if place.level == "county" else None
        if city is not None and branch["branch"].removesuffix("分局") in (place.name, ctx.gazetteer.short_name(place)):
            # a branch named by the report's county itself is its city's bureau's: 市生态环境局郸城分局 in
            # 郸城县's report is 周口市生态环境局郸城分局
            return f"{city.full_name}{bureau.official}{branch['branch']}", bureau.type
        return f"{place_name}{bureau.official}{branch['branch']}", bureau.type  # 市场监管局狮山分局
    if body.endswith("厅") and not body.endswith("办公厅") and body not in _departments():
        bureau = _departments().get(body[:-1] + "局")  # a province's 厅 is named as a city's 局: 人力资源社会保障厅
        if bureau is not None and bureau.form == "body" and bureau.official.endswith("局"):
            return f"{place_name}{bureau.official[:-1]}厅", bureau.type
    if (standing_committee := _party_body_standing_committee(body, party_name)) is not None:
        return standing_committee  # 县纪委常委会
    dept = _departments().get(body)
    if dept is not None:
        if dept.form in ("organ", "party"):
            return _party_organ(body, party_name, zone=zone)
        if dept.form == "government":  # 县政府法制办 · 盟行署法制办 (锡林郭勒盟行政公署法制办公室)
            return f"{government_of(place)}{dept.official}", dept.type
        if dept.form == "tax":  # the tax bureaus are the national administration's own since 2018
            return f"{TAX_ADMINISTRATION}{place_name}{dept.official}", dept.type
        if dept.form == "city_branch" or (dept.official == "公安局" and place.level == "county"):
            # a city district's police are a branch of the city's bureau, also when a report writes
            # 区公安局: 重庆市公安局开州区分局
            city = ctx.gazetteer.prefecture_of(place) if place.name.endswith("区") else None
            if city is not None:  # 武侯区公安分局 → 成都市公安局武侯区分局
                bureau = dept.official.removesuffix("分局").removesuffix("局") + "局"  # 公安分局 · 公安局 → 公安局
                own = ctx.publisher or ""
                if own.startswith(city.full_name + bureau) and own.endswith("分局") \
                        and place.name.removesuffix("区") in own[len(city.full_name + bureau):]:
                    return own, dept.type  # the reporting branch, named as it names itself: 无锡市公安局锡山分局
                # named as the city's police name their branches (西城分局, 合川区分局): most bureaus' branches
                # go by the district's short name too (佛山市自然资源局顺德分局 · 西安市生态环境局雁塔分局)
                return f"{city.full_name}{bureau}{_branch_district(place, city, ctx.gazetteer)}分局", dept.type
            county_city = ctx.gazetteer.prefecture_of(place) if dept.form == "city_branch" and place.level == "county" else None
            if county_city is not None and dept.official != "公安分局":
                # a county's environmental bureau became its city's branch (2019): 县生态环境分局 in 安吉县's
                # report is 湖州市生态环境局安吉分局, by the county's short name (6 of 9 in the mined gold)
                stem = ctx.gazetteer.short_name(place)
                bureau = dept.official.removesuffix("分局") + "局"
                return f"{county_city.full_name}{bureau}{stem if len(stem) >= 2 else place.name}分局", dept.type
        if place.level == "town" and dept.town_official:
            return f"{place_name}{dept.town_official}", dept.type
        if zone and body == ZONE_KEEPS_AS_WRITTEN:
            # a development zone's enforcement bureau keeps its name (11 of 16 in the mined gold: 苏州工业园区
            # 综合执法局); a county's or a city's is named in full (35 of 48)
            return f"{place_name}{body}", dept.type
        return f"{place_name}{dept.official}", dept.type
    official = _official_ending(body)
    otype = _type_from_head(official)  # as its head written out says: 扫黑办 → …领导小组办公室, a committee
    return f"{place_name}{official}", otype


@lru_cache(maxsize=1)
def _short_endings() -> tuple[tuple[str, str], ...]:
    """(abbreviated ending, official ending) of ``org_short_endings.tsv``, longest first."""
    return tuple(sorted(((row[0], row[1]) for row in read_rows("org_short_endings.tsv")), key=lambda r: -len(r[0])))


def _official_zone_name(written: str) -> str:
    """A zone's 管委会 written short, with its official ending (宝鸡高新区管委会 → 宝鸡高新技术产业开发区管理委员会);
    the kind alone (开发区管委会: which zone's, the text does not say) as written."""
    return written if ZONE.fullmatch(written) else _official_ending(written)


def _official_ending(body: str) -> str:
    """A body's name with an abbreviated ending written out: 行政服务中心管委会 → …管理委员会."""
    for short, official in _short_endings():
        if body.endswith(short):
            return body[: -len(short)] + official
    return body


@lru_cache(maxsize=1)
def _verbs_before_bodies() -> frozenset[str]:
    """The verbs after which a body's name begins (建设, 成立 …), some of them also townships' names
    elsewhere (建设镇)."""
    return frozenset(row[0] for row in read_rows("org_boundary_words.txt"))


@lru_cache(maxsize=1)
def _word_counties() -> frozenset[str]:
    """Counties whose name is also a common word (会同: together with; 同心, 和平)."""
    return read_words("org_word_counties.txt")


@lru_cache(maxsize=1)
def _nationalities() -> tuple[str, ...]:
    return tuple(read_words("nationalities.txt"))


def _in_xinjiang(ctx: ReportContext) -> bool:
    """Whether the report is of 新疆 (the 兵团's units' reports are: their chain ends in 新疆)."""
    return bool(ctx.chain) and ctx.chain[-1].code == XINJIANG_CODE


def _kind_of_body(written: str, otype: str, ctx: ReportContext) -> ResolvedOrganization:
    """A kind of body, not one body, kept as written (司法所 in a county's report: every township has one)."""
    return ResolvedOrganization(written, organization_key(written, None, ctx.doc_id), otype, None, particular=False)


def _township_stem(name: str) -> str:
    """The stem an office of a township is named by: 古楼镇 → 古楼, 云梯畲族乡 → 云梯 (an ethnic
    township's offices drop its nationalities and 民族: 宁国市司法局云梯司法所)."""
    stem = re.sub(f"(?:{TOWNSHIP_ENDING})$", "", name)
    while True:
        shorter = stem.removesuffix("民族") or stem  # (民族街道 is named for a street, no nationality)
        for nationality in _nationalities():
            if len(shorter) > len(nationality) + 1:
                shorter = shorter.removesuffix(nationality)
        if shorter == stem:
            return stem
        stem = shorter


def _congress_working_committee(place: Place, ctx: ReportContext) -> str | None:
    """The working committee the congress above keeps in a place that has no congress of its own:
    a street's, of its district's standing committee (佛山市顺德区人民代表大会常务委员会勒流街道工作委员会);
    a league's or prefecture's, of its province's (内蒙古自治区人民代表大会常务委员会锡林郭勒盟工作委员会)."""
    if place.level == "town" and place.name.endswith("街道"):
        above = ctx.gazetteer.by_code.get(place.parent_code or "")
        above = ctx.gazetteer.as_of(above, ctx.year) if above is not None else None
    elif place.level == "prefecture" and place.name.endswith(("盟", "地区")):
        above = ctx.gazetteer.province_of(place)
    else:
        return None  # (a county's or a town's congress is its own)
    if above is None:
        return None
    return f"{above.full_name}人民代表大会常务委员会{place.name}工作委员会"


def _township_office(body: str, place: Place, ctx: ReportContext) -> tuple[str, str] | None:
    """A township's court or county-department office: 古楼法庭, 司法所, 派出所 in a town report.

    Every township has them, so the name only says which when the report is a township's
    (or names the township): 司法所 of 古楼镇 is the 合川区 司法局's 古楼司法所.
    """
    if place.level == REGIMENT_LEVEL and body in TOWN_OFFICE_BODIES:
        # a regiment of the 兵团 keeps its own: 团司法所 is 新疆生产建设兵团第八师一五二团司法所
        return f"{place.full_name}{_official_ending(body)}", "department"
    town = place if place.level == "town" else None
    stem_written = None
    court = TOWN_COURT.match(body)
    office = TOWN_OFFICE.match(body)
    if court or office:
        stem_written = (court or office)["stem"]
        if town is None and ctx.town is not None and ctx.town.name.startswith(stem_written):
            town = ctx.town
        elif town is None:  # (under the county written, when one is: 石棉县|国土资源局蟹螺国土资源所)
            town = ctx.find_town_by_stem(stem_written, place if place.level == "county" else None)
    if town is None:
        return None
    county = ctx.gazetteer.by_code.get(town.parent_code or "")
    if county is None:
        return None
    county = ctx.gazetteer.as_of(county, ctx.year)  # 凤翔县司法局虢王司法所 in 2016, 凤翔区's since 2021
    stem = _township_stem(town.name)
    if stem_written and stem and stem_written != stem and not stem_written.endswith(TOWNSHIP_ENDINGS) \
            and (stem_written[0] == stem[0] or (office is not None and office["office"] == POLICE_STATION
                                               and STREET_NAME.fullmatch(stem_written) is not None)):
        # a station is named as written where that differs from its township's stem: 川沙法庭 of
        # 川沙新镇, 古城派出所 in 古陶镇, 玉林路派出所 in 玉林街道, 中山路派出所 anywhere (police stations
        # are not all named after their townships); a stem that opens otherwise and names no street
        # is no name (边境派出所, 马背法庭)
        stem = stem_written
    if body.endswith("法庭"):
        return f"{county.full_name}人民法院{stem}人民法庭", "judiciary"
    if body.endswith("司法所"):
        if is_functional_zone(county) and not _names_zone_bureau(ctx, county, "司法局"):
            # a zone has no 司法局 of its own unless its report names one: 郑州经济技术开发区明湖司法所,
            # but 西安高新技术产业开发区司法局丈八沟司法所 where 高新区司法局 is written
            return f"{county.full_name}{stem}司法所", "department"
        return f"{county.full_name}司法局{stem}司法所", "department"
    written = next((w for w in TOWN_OFFICE_BODIES if body.endswith(w)), POLICE_STATION)
    if written != POLICE_STATION:
        official, department = TOWN_OFFICE_NAMES[written]
        owner = f"{county.full_name}{department}"
        if (dept := _departments().get(department)) is not None and dept.form == "tax":
            owner = TAX_ADMINISTRATION + owner  # 织里税务分局: 国家税务总局湖州市吴兴区税务局织里税务分局
        return f"{owner}{stem}{official}", "department"
    city = ctx.gazetteer.prefecture_of(county)
    if county.name.endswith("区") and city is not None:
        police = f"{city.full_name}公安局{_branch_district(county, city, ctx.gazetteer)}分局"  # a city district's police is a branch
    else:
        police = f"{county.full_name}公安局"
    return f"{police}{stem}派出所", "department"


def _names_zone_bureau(ctx: ReportContext, zone: Place, bureau: str) -> bool:
    """Whether the report names the development zone's own ``bureau``: 高新区司法局 · 西安高新技术产业开发区司法局,
    or 司法局 and 区司法局 in the zone's own report."""
    own = zone in ctx.chain
    openers = (*ZONE_KIND_WORDS, zone.name)
    return any(name.endswith(bureau) and (name[:-len(bureau)].endswith(openers) or (own and name[:-len(bureau)] in ("", "区")))
               for name in ctx.written_organizations)


def _branch_district(district: Place, city: Place, gazetteer: Divisions) -> str:
    """How a city's police, and its other bureaus, name the branch of a district: by its short name
    (西城分局, 浦东分局), or by its full name in the cities of ``org_police_full_district.txt`` (合川区分局,
    宜昌市生态环境局夷陵区分局). A development zone's branch is named by the zone's name without its
    city's (郑州经济技术开发区 → 郑州市公安局经济技术开发区分局, 苏州工业园区 → 苏州市公安局工业园区分局):
    its 区 is no district's ending to drop."""
    if is_functional_zone(district):
        # (a zone the data names with its city's full name: 岳阳市屈原管理区 → 屈原管理区)
        own = district.name.removeprefix(city.name).removeprefix(gazetteer.short_name(city))
        return own if len(own) >= 3 else district.name
    if city.name in read_words("org_police_full_district.txt"):
        return district.name
    short = district.name.removesuffix("新区").removesuffix("区")
    return short if len(short) >= 2 else district.name  # (大同市城区: 城区分局)


def organization_key(name: str, place: Place | None, doc_id: str, national: bool = False) -> str:
    """Canonical identity; names with no known jurisdiction are scoped to their report.

    全面依法治市委员会 and 依法治市委员会 of one place are one body under two names.
    """
    norm = normalize_title(name).replace("全面依法治", "依法治")
    if national or place is not None:
        return "organization:" + norm
    return f"organization:{doc_id}#" + norm


# Conjunctions that also open a two-character county name (和县): after one, a level word
# continues the list (县委和县政府) unless the report is in that county's province.
CONJUNCTIONS = "和与及同并或"
# A body named with its village or community, which is a township's: 遇龙村|人民调解委员会 ·
# 城关社区|居民委员会 (a stem of two characters at least: 农村土地承包仲裁委员会 is a county's).
VILLAGE_BODY = re.compile("[\u3400-\u9fff]{2,6}?(?:村|社区)(?![民委务])")


def _opens_with_own_township(rest: str, ctx: ReportContext) -> bool:
    """Whether a name opens with a township of the report's county (湖南路街道 of 南京市鼓楼区) or
    with the stem of the report's own township (湖南路|派出所), whose first characters a place's
    name may be (湖南)."""
    town = TOWN.match(rest)
    if town is not None and ctx.find_town(town.group(0)) is not None:
        return True
    stem = _township_stem(ctx.town.name) if ctx.town is not None else ""
    return len(stem) >= 2 and rest.startswith(stem)


def _parse(text: str, ctx: ReportContext, nearby: Place | None) -> ParsedName:
    """Take a written name apart into party marker, jurisdiction, parent body and body."""
    if "街道工委" in text:
        text = text.replace("街道工委", "街道党工委")  # 工委: the street's party working committee, written short
    party = bool(PARTY_MARKER.match(text))
    rest = PARTY_MARKER.sub("", text)
    place: Place | None = None
    explicit = short = False
    forms: list[str] = []
    unit = corps().unit_at(rest, division=ctx.corps_division)
    named_unit = unit is not None and unit[1] < len(rest)
    if named_unit:  # a unit of the 兵团: 新疆生产建设兵团第八师石河子市|司法局 · 第八师一五二团|司法所
        place, rest, explicit = unit[0], rest[unit[1]:], True
    while not named_unit:  # a chain of division names: 重庆市|合川区 · 贵州|威宁
        pos = sum(map(len, forms))
        form = _place_prefix(rest, pos)
        if not form or pos + len(form) >= len(rest):
            break
        if form[-1] not in LEVEL_ENDINGS and rest.startswith(TOWNSHIP_ENDINGS + ROAD_ENDINGS, pos + len(form)):
            break  # the stem of a township's or a road's name: 玉林 in 玉林街道办事处 is not 玉林市, nor 湖北 in 湖北路派出所 湖北省
        if form[-1] not in LEVEL_ENDINGS and any(_is_department_name(rest[pos:pos + k]) for k in range(len(form) + 1, 9)):
            # the first word of a department's name: 公安 in 公安分局 · 无锡市|公安局锡山分局 · 江苏省|公安厅
            # (a province's department, 厅 for 局) is not 公安县
            break
        if rest.startswith(PLACE_NAMED_BODIES, pos + len(form)):
            break  # the first word of a body's proper name: 新疆 in 新疆生产建设兵团 is not the region
        if form[0] in TOWNSHIP_LEVEL_WORDS and form[-1] not in LEVEL_ENDINGS and _is_office_name(rest[pos + 1:]):
            break  # a township's office after its level word: 镇|安监办 is no 镇安县's 监办
        if _opens_with_own_township(rest[pos:], ctx):
            # 湖南路街道党工委 · 湖南路派出所 in 湖南路街道's report: 湖南 is no province there; nor is
            # 新都 (成都's district) in 康定市|新都桥镇人民政府
            break
        forms.append(form)
    if len(forms) == 1 and forms[0][:-1] in _word_counties() and ctx.chain:
        named = ctx.resolve_place_chain(forms)
        # (the report's city, else its province: a county's report names its city's counties, rarely another city's)
        scope = next((p for p in ctx.chain if p.level == "prefecture"), ctx.chain[-1])
        if named is not None and not ctx.gazetteer.is_within(named, scope):
            # 会同|县委政法委 in a 江苏 report, 会同|县卫生健康局 in 岳阳's 平江县: 会同 (together with) and the
            # report's own 县委
            rest, forms = rest[len(forms[0]) - 1:], []
    if forms:
        place = ctx.resolve_place_chain(forms)
        if place is not None and ctx.region is not None and place.code == ctx.region.code:
            place = ctx.region  # the report's own place, as the report names it (益阳高新技术产业开发区)
        if place is not None:
            rest = rest[sum(map(len, forms)):]
            explicit = True
            # a short name: 威宁, or a province's or city's written without 省 or 市 though it ends like
            # a level (贵州 · 广州, as in 广州知识产权法院)
            short = forms[-1][-1] not in LEVEL_ENDINGS or (place.level == "province" and forms[-1] != place.name) \
                or place.name == forms[-1] + "市"
        else:
            forms = []
            if rest[:1] in CONJUNCTIONS and _level_word(rest[1:]):
                rest = rest[1:]  # 县委和县政府: 和 joins two bodies (和县 is a county elsewhere)
    zone = _governing_zone(ctx) if place is None or (ctx.region is not None and place.code == ctx.region.parent_code) else None
    zone_word = _own_zone_word(rest, zone) if zone is not None else None
    if zone_word is not None:  # (西安)高新区政务服务中心 in the 西安高新技术产业开发区 report: the zone's own
        place, rest, explicit, short = zone, rest[len(zone_word):], place is not None, False
    elif place is None and rest in ZONE_GOVERNMENTS and ctx.region is not None and is_functional_zone(ctx.region):
        place = ctx.region  # 管委会 alone in a zone's report: its own
    town = TOWN.match(rest)
    if town and len(rest) > town.end():  # 古楼镇人民政府 · 合川区古楼镇人民政府
        found = ctx.find_town(town.group(0), place if place is not None and place.level == "county" else None)
        if found is not None:
            place, rest, explicit = found, rest[town.end():], True
        elif place is None and town.group(1) in _verbs_before_bodies():
            rest = rest[len(town.group(1)):]  # 试点|建设|镇综治中心: 建设镇 is no township of this county
    if place is None:
        own = SELF_REFERENCE.match(rest)
        level = _level_word(rest) or ("地" if rest.startswith(PREFECTURE_COMMITTEE) else None) \
            or ("街道" if rest in STREET_OFFICES else None)
        if own and len(rest) > own.end():
            if own.group(0) == "本级":
                place = ctx.region
            elif own["level"] and ctx.region is not None and not ctx.region.name.endswith(own["level"]):
                # 市级综治中心 is the city's own in a city's report; in a province's, every city's
                return ParsedName(party, None, False, False, "", rest[own.end():], kind_only=True)
            else:
                place = ctx.place_for_level(own["own"] or own["level"])
            if place is not None:
                rest = rest[own.end():]
        elif level:
            if nearby is not None and nearby.name.endswith(level) and len(level) == 1:
                place = nearby  # 吕梁市委、市政府: the 市 of the name before
            else:
                place = ctx.place_for_level(level)
            if place is not None:
                rest = rest[len(level):]
            elif level in TOWNSHIP_LEVEL_WORDS:
                # 镇政府 · 镇党委 in a report that is no township's: every township's, no particular body
                return ParsedName(party, None, False, False, "", rest, kind_only=True)
            else:
                return ParsedName(party, None, False, False, "", rest, foreign_level=True)
    parent = ""
    p = _parent_prefix().match(rest)
    if p and (len(rest) > p.end() or p.group() in ("委", "党委", "党工委")) and place is not None:
        parent, rest = p.group(), rest[p.end():]
        if parent in ("法院", "检察院"):
            parent = "人民" + parent  # 区法院|玉林法官工作站: the court's official name
            if parent == "人民法院" and not explicit and place.level in ("province", "prefecture"):
                # 省法院|执行局 · 市法院|立案庭: the court a level word names is the province's 高级人民法院,
                # the city's 中级人民法院 (as 省法院 alone is)
                parent = _court_of_level(place)
        elif parent in ("中院", "中级法院"):
            parent = "中级人民法院"  # 市中院|审判委员会
        elif parent in ("高院", "高级法院"):
            parent = "高级人民法院"  # 省高院|诉讼服务中心
    elif rest.startswith("党工委") and place is None and len(rest) > 3:
        parent, rest = rest[:3], rest[3:]  # 党工委理论学习中心组: the street's own working committee's
    elif rest.startswith(("党委", "党组")) and place is None and len(rest) > 2:
        parent, rest = rest[:2], rest[2:]  # 党委理论学习中心组: the report's own committee's
    return ParsedName(party, place, explicit, short, parent, rest)


# The kind of a development zone, by which its own report names it (zone_kinds.tsv): 高新区政务服务中心 ·
# 开发区商事调解中心
ZONE_KIND_WORDS = zone_kinds("opening")


def _governing_zone(ctx: ReportContext) -> Place | None:
    """The development zone the report is by, or whose street it is by (芳草街街道 of 成都高新技术产业开发区)."""
    own = ctx.chain[:2] if ctx.region is not None and ctx.region.level == "town" else ctx.chain[:1]
    return next((p for p in own if is_functional_zone(p)), None)


def governing_zone_government(ctx: ReportContext) -> ResolvedOrganization | None:
    """The 管委会 of the zone that governs the reporting street, which its report writes alone after
    the zone's 党工委 (在高新区党工委、管委会领导下); None in any other report (a zone's own report
    names its 管委会 as its publisher)."""
    zone = _governing_zone(ctx)
    if zone is None or zone is ctx.region:
        return None
    return resolved_government(zone, ctx.doc_id)


def _own_zone_word(rest: str, zone: Place) -> str | None:
    """The zone's kind opening a body's name in a development zone's own report or one of its
    streets' (``zone``, see ``_governing_zone``), when it is the kind of that zone (高新区 of
    西安高新技术产业开发区, 经开区 of 郑州经济技术开发区, 综保区 of 舟山港综合保税区)."""
    for k in range(2, len(zone.name) - 3) if zone.name.endswith(ZONE_KIND_WORDS) else ():
        # the zone's name without the place it is named after: 两江新区 of 重庆两江新区
        if rest.startswith(zone.name[k:]) and len(rest) > len(zone.name) - k + 1:
            return zone.name[k:]
    for word in ZONE_KIND_WORDS:
        if rest.startswith(word) and len(rest) > len(word) + 1:
            if word == "高新区":
                own = "高新" in zone.name
            elif word == "经开区":
                own = "经济" in zone.name and zone.name.endswith("开发区")
            elif word == "综保区":
                own = zone.name.endswith("综合保税区")
            else:
                own = zone.name.endswith(word)
            return word if own else None
    return None


# Heads of institutions whose names are their own, not a jurisdiction's: written without one, they
# stay as written (上梅暴动纪念馆, 华侨大学法学院, 龙门石窟研究院; 县博物馆 has its 县)
PROPER_NAME_HEADS = ("纪念馆", "博物馆", "陈列馆", "学院", "研究院", "大学")
# A mediation room named after the one who runs it, 老 and a surname or a calling (老杨调解中心, 老郑调解室,
# 老闫说和调解工作室, 老兵调解室): a name of its own, written without a place (26 of 38 in the mined gold)
PERSON_NAMED_BODY = re.compile(r"^老[\u4e00-\u9fff][\u4e00-\u9fff]{0,3}(?:调解|说事|说和|工作室)")
# A name that opens with the country's is a national body's, never the report's place's:
# 中国人民调解员协会 · 中华环保联合会 · 全国律协 (but not 中国（上海）自由贸易试验区, a zone)
NATIONAL_NAME_OPENING = re.compile(r"^(?:中国|中华|全国)(?![（(]|共产党|人民政治协商会议)")

# Bodies every jurisdiction has, which a report names without a place when it means its own.
_LOCAL_BODIES = frozenset({"法院", "人民法院", "检察院", "人民检察院", "人大", "人大常委会", "政协", "编办", "编委",
                           "编委会", "法制办", "党委", "党工委", "政府", "人民政府", "主席团", "常委会", "行署",
                           "行政公署", "人大工委"})


def _squads_department(body: str) -> str | None:
    """The department whose squad a body is (城管执法局|临汾中队 → 城管执法局), or None."""
    squad = SQUAD_OF_BODY.match(body)
    return squad["owner"] if squad is not None and squad["owner"] in _departments() else None


def _is_county_department(body: str) -> bool:
    """Bodies that exist from the county up, never in a township: departments (司法局,
    综合行政执法局) and their squads, courts, procuratorates, police sub-bureaus."""
    body = _squads_department(body) or body
    return body.endswith(("局", "分局", "法院", "检察院", "委员会")) \
        and not body.endswith(("人民代表大会常务委员会", "村民委员会", "居民委员会")) \
        and VILLAGE_BODY.match(body) is None  # a village's is the township's


def _is_department_name(body: str) -> bool:
    """Whether a name is a department's, as a city's (公安局) or a province's (公安厅, named as the
    city's 局): one that opens like a place (公安 is 公安县 too) is still the department."""
    departments = _departments()
    return body in departments or (body.endswith("厅") and body[:-1] + "局" in departments)


def _is_office_name(body: str) -> bool:
    """Whether a name is a department's or an office's written with an abbreviated ending (安监办 ·
    安监站), whatever place it would be read after."""
    return _is_department_name(body) or any(body == short for short, _ in _short_endings())


def _is_local_body(body: str, head_type: str | None) -> bool:
    """Whether a body written without a jurisdiction is one the report's own place has (法院, 司法局,
    劳动争议调解中心), not one with a name of its own (上梅暴动纪念馆)."""
    if body in _LOCAL_BODIES or body in _departments() or _squads_department(body):
        return True
    if NATIONAL_NAME_OPENING.match(body) or PERSON_NAMED_BODY.match(body):
        return False
    if body.endswith("厅") and len(body) >= 3:
        return True  # 自然资源厅, 司法厅: a province's department
    return (head_type or _type_from_head(body)) in ("institution", "other", "social", "committee") and len(body) >= 4 \
        and not body.endswith(PROPER_NAME_HEADS)


def resolve_organizations(written: str, ctx: ReportContext, head_type: str | None = None,
                          nearby: Place | None = None) -> list[ResolvedOrganization]:
    """The bodies a written name stands for: one, or several for 法检两院, 镇党委政府."""
    text = squeeze(written)
    memo_key = (text, head_type, nearby.code if nearby is not None else None)
    if memo_key not in ctx.memo:
        ctx.memo[memo_key] = _resolve_all(text, ctx, head_type, nearby)
    return ctx.memo[memo_key]


def _resolve_all(text: str, ctx: ReportContext, head_type: str | None, nearby: Place | None) -> list[ResolvedOrganization]:
    for form, parts in _coordinated().items():
        if text.endswith(form):
            prefix = text[: -len(form)]
            return [resolve_organization(prefix + part, ctx, None, nearby) for part in parts]
    resolved = resolve_organization(text, ctx, head_type, nearby)
    team = INSPECTION_TEAM.search(text)
    if team and resolved.place is None and text[:team.start()] in _national():
        # 中央依法治国办第五督察组 names the office as well as its team
        return [resolved, resolve_organization(text[:team.start()], ctx)]
    return [resolved]


# A discipline commission and the supervision commission it shares its office with, each with its
# place: 中共城固县纪委 城固县监委 (org_coordinated.tsv: 纪委监委 written once)
DISCIPLINE_AND_SUPERVISION = re.compile(r"^(?P<commission>.+?纪委)[、 ]?(?P<place>[\u3400-\u9fff]{2,12}?)监委$")
# The word that stands for a name a report keeps back: 某律师事务所 · 某公司
ANONYMISED = "某"
# Mediation committees of no one village (社区调委会, 部分村人民调解委员会, 全州调委会), where every
# village, community or unit has one (a town's own, 镇调委会, is one body)
GENERIC_MEDIATION = re.compile(r"^(?:全[省市县区州镇乡旗]|各|部分|所属|辖区)?(?:村|居|社区|村居)?(?:人民调解委员会|调委会)$")
# The national tax administration, whose name opens its local bureaus' since 2018 (国家税务总局山东省税务局)
TAX_ADMINISTRATION = "国家税务总局"
# A city tax bureau's inspection bureau, numbered: 第三稽查局 (a city's own is 稽查局, unnumbered)
NUMBERED_INSPECTION_BUREAU = re.compile(r"^第[一二三四五六七八九十]{1,2}稽查局$")
# A committee of the Communist Youth League, in full or short: 共青团浦江县委员会 · 共青团宾川县委 ·
# 团县委 · 团东台市委 · 县团委 · 宾居镇团委 (named 共青团<place>委员会: 共青团宾川县宾居镇委员会), or
# one of its units: 团县委|法治建设工作领导小组 · 团市委|常委会 · 共青团盐城市委员会|办公室
YOUTH_LEAGUE_NAME = re.compile(r"^(?:(?:中国共产主义青年团|共青团)(?P<place>.+?)委(?:员会)?"
                               r"|团(?P<level>[省市县区州旗])委|团(?P<named>[\u3400-\u9fff]{2,6}?[市县区州旗])委"
                               r"|(?P<level_first>[省市县区州旗])团委|(?P<town>.{2,4}[镇乡])团委)(?P<unit>.*)$")
# An arbitration commission's office in a county of its city (nlp's ARBITRATION_OFFICE_AFTER):
# 衡水仲裁委员会|武邑办事处 is the commission's office, no government's 办事处
ARBITRATION_OFFICE = re.compile(r"^(?P<commission>.{2,10}仲裁委员会).{2,5}(?:办事处|联络处|工作站|分会|仲裁服务站|仲裁服务点)$")
# A prison, a province's (its 监狱管理局 runs it) whatever city it stands in and is named after:
# 宿州监狱 in an 安徽 report is 安徽省宿州监狱, not a 宿州市 body · 江西省洪城监狱 · 省女子监狱
PRISON = re.compile(r"^(?:(?P<province>[\u3400-\u9fff]{2,7}?(?:省|自治区))|省)?(?P<prison>[\u3400-\u9fff]{2,8}监狱)$")
# What opens the name of every prison, no one prison's: 全国监狱 · 各监狱 · 中华人民共和国监狱(法)
EVERY_PRISON_OPENINGS = ("全", "各", "中华人民共和国")
# A customs office, named after its port (a city, a county-level city, a zone), which is no
# jurisdiction of it: 郑州海关 is no 郑州市 body, 西永海关 no place's · 中华人民共和国赣州海关
CUSTOMS_OFFICE = re.compile(r"^(?:中华人民共和国)?[\u3400-\u9fff]{2,8}海关$")


def resolve_organization(written: str, ctx: ReportContext, head_type: str | None = None,
                         nearby: Place | None = None, *, internal_units: bool = True) -> ResolvedOrganization:
    """The canonical organization a written name stands for in this report.

    ``head_type`` is the type the recogniser read from the head noun; ``nearby`` the place of
    the name written just before, in a list (吕梁市委、市政府: 市 is 吕梁市). ``internal_units=False``
    reads a name like 综合执法大队 as any name, not as a unit of the reporting body.
    """
    text = squeeze(written)
    paired = DISCIPLINE_AND_SUPERVISION.match(text)
    if paired is not None and ctx.gazetteer.places_named(paired["place"]):
        # 中共城固县纪委 城固县监委 (a report's publisher): one office under two names, named as the party's
        # commission, as 纪委监委 written once is (org_coordinated.tsv)
        return resolve_organization(paired["commission"], ctx, head_type, nearby)
    if ANONYMISED in text or GENERIC_MEDIATION.match(text):  # 江西某律师事务所 · 社区调委会: no one body
        return _kind_of_body(text, head_type or "other", ctx)
    league = YOUTH_LEAGUE_NAME.match(text)
    if league is not None and (committee := _youth_league_committee(league, ctx)) is not None:
        return committee
    arbitration = ARBITRATION_OFFICE.match(text)
    if arbitration is not None:
        # named after its commission as the commission is named, and of the commission's type
        commission = resolve_organization(arbitration["commission"], ctx)
        name = commission.name + text[arbitration.end("commission"):]
        return ResolvedOrganization(name, organization_key(name, commission.place, ctx.doc_id), commission.type, commission.place)
    prison = PRISON.match(text)
    if prison is not None and (province := _province_of_prison(prison, ctx)) is not None:
        name = province.full_name + prison["prison"]
        return ResolvedOrganization(name, organization_key(name, province, ctx.doc_id), "department", province)
    division = ctx.corps_division
    if division is None and REGIMENT.match(text):
        # a regiment written alone, in a report of no division of the 兵团: whose is not known (or a
        # number and 团 are another word there)
        return _kind_of_body(text, head_type or "other", ctx)
    unit = corps().unit_at(text, division=division)
    if unit is not None and unit[1] == len(text):  # a unit of the 兵团 as a body: 第八师一二一团 · 第八师
        if "兵团" not in text and not _in_xinjiang(ctx):
            # 第一师 alone outside 新疆's reports: some other first division (of an army, in history)
            return _kind_of_body(text, head_type or "other", ctx)
        name = corps().body_name(unit[0])
        return ResolvedOrganization(name, organization_key(name, unit[0], ctx.doc_id), "government", unit[0])
    court = corps().reclamation_area_court(text)
    if court is not None and _in_xinjiang(ctx):
        # (a 垦区 of 黑龙江's state farms has courts of its own names)
        return ResolvedOrganization(court, organization_key(court, corps().place, ctx.doc_id), "judiciary", corps().place)
    if CUSTOMS_OFFICE.match(text):  # kept as written, one office wherever a report names it
        return ResolvedOrganization(text, organization_key(text, None, ctx.doc_id, True), "department", None)
    if _is_tail_of_publisher(text, ctx) and (publisher := _publisher(ctx)) is not None:
        return publisher
    national = _national()
    if text in national:
        canonical, otype = national[text]
        return ResolvedOrganization(canonical, organization_key(canonical, None, ctx.doc_id, True), otype, None)
    # a national body's inspection team: the body is what stands before the team's number
    national_team = INSPECTION_TEAM.search(text) if text.endswith("督察组") else None
    if national_team is not None and len(form := text[:national_team.start()]) >= 3 and form in national:
        canonical, otype = national[form]
        name = canonical + national_team.group()
        return ResolvedOrganization(name, organization_key(name, None, ctx.doc_id, True), otype, None)
    street_office = STREET_OFFICE_OF_GOVERNMENT.match(text)
    if street_office is not None:
        return resolve_organization(street_office["district"] + street_office["street"], ctx, head_type, nearby)
    team = OFFICE_INSPECTION_TEAM.search(text)
    if team is not None and team.start() >= 3:
        office = resolve_organization(text[:team.start()], ctx, None, nearby)
        if office.place is not None and office.type == "party":
            # the team of the office, named after its full name: 中共云南省委全面依法治省委员会办公室第三督察组
            name = office.name + team.group()
            return ResolvedOrganization(name, organization_key(name, office.place, ctx.doc_id), "party", office.place)
    if text.startswith(TAX_ADMINISTRATION) and len(text) > len(TAX_ADMINISTRATION) + 2:
        # 国家税务总局山东省税务局: the place's tax bureau, which the name of its place resolves
        local = resolve_organization(text[len(TAX_ADMINISTRATION):], ctx, head_type, nearby)
        if local.place is not None and local.name.startswith(TAX_ADMINISTRATION):
            return local
    office = _national_office(text, ctx)
    if office is not None:
        return office
    for form, parts in _coordinated().items():
        if text.endswith(form):  # 信丰县纪委监委 (a title's publisher): 信丰县纪委, as a list reads it
            return resolve_organization(text[:-len(form)] + parts[0], ctx, None, nearby)
    cppcc = CPPCC_FULL_NAME.match(text)
    if cppcc is not None:  # written in full, read as its short form: 常州市武进区|政协
        return resolve_organization(f"{cppcc['place']}政协{cppcc['rest']}", ctx, head_type, nearby)
    unit = OWN_UNIT_NAME.match(text)
    if unit is not None and (resolved := _own_unit(unit, ctx, head_type)) is not None:
        return resolved
    working = CONGRESS_WORKING_COMMITTEE.match(text)
    if working is not None:
        congress = resolve_organization(working["congress"], ctx, "legislature", nearby)
        if congress.type == "legislature" and congress.place is not None:
            name = f"{_standing_committee(congress.name)}{working['town']}工作委员会"  # 佛山市顺德区人民代表大会常务委员会勒流街道工作委员会
            return ResolvedOrganization(name, organization_key(name, congress.place, ctx.doc_id), "legislature",
                                        congress.place)
    committee = _congress_committee().match(text)
    if committee is not None and (resolved := _congress_committee_of(committee, ctx, nearby)) is not None:
        return resolved
    bare_committee = _bare_congress_committee().match(text)
    if bare_committee is not None:
        resolved = _publishers_congress_committee(bare_committee, ctx)
        if resolved is not None:
            return resolved
        if _internal_unit_owners(text) is None:  # (民族宗教委员会 is also a political consultative conference's)
            return _kind_of_body(text, "legislature", ctx)
    section = SECTION_NAME.match(text)
    if section is not None:
        return _publishers_section(section["unit"], ctx)
    owners = _internal_unit_owners(text)
    if owners is not None and internal_units:
        unit = _publishers_internal_unit(text, owners, ctx)
        if unit is None:  # a brigade in a report not a police bureau's: a name like any (综合|执法大队), or none
            named = resolve_organization(text, ctx, head_type, nearby, internal_units=False)
            cored_head = any(text.endswith(head) and len(text) > len(head) for head, _ in _head_types())
            # (in another department's report, a brigade alone is one of its own, named otherwise: none)
            placed = named.place is not None and cored_head and not _publisher_is_department(ctx)
            unit = named if placed else replace(named, particular=False)
        return unit
    department_unit = DEPARTMENT_UNIT_NAME.match(text)
    if department_unit is not None and (resolved := _department_unit(department_unit, ctx, nearby)) is not None:
        return resolved
    level_and_head = LEVEL_AND_HEAD.match(text)
    if level_and_head is not None and (resolved := _publishers_kind(level_and_head, ctx)) is not None:
        return resolved
    level_head_unit = LEVEL_HEAD_AND_UNIT.match(text)
    if level_head_unit is not None and (bureau := _publishers_kind(level_head_unit, ctx)) is not None \
            and bureau.place is not None:
        return _unit_of(bureau, level_head_unit["unit"], ctx)
    branch_unit = BRANCH_AND_UNIT.match(text)
    if branch_unit is not None and (branch := COUNTY_BRANCH.match(branch_unit["branch"])) is not None \
            and (owner := _publishers_branch(branch, ctx)) is not None:
        # a unit of the reporting bureau's branch: 宜昌市公安局西陵区分局|执法办案管理中心
        return part_of(owner, branch_unit["unit"], ctx, head_type or _type_from_head(branch_unit["unit"]))
    branch = COUNTY_BRANCH.match(text) if text not in _departments() else None  # (公安分局: 公安 is also a county)
    if branch is not None:
        resolved = _publishers_branch(branch, ctx)
        if resolved is not None:
            return resolved
        if any(p.level == "county" for p in ctx.gazetteer.places_named(branch["place"])):
            # whose bureau's branch is not said (公安, 市场监管 …): no body to name
            return _kind_of_body(text, "department", ctx)
    party_group = DEPARTMENT_PARTY.match(text)
    if party_group is not None and (resolved := _department_party(party_group, ctx, nearby)) is not None:
        return resolved
    if ORGANS_GROUP.match(text) and (publisher := _publisher(ctx)) is not None and publisher.type != "government" \
            and publisher.place is not None:
        # 机关法治建设领导小组 alone: the reporting body's organ's (洛阳市工商业联合会机关法治建设领导小组)
        return part_of(publisher, text, ctx, "committee")
    parsed = _parse(text, ctx, nearby)
    if parsed.kind_only:
        return _kind_of_body(text, head_type or "other", ctx)
    body = QUANTIFIER.sub("", parsed.body)
    if head_type == "legislature" and parsed.parent == "" and body == "常委会":
        body = "人大常委会"  # 人大及其常委会
    parsed = replace(parsed, body=body)
    place = parsed.place
    if place is None and not parsed.parent:
        rule_of_law = RULE_OF_LAW_BODY.match(body)
        if rule_of_law:  # 依法治市办: the level inside the name says whose
            place = ctx.place_for_level(rule_of_law["level"])
    township = None
    if (place or ctx.region) is not None and not parsed.parent:
        bureau_and_office = BUREAU_AND_TOWN_OFFICE.match(parsed.body)
        if bureau_and_office is not None:
            # 区工商局|小溪塔工商所: the office's own name, after its department as the office names it
            township = _township_office(bureau_and_office["office"], place or ctx.region, ctx)
        if township is None and (TOWN_COURT.match(parsed.body) or TOWN_OFFICE.match(parsed.body)
                                 or parsed.body in TOWN_OFFICE_BODIES + TOWN_COURT_BODIES):
            township = _township_office(parsed.body, place or ctx.region, ctx)
    if township is not None:
        name, otype = township
        town = place or ctx.region
        return ResolvedOrganization(name, organization_key(name, town, ctx.doc_id), otype, town)
    if parsed.body in TOWNS_OWN_OFFICES and not parsed.parent and place is None and ctx.town is not None:
        place = ctx.town  # 财政所 · 卫生院 written alone in a township's report: the township's own
    town_place = place is not None and place.level == "town"
    # (a bureau's branch is a township's only under one: 区市场监管分局, or 工商分局 alone in a district's
    # report, is the district's)
    district_branch = TOWN_OFFICE_NAMES.get(parsed.body, ("",))[0] == BRANCH and not town_place \
        and (place is not None or ctx.town is None)
    if (parsed.body in TOWN_OFFICE_BODIES + TOWN_COURT_BODIES + ("税务所",) and not district_branch) \
            or (parsed.body in TOWNS_OWN_OFFICES and not town_place):
        # every township has one: in a report that is no township's, no particular body (镇财政所 in a
        # town's own report is the town's: 光山县槐店乡财政所)
        return _kind_of_body(text, head_type or "department", ctx)
    if place is None and not parsed.parent and body in POLICE_FACILITIES:
        publisher = _publisher(ctx)
        if publisher is not None and publisher.place is not None and "公安" in publisher.name \
                and publisher.name.endswith(("局", "分局")):
            return _unit_of(publisher, body, ctx, head_type)  # 杭州市公安局萧山区分局|执法办案管理中心
        return _kind_of_body(text, head_type or "institution", ctx)
    # a 党工委 alone is a street's or a zone's, in its own report (a county or city has a 委员会)
    working_committee = parsed.parent == "党工委" or body == "党工委"
    own_working_committee = ctx.region is not None and (ctx.region.name.endswith("街道") or is_functional_zone(ctx.region))
    if place is None and not parsed.foreign_level and (not working_committee or own_working_committee) \
            and (parsed.parent in ("党委", "党组", "党工委") or _is_local_body(body, head_type)) \
            and not (parsed.parent == "" and _place_prefix(body, 0) and not _is_department_name(body)):
        # (a body named after a place the report's hierarchy does not hold is no body of the report's
        # own: 清远仲裁委员会 in a 麻城 report stays as written)
        place = ctx.region  # 法院, 司法局, 人大, 劳动争议调解中心 alone: the report's own
        if place is not None and place.level == "town" and _is_county_department(body):
            # a township has no 局 or 法院 of its own: in a township's report they are its county's
            place = ctx.county
        if place is not None and body.endswith("厅") and not body.endswith("办公厅") and ctx.chain:
            place = ctx.chain[-1]  # 自然资源厅: departments called 厅 are a province's
        if parsed.parent in ("党委", "党组"):
            parsed = replace(parsed, party=True, place=place, parent="委" if parsed.parent == "党委" else "")
    if place is None:
        otype = "party" if parsed.party or parsed.parent in ("委", "党委") else (head_type or _type_from_head(body))
        if body in _departments():
            otype = _departments()[body].type
        national = NATIONAL_NAME_OPENING.match(body) is not None and not parsed.party  # one body in every report
        name = _official_zone_name(text) if ZONE.search(body) else text  # (汉中经济技术开发区管委会: …管理委员会)
        return ResolvedOrganization(name, organization_key(name, None, ctx.doc_id, national), otype, None)
    if (parsed.short_place or ZONE.search(body)) and not parsed.parent and (_type_from_head(body) in (
            "institution", "enterprise", "social", "other", "government") or body.endswith(SPECIALIZED_COURTS)
            or body.endswith(NAMED_BY_THEIR_CHARGE)) \
            and body not in _LOCAL_BODIES and body not in _departments():
        # 合川电视台, 贵州威宁经济开发区: a proper name that carries a place; kept as written, a zone's
        # 管委会 with its official ending (宝鸡高新区管委会 → 宝鸡高新技术产业开发区管理委员会)
        zone = ZONE.search(body) is not None
        name = _official_zone_name(text) if zone else text
        # (a zone's 管理局 is an institution that runs it, its 管委会 its government)
        governs = zone and not body.endswith(ZONE_ADMINISTRATION)
        return ResolvedOrganization(name, organization_key(name, place, ctx.doc_id),
                                    "government" if governs else _type_from_head(body), place)
    if body in BARE_COURTS and not parsed.parent and place.level in ("province", "prefecture"):
        if LEVEL_COURT.fullmatch(text):
            name = place.full_name + _court_of_level(place)
            return ResolvedOrganization(name, organization_key(name, place, ctx.doc_id), "judiciary", place)
        # a province's court is its 高级人民法院, a city's its 中级人民法院: 支持法院依法受理行政案件 in
        # their reports speaks of the courts, no one court (no gold file names a 省人民法院)
        return _kind_of_body(text, "judiciary", ctx)
    if COORDINATION_GROUP.fullmatch(body) and not parsed.parent and not parsed.party \
            and place.name[-1] in RULE_OF_LAW_LEVELS and place.level != "town":
        # 江阴市|司法协调小组: one of the four groups of the place's party committee's 全面依法治市委员会
        name, otype = _party_organ(f"全面依法治{place.name[-1]}委员会{body}", place.full_name)
        return ResolvedOrganization(name, organization_key(name, place, ctx.doc_id), otype, place)
    name, otype = _body_name(replace(parsed, place=place), place, ctx)
    return ResolvedOrganization(name, organization_key(name, place, ctx.doc_id), otype, place)


def _province_of_prison(match: re.Match, ctx: ReportContext) -> Place | None:
    """The province a prison's name gives, else the report's; None for a name whose core is a
    province's or the country's (安徽监狱, 全国监狱: the province's prisons, every prison)."""
    core = match["prison"][:-2]
    if core.startswith(EVERY_PRISON_OPENINGS) or any(
            p.level == "province" for p in ctx.gazetteer.places_named(core)):
        return None
    if match["province"]:
        return next((p for p in ctx.gazetteer.places_named(match["province"]) if p.level == "province"), None)
    return next((p for p in ctx.chain if p.level == "province"), None)


def _youth_league_committee(match: re.Match, ctx: ReportContext) -> ResolvedOrganization | None:
    """The Youth League's committee of the place a name gives (共青团金华市委员会), of the report's
    place of a level (团县委), or of a township of the report's county (宾居镇团委)."""
    if match["place"] or match["named"]:
        written = match["place"] or match["named"]
        place = ctx.resolve_place_name(written) or ctx.find_town(written)
    elif match["town"]:
        place = ctx.find_town(match["town"])
    else:
        place = ctx.place_for_level(match["level"] or match["level_first"])
    if place is None:
        return None
    name = f"共青团{place.full_name}委员会"
    otype = "social"
    short_standing, standing = STANDING_COMMITTEE_SHORT
    if unit := match["unit"]:
        # the committee's own unit (常委会, 办公室, 学校部) is of its type; a group it sets up, of a
        # committee's (法治建设工作领导小组); its party group the party's (中共共青团天水市委员会党组)
        unit = standing if unit == short_standing else unit
        name += unit
        if unit.startswith(PARTY_GROUP):
            name, otype = PARTY_PREFIX + name, "party"
        elif unit != standing and _type_from_head(unit) == "committee":
            otype = "committee"
    return ResolvedOrganization(name, organization_key(name, place, ctx.doc_id), otype, place)


@lru_cache(maxsize=1)
def _national_offices() -> tuple[tuple[tuple[str, str, tuple[str, ...]], ...], dict[str, ShortOfficeHead]]:
    """``org_national_branches.tsv``: (written form of an administration, its name, its offices'
    heads), longest form first, and the short heads of its offices."""
    national = _national()
    full: list[tuple[str, str, tuple[str, ...]]] = []
    short: dict[str, ShortOfficeHead] = {}
    for administration in national_administrations():
        name = administration.name
        forms = [form for form, (canonical, _) in national.items() if canonical == name] or [name]
        full += [(form, name, administration.office_heads) for form in forms]
        short.update(administration.short_heads)
    return tuple(sorted(full, key=lambda f: -len(f[0]))), short


def _national_office(text: str, ctx: ReportContext) -> ResolvedOrganization | None:
    """A national administration's local office, named after it and the office's place: written in
    full (中国银保监会德宏监管分局 → 中国银行保险监督管理委员会德宏监管分局), or after its place alone
    (长兴金融监管支局 · 县金融监管支局 in the 长兴县 report → 国家金融监督管理总局长兴监管支局)."""
    full, short = _national_offices()
    for form, administration, heads in full:
        if text.startswith(form) and (head := next((h for h in heads if text.endswith(h)), None)) is not None \
                and len(text) - len(form) - len(head) >= 2:
            name = administration + text[len(form):]
            place = ctx.resolve_place_name(text[len(form):-len(head)])
            return ResolvedOrganization(name, organization_key(name, None, ctx.doc_id, True), "department", place)
    for written, office in short.items():
        if not text.endswith(written) or len(text) == len(written):
            continue
        place_text = text[:-len(written)]
        if office.after_short_name_only and not ctx.gazetteer.is_bare_short(place_text):
            return None  # 县金融监管局: the county's own bureau
        place = ctx.place_for_level(place_text) if len(place_text) == 1 else ctx.resolve_place_name(place_text)
        if place is not None:
            short_name = ctx.gazetteer.short_name(place)
        elif ctx.gazetteer.is_bare_short(place_text):
            short_name = place_text  # 德宏 in a report of another province: the office's own name for it
        else:
            return None
        name = office.administration + short_name + office.head
        return ResolvedOrganization(name, organization_key(name, None, ctx.doc_id, True), "department", place)
    return None


def _department_party(match: re.Match, ctx: ReportContext, nearby: Place | None) -> ResolvedOrganization | None:
    """The party group or committee of a department (中共洛阳市生态环境局党组, 中共…局委员会理论学习中心组),
    or None when the name before 党组 is no department: a government's party group (政府党组) is
    named by ``_government_body``, a party committee has none."""
    # (the group's name written in full opens with the party's: 中共|洛阳市生态环境局|党组)
    department = PARTY_MARKER.sub("", match["department"])
    if not department:
        return _publishers_study_group(match, ctx)
    own = department in ("分局", "局", "厅", "委", "办", "院", "所", STANDING_COMMITTEE_SHORT[0], "办公室")
    if own:  # 局党组 · 院党组 · 所党委 · 常委会党组 · 办公室党组: the reporting body's own (named as the report names itself)
        owner = _publisher_named(ctx, OWNER_NAME_ENDINGS.get(department, department))
        if owner is None:
            return None
    else:
        owner = resolve_organization(department, ctx, None, nearby)
    standing = department.endswith(("政协", STANDING_COMMITTEE_SHORT[0]))  # 县政协党组 · 市人大常委会党组理论学习中心组
    if (owner.type not in ("department", "committee", "institution", "judiciary", "social") and not standing) \
            or (owner.place is None and not own) or owner.name.startswith("中共"):
        return None
    return _party_body_of(owner, match, ctx)


def _publishers_study_group(match: re.Match, ctx: ReportContext) -> ResolvedOrganization | None:
    """党组理论学习中心组 written alone: the reporting department's, court's or people's organization's (a
    government's 党组 its government's);
    None for 党委 or 党组 alone and for a township's 党委 (read as other names are: its party committee's)."""
    if not match["study"]:
        return None
    owner = _publisher(ctx)
    if match["organ"] == "党委" and (owner is None or owner.type != "department"):
        return None
    # (a people's congress's standing committee has one, and a political consultative conference's)
    standing = owner is not None and (owner.type == "legislature" or CPPCC_FULL_NAME.match(owner.name) is not None)
    if owner is None or (owner.type not in ("department", "government", "judiciary", "social") and not standing) \
            or owner.place is None:
        return _kind_of_body(match[0], "party", ctx)
    return _party_body_of(owner, match, ctx)


def _party_body_of(owner: ResolvedOrganization, match: re.Match, ctx: ReportContext) -> ResolvedOrganization:
    """The party group (党组) or committee (党委) of a body, or its study group: 中共<owner>党组理论学习中心组."""
    organ = "党组" if match["organ"] == "党组" else "委员会"
    name = f"中共{owner.name}{organ}" + ("理论学习中心组" if match["study"] else "")
    return ResolvedOrganization(name, organization_key(name, owner.place, ctx.doc_id), "party", owner.place)


def _publishers_section(unit: str, ctx: ReportContext) -> ResolvedOrganization:
    """A section written alone (政策法规股 · 公诉科): the reporting department's or procuratorate's in its own
    report, of its type; in any other report no particular body (every department has one of that name)."""
    publisher = _publisher(ctx)
    if publisher is None or not _owns_unit(publisher, SECTION_OWNERS) or publisher.place is None:
        return _kind_of_body(unit, "department", ctx)
    return part_of(publisher, unit, ctx)


@lru_cache(maxsize=1)
def _internal_unit_heads() -> dict[str, tuple[tuple[str, ...], int, int]]:
    """org_internal_units.tsv: head → (the publisher types that have such a unit, shortest and longest core),
    longest head first."""
    rows = sorted(read_rows("org_internal_units.tsv"), key=lambda row: -len(row[0]))
    return {row[0]: (tuple(row[1].split(",")), int(row[2]), int(row[3])) for row in rows}


# Characters an internal unit's own name never holds: those of a body's or a place's name (县水政监察|大队
# is a county's brigade, not the reporting bureau's unit); the recogniser's SECTION_CORE_NOT, which
# resolve may not import
INTERNAL_UNIT_CORE_NOT = "局厅委府院办省市县区镇乡村和"


def _internal_unit_owners(text: str) -> tuple[str, ...] | None:
    """The publishers whose internal unit ``text`` names (刑事审判庭: a court's; 法制大队: a police bureau's),
    as org_internal_units.tsv writes them, or None when it names none."""
    for head, (owners, low, high) in _internal_unit_heads().items():
        core = text[:-len(head)]
        if text.endswith(head) and low <= len(core) <= high and not any(ch in INTERNAL_UNIT_CORE_NOT for ch in core):
            return owners
    return None


def _publisher_is_department(ctx: ReportContext) -> bool:
    """Whether the reporting body is a government department (a bureau, a commission)."""
    publisher = _publisher(ctx)
    return publisher is not None and publisher.type == "department"


def _owns_unit(publisher: ResolvedOrganization, owners: tuple[str, ...]) -> bool:
    """Whether the publisher is one of ``owners``: a type (judiciary), or a type and a word its name holds
    (department@公安局)."""
    for owner in owners:
        otype, _, word = owner.partition("@")
        if publisher.type == otype and word in publisher.name:
            return True
    return False


def _publishers_internal_unit(unit: str, owners: tuple[str, ...], ctx: ReportContext) -> ResolvedOrganization | None:
    """An internal unit written alone (立案庭 · 第一检察部 · 法律工作部): the reporting body's in its own
    report, of its type. In another body's report a unit only courts and people's bodies have is no
    particular body; for a brigade, which governments' bodies have too (综合执法大队), None."""
    publisher = _publisher(ctx)
    if publisher is None or publisher.place is None or not _owns_unit(publisher, owners):
        if any(owner.startswith("department") for owner in owners):
            return None
        return _kind_of_body(unit, "other", ctx)
    if NUMBERED_INSPECTION_BUREAU.match(unit) and publisher.name.startswith(TAX_ADMINISTRATION) \
            and publisher.place.level == "county" and (city := ctx.gazetteer.prefecture_of(publisher.place)) is not None:
        # a county bureau has no inspection bureaus of its own: a numbered one is its city's, which
        # inspects the county (国家税务总局潍坊市税务局第三稽查局 in 临朐县税务局's report)
        city_bureau = f"{TAX_ADMINISTRATION}{city.full_name}税务局"
        return ResolvedOrganization(city_bureau + unit, organization_key(city_bureau + unit, city, ctx.doc_id), "department", city)
    if publisher.type == "department":  # a police bureau's 交警支队: …公安局交通警察支队
        return _unit_of(publisher, unit, ctx)
    # (a body of no particular type has units of their own: a conference's 提案委员会 is a committee)
    otype = _type_from_head(unit) if publisher.type == "other" else None
    return part_of(publisher, _official_ending(unit), ctx, otype)  # 审委会: …人民法院审判委员会


def _department_unit(match: re.Match, ctx: ReportContext, nearby: Place | None) -> ResolvedOrganization | None:
    """A unit named after its department (定西市安定区水利局依法行政工作领导小组 for 区水利局|依法行政工作领导小组),
    or None when the name before the unit is no department's (县委|办公室 is the party's office)."""
    owner = resolve_organization(match["department"], ctx, None, nearby)
    conference = CPPCC_FULL_NAME.match(owner.name) is not None
    if (owner.type not in ("department", "social") and not conference) or owner.place is None:
        return None
    if conference:  # a conference's offices and groups are committees (政协办: seed 002)
        return _unit_of(owner, match["unit"], ctx, "committee")
    if owner.type == "social":
        # a people's organization's own units are of its type, a group it sets up a committee
        head_type = _type_from_head(match["unit"])
        return _unit_of(owner, match["unit"], ctx, head_type if head_type in ("committee", "institution") else "social")
    return _unit_of(owner, match["unit"], ctx)


def _unit_of(department: ResolvedOrganization, unit: str, ctx: ReportContext,
             head_type: str | None = None) -> ResolvedOrganization:
    """A department's unit, named after it with its abbreviated ending written out (公安局|交警大队 →
    …交通警察大队): a 领导小组 is a committee, a section (处, 科, 股) or a brigade the department's own."""
    otype = head_type or _type_from_head(unit)
    if otype == "government":  # a department's 管理委员会 is a committee of it (执法监督管理委员会), no zone's government
        otype = "committee"
    return part_of(department, _official_ending(unit), ctx, "department" if otype == "other" else otype)


# The memo's key for the reporting body while it is being resolved: a publisher's name may ask for the
# publisher itself (湖北省公安厅 placed in 公安县 read its 厅 as the publisher's kind), which must not recurse.
RESOLVING_PUBLISHER = ("publisher", "resolving")


# The shortest tail of the reporting body's name that is read as the body: 钦州产业园区管委会 in the
# report of 中马钦州产业园区管理委员会 (a zone named by more than its place: 中马|钦州…)
PUBLISHER_TAIL_MIN = 6


def _is_tail_of_publisher(text: str, ctx: ReportContext) -> bool:
    """Whether ``text`` names the reporting body by the end of its name, its ending perhaps
    abbreviated (钦州产业园区管委会 · 中马钦州产业园区管理委员会), or by its zone's kind alone (园区管委会)."""
    if not ctx.publisher or (len(text) < PUBLISHER_TAIL_MIN and not ZONE.fullmatch(text)) or text == ctx.publisher:
        return False
    official = _official_ending(text)
    # (not a name that leaves out a division above its own: 正定县|正定镇人民政府, which is resolved as any)
    return ctx.publisher.endswith(official) \
        and not ctx.publisher[:-len(official)].endswith((*LEVEL_ENDINGS, *TOWNSHIP_ENDINGS))


def _publisher(ctx: ReportContext) -> ResolvedOrganization | None:
    """The reporting body, resolved, or None when the report names none (or is being resolved)."""
    if not ctx.publisher or ctx.memo.get(RESOLVING_PUBLISHER):
        return None
    ctx.memo[RESOLVING_PUBLISHER] = True
    try:
        return resolve_organization(ctx.publisher, ctx)
    finally:
        ctx.memo[RESOLVING_PUBLISHER] = False


# The matters of a leading group that only a government sets up
GOVERNMENT_GROUP_WORDS = ("法治政府", "依法行政")


def own_group(group: str, ctx: ReportContext) -> ResolvedOrganization:
    """A leading group the reporting body sets up, named without a jurisdiction: a government's
    is its place's (阳朔县白沙镇法治政府建设工作领导小组), a department's the department's
    (曲阜市司法局依法行政工作领导小组)."""
    publisher = _publisher(ctx)
    if publisher is None or publisher.type == "government" \
            or publisher.name.endswith(GOVERNMENT_ENDINGS):  # (思明区人民政府鹭江街道办事处: the street's own)
        return resolve_organization(group, ctx, "committee")
    if publisher.type not in ("department", "institution") and any(w in group for w in GOVERNMENT_GROUP_WORDS):
        # a congress's or a party office's report tells of the government's group (县政府成立了以县长为组长的
        # 法治政府建设领导小组, in 鹿邑县人大常委会's): its place's, not the reporting body's
        return resolve_organization(group, ctx, "committee")
    # (a body the divisions do not place keys its group to the report, as it is keyed itself)
    return part_of(publisher, group[_own_name_overlap(publisher.name, group):], ctx, "committee")


def group_office(group: ResolvedOrganization, ctx: ReportContext) -> ResolvedOrganization:
    """The office of a leading group resolved before (领导小组办公室设在…, 领导组办公室): the group's name and
    place, whatever the group's name was written as."""
    return part_of(group, "办公室", ctx, "party" if group.type == "party" else "committee")


def part_of(body: ResolvedOrganization, part: str, ctx: ReportContext, otype: str | None = None) -> ResolvedOrganization:
    """A body's part, named after the body and keyed under its place, of the body's type unless ``otype``
    says otherwise: a leading group's office, one of a 全面依法治X委员会's coordination groups
    (委员会下设的|立法协调小组 → …委员会立法协调小组), a department's or a court's unit (…人民法院立案庭)."""
    name = body.name + part
    return ResolvedOrganization(name, organization_key(name, body.place, ctx.doc_id), otype or body.type, body.place)


def rule_of_law_committee(body: ResolvedOrganization, ctx: ReportContext) -> ResolvedOrganization | None:
    """The party committee's 全面依法治X委员会 a body is or is part of (…依法治县委员会|执法协调小组), or None:
    a report may name the committee's coordination groups alone after it."""
    at = body.name.find("委员会", body.name.find("依法治")) if "依法治" in body.name else -1
    if at < 0:
        return None
    if at + 3 == len(body.name):
        return body
    name = body.name[:at + 3]
    return ResolvedOrganization(name, organization_key(name, body.place, ctx.doc_id), body.type, body.place)


def _own_name_overlap(name: str, group: str) -> int:
    """How much of a group's name is the end of its body's name: 厅|法治政府建设领导小组 of
    湖北省生态环境厅 (1), 建三江管理局|法治建设领导小组 of 建三江管理局 (6), and a short name's:
    委|法治政府建设工作领导小组 of 宜昌市发展和改革委员会 (1)."""
    short = next((k for k, ending in OWNER_NAME_ENDINGS.items() if group.startswith(k) and name.endswith(ending)), "")
    return next((k for k in range(min(len(name), len(group) - 4), 0, -1) if name.endswith(group[:k])), len(short))


def _publisher_named(ctx: ReportContext, ending: str) -> ResolvedOrganization | None:
    """The reporting body, when its name ends so (局, 厅, 行政公署): whose 局党组 or 厅法律顾问室 it is."""
    if ctx.publisher is None or not ctx.publisher.endswith(ending):
        return None
    return _publisher(ctx)


def _publishers_kind(match: re.Match, ctx: ReportContext) -> ResolvedOrganization | None:
    """The department of the reporting department's kind at the level written (省厅 in a city
    公安局's report is the province's 公安厅; 市局 in a county 司法局's is the city's 司法局;
    in the city 公安局's own, 市局 is itself), or None in a report that is no department's."""
    publisher = _publisher_named(ctx, "局") or _publisher_named(ctx, "厅")
    if publisher is None or publisher.type != "department":
        return None
    bureau = publisher.name[:publisher.name.find("局") + 1] if publisher.name.endswith("分局") else publisher.name
    if bureau != publisher.name and match["head"] == "局" and match["level"] in "市州盟":
        # 市局 in a branch's report is the bureau it is a branch of: 唐山市生态环境局|迁安市分局
        return resolve_organization(bureau, ctx)
    if publisher.place is None:
        return None
    at = publisher.name.find(publisher.place.full_name)
    place = ctx.place_for_level(match["level"])
    if at < 0 or place is None:
        return None
    if place.code == publisher.place.code:
        return publisher
    if not ctx.gazetteer.is_within(publisher.place, place):
        return None  # 县局 in a city bureau's report: one of its counties', which one is not said
    kind = bureau[at + len(publisher.place.full_name):-1]  # 公安|局 (a branch's: its bureau's)
    if not kind:
        return None  # a publisher named by its place and head alone says no kind (and 省厅 would ask for 省厅 again)
    return resolve_organization(match["level"] + kind + match["head"], ctx)


def _publishers_branch(match: re.Match, ctx: ReportContext) -> ResolvedOrganization | None:
    """The reporting bureau's branch for one of its districts or townships, named as written
    after the bureau's name (秦州分局 in 天水市公安局's report: 天水市公安局秦州分局; 如城分局 in
    如皋市市场监督管理局's), or None in a report that is no bureau's."""
    publisher = _publisher_named(ctx, "局")
    if publisher is None or publisher.place is None or publisher.type != "department" or publisher.name.endswith("分局"):
        return None
    district = next((p for p in ctx.gazetteer.places_named(match["place"])
                     if p.level == "county" and p.parent_code == publisher.place.code), None)
    if district is None and publisher.place.level == "county":  # a county's bureau's branch for a township: 如城分局
        district = ctx.find_town_by_stem(match["place"], publisher.place)
    if district is None:
        return None
    name = publisher.name + match[0]
    return ResolvedOrganization(name, organization_key(name, district, ctx.doc_id), "department", district)


def _own_unit(match: re.Match, ctx: ReportContext, head_type: str | None) -> ResolvedOrganization | None:
    """A unit of the reporting body (山东省交通运输厅法律顾问室 for 厅法律顾问室 in the 厅's own
    report, 锡林郭勒盟行政公署法律顾问室 for 行署法律顾问室, 岳阳市交通运输局法治政府建设领导小组
    for 局法治政府建设领导小组), or None in anyone else's report (no particular body for the
    owners that other reports use as words: 局, 委)."""
    owner = match["owner"]
    publisher = _publisher_named(ctx, OWNER_NAME_ENDINGS.get(owner, owner))
    if (publisher is None or publisher.place is None) and owner in ("分局", "局", "委", "委员会"):
        # 局法治政府建设领导小组 in a report that is no bureau's: whose is not said
        return _kind_of_body(match[0], head_type or _type_from_head(match["unit"]), ctx)
    if publisher is None or publisher.place is None:
        return None
    if publisher.type == "department":
        return _unit_of(publisher, match["unit"], ctx, head_type)  # 厅|交警总队 → 江苏省公安厅交通警察总队
    # a party body's organs are party bodies (ANNOTATION.md section 2): 委员会|办公室 of a 依法治区委员会
    otype = "party" if publisher.type == "party" else head_type or _type_from_head(match["unit"])
    # (a party body's 常委会 is its standing committee written out: 委|常委会 in a 纪委's report)
    unit = STANDING_COMMITTEE if publisher.type == "party" and match["unit"] in STANDING_COMMITTEE_SHORT else match["unit"]
    return part_of(publisher, unit, ctx, otype)


# How the names of governments end: 人民政府, a street's 办事处, a zone's 管理委员会, a league's 行政公署.
GOVERNMENT_ENDINGS = ("人民政府", "办事处", "管理委员会", "行政公署")
# How the names of development zones end, whose governments are 管理委员会 (zone_kinds.tsv).
ZONE_ENDINGS = zone_kinds("government")


def government_of(place: Place) -> str:
    """The government of a place: a street's is its office (街道办事处), a league's or a
    prefecture's its administrative office (锡林郭勒盟行政公署, 阿里地区行政公署), a development
    zone's its administrative committee; none of them has a 人民政府."""
    if is_functional_zone(place):
        return f"{place.full_name}管理委员会"  # 兰州新区, 郑州航空港经济综合实验区: named otherwise than by ZONE_ENDINGS
    if corps().governs_itself(place):
        return place.full_name  # 新疆生产建设兵团第八师一二一团: a regiment is its own administration
    return government_named(place.full_name)


def resolved_government(place: Place, doc_id: str) -> ResolvedOrganization:
    """``government_of`` a place, as a resolved body of the report ``doc_id``."""
    name = government_of(place)
    return ResolvedOrganization(name, organization_key(name, place, doc_id), "government", place)


# The special administrative regions (香港, 澳门), governed by a 政府
SPECIAL_ADMINISTRATIVE_REGION = "特别行政区"


def government_named(full_name: str) -> str:
    """``government_of`` a place known by its full name only (a township the gazetteer lacks)."""
    if full_name.endswith("街道"):
        return f"{full_name}办事处"
    if full_name.endswith(("盟", "地区")):
        return f"{full_name}行政公署"
    if full_name.endswith(SPECIAL_ADMINISTRATIVE_REGION):
        return f"{full_name}政府"  # 澳门特别行政区政府: no 人民政府
    if full_name.endswith(ZONE_ENDINGS):
        return f"{full_name}管理委员会"  # a development zone is governed by its 管委会
    return f"{full_name}人民政府"


# Canonical names of bodies that sit under another, and how to name the one above.
# 中共孝义市委全面依法治市委员会办公室 → …委员会 · 清河县…领导小组办公室 → …领导小组
OFFICE_OF = re.compile(r"^(?P<parent>.+(?:委员会|领导小组))办公室$")
# 中共孝义市委理论学习中心组 → 中共孝义市委员会 (an organ of the committee: …委 + organ)
PARTY_ORGAN = re.compile(r"^中共(?P<place>.+?)委(?!员会$)(?P<organ>.+)$")
# 重庆市合川区司法局古楼司法所 · 重庆市合川区人民法院古楼人民法庭 · …公安局合川区分局古楼派出所
TOWNSHIP_OFFICE = re.compile(r"^(?P<parent>.+?(?:司法局|人民法院|分局|公安局))[^局院]{2,4}(?:司法所|人民法庭|派出所)$")
# 重庆市公安局合川区分局 → 重庆市公安局
POLICE_BRANCH = re.compile(r"^(?P<parent>.+?公安局).{2,8}分局$")


def parent_of(org: ResolvedOrganization) -> ResolvedOrganization | None:
    """The body ``org`` belongs to (SUB_ORGANIZATION_OF): a department to its government, an
    office to its committee, a township's court to the county court; None at the top."""
    from fazhi.gazetteer.divisions import divisions

    place = org.place
    if place is None:
        return None
    gaz = divisions()
    name = org.name
    parent: tuple[str, str] | None = None
    parent_place = place
    government = government_of(place)
    committee = f"中共{place.full_name}委员会"
    if name == f"中共{place.full_name}委办公室" or name == f"{committee}常务委员会":
        parent = (committee, "party")
    elif (m := TOWNSHIP_OFFICE.match(name)) is not None:
        parent = (m["parent"], "judiciary" if m["parent"].endswith("法院") else "department")
        if place.level == "town":  # the county's court, bureau or police branch
            parent_place = gaz.by_code.get(place.parent_code or "", place)
    elif (m := POLICE_BRANCH.match(name)) is not None:
        parent = (m["parent"], "department")  # 重庆市公安局合川区分局 → the city's 公安局
        parent_place = gaz.prefecture_of(place) or place
    elif (m := OFFICE_OF.match(name)) is not None:
        above = m["parent"]
        parent = (above, "party" if above.startswith("中共") else (
            "legislature" if "人民代表大会" in above else ("other" if above.startswith("中国人民政治协商会议") else "committee")))
    elif name.endswith(("人民代表大会常务委员会", "人民代表大会主席团")):
        parent = (f"{place.full_name}人民代表大会", "legislature")
    elif name == f"中共{place.full_name}人民政府党组":
        parent = (government, "government")
    elif (m := PARTY_ORGAN.match(name)) is not None and m["place"] == place.full_name:
        parent = (committee, "party")
    elif org.type == "department" and name != government and name.startswith(place.full_name):
        parent = (government, "government")  # 清河县司法局 → 清河县人民政府
    if parent is None or parent[0] == name:
        return None
    return ResolvedOrganization(parent[0], organization_key(parent[0], parent_place, ""), parent[1], parent_place)
