"""HTML to text without moving any character: markup is blanked, text stays where it is.

The result has exactly the length of the HTML source, so an offset into it is an offset
into the decoded file. Tags become spaces (block-level tags a line break, so paragraphs
stay apart), ``<script>``, ``<style>`` and comments vanish, and a character reference
such as ``&lt;`` becomes its character followed by padding spaces.
"""
from __future__ import annotations

import html
import re

# The start of content that is never report text: <script …>, <style>, <noscript>, <template>, <!--
INVISIBLE_START = re.compile(r"<(script|style|noscript|template)\b|<!--", re.I)
# Where each of them ends: </script >, -->
INVISIBLE_END = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "noscript", "template")}
COMMENT_END = re.compile(r"-->")
# Any tag: <p class="x">, </div>, <br/>
TAG = re.compile(r"<[!/?]?[A-Za-z][^<>]*>")
# Tags that end a block of text, so the text after them starts a new line: </p>, <br>, <div>
BLOCK_TAG = re.compile(r"<\s*/?\s*(p|div|br|li|tr|h[1-6]|table|section|article|ul|ol|title|td|dd|dt)\b", re.I)
# A character reference: &nbsp; &#12298; &#x300A;
CHAR_REF = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A tag a page escaped as text, so that it shows as markup (a page's source copied from a page):
# &lt;p&gt; · &lt;/p&gt; · &lt;br /&gt; · &lt;span style="…"&gt;
ESCAPED_TAG = re.compile(r"&lt;/?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^&<>\n]{0,200}?)?/?&gt;")
# The document's own title: <title>孝义市2021年法治政府建设情况的报告</title> (bounded, so that
# a page full of unclosed <title> tags is not searched to its end from each of them)
TITLE = re.compile(r"<title[^>]*>(.{0,1000}?)</title>", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """A page, or a fragment of one copied with its paragraph tags (<p>…</p><p>…</p>)."""
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or ("<div" in head and "</" in head) \
        or (head.count("<p") >= 2 and head.count("</p>") >= 2)


def _blank(match: re.Match) -> str:
    # keep line breaks so that line-based rules still see the layout
    return "".join("\n" if ch == "\n" else " " for ch in match.group(0))


def _blank_tag(match: re.Match, tag: str | None = None) -> str:
    """A tag blanked, a line break first where it ends a block (``tag`` as it reads, when the
    match is an escaped one)."""
    blank = _blank(match)
    if BLOCK_TAG.match(match.group(0) if tag is None else tag):
        return "\n" + blank[1:]
    return blank


# Title marks that open what follows them: a character reference decoded to one is kept next to
# its title, the blanks that keep offsets put before it (an angle mark opens a title only when it
# touches a Han character). Quotes keep the blanks after them: measure rules read the word before
# a quote (推行“一窗通办”).
OPENING_MARKS = frozenset("<‹〈《「『")


def _char_ref(match: re.Match) -> str:
    decoded = html.unescape(match.group(0))
    if len(decoded) != 1:
        return " " * len(match.group(0))
    if decoded == "\xa0":
        decoded = " "
    padding = " " * (len(match.group(0)) - 1)
    if decoded in OPENING_MARKS:
        return padding + decoded  # next to what it opens: &lt;青岛市…规定&gt; → <青岛市…规定>
    return decoded + padding


def _blank_invisible(source: str) -> str:
    """``source`` with scripts, styles and comments blanked. An unclosed one runs to the end
    of the page, as in a browser; each is searched for once, so the time stays linear."""
    pieces = []
    pos = 0
    while True:
        start = INVISIBLE_START.search(source, pos)
        if start is None:
            break
        name = start.group(1)
        end_pattern = COMMENT_END if name is None else INVISIBLE_END[name.lower()]
        end = end_pattern.search(source, start.end())
        stop = len(source) if end is None else end.end()
        pieces.append(source[pos : start.start()])
        pieces.append(_NOT_NEWLINE.sub(" ", source[start.start() : stop]))
        pos = stop
        if end is None:
            break
    if not pieces:
        return source
    pieces.append(source[pos:])
    return "".join(pieces)


_NOT_NEWLINE = re.compile(r"[^\n]")


def html_to_text(source: str) -> str:
    """The visible text of an HTML page, aligned character for character with ``source``."""
    text = _blank_invisible(source)
    text = TAG.sub(_blank_tag, text)
    text = CHAR_REF.sub(_char_ref, text)
    assert len(text) == len(source)
    return text


# A tag of the few a page's text keeps when it is copied as text, a line's break or a paragraph's
# mark: 2023年2月20日<br> · 2022年3月25日</p></div> (no angle-marked title: <2022年…要点> opens with no letter)
STRAY_TAG = re.compile(r"</?(?:br|p|div|span|font|strong|b|em|u|li|ul|ol|tr|td|table|h[1-6]|section|article)\b[^<>\n]{0,200}?/?>",
                       re.I)


def char_refs_to_text(text: str) -> str:
    """Plain text with the character references a web page left in it when it was copied as
    text (2015&mdash;2020年 · &ldquo;放管服&rdquo; · &nbsp;) decoded in place, as in ``html_to_text``;
    tags escaped as text (&lt;p&gt;…&lt;/p&gt;) are blanked as tags are, and so are the tags of a
    page's layout left in the text (…<br>)."""
    if "<" in text:
        text = STRAY_TAG.sub(_blank_tag, text)
    if "&" not in text:
        return text
    if "&lt;" in text:
        text = ESCAPED_TAG.sub(_blank_escaped_tag, text)
    return CHAR_REF.sub(_char_ref, text)


def _blank_escaped_tag(match: re.Match) -> str:
    return _blank_tag(match, html.unescape(match.group(0)))


def html_title(source: str) -> str | None:
    match = TITLE.search(source)
    if not match:
        return None
    title = html.unescape(re.sub(r"\s+", " ", match.group(1))).strip()
    return title or None
