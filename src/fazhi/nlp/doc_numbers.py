"""Find document numbers (文号) and repair the damage scraping does to them, where certain.

A 文号 is an issuer code, the year in brackets and a sequence number: 国办发〔2018〕37号.
Scraped pages lose the brackets (厅字201928号), the closing bracket (孝法治字〔20211号)
or the 号 (孝法治办20215《…》). The year is always four digits starting 19 or 20, so the
digits split into year and number in exactly one way; anything else is kept as written
and flagged, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.nlp.spans import add_span

# The issuer code: Han characters ending the code, after a delimiter or a verb.
# 国办发 · 孝法治字 · 合川委法办 · 清三项制度办 · 厅字
_AGENCY = r"(?P<agency>[\u4e00-\u9fff]{1,12})"
_OPEN = r"[〔\[(【［﹝{]"
_CLOSE = r"[〕\])】］﹞}]"

# Well-formed: 国办发〔2018〕37号 · 孝政发(2021)3号 · 厅字[2019]28号
DOC_NUMBER = re.compile(_AGENCY + r"\s*" + _OPEN + r"\s*(?P<year>(?:19|20)\d{2})\s*" + _CLOSE + r"\s*第?(?P<seq>\d{1,4})\s*号")
# Closing bracket lost: 孝法治字〔20211号 · 孝政发〔20213)
DOC_NUMBER_OPEN_ONLY = re.compile(_AGENCY + r"\s*" + _OPEN + r"\s*(?P<digits>(?:19|20)\d{3,6})\s*(?:号|\)|〕)")
# Both brackets lost: 厅字201928号 · 孝法治办20211号
DOC_NUMBER_BARE = re.compile(_AGENCY + r"(?P<digits>(?:19|20)\d{3,6})号")
# Brackets and 号 lost, standing right after a title: 》孝法治办20215《 · (孝法治字20212号)
DOC_NUMBER_AFTER_TITLE = re.compile(r"(?<=[》>〉(])" + _AGENCY + r"(?P<digits>(?:19|20)\d{3,6})(?=[《)文,，、]|$)")

# Verbs and connectives that can precede an issuer code without a delimiter: 按照国办发〔…〕
_LEADING_WORDS = re.compile(r"^(?:.*?(?:按照|根据|依据|依照|对照|印发|转发|制定|出台|下发|落实|贯彻|执行|参照|结合|以|的|和|及|与))")
# An issuer code ends with one of these characters (发, 字, 函, 办 …) or is short.
AGENCY_TAIL = re.compile(r"(?:发|字|函|办|委|令|通|电|规|复|报|呈|告|呈|纪|决|议|综|法|组|厅|府|政|司)$")


@dataclass(frozen=True, slots=True)
class DocNumber:
    start: int
    end: int
    agency: str
    year: str | None
    seq: str | None
    rule: str  # well_formed | repaired_open_bracket | repaired_bare | repaired_after_title | ambiguous

    @property
    def normalized(self) -> str | None:
        """机关代字〔年份〕序号号, or None when the number could not be split with certainty."""
        if self.year and self.seq:
            return f"{self.agency}〔{self.year}〕{self.seq}号"
        return None


def _trim_agency(text: str, start: int, agency: str) -> tuple[int, str]:
    trimmed = _LEADING_WORDS.sub("", agency)
    return start + len(agency) - len(trimmed), trimmed


def _split_digits(digits: str) -> tuple[str | None, str | None]:
    """Year and sequence of run-together digits: 20211 → (2021, 1). None when unsure."""
    year, seq = digits[:4], digits[4:]
    if not seq or seq.startswith("0") or not (1949 <= int(year) <= 2099):
        return None, None
    return year, seq


def find_doc_numbers(text: str) -> list[DocNumber]:
    found: list[DocNumber] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for pattern, rule in ((DOC_NUMBER, "well_formed"), (DOC_NUMBER_OPEN_ONLY, "repaired_open_bracket"),
                          (DOC_NUMBER_BARE, "repaired_bare"), (DOC_NUMBER_AFTER_TITLE, "repaired_after_title")):
        for m in pattern.finditer(text):
            start, agency = _trim_agency(text, m.start("agency"), m.group("agency"))
            if not agency or not free(start, m.end()):
                continue
            if rule == "well_formed":
                year, seq = m.group("year"), m.group("seq")
            else:
                year, seq = _split_digits(m.group("digits"))
                if year is None:
                    rule = "ambiguous"
            if len(agency) > 8 and not AGENCY_TAIL.search(agency):
                continue
            found.append(DocNumber(start, m.end(), agency, year, seq, rule))
            taken.append((start, m.end()))
    found.sort(key=lambda d: d.start)
    return found


@Language.factory("fz_doc_numbers", default_config={"span_key": "doc_numbers"})
def make_doc_number_recognizer(nlp: Language, name: str, span_key: str) -> "DocNumberRecognizer":
    return DocNumberRecognizer(span_key)


class DocNumberRecognizer:
    """spaCy component: 文号 → ``doc.spans[span_key]``, the normalised number as ``span._.fz_value``."""

    def __init__(self, span_key: str = "doc_numbers"):
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for number in find_doc_numbers(doc.text):
            add_span(doc, spans, number.start, number.end, "DOC_NUMBER", number.rule, value=number.normalized)
        doc.spans[self.span_key] = spans
        return doc
