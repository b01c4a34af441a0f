"""National administrations whose local offices carry the administration's name before their place
(国家税务总局|牡丹江市|税务局), from ``data/lexicons/org_national_branches.tsv``: the recogniser finds
their offices' names, resolution names each office officially."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from fazhi.lexicon import read_rows


@dataclass(frozen=True, slots=True)
class ShortOfficeHead:
    """How a report writes a national administration's office after its place alone (金融监管分局)."""
    administration: str  # 国家金融监督管理总局
    head: str  # the head of the official name: 监管分局
    after_short_name_only: bool  # 湖北|金融监管局 is the administration's; 县金融监管局 the county's own


@dataclass(frozen=True, slots=True)
class NationalAdministration:
    """One row of the lexicon."""
    name: str  # 国家金融监督管理总局
    office_heads: tuple[str, ...]  # the heads of its offices' official names: 监管局, 监管分局, 监管支局
    short_heads: dict[str, ShortOfficeHead]  # written short head → its office: 金融监管分局 → 监管分局


@lru_cache(maxsize=1)
def national_administrations() -> tuple[NationalAdministration, ...]:
    administrations = []
    for row in read_rows("org_national_branches.tsv"):
        short: dict[str, ShortOfficeHead] = {}
        for column, only_after_short in ((row[2] if len(row) > 2 else "", False), (row[3] if len(row) > 3 else "", True)):
            for pair in filter(None, column.split(",")):
                written, official = pair.split("=")
                short[written] = ShortOfficeHead(row[0], official, only_after_short)
        administrations.append(NationalAdministration(row[0], tuple(row[1].split(",")), short))
    return tuple(administrations)
