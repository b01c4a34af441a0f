"""Find cited documents by their title marks: 《…》, nested 〈…〉 ‹…› <…> 《…》, 「…」,
and the broken marks web scraping leaves (a 《 never closed, a title closed by > only).

``find_titles(text)`` is a pure function over one paragraph; the spaCy component
``fz_citations`` puts what it finds into ``doc.spans["citations"]``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.gazetteer.divisions import LONGEST_DIVISION_NAME, divisions
from fazhi.nlp.spans import add_span, span_group
from fazhi.nlp.triggers import trigger_pattern

# Marks that open and close a title. The outer marks: 《》 and the corner brackets 「」.
OUTER_CLOSE = {"《": "》", "「": "」", "『": "』"}
# Angle marks, which a half-width conversion leaves for 《》: 落实<新疆维吾尔自治区行政规范性文件管理办法>;
# and the inner title marks standing for the outer ones: 学习〈中华人民共和国行政处罚法〉.
# They open a title only before a Han character or a year (ANGLE_TITLE_START; not <br>, not 3<5).
ANGLE_CLOSE = {"<": ">", "‹": "›", "〈": "〉"}
# What a title in angle marks begins with: a Han character, or a year, as a year's work plan's title
# does (<2022年法治潍坊建设工作要点>(潍法委发[2022]1号) · <<2016年简化优化公共服务流程…工作要点>>)
# (the view's digits are half-width: a full-width year is read as ２０２２ → 2022)
ANGLE_TITLE_START = re.compile(r"[\u3400-\u9fff]|(?:19|20)\d{2}年")
# Marks that open an inner title inside an outer one: 《关于印发〈X〉的通知》, <X>, ‹X›, 《X》
INNER_CLOSE = {"〈": "〉", "<": ">", "‹": "›", "《": "》", "“": "”"}
# Characters before a new 《 that show the previous 《 was never closed:
# 《习近平谈治国理政第三卷法治建设部分、《关于…》
LIST_SEPARATORS = "、,，和及与;"
# Where an unclosed title must end at the latest: sentence ends and line breaks.
HARD_STOPS = "。\n;!?"
# A character a converter lost to ? between two Han characters, which ends no title: 《中华人民共和国宪?修正案》;
# also two lost together, the last before the closing mark (《中华人民共和国行政复??》), read from either
# (after a document's head the ? is the lost closing mark: 《…乡村振兴促进条例?等)
QUESTION_MARK_FOR_A_CHARACTER = re.compile(r"[\u3400-\u9fff]\?[\u3400-\u9fff]|[\u3400-\u9fff]\?\?[\u3400-\u9fff》]|\?\?[\u3400-\u9fff》]")
# …but a title that runs on to its closing mark after the ? lost no closing mark there, though the
# characters before it end like a document's name: 《晋江市行政执法?任制实施办法》
TITLE_RUNS_ON = re.compile(r"[\u3400-\u9fff]{1,20}》")
# A title longer than this without a closing mark is not a title.
MAX_TITLE = 120
# The tail of a document title, used to accept a title closed by a stray > or 〉:
# (法治政府建设实施纲要(2021-2025年)>
DOCUMENT_TAIL = re.compile(r"(?:纲要|条例|办法|规定|意见|通知|方案|要点|规划|法|规则|决定|细则|制度|(?:\d{4}\s*[-—–]+\s*\d{4}\s*年?\)?))\)?$")
# What a title in corner marks must look like, since 「」 also quote words (Traditional texts
# use them as quotation marks): a document form at its end, or 关于 at its start: 「关于…的通知」 · 「某某条例」
# (法 after a verb of legal practice ends a slogan, not a law: 「谁执法谁普法」 · 「尊法学法守法用法」)
CORNER_TITLE = re.compile(r"(?:纲要|条例|办法|规定|意见|通知|方案|要点|规划|(?<![普守执用学说释依懂知讲送司])法|规则|决定|细则|准则|清单|计划|报告|"
                          r"(?:\d{4}\s*[-—–]+\s*\d{4}\s*年?\)?))(?:\((?:试行|草案|暂行)\))?$")
# An opener that may start a title whose 《 was lost: (, “ or the start of the clause.
STRAY_OPENERS = "(“"


@dataclass(frozen=True, slots=True)
class TitleSpan:
    """A title found in a paragraph: ``start``/``end`` include the marks, ``inner_*`` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    rule: str
    parent: int | None = None  # index of the enclosing title in the returned list


def _close_unclosed(text: str, open_at: int, stop: int) -> int:
    """Where an unclosed title that opened at ``open_at`` ends: the first clause break, or the
    gap before a table's next cell (a title wrapped inside its cell: 重庆市实施《中华人民共和国      地方性法规)."""
    segment = text[open_at + 1 : stop]
    gap = COLUMN_GAP.search(segment)
    if gap is not None:
        segment = segment[:gap.start()]
        stop = open_at + 1 + gap.start()
    number = UNCLOSED_BEFORE_NUMBER.search(segment)
    if number is not None:
        segment = segment[:number.start()]
        stop = open_at + 1 + number.start()
    listed = UNCLOSED_BEFORE_LIST.search(segment)
    if listed is not None:
        segment = segment[:listed.end()]
        stop = open_at + 1 + listed.end()
    demanded = UNCLOSED_BEFORE_DEMAND.search(segment)
    if demanded is not None:
        segment = segment[:demanded.end()]
        stop = open_at + 1 + demanded.end()
    closed = UNCLOSED_BEFORE_PAREN.search(segment)
    if closed is not None and not any(ch in "(（" for ch in segment[:closed.end()]):
        segment = segment[:closed.end()]
        stop = open_at + 1 + closed.end()
    for i, ch in enumerate(segment):
        if ch in "、,，;":
            return open_at + 1 + i
    return stop


# A document's head followed by 等, the end of a list of titles: in an unclosed title, where the
# title ended (《湖北省汉江流域水污染防治条例 等法律法规 → 湖北省汉江流域水污染防治条例). 等 may stand
# inside a title (关于做好防汛等工作的通知), but not right after the head of a document's name.
UNCLOSED_BEFORE_LIST = re.compile(r"(?:条例|办法|规定|(?<![普守执用学说释依懂知讲送司立])法|意见|通知|方案|纲要|决定|细则|规则|规划|要点)"
                                  r"(?=[ \u3000]*等)")
# A document's head followed by a closing bracket that opened nothing in the title: in an unclosed
# title, the bracket stood for the closing mark (《江西省工商行政管理局2015年法制工作要点)逐项分解任务)
UNCLOSED_BEFORE_PAREN = re.compile(r"(?:条例|办法|规定|(?<![普守执用学说释依懂知讲送司立])法|意见|通知|方案|纲要|决定|细则|规则|规划|要点)"
                                   r"(?=[)）])")
# A document's head, with its years in brackets, followed by 的要求 or 的部署: in an unclosed title,
# where the title ended (《法治政府建设实施纲要(2015-2020年)的要求 → 法治政府建设实施纲要(2015-2020年)).
# A title's own 的 comes before its head (关于…的通知), never after it.
UNCLOSED_BEFORE_DEMAND = re.compile(r"(?:条例|办法|规定|(?<![普守执用学说释依懂知讲送司立])法|意见|通知|方案|纲要|决定|细则|规则|规划|要点)"
                                    r"(?:[(（][^()（）]{1,16}[)）])?(?=的(?:要求|规定|精神|部署|安排))")
# A 文号 in brackets, after which an unclosed title ended: 《攸县2018年法治政府建设工作要点|（攸政办发[2018]11号）
UNCLOSED_BEFORE_NUMBER = re.compile(r"[(（][\u3400-\u9fff]{1,12}[〔\[【(（]\d{4}[〕\]】)）]第?\d{1,4}号[)）]")
# The gap between two cells of a table row flattened into a line: a tab or three spaces or more
COLUMN_GAP = re.compile(r"\t|[ \u3000]{3,}")


# Where a title can begin or a stray closing mark stand: the scan jumps from one to the next.
TITLE_MARK = re.compile(r"[《「『<‹〈>〉》]")
# Inside an outer title, the characters that matter: closers, inner openers, clause breaks.
INSIDE_MARK = re.compile(r"[》」』《〈<‹“”〉>›。\n;!?]")


def find_titles(text: str) -> list[TitleSpan]:
    """Every title in ``text``; inner titles follow their outer title and point to it."""
    found: list[TitleSpan] = []
    i = 0
    search = TITLE_MARK.search
    while True:
        m = search(text, i)
        if m is None:
            return found
        i = m.start()
        if text[i] in ANGLE_CLOSE and text[i + 1 : i + 2] == text[i] and ANGLE_TITLE_START.match(text, i + 2):
            i = _scan_doubled_angle(text, i, found)
            continue
        if text[i] in OUTER_CLOSE or (text[i] in ANGLE_CLOSE and ANGLE_TITLE_START.match(text, i + 1)):
            i = _scan_outer(text, i, found)
            continue
        if text[i] in ANGLE_CLOSE:
            i += 1
            continue
        _stray_close(text, i, found)
        i += 1


def _scan_doubled_angle(text: str, start: int, found: list[TitleSpan]) -> int:
    """Scan a title opened by a doubled angle mark, which a half-width conversion writes for 《:
    <<宾川县2018年法治政府建设工作要点>>(宾政办发〔2018〕19号). Both marks belong to the title,
    and so do both closing ones, so that what follows the title (its 文号) and what precedes
    it (落实) stand right beside it. Returns where to go on."""
    index = len(found)
    end = _scan_outer(text, start + 1, found)
    title = found[index] if index < len(found) else None
    if title is None or title.start != start + 1:
        return end
    closer = ANGLE_CLOSE[text[start]]
    # (a doubled opener closed by one mark, <<X>, keeps its one closer)
    marks_end = title.end + 1 if text[title.end - 1] == closer and text.startswith(closer, title.end) else title.end
    found[index] = TitleSpan(start, marks_end, title.inner_start, title.inner_end, title.rule)
    return max(end, marks_end)


def _scan_outer(text: str, start: int, found: list[TitleSpan]) -> int:
    """Scan one outer title opening at ``start``; append it (and its inner titles); return where to go on."""
    opener = text[start]
    angle = opener in ANGLE_CLOSE
    closer = ANGLE_CLOSE[opener] if angle else OUTER_CLOSE[opener]
    outer_index = len(found)
    found.append(None)  # placeholder, so that inner titles can point at it
    stack: list[tuple[str, int]] = []  # open inner marks: (closing mark, position)
    n = len(text)
    limit = min(n, start + MAX_TITLE + 1)
    inside = INSIDE_MARK.search
    j = start + 1
    while j < limit:
        m = inside(text, j, limit)
        if m is None:
            j = limit
            break
        j = m.start()
        ch = text[j]
        if ch == closer and not stack:
            if angle:
                found[outer_index] = TitleSpan(start, j + 1, start + 1, j, "angle_marks")
                return j + 1
            if opener != "《" and not (CORNER_TITLE.search(text, start + 1, j) or text.startswith("关于", start + 1)):
                del found[outer_index:]  # 「…」 quoting words, as Traditional texts use it, is no title
                return start + 1  # (a title inside the quote is still found: 「学习《宪法》」)
            found[outer_index] = TitleSpan(start, j + 1, start + 1, j, "title_marks" if opener == "《" else "corner_marks")
            return j + 1
        if stack and ch == stack[-1][0]:
            close_mark, open_pos = stack.pop()
            if close_mark != "”" and j - open_pos > 1:
                found.append(TitleSpan(open_pos, j + 1, open_pos + 1, j, "nested_marks", outer_index))
            j += 1
            continue
        if ch == "《" and (opener == "《" or angle):
            # an inner title, in a title in 《》 or in angle marks (<关于印发《X实施方案》的通知>)
            prev = text[j - 1] if j > start + 1 else ""
            if opener == "《" and prev in LIST_SEPARATORS:
                # the earlier 《 was never closed: it ends before the separator
                end = j - 1
                _finish_unclosed(text, start, end, outer_index, found)
                return j
            stack.append(("》", j))
            j += 1
            continue
        if ch in INNER_CLOSE and ch != "《":
            if ch != "“" and opener == "《" and not stack and text[j - 1] in LIST_SEPARATORS \
                    and DOCUMENT_TAIL.search(text, start + 1, j - 1):
                # 《优化营商环境条例和〈市场主体登记管理条例〉: the 《 was never closed; a title of its own follows
                _finish_unclosed(text, start, j - 1, outer_index, found)
                return j
            if ch == "“":
                # quotes inside a title are part of it: 《清河县“企业宁静日”管理办法》
                stack.append(("”", j))
            else:
                stack.append((INNER_CLOSE[ch], j))
            j += 1
            continue
        if angle and ch == "》" and not stack and DOCUMENT_TAIL.search(text, start + 1, j):
            # a title opened with the wrong mark: 〈四川省行政执法监督条例》 (〈〈…》 too: the first is no opener)
            found[outer_index] = TitleSpan(start, j + 1, start + 1, j, "misclosed_marks")
            return j + 1
        if ch in "〉>›" and not stack:
            # a title opened with 《 and closed with the wrong mark: 《…>
            found[outer_index] = TitleSpan(start, j + 1, start + 1, j, "angle_marks" if angle else "misclosed_marks")
            return j + 1
        if ch in HARD_STOPS and not (ch == "?" and QUESTION_MARK_FOR_A_CHARACTER.match(text, j - 1)
                                     and (not DOCUMENT_TAIL.search(text, start + 1, j) or TITLE_RUNS_ON.match(text, j + 1))):
            break
        j += 1
    if angle:  # an angle mark never closed is no title mark (数值<上限的)
        del found[outer_index:]
        return start + 1
    end = _close_unclosed(text, start, min(j, n))
    _finish_unclosed(text, start, end, outer_index, found)
    return max(end, start + 1)


def _finish_unclosed(text: str, start: int, end: int, outer_index: int, found: list[TitleSpan]) -> None:
    while end > start + 1 and text[end - 1] in " \t、,，":
        end -= 1
    inner = [t for t in found[outer_index + 1 :] if t is not None and t.end <= end]
    del found[outer_index + 1 :]
    if COLUMN_GAP.match(text, end) and not DOCUMENT_TAIL.search(text, start + 1, end):
        del found[outer_index:]  # a title wrapped inside a table's cell, the part before the wrap no title
        return
    if end - start - 1 >= 2:
        found[outer_index] = TitleSpan(start, end, start + 1, end, "unclosed_marks")
        found.extend(inner)
    else:
        del found[outer_index:]


def _stray_close(text: str, close_at: int, found: list[TitleSpan]) -> bool:
    """A closing mark with no opening one: (法治政府建设实施纲要(2021-2025年)> → a title."""
    last_end = found[-1].end if found else 0
    if close_at <= last_end:
        return False
    depth = 0
    k = close_at - 1
    line_start = text.rfind("\n", 0, close_at) + 1
    while k >= max(last_end, line_start, close_at - MAX_TITLE):
        ch = text[k]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                break
            depth -= 1
        elif ch in "。\n;,，、:" and depth == 0:
            break
        k -= 1
    else:
        if k != line_start - 1 or text[close_at] != "》":
            return False
        # the excerpt begins inside a title: 实施纲要(2021-2025年)》,…
        start = _first_non_blank(text, line_start, close_at)
        # 严格执行|云南省…条例》: the verb citing the title opens the paragraph (but 实施纲要 is a title's)
        begin = _citing_verb_end(text, start, close_at)
        start = begin if begin is not None else start
        title = text[start:close_at]
        if len(title) < 4 or not DOCUMENT_TAIL.search(title):
            return False
        found.append(TitleSpan(start, close_at + 1, start, close_at, "cut_at_start"))
        return True
    if text[k] not in STRAY_OPENERS:
        # 。按照|安徽省安全生产条例》: a clause that opens with the verb citing a title whose 《 was lost
        begin = _citing_verb_end(text, _first_non_blank(text, k + 1, close_at), close_at)
        if begin is None or not DOCUMENT_TAIL.search(text[begin:close_at]):
            return False
        found.append(TitleSpan(begin, close_at + 1, begin, close_at, "stray_close_mark"))
        return True
    title = text[k + 1 : close_at]
    if len(title) < 4 or not DOCUMENT_TAIL.search(title):
        return False
    found.append(TitleSpan(k, close_at + 1, k + 1, close_at, "stray_close_mark"))
    return True


def _first_non_blank(text: str, start: int, end: int) -> int:
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip())


def _citing_verb_end(text: str, start: int, close_at: int) -> int | None:
    """Where a title whose 《 was lost begins after the verb at ``start`` that cites it (严格执行|云南省…条例》):
    the verb's end, when four characters or more follow it and open as a title does; else None."""
    verb = trigger_pattern().match(text, start, close_at)
    if verb is None or close_at - verb.end() < 4 or not _opens_a_title(text[verb.end():close_at]):
        return None
    return verb.end()


# How a title commonly opens: 关于… · 中华人民共和国… · 中共中央… · 国务院…, or a place's name
TITLE_OPENINGS = ("关于", "中华人民共和国", "中共", "国务院")


def _opens_a_title(rest: str) -> bool:
    return rest.startswith(TITLE_OPENINGS) \
        or divisions().place_prefix_length(rest, min(len(rest) - 1, LONGEST_DIVISION_NAME)) > 0


@Language.factory("fz_citations", default_config={"span_key": "citations"})
def make_citation_recognizer(nlp: Language, name: str, span_key: str) -> "CitationRecognizer":
    return CitationRecognizer(span_key)


class CitationRecognizer:
    """spaCy component: titles in title marks → ``doc.spans[span_key]`` labelled CITATION."""

    def __init__(self, span_key: str = "citations"):
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        group = span_group(doc, self.span_key) or []
        spans = list(group)
        text = doc.text
        titles = find_titles(text)
        index_of: dict[int, int] = {}
        for idx, title in enumerate(titles):
            parent = index_of.get(title.parent) if title.parent is not None else None
            span = add_span(doc, spans, title.start, title.end, "CITATION", title.rule,
                            value=text[title.inner_start:title.inner_end],
                            inner=(title.inner_start, title.inner_end), parent=parent)
            if span is not None:
                index_of[idx] = len(spans) - 1
        if spans:  # an empty group costs a SpanGroup per paragraph and says nothing
            doc.spans[self.span_key] = spans
        return doc
