"""The extractors' view of a report: normalised text that maps back to the original offsets.

The view is built character by character, so most of it aligns one to one with the
decoded file: Traditional characters become Simplified, full-width letters, digits and
punctuation become half-width (but a half-width full stop that ends a sentence becomes 。),
odd spaces become plain ones, radicals a PDF's font wrote for whole characters (⼈⺠) become
those characters. Converter residue such as
the pinyin in 領(lǐng)導(dǎo) is deleted; the deletions are recorded as break points,
so ``OffsetMap.to_text`` still finds every view position in the original text. Line
breaks a PDF put inside words and titles (《关于加强规范性文件制定和监督\\n管理工作的通知》)
are deleted the same way by ``join_wrapped_lines``, the spaces of letter-spaced text
(遵 义 市 人 民 政 府) by ``join_letter_spacing``, characters no reader sees (zero-width spaces,
soft hyphens) by ``drop_invisible_characters`` and the spaces a converter put inside words of a
report's running text (市政务 服务中心) by ``join_split_words``; the cells of a table written one
a line become a row a line again (``join_table_cells``).
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from fazhi.lexicon import read_mapping
from fazhi.model import OffsetMap
from fazhi.text import is_han, taiwan_words

# Pinyin a converter put after each character or word: 領(lǐng)導(dǎo) · 领导(lǐng dǎo) · 领(ling3)
# Only candidates: ``_is_pinyin`` keeps real pinyin and leaves (APP), (试行) or (OA) alone.
# The bracket comes first and the hanzi before it is looked behind for from there, so that
# re scans for the bracket in C (a pattern starting with the look-behind is tried everywhere).
PINYIN_RESIDUE = re.compile(
    r"[(（](?<=[\u3400-\u9fff][(（])(?P<pinyin>[a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹḿ]{1,6}[1-5]?"
    r"(?: ?[a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹḿ]{1,6}[1-5]?){0,3})[)）]"
)
# One pinyin syllable without its tone: initial + final (zhuang, lü, er, a …).
PINYIN_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|er|in|un|ün|vn"
    r"|ia|ie|iu|ua|uo|ui|üe|ve|ue|a|o|e|i|u|ü|v)[1-5]?|[nm]g?[1-5]?"
)
_TONED = "āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜńňǹḿ"
_UNTONE = str.maketrans(_TONED, "aaaaooooeeeeiiiiuuuuüüüünnnm")

# Full-width ASCII (！ to ～) to half-width, ideographic and no-break spaces to plain ones.
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE.update({0x3000: 0x20, 0xA0: 0x20, 0x2002: 0x20, 0x2003: 0x20})
_HALF_WIDTH = {chr(code): chr(to) for code, to in _WIDTH_TABLE.items()}
# A character _WIDTH_TABLE changes: ， （ ： \u3000 … Replacing each where this finds it is five
# times faster than str.translate, which looks every character of the text up in the table.
WIDE_FORM = re.compile("[" + "".join(re.escape(ch) for ch in _HALF_WIDTH) + "]")
# A half-width full stop that a converter wrote for 。, which the extractors read as 。:
# 办结行政复议案件20件.受理… · 出庭率.2021年… · …工作｡下一步 (U+FF61, the half-width ideographic
# stop). Only after a Han character, a closing mark or %, and before a Han character, a digit,
# an opening mark or the end of the line: not 3.5, www.gov.cn, 附件1.; nor a heading number at
# the start of a line (一.加强组织领导, 十二.). The stop comes first and what stands before it is
# looked behind for from there (the look-behinds take the stop in), so that re scans for it in C.
HALF_WIDTH_STOP = re.compile(
    r"\.(?<=[\u3400-\u9fff》”’)%]\.)(?<!^[一二三四五六七八九十]\.)(?<!^[一二三四五六七八九十]{2}\.)"
    r"(?=[ \t]*(?:[\u3400-\u9fff“《0-9]|$))|｡", re.MULTILINE)

# A dash between two years that a converter could not encode and wrote as ?: 《…实施纲要(2015?2020年)》.
# It becomes the dash it was, so that the title does not end at the question mark. (The mark comes
# first and the year before it is looked behind for from there, so that re scans for the mark in C.)
LOST_YEAR_DASH = re.compile(r"\?(?<=\d{4}\?)(?=\d{4}年)")

# A radical's code that a PDF's font gave a whole character's glyph: 中华⼈⺠共和国⾏政处罚法
# (⼈ U+2F08, ⺠ U+2EA0, ⾏ U+2F8F), ⻓沙市. See ``_radical_characters``.
RADICAL_FORM = re.compile("[\u2e80-\u2fdf]")


@lru_cache(maxsize=1)
def _radical_characters() -> dict[str, str]:
    """Radical → the character it was written for: the Kangxi radicals by their compatibility
    mapping (⼈ → 人), the supplement's whole-character forms by ``radical_characters.tsv`` (⺠ → 民)."""
    table = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)}
    table.update(read_mapping("radical_characters.tsv"))
    return {radical: char for radical, char in table.items() if len(char) == 1 and char != radical}


def _radical_character(match: re.Match) -> str:
    return _radical_characters().get(match.group(), match.group())


# OpenCC's conversions tried in turn on a character the one before left as it was: the standard
# Traditional forms, then Hong Kong's and Taiwan's variants (衞 → 卫, which t2s keeps)
T2S_CONFIGS = ("t2s", "hk2s", "tw2s")


@lru_cache(maxsize=None)
def _t2s_converter(config: str = "t2s"):
    import opencc  # imported lazily: only Traditional input needs it

    return opencc.OpenCC(config)


_T2S_CACHE: dict[int, int | None] = {}


def _is_simplified_charset(ch: str) -> bool:
    """True for characters that GB2312 (the simplified character set) can encode."""
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def traditional_table(text: str) -> dict[int, int]:
    """A translate table turning the Traditional characters of ``text`` into Simplified.

    Only characters outside GB2312 are in it, one for one: those cannot be valid
    Simplified text, while characters such as 乾 or 著 that both scripts use stay as they
    are. ``convert_traditional`` uses it to find the lines to convert.
    """
    table: dict[int, int] = {}
    pending = []
    for ch in set(text):
        code = ord(ch)
        if code < 0x3400:
            continue
        if code in _T2S_CACHE:
            if _T2S_CACHE[code] is not None:
                table[code] = _T2S_CACHE[code]
            continue
        if _is_simplified_charset(ch):
            _T2S_CACHE[code] = None
            continue
        pending.append(ch)
    for config in T2S_CONFIGS:
        if not pending:
            break
        converted = _t2s_converter(config).convert("\n".join(pending)).split("\n")
        unconverted = []
        for ch, out in zip(pending, converted):
            value = ord(out) if len(out) == 1 and out != ch else None
            if value is None:
                unconverted.append(ch)
                continue
            _T2S_CACHE[ord(ch)] = value
            table[ord(ch)] = value
        pending = unconverted
    for ch in pending:
        _T2S_CACHE[ord(ch)] = None
    return table


# A wrong pick that is a Simplified character as well, which OpenCC therefore keeps: 复 → 覆
# (行政覆议法 for 行政复议法; 覆议 is no word), replaced as a word, length kept.
MISPICKED_WORDS = {"覆议": "复议"}
# Traditional characters a Simplified→Traditional→Simplified round trip or a careless converter
# leaves in Simplified text, which GB2312 holds too (so ``traditional_table`` passes them by):
# 领导乾部 · 此後 · 於“八五”普法期间, and the words of MISPICKED_WORDS. A line with one goes through
# OpenCC's phrase conversion, which knows where 乾 stays (乾坤, 乾隆) and where it is 干 (乾部 → 干部,
# 骨乾 → 骨干). (Each branch opens with its literal, so that re scans for it in C.)
MISPICKED = re.compile(r"乾(?:(?=[部警预扰涉线事])|(?<=[骨主树躯]乾))|後|於|" + "|".join(MISPICKED_WORDS))


# An OCR misreading of 治 as 冶 after a character no word of the reports puts before 冶 (冶 stays in
# 冶金, 冶炼, 陶冶, and in names: 唐冶街道, 冶力关, the 唐冶 street's “冶理通” brand): 依法冶县 · 镇综冶中心
MISREAD_ZHI = re.compile("冶(?<=[法综政自防整]冶)")  # (冶 first, for re to scan for it in C)


def repair_misread_zhi(text: str) -> str:
    return MISREAD_ZHI.sub("治", text)


def repair_mispicked(text: str) -> str:
    """``text`` with the lines that hold a converter's wrong pick (``MISPICKED``) converted to
    Simplified by phrase, each line keeping its length (else left as it is)."""
    converter = _t2s_converter()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if MISPICKED.search(line):
            converted = converter.convert(line)
            for wrong, right in MISPICKED_WORDS.items():
                converted = converted.replace(wrong, right)
            if len(converted) == len(line):
                lines[i] = converted
    return "\n".join(lines)


def convert_traditional(text: str, table: dict[int, int]) -> str:
    """``text`` with its Traditional lines made Simplified, keeping every character's place.

    A line with a Traditional character goes through OpenCC's phrase conversion, which also
    fixes characters both scripts share but use differently (關於 → 关于, 著力 stays,
    著名 stays); where a phrase would change the line's length the line is converted
    character by character instead, so the view still aligns with the text.
    """
    marker = re.compile("[" + "".join(re.escape(chr(c)) for c in table) + "]")
    converter = _t2s_converter()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not marker.search(line):
            continue
        # (the table after the phrases: a Hong Kong or Taiwan variant the phrases keep, 衞生 → 卫生)
        converted = converter.convert(line).translate(table)
        lines[i] = converted if len(converted) == len(line) else line.translate(table)
    return "\n".join(lines)


def _is_pinyin(residue: str) -> bool:
    """True when every syllable in the brackets is pinyin and one carries a tone (or the
    toneless syllables are at least two): lǐng · lǐng dǎo · ling3 · ling dao, not app or oa."""
    syllables = residue.split() if " " in residue else [residue]
    toned = any(ch in _TONED or ch.isdigit() for ch in residue)
    plain = [s.translate(_UNTONE) for s in syllables]
    if not all(PINYIN_SYLLABLE.fullmatch(s) for s in plain):
        # run-together syllables of a word: lǐngdǎo
        if not (toned and len(syllables) == 1 and _splits_into_syllables(plain[0])):
            return False
    return toned or len(syllables) > 1


def _splits_into_syllables(word: str) -> bool:
    ok = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        ok[end] = any(ok[start] and PINYIN_SYLLABLE.fullmatch(word[start:end]) for start in range(max(0, end - 7), end))
    return ok[-1]


def build_view(visible: str) -> tuple[str, OffsetMap]:
    """Normalise the visible text of a report into the view the extractors read."""
    view = WIDE_FORM.sub(_half_width, visible)
    if PAGE_BREAK in view:
        view = view.replace(PAGE_BREAK, "\n")  # a page's break is a line's: …办法 / 2 / \f潍坊市人民政府…报告
    if RADICAL_FORM.search(view):
        view = RADICAL_FORM.sub(_radical_character, view)
    if "." in view or "｡" in view:
        view = HALF_WIDTH_STOP.sub("。", view)
    if any(not _is_cached_simplified(m.group()) for m in _outside_gb2312().finditer(view)):
        table = traditional_table(view)
        if table:
            view = convert_traditional(view, table)
    if MISPICKED.search(view):
        view = repair_mispicked(view)
    if "冶" in view:
        view = repair_misread_zhi(view)
    if "?" in view:
        view = LOST_YEAR_DASH.sub("—", view)
    breaks: list[tuple[int, int]] = []
    residues = [m for m in PINYIN_RESIDUE.finditer(view) if _is_pinyin(m.group("pinyin"))]
    if residues:
        pieces = []
        text_pos = 0
        view_len = 0
        for match in residues:
            pieces.append(view[text_pos : match.start()])
            view_len += match.start() - text_pos
            text_pos = match.end()
            breaks.append((view_len, text_pos))
        pieces.append(view[text_pos:])
        view = "".join(pieces)
    offsets = OffsetMap(breaks)
    taiwan_cuts = taiwan_phrase_cuts(view)
    if taiwan_cuts:
        view, offsets = _delete_spans(view, offsets, taiwan_cuts)
    return view, offsets


# A report is Taiwan-phrased when this many different words of ``taiwan_phrases.tsv`` stand in it:
# the Taiwan-phrased reports of the dev sets carry six to ten, a mainland report one at most (资讯, 网路).
TAIWAN_PHRASED_MIN_WORDS = 3


def taiwan_phrase_cuts(view: str) -> list[tuple[int, int, str]]:
    """In a Taiwan-phrased report, each Taiwan word with its mainland one, as (start, end,
    replacement) for ``_delete_spans``: 重大行政决策程式暂行条例 → 程序, 福建省最佳化营商环境条例 → 优化.
    Empty for any other report."""
    found = taiwan_words(view)
    if len({word for _, _, word, _ in found}) < TAIWAN_PHRASED_MIN_WORDS:
        return []
    return [(start, end, mainland) for start, end, _, mainland in found]


def _half_width(match: re.Match) -> str:
    return _HALF_WIDTH[match.group()]


@lru_cache(maxsize=1)
def _outside_gb2312() -> re.Pattern:
    """A pattern finding the characters that could be Traditional: from U+3400 on (past
    the CJK basics), outside GB2312. Searching the text in C for them is twenty times faster
    than looking at each distinct character of it (the view of most reports has none)."""
    gb2312 = set()
    for high in range(0xA1, 0xFF):  # GB2312's two-byte codes: its every character, decoded
        for low in range(0xA1, 0xFF):
            try:
                gb2312.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return re.compile("[^\x00-\u33ff" + "".join(sorted(ch for ch in gb2312 if ord(ch) >= 0x3400)) + "]")


def _is_cached_simplified(ch: str) -> bool:
    code = ord(ch)
    if code in _T2S_CACHE:
        return _T2S_CACHE[code] is None
    simplified = _is_simplified_charset(ch)
    if simplified:
        _T2S_CACHE[code] = None
    return simplified


# --- PDF line breaks -------------------------------------------------------------------------
# A PDF's text layer (and text copied out of one) breaks lines where the page ran out, inside
# words and titles: 《法治政\n府建设实施纲要》. The view joins such lines again by deleting the
# line break, recorded in the offset map like the pinyin residue above.

# The end of a sentence, or of a clause that a list follows: a line ending so is not wrapped.
LINE_FINAL = frozenset("。.!?;:…！？；：")
# Closing marks that may follow a sentence end: 。” 。） 。》
CLOSING_AFTER_FINAL = frozenset("”’」』)）》〉]】\"'")
# A line that begins a heading or a list item: 一、 (一) （二） 1. 2、 第三章 ① ● ■ · - or a table's row,
# its number apart from the next cell (3     市场监督管理行政处罚程序规定     部门规章 · 1 | 汪清县…办法);
# a hyphen before a digit is a range's, cut from its start by the line's end: …实施纲要(2015 / -2020年)〉
LIST_ITEM_START = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．]|\d{1,2}\.(?!\d)"
    r"|\d{1,3}(?:\t|[ \u3000]{2,}|[ \u3000]*[|｜])"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节条部分篇]|[①-⑳⑴-⒇●■◆◇□○•·★※>*]|-(?!\d))"
)
# The form feed a PDF's text layer ends each page with
PAGE_BREAK = "\x0c"
# A line holding nothing but a page number, as PDF text layers carry them: - 3 -, ·17·, 第3页, 3/12
PAGE_NUMBER_LINE = re.compile(
    r"[ \t]*(?:[-—–]\s*\d{1,4}\s*[-—–]|[·•]\s*\d{1,4}\s*[·•]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|\d{1,4})[ \t\r]*"
)
# Wide characters (hanzi, full-width punctuation) take two columns on a page.
# (with the curly quotes and the dash and ellipsis, which Chinese typesetting sets full width:
# a hard-wrapped line with four “ ” in it fills the page as the others do)
_WIDE_RANGES = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2014\u2026"
# The other characters: a report's are few and mostly ASCII, which Python does not copy to
# list them, so counting them is five times faster than counting the wide ones.
_NARROW = re.compile(f"[^{_WIDE_RANGES}]")
_HSPACE = " \t\r\u3000"
# How far after a line break the closing mark of a title broken by it may stand.
_TITLE_REACH = 80


def _width(line: str) -> int:
    return 2 * len(line) - len(_NARROW.findall(line))


def _char_count_width(line: str) -> int:
    """A line's width counting every character as a wide one."""
    return 2 * len(line)


# The share of the longer lines that must fill the page for a text to be hard-wrapped: the lines
# of a wrapped page are the longer ones, except each paragraph's last and the headings, of
# which a report of short paragraphs has many (江湾镇 2024: 32 of 69 lines of 20 and more).
WRAPPED_SHARE = 0.4


def _wrap_width(widths: list[int]) -> int | None:
    """The width at which the text was hard-wrapped, or None when it was not.

    In wrapped text most longer lines fill the page to nearly the same width and hardly any
    is wider; text with one paragraph per line has widths spread over hundreds of columns.
    """
    long_lines = sorted(w for w in widths if w >= 20)
    if len(long_lines) < 3:
        return None
    wrap = long_lines[int(0.9 * (len(long_lines) - 1))]
    if wrap > 200:
        return None
    tolerance = max(4, wrap // 10)
    full = sum(1 for w in long_lines if wrap - tolerance <= w <= wrap + tolerance)
    wider = sum(1 for w in long_lines if w > wrap + tolerance)
    if full >= 3 and full >= WRAPPED_SHARE * len(long_lines) and wider <= 0.1 * len(long_lines):
        return wrap
    return None


# Text wrapped at no one width (a converter that breaks every 25 to 40 characters, as the glyphs
# fell): most of its longer lines end inside a sentence, so a line of RAGGED_LINE_MIN characters or
# more that does not end one runs on, though no page width says it fills the page.
RAGGED_LINE_MIN = 20
# The marks inside a sentence, full-width and as the view writes them half-width
CLAUSE_MARKS = "，,、；;"
# How many of the longer lines, and what share of them, end inside a sentence in ragged text
RAGGED_OPEN_LINES = 20
RAGGED_OPEN_SHARE = 0.6
# A date alone on its line, as under a signature, before which a ragged line does not run on:
# 2025年1月10日 · 二〇二二年一月十二日
DATE_ALONE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                        r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")


def _ragged_wrap(stripped: list[str]) -> bool:
    """Whether the text is wrapped raggedly: RAGGED_OPEN_LINES of its longer lines at least, and
    RAGGED_OPEN_SHARE of them, end inside a sentence, and are no list's item nor a report's title."""
    longer = [s for s in stripped if len(s) >= RAGGED_LINE_MIN]
    open_lines = sum(1 for s in longer if not _ends_sentence(s) and not LIST_ITEM_START.match(s)
                     and not REPORT_TITLE_LINE.fullmatch(s))
    return open_lines >= RAGGED_OPEN_LINES and open_lines >= RAGGED_OPEN_SHARE * len(longer)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(_HSPACE))


# The share of a text's longer lines that open indented, past which its paragraphs are a line each and
# indented: a line at the margin after one of them is the rest of the paragraph a break cut
INDENTED_PARAGRAPH_SHARE = 0.8
# The fewest longer lines that show the paragraphs' style
INDENTED_PARAGRAPH_LINES = 5


def _indented_paragraphs(lines: list[str], stripped: list[str]) -> bool:
    """Whether the text's paragraphs are a line each that opens indented (a web page's or a word
    processor's text): INDENTED_PARAGRAPH_SHARE of its longer lines at least open with blanks."""
    longer = [line for line, s in zip(lines, stripped) if len(s) >= RAGGED_LINE_MIN]
    indented = sum(1 for line in longer if _indent(line) >= 2)
    return len(longer) >= INDENTED_PARAGRAPH_LINES and indented >= INDENTED_PARAGRAPH_SHARE * len(longer)


# A line that is a report's title: it ends in 报告 or 总结 and holds no punctuation of a sentence
# (中共固始县段集镇委员会关于2022年度推进法治建设工作情况的报告). A title long enough to fill the page
# is not wrapped into the addressee or the first paragraph after it.
REPORT_TITLE_LINE = re.compile(r"[^，,。；;：:！？]*(?:报告|总结)")


def _line_starts(lines: list[str]) -> list[int]:
    """Where each of the view's lines (split at its line breaks) begins in the view."""
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return starts


def _line_break(lines: list[str], starts: list[int], before: int, after: int, replacement: str) -> tuple[int, int, str]:
    """The cut (start, end, replacement) of the break from line ``before`` to line ``after``: from
    the end of the one's text to the start of the other's, the blanks around it (and any lines
    between) included."""
    return (starts[before] + len(lines[before].rstrip(_HSPACE)),
            starts[after] + len(lines[after]) - len(lines[after].lstrip(_HSPACE)), replacement)


def _ends_sentence(line: str) -> bool:
    i = len(line) - 1
    while i >= 0 and line[i] in CLOSING_AFTER_FINAL:
        i -= 1
    return i >= 0 and line[i] in LINE_FINAL


# Marks a line break inside which is a wrap, whatever the width of the line before it: 《…》, 〔…〕
# of a 文号, “…” (开展“民法典宣 / 传月”系列活动), and the brackets a 文号 stands in after its title
# (…的通知》(国办发 / 〔2023〕27号) · (成府发〔2020〕 / 5号)).
ENCLOSING_MARKS = (("《", "》"), ("〔", "〕"), ("“", "”"), ("(", ")"), ("（", "）"))


# The straight double quote a converter writes for both “ and ”: whether one is open at a line
# break is told by counting them from the paragraph's start (开展"民法典宣 / 传月"系列活动).
STRAIGHT_QUOTE = '"'


def _inside_title(before: str, after: str, straight_quote_open: bool = False) -> bool:
    """True when a line break falls between an opening mark of ``ENCLOSING_MARKS`` and its closing
    one, or inside straight quotes (``straight_quote_open``) that close within reach after it."""
    for opening, closing in ENCLOSING_MARKS:
        if before.rfind(opening) > before.rfind(closing):
            close = after.find(closing, 0, _TITLE_REACH)
            if close >= 0 and after.find(opening, 0, close) < 0:
                return True
    return straight_quote_open and 0 <= after.find(STRAIGHT_QUOTE, 0, _TITLE_REACH)


def _clause_cut_inside_a_word(before: str, after: str) -> bool:
    """Whether a line a clause mark shows inside a sentence breaks between two Han characters, inside a
    word (…“枫桥经验”,街 / 道群众诉求服务中心). (A date alone after it, a signature's, joins nothing anyway.)"""
    return any(mark in before for mark in CLAUSE_MARKS) and is_han(before[-1]) and is_han(after[0])


# How often a line of some length recurs, next to a page's number, when it is the pages' furniture
FURNITURE_REPEATS = 3
FURNITURE_MIN_LENGTH = 4


def _page_furniture_lines(lines: list[str], stripped: list[str]) -> set[str]:
    """The lines the pages repeat around their numbers: a line of FURNITURE_MIN_LENGTH characters at
    least that stands FURNITURE_REPEATS times or more, twice at least right after or before a page's
    number (- 3 - / 沂南县委依法治县办): a running header or footer, not a line of the text."""
    counts = Counter(s for s in stripped if len(s) >= FURNITURE_MIN_LENGTH)
    repeated = {line for line, n in counts.items() if n >= FURNITURE_REPEATS}
    if not repeated:
        return set()
    by_a_number = Counter(stripped[k] for k in range(len(lines)) if stripped[k] in repeated and any(
        0 <= j < len(lines) and stripped[j] and PAGE_NUMBER_LINE.fullmatch(lines[j]) for j in (k - 1, k + 1)))
    return {line for line, n in by_a_number.items() if n >= 2}


# The width (in full-width characters) past which a line that does not end a sentence is a
# paragraph broken in two, not a heading: headings and short items end well before it
BROKEN_PARAGRAPH_WIDTH = 100
# The gap the table joiner leaves between a row's cells
TABLE_CELL_GAP = "\t"
# A table's row written a line (cells apart by tabs or bars): its lines end without a sentence's end
TABLE_ROW_MARK = re.compile(r"[\t|｜]")


def _runs_on_inside_a_word(before: str, after: str, line: str, full_widths: list[tuple[Callable[[str], int], int]],
                           continuing: bool) -> bool:
    """Whether a line shorter than the page runs on into the next, its break splitting a run of Chinese
    characters in hard-wrapped text: when it continues a wrapped paragraph (``continuing``: a break the
    converter made inside a word, …犯罪案件17件。谷城分 / 局查办的… · 市城管执 / 法支队), or when it fills half
    the page, is no heading and runs on into a sentence's end or a full line (抄送:…,省高级 / 人民法院,
    省人民检察院。). Not a table's row that ends in a date before the next row's number, nor a header's
    or a signature's lines (郸城县人民政府文件 / 郸城县人民政府 · 中共…南泥湾镇委 / 延安市宝塔区南泥湾镇人民政府)."""
    if not full_widths or not (is_han(before[-1]) and is_han(after[0])):
        return False
    if continuing:
        return True
    return not LIST_ITEM_START.match(line) \
        and any(measure(before) >= full // 2 for measure, full in full_widths) \
        and (_ends_sentence(after) or any(measure(after) >= full for measure, full in full_widths))


# Hyphens some converters put at a line's end inside a Han word, as if it were a Latin one
LINE_END_HYPHENS = "-‐"


def join_wrapped_lines(view: str, offsets: OffsetMap) -> tuple[str, OffsetMap]:
    """Join lines that a page width broke apart, deleting the line break from the view.

    A break is joined when the line before it does not end a sentence or a report's title, the line after it
    does not start a heading, a list item or a paragraph (indented deeper than the line
    before: a wrapped line starts at the margin), and either the break falls inside a
    title (《…》, 〔…〕) or the text is hard-wrapped (``_wrap_width``) and the line before
    fills the page, or runs on inside a word (``_runs_on_inside_a_word``). A page-number line
    between two such halves goes too (a paragraph a line,
    its title cut by the page's end: …《遵义市 / — 2 — / 红色文化遗址保护利用办法》). Between two Latin
    letters one space is kept.
    """
    if "\n" not in view:
        return view, offsets
    lines = view.split("\n")
    stripped = [line.strip(_HSPACE) for line in lines]
    # A page is wrapped at a width (half-width characters count half) or, by some converters,
    # at a count of characters (拉孜县 2021: lines of 37 characters, half-width commas and
    # digits among them). A line fills the page if it does by either measure that finds a wrap.
    full_widths = []
    for measure in (_width, _char_count_width):
        wrap = _wrap_width([measure(s) for s in stripped if s])
        if wrap is not None:
            full_widths.append((measure, wrap - max(4, wrap // 10)))
    ragged = _ragged_wrap(stripped)
    indented = _indented_paragraphs(lines, stripped)
    if not full_widths and not ragged and not indented and STRAIGHT_QUOTE not in view \
            and not any(opening in view for opening, _ in ENCLOSING_MARKS) \
            and not any(_width(s) >= BROKEN_PARAGRAPH_WIDTH and not _ends_sentence(s) for s in stripped):
        return view, offsets
    starts = _line_starts(lines)
    # a line the pages repeat is their furniture, a running header (沂南县委依法治县办 after each page's number):
    # it runs on into no line, not even into the signature under it on the last page, but into the rest of
    # the title it opens (成都市双流区人民政府 / 关于2018年法治政府建设工作情况的报告); a sentence runs on across it
    furniture = _page_furniture_lines(lines, stripped)
    cuts: list[tuple[int, int, str]] = []
    quotes_before = 0  # straight quotes in the paragraph before line i
    # the end of the lines already joined to line i: a title may open there and run over two
    # breaks (制定《甘肃省党政 / 主要负责人…第一责任人职 / — 2 — / 责实施办法》)
    joined_before = ""
    i = 0
    while i < len(lines) - 1:
        before, nxt = stripped[i], _after_page_number(lines, stripped, i + 1)
        nxt = _after_running_header(lines, stripped, nxt, joined_before + before, nxt > i + 1, furniture)
        after = stripped[nxt]
        quotes_open = (quotes_before + before.count(STRAIGHT_QUOTE)) % 2 == 1
        if (not before or not after or _ends_sentence(before) or REPORT_TITLE_LINE.fullmatch(before)
                or LIST_ITEM_START.match(lines[nxt]) or TABLE_CELL_GAP in before or TABLE_CELL_GAP in after
                or DATE_ALONE.fullmatch(before) or DATE_ALONE.fullmatch(after)
                or (before in furniture and not REPORT_TITLE_LINE.fullmatch(after))):
            # (a table's row the cells' joiner made runs on into nothing, nor does a line into one:
            # …\t2016年12月5日 / 光山县人民政府 · 附表:…合法性审核情况 / 序号\t文件名称\t起草单位; nor does a
            # signature's date alone, however narrow the page, nor its signer into it: 2017年1月20日 / 抄送:市政府
            # 法制办,… · 中共沂南县委全面依法治县委员会办公室 / 2021年1月25日)
            i, quotes_before, joined_before = i + 1, 0, ""
            continue
        inside_title = _inside_title(joined_before + before, after, quotes_open)
        # a deeper indent starts a paragraph, but not one that opens by closing a title: a stray
        # blank before the rest of a title the line broke (《法治政府建设实施纲要（/ 2021—2025年）》)
        if _indent(lines[nxt]) > _indent(lines[i]) and not (inside_title and _indent(lines[nxt]) == 1):
            i, quotes_before, joined_before = i + 1, 0, ""
            continue
        # (in ragged text, not a heading, nor a line that is a body's or a report's name alone, nor one
        # before a date alone: a signature, 中共长沙市岳麓区委全面依法治区委员会办公室 / 2025年1月10日; a list's
        # item that ends a sentence is a paragraph: （一）全面推行行政执法三项制度。按照《国务院办公厅关于…)
        heading = LIST_ITEM_START.match(lines[i]) is not None and "。" not in before
        fills_page = any(measure(before) >= full for measure, full in full_widths) \
            or (ragged and len(before) >= RAGGED_LINE_MIN and not heading
                and not RUNNING_HEADER_LINE.fullmatch(before))
        # (in ragged text a shorter line runs on too where a clause mark shows it inside a sentence and its
        # break splits a word: …“枫桥经验”,街 / 道群众诉求服务中心)
        fills_page = fills_page or (ragged and not heading and _clause_cut_inside_a_word(before, after))
        # a paragraph's line that runs on without ending its sentence is a paragraph broken in two
        # wherever the page's width was not kept (…国家税务总局张家口市崇礼 / 区税务局落实…)
        broken_paragraph = _width(before) >= BROKEN_PARAGRAPH_WIDTH and not TABLE_ROW_MARK.search(before + after)
        # (a short line runs on across a page's number written as one, — 2 —, not a bare number: in a
        # table one cell a line, 3 on its line is a row's number)
        # a converter's hyphen after a Han character marks a word the line's end cut (市市场监督- / 管理局)
        hyphenated = before[-1] in LINE_END_HYPHENS and len(before) > 1 and is_han(before[-2]) and is_han(after[0])
        # a sentence a page's end cut, however short the page's last line (…，执法人员 / - 2 - / 洪雅县人民政府 /
        # 持证上岗率100%): a page's number written as one (not a bare number, a table's row) between its halves
        cut_by_page = is_han(after[0]) and not LIST_ITEM_START.match(lines[i]) and any(
            PAGE_NUMBER_LINE.fullmatch(lines[k]) and not stripped[k].isdigit() for k in range(i + 1, nxt))
        # where paragraphs open indented, a line at the margin after an indented one that a clause mark shows
        # inside a sentence and that ends inside a word is the paragraph's rest (…,依托安吉县社会矛盾纠纷调处化解
        # / 中心,推动…); not a web page's menu or share bar (…| 彝文版 / 您现在的位置 · 微信 微博 / 主办:…)
        dedented_rest = indented and not heading and _indent(lines[i]) >= 2 and _indent(lines[nxt]) == 0 \
            and _clause_cut_inside_a_word(before, after) and not RUNNING_HEADER_LINE.fullmatch(before)
        if not fills_page and not broken_paragraph and not inside_title and not hyphenated and not cut_by_page \
                and not dedented_rest \
                and (any(stripped[k].isdigit() for k in range(i + 1, nxt))
                     or not _runs_on_inside_a_word(before, after, lines[i], full_widths, continuing=bool(joined_before))):
            i, quotes_before, joined_before = i + 1, 0, ""
            continue
        joined_before = (joined_before + before)[-_TITLE_REACH:]
        quotes_before = int(quotes_open)
        latin = before[-1].isascii() and before[-1].isalpha() and after[0].isascii() and after[0].isalpha()
        start, end, replacement = _line_break(lines, starts, i, nxt, " " if latin else "")
        if hyphenated:
            start -= 1  # 中华人民共和国行政复- / 议法: the hyphen goes with the break
        cuts.append((start, end, replacement))
        i = nxt
    if not cuts:
        return view, offsets
    return _delete_spans(view, offsets, cuts)


# A table copied out of a web page or a PDF one cell a line: a header of short cells opening with
# 序号, then each row's number on a line of its own and the row's cells after it, one a line:
# 序号 / 文件名称 / 文号 / 1 / 周市镇合同管理办法（试行） / 周政发〔2021〕15号 / 2 / …
# The view joins each row's cells again with tabs, as a table flattened a row a line reads.
TABLE_HEADER_FIRST = "序号"
# A header's cell: a few Han characters (文件名称 · 文号 · 发布日期 · 完成情况)
TABLE_HEADER_CELL = re.compile(r"[\u3400-\u9fff]{1,8}")
# A cell is short and no sentence: a line with a sentence's end, or longer, is the text after the table.
TABLE_CELL_MAX = 80
# The rest of a 文号 a line break cut from its cell, after the bracket of its year: 周政发〔2021〕 / 7号
NUMBER_REST_LINE = re.compile(r"\d{1,4}号")
NUMBER_YEAR_CLOSING = frozenset("〕]】)）")
# A header cell over the documents' numbers (文号 · 发文字号 · 令号), before which stands the column of
# the titles a narrow page wraps: 1 / 松阳县重大行政决策事项目录管理 / 办法 / 松政发〔2020〕12号
NUMBER_HEADER_WORDS = ("文号", "字号", "令号")
# The parts of a document's number in a table's cell: its issuer's code (松政办发) and its bracketed year
NUMBER_ISSUER_PART = r"[\u3400-\u9fff]{1,16}"
NUMBER_YEAR_PART = r"[〔\[【(（]\d{4}[〕\]】)）]"
# A cell holding a document's number: 松政办发〔2020〕27号 · 福建省人民政府令第245号
NUMBER_CELL = re.compile(NUMBER_ISSUER_PART + r"(?:" + NUMBER_YEAR_PART + r"\d{1,4}号|令第\d{1,4}号)")
# A number's cell cut after the bracket of its year, its number on the next line: 皖政办〔2019〕 / 4号
NUMBER_CELL_YEAR = re.compile(NUMBER_ISSUER_PART + NUMBER_YEAR_PART)
# A number's cell cut before the bracket of its year, its issuer's code alone on a line: 洪府办发 / [2017]35号
NUMBER_CELL_ISSUER = re.compile(NUMBER_ISSUER_PART + r"[发字函]")
NUMBER_CELL_REST = re.compile(NUMBER_YEAR_PART + r"\d{1,4}号")
# A number's cell cut before its 号, alone on the next line: 小街办发〔2016〕21 / 号
NUMBER_CELL_DIGITS = re.compile(NUMBER_ISSUER_PART + NUMBER_YEAR_PART + r"\d{1,4}")
NUMBER_SIGN = "号"
# The forms a document's title ends with, and how much of one a wrapped title's last line holds at most
TITLE_FORMS = ("办法", "规定", "通知", "意见", "方案", "细则", "规则", "决定", "清单", "目录", "要点", "计划", "规划", "条例")
TITLE_FORM_REST_MAX = 3
# How many lines a wrapped title's cell may take, a page's number and running header between included
WRAPPED_TITLE_LINES = 5


def _table_cuts(lines: list[str], stripped: list[str], starts: list[int], header: int) -> list[tuple[int, int, str]]:
    """The line breaks to replace inside the one-cell-a-line table whose header opens at line
    ``header`` (a ``TABLE_HEADER_FIRST`` line): a tab between the cells of the header and of each
    row, nothing inside a 文号 cut in two; none when no header of two cells or more and no row 1
    follow."""
    filled = [k for k in range(header, len(lines)) if stripped[k]]

    def cut(a: int, b: int, replacement: str) -> tuple[int, int, str]:
        return _line_break(lines, starts, a, b, replacement)

    columns = 1
    while columns < len(filled) and TABLE_HEADER_CELL.fullmatch(stripped[filled[columns]]):
        columns += 1
    if columns < len(filled) and _page_furniture(lines, stripped, filled, columns):
        # a page ended inside the header (文件名称 / — 2 — / 诸城市人民政府 / 文号): its number and running
        # header go, as between two rows
        filled = filled[:columns] + filled[_past_page_furniture(lines, stripped, filled, columns):]
        while columns < len(filled) and TABLE_HEADER_CELL.fullmatch(stripped[filled[columns]]):
            columns += 1
    if columns < 3 or columns > 10 or columns >= len(filled) or stripped[filled[columns]] != "1":
        return []
    cuts = [cut(filled[c - 1], filled[c], "\t") for c in range(1, columns)]
    number_column = next((c for c in range(2, columns) if any(w in stripped[filled[c]] for w in NUMBER_HEADER_WORDS)), 0)
    at, row = columns, 1
    while at < len(filled):
        if stripped[filled[at]] != str(row):
            # a page's number between two rows goes, and the running header after it (- 3 - / 洪雅县人民政府)
            row_at = at + 1 if PAGE_NUMBER_LINE.fullmatch(lines[filled[at]]) else at
            if at < row_at < len(filled) and RUNNING_HEADER_LINE.fullmatch(stripped[filled[row_at]]):
                row_at += 1
            if row_at == at or row_at >= len(filled) or stripped[filled[row_at]] != str(row):
                break
            cuts.append(cut(filled[at - 1], filled[row_at], "\n"))
            at = row_at
        cells, nxt = 0, at + 1
        while nxt < len(filled):
            line, previous = stripped[filled[nxt]], stripped[filled[nxt - 1]]
            if cells and ((NUMBER_REST_LINE.fullmatch(line) and previous[-1] in NUMBER_YEAR_CLOSING)
                          or _number_cut_before_year(previous, line) or _number_cut_before_sign(previous, line)):
                cuts.append(cut(filled[nxt - 1], filled[nxt], ""))
            elif cells == number_column - 1 and (number := _wrapped_title_end(lines, stripped, filled, nxt)):
                # a title's cell the page wrapped (…目录管理 / 办法), up to the number's cell
                parts = [k for k in range(nxt, number) if not _page_furniture(lines, stripped, filled, k)]
                cuts.extend(cut(filled[a], filled[b], "") for a, b in zip([nxt - 1, *parts], parts))
                # then the number's cell, past a page's end after the title's (…资产管理办法(试行) / — 2 — / 城固县… /
                # 城政办发〔2019〕33号)
                cuts.append(cut(filled[parts[-1] if parts else nxt - 1], filled[number], "\t"))
                cells += 1
                nxt = number + 1
                continue
            elif 0 < cells < columns - 1 and _page_furniture(lines, stripped, filled, nxt):
                # a page ended inside a row (…〔2020〕25号 / — 3 — / 诸城市人民政府 / 2020年9月3日): its number
                # and running header go, and the row runs on to its next cell
                k = _past_page_furniture(lines, stripped, filled, nxt)
                if k == len(filled) or stripped[filled[k]] == str(row + 1) or len(stripped[filled[k]]) > TABLE_CELL_MAX \
                        or "。" in stripped[filled[k]]:
                    break
                cuts.append(cut(filled[nxt - 1], filled[k], "\t"))
                cells += 1
                nxt = k + 1
                continue
            elif cells == columns - 1 or line == str(row + 1) or len(line) > TABLE_CELL_MAX or "。" in line:
                break
            elif cells == 1 and _title_cut_before_its_form(previous, line):
                cuts.append(cut(filled[nxt - 1], filled[nxt], ""))  # …资产管理办 / 法, in a table with no 文号 column
            else:
                cuts.append(cut(filled[nxt - 1], filled[nxt], "\t"))
                cells += 1
            nxt += 1
        at, row = nxt, row + 1
    return cuts


def _title_cut_before_its_form(title: str, line: str) -> bool:
    """Whether a short ``line`` ends the title whose cell a narrow page wrapped before or inside its form
    word (宾川县农村集体经济组织资产管理办 / 法 · …实施 / 细则), where no 文号 cell marks the title's end."""
    return len(line) <= TITLE_FORM_REST_MAX and not title.endswith(TITLE_FORMS) and (title + line).endswith(TITLE_FORMS)


def _number_cut_before_year(line: str, following: str) -> bool:
    """Whether a 文号's cell is cut before the bracket of its year, its issuer's code on ``line`` and the
    rest on the line ``following`` (洪府办发 / [2017]35号)."""
    return NUMBER_CELL_ISSUER.fullmatch(line) is not None and NUMBER_CELL_REST.fullmatch(following) is not None


def _number_cut_before_sign(line: str, following: str) -> bool:
    """Whether a 文号's cell is cut before its 号, alone on the line ``following`` (小街办发〔2016〕21 / 号)."""
    return following == NUMBER_SIGN and NUMBER_CELL_DIGITS.fullmatch(line) is not None


def _page_furniture(lines: list[str], stripped: list[str], filled: list[int], k: int) -> bool:
    """Whether filled line ``k`` is a page's number (— 3 —, not a row's bare 3 unless a page's break and a
    running header follow it: 2 / (form feed) 潍坊市人民政府关于…的报告) or the running header right after
    one, which a page's end put inside a table's cell."""
    def page_number(j: int) -> bool:
        if PAGE_NUMBER_LINE.fullmatch(lines[filled[j]]) is None:
            return False
        return not stripped[filled[j]].isdigit() or (
            j + 1 < len(filled) and filled[j + 1] > filled[j] + 1 and RUNNING_HEADER_LINE.fullmatch(stripped[filled[j + 1]]) is not None)
    return page_number(k) or (k > 0 and page_number(k - 1) and RUNNING_HEADER_LINE.fullmatch(stripped[filled[k]]) is not None)


def _past_page_furniture(lines: list[str], stripped: list[str], filled: list[int], k: int) -> int:
    """The first filled line from ``k`` on that is no page's number or running header (``_page_furniture``)."""
    while k < len(filled) and _page_furniture(lines, stripped, filled, k):
        k += 1
    return k


def _wrapped_title_end(lines: list[str], stripped: list[str], filled: list[int], at: int) -> int:
    """The filled line holding the document's number after a title's cell that runs on at filled
    line ``at`` (松阳县重大行政决策事项目录管理 / |办法 / 松政发〔2020〕12号), or 0 when line ``at`` is
    the number itself, or none follows within a few short lines."""
    for k in range(at, min(at + WRAPPED_TITLE_LINES, len(filled))):
        line = stripped[filled[k]]
        following = stripped[filled[k + 1]] if k + 1 < len(filled) else ""
        if NUMBER_CELL.fullmatch(line) or (NUMBER_CELL_YEAR.fullmatch(line) and NUMBER_REST_LINE.fullmatch(following)) \
                or _number_cut_before_year(line, following) or _number_cut_before_sign(line, following):
            # (the number's cell may be wrapped too, after its year, before it or before its 号:
            # 皖政办〔2019〕 / 4号 · 洪府办发 / [2017]35号 · 小街办发〔2016〕21 / 号)
            return k if k > at else 0
        if _page_furniture(lines, stripped, filled, k):
            continue  # (a page's bare number before its break and running header: …安置 / 办法 / 2 / \f…报告)
        if line.isdigit() or len(line) > TABLE_CELL_MAX or "。" in line:
            return 0
    return 0


def join_table_cells(view: str, offsets: OffsetMap) -> tuple[str, OffsetMap]:
    """Join the cells of a table written one cell a line (``TABLE_HEADER_FIRST``) into rows, a
    row a line and its cells apart by tabs, recorded in the offset map as ``join_wrapped_lines``
    records the line breaks it deletes."""
    if TABLE_HEADER_FIRST not in view:
        return view, offsets
    lines = view.split("\n")
    stripped = [line.strip(_HSPACE) for line in lines]
    starts = _line_starts(lines)
    cuts = [c for k, s in enumerate(stripped) if s == TABLE_HEADER_FIRST for c in _table_cuts(lines, stripped, starts, k)]
    return _delete_spans(view, offsets, sorted(cuts)) if cuts else (view, offsets)


# Han characters set apart by single spaces, as a PDF's text layer gives a letter-spaced title or
# a justified line: 遵 义 市 人 民 政 府 文 件 · 依 法 行 政 工 作 情 况 的 报 告 · 县 司 法 局 组建.
# Three characters at least, so that two words a space divides (中共中央 国务院) stay apart. The
# match starts at the first space (re finds a space fifty times faster than a Han character):
# " 义 市 人 民 政 府 文 件", its spaces at even offsets.
LETTER_SPACED = re.compile(r" (?<=[\u3400-\u9fff] )[\u3400-\u9fff](?: [\u3400-\u9fff])+")


# Characters an editor or a converter left inside words that no reader sees: zero-width spaces and
# joiners, the word joiner, a byte-order mark inside the text, soft hyphens (区综\u200b治中心 ·
# 《中国共产党纪律\xad处分条例》). The view drops them, as a reader does not see them.
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]+")


def drop_invisible_characters(view: str, offsets: OffsetMap) -> tuple[str, OffsetMap]:
    """Delete the ``INVISIBLE`` characters from the view, recorded in the offset map as
    ``join_wrapped_lines`` records the line breaks it deletes."""
    cuts = [(match.start(), match.end(), "") for match in INVISIBLE.finditer(view)]
    return _delete_spans(view, offsets, cuts) if cuts else (view, offsets)


# A space a converter or a typesetter put inside a word of running text: 株洲市政务 服务中心 · 支持市中级
# 人民法院 (the view's spaces: U+3000 is one too). Two Han characters at least on each side, on a line
# with a clause's punctuation, which debris (字体:大 中 小) and signatures lack. Not after a body's head:
# that space sets two bodies apart (交通运输部 工业和信息化部 公安部令 · 中共中央 国务院); 干部 is a cadre.
SPLIT_WORD_SPACE = re.compile(r" (?<=[\u3400-\u9fff]{2} )(?:(?<=干部 )|(?<![部局委院厅办署会府室所队站央] ))(?=[\u3400-\u9fff]{2})")
CLAUSE_PUNCTUATION = ("。", ",", ";")
# How many such spaces show that a report's words were split. A report with none split writes a few at
# most, between issuers and between a slogan's halves (《中共中央 国务院关于…》 · “学宪法 讲宪法”),
# which the view may join as well: titles and quoted names are read without their spaces.
SPLIT_WORD_SPACES_MIN = 4


def join_split_words(view: str, offsets: OffsetMap) -> tuple[str, OffsetMap]:
    """Delete the ``SPLIT_WORD_SPACE`` spaces from the view when the report has
    ``SPLIT_WORD_SPACES_MIN`` of them or more, recorded in the offset map as ``join_wrapped_lines``
    records the line breaks it deletes."""
    if " " not in view or len(SPLIT_WORD_SPACE.findall(view)) < SPLIT_WORD_SPACES_MIN:
        return view, offsets  # (re counts the candidates in C; most reports have none)
    cuts = []
    pos = 0
    for line in view.split("\n"):
        if any(mark in line for mark in CLAUSE_PUNCTUATION):
            cuts.extend((pos + match.start(), pos + match.end(), "") for match in SPLIT_WORD_SPACE.finditer(line))
        pos += len(line) + 1
    return _delete_spans(view, offsets, cuts) if len(cuts) >= SPLIT_WORD_SPACES_MIN else (view, offsets)


def join_letter_spacing(view: str, offsets: OffsetMap) -> tuple[str, OffsetMap]:
    """Delete the spaces inside ``LETTER_SPACED`` runs from the view, recorded in the offset map
    as ``join_wrapped_lines`` records the line breaks it deletes."""
    cuts = [(match.start() + k, match.start() + k + 1, "")
            for match in LETTER_SPACED.finditer(view)
            for k in range(0, len(match.group()), 2)]
    return _delete_spans(view, offsets, cuts) if cuts else (view, offsets)


# A page's running header: the report's title or its publisher on a line of its own, with no
# sentence's punctuation (惠州市人民政府关于2019年法治政府建设工作情况的报告 · 天津市西青区人民政府 ·
# 宾川县人民政府文件 · a gazette's: 绵阳市人民政府公报　2022年第3期). Only skipped between the halves of a title, a quoted name or (after a page's
# number) a sentence that a page's end cut (``_after_running_header``).
RUNNING_HEADER_LINE = re.compile(
    r"[^，,。；;：:！？!?《》“”\"]{2,40}?(?:报告|总结|人民政府|委员会|办公室|办事处|行政公署|局|厅)"
    r"(?:文件|公报(?:\s*(?:19|20)\d{2}年第\d{1,3}期)?)?")


# The marks a page's end may cut a name inside, with a running header between its halves: a title
# (《…重大行政处罚决定法制审核 / 天津市西青区人民政府 / 目录清单》) and a quoted name (“漓江渔 / 阳朔县兴坪镇人民政府 / 火”调解室)
CUT_BY_A_PAGE = (("《", "》"), ("“", "”"))


def _after_running_header(lines: list[str], stripped: list[str], at: int, before: str, after_page_number: bool,
                          furniture: frozenset[str] | set[str] = frozenset()) -> int:
    """The line after a running header (and a page number after it; the caller has passed one
    before it) that stands between the halves of a title or a quoted name cut by the page's end
    (…《西青区重大行政处罚决定法制审核 / 天津市西青区人民政府 / 目录清单》), or of a sentence after a page's
    number (…云南省网上办 / — 3 — / 宾川县人民政府文件 / 事大厅); ``at`` itself when there is none. ``before``
    is the text before the break, which must leave a mark of ``CUT_BY_A_PAGE`` open that the line after
    the header closes, or (``after_page_number``) a sentence open that the line after it goes on with. A line
    of the pages' ``furniture`` (repeated) is a header whatever it ends with (沂南县委依法治县办)."""
    if not RUNNING_HEADER_LINE.fullmatch(stripped[at]) and stripped[at] not in furniture:
        return at
    k = _after_page_number(lines, stripped, at + 1)
    while k < len(lines) and not stripped[k]:
        k += 1
    if k >= len(lines):
        return at
    marks = next(((o, c) for o, c in CUT_BY_A_PAGE if before.rfind(o) > before.rfind(c)), None)
    if marks is None:
        goes_on = after_page_number and before and not _ends_sentence(before) and is_han(stripped[k][0]) \
            and not LIST_ITEM_START.match(lines[k])
        return k if goes_on else at
    opening, closing = marks
    close = stripped[k].find(closing, 0, _TITLE_REACH)
    # (the page may end right before the closing mark: 《四川省重大行政决策程序规定 / 第1页 共3页 / 武侯区… / 》,制定…)
    return k if close >= 0 and opening not in stripped[k][:close] else at


def _after_page_number(lines: list[str], stripped: list[str], at: int) -> int:
    """The line after a page number that stands between the halves of a paragraph, blank lines
    around it (晓起村人 / / — 2 — / / 民调解委员会); ``at`` itself when there is none."""
    k = at
    while k < len(lines) and not stripped[k]:
        k += 1
    if k >= len(lines) - 1 or not PAGE_NUMBER_LINE.fullmatch(lines[k]):
        return at
    k += 1
    while k < len(lines) and not stripped[k]:
        k += 1
    return k if k < len(lines) else at


def _delete_spans(view: str, offsets: OffsetMap, cuts: list[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """``view`` with each of the sorted, disjoint spans ``cuts`` (start, end, replacement)
    replaced by its replacement (no longer than the span), and the offset map composed with
    the deletions, so that it still leads from every new view position to the text."""
    pieces = []
    breaks: list[tuple[int, int]] = []
    spans: list[tuple[int, int, int]] = []  # (deleted from, deleted to, characters removed so far)
    pos = removed = 0
    for start, end, replacement in cuts:
        pieces.append(view[pos:start])
        pieces.append(replacement)
        deleted_from = start + len(replacement)
        if end > deleted_from:
            removed += end - deleted_from
            breaks.append((end - removed, offsets.to_text(end)))
            spans.append((deleted_from, end, removed))
        pos = end
    pieces.append(view[pos:])
    span_starts = [s for s, _, _ in spans]
    for old_view, text_pos in offsets.breaks:
        k = bisect.bisect_right(span_starts, old_view) - 1
        if k >= 0 and old_view <= spans[k][1]:
            continue  # inside a deleted span: the break at the span's end covers it
        breaks.append((old_view - (spans[k][2] if k >= 0 else 0), text_pos))
    breaks.sort()
    return "".join(pieces), OffsetMap(breaks)


__all__ = ["build_view", "convert_traditional", "drop_invisible_characters", "join_letter_spacing", "join_split_words", "join_table_cells", "join_wrapped_lines", "repair_misread_zhi", "repair_mispicked",
           "traditional_table"]
