"""National (and some local) law and regulation titles: the gazetteer citations link to.

Built from ``data/law_titles.csv`` (LawRefBook/Laws, see ``data/law_titles.README.md``).
A citation such as 《行政复议法》, 新《行政诉讼法》 or 政府信息公开条例 is matched on its
normalised full or short title and linked to the official title (中华人民共和国行政复议法).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from fazhi.text import normalize_title


@dataclass(frozen=True, slots=True)
class LawTitle:
    """One row of the gazetteer."""

    title: str  # official full title: 中华人民共和国行政复议法
    short_title: str  # without 中华人民共和国: 行政复议法 ('' when the title has no such prefix)
    category: str
    level: str  # constitution | law | administrative_regulation | judicial_interpretation | ...
    promulgation_date: str
    effective_date: str
    subcategory: str
    version_dates: tuple[str, ...]  # every known version or amendment date, oldest first
    expired: bool | None

    @property
    def issuer(self) -> str | None:
        """The national body that makes laws of this level, when the level says it."""
        return LEVEL_ISSUER.get(self.level) or (self.subcategory if self.level == "departmental_rule" else None)

    def version_in_force(self, year: int | None) -> str | None:
        """The latest version date on or before the end of ``year`` (the newest if no year)."""
        dates = [d for d in self.version_dates if d]
        if not dates:
            return None
        if year is None:
            return dates[-1]
        earlier = [d for d in dates if int(d[:4]) <= year]
        return earlier[-1] if earlier else None


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


class LawGazetteer:
    def __init__(self) -> None:
        self.entries: list[LawTitle] = []
        self._by_key: dict[str, LawTitle] = {}
        with resources.files("fazhi.data").joinpath("law_titles.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                expired = {"1": True, "0": False}.get(row["expired"])
                entry = LawTitle(row["title"], row["short_title"], row["category"], row["level"],
                                 row["promulgation_date"], row["effective_date"], row["subcategory"],
                                 _dates(row), expired)
                self.entries.append(entry)
        # national entries win over local ones for the same key; the csv is one row per title
        rank = {"constitution": 0, "law": 1, "administrative_regulation": 2, "party_regulation": 3,
                "departmental_rule": 4, "judicial_interpretation": 5, "local_regulation": 6, "other": 7}
        for entry in sorted(self.entries, key=lambda e: rank.get(e.level, 9)):
            for title in (entry.title, entry.short_title):
                if title:
                    self._by_key.setdefault(match_key(title), entry)

    def lookup(self, title: str) -> LawTitle | None:
        """The gazetteer entry a written title stands for, or None."""
        return self._by_key.get(match_key(title))

    def national_short_names(self, min_length: int = 3) -> list[str]:
        """Keys of national laws and administrative regulations, to find them without title marks."""
        national = {"constitution", "law", "administrative_regulation"}
        return sorted(k for k, e in self._by_key.items() if e.level in national and len(k) >= min_length)


@lru_cache(maxsize=1)
def law_gazetteer() -> LawGazetteer:
    return LawGazetteer()
