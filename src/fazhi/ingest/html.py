"""HTML to text without moving any character: markup is blanked, text stays where it is.

The result has exactly the length of the HTML source, so an offset into it is an offset
into the decoded file. Tags become spaces (block-level tags a line break, so paragraphs
stay apart), ``<script>``, ``<style>`` and comments vanish, and a character reference
such as ``&lt;`` becomes its character followed by padding spaces.
"""
from __future__ import annotations

import html
import re

# Content that is never report text: <script>…</script>, <style>…</style>, <!-- … -->
INVISIBLE_BLOCK = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
# Any tag: <p class="x">, </div>, <br/>
TAG = re.compile(r"<[!/?]?[A-Za-z][^<>]*>")
# Tags that end a block of text, so the text after them starts a new line: </p>, <br>, <div>
BLOCK_TAG = re.compile(r"<\s*/?\s*(p|div|br|li|tr|h[1-6]|table|section|article|ul|ol|title|td|dd|dt)\b", re.I)
# A character reference: &nbsp; &#12298; &#x300A;
CHAR_REF = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# The document's own title: <title>孝义市2021年法治政府建设情况的报告</title>
TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or ("<div" in head and "</" in head)


def _blank(match: re.Match) -> str:
    # keep line breaks so that line-based rules still see the layout
    return "".join("\n" if ch == "\n" else " " for ch in match.group(0))


def _blank_tag(match: re.Match) -> str:
    tag = match.group(0)
    blank = _blank(match)
    if BLOCK_TAG.match(tag):
        return "\n" + blank[1:]
    return blank


def _char_ref(match: re.Match) -> str:
    decoded = html.unescape(match.group(0))
    if len(decoded) != 1:
        return " " * len(match.group(0))
    if decoded == "\xa0":
        decoded = " "
    return decoded + " " * (len(match.group(0)) - 1)


def html_to_text(source: str) -> str:
    """The visible text of an HTML page, aligned character for character with ``source``."""
    text = INVISIBLE_BLOCK.sub(_blank, source)
    text = TAG.sub(_blank_tag, text)
    text = CHAR_REF.sub(_char_ref, text)
    assert len(text) == len(source)
    return text


def html_title(source: str) -> str | None:
    match = TITLE.search(source)
    if not match:
        return None
    title = html.unescape(re.sub(r"\s+", " ", match.group(1))).strip()
    return title or None
