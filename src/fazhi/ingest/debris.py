"""Web-page debris: the noise a scraped government page carries around the report.

Debris is blanked in the view (replaced by spaces, so offsets stay put), never deleted.
Only pure noise is blanked: site furniture, codes and buttons. A footer line that names
a body (主办:孝义市人民政府办公室) or a navigation bar of sites (贵州政务服务网) is
left for the extractors, since it names real organizations and platforms.
"""
from __future__ import annotations

import re

# The longest line read as a breadcrumb line and blanked whole; a longer one is a page captured
# on one line, of which only the trail of links is blanked.
BREADCRUMB_LINE_MAX = 120

# Each pattern matches one piece of noise within a line. Examples in the comments.
DEBRIS_PATTERNS = {
    # 晋ICP备11003284号-1 · 京ICP证030173号
    "icp": re.compile(r"[\u3400-\u9fff]?ICP[备证]?\s*[\w\-]*?号(?:-\d+)?"),
    # 晋公网安备 14118102000103号
    "police_record": re.compile(r"[\u3400-\u9fff]?公网安备\s*\d+号?"),
    # 网站标识码:1411810001 · 网站标识码 5001170002
    "site_code": re.compile(r"网站标识码[:\s]*[A-Za-z0-9]+"),
    # 版权所有:孝义市人民政府门户网站 · Copyright © 2021 · 版权所有 ©
    "copyright": re.compile(r"(?:版权所有|Copyright|©)"),
    # 【字体:大 中 小】 · 字号:[大][中][小] · 字体:大中小
    "font_size": re.compile(r"[【\[]?\s*字[体号]\s*[:：]?\s*[\[【]?\s*大\s*[\]】]?\s*[\[【]?\s*中\s*[\]】]?\s*[\[【]?\s*小\s*[\]】]?\s*[】\]]?|字号\s*[:：]\s*\[\s*\]"),
    # 上一篇: … · 下一篇:
    "prev_next": re.compile(r"^\s*[上下]一[篇条页]\s*[:：]?.*$", re.M),
    # 【打印】 [我要打印][关闭] · 打印本页 · 关闭窗口 · 分享到 · 分享文章到
    # (【 and [ spelt as two alternatives: a pattern whose alternatives all open with a
    # literal character is searched for in C; one opening with a class is tried everywhere)
    "buttons": re.compile(r"【\s*(?:我要)?(?:打印|关闭|收藏|纠错)[^】\]]{0,4}[】\]]|\[\s*(?:我要)?(?:打印|关闭|收藏|纠错)[^】\]]{0,4}[】\]]|打印本页|关闭窗口|分享(?:文章)?到[:：]?|视力保护色[:：]?|无障碍浏览|切[换換]到繁[體体]版|网站支持IPv6|浏览量\s*[:：]\s*\d*|浏览次数\s*[:：]\s*\d*|【\s*】"),
    # 您当前的位置是:首页 » 新闻中心 » 公示公告 · >> 首页 > 信息公开 > 规划计划 > 正文>> 详细内容
    # (a line of its own, blanked whole; in a page captured on one line, the trail of links alone:
    # 首页 > 信息公开 > 法治政府建设 > 年度报告| 周市镇2022年度法治政府建设工作报告 来源：…)
    "breadcrumb": re.compile(
        r"^.{0,20}(?:当前位置|您的位置|所在位置|当前的位置)[^\n]{0,%d}$|^\s*>*\s*首页\s*[>»][^\n]{0,%d}$"
        r"|(?:(?:当前位置|您的位置|所在位置|当前的位置)[是为]?\s*[:：]?\s*)?首页(?:\s*[>»]+\s*[^\s>»]{1,20})+"
        % (BREADCRUMB_LINE_MAX, BREADCRUMB_LINE_MAX), re.M),
    # 首页 | 网站地图 | 网站声明 | 联系我们 | 关于我们
    "site_links": re.compile(r"(?:首页|网站地图|网站声明|联系我们|关于我们|个人中心|隐私声明|使用帮助|English)(?=\s*(?:[|｜]|$))", re.M),
    # 地址:孝义市党政办公大楼 · 邮编:401520 · 网站联系电话:0358-7828576
    "contact": re.compile(r"(?:邮编|邮政编码)\s*[:：]\s*\d{6}|(?:网站)?联系电话\s*[:：]\s*[\d\-—() ]+|电话\s*[:：]\s*[\d\-—() ]{7,}|传真\s*[:：]\s*[\d\-—() ]+|E-?mail\s*[:：]\s*\S+"),
}


# What every match of a pattern contains (a cue, found by re in C): a text without the cue is
# not searched with the pattern. Most reports carry no debris of most kinds, and patterns that
# open with an optional part, a character class or a line start are tried at every character.
# Patterns not listed open with a literal word, which re finds quickly on its own.
DEBRIS_CUES = {
    "icp": re.compile(r"ICP"),
    "police_record": re.compile(r"公网安备"),
    "site_code": re.compile(r"网站标识码"),
    "font_size": re.compile(r"字[体号]\s*[:：]?\s*[\[【]?\s*大|字号\s*[:：]\s*\["),
    "prev_next": re.compile(r"[上下]一[篇条页]"),
    "buttons": re.compile(r"打印|关闭|收藏|纠错|分享|视力保护色|无障碍浏览|到繁|IPv6|浏览量|浏览次数|【\s*】"),
    "breadcrumb": re.compile(r"当前位置|您的位置|所在位置|当前的位置|首页\s*[>»]"),
    "contact": re.compile(r"(?:邮编|邮政编码|电话|传真|mail)\s*[:：]"),
}


def debris_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of debris in ``text`` as (start, end, pattern name), in text order."""
    spans = []
    for name, pattern in DEBRIS_PATTERNS.items():
        cue = DEBRIS_CUES.get(name)
        if cue is not None and cue.search(text) is None:
            continue
        for match in pattern.finditer(text):
            if match.end() > match.start():
                spans.append((match.start(), match.end(), name))
    spans.sort()
    return spans


def blank_debris(text: str) -> str:
    """``text`` with every debris span replaced by spaces (line breaks kept)."""
    pieces = []
    pos = 0
    for start, end, _ in debris_spans(text):
        start = max(start, pos)  # spans of different patterns may overlap
        if end <= start:
            continue
        pieces.append(text[pos:start])
        pieces.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        pos = end
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


_NOT_NEWLINE = re.compile(r"[^\n]")
