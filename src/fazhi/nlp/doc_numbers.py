"""Find document numbers (文号) and repair the damage scraping does to them, where certain.

A 文号 is an issuer code, the year in brackets and a sequence number: 国办发〔2018〕37号.
Scraped pages lose the brackets (厅字201928号), the closing bracket (孝法治字〔20211号)
or the 号 (孝法治办20215《…》). The year is always four digits starting 19 or 20, so the
digits split into year and number in exactly one way; a split that leaves the number
starting with 0 (2019028) is not certain, so the number is kept as written and flagged
``ambiguous``, never guessed. Decrees are numbered without a year: 国务院令第711号.

The matcher is anchored on the bracket or the year (``re`` scans for them in C); the issuer
code is then read leftwards from there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.lexicon import read_rows
from fazhi.nlp.spans import add_span
from fazhi.text import LOST_CHARACTERS, is_han

_OPEN = r"[〔\[(【［﹝{〖]"
_CLOSE = r"[〕\])】］﹞}〗]"
OPEN_BRACKET = re.compile(_OPEN)
# Everything right of the issuer code, in the forms scraping leaves. Two patterns, each
# starting with a small character set (one alternation of both would be tried at every
# position, several times slower):
#   well_formed:           〔2018〕37号 · (2021)3号 · [2019]第28号 · 〔2018〕37) · 〔2018〕1 2号 (a space OCR read)
#   repaired_open_bracket: 〔20211号 · 〔20213)            (closing bracket lost)
BRACKETED_TAIL = re.compile(
    _OPEN + r"\s*(?:(?P<year>(?:19|20)\d{2})\s*" + _CLOSE + r"\s*第?\s*(?P<seq>\d(?: ?\d){0,3})\s*(?:号|(?=[)\]】,，、;。\s]|$))"
    r"|(?P<open_digits>(?:19|20)\d{3,6})\s*(?:号|[)〕\]】］﹞}〗]))"
)
#   repaired_bare:         201928号                          (both brackets lost)
#   repaired_after_title:  20215《 · 20212)                  (brackets and 号 lost, right after a title)
#   ambiguous:             2021《 · 2019028号                (number lost, or a split that is not certain)
BARE_TAIL = re.compile(r"(?:19|20)\d{2,6}(?=号|[《)文,，、。;]|$)")
#   repaired_close_only:   2020]11号 · 2023】48号             (opening bracket lost)
CLOSE_ONLY_TAIL = re.compile(r"(?P<year>(?:19|20)\d{2})" + _CLOSE + r"\s*第?\s*(?P<seq>\d{1,4})\s*号")
# Where to look for one: a closing square or lenticular bracket and a number (not ")": a
# parenthesis closes most asides in a report, and a scan for it would cost as much as the others)
SQUARE_CLOSERS = "〕]】］"
CLOSE_AND_NUMBER = re.compile("[" + re.escape(SQUARE_CLOSERS) + r"]\s*第?\s*\d{1,4}\s*号")
# A decree or a public notice, numbered by the issuer's series, with or without its year:
# 国务院令第711号 · 山西省人民政府令第283号 · 交通运输部令2016年第62号 · 国家税务总局公告2021年第6号 ·
# 农业农村部公告第180号
DECREE_TAIL = re.compile(r"(?P<form>令|公告)\s*(?:(?P<year>(?:19|20)\d{2})\s*年\s*)?第\s*(?P<seq>\d{1,4})\s*号")
MAX_AGENCY = 12
# Verbs and connectives that can precede an issuer code without a delimiter: 按照国办发〔…〕
_LEADING_WORDS = re.compile(r"^(?:.*?(?:按照|根据|依据|依照|对照|印发|转发|制定|出台|下发|落实|贯彻|执行|参照|结合|以|的|和|及|与))")
# An issuer code ends with one of these characters (发, 字, 函, 办 …) or is short.
AGENCY_TAIL = re.compile(r"(?:发|字|函|办|委|令|通|电|规|复|报|呈|告|纪|决|议|综|法|组|厅|府|政|司)$")
# Characters before an issuer code that show where it starts when no delimiter does.
TITLE_CLOSERS = "》>〉("
NATIONAL_PREFIX = "中华人民共和国"


@dataclass(frozen=True, slots=True)
class DocNumber:
    start: int
    end: int
    agency: str
    year: str | None
    seq: str | None
    rule: str  # well_formed | repaired_open_bracket | repaired_bare | repaired_after_title | decree | ambiguous
    form: str = "令"  # a decree's series: 令, or 公告 for a numbered public notice

    @property
    def normalized(self) -> str | None:
        """机关代字〔年份〕序号号 (a decree: 机关令第N号, 机关令2016年第N号), or None when it could not be split
        with certainty."""
        if self.rule == "decree":
            return f"{self.agency}{self.form}{self.year + '年' if self.year else ''}第{self.seq}号"
        if self.year and self.seq:
            return f"{self.agency}〔{self.year}〕{self.seq}号"
        return None


def _agency_before(text: str, end: int, limit: int = MAX_AGENCY) -> tuple[int, str]:
    """The issuer code that ends at ``end`` (spaces before the bracket allowed): its start and text."""
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and end - start < limit and is_han(text[start - 1]):
        start -= 1
    agency = text[start:end]
    national = agency.rfind(NATIONAL_PREFIX)
    if national >= 0:  # 中华人民共和国国务院令 → 国务院令 (and the 和 in it is no connective)
        trimmed = agency[national + len(NATIONAL_PREFIX):]
        return end - len(trimmed), trimmed
    for name in _national_names_with_connectives():
        if agency.endswith(name):  # 住房和城乡建设部令: its 和 is no connective either
            return end - len(name), name
    trimmed = _LEADING_WORDS.sub("", agency)
    return start + len(agency) - len(trimmed), trimmed


@lru_cache(maxsize=1)
def _national_names_with_connectives() -> tuple[str, ...]:
    """National bodies whose names hold 和 or 与 (住房和城乡建设部, 国家卫生和计划生育委员会), from
    national_bodies.tsv, longest first: an issuer code read leftwards must not stop at their 和."""
    names = {name for row in read_rows("national_bodies.tsv")
             for name in [row[0], *(row[1].split(",") if len(row) > 1 else ())] if name}
    return tuple(sorted((n for n in names if "和" in n or "与" in n), key=len, reverse=True))


def _split_digits(digits: str) -> tuple[str | None, str | None]:
    """Year and sequence of run-together digits: 20211 → (2021, 1). None when unsure."""
    year, seq = digits[:4], digits[4:]
    if not seq or seq.startswith("0") or not (1949 <= int(year) <= 2099):
        return None, None
    return year, seq


def find_doc_numbers(text: str) -> list[DocNumber]:
    found: list[DocNumber] = []
    tails = [(m.start(), m.end(), m) for m in BRACKETED_TAIL.finditer(text)]
    tails += [(m.start(), m.end() + (text.startswith("号", m.end())), m) for m in BARE_TAIL.finditer(text)]
    closers = "]" in text or "】" in text or "〕" in text or "］" in text  # (str.find is the cheapest gate)
    for close in CLOSE_AND_NUMBER.finditer(text) if closers else ():
        m = CLOSE_ONLY_TAIL.match(text, close.start() - 4)
        if m is not None and close.start() >= 4 and (m.start() == 0 or not OPEN_BRACKET.match(text, m.start() - 1)):
            tails.append((m.start(), m.end(), m))
    last_end = 0
    for tail_start, tail_end, m in sorted(tails, key=lambda t: t[0]):
        if tail_start < last_end:
            continue
        start, agency = _agency_before(text, tail_start)
        if not agency and m.re is CLOSE_ONLY_TAIL and tail_start > 0 and text[tail_start - 1] in LOST_CHARACTERS:
            start, agency = _agency_before(text, tail_start - 1)  # 张政办发□2016〕31号: a converter lost the bracket
        if not agency or start < last_end:
            continue
        if m.re is BRACKETED_TAIL and m.group("year"):
            rule, year, seq = "well_formed", m.group("year"), m.group("seq").replace(" ", "")
        elif m.re is CLOSE_ONLY_TAIL:
            rule, year, seq = "repaired_close_only", m.group("year"), m.group("seq")
        elif m.re is BRACKETED_TAIL:
            rule = "repaired_open_bracket"
            year, seq = _split_digits(m.group("open_digits"))
        else:
            digits = m.group()
            after_title = start > 0 and text[start - 1] in TITLE_CLOSERS
            if tail_end > m.end():
                rule = "repaired_bare"
            elif after_title:
                rule = "repaired_after_title"
            else:
                continue  # digits after a word with neither bracket nor 号: a year, a count
            if len(digits) == 4:
                # 《…》孝法治办2021: a code and a year, the number lost; only right after a title
                if not after_title or not AGENCY_TAIL.search(agency):
                    continue
                year, seq = None, None
            else:
                year, seq = _split_digits(digits)
        if year is None or seq is None:
            rule = "ambiguous"
        if len(agency) > 8 and not AGENCY_TAIL.search(agency):
            continue
        found.append(DocNumber(start, tail_end, agency, year, seq, rule))
        last_end = tail_end
    if "令" in text or "公告" in text:
        for m in DECREE_TAIL.finditer(text):
            start, agency = _agency_before(text, m.start(), limit=16)
            if agency and all(m.end() <= d.start or start >= d.end for d in found):
                found.append(DocNumber(start, m.end(), agency, m.group("year"), m.group("seq"), "decree", m.group("form")))
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
        if spans:  # an empty group costs a SpanGroup per paragraph and says nothing
            doc.spans[self.span_key] = spans
        return doc
