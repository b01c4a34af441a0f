"""Character-level text helpers shared by every stage: normalisation of names and keys.

ANNOTATION.md section 6 compares names after NFKC, with whitespace, quotation and title
marks removed and dashes and brackets unified; ``normalize_title`` is that comparison
form, and entity keys are built from it so that two spellings of one title meet.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import ahocorasick_rs

from fazhi.lexicon import read_rows

# Characters that never distinguish two names: title marks, quotes, spaces, middle dots.
_DROPPED = "《》〈〉<>‹›«»“”\"'‘’「」『』 \t\r\n\u3000·•"
# Variants unified to one character: dashes, brackets, enumeration commas.
_UNIFIED = {"—": "-", "–": "-", "－": "-", "―": "-", "~": "-", "～": "-", "（": "(", "）": ")",
            "〔": "(", "〕": ")", "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")",
            "［": "(", "］": ")", "，": ",", "、": ","}
_TABLE = {ord(c): None for c in _DROPPED} | {ord(k): v for k, v in _UNIFIED.items()}

# What an enforcement body's name ends with whose squad (中队) may be written right after it and is
# named after it: 县综合行政执法局|郑宅中队 · 应急管理综合行政执法大队|危化品执法中队 (nlp reads the squad, resolve types it)
SQUAD_OWNER_ENDINGS = ("执法局", "执法大队", "执法队", "监察大队")
# How a congress's standing committee is written alone before one of its working committees:
# 常委会|预算工作委员会 (in the congress's own report; nlp reads the committee, resolve names it)
STANDING_COMMITTEE_SHORT = ("常委会", "常务委员会")
# People's organizations written short, as a name's head (县残联 · 市工商联 · 县总工会): a pattern's
# alternatives (联合会 written out ends in 会, a head of its own)
PEOPLES_ORGANIZATION_SHORT = "总工会|工商联|[妇残文侨]联|科协"
# People's organizations whose full names end in 会, which ends many another word: heads only where a
# pattern looks for a body by name (市红十字会|党组 · 曲靖市红十字会|2024年…报告)
PEOPLES_ORGANIZATION_FULL = "红十字会|法学会"
# Both, where a pattern names a body by either (a title's or a letterhead's publisher, a party group's owner)
PEOPLES_ORGANIZATIONS = f"{PEOPLES_ORGANIZATION_SHORT}|{PEOPLES_ORGANIZATION_FULL}"

# A version range in a title, with or without 年: (2021-2025年), (2015-2020)
# normalised to (2015-2020) so that 纲要(2015-2020) and 纲要（2015—2020年） meet.
VERSION_RANGE = re.compile(r"\((\d{4})-(\d{4})年?\)")
# Doubled dashes left by conversion: 2015——2020 → 2015-2020
DASH_RUN = re.compile(r"-{2,}")
# The kinds of document a table's column names, each the whole of its cell: 地方性法规 · 政府规章 ·
# 部门规章 (市场监督管理行政处罚程序规定    部门规章    市场监管总局令第42号)
DOCUMENT_KIND_CELLS = "法律|行政法规|部门规章|地方性法规|政府规章|规章|规范性文件|行政规范性文件|党内法规|自治条例|单行条例"


@lru_cache(maxsize=65536)  # resolution and the gazetteers ask for the same names again and again
def normalize_title(text: str) -> str:
    """The comparison form of a name: NFKC, marks and spaces dropped, variants unified."""
    text = unicodedata.normalize("NFKC", text).translate(_TABLE)
    text = DASH_RUN.sub("-", text)
    return VERSION_RANGE.sub(r"(\1-\2)", text)


def squeeze(text: str) -> str:
    """Collapse internal whitespace (line breaks, padding) of a span to nothing."""
    return re.sub(r"\s+", "", text)


# What a converter writes for a character it cannot map: ? (GBK → ASCII), □ (a font's blank), U+FFFD.
LOST_CHARACTERS = "?□\ufffd"


# Han characters, as every pattern's class writes them: \u3400-\u9fff, the basic block and
# Extension A before it (㮾梨街道: 㮾 is U+3BBE), with the 64 hexagram signs between the two, which
# reports do not use. Names in the astral extensions (B on) are not looked for.
def is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


# Every character but the Han ones above, as a character class writes the range: a class that
# negates it and some function words ([^…的了在]) is a Han character other than those words.
NOT_HAN_RANGES = "\\x00-\\u33ff\\ua000-\\U0010ffff"


def trie_pattern(words) -> str:
    """A regular expression matching any of ``words``, longest first, built as a prefix trie.

    Python's ``re`` tries alternatives one by one; a trie shares prefixes, so thousands of
    literal names (divisions, law titles) match in one pass over the text.
    """
    branches = trie_branches(words)
    if not branches:
        return ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def trie_branches(words) -> list[str]:
    """The top-level alternatives of ``trie_pattern(words)``, one per first character, each
    beginning with that character as a literal. Joined with ``|`` into a pattern together with
    other literal-first alternatives, they let ``re`` skip in C to the next position holding
    one of the first characters (a pattern that opens with a group or a lookbehind is tried
    at every position instead)."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def order(item: tuple[str, dict]) -> tuple[int, str]:
        # the alternatives of a node start with distinct characters, so their order changes no
        # match; re tries them one after another, so the frequent ones go first
        return frequency_order(item[0])

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items(), key=order) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return [re.escape(ch) + build(child) for ch, child in sorted(trie.items(), key=order)]


class LiteralMatcher:
    """Finds any of a set of literal words in a text: the leftmost match, the longest word there,
    then on after it, as ``re.compile(trie_pattern(words)).finditer`` does.

    An Aho-Corasick automaton reads each character once. A trie pattern is fast where few
    positions hold a word's first character; where the words open with characters as common
    as 国, 全 or 中, ``re`` enters the trie at most positions and tries a hundred alternatives
    there one after another (5.5 times slower on the provincial reports).
    """

    def __init__(self, words: Iterable[str]):
        words = sorted({w for w in words if w})
        # (a DFA: twice the speed of the default automaton, and small for a lexicon's few thousand words)
        self._automaton = ahocorasick_rs.AhoCorasick(
            words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
            implementation=ahocorasick_rs.Implementation.DFA) if words else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each match, in order, none overlapping another."""
        if self._automaton is None:
            return []
        return [(start, end) for _, start, end in self._automaton.find_matches_as_indexes(text)]


def frequency_order(ch: str) -> tuple[int, str]:
    """Sort key that puts the characters frequent in government reports first (then by code point)."""
    rank = _char_rank()
    return rank.get(ch, len(rank)), ch


@lru_cache(maxsize=1)
def _char_rank() -> dict[str, int]:
    """Each character's rank by frequency in government reports (lexicons/char_frequency.txt)."""
    return {row[0]: i for i, row in enumerate(read_rows("char_frequency.txt"))}


@lru_cache(maxsize=1)
def _taiwan_phrases() -> tuple[dict[str, tuple[str, str]], LiteralMatcher]:
    """Taiwan word → (its mainland word, the characters after which it keeps its own meaning), and
    a matcher finding the Taiwan words, the longest where several start (``taiwan_phrases.tsv``)."""
    table = {row[0]: (row[1], row[2] if len(row) > 2 else "") for row in read_rows("taiwan_phrases.tsv")
             if len(row[1]) <= len(row[0])}  # (the view can drop characters, not add them)
    return table, LiteralMatcher(table)


def taiwan_words(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, Taiwan word, mainland word) of each Taiwan-phrasing converter's word in ``text``
    that stands for the mainland one (档案 before 法 is 档案法's, no 文件)."""
    table, matcher = _taiwan_phrases()
    found = []
    for start, end in matcher.spans(text):
        word = text[start:end]
        after = text[end:end + 1]
        if not after or after not in table[word][1]:
            found.append((start, end, word, table[word][0]))
    return found


def mainland_phrasing(text: str) -> str:
    """``text`` with every Taiwan word turned back: 中华人民共和国政府资讯公开条例 → …政府信息公开条例."""
    out, at = [], 0
    for start, end, _, mainland in taiwan_words(text):
        out += [text[at:start], mainland]
        at = end
    return "".join(out) + text[at:]

