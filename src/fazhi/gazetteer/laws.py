"""National laws, regulations and policy documents: the gazetteer citations link to.

Three sources, one index (see ``data/README.md`` and ``data/law_titles.README.md``):
``law_titles.csv`` (LawRefBook/Laws: laws, administrative regulations, some local ones),
``law_titles_supplement.csv`` (national laws it lacks: repealed ones such as 行政监察法 or
合同法 that reports of their time cite, and laws adopted after its snapshot) and
``national_documents.tsv`` (the national plans, party rules and State Council documents of
the rule-of-law programme, with their issuers). A citation such as 《行政复议法》,
新《行政诉讼法》, 政府信息公开条例 or 国务院关于加强法治政府建设的意见 is matched on its
normalised full or short title and linked to the official title; a title written without
its version years (法治政府建设实施纲要) gets the version of the report's year.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from fazhi.text import LOST_CHARACTERS, mainland_phrasing, normalize_title


@dataclass(frozen=True, slots=True)
class LawTitle:
    """One law, regulation or national document."""

    title: str  # official full title: 中华人民共和国行政复议法
    short_title: str  # without 中华人民共和国: 行政复议法 ('' when the title has no such prefix)
    category: str
    level: str  # constitution | law | administrative_regulation | ... | party_document | normative_document | plan
    promulgation_date: str
    effective_date: str
    subcategory: str
    version_dates: tuple[str, ...]  # every known version or amendment date, oldest first
    expired: bool | None
    issuer_name: str | None = None  # the issuing bodies when the source names them: 中共中央 国务院
    aliases: tuple[str, ...] = ()  # other written forms the source gives: 党章

    @property
    def issuer(self) -> str | None:
        """The body that made it: named by the source, else the body that makes laws of its level."""
        if self.issuer_name:
            return self.issuer_name
        return LEVEL_ISSUER.get(self.level) or (self.subcategory if self.level == "departmental_rule" else None)

    @property
    def period(self) -> tuple[int, int] | None:
        """The years a plan's title names: 法治政府建设实施纲要（2015—2020年） → (2015, 2020)."""
        m = TITLE_PERIOD.search(normalize_title(self.title))
        return (int(m.group(1)), int(m.group(2))) if m else None

    def version_in_force(self, year: int | None) -> str | None:
        """The version in force in ``year``: the latest that took effect by the end of that year
        (the newest if no year). The newest version counts from its effective date when known:
        行政复议法 revised 2023-09-01 took effect 2024-01-01, so a 2023 report applied the 2017 text."""
        dates = [d for d in self.version_dates if d]
        if not dates:
            return None
        if year is None:
            return dates[-1]
        in_force = [d for d in dates if int(d[:4]) <= year]
        if in_force and in_force[-1] == dates[-1] and self.effective_date and self.effective_date > dates[-1] \
                and int(self.effective_date[:4]) > year:
            in_force.pop()
        return in_force[-1] if in_force else None


LEVEL_ISSUER = {
    "constitution": "全国人民代表大会",
    "law": "全国人民代表大会常务委员会",
    "administrative_regulation": "国务院",
    "judicial_interpretation": "最高人民法院",
}

# Prefixes and qualifiers a report puts before a law's name that are not part of it.
# 新修订的《行政处罚法》 → 行政处罚法; 中华人民共和国行政复议法 → 行政复议法
LAW_QUALIFIER_PREFIX = re.compile(r"^(?:新修订的|新修订|新修改的|新修正的|修订后的|修改后的|新)")
NATIONAL_PREFIX = "中华人民共和国"
# The years of a plan in its normalised title: (2015-2020) · (2021-2025年)
TITLE_PERIOD = re.compile(r"\((\d{4})-(\d{4})年?\)")
# National bodies a report writes in front of a national document's title, with their joiners:
# 中共中央办公厅、国务院办公厅《…》 · 国务院关于… · 中共中央 国务院关于…
ISSUER_PREFIX = re.compile(r"^(?:(?:中共中央办公厅|国务院办公厅|中共中央宣传部|中共中央|国务院|中办|国办|中央宣传部|中宣部|司法部)[,、和与及]?)+"
                           r"(?=关于|[\u3400-\u9fff]{4})")


def _dates(row: dict) -> tuple[str, ...]:
    found = set()
    for column in ("promulgation_date", "history_dates", "other_versions"):
        for d in (row.get(column) or "").split(";"):
            d = d.strip()
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
                found.add(d)
    return tuple(sorted(found))


def match_key(title: str) -> str:
    """The key a title is looked up by: normalised, without 中华人民共和国 and 新/新修订的."""
    key = normalize_title(title)
    key = LAW_QUALIFIER_PREFIX.sub("", key)
    if key.startswith(NATIONAL_PREFIX) and len(key) > len(NATIONAL_PREFIX) + 1:
        key = key[len(NATIONAL_PREFIX):]
    return key


def base_key(key: str) -> str:
    """A key without the years of its version: 法治政府建设实施纲要(2015-2020) → 法治政府建设实施纲要."""
    return TITLE_PERIOD.sub("", key)


# A character a converter lost, written ?, □ or the replacement character: in a title it stands for any
# one character (中华人民共和国宪?修正案); at most two in a key that keeps four known characters
LOST_CHARACTER = re.compile(f"[{LOST_CHARACTERS}]")
LOST_CHARACTERS_MAX = 2
LOST_KEY_MIN_KNOWN = 4
# after 中华人民共和国, which only national laws and regulations carry, three known characters do:
# 中华人民共和国行政复?? → 行政复议法
LOST_KEY_MIN_KNOWN_NATIONAL = 3

# A character written twice in a row, which a PDF's line end may leave (行政复|复议法); no known title
# is read with it undone unless the title as written is unknown
DOUBLED_CHARACTER = re.compile(r"([\u3400-\u9fff])\1")

# Levels in the order a shared key goes to: national before local, laws before documents.
LEVEL_RANK = {"constitution": 0, "law": 1, "administrative_regulation": 2, "party_regulation": 3,
              "party_document": 4, "plan": 4, "normative_document": 4, "departmental_rule": 5,
              "judicial_interpretation": 6, "local_regulation": 7, "other": 8}
NATIONAL_LEVELS = frozenset({"constitution", "law", "administrative_regulation"})
DOCUMENT_LEVELS = frozenset({"party_document", "plan", "normative_document"})


class LawGazetteer:
    def __init__(self) -> None:
        self.entries: list[LawTitle] = []
        self._by_key: dict[str, LawTitle] = {}
        self._by_base: dict[str, list[LawTitle]] = {}
        for name in ("law_titles.csv", "law_titles_supplement.csv"):
            with resources.files("fazhi.data").joinpath(name).open(encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    expired = {"1": True, "0": False}.get((row["expired"] or "").strip())
                    self.entries.append(LawTitle(row["title"], row["short_title"], row["category"], row["level"],
                                                 row["promulgation_date"], row["effective_date"], row["subcategory"],
                                                 _dates(row), expired))
        self.entries.extend(_national_documents())
        # national entries win over local ones for the same key; the csv is one row per title
        for entry in sorted(self.entries, key=lambda e: LEVEL_RANK.get(e.level, 9)):
            for title in (entry.title, entry.short_title, *entry.aliases):
                if title:
                    key = match_key(title)
                    self._by_key.setdefault(key, entry)
                    without_issuer = ISSUER_PREFIX.sub("", key)
                    if without_issuer != key and entry.level not in NATIONAL_LEVELS:
                        self._by_key.setdefault(without_issuer, entry)
                    if entry.period is not None and base_key(key) != key:
                        self._by_base.setdefault(base_key(key), []).append(entry)

    def lookup(self, title: str, year: int | None = None, *, undouble: bool = True) -> LawTitle | None:
        """The entry a written title stands for, or None. The year chooses among the versions
        of a plan cited without its years (法治政府建设实施纲要 in a 2016 report: 2015—2020).
        ``undouble``: an unknown title is read with a doubled character written once."""
        key = match_key(title)
        entry = self._by_key.get(key)
        if entry is None:
            stripped = ISSUER_PREFIX.sub("", key)
            entry = self._by_key.get(stripped) if stripped != key else None
            key = stripped
        if entry is None:
            entry = self._by_key.get(TITLE_PERIOD.sub(lambda m: f"({m.group(1)}-{m.group(2)})", key))
        if entry is None and key in self._by_base:
            entry = self._version_for_year(self._by_base[key], year)
        if entry is None and LOST_CHARACTER.search(key):
            entry = self._lookup_with_lost_characters(key, national=normalize_title(title).startswith(NATIONAL_PREFIX))
        if entry is None and undouble and DOUBLED_CHARACTER.search(key):
            entry = self._lookup_undoubled(title, year)
        if entry is None and (mainland := mainland_phrasing(title)) != title:
            # a title a Taiwan-phrasing converter reworded, in a report that is not so phrased
            # throughout: 中华人民共和国政府资讯公开条例 · 中华人民共和国网路安全法
            entry = self.lookup(mainland, year)
        return entry

    def _lookup_undoubled(self, title: str, year: int | None) -> LawTitle | None:
        """The entry a title stands for with one of its doubled characters written once, a PDF's line end
        written twice (中华人民共和国行政复复议法 · 法治政府建设实施纲纲要); None when no such reading is known.
        One character is undone at a time, no more (a run of one character repeated is no title)."""
        for doubled in DOUBLED_CHARACTER.finditer(title):
            entry = self.lookup(title[:doubled.start()] + title[doubled.start() + 1:], year, undouble=False)
            if entry is not None:
                return entry
        return None

    def _lookup_with_lost_characters(self, key: str, national: bool = False) -> LawTitle | None:
        """The one entry whose key reads as ``key`` with each character a converter lost (``LOST_CHARACTER``)
        standing for any one: 宪?修正案 → 宪法修正案; None when several or none do, or too much is lost.
        ``national``: the title was written after 中华人民共和国, so only a national law or regulation fits."""
        lost = len(LOST_CHARACTER.findall(key))
        if lost > LOST_CHARACTERS_MAX or len(key) - lost < (LOST_KEY_MIN_KNOWN_NATIONAL if national else LOST_KEY_MIN_KNOWN):
            return None
        pattern = re.compile("".join("." if LOST_CHARACTER.fullmatch(ch) else re.escape(ch) for ch in key))
        found = {e.title: e for k, e in self._by_key.items() if len(k) == len(key) and pattern.fullmatch(k)
                 and (not national or e.level in NATIONAL_LEVELS)}
        return next(iter(found.values())) if len(found) == 1 else None

    def lookup_fragment(self, fragment: str, year: int | None = None, head: bool = False) -> LawTitle | None:
        """The one national entry whose title ends with ``fragment``, the tail of a title an excerpt
        cut (…实施纲要(2021-2025年)》) — or, with ``head``, begins with it (《关于加强行政规范性文件制定和
        监督管 at the end of an excerpt); None when no entry or several do."""
        key = match_key(fragment)
        if len(key) < (6 if head else 4):
            return None

        def fits(k: str) -> bool:
            return k != key and (k.startswith(key) if head else k.endswith(key))

        candidates = [e for k, e in self._by_key.items() if fits(k) and e.level in NATIONAL_LEVELS | DOCUMENT_LEVELS]
        candidates += [e for b, versions in self._by_base.items() if fits(b) for e in versions]
        documents = {base_key(match_key(e.title)) for e in candidates}
        if len(documents) != 1:
            return None
        versions = list({e.title: e for e in candidates}.values())
        if len(versions) == 1:
            return versions[0]
        return self._version_for_year(versions, year) if all(e.period for e in versions) else None

    @staticmethod
    def _version_for_year(versions: list[LawTitle], year: int | None) -> LawTitle:
        ordered = sorted(versions, key=lambda e: e.period)
        if year is None:
            return ordered[-1]
        for entry in ordered:
            if entry.period[0] <= year <= entry.period[1]:
                return entry
        started = [e for e in ordered if e.period[0] <= year]
        return started[-1] if started else ordered[0]

    def national_short_names(self, min_length: int = 3) -> list[str]:
        """Keys of national laws and administrative regulations, to find them without title marks."""
        return sorted(k for k, e in self._by_key.items() if e.level in NATIONAL_LEVELS and len(k) >= min_length)

    def national_document_names(self, min_length: int = 8) -> list[str]:
        """Keys of national policy documents long enough to be found without title marks, and the
        version-less forms of plans (法治政府建设实施纲要)."""
        names = {k for k, e in self._by_key.items()
                 if e.level in ("party_document", "plan", "normative_document") and len(k) >= min_length}
        names |= {b for b in self._by_base if len(b) >= min_length}
        return sorted(n for n in names if not TITLE_PERIOD.search(n))


def _national_documents() -> list[LawTitle]:
    entries = []
    text = resources.files("fazhi.data").joinpath("national_documents.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")] + [""] * 5
        title, aliases, issuer, level, issued = cols[:5]
        # month of issue only: kept as written, and not a version date (these documents have no
        # amendment history in the source)
        entries.append(LawTitle(title, "", "national_document", level, issued, "", "", (), None,
                                issuer_name=issuer or None, aliases=tuple(a for a in aliases.split(",") if a)))
    return entries


@lru_cache(maxsize=1)
def law_gazetteer() -> LawGazetteer:
    return LawGazetteer()
