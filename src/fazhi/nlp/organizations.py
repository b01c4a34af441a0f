"""Find named bodies by the grammar of their names: a jurisdiction, a core, a body head.

吉安市吉州区人民政府 · 中共孝义市委全面依法治市委员会办公室 · 县司法局 · 市委 · 区政府 ·
自治县人民政府办公室 · 县编办 · 中央依法治国办 — and national bodies by name. Generic
plurals and roles (各乡镇, 相关部门, 行政执法部门) are not bodies and are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.gazetteer.divisions import divisions
from fazhi.lexicon import read_rows, read_words
from fazhi.nlp.spans import add_span
from fazhi.text import trie_pattern

# A level word standing for the report's own jurisdiction: 县司法局, 市委, 自治县人民政府
LEVEL_PREFIX = r"(?:自治县|自治州|自治区|街道|省|市|县|区|州|镇|乡|旗)"
# Characters an organization's core may not contain: punctuation, function words, digits.
CORE_CHAR = r"[^\s\d,，、。;；:：!?()（）《》〈〉<>“”\"'的了在对向将把是各等为从由于及与或和就也都并要已被所]"
# A township-level place written in front of a body: 古楼镇人民政府, 古南街道便民服务中心
TOWN_PREFIX = r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)"


@dataclass(frozen=True, slots=True)
class OrgSpan:
    start: int
    end: int
    rule: str
    type: str | None  # the type the head gives, refined by resolve


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    heads = {row[0]: row[1] for row in read_rows("org_heads.tsv")}
    for row in read_rows("org_departments.tsv"):
        heads.setdefault(row[0], row[2] if len(row) > 2 else "department")
        for short in (row[1].split(",") if len(row) > 1 and row[1] else []):
            if short.endswith(("局", "委", "办", "厅")):
                heads.setdefault(short, row[2] if len(row) > 2 else "department")
    return heads


@lru_cache(maxsize=1)
def _national() -> dict[str, str]:
    names = {}
    for row in read_rows("national_bodies.tsv"):
        for form in [row[0], *(row[1].split(",") if len(row) > 1 and row[1] else [])]:
            if len(form) >= 2 and form != "中央":
                names[form] = row[2] if len(row) > 2 else "other"
    return names


@lru_cache(maxsize=1)
def org_patterns() -> list[tuple[str, re.Pattern]]:
    """The organization grammar as (rule name, compiled pattern), tried in this order."""
    heads = trie_pattern(sorted(_heads(), key=len, reverse=True))
    places = trie_pattern([f for f in divisions().all_forms() if len(f) >= 2])
    national = trie_pattern(sorted(_national(), key=len, reverse=True))
    core = CORE_CHAR + "{0,16}?"
    return [
        # 中央全面依法治国委员会办公室第五督察组 · 国务院办公厅 · 司法部
        ("national_body", re.compile("(?:" + national + ")" + r"(?:第[一二三四五六七八九十]{1,3}督察组)?")),
        # 中共孝义市委全面依法治市委员会办公室 · 吉安市吉州区人民政府 · 毕节市中级人民法院
        ("place_prefixed", re.compile(r"(?:中共|中国共产党)?(?:" + places + r")(?:" + TOWN_PREFIX + r")?(?:委|党委)?" + core + "(?:" + heads + ")")),
        # 古楼镇人民政府 · 古南街道便民服务中心
        ("town_prefixed", re.compile(r"(?:中共)?" + TOWN_PREFIX + r"(?:党委|人民政府|政府|人大|" + core + "(?:" + heads + "))")),
        # 县司法局 · 市委 · 区政府 · 自治县人民政府办公室 · 县委常委会 · 省委依法治省办
        ("level_prefixed", re.compile(r"(?<![\u4e00-\u9fff])?" + LEVEL_PREFIX + r"(?:委|党委|政府|人民政府)?" + core + "(?:" + heads + ")")),
    ]


_BLOCKED_ENDINGS = ("法治政府", "数字政府", "服务型政府", "责任政府", "阳光政府", "诚信政府", "廉洁政府", "格局", "布局", "全局", "大局", "开局", "结局", "变局", "当局", "工作办", "一次办", "就近办",
                    "网上办", "马上办", "掌上办", "自助办", "跨省通办", "一网通办", "全程网办", "帮办", "代办")


def _acceptable(text: str, generic: frozenset[str]) -> bool:
    if text in generic or len(text) < 2:
        return False
    if text.endswith(_BLOCKED_ENDINGS):
        return False
    return True


def find_organizations(text: str) -> list[OrgSpan]:
    generic = read_words("org_generic.txt")
    heads = _heads()
    national = _national()
    found: list[OrgSpan] = []
    taken: list[tuple[int, int]] = []
    for rule, pattern in org_patterns():
        for m in pattern.finditer(text):
            start, end = m.span()
            span_text = m.group(0)
            if not _acceptable(span_text, generic):
                continue
            if any(start < e and end > s for s, e in taken):
                continue
            head_type = national.get(span_text)
            if head_type is None:
                for k in range(len(span_text)):
                    if span_text[k:] in heads:
                        head_type = heads[span_text[k:]]
                        break
            found.append(OrgSpan(start, end, rule, head_type))
            taken.append((start, end))
    found.sort(key=lambda o: o.start)
    return found


@Language.factory("fz_organizations", default_config={"span_key": "organizations"})
def make_organization_recognizer(nlp: Language, name: str, span_key: str) -> "OrganizationRecognizer":
    return OrganizationRecognizer(span_key)


class OrganizationRecognizer:
    """spaCy component: organization names → ``doc.spans[span_key]``; the head's type as ``fz_value``."""

    def __init__(self, span_key: str = "organizations"):
        self.span_key = span_key
        org_patterns()  # compile at pipeline build time, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for org in find_organizations(doc.text):
            add_span(doc, spans, org.start, org.end, "ORGANIZATION", org.rule, value=org.type)
        doc.spans[self.span_key] = spans
        return doc
