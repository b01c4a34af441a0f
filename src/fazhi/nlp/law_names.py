"""Find national laws and regulations cited without title marks: 宪法, 公务员法, 新行政诉讼法,
政府信息公开条例, 中华人民共和国行政复议法 — by the names in the national-law gazetteer.

A name counts only where it stands as a word: followed by punctuation, a conjunction or
a word such as 规定/等/的, not by a character that makes it part of a longer term
(宪法宣誓, 民法典进乡村 are not citations of the law).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.gazetteer.laws import law_gazetteer
from fazhi.nlp.spans import add_span
from fazhi.lexicon import read_rows
from fazhi.text import is_han, trie_pattern

# Characters that may follow a bare law name: punctuation, end of text, or a function word.
# 宪法、法律 · 公务员法和 · 政府信息公开条例规定 · 行政监察法等 · 宪法法律权威
FOLLOWER = r"(?=[^\u4e00-\u9fff]|$|和|及|与|等|的|规定|有关|相关|为|中|第|精神|法律|要求|赋予)"
# Qualifiers before a law's name that belong to the mention: 新, 新修订的, 中华人民共和国
QUALIFIER = r"(?:新修订的|新修订|修订后的|新)?(?:中华人民共和国)?"
# Characters that may not precede a bare name: it would be the tail of another title
# (山西省行政复议条例 is not 行政复议条例).
NOT_AFTER = r"(?<![省市县区州》〉“])"
# Words that may stand right before a bare name: a bare name is either governed by a verb
# (学习宪法, 严格执行行政监察法) or stands in a list (宪法、新行政诉讼法). Any other Han
# character before it makes it the tail of a longer term (行政监察法 is not 监察法).
GOVERNING_CHARS = "和及与、,的就对把将在以等了及或是"


@lru_cache(maxsize=1)
def bare_law_pattern() -> re.Pattern:
    names = law_gazetteer().national_short_names(min_length=2)
    # two-character names other than 宪法 (刑法, 民法 …) are too often part of other words
    names = [n for n in names if len(n) >= 3 or n == "宪法"]
    return re.compile(NOT_AFTER + "(?P<mention>" + QUALIFIER + "(?P<name>" + trie_pattern(names) + "))" + FOLLOWER)


@lru_cache(maxsize=1)
def _governing_words() -> tuple[str, ...]:
    verbs = {row[0] for row in read_rows("triggers.tsv")}
    verbs |= {"遵守", "尊崇", "运用", "维护", "违反", "修改", "理解", "践行", "适用", "宣传", "普及"}
    return tuple(sorted(verbs, key=len, reverse=True))


def _is_governed(text: str, start: int) -> bool:
    if start == 0 or not is_han(text[start - 1]) or text[start - 1] in GOVERNING_CHARS:
        return True
    return text.endswith(_governing_words(), max(0, start - 6), start)


def find_bare_laws(text: str) -> list[tuple[int, int, str]]:
    """(start, end, gazetteer key) of each bare national law name in ``text``."""
    return [(m.start("mention"), m.end("mention"), m.group("name")) for m in bare_law_pattern().finditer(text)
            if _is_governed(text, m.start("mention"))]


@Language.factory("fz_law_names", default_config={"span_key": "citations"})
def make_law_name_recognizer(nlp: Language, name: str, span_key: str) -> "LawNameRecognizer":
    return LawNameRecognizer(span_key)


class LawNameRecognizer:
    """spaCy component: bare national law names → CITATION spans, outside titles already found."""

    def __init__(self, span_key: str = "citations"):
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans.get(self.span_key) or [])
        taken = [(s.start_char, s.end_char) for s in spans]
        for start, end, _name in find_bare_laws(doc.text):
            if any(start < e and end > s for s, e in taken):
                continue
            add_span(doc, spans, start, end, "CITATION", "gazetteer_bare_name", value=doc.text[start:end],
                     inner=(start, end))
        doc.spans[self.span_key] = spans
        return doc
