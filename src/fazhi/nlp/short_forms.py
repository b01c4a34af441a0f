"""Find the short forms a report uses for a document it cites: the defined ones
(《法治政府建设实施纲要(2015-2020年)》(以下简称《纲要》), 以下简称“条例”) and the
anaphoric ones (该条例, 上述办法, 此规定).

The component only marks them; which citation each stands for is decided in resolution,
which sees the whole report (a short form defined in one paragraph is used in the next).
A SHORT_FORM span has rule ``defined_short_form`` (value: the short form without marks)
or ``anaphora`` (value: the document form it names, 条例).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.nlp.spans import add_span

# A definition: (以下简称《纲要》) · (以下简称“条例”) · ,下称《意见》 · (简称:《规划》)
SHORT_FORM_DEFINITION = re.compile(
    r"(?:以下简称|以下称|下称|简称)\s*[:]?\s*[“\"「]?\s*(?P<open>[《〈<])?(?P<short>[^《》〈〉<>“”\"「」()\n,;。]{1,20}?)"
    r"(?(open)[》〉>])\s*[”\"」]?\s*(?=[)\],;。]|$)"
)
# Document forms an anaphor can name: 该条例 · 上述办法 · 此规定 · 该法
ANAPHOR_FORMS = ("实施意见", "实施办法", "实施方案", "工作要点", "条例", "办法", "规定", "意见", "纲要", "通知",
                 "方案", "决定", "规划", "细则", "准则", "规则", "要点", "法")
# 该法 only where 法 ends a word: not 该法律, 此法治.
ANAPHORA = re.compile(r"(?:该|上述|前述|此)(?P<form>" + "|".join(ANAPHOR_FORMS[:-1]) + r"|法(?=[^\u3400-\u9fff]|$|的|第|规定|实施|颁布|施行|明确))")


def find_short_forms(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, rule, value) of each short-form definition and anaphor in ``text``."""
    found = []
    if "称" in text:
        for m in SHORT_FORM_DEFINITION.finditer(text):
            short = m.group("short").strip()
            if short:
                found.append((m.start(), m.end(), "defined_short_form", short))
    for m in ANAPHORA.finditer(text):
        found.append((m.start(), m.end(), "anaphora", m.group("form")))
    return sorted(found)


@Language.factory("fz_short_forms", default_config={"span_key": "short_forms"})
def make_short_form_recognizer(nlp: Language, name: str, span_key: str) -> "ShortFormRecognizer":
    return ShortFormRecognizer(span_key)


class ShortFormRecognizer:
    """spaCy component: short-form definitions and anaphors → ``doc.spans[span_key]`` (SHORT_FORM)."""

    def __init__(self, span_key: str = "short_forms"):
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, rule, value in find_short_forms(doc.text):
            add_span(doc, spans, start, end, "SHORT_FORM", rule, value=value)
        if spans:  # an empty group costs a SpanGroup per paragraph and says nothing
            doc.spans[self.span_key] = spans
        return doc
