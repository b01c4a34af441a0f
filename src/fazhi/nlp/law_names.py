"""Find documents cited without title marks: national laws and regulations by the names in the
national-law gazetteer (宪法, 公务员法, 新行政诉讼法, 政府信息公开条例, 中华人民共和国行政复议法,
法治政府建设实施纲要(2021-2025年)), the party congress reports (党的二十大报告) and a
关于…的规定 standing in a list of such citations.

A name counts only where it stands as a word: followed by punctuation, a conjunction or
a word such as 规定/等/的/进, not by a character that makes it part of a longer term
(宪法宣誓, 民法典学院 are not citations of the law), and preceded by a verb, a list mark or
a non-Han character (行政监察法 is not 监察法).

The matcher is anchored on the last character of a name (法, 例, 定 …): ``re`` scans for it
in C, and a reversed trie walks back from it, so the cost does not grow with the number of
names in the gazetteer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.gazetteer.divisions import LEVEL_ENDINGS, LONGEST_DIVISION_NAME, divisions
from fazhi.gazetteer.laws import law_gazetteer
from fazhi.gazetteer.measures import measure_gazetteer
from fazhi.lexicon import read_rows
from fazhi.nlp.spans import add_span, span_group
from fazhi.text import DOCUMENT_KIND_CELLS, is_han

# Lengths of the word after a law's name that may make a campaign named after it: 宣誓 · 宣传周
EVENT_WORD_LENGTHS = (2, 3)
# A campaign that carries the law somewhere cites it: 宪法|进万家 · 民法典|进乡村
CARRYING = "进"
# What makes 实施 after a name the start of another document's name: 民营经济促进法实施办法
IMPLEMENTING_HEADS = ("办法", "条例", "细则", "意见", "方案", "规定", "纲要", "计划")
# Qualifiers before a law's name that belong to the mention: 新, 新修订的, 中华人民共和国
QUALIFIERS = ("新修订的", "新修订", "修订后的", "新修改的", "新修正的", "新")
NATIONAL_PREFIX = "中华人民共和国"
# Characters that may not precede a bare name: it would be the tail of another title
# (山西省行政复议条例 is not 行政复议条例).
NOT_AFTER = "省市县区州》〉"
# Words that may stand right before a bare name: a bare name is either governed by a verb
# (学习宪法, 严格执行行政监察法) or stands in a list (宪法、新行政诉讼法). Any other Han
# character before it makes it the tail of a longer term (行政监察法 is not 监察法).
GOVERNING_CHARS = "和及与、,的就对把将在以等了及或是"
# A tail this long of a national document's title is that title, even when its head is damaged;
# the damaged head is at most this long.
TAIL_MIN = 12
MAX_DAMAGED_HEAD = 4
# The years of a plan written after its name: 法治政府建设实施纲要(2021—2025年)
VERSION_SUFFIX = re.compile(r"\(\d{4}\s*[-—–~]+\s*\d{4}\s*年?\)")
# A party congress report: 党的二十大报告 · 十九大报告
CONGRESS_REPORT = re.compile(r"大报告")
CONGRESS_NUMERALS = "一二三四五六七八九十"
# A law's implementing regulation named after it by its kind alone: 《行政复议法》|及其实施条例 ·
# 政府信息公开条例及其实施办法. It is a citation when the gazetteer knows <law>实施条例.
IMPLEMENTING_AFTER = re.compile(r"》?(?:及其|及|和)(?P<kind>实施条例|实施细则|实施办法)")
# A 关于…的规定 written without marks right after another citation, in the same list:
# 严格执行行政监察法、公务员法和关于实行党政领导干部问责的规定
LISTED_ABOUT_TITLE = re.compile(r"(?:、|,|和|及|以及|与)(?P<title>关于[^,;:。、《》“”\n]{2,40}?的"
                                r"(?:暂行规定|规定|实施意见|指导意见|若干意见|意见|决定|通知|实施办法|办法|条例))"
                                r"(?=[^\u3400-\u9fff]|$|和|及|与|等|精神|要求)")


# A row of a table of documents flattened into a line: cells apart by a tab or a run of spaces,
# one a title written without marks, a later one its 文号:
# 3    义乌市公共租赁住房管理办法    义政发〔2025〕31号    2025-08-01 · or by bars, as a page's table
# becomes text: 1 | 汪清县重大行政决策程序实施办法 | 汪政发〔2024〕7号 | 2024-04-22
TABLE_GAP = r"(?:\t|[ \u3000]*[|｜][ \u3000]*|[ \u3000]{2,})"
# A row may also be cut by single spaces, when the row opens with its number and the title's cell
# is followed by its 文号: 1 郑州经济技术开发区2022年法治政府建设工作要点 郑经管〔2022〕6号 2022年3月8日
# The brackets a 文号's year stands in: 〔2025〕 · [2025] · 【2018】 · (2018)
NUMBER_YEAR_OPEN, NUMBER_YEAR_CLOSE = r"[〔\[【(（]", r"[〕\]】)）]"
# The note in brackets a title's cell may end with: (试行) · （2025年修订）
TITLE_CELL_NOTE = r"(?:[(（][^()（）\t\n]{1,14}[)）])?"
# (the row's number may stand after the indentation a page gave it: 　　4 洛阳市人民政府关于…的通知 洛政〔2015〕88号;
# the cell may hold a title in marks: 洪雅县人民政府关于印发《洪雅县重大行政决策程序规定》的通知)
TABLE_ROW_TITLE = re.compile(
    r"(?:^|" + TABLE_GAP + r"|^[ \u3000]*\d{1,3}[ \u3000])(?:\d{1,3}" + TABLE_GAP + r")?"
    r"(?P<title>[\u3400-\u9fff](?:[^\t\n《》。;；,，]|《[^\t\n《》]{2,60}》){3,80}?"
    r"(?:办法|细则|规定|清单|方案|意见|通知|条例|规则|要点|规划|计划|制度|决定|指引|标准|纲要|目录|措施)"
    + TITLE_CELL_NOTE + r")(?=" + TABLE_GAP + r"|[ \u3000][^\s〔\[【(（]{1,10}" + NUMBER_YEAR_OPEN
    + r"(?:19|20)\d{2}" + NUMBER_YEAR_CLOSE + ")")
# A 文号 in a table's cell: 义政发〔2025〕31号 · 义政发[2025]31号 · 阿行署办发【2018】41号 · or a
# decree's number: 国务院令第746号 · 市场监管总局令第42号 · 交通运输部令2016年第64号
TABLE_ROW_NUMBER = re.compile(NUMBER_YEAR_OPEN + r"(?:19|20)\d{2}" + NUMBER_YEAR_CLOSE + r"\d{1,4}号"
                              r"|令(?:(?:19|20)\d{2}年)?第\d{1,4}号")
# A table's cell saying what kind of document the row's title is, where the row gives no 文号:
# 1     重庆市物业管理条例（修订）            地方性法规    2017年12月1日市人大常委会通过
TABLE_KIND_CELL = re.compile(TABLE_GAP + "(?:" + DOCUMENT_KIND_CELLS + ")(?:" + TABLE_GAP + "|$)")
# A row of a table of the rules made, revised and repealed, cut by single spaces: the kind's cell, the
# title's and the action's (类别 名称 方式): 规章 海南省行政执法证件管理办法 修改 ·
# 规范性文件 海南省人民政府关于…的实施意见 制定（琼府〔2025〕7号）
KIND_FIRST_ROW = re.compile(
    r"^[ \u3000]*(?:" + DOCUMENT_KIND_CELLS + r")[ \u3000]+(?P<title>[\u3400-\u9fff][^\t\n《》。;；,， ]{3,80}?"
    r"(?:办法|细则|规定|方案|意见|通知|条例|规则|决定|指引|标准|目录)" + TITLE_CELL_NOTE + r")"
    r"[ \u3000]+(?:制定|新制定|修订|修改|废止|宣布失效|保留|暂停执行)(?:$|[ \u3000(（])")
# A numbered row whose cells a tab parts, as the view writes a table it found written one cell a line
# (序号 / 名称 / 制定机关 …): its title's cell needs neither a 文号 nor a kind after it.
# 1\t柳州市文明行为促进条例\t市人大常委会\t2021年1月1日
NUMBERED_TAB_ROW = re.compile(r"[ \u3000]*\d{1,3}\t")
# A 文号 with its issuer's code: 芜建规【2024】1号 · 浙环发［2023］21号 · 湘司发〔2021〕12号
ISSUER_NUMBER = (r"[^\s〔\[【(（)）［]{1,12}[〔\[【(（［](?:19|20)\d{2}[〕\]】)）］]\d{1,4}号")
# A line that is a document's title alone (with a note, no 文号, in brackets: （2020年版）), after a
# list's number, with its 文号 in brackets or after a semicolon (a list of the documents a body issued):
# 芜湖市商品房预售资金监管办法（芜建规【2024】1号） · 3、…事项目录（2020年版）；粤市监规【2020】5号 · a notice
# whose only marks are its inner title's: …关于印发《芜湖市住宅专项维修资金管理实施细则》的通知（芜建〔2024〕12号）
TITLE_LINE = re.compile(
    r"^[ \u3000]*(?:\d{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?[ \u3000]*"
    r"(?P<title>[\u3400-\u9fff](?:[^\t\n《》〈〉<>。;；,，:：]|《[^《》\n]{2,60}》|〈[^〈〉\n]{2,60}〉){3,80}?"
    r"(?:办法|细则|规定|清单|方案|意见|通知|条例|规则|要点|规划|计划|决定|指引|标准|纲要|目录|措施|公告|通告|基准)"
    r"(?:[(（](?![^()（）]*号)[^()（）\t\n]{1,14}[)）])?)"
    r"[ \u3000]*(?:[(（]" + ISSUER_NUMBER + r"[)）]|[；;][ \u3000]*" + ISSUER_NUMBER + r")[ \u3000]*[；;。]?$")
# The end of a local document's title where a converter lost every title mark: its kind, before
# punctuation, a list's word or a count (…条例、 · …管理办法， · …工作要点（潍政办字〔2018〕36号）)
UNMARKED_TITLE_END = re.compile(r"(?:条例|办法|规定|实施细则|实施方案|工作要点|实施意见)(?=[，。；、,;（(和及等\d]|$)")
# How far before its end such a title may begin
UNMARKED_TITLE_REACH = 45
# The marks whose absence from a line shows a converter took them all
TITLE_MARKS = "《》〈〉「」<>"
LISTED_ABOUT_STARTS = ("、关于", ",关于", "和关于", "及关于", "以及关于", "与关于")


@dataclass(frozen=True, slots=True)
class BareCitation:
    start: int
    end: int
    name: str  # the gazetteer key or the canonical form of the name
    rule: str


class _ReversedTrie:
    """Names keyed from their last character backwards: finds the longest name ending at a position."""

    def __init__(self, names):
        self.root: dict = {}
        for name in names:
            node = self.root
            for ch in reversed(name):
                node = node.setdefault(ch, {})
            node[""] = name

    def longest_ending_at(self, text: str, end: int) -> tuple[str | None, int]:
        """The longest name ending at ``end``, and how many characters before ``end`` follow the
        tail of some name (a title whose head is damaged still shares its tail)."""
        node = self.root
        best = None
        i = end - 1
        while i >= 0:
            node = node.get(text[i])
            if node is None:
                break
            if "" in node:
                best = node[""]
            i -= 1
        return best, end - 1 - i


@lru_cache(maxsize=1)
def _bare_names() -> tuple[_ReversedTrie, re.Pattern]:
    gazetteer = law_gazetteer()
    # two-character names other than 宪法 (刑法, 民法 …) are too often part of other words
    names = [n for n in gazetteer.national_short_names(min_length=2) if len(n) >= 3 or n == "宪法"]
    names += gazetteer.national_document_names(min_length=8)
    last_chars = sorted({n[-1] for n in names})
    follower = "|".join(re.escape(w) + ("(?!" + "|".join(IMPLEMENTING_HEADS) + ")" if w == "实施" else "")
                        for w in sorted(_follower_words(), key=len, reverse=True))
    anchor = re.compile("[" + "".join(re.escape(c) for c in last_chars) + r"](?=[^\u3400-\u9fff]|$|" + follower + ")")
    return _ReversedTrie(names), anchor


@lru_cache(maxsize=1)
def _follower_words() -> tuple[str, ...]:
    """The words that may follow a bare name besides punctuation (law_name_contexts.tsv)."""
    return tuple(row[0] for row in read_rows("law_name_contexts.tsv") if row[1] == "follower")


@lru_cache(maxsize=1)
def _governing_words() -> tuple[str, ...]:
    """The verbs that may stand right before a bare name: those of triggers.tsv and the governing
    words of law_name_contexts.tsv, longest first."""
    verbs = {row[0] for row in read_rows("triggers.tsv")}
    verbs |= {row[0] for row in read_rows("law_name_contexts.tsv") if row[1] == "governing"}
    return tuple(sorted(verbs, key=len, reverse=True))


def _is_governed(text: str, start: int) -> bool:
    if start == 0 or not is_han(text[start - 1]) or text[start - 1] in GOVERNING_CHARS:
        return True
    return text.endswith(_governing_words(), max(0, start - 6), start)


# Verbs that launch a campaign, and the words after a law's name that make the name a
# campaign's for the law: 开展|民法典|宣传月活动 · 组织|宪法|进万家 · 开展|宪法|学习 (but 开展|提升…三年行动计划
# is no citation of the plan).
CAMPAIGN_VERBS = ("开展", "组织", "举办", "启动")
# (or a list mark, the law the first of those the campaign is for: 开展|宪法|、《民法典》双语宣讲活动)
CAMPAIGN_WORDS = ("宣传", "进", "知识", "学习", "、")


def _launches_a_campaign_for_it(text: str, start: int, end: int) -> bool:
    return text.endswith(CAMPAIGN_VERBS, max(0, start - 2), start) and text.startswith(CAMPAIGN_WORDS, end)


def _names_an_event(text: str, start: int, end: int) -> bool:
    """Whether the law's name and the word after it form a known campaign of the measure
    gazetteer (宪法|宣传周, 民法典|宣传月, 宪法|宣誓); 民法典|进乡村 carries the law and cites it."""
    if text.startswith(CARRYING, end):
        return False
    known = measure_gazetteer()
    return any(known.candidates(text[start:end + k]) for k in EVENT_WORD_LENGTHS if end + k <= len(text))


def _follows_as_word(text: str, end: int) -> bool:
    if end >= len(text) or not is_han(text[end]):
        return True
    return text.startswith(_follower_words(), end) and not text.startswith(IMPLEMENTING_HEADS, end + 2)


def _mention_start(text: str, start: int) -> int:
    """Extend a name to the left over 中华人民共和国 and 新/新修订的."""
    if text.endswith(NATIONAL_PREFIX, 0, start):
        start -= len(NATIONAL_PREFIX)
    for qualifier in QUALIFIERS:
        if text.endswith(qualifier, 0, start):
            return start - len(qualifier)
    return start


def _damaged_head_start(text: str, tail_start: int, tail_end: int) -> int | None:
    """Where a title whose tail was found begins: right after the verb or list mark that governs
    it — at the tail itself, inside it (切实履行|推进…职责规定: the verb was part of the tail) or
    at most ``MAX_DAMAGED_HEAD`` characters before it (贯彻落实|党|推进…职责规定); None when no
    such place is near."""
    inside = range(tail_start + 1, tail_end - TAIL_MIN + 1)
    before = range(tail_start - 1, max(-1, tail_start - MAX_DAMAGED_HEAD - 1), -1)
    if _is_governed(text, tail_start) and tail_start > 0:
        return tail_start
    for start in inside:
        if start > 0 and _is_governed(text, start) and is_han(text[start - 1]):
            return start
    for start in before:
        if not is_han(text[start]):
            return None
        if _is_governed(text, start):
            return start
    return None


def find_bare_laws(text: str) -> list[BareCitation]:
    """Each bare national law, regulation or national document name in ``text``."""
    trie, anchor = _bare_names()
    found: list[BareCitation] = []
    last_end = -1
    for m in anchor.finditer(text):
        name, depth = trie.longest_ending_at(text, m.end())
        rule = "gazetteer_bare_name"
        if name is None:
            if depth < TAIL_MIN:
                continue
            # 贯彻落实党推进法治建设第一责任人职责规定: the long tail of a national document's title
            # under a damaged head; the head reaches back to the governing verb
            start = _damaged_head_start(text, m.end() - depth, m.end())
            if start is None:
                continue
            name, rule = text[max(start, m.end() - depth):m.end()], "gazetteer_title_tail"
        else:
            start = _mention_start(text, m.end() - len(name))
        if (start > 0 and text[start - 1] in NOT_AFTER) \
                or not (_is_governed(text, start) or _launches_a_campaign_for_it(text, start, m.end())):
            continue
        if start < last_end and found and start <= found[-1].start:
            # a longer name over the one just found (宪法|修正案: 宪法 before 修正 was found first)
            found.pop()
            last_end = found[-1].end if found else -1
        if start < last_end:
            continue
        end = m.end()
        if _names_an_event(text, m.end() - len(name), end):
            continue  # 宪法宣传周 · 民法典宣传月: a known campaign named after the law, not a citation of it
        version = VERSION_SUFFIX.match(text, end)
        if version and _follows_as_word(text, version.end()):
            end = version.end()
        elif measure_gazetteer().candidates(name):
            continue  # 实施提升行政执法质量三年行动计划: without marks or years, the campaign the plan names
        found.append(BareCitation(start, end, name, rule))
        last_end = end
    return found


def find_congress_reports(text: str) -> list[BareCitation]:
    """党的二十大报告 · 十九大报告, named 党的<n>大报告."""
    found = []
    for m in CONGRESS_REPORT.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in CONGRESS_NUMERALS:
            start -= 1
        if start == m.start() or m.start() - start > 3:
            continue
        numeral = text[start:m.start()]
        if text.endswith("党的", 0, start):
            start -= 2
        elif start > 0 and is_han(text[start - 1]) and not _is_governed(text, start):
            continue
        found.append(BareCitation(start, m.end(), f"党的{numeral}大报告", "congress_report"))
    return found


def find_listed_titles(text: str, citation_ends: list[int]) -> list[BareCitation]:
    """关于…的规定 written without marks right after another citation in a list."""
    found = []
    for end in citation_ends:
        if not text.startswith(LISTED_ABOUT_STARTS, end):
            continue
        m = LISTED_ABOUT_TITLE.match(text, end)
        if m:
            found.append(BareCitation(m.start("title"), m.end("title"), m.group("title"), "bare_title_in_list"))
    return found


def find_table_titles(text: str) -> list[BareCitation]:
    """Titles in the cells of the flattened table rows among the text's lines (a row is one line)."""
    found = []
    line_start = 0
    for line in text.split("\n"):
        if _may_be_table_row(line):
            found += [BareCitation(line_start + b.start, line_start + b.end, b.name, b.rule)
                      for b in _table_row_titles(line)]
        line_start += len(line) + 1
    return found


def find_unmarked_local_titles(text: str) -> list[BareCitation]:
    """Local documents' titles in a line without any title mark: from a place's full name right
    after a citing verb to the kind of document (落实|山东省行政规范性文件制定和监督管理办法 · 提请审议通过|
    潍坊市城市绿化条例), with no punctuation between; titles whose marks a converter lost."""
    gazetteer = divisions()
    found = []
    last_end = 0
    for m in UNMARKED_TITLE_END.finditer(text):
        end = m.end()
        line_start = text.rfind("\n", 0, end) + 1
        line_end = text.find("\n", end)
        if any(mark in text[line_start:line_end if line_end >= 0 else len(text)] for mark in TITLE_MARKS):
            continue  # (a paragraph that marks its titles: a title without them is no citation there)
        first = max(last_end, end - UNMARKED_TITLE_REACH)
        # the title's characters run back from its end to the nearest character that is no Han or digit
        start_bound = end
        while start_bound > first and (is_han(text[start_bound - 1]) or text[start_bound - 1].isdigit()):
            start_bound -= 1
        for start in range(start_bound, end - 5):
            place = gazetteer.place_prefix_length(text[start:end], LONGEST_DIVISION_NAME)
            if place and text[start + place - 1] in LEVEL_ENDINGS and _is_governed(text, start):
                found.append(BareCitation(start, end, text[start:end], "unmarked_local_title"))
                last_end = end
                break
    return found


def find_title_lines(text: str) -> list[BareCitation]:
    """Titles without marks that stand alone on their line with their 文号 (TITLE_LINE). The 文号 is
    on the same line: a recogniser reads each line alone, as the pipeline's chunks may part two lines."""
    found = []
    line_start = 0
    for line in text.split("\n"):
        m = TITLE_LINE.match(line) if "号" in line else None
        if m is not None:
            found.append(BareCitation(line_start + m.start("title"), line_start + m.end("title"), m.group("title"),
                                      "title_line"))
        line_start += len(line) + 1
    return found


def _holds_every_overlap(citation: BareCitation, taken: list[tuple[int, int]]) -> bool:
    """Whether every span overlapping the citation lies inside it."""
    return all(citation.start <= s and e <= citation.end for s, e in taken if citation.start < e and citation.end > s)


def _may_be_table_row(line: str) -> bool:
    """Whether the line has a table's cell gap, or a 文号 or kind cell after a single space."""
    return "\t" in line or "  " in line or "|" in line or "｜" in line \
        or (" " in line and (TABLE_ROW_NUMBER.search(line) is not None or KIND_FIRST_ROW.match(line) is not None))


def _table_row_titles(row: str) -> list[BareCitation]:
    """Titles in the cells of one flattened table row whose later cell holds their 文号, or whose
    next cell says what kind of document they are."""
    kind_first = KIND_FIRST_ROW.match(row)
    if kind_first is not None:
        return [BareCitation(kind_first.start("title"), kind_first.end("title"), kind_first.group("title"),
                             "table_row_title")]
    numbered_tab_row = NUMBERED_TAB_ROW.match(row) is not None
    if not numbered_tab_row and TABLE_ROW_NUMBER.search(row) is None and TABLE_KIND_CELL.search(row) is None:
        return []
    return [BareCitation(m.start("title"), m.end("title"), m.group("title"), "table_row_title")
            for m in TABLE_ROW_TITLE.finditer(row) if TABLE_ROW_NUMBER.search(row, m.end("title")) is not None
            or TABLE_KIND_CELL.match(row, m.end("title")) is not None
            or (numbered_tab_row and row.startswith("\t", m.end("title")))]


def find_implementing_regulations(text: str, citations: list[tuple[int, int]]) -> list[BareCitation]:
    """The implementing regulation named after a law by its kind alone (…及其实施条例), when the
    law-title gazetteer has one of that law; named by its official title."""
    gazetteer = law_gazetteer()
    found = []
    for start, end in citations:
        m = IMPLEMENTING_AFTER.match(text, end - 1 if text[end - 1] == "》" else end)
        if m is None:
            continue
        law = gazetteer.lookup(text[start:end].strip("《》"))
        if law is None:
            continue
        regulation = gazetteer.lookup(law.title + m["kind"])
        if regulation is not None and regulation is not law:
            found.append(BareCitation(m.start("kind"), m.end("kind"), regulation.title, "implementing_regulation"))
    return found


@Language.factory("fz_law_names", default_config={"span_key": "citations"})
def make_law_name_recognizer(nlp: Language, name: str, span_key: str) -> "LawNameRecognizer":
    return LawNameRecognizer(span_key)


class LawNameRecognizer:
    """spaCy component: citations without title marks → CITATION spans, outside titles already found."""

    def __init__(self, span_key: str = "citations"):
        self.span_key = span_key
        _bare_names()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        bare = find_bare_laws(text)
        if "大报告" in text:
            bare += find_congress_reports(text)
        if "\t" in text or " " in text or "|" in text or "｜" in text:
            bare += find_table_titles(text)
        if "号" in text:  # (a chunk of one line has no line break: it ends before its line's)
            bare += find_title_lines(text)
        bare += find_unmarked_local_titles(text)
        group = span_group(doc, self.span_key)
        if (bare or group) and "关于" in text:
            ends = sorted({s.end_char for s in group or []} | {b.end for b in bare})
            bare += find_listed_titles(text, ends)
        if "实施" in text and (bare or group):
            bare += find_implementing_regulations(
                text, [(s.start_char, s.end_char) for s in group or []] + [(b.start, b.end) for b in bare])
        if not bare:
            return doc
        spans = list(group or [])
        taken = [(s.start_char, s.end_char) for s in spans]
        added = 0
        for citation in sorted(bare, key=lambda b: b.start):
            if any(citation.start < e and citation.end > s for s, e in taken) \
                    and not (citation.rule in ("title_line", "table_row_title") and _holds_every_overlap(citation, taken)):
                continue  # (a title line's or a table cell's outer notice holds its inner title, found by its marks)
            value = citation.name if citation.rule in ("gazetteer_title_tail", "implementing_regulation") \
                else text[citation.start:citation.end]
            span = add_span(doc, spans, citation.start, citation.end, "CITATION", citation.rule,
                            value=value, inner=(citation.start, citation.end))
            if span is not None:
                taken.append((citation.start, citation.end))
                added += 1
        if added:  # rewriting an unchanged group costs a SpanGroup per paragraph
            doc.spans[self.span_key] = spans
        return doc
