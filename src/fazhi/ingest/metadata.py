"""What a report says about itself: title, publisher, region, year, date (ANNOTATION.md §4).

Reads the view of a report. The region is chosen among the divisions the report names,
weighted by where they stand (title, 来源/主办 lines, opening sentence), by how the
report refers to itself (我县, 全区, 我镇) and by whether their parents are named too,
so that 清河 in a report that also names 河北 is 河北省邢台市清河县. A place that stays
ambiguous is left out rather than guessed.
"""
from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from fazhi.gazetteer.corps import corps
from fazhi.gazetteer.divisions import (LEVEL_ENDINGS, TOWNSHIP_ENDING, TOWNSHIP_ENDINGS, Divisions, divisions,
                                      is_functional_zone, minority_nationalities, town_name_variants, zone_kinds)
from fazhi.ingest.normalize import LIST_ITEM_START
from fazhi.lexicon import read_rows
from fazhi.model import Place, ReportMetadata
from fazhi.text import PEOPLES_ORGANIZATIONS, is_han

# A line that is a report's title: 孝义市2021年法治政府建设情况的报告, 威宁自治县2020年“法治政府建设”工作总结,
# 小溪塔街道办事处2017年工作总结和2018年工作打算 (a summary with next year's plan)
TITLE_LINE = re.compile(
    r"^[^,。;!?:>|›»]{4,70}(?:报告|总结|情况|工作要点|述职报告|通报|汇报|总结[和及与][^,。;!?:]{0,16}(?:打算|计划|思路))"
    r"(?:[(（][^)）]{1,12}[)）])?$"
)
# The site's name a web page's title bar puts after the title, as a copy of the page keeps it:
# …年度报告| - 柳州市公安局 · …情况报告|-武汉市江汉区人民政府 · …报告|_湖州市人民政府_浙江
SITE_AFTER_TITLE = re.compile(r"(?:[-_|｜—–]+[\u3400-\u9fff]{2,20})+$")
# The subject a title reports on: 法治政府 / 依法行政 / 法治建设 …
TITLE_TOPIC = re.compile(r"法治|依法行政|依法治|法制|普法|行政复议|行政应诉|行政执法|述法|政府工作|工作报告|工作总结")
# A year the report covers: 2021年, 2016年度
YEAR = re.compile(r"(20[0-4]\d|19[89]\d)\s*年")
# The sentence that hands the report over names the year reported on: 现将南岗区2016年度依法行政…报告如下
HANDOVER_YEAR = re.compile(r"现将[^。;；]{0,30}?(20[0-4]\d|19[89]\d)\s*年")
# A span of years, the version of a plan and no year reported on: (2015-2020年) · 2021—2025年 · 2016年至2020年
YEAR_SPAN = re.compile(r"(?:20[0-4]\d|19[89]\d)\s*年?\s*[-—–－~～至到]\s*(?:20[0-4]\d|19[89]\d)\s*年")
# A date: 2016年12月20日, 2025-03-10, 2017/11/19, 2017.11.19
DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    r"|[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2}))"
)
# A date written in Chinese numerals at the end of a report: 二〇二三年二月十五日
CN_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
# Header lines that state the publication date: 发布时间:2017-11-19  日期:2025-03-10
DATE_LINE = re.compile(r"(?:发布时间|发布日期|日期|时间|成文日期)\s*[:：]\s*(?P<date>[\d年月日\-/. ]{8,12})")
# The line under a work report's title saying when and where it was delivered, perhaps broken
# by a PDF line end: ——2026年1月28日在云南省第十四届人民代表大会第四次会议上 · （2026年1月27日在…会议上）
# The date may be in Chinese numerals: ——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上
DELIVERY_LINE = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})"
                           r"|(?P<cy>[〇○零一二三四五六七八九]{4})年(?P<cm>[一二三四五六七八九十]{1,3})月"
                           r"(?P<cd>[一二三四五六七八九十]{1,3}))\s*日\s*在"
                           r"[^。；;\n]{0,40}(?:\n[^。；;\n]{0,40})?会议上")
# A government site's field naming the body that issued the page's document, the report's publisher
# whatever place the title names: 发文机关：河北雄安新区管理委员会
ISSUER_FIELD = re.compile(r"发文机关\s*[:：]\s*(?P<body>[\u3400-\u9fff]{2,30})")
# How the name of a body that publishes a report ends, as a source line or a 发文机关 field gives it
# (a zone's 管委会 too in the field, which names the issuer of the page's document)
PUBLISHING_BODY_ENDINGS = "人民政府|政府|局|厅|委员会|办公室|办事处"
SOURCE_BODY = re.compile(f"(?:{PUBLISHING_BODY_ENDINGS})$")
ISSUER_BODY = re.compile(f"(?:{PUBLISHING_BODY_ENDINGS}|管委会)$")
# The office of a party committee's rule-of-law commission: 区委依法治区办 · 中共…全面依法治区委员会办公室
RULE_OF_LAW_OFFICE = re.compile(r"依法治[省市县区州旗盟镇乡]办$|依法治[省市县区州旗盟镇乡]委员会办公室$")
# A web page's header line that dates the page without saying so, by the fields beside the date:
# [ 2023-03-20 ]  来源:市公安局法制支队  阅读:  次 · 2023-02-20 09:15  来源: 潍坊市公安局
WEB_HEADER_LINE = re.compile(r"^.*(?:来源|阅读|浏览|点击|作者|字[号体])\s*[:：].*$", re.M)
# Header lines that state the source or the publishing body: 来源:重庆市合川区古楼镇人民政府
SOURCE_LINE = re.compile(r"(?:来源|发布机构|发布单位|信息来源|发文机关|索引号.*?发布机构)\s*[:：]\s*(?P<body>[\u3400-\u9fff]{2,30})")
# How the report speaks of its own jurisdiction: 我县, 全区, 我镇, 本市
SELF_REFERENCE = re.compile(r"(?:我|全|本)(县|市|区|镇|乡|旗|州|省|街道|苏木)")
# How a province's report speaks of the province: 我省 · 本省
OWN_PROVINCE = re.compile(r"[我本]省")
# A township-level body or place named near the top: 古楼镇人民政府, 古南街道
# (中共递铺街道工作委员会 and 中共双龙镇委员会 as a township's party committee titles its report; 磁灶镇镇长2025年度
# 述法报告 and 金融街街道工委书记2023年度述法报告 as its heads' 述法 reports are titled); an ethnic township's
# name runs longer: 檀营满族蒙古族乡
TOWN = re.compile(rf"([\u3400-\u9fff]{{2,12}}?族|[\u3400-\u9fff]{{2,6}}?)({TOWNSHIP_ENDING})(?=人民政府|办事处|党委|党工委|工委|工作委员会|委员会|镇长|乡长|\d|20|[^\u3400-\u9fff]|法治|依法|$)")
# Words a title writes before its township's name: 关于|玉林街道… · 中共|递铺街道工作委员会 · 2024年|小寨路街道…
TOWN_TITLE_OPENERS = ("关于", "中共", "年", "年度", "我", "本")
# A body that signs a report, on the line above its date: 宁城县人民政府 · 长安镇法治政府建设领导小组 ·
# 中共恭城瑶族自治县委全面依法治县委员会办公室
SIGNER_HEADS = "人民政府|政府|办事处|委员会|管委会|办公室|领导小组|局|厅|委|总队|支队|大队|依法治[省市县区州旗镇乡]办|人大常委会|政协"
SIGNER = re.compile(f"(?:中共)?[\u3400-\u9fff]{{2,40}}?(?:{SIGNER_HEADS})")
# Of a party committee and a government that sign or head a report together, the government is the publisher
# (a zone's 管理委员会 is its government: 中共…工作委员会 / …高新技术产业开发区管理委员会).
GOVERNMENT_SIGNERS = ("人民政府", "政府", "办事处", "管理委员会", "管委会")
# A title that begins with the reporting body: 威宁县司法局2020年法治政府建设工作总结 · 黑龙江省司法厅2022年…
# (a 述法 report is titled by its speaker's post: 上梅乡党委书记2023年度述法报告 is the 乡党委's)
# (and by the speaker's post and name: 中共济南市历城区委|书记张立新2023年度述法报告, or posts:
# 株洲市退役军人事务局|党组书记、局长2021年度述法报告)
SPEAKERS_POST = "(?:党组|党委|党工委)?(?:书记|局长|厅长|主任|县长|区长|市长|镇长|乡长|院长|检察长|所长|校长|主要负责人)"
# The posts of a 述法 report's speaker after the body on its letterhead: 中共光山县委|书记 ·
# 三江侗族自治县司法局|党组书记、局长
SPEAKERS_POST_AT_END = re.compile(f"{SPEAKERS_POST}(?:、{SPEAKERS_POST})*$")
# A body's other name after it in brackets, before what it reports on: 中共泉州市委党校|（泉州行政学院）|2021年度…
OTHER_NAME_AFTER_BODY = r"[（(][\u3400-\u9fff]{2,20}[）)]"
# A party committee's group or office before the year may be what reports, not the committee
# (中共江阴市委全面依法治市委员会司法协调小组2020年工作总结 · 临朐县委依法治县办2020年工作总结): 委 does
# not end the body before 依法治 or 全面依法治.
TITLE_BODY = re.compile(r"^(?:中共)?[\u3400-\u9fff]{2,30}?(?:人民政府|政府|局|厅|委员会|管委会|人大常委会|政协|委(?!(?:全面)?依法治)"
                        r"|办公室|办事处|人民法院|人民检察院|党校|司法所|总队|支队|大队|协调小组|领导小组|依法治[省市县区州旗]办"
                        rf"|联合会|{PEOPLES_ORGANIZATIONS}|监狱|看守所|拘留所|戒毒所|公证处|法律援助中心)"
                        rf"(?=(?:{OTHER_NAME_AFTER_BODY})?(?:{SPEAKERS_POST}(?:、{SPEAKERS_POST})*"
                        r"[\u3400-\u9fff]{0,3}?)?(?:(?:19|20)\d{2}|关于|法治|依法|述法))")
# A letterhead: the reporting body alone on the line right above the title (中共寿光市委党校 /
# 2023年度法治教育培训工作情况报告 · 临沂市兰山区人民法院 / 关于2019年度全区行政审判工作情况的通报 ·
# 呼和浩特市住房公积金管理中心 / 2017年度依法行政工作报告 · 广东省三水强制隔离戒毒所 / 2018年度依法治所工作情况报告).
LETTERHEAD = re.compile(f"(?:中共)?[\u3400-\u9fff]{{2,40}}?(?:{SIGNER_HEADS}|人民法院|人民检察院|党校|司法所|中心"
                        f"|监狱|看守所|拘留所|戒毒所|公证处|联合会|{PEOPLES_ORGANIZATIONS})")
# A title line that a letterhead may stand above: it names what is reported on (2023年度…, 关于…,
# 关于鹿邑县2022年度…); a title opening with its place (新河街道2022年…) stands on its own, the line
# above it most often a web page's banner (天津市滨海新区人民政府).
TITLE_UNDER_LETTERHEAD = re.compile(r"(?:关于[\u3400-\u9fff]{0,10}?)?(?:(?:19|20)\d{2}|[一二〇○零]{4})年")
HAN = re.compile(r"[\u3400-\u9fff]")
# A document's number on a line of its own, between its letterhead and its title: 香法治办〔2023〕3号 ·
# 吴法治办[2021]2号
DOC_NUMBER_LINE = re.compile(r"[\u3400-\u9fff]{1,12}\s*[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*第?\s*\d{1,4}\s*号")
# A line of Han characters alone, without punctuation: the first half of a name wrapped at the line's end
HAN_LINE = re.compile(r"[\u3400-\u9fff]{2,30}")
# A development zone's governing body as the publisher of its report: 西安高新技术产业开发区管理委员会 ·
# 喀什经济开发区管委会 · 西安高新区管委会 (the zone is named after its city)
ZONE_KINDS = f"(?:{'|'.join(zone_kinds('report'))})"  # 开发区|高新区|新区 … (zone_kinds.tsv)
ZONE_GOVERNMENT = re.compile(rf"^(?P<zone>[\u3400-\u9fff]{{2,20}}?{ZONE_KINDS})(?:管理委员会|管委会)$")
# A zone's report titled by the zone alone: 南京江北新区2023年法治政府建设年度报告 (its 管理委员会's)
TITLE_ZONE = re.compile(rf"^(?P<zone>[\u3400-\u9fff]{{2,20}}?{ZONE_KINDS})(?=(?:19|20)\d{{2}}年)")
# The kinds of development zones named by their city's short name: 西安|高新区 · 郑州|经济技术开发区
CITY_ZONE_KINDS = ("高新区", "经开区", "高新技术产业开发区", "经济技术开发区", "经济开发区")
# What tells two kinds of zones apart, whatever else their names say: 高新 (high-tech), 经济 (economic)
ZONE_KIND_MARKS = ("高新", "经济")
# The short kinds of zones and the kinds they stand for: 西安高新区 is 西安高新技术产业开发区
ZONE_SHORT_KINDS = (("高新区", "高新技术产业开发区"), ("经开区", "经济技术开发区"))

_LEVEL_OF_SELF_REFERENCE = {"县": ("county",), "旗": ("county",), "区": ("county",), "市": ("county", "prefecture", "province"),
                            "州": ("prefecture",), "省": ("province",), "镇": ("town",), "乡": ("town",), "街道": ("town",),
                            "苏木": ("town",)}

_HEADER_CHARS = 1500
_CLOSING_CHARS = 400  # how much of a report's end holds its signature and date
# Endings of division names, and of township names.
DIVISION_SUFFIXES = ("省", "市", "县", "区", "州", "旗", "盟")
TOWN_SUFFIXES = TOWNSHIP_ENDINGS
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


class _PlaceNameScanner:
    """Finds place names in a text as a regex alternation of them would (leftmost, longest,
    not overlapping), about seven times faster: only where a name's first two characters
    stand is a name tried. (Python's ``re`` tries an alternation of thousands of names at
    every character, some 0.5 M characters a second.)"""

    def __init__(self, forms: Iterable[str]):
        by_prefix: dict[str, list[str]] = defaultdict(list)
        for form in forms:
            by_prefix[form[:2]].append(form)
        self._by_prefix = {k: sorted(v, key=len, reverse=True) for k, v in by_prefix.items()}
        # Where a name could start: a character that begins a name before one that is second
        # in a name (北 before 京). re finds these in C; one in seven is a name's first two
        # characters, where looking each pair of the text up took twice as long (issue 8).
        firsts, seconds = ({prefix[i] for prefix in self._by_prefix if len(prefix) == 2} for i in (0, 1))
        self._maybe_start = re.compile(f"[{''.join(map(re.escape, sorted(firsts)))}]"
                                       f"(?=[{''.join(map(re.escape, sorted(seconds)))}])")

    def __contains__(self, text: str) -> bool:
        """Whether ``text`` is exactly one of the names."""
        return text in self._by_prefix.get(text[:2], ())

    def opens(self, text: str) -> bool:
        """Whether ``text`` begins with one of the names."""
        return any(text.startswith(form) for form in self._by_prefix.get(text[:2], ()))

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, name) of each place name in ``text``."""
        by_prefix = self._by_prefix
        end = 0  # where the last name found ends: names do not overlap
        for match in self._maybe_start.finditer(text):
            i = match.start()
            if i < end or text[i:i + 2] not in by_prefix:
                continue
            for form in by_prefix[text[i:i + 2]]:
                if text.startswith(form, i):
                    yield i, i + len(form), form
                    end = i + len(form)
                    break


@lru_cache(maxsize=1)
def _place_scanner() -> _PlaceNameScanner:
    return _PlaceNameScanner(f for f in divisions().all_forms() if len(f) >= 2)


@dataclass(slots=True)
class _PlaceHit:
    form: str
    start: int
    weight: float
    weak: bool = False  # a bare two-character short name, which common words contain (共和, 白云)


def _reads_as_title(compact: str) -> bool:
    """Whether a line without blanks reads as a report's title: a title's shape and a rule-of-law topic."""
    return TITLE_LINE.match(compact) is not None and TITLE_TOPIC.search(compact) is not None


def find_title(view: str, html_title: str | None = None) -> str | None:
    lines = [ln.strip() for ln in view[:_HEADER_CHARS].splitlines()]
    lines = [ln for ln in lines if HAN.search(ln)]
    for i, line in enumerate(lines[:15]):
        compact = re.sub(r"\s+", "", line)
        # (a line opened by a section's number or a list's mark is a heading: 三、推进社会治理法治化情况)
        if _reads_as_title(compact) and LIST_ITEM_START.match(compact) is None:
            return compact
        site = SITE_AFTER_TITLE.search(compact)
        if site is not None and _reads_as_title(compact[:site.start()]):
            return compact[:site.start()]
        # a title broken over two lines: 威宁自治县 / 2020年“法治政府建设”工作总结 — but not
        # page debris before a title (减小 / 2026年湖北省政府工作报告)
        if i + 1 < len(lines):
            joined = compact + re.sub(r"\s+", "", lines[i + 1])
            if len(compact) <= 12 and compact in _place_scanner() and _reads_as_title(joined):
                return joined
            # or broken by a PDF line break inside its words: 合肥市生态环境局关于2020年度法治政府 /
            # 建设工作情况的报告
            if ("关于" in compact or YEAR.search(compact)) and len(joined) - len(compact) <= 20 \
                    and _reads_as_title(joined):
                return joined
    if html_title and TITLE_TOPIC.search(html_title):
        return html_title.split("_")[0].split("-")[0].strip() or None
    return None


def _to_date(y: str, m: str, d: str) -> str | None:
    year, month, day = int(y), int(m), int(d)
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _numeric_date(match: re.Match) -> str | None:
    """The date a match of DATE gives: 2023年2月10日 · 2023-02-10."""
    return _to_date(match["y"], match["m1"] or match["m2"], match["d1"] or match["d2"])


def _chinese_date(year: str, month: str, day: str) -> str | None:
    """The date written in Chinese numerals: 二〇二三 · 二 · 十."""
    return _to_date("".join(str(_CN_DIGITS[c]) for c in year), str(_cn_number(month)), str(_cn_number(day)))


def _cn_number(text: str) -> int:
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CN_DIGITS[tens] * 10 + (_CN_DIGITS[ones] if ones else 0)
    return _CN_DIGITS[text]


def _delivery_date(view: str) -> str | None:
    """The date of the line under a title saying at which congress meeting it was delivered."""
    m = DELIVERY_LINE.search(view[:_HEADER_CHARS])
    if m is None:
        return None
    if m["y"]:
        return _to_date(m["y"], m["m"], m["d"])
    return _chinese_date(m["cy"], m["cm"], m["cd"])


def _closing_lines(view: str, before_appendix: bool = True) -> list[str]:
    """The non-blank lines of a report's end, where it is signed and dated: before the web
    page's own end (扫一扫…, 相关链接: and its links, 主办: …), when a page was captured whole, and
    (``before_appendix``) before an appendix that opens near the end."""
    end = len(view)
    while True:
        line_start = view.rfind("\n", 0, end) + 1
        line = view[line_start:end]
        if line.strip() and not PAGE_END_LINE.match(line):
            break
        if line_start == 0 or len(view) - line_start > _PAGE_END_CHARS:
            end = len(view)  # no report text before it within reach: the end as it stands
            break
        end = line_start - 1
    # an appendix after the signature (附表 / 洪雅县人民政府2017年制定规范性文件目录 / 序号 …) is no part of it
    heading = APPENDIX_HEADING_LINE.search(view, max(0, end - _APPENDIX_CHARS), end) if before_appendix else None
    if heading is not None and heading.start() > 0:
        end = heading.start()
    return [ln.strip() for ln in view[max(0, end - _CLOSING_CHARS):end].splitlines() if ln.strip()]


# The heading of an appendix on a line of its own, as the table or list itself opens after the
# signature: 附表 · 附件2 · 附件： (not the list of attachments above the signature: 附件：1. …目录)
APPENDIX_HEADING_LINE = re.compile(r"^[ \t\u3000]*附[表件][ \t\u3000]*\d{0,2}[ \t\u3000]*[:：]?[ \t\u3000]*$", re.M)
# How far before a report's end its appendix may open
_APPENDIX_CHARS = 3000


# A line of a web page's end after the report: 扫一扫在手机打开当前页 · 相关链接: · 相关阅读 ·
#  · 西安市人民政府关于2020年度法治政府建设情况的报告 (a related link) · 主办单位:武汉市江汉区人民政府办公室 ·
# 微信  微博 (a share bar) · |     | (a menu's bars, their items blanked)
PAGE_END_LINE = re.compile(r"\s*(?:扫一扫|相关(?:链接|阅读|文章|新闻|信息|推荐)|延伸阅读|[·•]\s*\S"
                           r"|(?:主办|承办|主管|协办|技术支持|运行维护|维护)(?:单位)?\s*[:：]|网站标识码"
                           r"|分享到|微信\s+微博|[|｜\s]+$)")
# How much of a page's end may be its own lines (links, footer) before the report's end
_PAGE_END_CHARS = 1500


# The first lines of a report looked at for a byline under its title.
_BYLINE_LINES = 6
# A date standing alone on a line, perhaps in brackets: （2023年2月10日）
BRACKETED_DATE = re.compile(r"[(（]?\s*(?P<date>.{8,16}?)\s*[)）]?")
# The header a WeChat article copied from its page keeps: 原创 (its mark of an original), the author,
# the account, the date and time, the province it was posted from:
# 原创 延吉市委依法治市办 法治延吉 2023-02-10 08:30 发表于吉林 · 法治延吉 2023-02-10 08:30 发表于吉林
WECHAT_BYLINE = re.compile(r"(?P<original>原创\s+)?(?P<names>(?:\S+\s+){1,2}?)(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})"
                           r"(?:\s+\d{1,2}:\d{2})?(?P<posted>\s*发表于\S{0,8})?")


def _dated_title(view: str) -> str | None:
    """The date in brackets on the line right under a title, as a report delivered to a congress
    or printed in a gazette is headed (…工作情况的报告 / （2020年2月26日）)."""
    lines = [re.sub(r"\s+", "", ln) for ln in view[:_HEADER_CHARS].splitlines() if ln.strip()][:_BYLINE_LINES]
    for title, below in zip(lines, lines[1:]):
        if not (below[:1] in "(（" and below[-1:] in ")）") or not TITLE_LINE.match(title):
            continue
        match = DATE.fullmatch(below[1:-1])
        if match:
            return _numeric_date(match)
        cn = CN_DATE.fullmatch(below[1:-1])
        if cn:
            return _chinese_date(*cn.groups())
    return None


def _byline(view: str) -> tuple[str, str] | None:
    """(body, date) of a byline under the title: the body's name on a line of its own and the
    date on the next one, as reports published in papers and on web pages are headed
    (三都水族自治县2022年法治建设工作情况报告 / 中共三都水族自治县委全面依法治县委员会办公室 / (2023年2月10日)),
    or as a WeChat article's header names its author (原创 延吉市委依法治市办 法治延吉 2023-02-10 08:30 发表于吉林)."""
    lines = [ln.strip() for ln in view[:_HEADER_CHARS].splitlines() if ln.strip()][:_BYLINE_LINES]
    for line in lines:
        wechat = WECHAT_BYLINE.fullmatch(line)
        if wechat and (wechat["original"] or wechat["posted"]):
            # the author is the first name when there are two (the account is the second)
            author = wechat["names"].split()[0]
            match = DATE.fullmatch(wechat["date"])
            date = match and _numeric_date(match)
            if date and SIGNER.fullmatch(author):
                return author, date
    # the body and the date on one line, apart by blanks (the date last): 中共天水市秦州区委全面依法治区委员会办公室　　2021年1月22日
    pairs = [tuple(parts) for line in lines
             for parts in (re.split(r"[\s\u3000]{2,}", line, maxsplit=1), line.rsplit(maxsplit=1)) if len(parts) == 2]
    for body, below in [*zip(lines, lines[1:]), *pairs]:
        body = re.sub(r"\s+", "", body)
        date = _byline_date(re.sub(r"\s+", "", below))
        if date and SIGNER.fullmatch(body):
            return body, date
    return None


def _byline_date(compact: str) -> str | None:
    """A byline's date, perhaps in brackets, as YYYY-MM-DD: （2023年2月10日） · 2023-02-10."""
    framed = BRACKETED_DATE.fullmatch(compact)
    if framed is None:
        return None
    match = DATE.fullmatch(framed["date"])
    if match:
        return _numeric_date(match)
    cn = CN_DATE.fullmatch(framed["date"])
    return cn and _chinese_date(*cn.groups())


def _signing_date(tail_lines: list[str], signed_only: bool = False) -> str | None:
    """The date on a line of its own among a report's last lines, the last first; ``signed_only``: on
    the line under a signer's name (隆回县人民政府 / 2019年1月25日)."""
    last = tail_lines[-6:]
    for k in range(len(last) - 1, -1, -1):
        line = last[k]
        if signed_only and (k == 0 or SIGNER.fullmatch(last[k - 1]) is None):
            continue
        match = DATE.fullmatch(re.sub(r"\s+", "", line)) or DATE.fullmatch(line)
        if match:
            date = _numeric_date(match)
            if date:
                return date
        cn = CN_DATE.fullmatch(re.sub(r"\s+", "", line))
        if cn:
            return _chinese_date(*cn.groups())
    return None


def find_date(view: str) -> str | None:
    """The signing date at the end of the report, else the publication date in its header."""
    # (an appendix near the end may come after the signature, or before it: 附件 / …目录 / 序号 … / 隆回县人民政府 /
    # 2019年1月25日 / 抄送: …); past one, only a date under a signer's name signs the report, not a table's last cell
    signed = _signing_date(_closing_lines(view)) or _signing_date(_closing_lines(view, before_appendix=False), signed_only=True)
    if signed:
        return signed
    inline = _inline_signature(view)
    if inline:
        return inline[1]
    delivered = _delivery_date(view)
    if delivered:  # a report delivered to a congress is dated by its delivery, not by its web page
        return delivered
    byline = _byline(view)
    if byline:
        return byline[1]
    dated = _dated_title(view)
    if dated:
        return dated
    header = DATE_LINE.search(view[:_HEADER_CHARS])
    if header:
        match = DATE.search(header["date"])
        if match:
            return _numeric_date(match)
    for line in WEB_HEADER_LINE.finditer(view[:_HEADER_CHARS]):
        match = DATE.search(line.group())
        if match:
            return _numeric_date(match)
    return None


def find_year(view: str, title: str | None, date: str | None) -> int | None:
    """The year reported on: the year before a report's delivery to a congress early in a
    year, else the title's year, else the year the opening names most."""
    title_years = [int(y) for y in YEAR.findall(title or "")]
    delivered = _delivery_date(view)
    if delivered and int(delivered[5:7]) <= 3:
        # a report delivered to a congress early in a year reviews the year before; a work
        # report is named by the year of its delivery (2026年政府工作报告, delivered 2026年1月28日)
        reviewed = int(delivered[:4]) - 1
        if not title_years or title_years[0] in (reviewed, reviewed + 1):
            return reviewed
    if title_years:
        return title_years[0]
    body = YEAR_SPAN.sub(" ", view[: _HEADER_CHARS * 2])
    handover = HANDOVER_YEAR.search(body)
    if handover and (not date or int(handover.group(1)) <= int(date[:4])):
        return int(handover.group(1))
    counts = Counter(int(y) for y in YEAR.findall(body))
    if date:
        # a year after the publication date is a plan, not the year reported on; so is the
        # publication's own year early in it, when the year before is named (发布时间:2023-01-16 ·
        # 2022年,贡江镇… · 2023年工作打算)
        published = int(date[:4])
        last = published - 1 if date[5:7] in ("01", "02", "03") and published - 1 in counts else published
        counts = Counter({y: n for y, n in counts.items() if y <= last})
    if counts:
        top = max(counts.values())
        return max(y for y, n in counts.items() if n == top)
    if date:
        return int(date[:4]) - 1 if date[5:7] in ("01", "02", "03") else int(date[:4])
    return None


def _hits(view: str, title: str | None, source: str | None) -> list[_PlaceHit]:
    scanner = _place_scanner()
    hits: list[_PlaceHit] = []
    for text, weight in ((title or "", 6.0), (source or "", 6.0)):
        for _, end, form in scanner.finditer(text):
            if not _names_a_town(text, form, end) and not _names_a_department(text, form, end) \
                    and not _names_a_zone(text, form, end):
                weak = _is_weak(text, form, end)  # 公安 of 天水市公安局 is no 公安县
                hits.append(_PlaceHit(form, -1, weight * 0.3 if weak else weight, weak))
    header = 400
    for start, end, form in scanner.finditer(view):
        if _names_a_town(view, form, end) or _names_a_department(view, form, end) or _names_a_zone(view, form, end):
            continue
        weight = 2.0 if start < header else 1.0
        weak = _is_weak(view, form, end)
        hits.append(_PlaceHit(form, start, weight * 0.3 if weak else weight, weak))
    return hits


def _is_weak(text: str, form: str, end: int) -> bool:
    """A bare two-character short name (清河, 白云, 公安) is weak evidence unless its own level
    follows it: 清河|县, but not 合作|区 (前海深港现代服务业合作区 names no 合作市); or the kind of a
    development zone, which is named by its city's short name (西安|高新区, 喀什|经济开发区; a district's
    short name there, the zone's own, is no hit at all: ``_names_a_zone``)."""
    if len(form) == 2 and text.startswith(CITY_ZONE_KINDS, end):
        return False
    if len(form) == 2 and _opens_a_phrase(text, end - 2) and any(place.name == form for place in divisions().places_named(form)):
        return False  # a county's whole name of two characters opening the title or a phrase: 寿县|2020年… · 滑县人民政府
    if len(form) != 2 or end >= len(text) or text[end] not in "县市区省州":
        return len(form) == 2
    return not any(place.name.endswith(text[end]) for place in divisions().places_named(form))


def _names_a_zone(text: str, form: str, end: int) -> bool:
    """A county's short name that is a city's zone's own name (东湖|高新区 is 武汉's 东湖新技术开发区, not
    南昌's 东湖区): the county's short name before a kind of zone named after a city."""
    return len(form) == 2 and text.startswith(CITY_ZONE_KINDS, end) and not any(
        place.level in ("prefecture", "province") for place in divisions().places_named(form))


def _opens_a_phrase(text: str, start: int) -> bool:
    """Whether nothing Han stands right before ``start``: a name there is no tail of a word (县委和|县政府)."""
    return start == 0 or not is_han(text[start - 1])


# What follows a place's short name that is a department's word instead: 公安|厅 · 公安|局 (湖北省公安厅
# names no 公安县, though 公安县 is in 湖北)
DEPARTMENT_HEADS_AFTER = ("厅", "局")


def _names_a_department(text: str, form: str, end: int) -> bool:
    """A bare two-character short name right before a department's head (公安 in 湖北省公安厅), or one
    that is a department's word and has no level after it (公安机关, 法治公安: 公安县 only as 公安县)."""
    if len(form) != 2 or form[-1] in DIVISION_SUFFIXES:
        return False
    return text.startswith(DEPARTMENT_HEADS_AFTER, end) or (form in _department_words() and not text.startswith("县", end))


@lru_cache(maxsize=1)
def _department_words() -> frozenset[str]:
    """The words departments are written by without a head (公安, 司法, 财政): org_departments.tsv."""
    return frozenset(form for row in read_rows("org_departments.tsv") if len(row) > 1
                     for form in row[1].split(",") if len(form) == 2)


def _names_a_town(text: str, form: str, end: int) -> bool:
    """A place name that is the stem of a township's name: 玉林 in 玉林街道 is not 玉林市."""
    return not form.endswith(DIVISION_SUFFIXES) and text.startswith(TOWN_SUFFIXES, end)


def _of_named_nationality(counties: list[Place], view: str, gaz: Divisions) -> Place | None:
    """The one county among ``counties`` whose own name or whose prefecture's carries a nationality
    the report names: of the 威远镇 of 右玉县, 景谷傣族彝族自治县 and 互助土族自治县, the one of a report that
    speaks of 土族 customs."""
    def nationalities(county: Place) -> set[str]:
        names = county.name + "".join(a.name for a in gaz.ancestors(county))
        return {n for n in minority_nationalities() if n in names}
    of_county = {c.code: nationalities(c) for c in counties}
    shared = set.intersection(*of_county.values())
    matching = [c for c in counties if any(n in view for n in of_county[c.code] - shared)]
    return matching[0] if len(matching) == 1 else None


def _is_named(place: Place, named: dict[str, float], gaz: Divisions) -> bool:
    """Whether the report names the place or a place above it."""
    return bool(named.get(place.code)) or any(named.get(a.code) for a in gaz.ancestors(place))


def _title_town(title: str | None, source: str | None, named: dict[str, float], gaz: Divisions,
                signer: str | None = None, view: str = "") -> Place | None:
    """The township a report's title, source line or letterhead names (玉林街道2023年… ·
    中共西安市雁塔区小寨路街道工作委员会 above 关于2025年度…的报告), placed under the one county that has a
    township of that name, or the one such county the report also names, or else the one whose name
    carries a nationality the report names."""
    for text in (title, source, signer):
        for m in TOWN.finditer(text or ""):
            stem, suffix = m.group(1), m.group(2)
            for cut in range(len(stem) - 1):
                counties = gaz.counties_with_town(stem[cut:] + suffix)
                if not counties:
                    continue
                supported = [c for c in counties if _is_named(c, named, gaz)]
                # a name the data lists otherwise (铁炉白族乡 as 铁炉乡, 犀浦街道 as 犀浦镇) must have its county
                # named too: 丈八街道 of 雁塔区, renamed from 丈八沟街道, is no 丈八镇 of 麟游县
                listed = stem[cut:] + suffix in gaz.town_names()
                if cut and not supported and not _ends_a_town_prefix(stem[:cut]):
                    continue  # 花|果园街道: the tail of a name the data lacks is no township of a county never named
                county = counties[0] if len(counties) == 1 and (listed or supported) else (
                    supported[0] if len(supported) == 1 else None)
                if county is None and len(counties) > 1 and not supported and listed:
                    county = _of_named_nationality(counties, view, gaz)
                if listed and not supported:
                    # the data lists this name under a county the report never names, and the name
                    # the township had before it changed level under one it names: 安德街道 of a
                    # 郫都区 report is 郫都区's 安德镇 raised, no 安德街道 of 陵城区
                    renamed = {c.code: c for v in town_name_variants(stem[cut:] + suffix)
                               for c in gaz.counties_with_town(v) if _is_named(c, named, gaz)}
                    if len(renamed) == 1:
                        county = next(iter(renamed.values()))
                if county is not None:
                    return gaz.town(county, stem[cut:] + suffix)
                break
    return None


def _ends_a_town_prefix(prefix: str) -> bool:
    """Whether what a title writes before a township's name can end there: a division's name (南明区|),
    or words that open a title or a party committee's name (关于|, 中共|)."""
    return prefix[-1] in LEVEL_ENDINGS or prefix.endswith(TOWN_TITLE_OPENERS)


def find_region(view: str, title: str | None, source: str | None, gazetteer: Divisions | None = None,
                signer: str | None = None) -> Place | None:
    """The division a report is about. ``signer`` is the body heading or signing it (a letterhead
    above the title, the body above the closing date): the places it names count as the title's."""
    gaz = gazetteer or divisions()
    hits = _hits(view, title, source)
    named_anywhere: dict[str, float] = defaultdict(float)
    for hit in hits:
        for place in gaz.places_named(hit.form):
            named_anywhere[place.code] += hit.weight
    town = _title_town(title, source, named_anywhere, gaz, signer, view)
    if town is not None:
        return town
    if not hits:
        return None
    score: dict[str, float] = defaultdict(float)
    named: dict[str, float] = defaultdict(float)
    strong: set[str] = set()
    forms_of: dict[str, set[str]] = defaultdict(set)
    for hit in hits:
        places = gaz.places_named(hit.form)
        for place in places:
            score[place.code] += hit.weight / len(places)
            named[place.code] += hit.weight
            forms_of[place.code].add(hit.form)
            if not hit.weak:
                strong.add(place.code)
    if not score:
        return None
    self_levels = Counter()
    for m in SELF_REFERENCE.finditer(view):
        for level in _LEVEL_OF_SELF_REFERENCE[m.group(1)]:
            self_levels[level] += 1
    suffix_counts = Counter(m.group(1) for m in SELF_REFERENCE.finditer(view))

    def total(code: str) -> float:
        place = gaz.by_code[code]
        s = score[code]
        # parents named in the same report confirm a place (清河 + 河北 → 河北省清河县)
        s += sum(0.5 * min(named.get(a.code, 0.0), 4.0) for a in gaz.ancestors(place))
        # the report speaks of itself as 我县/全区: prefer places of that kind
        suffix = place.name[-1]
        s += 0.3 * min(suffix_counts.get(suffix, 0), 10)
        if place.level == "county" and self_levels["county"]:
            s += 1.0
        return s

    def supported(code: str) -> bool:  # named once at least by more than a bare short name
        return bool(({code} | {a.code for a in gaz.ancestors(gaz.by_code[code])}) & strong)

    ranked = sorted(score, key=lambda c: (-total(c), c))
    if not supported(ranked[0]):
        # a place named only by bare short names (衡山司法所 · 衡山派出所: 衡山县) gives way to a
        # county named in full that has a township of that stem (霍山县人民政府: 霍山县衡山镇)
        stems = forms_of[ranked[0]]
        county = next((c for c in ranked[1:] if c in strong and gaz.by_code[c].level == "county" and any(
            gaz.has_town(gaz.by_code[c], stem + ending) for stem in stems for ending in TOWNSHIP_ENDINGS)), None)
        if county is not None:
            ranked.remove(county)
            ranked.insert(0, county)
    titled = {p.code for text in (title or "", signer or "") for _, _, form in _place_scanner().finditer(text)
              for p in gaz.places_named(form)}
    if ranked[0] not in strong:
        # a place named only by bare short names, however often (法治公安 · 公安机关: 公安县), gives
        # way to one the title or the letterhead names in full (宜昌市公安局)
        # (a province there is only the level above a body that is no division's: 黑龙江省农垦建三江管理局)
        named_in_full = next((c for c in ranked[1:] if c in strong and c in titled
                              and gaz.by_code[c].level != "province"), None)
        if named_in_full is not None:
            ranked.remove(named_in_full)
            ranked.insert(0, named_in_full)
    best = gaz.by_code[ranked[0]]
    # a title naming a province is the province's report, however often it names its capital
    above = [c for c in ranked if c in titled and gaz.is_within(best, gaz.by_code[c]) and c != best.code]
    if titled and best.code not in titled and above:
        best = gaz.by_code[above[0]]
    # when a child of the best place scores almost as well, the report is the child's
    # (a county report names its province often): descend while a child is well supported,
    # unless the title names the place and none of its children (湖北省政府工作报告)
    children_scores = [(total(c), c) for c in ranked[1:] if gaz.by_code[c].parent_code and gaz.is_within(gaz.by_code[c], best)]
    if children_scores and not (best.code in titled and not any(c in titled for _, c in children_scores)):
        s, code = max(children_scores)
        child = gaz.by_code[code]
        # 全区 in an autonomous region's report is the region itself, not one of its districts
        own = suffix_counts.get(child.name[-1], 0) if not best.name.endswith(child.name[-1]) else 0
        if s >= 0.5 * total(best.code) or own >= 2:
            best = child
    # ambiguous: two different places tie on a shared short name and nothing separates them
    if len(ranked) > 1 and abs(total(ranked[0]) - total(ranked[1])) < 1e-9:
        a, b = gaz.by_code[ranked[0]], gaz.by_code[ranked[1]]
        if not gaz.is_within(a, b) and not gaz.is_within(b, a):
            return None
    # a place named only by a bare short name that common words contain is not a region
    if not supported(best.code):
        return None
    # a report that speaks of itself as 我省 and never as a city, county or town is its
    # province's, whatever place it names most (an excerpt of a province's report: 兰州新区)
    if best.level != "province" and OWN_PROVINCE.search(view) and not any(
            suffix_counts.get(s, 0) for s in "县市区镇乡旗州街"):
        province = next((a for a in gaz.ancestors(best) if a.level == "province"), None)
        if province is not None:
            return province
    town = _find_town(view, title, source, best, suffix_counts, gaz, signer)
    return town or best


def _find_town(view, title, source, county: Place, suffix_counts: Counter, gaz: Divisions,
               signer: str | None = None) -> Place | None:
    """A township-level region: the report's own town, named in its title, source line or letterhead."""
    if county.level != "county" and not (county.level == "prefecture" and not gaz.children(county)):
        return None  # (a city without counties, 东莞市 or 中山市, has its towns right under it)
    town_self = suffix_counts.get("镇", 0) + suffix_counts.get("乡", 0) + suffix_counts.get("街", 0)
    strong = " ".join(t for t in (title, source, signer) if t)
    candidates = Counter()
    for text, weight in ((strong, 5), (view[:600], 1)):
        for m in TOWN.finditer(text):
            name = m.group(1) + m.group(2)
            for cut in range(len(m.group(1)) - 2 + 1):
                candidate = name[cut:]
                if gaz.has_town(county, candidate):
                    candidates[candidate] += weight
                    break
    if not candidates:
        return None
    name, weight = candidates.most_common(1)[0]
    if weight >= 5 or town_self >= 2:
        return gaz.town(county, name)
    return None


def find_source(view: str) -> str | None:
    match = SOURCE_LINE.search(view[:_HEADER_CHARS])
    return match["body"] if match else None


def find_issuer_field(view: str) -> str | None:
    match = ISSUER_FIELD.search(view[:_HEADER_CHARS])
    return match["body"] if match else None


def find_signer(view: str) -> str | None:
    """The body that signs the report: the line of body names right above the date at its end
    (长安镇法治政府建设领导小组 / 2024年1月26日); of a party committee and a government signing
    together, the government."""
    tail = _closing_lines(view)
    for i in range(len(tail) - 1, max(0, len(tail) - 6), -1):
        compact = re.sub(r"\s+", "", tail[i])
        if DATE.fullmatch(compact) or CN_DATE.fullmatch(compact):
            bodies = [b for b in re.split(r"[\s\u3000]+", tail[i - 1]) if b]
            if len(bodies) == 1 and i >= 2:
                above = re.sub(r"\s+", "", tail[i - 2])
                # two bodies signing together, one per line (无锡太湖国家旅游度假区管理委员会 / 无锡市滨湖区马山街道办事处),
                # else one body's name wrapped onto two lines
                bodies = [above, bodies[0]] if SIGNER.fullmatch(above) and SIGNER.fullmatch(bodies[0]) \
                    else [_unwrapped_signer(tail[i - 2], bodies[0])]
            if not bodies or not all(SIGNER.fullmatch(b) for b in bodies):
                return None
            government = [b for b in bodies if b.endswith(GOVERNMENT_SIGNERS)]
            # of two bodies no government, the one right above the date (above it may stand the last page's
            # running header: 沂南县委依法治县办 / 中共沂南县委全面依法治县委员会办公室 / 2021年1月25日)
            return government[0] if government else bodies[-1]
    inline = _inline_signature(view)
    if inline:
        return inline[0]
    byline = _byline(view)
    return byline[0] if byline else None


# A signature and its date inside a line, as a page captured on one line writes them, after the report's
# last sentence and before the page's own end: …提供法治保障。 吉林省人民政府 2017年2月8日 【相关链接】…
INLINE_SIGNATURE = re.compile(r"[。！!][ \t\u3000]+(?P<body>[\u3400-\u9fff]{4,40})[ \t\u3000]+"
                              r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?=[ \t\u3000]|$)")
# How much of a page's end is looked at for such a signature: the report's end and the page's footer
_INLINE_SIGNATURE_CHARS = 800


def _inline_signature(view: str) -> tuple[str, str] | None:
    """(body, date) of the last signature written inside a line at the view's end (``INLINE_SIGNATURE``),
    of a body that signs reports; None when the view's end has none."""
    tail = view[-_INLINE_SIGNATURE_CHARS:]
    if "\n" in tail.strip():
        return None  # (a report of lines signs on lines of its own: _closing_lines reads them)
    last = None
    for m in INLINE_SIGNATURE.finditer(tail):
        date = DATE.fullmatch(m["date"])
        if SIGNER.fullmatch(m["body"]) and date and (iso := _numeric_date(date)):
            last = (m["body"], iso)
    return last


def _unwrapped_signer(above: str, body: str) -> str:
    """A signing body's name wrapped onto a second line (中共珠海市香洲区委全面依法治区 / 委员会办公室):
    the line above, Han characters only, no body's name on its own and opening as a body's name does
    (with 中共 or a place, not 特此报告), is its beginning."""
    above = re.sub(r"\s+", "", above)
    if HAN_LINE.fullmatch(above) and not SIGNER.fullmatch(above) and SIGNER.fullmatch(above + body) \
            and (above.startswith("中共") or _place_scanner().opens(above)):
        return above + body
    return body


def find_letterhead(view: str) -> str | None:
    """The body on a line of its own right above a title that opens with 关于 or a year."""
    lines = [ln.strip() for ln in view[:_HEADER_CHARS].splitlines()
             if HAN.search(ln) and not DOC_NUMBER_LINE.fullmatch(ln.strip())][:15]
    for line, below in zip(lines, lines[1:]):
        below = re.sub(r"\s+", "", below)
        if not (TITLE_UNDER_LETTERHEAD.match(below) and TITLE_LINE.match(below)):
            continue
        # a joint letterhead, of a government and the zone it governs as one (广州市黄埔区人民政府　广州开发区管委会):
        # the government's, as of a joint signature
        bodies = line.split()
        if len(bodies) > 1 and all(LETTERHEAD.fullmatch(b) for b in bodies):
            return next((b for b in bodies if b.endswith(GOVERNMENT_SIGNERS)), bodies[0])
        body = SPEAKERS_POST_AT_END.sub("", "".join(bodies))  # 中共光山县委|书记: a 述法 report's speaker
        if LETTERHEAD.fullmatch(body):
            return body
    return None


def find_publisher_text(title: str | None, source: str | None, signer: str | None = None,
                        letterhead: str | None = None, issuer_field: str | None = None) -> str | None:
    """The reporting body as written: named in the title, else in the page's 发文机关 field, else on
    the letterhead above the title, else the body that signs the report, else the source line's when
    the title names no place (a source line under a place's title is the web page's publisher,
    often a department: 来源：区司法局), or when it is the rule-of-law office's and the title a place's
    法治建设 report, not its government's 法治政府建设 report.

    Otherwise the publisher is the government of the report's region (resolve decides).
    """
    if title:
        match = TITLE_BODY.match(title)
        if match:
            return match.group(0)
    if issuer_field and ISSUER_BODY.search(issuer_field):
        return issuer_field
    if letterhead:
        return letterhead
    if signer:
        return signer
    if source and RULE_OF_LAW_OFFICE.search(source) and title and "法治政府" not in title:
        return source  # a place's 法治建设 report, its party committee's office's (来源：区委依法治区办)
    if source and title and TITLE_ZONE.match(title) and ZONE_GOVERNMENT.match(source):
        return source  # a zone's report titled by its short name, from its 管委会: 东湖高新区2024年… · 来源：武汉东湖新技术开发区管理委员会
    if title and any(True for _ in _place_scanner().finditer(title)):
        return None
    if source and SOURCE_BODY.search(source):
        return source
    return None


def publishers_zone(publisher: str | None, region: Place | None, gazetteer: Divisions | None = None) -> Place | None:
    """The development zone a report's publisher governs, as the report names it, when the
    statistical code does not list it (西安高新区管委会 in a report placed in 西安市: 西安高新技术产业开发区)
    or lists it under another name (益阳高新技术产业开发区, coded as 湖南益阳高新技术产业园区); its
    bodies are then named after the zone, not after the city. None if the publisher governs no zone."""
    match = ZONE_GOVERNMENT.match(publisher or "")
    gaz = gazetteer or divisions()
    if match is not None and region is None:
        region = _city_opening(match["zone"], gaz)  # 武汉|东湖新技术开发区 in a report that names no place
    if match is None or region is None or region.level == "town":
        return None
    zone = match["zone"]
    for short, full in ZONE_SHORT_KINDS:
        if zone.endswith(short):
            zone = zone.removesuffix(short) + full
    host = gaz.parent(region) if is_functional_zone(region) else region
    if host is None:
        return None
    # the division the zone is named after, the region or one above it: 重庆|两江新区 in 重庆市,
    # 河北|雄安新区 in a report whose most named county is 安新县
    city = next((p for p in (host, *gaz.ancestors(host)) if p.name[:2] == zone[:2]), host)
    if city.name.endswith("市") and zone.startswith(city.name):
        zone = city.name.removesuffix("市") + zone[len(city.name):]  # 西安市高新区: 西安高新技术产业开发区
    if zone[:2] != city.name[:2] or zone == region.name:
        return None
    if is_functional_zone(region):
        if any((kind in zone) != (kind in region.name) for kind in ZONE_KIND_MARKS):
            return None  # another zone of the city
        return replace(region, name=zone, full_name=zone, path=city.path + zone)  # the same code, the report's name
    if gaz.places_named(zone):
        return None
    unlisted = gaz.zone(city, zone)
    if city.level == "province":
        # a zone under a province is placed by its name without the province's: 河北省|雄安新区
        unlisted = replace(unlisted, path=city.path + zone[len(os.path.commonprefix([zone, city.name])):])
    return unlisted


def _city_opening(name: str, gaz: Divisions) -> Place | None:
    """The one city whose name or short name opens ``name``: 武汉 of 武汉东湖新技术开发区."""
    for length in (3, 2):
        cities = [p for p in gaz.places_named(name[:length]) if p.level == "prefecture"]
        if len(cities) == 1:
            return cities[0]
    return None


def extract_metadata(view: str, html_title: str | None = None) -> ReportMetadata:
    title = find_title(view, html_title)
    date = find_date(view)
    year = find_year(view, title, date)
    source = find_source(view)
    signer, letterhead = find_signer(view), find_letterhead(view)
    region = find_region(view, title, source, signer=letterhead or signer)
    if region is not None:
        region = divisions().as_of(region, year)  # named as in the year reported on: 监利县 in 2018
    publisher = find_publisher_text(title, source, signer, letterhead, find_issuer_field(view))
    # (a zone the code lists is the region already, under the code's name: 湖南益阳高新技术产业园区)
    titled_zone = TITLE_ZONE.match(title or "") if publisher is None and not (region and is_functional_zone(region)) else None
    if titled_zone:
        publisher = titled_zone["zone"] + "管理委员会"
    zone = publishers_zone(publisher, region)
    if zone is not None:
        region = zone
    elif titled_zone:
        publisher = None  # a district, not a zone: 浦东新区2023年…
    unit = corps().find_unit(title or "") or corps().find_unit(publisher or "")
    if unit is not None:
        region = unit  # 第八师一五二团2022年… · 中共新疆生产建设兵团第八师一四三团委员会: a unit of the 兵团
    elif region is not None:
        region = corps().division_of_city(region) or region  # 阿拉尔市 is 第一师阿拉尔市, one body (师市合一)
    return ReportMetadata(title=title, publisher_text=publisher, region=region, year=year, date=date)
