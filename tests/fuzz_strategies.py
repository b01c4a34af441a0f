"""Hypothesis strategies for adversarial report text and bytes: pieces of real report
language (title marks, 文号, organization and measure heads, trigger verbs, converter
residue, Traditional characters) shuffled with markup, control characters, lone
surrogates and arbitrary text, so that the extractors' rules are reached and then broken."""
from __future__ import annotations

from hypothesis import strategies as st

REPORT_PIECES = [
    "《", "》", "〈", "〉", "〔", "〕", "（", "）", "(", ")", "【", "】", "“", "”", "、", "，", "。", "；", "：", "！",
    "号", "第", "条", "关于印发", "的通知", "条例", "办法", "规定", "实施意见", "工作要点", "中华人民共和国",
    "行政复议法", "宪法", "国办发〔2018〕37号", "合川府办发〔2024〕36号", "厅字201928号", "人民政府", "司法局",
    "县", "市", "区", "镇", "街道", "办事处", "委员会", "办公室", "党委", "制定", "出台", "印发", "贯彻落实", "学习",
    "推行", "制度", "机制", "改革", "清单", "三单一网", "“放管服”", "以下简称", "《条例》", "我县", "全区", "本市",
    "2021年", "2016年度", "２０２２年", "12月20日", "二〇二三年二月十五日", "发布时间:2017-11-19", "来源:",
    "吉安市", "吉州区", "清河县", "古楼镇", "威宁彝族回族苗族自治县", "河北省", "重庆市合川区",
    "縣司法局", "貫徹落實", "領(lǐng)導(dǎo)", "條例", "機關",
    "首页 > 信息公开", "上一篇:", "版权所有", "ICP备05004025号", "【字体:大 中 小】",
    "\n", "\r\n", "\n\n", " ", "  ", "\u3000", "\t", "\xa0", "\ufeff", "\u200b", "\x00", "\x0b", "\x1f", "\x7f",
    "\ud800", "\udfff", "\U0001f600", "\U00020000", "e\u0301", "\ufffd", "\ufffe",
    "<script>alert(1)</script>", "<html>", "<body>", "<p>", "</p>", "<div class='x'>", "</div>", "<br>", "<!--", "-->",
    "&lt;", "&gt;", "&amp;", "&#12298;", "&#x300B;", "&nbsp;", "&bogus;", "]]>", "<![CDATA[", "\"", "'", "\\", "&",
    "- 3 -", "第 3 页",
]

_piece = st.sampled_from(REPORT_PIECES)
# three parts report language to one part arbitrary text
report_text = st.lists(st.one_of(_piece, _piece, _piece, st.text(max_size=6)), max_size=80).map("".join)

# Names a hostile or broken report could give an entity.
hostile_name = st.one_of(
    report_text.map(lambda s: s[:60]),
    st.sampled_from(["<script>alert('x')</script>", "</script><script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                     "]]><!--", "\x00\x01\x02", "\ud800\udc00\ud800", "../../../etc/passwd", "CON", "a\nb\rc\td",
                     "javascript:alert(1)", "{{7*7}}", "'; DROP TABLE x; --", "&amp;&lt;", "\ufffe\uffff"]),
    st.text(max_size=30),
)

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "big5"]


@st.composite
def report_bytes(draw) -> bytes:
    """Bytes of a file as users have them: encoded report text, cut anywhere, with magic
    numbers, byte-order marks and random bytes mixed in."""
    text = draw(report_text)
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace") if encoding != "utf-8" else text.encode("utf-8", errors="surrogatepass")
    cut = draw(st.integers(min_value=0, max_value=len(data)))
    if draw(st.booleans()):
        data = data[:cut]
    prefix = draw(st.sampled_from([b"", b"", b"\xef\xbb\xbf", b"\xff\xfe", b"%PDF-1.4\n", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n",
                                   b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]))
    noise = draw(st.binary(max_size=40))
    return prefix + data + noise if draw(st.booleans()) else prefix + noise + data
