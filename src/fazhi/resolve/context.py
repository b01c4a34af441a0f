"""The report's place in the administrative hierarchy, which resolution reads names against.

In the 威宁 report 县 means 威宁彝族回族苗族自治县 and 市 means 毕节市; in the 孝义 report
(a county-level city) 市 means 孝义市 itself; in the 古楼镇 report 区 is 合川区 and 市 is
重庆市. ``ReportContext.place_for_level`` answers that question.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from fazhi.gazetteer.corps import CORPS, corps
from fazhi.gazetteer.divisions import TOWNSHIP_ENDINGS, Divisions, divisions, is_functional_zone
from fazhi.model import Place, Report

# What a level word before a body name can refer to, by the suffix of the place's name.
LEVEL_SUFFIXES = {
    "省": ("省",),
    "自治区": ("自治区",),
    "市": ("市",),
    "州": ("州",),
    "自治州": ("自治州",),
    "县": ("县", "自治县"),
    "自治县": ("自治县",),
    "区": ("区",),
    "旗": ("旗",),
    "盟": ("盟",),
    "镇": ("镇",),
    "乡": ("乡",),
    "街道": ("街道",),
    "苏木": ("苏木",),
    "林区": ("林区",),  # a forest district's: 神农架林区
    "地区": ("地区",),
    # the one character a region's rule-of-law bodies are named by: 自治区党委依法治疆办 · 地委依法治地办
    "地": ("地区",),
    "疆": ("新疆维吾尔自治区",),
    # the 兵团's own: 团党委 · 团司法所 in a regiment's report, 兵团党委 in any of its units'
    "团": ("团",),
    "团场": ("团",),
    "兵团": (CORPS,),
    "兵": (CORPS,),  # 全面依法治兵委员会
    "藏": ("西藏自治区",),
}


# The level word of a division of the 兵团, which its place's name does not end with (第八师石河子市)
CORPS_DIVISION_LEVEL = "师"


# Characters that open words as often as they open a two-character county name (和县 · 县委和县政府).
FUNCTION_CHARACTERS = "和与及同并或在对向为"


@dataclass(slots=True)
class ReportContext:
    """A report's region and its ancestors, nearest first: 古楼镇 → 合川区 → 重庆市."""

    doc_id: str
    region: Place | None
    year: int | None
    chain: list[Place] = field(default_factory=list)
    gazetteer: Divisions = field(default_factory=divisions)
    # resolutions already made in this report, by written name (see resolve.organizations)
    memo: dict = field(default_factory=dict, repr=False, compare=False)
    # the canonical name of the reporting body, once resolved: 局党组 in a bureau's report is its own
    publisher: str | None = None
    # every organization's name as the report writes it (whether it names a body at all tells how
    # another is named: a development zone's 司法所 is its 司法局's only where the report names one)
    written_organizations: frozenset[str] = frozenset()

    @classmethod
    def for_report(cls, report: Report) -> "ReportContext":
        gaz = divisions()
        region = report.metadata.region
        chain: list[Place] = []
        year = report.metadata.year
        if region is not None:
            # a unit of the 兵团 lies under the 兵团's units before the region of 新疆: 一五二团 →
            # 第八师石河子市 → 新疆生产建设兵团 → 新疆维吾尔自治区
            chain = [region, *corps().ancestors(region)]
            parent = gaz.by_code.get(chain[-1].parent_code or "")
            while parent is not None:
                chain.append(gaz.as_of(parent, year))
                parent = gaz.parent(parent)
        return cls(report.doc_id, region, year, chain, gaz)

    def place_for_level(self, level: str) -> Place | None:
        """The place of the report's hierarchy that 县/市/区/省/镇 stands for, nearest first."""
        if level.startswith(CORPS_DIVISION_LEVEL):
            return self.corps_division  # 依法治师（市）: the division's of the 兵团, with its city
        suffixes = LEVEL_SUFFIXES.get(level)
        if not suffixes:
            return None
        for place in self.chain:
            if place.name.endswith(suffixes):
                return place
        if level == "省" and self.chain and self.chain[-1].level == "province":
            return self.chain[-1]
        return None

    @property
    def corps_division(self) -> Place | None:
        """The report's division of the 兵团 (its own place, or its regiment's), if it is one's."""
        return corps().division_of(self.chain)

    @property
    def county(self) -> Place | None:
        """The report's county-level place (合川区 for the 古楼镇 report), if it has one; for a town
        of a city with no counties, the city (东莞市 for the 虎门镇 report)."""
        return next((p for p in self.chain if p.level == "county"
                     or (p.level == "prefecture" and self.gazetteer.governs_towns_directly(p))), None)

    @property
    def town(self) -> Place | None:
        """The report's township-level place (古楼镇), if the report is a town's."""
        return self.region if self.region is not None and self.region.level == "town" else None

    def resolve_place_chain(self, forms: list[str]) -> Place | None:
        """The division a written chain of names means: 重庆市|合川区 · 吉安市|吉州区 · 贵州|威宁.

        The first name is read against the report's hierarchy; each next one must lie within
        the one before. A chain that cannot be followed, or a name that stays ambiguous (鼓楼区
        with no other clue), gives None: never a guess.
        """
        place = self.resolve_place_name(forms[0])
        for form in forms[1:]:
            if place is None:
                return None
            inside = [c for c in self.gazetteer.places_named(form) if self.gazetteer.is_within(c, place)]
            place = inside[0] if len(inside) == 1 else None
        # named as in the year reported on (a place of the report's own chain is already)
        return self.gazetteer.as_of(place, self.year) if place is not None else None

    def find_town(self, name: str, within: Place | None = None) -> Place | None:
        """A township-level place named ``name`` under ``within`` (else the report's county); in a
        development zone's report, under the one county of the zone's city that has it (the
        streets a zone administers are its districts': 丈八街道 of 西安高新区 is 雁塔区's); in a
        city's report, under the one county of the city that has it (虢镇街道 in 宝鸡市's is 陈仓区's)."""
        county = within if within is not None else self.county
        if county is None and within is None and self.region is not None and self.region.level == "prefecture":
            return self._town_of_one_county(name, self.region.code)
        if county is None or (county.level != "county" and not self.gazetteer.governs_towns_directly(county)):
            return None
        if is_functional_zone(county) and not self.gazetteer.has_town(county, name):
            return self._town_of_one_county(name, county.parent_code)
        if self.town is not None and self.town.name == name and self.town.parent_code == county.code:
            return self.town
        return self.gazetteer.town(county, name) if self.gazetteer.has_town(county, name) else None

    def _town_of_one_county(self, name: str, city_code: str | None) -> Place | None:
        """The township ``name`` of the one county of a city that has one so named, else None (a
        name written after its county, 当阳市玉阳街道, is read as the county and its township)."""
        holders = [c for c in self.gazetteer.counties_with_town(name) if c.parent_code == city_code and not name.startswith(c.name)]
        return self.gazetteer.town(holders[0], name) if len(holders) == 1 else None

    def find_town_by_stem(self, stem: str, within: Place | None = None) -> Place | None:
        """The township a name's stem stands for, written with its ending or without one: 如城 (如城分局)
        → 如城街道, 古楼 (古楼法庭) → 古楼镇, 伊敏苏木 → 伊敏苏木."""
        return next(filter(None, (self.find_town(stem + ending, within) for ending in ("", *TOWNSHIP_ENDINGS))), None)

    def resolve_place_name(self, form: str) -> Place | None:
        """The division a written place name means here: within the report's hierarchy first."""
        candidates = self.gazetteer.places_named(form)
        if not candidates:
            return None
        if self.chain and (self.gazetteer.is_bare_short(form) or (len(form) == 2 and form[0] in FUNCTION_CHARACTERS)):
            # a bare short name (开州, 白云) outside the report's province is a word, not that
            # place; so is a two-character name that opens with a conjunction (和县)
            province = self.chain[-1]
            candidates = [c for c in candidates if self.gazetteer.is_within(c, province)] or \
                [c for c in candidates if c.level == "province"]
            if not candidates:
                return None
        for place in self.chain:  # the report's own places and ancestors, as named in the report's year
            for c in candidates:
                if c.code == place.code:
                    return place  # (凤翔县 in a 2017 report, though the gazetteer's 凤翔区 is the same code)
        own = next((p for p in self.chain if len(p.name) > len(form) and p.name.endswith(form)), None)
        if own is not None and not any(self.gazetteer.is_within(c, self.chain[-1]) for c in candidates):
            return own  # 矿区政府 in 井陉矿区's report: its own name's end, not 阳泉's 矿区 of another province
        if len(candidates) == 1:
            return candidates[0]
        for anchor in self.chain:  # a place under one of the report's ancestors
            inside = [c for c in candidates if self.gazetteer.is_within(c, anchor)]
            if len(inside) == 1:
                return inside[0]
            if inside:
                break
        return None  # ambiguous (鼓楼区 in a report with no other clue): not guessed
