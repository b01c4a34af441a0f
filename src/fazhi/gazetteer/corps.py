"""新疆生产建设兵团 (the Xinjiang Production and Construction Corps) as places: the 兵团 itself, its
divisions (师) with the cities they govern as one (师市合一), and their regiments (团).

They are no administrative divisions, yet reports name bodies after them as after places: in
一五二团's report 团党委 is 中共新疆生产建设兵团第八师一五二团委员会 and 师市司法局 is
新疆生产建设兵团第八师石河子市司法局. Built from ``data/corps_divisions.tsv`` and the division gazetteer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from fazhi.gazetteer.divisions import divisions
from fazhi.lexicon import read_table
from fazhi.model import Place

CORPS = "新疆生产建设兵团"
XINJIANG_CODE = "650000"

# The levels of corps places that are no division's level: the 兵团, a division that governs no city,
# a regiment. (A division that governs a city is that city's place, named after the division.)
CORPS_LEVEL, DIVISION_LEVEL, REGIMENT_LEVEL = "corps", "division", "regiment"

# A regiment by its number, in Chinese numerals or digits: 一五二团 · 十团 · 二十九团 · 一〇三团 · 152团
# (a numeral run longer than four characters is a count, not a number: no regiment there)
REGIMENT_NUMERALS = "一二三四五六七八九十零〇"
# (the first numeral stands first, the look-behind after it, so that re skips to the next numeral in C)
REGIMENT_NUMBER = (rf"[{REGIMENT_NUMERALS}\d](?<![{REGIMENT_NUMERALS}\d][{REGIMENT_NUMERALS}\d])"
                   rf"(?:(?<=[{REGIMENT_NUMERALS}])[{REGIMENT_NUMERALS}]{{0,3}}|(?<=\d)\d{{0,2}})团")

# A regiment written without its division, as its own division's reports write them: 一五二团|党委 ·
# 十二团 (the division is the report's)
REGIMENT = re.compile(REGIMENT_NUMBER)
# Where a regiment's name ends, which every match of REGIMENT has: 二团 · 2团
REGIMENT_END = re.compile(rf"[{REGIMENT_NUMERALS}\d]团")
# A regiment written alone is read as a body only with a number of two characters or more (十二团,
# 一五二团): 一团 is a word too (凝聚成一团)
MIN_BARE_REGIMENT = 3

# What makes 第一师 part of another word: 第一师范学院 · 师傅
NOT_AFTER_DIVISION = "范傅"

CHINESE_DIGITS = "〇一二三四五六七八九"

# The courts and procuratorates of the 兵团's reclamation areas, which are named after the area, not
# a division or a city: 石河子垦区人民法院 is 新疆生产建设兵团石河子垦区人民法院
RECLAMATION_AREA_COURT = re.compile(f"(?:{CORPS})?(?P<court>[\u3400-\u9fff]{{2,4}}垦区人民(?:法院|检察院))")


@dataclass(frozen=True, slots=True)
class Division:
    """A division of the 兵团: 第八师, the city it governs as one (石河子市), its former name (农八师)."""

    name: str
    city: Place | None
    former: str


def regiment_name(written: str) -> str:
    """A regiment's canonical name, in Chinese numerals as the 兵团 writes them: 152团 → 一五二团,
    29团 → 二十九团, 10团 → 十团, 一零一团 → 一〇一团."""
    number = written[:-1]
    if not number.isdigit():
        return number.replace("零", "〇") + "团"
    n = int(number)
    if n >= 100:
        return "".join(CHINESE_DIGITS[int(d)] for d in str(n)) + "团"
    tens, units = divmod(n, 10)
    spoken = ("" if tens <= 1 else CHINESE_DIGITS[tens]) + ("十" if tens else "") + (CHINESE_DIGITS[units] if units else "")
    return spoken + "团"


class Corps:
    """The 兵团's places, by name and code; regiments are made as reports name them."""

    def __init__(self) -> None:
        gaz = divisions()
        self.xinjiang = gaz.by_code[XINJIANG_CODE]
        self.place = Place(code=f"{XINJIANG_CODE}-{CORPS}", name=CORPS, full_name=CORPS, path=CORPS,
                           level=CORPS_LEVEL, parent_code=XINJIANG_CODE)
        self.divisions: dict[str, Division] = {}  # by every name: 第八师 · 农八师
        self._division_places: dict[str, Place] = {}  # by the division's name
        self._division_of_place: dict[str, Division] = {}  # by the place's code
        self._division_of_city: dict[str, Division] = {}  # by the city's code
        for row in read_table("corps_divisions.tsv"):
            cities = [p for p in gaz.places_named(row["city"]) if p.parent_code == XINJIANG_CODE] if row["city"] else []
            division = Division(row["division"], cities[0] if len(cities) == 1 else None, row["former"])
            for name in (division.name, division.former):
                self.divisions[name] = division
            place = self._division_place(division)
            self._division_places[division.name] = place
            self._division_of_place[place.code] = division
            if division.city is not None:
                self._division_of_city[division.city.code] = division
        self.by_code: dict[str, Place] = {self.place.code: self.place}
        self.by_code.update((p.code, p) for p in self._division_places.values())
        division_names = "|".join(sorted(self.divisions, key=len, reverse=True))
        city_names = "|".join(sorted({d.city.name for d in self.divisions.values() if d.city}, key=len, reverse=True))
        # A unit as reports write it, the 兵团's name optional: 新疆生产建设兵团第八师一五二团 · 第一师阿拉尔市 ·
        # 兵团第八师石河子市 · 农八师一四三团 · 第十二师 (not 第一师|范学院, a normal university)
        self.unit_pattern = re.compile(f"(?:{CORPS}|兵团)?(?P<division>{division_names})(?![{NOT_AFTER_DIVISION}])"
                                       f"(?P<city>{city_names})?(?P<regiment>{REGIMENT_NUMBER})?")
        # The division's name alone, literal first: the unit pattern opens with an optional group, which
        # re tries at every position of a text, and most texts that reach it name no division (律师)
        self.division_pattern = re.compile(division_names)

    def _division_place(self, division: Division) -> Place:
        """The place a division governs: its city, named after the division (新疆生产建设兵团第八师石河子市)
        and keyed apart from the city (the city's place is the city's, of the region of 新疆); or the
        division itself where it governs no city."""
        full = f"{CORPS}{division.name}"
        if division.city is None:
            return Place(code=f"{XINJIANG_CODE}-{full}", name=division.name, full_name=full, path=full,
                         level=DIVISION_LEVEL, parent_code=XINJIANG_CODE)
        city = division.city
        return Place(code=f"{city.code}-{division.name}", name=city.name, full_name=full + city.name,
                     path=city.path, level=city.level, parent_code=XINJIANG_CODE)

    # -- reading names -----------------------------------------------------------------
    def unit_at(self, text: str, pos: int = 0, division: Place | None = None) -> tuple[Place, int] | None:
        """The corps place a name opens with at ``pos``, and where its name ends:
        新疆生产建设兵团第八师一五二团|司法所 · 第八师石河子市|司法局 · 新疆生产建设兵团|司法局; with
        ``division`` (the report's), a regiment written alone too: 一五二团|党委."""
        match = self.unit_pattern.match(text, pos)
        if match is not None:
            return self._unit(match), match.end()
        if text.startswith(CORPS, pos):
            return self.place, pos + len(CORPS)
        if division is not None and (regiment := REGIMENT.match(text, pos)) is not None:
            return self.regiment(division, regiment.group()), regiment.end()
        return None

    def unit_spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` names units of the 兵团 (start, end), the 兵团 alone included:
        新疆生产建设兵团第八师一二一团 · 第八师 · 新疆生产建设兵团|党委."""
        spans = [m.span() for m in self.unit_pattern.finditer(text)] if self.division_pattern.search(text) else []
        at = text.find(CORPS)
        while at >= 0:
            if not any(s <= at < e for s, e in spans):
                spans.append((at, at + len(CORPS)))
            at = text.find(CORPS, at + len(CORPS))
        return spans

    @staticmethod
    def bare_regiment_spans(text: str) -> list[tuple[int, int]]:
        """Where ``text`` names regiments without their division (一五二团 · 十二团): no unit's own
        until a report of a division says whose."""
        # (most texts have no number before 团: looked for first, in C)
        return [m.span() for m in REGIMENT.finditer(text)] if REGIMENT_END.search(text) else []

    def find_unit(self, text: str) -> Place | None:
        """The first corps place ``text`` names (a title, a publisher's name), the 兵团 itself last."""
        match = self.unit_pattern.search(text)
        if match is not None:
            return self._unit(match)
        return self.place if CORPS in text else None

    def _unit(self, match: re.Match) -> Place:
        division = self._division_places[self.divisions[match["division"]].name]
        return self.regiment(division, match["regiment"]) if match["regiment"] else division

    def regiment(self, division: Place, written: str) -> Place:
        """A regiment of ``division`` (a division's place): 第八师 · 152团 → 新疆生产建设兵团第八师一五二团."""
        name = regiment_name(written)
        code = f"{division.code}-{name}"
        place = self.by_code.get(code)
        if place is None:
            full = f"{CORPS}{self._division_of_place[division.code].name}{name}"
            place = Place(code=code, name=name, full_name=full, path=full, level=REGIMENT_LEVEL, parent_code=division.code)
            self.by_code[code] = place
        return place

    # -- places ------------------------------------------------------------------------
    def division_of(self, chain: list[Place]) -> Place | None:
        """The division's place among a report's places (its own, or its regiment's)."""
        return next((p for p in chain if p.code in self._division_of_place), None)

    def division_of_city(self, place: Place) -> Place | None:
        """The division's place for a city a division governs as one: 阿拉尔市 → 第一师阿拉尔市."""
        division = self._division_of_city.get(place.code)
        return self._division_places[division.name] if division is not None else None

    def ancestors(self, place: Place) -> list[Place]:
        """The corps places above a corps place, nearest first, up to the 兵团 itself: 一五二团 →
        第八师石河子市, 新疆生产建设兵团. A place that is no corps place has none."""
        if place.code not in self.by_code and place.level != REGIMENT_LEVEL:
            return []
        chain = []
        while place.code != self.place.code:
            place = self.by_code.get(place.parent_code or "", self.place)  # (a division's parent is 新疆's code)
            chain.append(place)
        return chain

    def body_name(self, place: Place) -> str:
        """The name of a corps place as a body (新疆生产建设兵团第八师一二一团 · 新疆生产建设兵团): a
        division's is the division's, not its city's (新疆生产建设兵团第八师)."""
        return self.party_name(place) or place.full_name

    def party_name(self, place: Place) -> str | None:
        """The name a corps place's party committee takes, where it is not the place's: the
        division's, not its city's (中共新疆生产建设兵团第八师委员会 of 第八师石河子市)."""
        division = self._division_of_place.get(place.code)
        return f"{CORPS}{division.name}" if division is not None else None

    def reclamation_area_court(self, written: str) -> str | None:
        """The canonical name of a reclamation area's court or procuratorate: 石河子垦区人民法院 →
        新疆生产建设兵团石河子垦区人民法院; None for any other name."""
        match = RECLAMATION_AREA_COURT.fullmatch(written)
        return CORPS + match["court"] if match is not None else None

    def reclamation_area_start(self, text: str, end: int) -> int | None:
        """Where the reclamation area named right before ``end`` begins (与|石河子垦区|人民法院): the area
        is named after a place of 新疆 (石河子 · 阿拉尔 · 奎屯), by its name or short name."""
        if not text.endswith("垦区", 0, end):
            return None
        gaz = divisions()
        at = end - 2
        for k in range(5, 1, -1):
            if at - k >= 0 and any(gaz.is_within(p, self.xinjiang) for p in gaz.places_named(text[at - k:at])):
                return at - k
        return None

    @staticmethod
    def governs_itself(place: Place) -> bool:
        """The 兵团, a division without a city and a regiment are their own administrations: they have
        no 人民政府 (the report of 一二一团 is 新疆生产建设兵团第八师一二一团's)."""
        return place.level in (CORPS_LEVEL, DIVISION_LEVEL, REGIMENT_LEVEL)


@lru_cache(maxsize=1)
def corps() -> Corps:
    return Corps()
