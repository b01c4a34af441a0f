"""Turn citation mentions into regulation entities: canonical title, gazetteer link,
type, 文号, issuer, and the reporting body's relation to each (ANNOTATION.md section 1).

Within one report, short forms are resolved to the full citation they stand for, the way a
legal citator resolves short and id. citations: a defined short form (以下简称《纲要》) and
its later uses, a bare form-word title (《条例》, 《纲要(草案)》) after the full title, an
anaphor (该条例, 上述办法) and a title written once with and once without 中共.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from fazhi.gazetteer.divisions import LONGEST_DIVISION_NAME, divisions
from fazhi.gazetteer.laws import LawTitle, law_gazetteer
from fazhi.lexicon import read_rows
from fazhi.model import RELATION_STRENGTH, Entity, ExtractedDocument, Kind, Mention, MentionLabel, Report
from fazhi.resolve.context import ReportContext
from fazhi.resolve.organizations import ResolvedOrganization, national_body, resolve_organization
from fazhi.resolve.spans import SpanIndex
from fazhi.text import DOCUMENT_KIND_CELLS, is_han, normalize_title, squeeze

# Gazetteer level → ANNOTATION.md type.
LEVEL_TYPE = {
    "constitution": "law",
    "law": "law",
    "administrative_regulation": "administrative_regulation",
    "party_regulation": "party_document",
    "party_document": "party_document",
    "normative_document": "normative_document",
    "plan": "plan",
    "departmental_rule": "departmental_rule",
    "local_regulation": "local_regulation",
    "judicial_interpretation": "other",
    "other": "other",
}
# The verb before an inner title that makes the outer title transmit it: 关于印发〈X〉的通知 (not a
# qualifier: 关于贯彻实施新修订〈X〉的意见 implements X)
TRANSMITTING_VERB = re.compile(r"(?:印发|转发|下发|(?<!新)颁布|(?<!新)公布|发布|(?<!新)修订|修订印发)(?:修订后的|新修订的)?$")
# Forwarding passes on another body's document (关于转发〈X〉的通知): X is not the forwarder's own.
FORWARDING_VERB = re.compile(r"转发(?:修订后的|新修订的)?$")
# Works of a person, speeches and books: 习近平法治思想概论 · 论坚持全面依法治国 · 党的二十大报告
PUBLICATION_TITLE = re.compile(r"^(?:习近平|毛泽东|邓小平|论|党的[一二三四五六七八九十]+大报告)"
                               r"|(?:概论|讲话|文选|文集|选编|读本|手册|摘编|学习纲要|问答|白皮书|汇编|教材)$")
# A volume (and the part of it) of a work in several volumes: 习近平谈治国理政第三卷 · 第一卷法治部分
VOLUME = re.compile(r"(?:第[一二三四五六七八九十\d]+卷|[(（]第?[一二三四五六七八九十\d]+卷[)）]).*$")
# Titles of party documents: they concern the party's own conduct or come from its organs.
PARTY_TITLE = re.compile(r"^(?:中共|中国共产党)|党政|党内|党委|党组|党员|党的建设|纪律处分|巡视"
                         r"|^[\u3400-\u9fff]{0,10}?(?:省|市|县|区|州|旗)委(?=[\u3400-\u9fff])(?!员)")
# A title that depends on its report's place: 全区, 我市, 本县 · 区政府重大行政决策程序暂行规定
CONTEXT_BOUND_TITLE = re.compile(r"[全我本](?:省|市|县|区|镇|乡|旗)|^(?:省|市|县|区|镇|乡|旗|州)(?:委|政府|人民政府|人大)")
# A city's name opening a title: 沈阳市重大行政决策程序规定 · 深圳经济特区… is no city's name alone
CITY_OPENING = re.compile(r"^(?P<city>[\u3400-\u9fff]{2,5}?市)")
# A county or district opening the rest of a title after its city's name: (沈阳市)和平区…
COUNTY_OPENING = re.compile(r"^[\u3400-\u9fff]{1,6}?(?:区|县|旗|市)")
# A place name opening a title: 山西省…, 吕梁市…, 清河县…
PLACE_OPENING_REACH = 9  # characters before the level word
PLACE_OPENING = re.compile(rf"^[\u3400-\u9fff]{{2,{PLACE_OPENING_REACH}}}?(?:省|自治区|市|州|盟|县|区|旗)(?!政府|委员会)")
# A province-level place opening a title: its 办法 and 规定 are government rules (规章)
PROVINCE_OPENING = re.compile(r"^(?:北京市|天津市|上海市|重庆市|[\u3400-\u9fff]{2,3}省|[\u3400-\u9fff]{2,8}自治区)")
# The 中共 before a local committee's name, which a report writes or leaves out:
# 中共孝义市委全面依法治市委员会2021年工作要点 = 孝义市委全面依法治市委员会2021年工作要点
PARTY_PREFIX = re.compile(r"^(?:中共|中国共产党)(?!中央)(?=[\u3400-\u9fff]{1,12}?委)")
# The status mark of a document's text, which reports write or leave out: …制度(试行) = …制度; a draft's
# is the document's too where both stand in a report (…计量条例(修订草案) · …应急办法(送审稿))
DRAFT = r"(?:修订|修正)?(?:草案|送审稿|征求意见稿)(?:征求意见稿)?"
DRAFT_MARK = re.compile(rf"\({DRAFT}\)$")
TRIAL_MARK = re.compile(rf"\((?:试行|暂行|修订|修订稿|{DRAFT})\)$")
# A revision's note after a title: (修订) · （2021年修订） · (2018年修正) · (修正本)
REVISION_NOTE = re.compile(r"[(（](?:(?:19|20)\d{2}年)?(?:修订|修正本?)[)）]$")
# A version range left open by scraping: 法治清河建设规划(2021-2025年 → …(2021-2025年)
OPEN_VERSION = re.compile(r"\(\d{4}\s*[-—–~]+\s*\d{4}\s*年?$")
# The years or draft mark after a title's form word: 纲要(2021-2025年) · 纲要(草案) · 纲要草案
TITLE_QUALIFIER = re.compile(r"(?:\([^()]*\)|草案)$")
# What follows the issuer in a 文号: the year's bracket (国办发〔2018〕37号), or a decree's or a numbered
# notice's series (国务院令第711号 · 交通运输部令2016年第64号 · 国家税务总局公告2021年第6号)
NUMBER_AFTER_AGENCY = re.compile(r"[〔(\[]|令(?:\d{4}年)?第|公告")
# A decree's or a numbered notice's series in a 文号: 司法部令第145号 · 农业农村部令2021年第1号 · 农业农村部公告第180号
DECREE_SERIES = re.compile(r"(?P<form>令|公告)(?:\d{4}年)?第\d+号$")
# A title opening with a province's department (its 厅, 局, 委员会 or 办公室, not its congress's standing
# committee or a villagers' committee): 江苏省市场监督管理局行政执法公示办法 · 广东省人力资源和社会保障厅…规定
DEPARTMENT_OPENING = re.compile(r"^[\u3400-\u9fff]{2,8}?(?:省|自治区|市)[\u3400-\u9fff]{2,12}?(?:厅|局|委员会|办公室)"
                                r"(?<!常务委员会)(?<!村民委员会)(?<!居民委员会)")
# A decree number says the level of what it promulgates: 国务院令 · 山西省人民政府令 · 司法部令
DECREE_TYPE = (
    (re.compile(r"^国务院令"), "administrative_regulation"),
    (re.compile(r"^主席令"), "law"),
    (re.compile(r"(?:省|自治区|市|州)(?:人民)?政府令"), "local_regulation"),  # (省政府令: the short form reports write)
    (re.compile(r"(?:部|委员会|总局|署|局|行)令"), "departmental_rule"),
)

# The bodies a title opens with, by the form of official titles (发文机关 + 关于 + 事由 + 文种):
# 威宁自治县人民政府办公室关于… · 中共中央、国务院关于… · 县委办公室 县政府办公室关于…
ISSUERS_BEFORE_ABOUT = re.compile(r"(?P<issuers>[\u3400-\u9fff、, ]{2,40}?(?:人民政府|政府|办公室|办公厅|委员会|领导小组|"
                                  r"中央|国务院|局|厅|部|委|办|院|署|中心))关于")
# Forms of the acts a people's congress or its standing committee passes.
LEGISLATIVE_FORMS = ("条例", "决定", "决议", "规定", "办法", "细则")
# Verbs of issuing that a sentence-final 文号 in brackets follows: …以区委依法治区办名义印发|(闵委法办〔2025〕2号)
ISSUING_VERBS_BEFORE_NUMBER = ("印发", "下发", "发布", "出台", "制发", "发文")
# Words before the bodies a reporting body acts with: 与|市中级人民法院联合印发 · 会同|市财政局制定
PARTNER_MARKERS = ("与", "同", "会同", "联合")
# Clause breaks within a sentence, and what separates the items of a list of citations.
CLAUSE_BREAKS = ",，;；:："
# The issuers a title may be written with in front of its 关于: 国务院办公厅 · 中共中央 国务院 ·
# 中共中央办公厅、国务院办公厅 · 中共中央政治局
ISSUER_IN_TITLE = re.compile(r"(?:(?:中共中央|国务院|全国人大常委会|最高人民法院|最高人民检察院)[\u3400-\u9fff]{0,4}?"
                             r"(?:办公厅|政治局)?[ 、]*)+")
# A colon after a count opens the list the verb before the count governs: 制定政府规章3件:|《…》、《…》
COUNTED_LIST_INTRO = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:件|部|项|个|篇)$")
COUNT_REACH = 8  # characters of the count before the colon
# The words of a clause that only names the items of a count made earlier in the sentence, which
# may end in the colon that breaks it: 全年区政府制定行政规范性文件2件，|分别为《…》、《…》 · …2件，|即《…》
NAMING_WORDS = ("分别是", "分别为", "具体是", "具体为", "主要包括", "包括", "主要有", "其中", "即")
NAMING_THE_COUNTED = re.compile(r"[ \t]*(?:" + "|".join(NAMING_WORDS) + r")[ \t]*$")
# A count of documents in an earlier clause of the sentence: 制定规范性文件3件
DOCUMENT_COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)件")
# …that ends its clause: 县政府全年制定规范性文件2件,|《…》、《…》均报备案
DOCUMENT_COUNT_END = re.compile(DOCUMENT_COUNT.pattern + "$")
# A table's cell that says what kind of document the row's is, between its title and its number:
# 市场监督管理行政处罚程序规定    部门规章    市场监管总局令第42号
TABLE_CATEGORY_CELL = re.compile(r"(?:\t|[ \t\u3000|｜]{2,})(?:" + DOCUMENT_KIND_CELLS + r")(?:\t|[ \t\u3000|｜]{2,})")
# What may stand between a sentence's start and the body that opens it: blanks, a heading's
# number, a time (一是, (二), 2021年, 年初,): 县委全面依法治县委员会召开全体会议2次,审议通过《…》
SENTENCE_OPENING = re.compile(r"[\s　]*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[一二三四五六七八九十]是)?[\s　]*"
                              r"(?:(?:\d{4}年|今年|去年|年初|年内|同时|此外|全年)[,，]?)?")
# A character after a body that shows it is no subject: 县司法局的… · 县司法局等 · 县司法局和…
NOT_A_VERB_AFTER_SUBJECT = "的等和与及或在"
# What joins two items of a list of citations: a mark, a conjunction, or both (《A》、《B》 · 《A》和《B》 ·
# 《A》,以及《B》); the longer conjunction first, so that 以及 is not read as 及.
LIST_MARKS = "、,，"
LIST_CONJUNCTIONS = ("以及", "和", "及", "与", "或")
# Words after a citation, in its clause, that make it studied: 把宪法…列入学习计划 · 纳入民警必学内容 ·
# 就宪法、新行政诉讼法等专题进行学习 · “民法典进乡村” (a campaign spreading the law)
STUDY_WORDS = ("学习", "宣传", "宣讲", "学法", "普法", "培训", "解读", "研读", "宣贯", "知识竞赛", "知识测试", "知识问答",
               "研讨", "以案释法", "讲座", "讲堂", "辅导", "必学", "送法", "法律进", "法治进")
# Words that open a clause about what a campaign is on: 围绕《A》《B》|开展送法进村活动 · 聚焦《A》等法律法规,|
# 开展农民工普法活动 (what the clause, or the next one, does with the laws is study words' or nothing)
TOPIC_FRAMES = ("围绕", "聚焦")
# Titles a booklet carries, after the title: 编印藏汉双语《宪法》《民法总则》|宣传读本5万册 · 发放《民法典》|读本 — the
# verb makes or hands out the booklet, and what the booklet does with the law is spread it
BOOKLET_OF_TITLES = re.compile(r"(?:\s*(?:[" + LIST_MARKS + "]|" + "|".join(LIST_CONJUNCTIONS) + r")*\s*《[^《》\n]{1,80}》)*"
                               r"\s*(?:宣传|普法|学习|知识)?(?:读本|单行本|手册|宣传册|折页)")
# A campaign carrying a law somewhere: “民法典进乡村” · 宪法进万家 (not 进行, 进一步)
CAMPAIGN_INTO = re.compile(r"进(?:万家|千家万户|乡村|农村|社区|企业|校园|学校|课堂|机关|家庭|军营|网络|寺庙|宗教场所|单位|"
                           r"景区|市场|工地|医院|村居|村寨|苗寨|牧区|农牧区|楼宇|乡镇|街道|村|户|基层|园区|田间|农户)")
# The frame 以X为重点 (以X为主题): X is what the clause's main verb, later in the sentence, is about.
CONTENT_FRAME = re.compile(r"\s*为(?:重点|主题|主要内容|内容|核心|重点内容|主线)")
# The frame 以X为… in any form: 以《纲要》为统领 · 以宪法为根本遵循 · 以《A》(国发〔2004〕10号)和《B》为指导
# (what may stand between a title and 为: its 文号 in brackets, and more titles joined to it)
_NUMBER_IN_BRACKETS = r"(?:\s*[(（][^()（）\n]{1,24}[)）])?"
_TITLE_IN_MARKS = r"《[^《》\n]{1,80}》"
CONTENT_FRAME_ANY = re.compile(_NUMBER_IN_BRACKETS + r"(?:\s*[和、及与,，]\s*" + _TITLE_IN_MARKS + _NUMBER_IN_BRACKETS
                               + r")*\s*为")


def _titles_before(issuer: str = "") -> re.Pattern:
    """Titles, each with its 文号 and a list separator, that fill the text before a citation; each may
    have the text ``issuer`` matches before it."""
    return re.compile(r"(?:\s*" + issuer + _TITLE_IN_MARKS + _NUMBER_IN_BRACKETS + r"\s*[和、及与,，]?\s*)*")


# Titles before a citation after its qualifier: 新修订的|《A》、|《B》
TITLES_BEFORE = _titles_before()
# Titles before a citation within the frame 以…为, each with the issuer a report may write before it:
# 以|《A》(国发〔2004〕10号)和|《B》为指导 · 以|中共中央《A》和|《B》为指导 (B is as much the frame's as A is)
FRAMED_TITLES_BEFORE = _titles_before(r"[\u3400-\u9fff、]{0,16}?")
# The opening of a revision's note right after a title, before the trigger inside it, which is no verb of
# the reporter's: 《中国共产党纪律处分条例》(2023年|修订)《中华人民共和国行政复议法》 · (a title closed by a
# stray mark) 《中华人民共和国行政复议法>（2023年|修订）
REVISION_NOTE_OPENING = re.compile(r"[》>〉]\s*[(（](?:(?:19|20)\d{2}年)?$")
REVISION_NOTE_CLOSING = ("）", ")", "本）", "本)")
# A qualifier that makes a trigger verb part of the citation: 新修订的《行政处罚法》 · 修订后的《…》
QUALIFIER_BEFORE_TITLE = re.compile(r"(?:新(?:修订|修改|修正|公布|颁布|出台)(?:后的|的)?|(?:修订|修改|修正)(?:后的|的))\s*")
# A document implementing the cited one, written right after its title: 《…保护法》实施办法 —
# issuing it implements the law rather than issuing it.
IMPLEMENTING_DOCUMENT = re.compile(r"\s*(?:的)?(?:实施办法|实施细则|实施条例|实施意见|实施方案|配套制度|配套措施)")
# A clause whose subject is the reporting body itself: 我县认真抓好落实 · 全市严格执行
REPORTER_CLAUSE = re.compile(r"\s*(?:我|全|本)(?:省|市|县|区|镇|乡|旗|局|委|办|院)[\u3400-\u9fff]{0,6}?(?=[\u3400-\u9fff])")
# Verbs that take a citation and then the verb that says what is done with it: 推动《…》落地,
# 确保《…》落到实处, 抓好《…》的贯彻落实, 做好《…》学习宣传, 对《…》进行了修订
PROMOTING_VERBS = ("推动", "推进", "确保", "保障", "促进", "抓好", "做好", "狠抓", "加强", "加大", "开展", "组织",
                   "对", "将", "把")
# A verb made attributive: 市政府出台的《…》 (the verb is the other body's, not the reporter's)
ATTRIBUTIVE = re.compile(r"\s*了?\s*的")
# A document the report calls repealed or void, which nothing can carry out: 对照已废止的《中华人民共和国行政监察法》 ·
# 依据已失效的《中华人民共和国治安管理处罚条例》
REPEALED_BEFORE = re.compile(r"(?:已|被)(?:废止|失效)的$")
# A party plenum named right before a short title: 党的十八届四中全会《决定》 · 十九届四中全会通过的《决定》
PLENUM_BEFORE = re.compile(r"(?P<plenum>[一二三四五六七八九十]{2,3}届[一二三四五六七八九]中全会)(?:通过的|作出的|的)?\s*$")
# Short titles that are only a document form: 《纲要》 《条例》 《实施意见》 《纲要(草案)》
GENERIC_SHORT_TITLE = re.compile(r"^(?:实施|规划|建设)?(?:纲要|条例|办法|意见|建议|规划|方案|通知|决定|规定|细则|准则|"
                                 r"要点|清单|计划|报告|法)(?:\(草案\)|草案)?$")


@dataclass(slots=True)
class _Citation:
    mention: Mention
    title: str  # as written, cleaned
    repaired: str  # with certain scraping damage repaired
    outer: int | None = None  # index of the enclosing citation
    relation: str = "mentions"
    doc_number: str | None = None
    doc_number_note: str | None = None
    issuers: list[ResolvedOrganization] = field(default_factory=list)
    law: LawTitle | None = None
    antecedent: int | None = None  # index of the full citation this short form stands for
    short_form_note: str | None = None
    local_namesake: bool = False  # a national law's name used for the reporting body's own regulation


@lru_cache(maxsize=1)
def _form_types() -> list[tuple[str, str]]:
    return sorted(((r[0], r[1]) for r in read_rows("regulation_forms.tsv")), key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _agency_issuers() -> list[tuple[str, str, str]]:
    rows = [(r[0], r[1], r[2] if len(r) > 2 else "") for r in read_rows("doc_number_issuers.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


def agency_of(doc_number: str | None) -> str:
    """The issuer code of a normalised 文号: 国办发〔2018〕37号 → 国办发 · 国务院令第711号 → 国务院 ·
    交通运输部令2016年第64号 → 交通运输部 · 国家税务总局公告2021年第6号 → 国家税务总局."""
    if not doc_number:
        return ""
    return NUMBER_AFTER_AGENCY.split(doc_number, maxsplit=1)[0]


def decree_issuer(doc_number: str | None) -> str | None:
    """The national body whose decree or numbered notice a 文号 is (国家卫生和计划生育委员会令第10号 →
    国家卫生和计划生育委员会; 人力资源社会保障部令第29号 → 人力资源和社会保障部), else None."""
    if not doc_number or not DECREE_SERIES.search(doc_number):
        return None
    return national_body(agency_of(doc_number))


def _decreeing_government(doc_number: str | None, ctx: ReportContext) -> ResolvedOrganization | None:
    """The local government whose decree a 文号 is, as the report's hierarchy resolves it
    (重庆市人民政府令第316号 → 重庆市人民政府; 自治区人民政府令第139号 in a 广西 report →
    广西壮族自治区人民政府), else None."""
    series = DECREE_SERIES.search(doc_number) if doc_number else None
    if series is None or series["form"] != "令":
        return None
    agency = agency_of(doc_number)
    if not agency.endswith("政府"):  # (人民政府 · 政府)
        return None
    government = resolve_organization(agency, ctx, "government")
    return government if government.place is not None and government.type == "government" else None


# Regulations a people's congress makes itself, not its standing committee: 自治条例 and 单行条例
CONGRESS_OWN_FORMS = ("自治条例", "单行条例")
# The forms of a government's rules (规章)
GOVERNMENT_RULE_FORMS = ("办法", "规定", "细则")
# A province's measures for carrying out a national law, a local regulation its people's congress
# standing committee passes: 湖北省实施〈中华人民共和国村民委员会组织法〉办法 (not …〈…法〉实施办法, which a
# government may issue as its rules: 四川省〈中华人民共和国招标投标法〉实施办法, 省政府令第329号)
LAW_IMPLEMENTING_MEASURES = re.compile(r"实施[〈《<][^〉》>]+[〉》>]办法$")


def _maker_of_local_regulation(name: str, rtype: str, ctx: ReportContext) -> ResolvedOrganization | None:
    """Who makes a province's or city's local regulation named after its place, else None: a 条例 its
    people's congress standing committee (苏州市数据条例 → 苏州市人民代表大会常务委员会), a 办法 or 规定
    (government rules, 规章) its people's government (黑龙江省行政执法证件管理办法 → 黑龙江省人民政府), but
    measures carrying out a law the standing committee (湖北省实施〈…村民委员会组织法〉办法)."""
    core = without_revision_note(name)
    if rtype != "local_regulation" or core.endswith(CONGRESS_OWN_FORMS) or "关于" in core:
        return None
    if core.endswith("条例") or LAW_IMPLEMENTING_MEASURES.search(core):
        maker, kind = "人大常委会", "legislature"
    elif core.endswith(GOVERNMENT_RULE_FORMS):
        maker, kind = "人民政府", "government"
    else:
        return None
    opening = PLACE_OPENING.match(core)
    if opening is None:
        return None
    body = resolve_organization(opening.group() + maker, ctx, kind)
    if body.place is None or body.place.level not in ("province", "prefecture") or body.type != kind:
        return None
    return body


def national_agency(doc_number: str | None) -> tuple[str, str] | None:
    """(issuer, type) of a national issuer code: 国办发 → (国务院办公厅, normative_document)."""
    agency = agency_of(doc_number)
    for code, issuer, rtype in _agency_issuers():
        if agency == code:
            return issuer, rtype
    return None


# A party committee's general office: 湘办发 · 鄂办 · 威法办发 (a place's one-character short name
# + 办, or its 依法治办); a government's has 政 or 府 in it (湘政办发, 合川府办发), and two
# characters before 办 are a department's or a street's office (同审办发 审计局, 川环办发 生态环境厅,
# 玉林办发 玉林街道办事处).
PARTY_OFFICE_AGENCY = re.compile(r"[^\W\d政府][委法]?办(?:发|字|函|电)?")
# 党 in an issuer code (藏党发, 鄂党办发, 同审党组) but not 党政 or 党校 (下党政 is 下党乡's government,
# 寿党校发 a school's): a party committee's or a party group's
PARTY_WORD_AGENCY = re.compile(r"党(?!政|校)")
# A government's or a street office's issuer code: 政 (not 政法, the party's 政法委: 宁政法发) or 府 in it
# (瑶政发 · 均府 · 湘政办发), or a street's 街 at its end (望京街发 · 湖滨街办). A document numbered so is the
# government's though its party committee issued it jointly (镇党委、镇政府印发《…工作方案》（瑶政发〔2017〕5号）):
# in the gold of the mined dev sets 3 of 2,570 documents so numbered are party documents.
GOVERNMENT_AGENCY = re.compile(r"政(?!法)|府|街办?(?:发|文)?$")
# Commissions of a government, whose codes contain 委 without being a party committee's.
_GOVERNMENT_COMMISSIONS = ("卫健委", "卫生委", "发改委", "教委", "经信委", "住建委", "农委", "科委", "民委", "计生委",
                           "国资委", "商委", "体委", "侨委", "工信委", "建委", "交委", "规委")


def is_party_agency(agency: str) -> bool:
    """An issuer code of a party organ: 中发, 中办, 厅字, 合川委法办 (区委依法治区办), 孝法治办 (依法治市办)."""
    if agency.startswith(("中发", "中办", "厅字")) or "法治" in agency or "依法治" in agency:
        return True
    if PARTY_OFFICE_AGENCY.fullmatch(agency) or PARTY_WORD_AGENCY.search(agency):
        return True
    return "委" in agency and not any(c in agency for c in _GOVERNMENT_COMMISSIONS)


def clean_title(title: str) -> str:
    """A written title made comparable: inner whitespace and stray marks removed."""
    title = squeeze(title)
    return title.strip("、,，;:")


def repair_title(title: str) -> str:
    """Scraping damage repaired where certain: a version range left open gets its bracket."""
    if title.count("(") > title.count(")") and OPEN_VERSION.search(title):
        return title + ")"
    return title


def without_revision_note(title: str) -> str:
    """A title without the note of its revision after it, which names the same document:
    武汉市东湖风景名胜区条例（修订） · 中华人民共和国行政处罚法（2021年修订） (a draft, …（修订草案）, or an
    edition, …（2017年修订版）, is a document of its own)."""
    return REVISION_NOTE.sub("", title)


def _core(title: str) -> str:
    """A title without its trailing years or draft mark: 纲要(2021-2025年) → 纲要."""
    core = title
    for _ in range(2):
        core = TITLE_QUALIFIER.sub("", core)
    return core or title


# Measures by which a government assesses its organs (河南省依法行政考核办法, 广西壮族自治区依法行政考评办法):
# normative documents, not government rules, though a province makes them (4 of 5 in the mined gold)
ASSESSMENT_ENDINGS = ("考核办法", "考评办法")


def _opens_with_long_division(core: str) -> bool:
    """Whether a division's name longer than PLACE_OPENING reaches opens the title: an autonomous
    county's or prefecture's (塔什库尔干塔吉克自治县|自治条例)."""
    return divisions().place_prefix_length(core, min(LONGEST_DIVISION_NAME, len(core) - 1)) > PLACE_OPENING_REACH


def regulation_type(title: str, law: LawTitle | None, issuer_types: list[str], doc_number: str | None) -> str:
    """ANNOTATION.md type: from the gazetteer, else from the 文号, the issuer and the title's form."""
    if law is not None:
        return LEVEL_TYPE.get(law.level, "other")
    if PUBLICATION_TITLE.search(title):
        return "publication"
    core = _core(normalize_title(title))
    agency = agency_of(doc_number)
    series = DECREE_SERIES.search(doc_number) if doc_number else None
    if doc_number and (agency.endswith("令") or (series is not None and series["form"] == "令")):
        for pattern, rtype in DECREE_TYPE:
            if pattern.search(agency + "令"):
                return rtype
    form_type = next((rtype for ending, rtype in _form_types() if core.endswith(ending)), None)
    if form_type in ("plan", "publication"):
        return form_type
    national = national_agency(doc_number)
    if national is not None:
        return national[1]
    numbered_by_party = bool(agency) and is_party_agency(agency)
    numbered_by_government = bool(agency) and not numbered_by_party and GOVERNMENT_AGENCY.search(agency) is not None
    if ("party" in issuer_types and not numbered_by_government) or PARTY_TITLE.search(core) or numbered_by_party:
        return "party_document"
    if form_type in ("local_regulation", "normative_document") and any(t.endswith("legislature") for t in issuer_types) \
            and core.endswith(LEGISLATIVE_FORMS):
        # 省人大常委会《关于…的决定》: an act of a people's congress is a regulation of its level
        return "law" if "national_legislature" in issuer_types else "local_regulation"
    if form_type is None:
        return "other"
    ending = next(e for e, _ in _form_types() if core.endswith(e))
    province_short = core.startswith(_province_short_names())  # 海南自由贸易港…条例
    local = PLACE_OPENING.match(core) or province_short or _opens_with_long_division(core)
    if form_type == "local_regulation" and not local:
        return "administrative_regulation"
    if form_type == "law" and local:
        return "local_regulation"
    if core.endswith(ASSESSMENT_ENDINGS):
        return "normative_document"  # how a government assesses its own organs: no rules (规章) for citizens
    if ending in ("办法", "规定", "暂行办法", "实施办法") and (PROVINCE_OPENING.match(core) or province_short) \
            and "关于" not in core:
        if DEPARTMENT_OPENING.match(core):
            return "normative_document"  # a department makes no rules (规章) of its own: 江苏省市场监督管理局…办法
        return "local_regulation"  # 省 government rules (规章)
    if ending in ("办法", "规定", "暂行办法") and not doc_number and "关于" not in core \
            and (city := CITY_OPENING.match(core)) is not None and _is_prefecture(city["city"]) \
            and not DEPARTMENT_OPENING.match(core) and not _opens_with_county(core[city.end():]) \
            and not core.startswith("人民政府", city.end()) and not core.endswith("的" + ending):
        # (吕梁市贯彻落实法治政府建设年度报告制度的规定 is a document about a system, seeds/000)
        return "local_regulation"  # a city's government rules (规章), cited without a 文号 as rules are
    return form_type


def _is_prefecture(name: str) -> bool:
    return any(p.level == "prefecture" for p in divisions().places_named(name))


def _opens_with_county(rest: str) -> bool:
    """Whether a county or district of the city opens the rest of a title: 沈阳市|和平区重大行政决策程序规定."""
    m = COUNTY_OPENING.match(rest)
    return m is not None and bool(divisions().places_named(m.group()))


@lru_cache(maxsize=1)
def _province_short_names() -> tuple[str, ...]:
    """The short names of the provinces (海南, 内蒙古), which open the titles of their regulations
    as their full names do: 海南自由贸易港优化营商环境条例 is 海南's."""
    gaz = divisions()
    provinces = {p.code for p in gaz.by_code.values() if p.level == "province"}
    return tuple(sorted(f for f in gaz.all_forms() if f[-1] not in "省市" and not f.endswith("自治区")
                        and not f.endswith("特别行政区") and any(p.code in provinces for p in gaz.places_named(f))))


def regulation_key(name: str, ctx: ReportContext, law: LawTitle | None) -> str:
    """Canonical identity: the gazetteer title, or the title; place-relative titles per region."""
    if law is not None:
        return "regulation:" + normalize_title(law.title)
    key = TRIAL_MARK.sub("", PARTY_PREFIX.sub("", normalize_title(name)))
    if CONTEXT_BOUND_TITLE.search(key):
        scope = ctx.region.code if ctx.region else ctx.doc_id
        return f"regulation:{scope}#{key}"
    return "regulation:" + key


def unresolved_reason(name: str, rtype: str, antecedent_missing: bool, local_namesake: bool = False) -> str:
    """Why a citation matched nothing in the gazetteer, for the researcher reading the node."""
    if local_namesake:
        return "named like a national law, but the reporting body makes or revises it: its own regulation"
    if antecedent_missing:
        return "short form with no full citation before or after it in the report"
    if rtype in ("law", "administrative_regulation"):
        return "has the form of a national law or regulation but matches no title in the gazetteer"
    return "not in the gazetteer of national laws and documents (a local or unlisted document)"


def _strongest(relations: list[str]) -> str:
    return min(relations, key=RELATION_STRENGTH.index) if relations else "mentions"


def _in_revision_note(text: str, trigger: Mention) -> bool:
    """Whether a trigger (修订, 修正) stands in a revision's note after a title: (2023年修订)."""
    return text.startswith(REVISION_NOTE_CLOSING, trigger.end) and \
        REVISION_NOTE_OPENING.search(text, max(0, trigger.start - 12), trigger.start) is not None


class _RelationReader:
    """What the relation rules read in one report: its text, citations, trigger verbs and bodies."""

    def __init__(self, doc: ExtractedDocument, ctx: ReportContext, outer: list[Mention], numbers: list[Mention],
                 triggers: list[Mention], orgs: list[Mention]):
        self.doc = doc
        self.text = doc.report.aligned_view()
        self.ctx = ctx
        self.citation_spans = sorted((m.start, m.end) for m in outer)
        self.citation_starts = [s for s, _ in self.citation_spans]
        # a citation together with the 文号 in brackets after it is one item of a list
        self.item_start_by_end: dict[int, int] = {}
        for m in outer:
            self.item_start_by_end[m.end] = m.start
            number = _following_number(numbers, m, doc.report)
            if number is not None:
                close = number.end
                while close < len(self.text) and self.text[close] in " )）]】":
                    close += 1
                self.item_start_by_end[close] = m.start
        self.triggers = [t for t in triggers if not _in_revision_note(self.text, t)]
        self.trigger_starts = [t.start for t in self.triggers]
        self.orgs = orgs
        self.org_ends = [o.end for o in orgs]
        self._body_ends = {o.end for o in orgs}
        self._body_starts = {o.start for o in orgs}
        self._other_body_cache: dict[str, bool] = {}

    def inside_citation(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.citation_starts, start) - 1
        return i >= 0 and self.citation_spans[i][0] <= start and end <= self.citation_spans[i][1]

    def sentence_bounds(self, m: Mention) -> tuple[int, int]:
        if 0 <= m.sentence < len(self.doc.sentences):
            s = self.doc.sentences[m.sentence]
            return s.start, s.end
        return 0, len(self.text)

    def closing_number(self, numbers: list[Mention], m: Mention) -> Mention | None:
        """The 文号 in brackets that closes the sentence of a citation no other citation follows:
        《…工作要点》,经区委全面依法治区委员会审议后以区委依法治区办名义印发(闵委法办〔2025〕2号)。"""
        _, s_end = self.sentence_bounds(m)
        i = bisect.bisect_left(numbers, m.end, key=lambda n: n.start)
        if i >= len(numbers) or numbers[i].start >= s_end:
            return None
        number = numbers[i]
        j = bisect.bisect_left(self.citation_starts, m.end)
        if j < len(self.citation_starts) and self.citation_starts[j] < number.start:
            return None  # another title between: the number is that one's
        if self.text[number.start - 1 : number.start] not in ("(", "（") \
                or not self.text.endswith(ISSUING_VERBS_BEFORE_NUMBER, m.end, number.start - 1) \
                or self.text[number.end:s_end].strip(" )）。.;；\n"):
            return None
        return number

    def clause_start(self, m: Mention, floor: int) -> int:
        """Where the clause of a citation begins: before the list of citations it stands in."""
        pos = m.start
        while (previous := self._item_before(pos, floor)) is not None:
            pos = previous
        k = pos
        while k > floor:
            if self.is_break(k - 1) and not (self.text[k - 1] in ":：" and COUNTED_LIST_INTRO.search(
                    self.text, max(floor, k - 1 - COUNT_REACH), k - 1)):
                if (count := self._counted_items_clause(k, pos, floor)) is not None:
                    k = count  # …制定规范性文件3件,均报备案,|分别是:《A》: the clause of the count governs the list
                    continue
                return k
            k -= 1
        return floor

    def _counted_items_clause(self, k: int, pos: int, floor: int) -> int | None:
        """Where the count stands whose items the clause from ``k`` to the titles at ``pos`` names:
        …制定规范性文件2件,|分别为《A》 · …3件,均报备案,分别是:|《A》 · 制定规范性文件2件,|《A》、《B》均报备案."""
        text = self.text
        if text[k - 1] in ":：":
            opener = next((w for w in NAMING_WORDS if text.endswith(w, floor, k - 1)), None)
            if opener is None or not (k - 1 - len(opener) == floor or self.is_break(k - 2 - len(opener))):
                return None
            end = k - 1 - len(opener)
        elif NAMING_THE_COUNTED.match(text, k, pos):
            end = k
        elif not text[k:pos].strip(" \t") and DOCUMENT_COUNT_END.search(text, max(floor, k - 1 - COUNT_REACH), k - 1):
            end = k  # the titles right after the count
        else:
            return None
        last = None
        for m in DOCUMENT_COUNT.finditer(text, floor, end):
            if not self.inside_citation(m.start(), m.end()):
                last = m.start()
        return last

    def is_break(self, k: int) -> bool:
        """A clause break at text[k]: a comma or semicolon, or a half-width full stop between words
        (scraped pages write 。 as .) — not the point of 9466.9 — and not inside a title."""
        ch = self.text[k]
        if ch == ".":
            return 0 < k < len(self.text) - 1 and not self.text[k - 1].isdigit() and not self.text[k + 1].isdigit()
        if ch in ",，" and self._between_bodies(k):
            return False  # 贯彻中共中央办公厅,国务院办公厅《…》: a converter's comma for 、 in a list of bodies
        return ch in CLAUSE_BREAKS and not self.inside_citation(k, k + 1)

    def _between_bodies(self, k: int) -> bool:
        """Whether the character at ``k`` stands right between two bodies' names."""
        return k in self._body_ends and k + 1 in self._body_starts

    def clause_end(self, pos: int, ceiling: int) -> int:
        """Where the clause that goes on at ``pos`` ends: at its next break, or at ``ceiling``."""
        k = pos
        while k < ceiling:
            if self.is_break(k):
                return k
            k += 1
        return ceiling

    def _subject(self, trigger: Mention, floor: int) -> list[Mention]:
        """The bodies written right before a verb: 国务院办公厅印发 · 省委办公厅、省政府办公厅联合印发."""
        i = bisect.bisect_right(self.org_ends, trigger.start) - 1
        if i < 0:
            return []
        org = self.orgs[i]
        gap = self.text[org.end:trigger.start]
        if org.start < floor or len(gap) > 3 or any(ch in CLAUSE_BREAKS + "。" for ch in gap):
            return []
        chain = [org]
        while i > 0:
            i -= 1
            previous = self.orgs[i]
            if previous.start < floor or self.text[previous.end:chain[0].start] not in ("、", "和", "与", " ", "", ","):
                break
            chain.insert(0, previous)
        if self.text.endswith(PARTNER_MARKERS, max(floor, chain[0].start - 2), chain[0].start):
            return []  # 与市中级人民法院联合印发: the partners of the reporting body, which acts itself
        return chain

    def _qualifier_ends(self, trigger: Mention, end: int | None = None) -> list[int]:
        """Where a qualifier that a trigger is part of ends (新|修订|的 · 修订|后的), read from the
        character before the trigger and from the trigger itself, not past ``end``."""
        found = []
        for at in (trigger.start - 1, trigger.start):
            q = QUALIFIER_BEFORE_TITLE.match(self.text, max(at, 0), len(self.text) if end is None else end)
            if q is not None:
                found.append(q.end())
        return found

    def _qualifies(self, trigger: Mention, m: Mention) -> bool:
        """Whether a trigger is a qualifier of the list of citations that ``m`` ends: 新修订的《A》《B》 ·
        修改后的立法法、新行政诉讼法."""
        return any(q_end == m.start or TITLES_BEFORE.fullmatch(self.text, q_end, m.start)
                   or self._items_between(q_end, m.start) for q_end in self._qualifier_ends(trigger, m.start))

    def _items_between(self, start: int, end: int) -> bool:
        """Whether citations joined by list separators fill the text from ``start`` to ``end``
        (the items before one that begins at ``end``): 立法法、|新行政诉讼法."""
        pos = end
        while pos > start:
            previous = self._item_before(pos, start)
            if previous is None:
                return False
            pos = previous
        return pos == start

    def _item_before(self, pos: int, floor: int) -> int | None:
        """Where the item of a list of citations begins that stands right before the item at ``pos``,
        across what joins them (、 · 和 · ，以及 · blanks), not below ``floor``; None if no item does."""
        text = self.text
        k = pos
        while k > floor and text[k - 1] in " \t":
            k -= 1
        conjunction = next((w for w in LIST_CONJUNCTIONS if text.endswith(w, floor, k)), None)
        if conjunction is not None:
            k -= len(conjunction)
        if k > floor and text[k - 1] in LIST_MARKS:
            k -= 1
        while k > floor and text[k - 1] in " \t":
            k -= 1
        previous = self.item_start_by_end.get(k)
        return previous if previous is not None and floor <= previous < pos else None

    def _qualifies_next_title(self, trigger: Mention) -> bool:
        """Whether a trigger qualifies the title right after it (组织研讨《A》和|新修订的|《B》): no verb."""
        return any(self.text.startswith("《", q_end) for q_end in self._qualifier_ends(trigger))

    def _sentence_subject(self, trigger: Mention, s_start: int) -> list[Mention]:
        """The bodies that open the sentence of an issuing verb in a later clause, when they are
        its subject: 县委全面依法治县委员会召开全体会议2次,审议通过《…》 (a verb follows them)."""
        i = bisect.bisect_left(self.org_ends, s_start + 1)
        if i >= len(self.orgs) or self.orgs[i].end > trigger.start:
            return []
        first = self.orgs[i]
        if SENTENCE_OPENING.fullmatch(self.text, s_start, first.start) is None:
            return []
        chain = [first]
        while i + 1 < len(self.orgs) and self.text[chain[-1].end:self.orgs[i + 1].start] in ("、", "和", "与"):
            i += 1
            chain.append(self.orgs[i])
        after = self.text[chain[-1].end:chain[-1].end + 1]
        if not after or not is_han(after) or after in NOT_A_VERB_AFTER_SUBJECT:
            return []  # 县司法局的…, 县司法局等: no subject
        return chain if chain[-1].end <= trigger.start else []

    def is_other_body(self, org: Mention) -> bool:
        """A body other than the reporting one or its own departments: national, a higher or another place."""
        cached = self._other_body_cache.get(org.norm)
        if cached is None:
            resolved = resolve_organization(org.norm, self.ctx, org.value)
            region = self.ctx.region
            if resolved.place is None:
                cached = not resolved.key.startswith(f"organization:{self.ctx.doc_id}#") or resolved.name.startswith(
                    ("省", "市", "中共中央", "国务院"))
            elif region is None:
                cached = False
            else:
                cached = resolved.place.code != region.code and not (
                    resolved.place.level == "town" and resolved.place.parent_code == region.code)
            self._other_body_cache[org.norm] = cached
        return cached

    def relation(self, m: Mention) -> tuple[str, Mention | None, list[Mention]]:
        """The relation the governing verb of a citation signals, the verb, and the body that is
        the subject of an issuing verb (国务院办公厅印发《…》, 县政府办公室印发《…》)."""
        if REPEALED_BEFORE.search(self.text, max(0, m.start - 5), m.start):
            return "mentions", None, []
        if BOOKLET_OF_TITLES.match(self.text, m.end):
            return "studies", None, []
        s_start, s_end = self.sentence_bounds(m)
        c_start = self.clause_start(m, s_start)
        c_end = self.clause_end(m.end, s_end)
        lo = bisect.bisect_left(self.trigger_starts, c_start)
        hi = bisect.bisect_left(self.trigger_starts, m.start)
        other_subject: list[Mention] = []
        for trig in reversed(self.triggers[lo:hi]):
            if trig.end > m.start or self.inside_citation(trig.start, trig.end):
                continue
            if self._qualifies(trig, m):
                continue  # 新修订的《行政处罚法》《国防教育法》: part of the citations, not a verb of the reporter
            if self.text[trig.start:trig.end] == "以" and not (
                    (m.start - trig.end <= 6 or FRAMED_TITLES_BEFORE.fullmatch(self.text, trig.end, m.start))
                    and CONTENT_FRAME_ANY.match(self.text, m.end)):
                continue  # 以 governs only in 以《X》为…: not 以上, 以便, 以案释法
            subject = self._subject(trig, c_start)
            adjacent_subject = bool(subject)
            if not subject and trig.value == "issues":
                subject = self._sentence_subject(trig, s_start)
            if subject and self.is_other_body(subject[-1]):
                if trig.value == "issues":
                    other_subject = other_subject or subject
                continue  # 国务院印发《…》, 市政府出台的《…》: the other body's act
            if trig.value == "issues" and ATTRIBUTIVE.match(self.text, trig.end) and not other_subject \
                    and not adjacent_subject:
                # 出台的《…》 with no subject: the reporter's own only when nothing else governs
                earlier = [t for t in self.triggers[lo:hi] if t.end <= trig.start and not self.inside_citation(t.start, t.end)]
                if earlier:
                    continue
            if trig.value == "implements" and self.text[trig.start:trig.end] == "以" \
                    and (frame := CONTENT_FRAME.match(self.text, m.end)) is not None:
                # the verb after the frame, in its clause or the next: 以《A》为重点|开展宣传 · 以X为主题,|开展…
                main = self._main_verb_after(frame.end(), s_end)
                return (main.value if main is not None else "implements"), (main or trig), other_subject
            if trig.value == "issues" and IMPLEMENTING_DOCUMENT.match(self.text, m.end):
                return "implements", trig, other_subject
            if trig.value == "issues" and subject and not other_subject:
                # 省政府办公厅印发《…》 in the province's report: its own office issued it, and
                # the report says which office
                return trig.value, trig, subject
            return trig.value, trig, other_subject
        after = self.text[m.end:c_end]
        promoting = [t for t in self.promoters_in(c_start, m.start)]
        if promoting:
            # 推动《…》落地见效 · 确保《…》落到实处 · 抓好《…》的学习宣传: the verb after the object
            verb = next((t for t in self.triggers[hi:] if m.end <= t.start < c_end
                         and not self.inside_citation(t.start, t.end) and self.text[t.start:t.end] != "以"
                         and not self._qualifies_next_title(t)), None)
            if verb is not None:
                return verb.value, verb, other_subject
        if c_end < s_end and not after.strip(" )）"):
            # a fronted object: 市政府出台的《…》,我县认真抓好落实 — the next clause's verb, when
            # the reporting body is its subject
            topic = REPORTER_CLAUSE.match(self.text, c_end + 1)
            if topic:
                verb = next((t for t in self.triggers[hi:] if c_end < t.start <= topic.end() + 6
                             and not any(ch in CLAUSE_BREAKS for ch in self.text[topic.end():t.start])), None)
                if verb is not None:
                    return verb.value, verb, other_subject
        if CAMPAIGN_INTO.match(after) or any(w in after for w in STUDY_WORDS):
            studied = next((t for t in self.triggers[hi:] if m.end <= t.start < c_end and t.value == "studies"), None)
            return "studies", studied, other_subject
        if c_end < s_end and any(self.text.find(w, c_start, m.start) >= 0 for w in TOPIC_FRAMES):
            # the campaign the topic is for, in the next clause: 聚焦《A》等法律法规,|开展农民工普法活动
            next_end = self.clause_end(c_end + 1, s_end)
            if any(w in self.text[c_end + 1:next_end] for w in STUDY_WORDS):
                return "studies", None, other_subject
        return "mentions", None, other_subject

    def promoters_in(self, start: int, end: int) -> list[int]:
        """Positions of verbs that take a citation and a second verb (推动《…》落实) in [start, end)."""
        found = []
        for word in PROMOTING_VERBS:
            k = self.text.find(word, start, end)
            while k >= 0:
                if not self.inside_citation(k, k + len(word)):
                    found.append(k)
                k = self.text.find(word, k + 1, end)
        return found

    def _main_verb_after(self, start: int, end: int) -> Mention | None:
        i = bisect.bisect_left(self.trigger_starts, start)
        for trig in self.triggers[i:]:
            if trig.start >= end:
                break
            if not self.inside_citation(trig.start, trig.end) and trig.value in ("issues", "implements", "studies") \
                    and self.text[trig.start:trig.end] != "以":
                return trig
        return None


def _inner_relation(text: str, inner: Mention, outer: _Citation, triggers: list[Mention],
                    reading: _RelationReader) -> str:
    """An inner title's relation. Transmitted (关于印发〈X〉的通知): the outer's. Else the verb
    around it inside the outer title: 学习〈论坚持全面依法治国〉, 做好〈民法典〉学习宣传 (not a qualifier:
    贯彻实施新修订〈行政复议法〉 implements it); else mentions."""
    outer_m = outer.mention
    before = squeeze(text[(outer_m.inner or (outer_m.start, 0))[0]:inner.start])
    if TRANSMITTING_VERB.search(before):
        if outer.relation == "issues" and FORWARDING_VERB.search(before):
            return "implements"  # 转发〈市…办法〉: another body's document, passed on to be carried out
        return outer.relation
    near = [t for t in triggers if outer_m.start <= t.start and t.end <= outer_m.end
            and (0 <= inner.start - t.end <= 8 or 0 <= t.start - inner.end <= 4) and not reading._qualifies(t, inner)]
    if near:
        return _strongest([t.value for t in near])
    return "mentions"


def _leading_issuers(cit: _Citation, orgs: list[Mention], ctx: ReportContext) -> list[ResolvedOrganization]:
    """Bodies that open a title and sign it: 威宁自治县人民政府办公室关于…的通知 ·
    中共中央、国务院关于…的意见 · 中共中央办公厅国务院办公厅法治政府建设…规定 (a national body)."""
    m = cit.mention
    inner_start, inner_end = m.inner if m.inner else (m.start, m.end)
    pos = inner_start
    found: list[tuple[Mention, ResolvedOrganization]] = []
    # (bodies starting before the title are skipped anyway: start at the title, not at the first body)
    for k in range(bisect.bisect_left(orgs, inner_start, key=lambda o: o.start), len(orgs)):
        org = orgs[k]
        if org.start < pos:
            continue
        if org.start > pos or org.end >= inner_end:
            break
        found.append((org, resolve_organization(org.norm, ctx, org.value)))
        pos = org.end
        while pos < inner_end and _title_char(cit, m, pos) in ("、", ",", " ", "和", "与", "及"):
            pos += 1
    rest = cit.title[pos - inner_start:] if pos - inner_start <= len(cit.title) else ""
    if not found or not rest.startswith(("关于", "印发", "转发")):
        # bodies not (all) recognised, but the title has the form 发文机关 + 关于 + 事由 + 文种:
        # 清河县人民政府 清河县人民武装部关于做好征兵工作的通知
        written = (m.value or cit.title).strip()
        head = ISSUERS_BEFORE_ABOUT.match(written)
        if head is not None:
            # 国务院办公厅转发司法部关于…的通知: the forwarding body issues the notice
            issuers = re.split(r"转发|印发", head.group("issuers"))[0]
            return [resolve_organization(name, ctx) for name in re.split(r"[、, ]+", issuers) if len(name) >= 2]
    if not found:
        return []
    if rest.startswith(("关于", "印发", "转发")):
        return [r for _, r in found]
    if rest.startswith("法") and found[-1][0].norm.endswith("办"):
        return []  # 山西省重大行政决策合法性审查办|法: the form word 办法, not a body
    if all(r.place is None and not r.key.startswith(f"organization:{ctx.doc_id}#") for _, r in found) and len(rest) >= 6:
        return [r for _, r in found]  # a national body before the title proper
    if all(r.place is not None for _, r in found) and len(rest) >= 4 \
            and (not rest.endswith("条例") or any(r.type == "legislature" for _, r in found)):
        # 海城市人民政府|重大行政决策程序规定: the body whose rules they are; only a congress makes a 条例
        # (上海市居民委员会|工作条例 is the law on the committees, no rule of theirs)
        return [r for _, r in found]
    return []


def _title_char(cit: _Citation, m: Mention, pos: int) -> str:
    offset = pos - (m.inner[0] if m.inner else m.start)
    return cit.title[offset] if 0 <= offset < len(cit.title) else ""


def _adjacent_issuers(orgs: list[Mention], cit: Mention, text: str, titles: list[tuple[int, int]]) -> list[Mention]:
    """Bodies written right before a title: 国务院办公厅《…》, 中共中央办公厅、国务院办公厅《…》; or
    before the first of titles written one right after another, which share them (``titles``, the
    outer titles' spans): 教育部《未成年人学校保护规定》《中小学法治副校长聘任与管理办法》."""
    start = cit.start
    k = bisect.bisect_left(titles, (start, 0)) - 1
    while k >= 0 and titles[k][1] == start:
        start = titles[k][0]
        k -= 1
    chain: list[Mention] = []
    pos = start
    # bodies starting at or after the title end after it: start with the last one before it
    for k in range(bisect.bisect_left(orgs, start, key=lambda o: o.start) - 1, -1, -1):
        org = orgs[k]
        if org.end > pos:
            continue
        gap = text[org.end:pos]
        if gap == "" or (chain and gap in ("、", " ", "和", "与", ",")):
            chain.insert(0, org)
            pos = org.start
        else:
            break
    return chain


# The gap between a table's cells, in the text as written: a tab, spaces, a bar or a line break (the
# view joins a table written one cell a line into rows)
CELL_GAP = re.compile(r"[ \t\u3000|｜\r\n]{1,8}")
CELL_END = frozenset(" \t\u3000|｜\r\n")


def _issuer_cell(orgs: list[Mention], cit: Mention, text: str) -> list[Mention]:
    """The body filling the cell after a table row's title, the column of who made it (制定机关):
    1 | 柳州市文明行为促进条例 | 市人大常委会 | 2021年1月1日."""
    k = bisect.bisect_left(orgs, cit.end, key=lambda o: o.start)
    if k >= len(orgs):
        return []
    org = orgs[k]
    if CELL_GAP.fullmatch(text, cit.end, org.start) and (org.end == len(text) or text[org.end] in CELL_END):
        return [org]
    return []


def _issuer_written_in_title(written: str, title: str) -> bool:
    """Whether a title was written with its issuer in front inside the marks: 国务院办公厅|关于…的通知 ·
    中共中央 国务院|关于…的意见 (the gazetteer files it under the title alone)."""
    return title.startswith("关于") and len(written) > len(title) and written.endswith(title) \
        and ISSUER_IN_TITLE.fullmatch(written[:-len(title)]) is not None


# What may stand between a title and its 文号 besides white space: the number's opening bracket, a table's
# bar, and the title's second closing mark when << >> were written as references (&lt;&lt;…&gt;&gt;(安政办发…),
# which the view holds as <   <…>   >   (安政办发…)
NUMBER_GAP = re.compile(r"\s*(?:[>》〉]\s*)?(?:[(（\[【|｜]\s*)?")


def _following_number(numbers: list[Mention], cit: Mention, report: Report) -> Mention | None:
    """The 文号 written right after a title: 《…》(国办发〔2018〕37号), 《…》孝法治办20215."""
    i = bisect.bisect_left(numbers, cit.end, key=lambda n: n.start)
    for number in numbers[i:i + 2]:
        # white space of any width may stand between: a line break the view dropped (a PDF line
        # ending after 》), a table's padded columns (审计结果公告实施细则          同审办发〔2022〕3号),
        # the room a character reference left (&#12299;（玛政办发…); a bar parts the cells of a
        # table row (汪清县行政执法监督工作办法 | 汪政办发[2024]11号)
        between = report.view_of(cit.end, number.start)
        if TABLE_CATEGORY_CELL.fullmatch(between) or NUMBER_GAP.fullmatch(between):
            return number  # (市场主体登记管理条例    行政法规    国务院令第746号: a table's column of kinds between)
    return None


def _preceding_number(numbers: list[Mention], cit: Mention, text: str) -> Mention | None:
    """A 文号 written right before a title, with nothing between: 国办发〔2018〕37号《…》."""
    i = bisect.bisect_right(numbers, cit.start, key=lambda n: n.end) - 1
    if i >= 0 and text[numbers[i].end:cit.start].strip(" ") == "":
        return numbers[i]
    return None


def _bind_short_forms(doc: ExtractedDocument, found: dict[int, _Citation], order: list[int],
                      short_forms: list[Mention]) -> list[tuple[int, Mention]]:
    """Point each short form at the full citation it stands for; returns (antecedent, mention) for
    the uses that are not title-marked citations (该条例, a defined form written bare)."""
    text = doc.report.aligned_view()
    outer = [i for i in order if found[i].outer is None]
    extra: list[tuple[int, Mention]] = []
    defined: list[tuple[int, str, int]] = []  # (defined at, short form, antecedent)
    for sf in short_forms:
        if sf.rule != "defined_short_form" or not sf.value:
            continue
        before = [i for i in outer if found[i].mention.end <= sf.start and sf.start - found[i].mention.end <= 3]
        if not before:
            continue
        antecedent = _root(found, before[-1])
        short = normalize_title(sf.value)
        defined.append((sf.start, short, antecedent))
        for i in outer:
            c = found[i]
            if sf.start <= c.mention.start and c.mention.end <= sf.end:
                c.antecedent = antecedent
    for i in outer:
        c = found[i]
        if c.antecedent is not None or c.law is not None:
            continue
        short = normalize_title(c.title)
        for at, form, antecedent in reversed(defined):
            if at < c.mention.start and form == short and antecedent != i:
                c.antecedent = antecedent
                break
        if c.antecedent is None and GENERIC_SHORT_TITLE.match(short):
            plenum = PLENUM_BEFORE.search(text, max(0, c.mention.start - 16), c.mention.start)
            if plenum is not None:
                # 十八届四中全会《决定》: the plenum's decision, by the gazetteer's name for it
                c.law = law_gazetteer().lookup(plenum.group("plenum") + short)
                if c.law is not None:
                    continue
            c.antecedent = _generic_antecedent(found, outer, i, short)
            if c.antecedent is None:
                c.short_form_note = "no antecedent"
    # a defined short form written later without marks, or in quotes: 纲要 · “条例”
    cited = SpanIndex((found[i].mention.start, found[i].mention.end) for i in order)
    for at, form, antecedent in defined:
        if len(form) < 3 and not GENERIC_SHORT_TITLE.match(form):
            continue
        for m in re.finditer(re.escape(form), doc.report.view):
            start, end = doc.report.offsets.span_to_text(m.start(), m.end())
            if start <= at + 8 or cited.contains(start, start + 1):  # inside a citation
                continue
            quoted = text[start - 1:start] in "“\"" and text[end:end + 1] in "”\""
            if len(form) < 3 and not quoted:
                continue
            extra.append((antecedent, _mention_at(doc, start, end, "short_form_use")))
    for sf in short_forms:
        if sf.rule != "anaphora":
            continue
        candidates = [i for i in outer if found[i].mention.end <= sf.start and sf.start - found[i].mention.end <= 400]
        for i in reversed(candidates):
            root = found[_root(found, i)]
            name = root.law.title if root.law else root.repaired
            if _core(normalize_title(name)).endswith(sf.value) or normalize_title(root.title).endswith(sf.value):
                extra.append((_root(found, i), sf))
                break
    return extra


def _generic_antecedent(found: dict[int, _Citation], outer: list[int], i: int, short: str) -> int | None:
    """The full citation a form-word title (《纲要》, 《纲要(草案)》) stands for: the nearest before
    it whose title ends with that form, else the nearest after it."""
    core = _core(short)
    position = outer.index(i)
    before, after = outer[:position], outer[position + 1:]
    for j in list(reversed(before)) + after:
        c = found[j]
        if c.antecedent is not None:
            continue
        title = normalize_title(c.law.title if c.law else c.repaired)
        if len(title) > len(short) + 1 and (_core(title).endswith(core) or title.endswith(short)):
            return j
    return None


def _root(found: dict[int, _Citation], i: int) -> int:
    seen = set()
    while found[i].antecedent is not None and i not in seen:
        seen.add(i)
        i = found[i].antecedent
    return i


def _mention_at(doc: ExtractedDocument, start: int, end: int, rule: str) -> Mention:
    starts = [s.start for s in doc.sentences]
    norm = doc.report.aligned_view()[start:end]
    return Mention(label=MentionLabel.CITATION, start=start, end=end, text=doc.report.text[start:end], norm=norm,
                   rule=rule, sentence=bisect.bisect_right(starts, start) - 1, inner=(start, end), value=norm)


def _take_gazetteer_entry(entity: Entity, law: LawTitle, year: int | None) -> None:
    """Give a citation's entity what the gazetteer knows of its document: level, official title, the
    version in force in the report's year, whether it has expired."""
    entity.level, entity.gazetteer_title = law.level, law.title
    entity.version, entity.expired = law.version_in_force(year), law.expired


def resolve_regulations(doc: ExtractedDocument, ctx: ReportContext) -> tuple[list[Entity], list[tuple[str, str, Mention]]]:
    """Regulation entities of one report, and TRANSMITS pairs (outer key, inner key, evidence mention)."""
    gazetteer = law_gazetteer()
    text = doc.report.aligned_view()
    mentions = doc.mentions
    citations = [(i, m) for i, m in enumerate(mentions) if m.label is MentionLabel.CITATION]
    numbers = [m for m in mentions if m.label is MentionLabel.DOC_NUMBER]
    orgs = [m for m in mentions if m.label is MentionLabel.ORGANIZATION]
    triggers = [m for m in mentions if m.label is MentionLabel.TRIGGER]
    short_forms = [m for m in mentions if m.label is MentionLabel.SHORT_FORM]
    outer_mentions = [m for _, m in citations if m.nested_in is None]
    reading = _RelationReader(doc, ctx, outer_mentions, numbers, triggers, orgs)

    found: dict[int, _Citation] = {}
    for i, m in citations:
        title = clean_title(m.value or m.norm)
        if len(title) < 2:
            continue
        c = _Citation(m, title, without_revision_note(repair_title(title)), outer=m.nested_in)
        c.law = gazetteer.lookup(c.repaired, ctx.year)
        if c.law is None and m.rule in ("cut_at_start", "gazetteer_title_tail"):
            c.law = gazetteer.lookup_fragment(c.repaired, ctx.year)
        elif c.law is None and m.rule == "unclosed_marks" and text[m.end:m.end + 1] in ("", "\n", "\r"):
            c.law = gazetteer.lookup_fragment(c.repaired, ctx.year, head=True)  # an excerpt cut inside a title
            if c.law is None:
                # the one title the report cited whole before: 《湖南省行政程序规 (cut) is 《湖南省行政程序规定》
                whole = {f.repaired for f in found.values() if f.outer is None and f.repaired.startswith(c.repaired)}
                c.repaired = whole.pop() if len(whole) == 1 else c.repaired
        if m.nested_in is None:
            c.relation, _, subject = reading.relation(m)
            # bodies right before the title, else those the title opens with, else the clause's
            # subject (中共中央、国务院印发的《A》和《辽宁省人民政府关于…》: B is the province's)
            adjacent = _adjacent_issuers(orgs, m, text, reading.citation_spans) or (_issuer_cell(orgs, m, text) if m.rule == "table_row_title" else [])
            leading = [] if adjacent else _leading_issuers(c, orgs, ctx)
            if adjacent or not leading:
                c.issuers = [resolve_organization(o.norm, ctx, o.value) for o in adjacent or subject]
            else:
                c.issuers = leading
            number = _following_number(numbers, m, doc.report) or _preceding_number(numbers, m, text) \
                or reading.closing_number(numbers, m)
            if number is not None:
                c.doc_number = number.value or squeeze(number.norm)
                c.doc_number_note = None if number.rule == "well_formed" else (
                    f"kept as written: {number.rule}" if number.value is None else f"repaired: {number.rule}")
            if m.rule == "table_row_title" and c.relation == "mentions" and national_agency(c.doc_number) is None \
                    and decree_issuer(c.doc_number) is None:
                # a table of documents with their 文号 in a body's report (附件:…印发文件目录) lists its own;
                # a national body's decree (国务院令第746号) is no local body's
                c.relation = "issues"
        found[i] = c
    for c in found.values():
        if c.outer is not None and c.outer in found:
            outer = found[c.outer]
            c.relation = _inner_relation(text, c.mention, outer, triggers, reading)
            before = text[(outer.mention.inner or (outer.mention.start, 0))[0]:c.mention.start]
            if TRANSMITTING_VERB.search(squeeze(before)) and not c.issuers:
                c.issuers = list(outer.issuers)  # the body that transmits a document issues it
    for c in found.values():
        if c.law is not None and c.law.level in LEVEL_ISSUER_LEVELS and c.relation == "issues" and ctx.region is not None:
            if not c.title.startswith("中华人民共和国") and c.law.level == "administrative_regulation":
                # 推动修订优化营商环境条例: a local government makes no national law; what it revises is
                # its own regulation of that name
                c.law, c.local_namesake = None, True
            else:
                # 十四届全国人大常委会第五次会议审议通过修订后的《中华人民共和国行政复议法》: the congress's
                # act, whose subject the verb was not read with; a law, short or in full, only the
                # congress makes (与《治安管理处罚法》不一致的文件予以修改: the documents are revised)
                c.relation = "mentions"
    order = sorted(found, key=lambda i: found[i].mention.start)
    extra = _bind_short_forms(doc, found, order, short_forms)

    entities: dict[str, Entity] = {}
    key_of: dict[int, str] = {}
    relation_of: dict[str, list[tuple[str, Mention]]] = {}
    for i in order:
        c = found[i]
        if c.antecedent is not None:
            continue
        law = c.law
        name = law.title if law else c.repaired
        if law is not None and _issuer_written_in_title(c.repaired, law.title):
            name = c.repaired  # 《国务院办公厅关于…的通知》 is named as written, its issuer in front
        issuers = c.issuers
        issuer_types = ["national_legislature" if o.type == "legislature" and o.name.startswith("全国人民代表大会")
                        else o.type for o in issuers]
        outer = found.get(c.outer) if c.outer is not None else None
        if outer is not None and not issuer_types and is_party_agency(agency_of(outer.doc_number)):
            issuer_types = ["party"]  # a document transmitted by a party office is the party's
        rtype = regulation_type(name, law, issuer_types, c.doc_number)
        volume = VOLUME.search(name) if rtype == "publication" else None
        if volume is not None and volume.start() >= 4:
            name = name[:volume.start()]  # 习近平谈治国理政第三卷法治建设部分 → the work: 习近平谈治国理政
        key = regulation_key(name, ctx, law)
        if c.local_namesake:
            rtype = "local_regulation" if name.endswith(("条例", "法")) else rtype
            key = f"regulation:{ctx.region.code}#{normalize_title(name)}"
        key_of[i] = key
        entity = entities.get(key)
        if entity is None:
            entity = Entity(kind=Kind.REGULATION, key=key, name=name, type=rtype)
            if law is not None:
                _take_gazetteer_entry(entity, law, ctx.year)
                # (the gazetteer files rules under a short name: 市场监督管理总局)
                entity.issuer = (national_body(law.issuer) or law.issuer) if law.issuer else None
            entities[key] = entity
        elif (law is None and len(name) > len(entity.name) and PARTY_PREFIX.match(name)) \
                or (law is not None and name != entity.name and _issuer_written_in_title(name, entity.name)):
            entity.aliases.append(entity.name)  # 中共孝义市委… is the full form of 孝义市委…
            entity.name, entity.type = name, rtype
        elif DRAFT_MARK.search(normalize_title(entity.name)) and not DRAFT_MARK.search(normalize_title(name)):
            # the document a draft became, named in the report after it (起草《江苏省计量条例(修订草案)》… 《江苏省计量条例》)
            entity.aliases.append(entity.name)
            entity.name, entity.type = name, rtype
            if law is not None:
                _take_gazetteer_entry(entity, law, ctx.year)
        _add_mention(entity, c, c.mention, relation_of)
        if c.doc_number and not entity.doc_number:
            entity.doc_number, entity.doc_number_note = c.doc_number, c.doc_number_note
        stated_in_number = None if issuers else decree_issuer(c.doc_number)
        if stated_in_number is not None:
            # the report states the issuer in the decree's number, under the name it had then
            # (环境保护部令第8号, which the gazetteer files under 生态环境部)
            entity.issuer = stated_in_number
        elif issuers and (entity.issuer is None or law is None or law.level not in LEVEL_ISSUER_LEVELS):
            entity.issuer = " ".join(o.name for o in issuers)
            entity.issuer_key = issuers[0].key if len(issuers) == 1 else None
        elif entity.issuer is None and c.doc_number and national_agency(c.doc_number):
            entity.issuer = national_agency(c.doc_number)[0]
        elif entity.issuer is None and (government := _decreeing_government(c.doc_number, ctx)) is not None:
            entity.issuer, entity.issuer_key = government.name, government.key
        elif entity.issuer is None and (maker := _maker_of_local_regulation(name, entity.type, ctx)) is not None:
            entity.issuer, entity.issuer_key = maker.name, maker.key
        if law is None and entity.unresolved is None:
            entity.unresolved = unresolved_reason(name, entity.type, c.short_form_note is not None, c.local_namesake)
    for i in order:
        c = found[i]
        if c.antecedent is None:
            continue
        root = _root(found, i)
        if root not in key_of:
            continue
        key_of[i] = key_of[root]
        entity = entities[key_of[root]]
        _add_mention(entity, c, c.mention, relation_of)
    for antecedent, m in extra:
        root = _root(found, antecedent)
        if root not in key_of:
            continue
        relation, _, _ = reading.relation(m)
        use = _Citation(m, m.value or m.text, m.value or m.text, relation=relation)
        _add_mention(entities[key_of[root]], use, m, relation_of)
    for key, entity in entities.items():
        pairs = relation_of.get(key, [])
        entity.relation = _strongest([r for r, _ in pairs])
        entity.mentions.sort(key=lambda m: m.start)
        deciding = next((m for r, m in pairs if r == entity.relation), None)
        if deciding is not None and entity.mentions and entity.mentions[0] is not deciding:
            # the first mention is the relation's evidence (document.py reads it)
            entity.mentions.remove(deciding)
            entity.mentions.insert(0, deciding)
    transmits = []
    for i, c in found.items():
        if c.outer is not None and c.outer in key_of and i in key_of:
            outer = found[c.outer]
            before = text[(outer.mention.inner or (outer.mention.start, 0))[0]:c.mention.start]
            if TRANSMITTING_VERB.search(squeeze(before)):
                transmits.append((key_of[c.outer], key_of[i], c.mention))
    return list(entities.values()), transmits


# Gazetteer levels whose issuer the gazetteer knows better than a body written before the title.
LEVEL_ISSUER_LEVELS = frozenset({"constitution", "law", "administrative_regulation"})


def _add_mention(entity: Entity, c: _Citation, m: Mention, relation_of: dict[str, list[tuple[str, Mention]]]) -> None:
    entity.mentions.append(m)
    relation_of.setdefault(entity.key, []).append((c.relation, m))
    if m.rule in ("anaphora",):
        return
    written = c.title
    aliases = [written] if written != entity.name else []
    if c.repaired != written and c.repaired != entity.name:
        aliases.append(c.repaired)
    if m.rule in ("gazetteer_bare_name", "gazetteer_title_tail", "short_form_use"):
        aliases.append(squeeze(m.norm))
    for alias in aliases:
        if alias and alias != entity.name and alias not in entity.aliases:
            entity.aliases.append(alias)
