"""Find named policy instruments: quoted terms (“放管服”改革, “鉴调一体”工作模式), phrases
ending in a head noun that makes an instrument (行政执法三项制度, 矛盾纠纷多元化解机制),
and numbered formulas (三重一大, 五减一优, 1+6, 八五普法).

Evidence is grammatical — quotation marks, head nouns, number words — never a list of
the measures some report happens to name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.lexicon import read_rows, read_words
from fazhi.nlp.spans import add_span
from fazhi.text import trie_pattern

# A quoted term, optionally with a modifier before it and a head noun after it:
# “放管服”改革 · 行政执法“三项制度” · “鉴调一体”工作模式 · “枇杷和谐茶室”调解品牌
QUOTED = "“(?P<quoted>[^“”\n]{2,24}?)[”\"]"
# A number word: 三, 两, 八五 …
NUMBER = "[一二三四五六七八九十两双百千万]"
# A numbered formula: 三重一大 · 五减一优 · 两规则一细则 · 一村一法律顾问 · 八五普法 · 1+6 · 13710督办系统
NUMBERED_FORMULA = re.compile(
    "(?<![\u4e00-\u9fff])?"
    "(?P<formula>" + NUMBER + "[\u4e00-\u9fff]{1,3}" + NUMBER + "[\u4e00-\u9fff]{1,4}"
    "|\\d+\\+\\d+|[七八九]五普法|\\d{4,6}(?=[\u4e00-\u9fff]{0,2}(?:系统|平台|热线|改革)))"
)
# A measure's name may not run across these characters.
STOP_CHARS = "\n,，、。;；:：!?()（）《》〈〉<>“”\"' \t的了在对向将把是各等为从由于与和及或就也都并要已被所其"


@dataclass(frozen=True, slots=True)
class MeasureSpan:
    start: int
    end: int
    rule: str
    type: str | None


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    return {row[0]: row[1] for row in read_rows("measure_heads.tsv")}


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern:
    heads = trie_pattern(sorted(_heads(), key=len, reverse=True))
    # a phrase of 2–16 name characters ending in a head: 矛盾纠纷多元化解机制
    return re.compile("[^" + re.escape(STOP_CHARS) + "]{2,16}?(?:" + heads + ")(?![\u4e00-\u9fff]{0,1}(?:人员|部门|单位|工作人员|主体))")


@lru_cache(maxsize=1)
def _quoted_pattern() -> re.Pattern:
    heads = trie_pattern(sorted(_heads(), key=len, reverse=True))
    return re.compile(QUOTED + "(?P<head>[\u4e00-\u9fff]{0,4}?(?:" + heads + "))?")


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern:
    verbs = sorted(read_words("measure_verbs.txt"), key=len, reverse=True)
    return re.compile(trie_pattern(verbs))


def _type_of(name: str) -> str | None:
    heads = _heads()
    for k in range(len(name)):
        if name[k:] in heads:
            return heads[name[k:]]
    return None


def _left_edge(text: str, start: int, end: int) -> int:
    """Move the start of a head-noun phrase past the verbs that introduce it."""
    verbs = _verb_pattern()
    edge = start
    for m in verbs.finditer(text, start, end):
        if m.end() < end - 1:
            edge = max(edge, m.end())
    return edge


def find_measures(text: str) -> list[MeasureSpan]:
    generic = read_words("measure_generic.txt")
    found: list[MeasureSpan] = []
    taken: list[tuple[int, int]] = []

    def take(start: int, end: int, rule: str, mtype: str | None) -> None:
        if end - start < 2 or any(start < e and end > s for s, e in taken):
            return
        name = text[start:end]
        if name in generic:
            return
        found.append(MeasureSpan(start, end, rule, mtype))
        taken.append((start, end))

    for m in _quoted_pattern().finditer(text):
        quoted = m.group("quoted")
        if any(ch in quoted for ch in "。;；"):
            continue
        end = m.end()
        take(m.start(), end, "quoted_with_head" if m.group("head") else "quoted", _type_of(text[m.start():end]))
    for m in NUMBERED_FORMULA.finditer(text):
        take(m.start("formula"), m.end("formula"), "numbered_formula", None)
    for m in _head_pattern().finditer(text):
        start = _left_edge(text, m.start(), m.end())
        name = text[start:m.end()]
        if name in generic or len(name) < 4:
            continue
        take(start, m.end(), "head_noun", _type_of(name))
    found.sort(key=lambda s: s.start)
    return found


@Language.factory("fz_measures", default_config={"span_key": "measures"})
def make_measure_recognizer(nlp: Language, name: str, span_key: str) -> "MeasureRecognizer":
    return MeasureRecognizer(span_key)


class MeasureRecognizer:
    """spaCy component: measure names → ``doc.spans[span_key]``; the head's type as ``fz_value``."""

    def __init__(self, span_key: str = "measures"):
        self.span_key = span_key
        _head_pattern(), _quoted_pattern(), _verb_pattern()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for measure in find_measures(doc.text):
            add_span(doc, spans, measure.start, measure.end, "MEASURE", measure.rule, value=measure.type)
        doc.spans[self.span_key] = spans
        return doc
