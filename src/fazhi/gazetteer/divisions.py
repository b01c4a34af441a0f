"""Administrative divisions of China: official names, short forms, GB/T 2260 codes, parents.

Built from ``data/divisions.tsv`` and ``data/towns.tsv.gz`` (derived from jionlp's division
tree by ``tools/build_divisions.py``). Answers: which places can a written name such as
威宁自治县, 吉州区 or 清河 stand for, and what is each place's canonical name.
"""
from __future__ import annotations

import gzip
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from fazhi.lexicon import read_rows, read_table, read_words
from fazhi.model import Place

# Suffixes of division names, longest first; stripping one gives the stem that short
# forms are built from (威宁彝族回族苗族自治县 → stem 威宁 via the data's short name).
_COUNTY_SUFFIXES = ("自治县", "自治旗", "县", "市", "区", "旗", "特区", "林区")
_PREFECTURE_SUFFIXES = ("自治州", "地区", "市", "盟")

# An ethnic autonomous name: nationalities, then 自治县/自治州/自治旗. The stem before them
# comes from the data's short name (威宁), since nationality names vary in length.
# 威宁彝族回族苗族自治县 → 威宁 + 自治县 → 威宁自治县, 威宁县
AUTONOMOUS_SUFFIX = re.compile(r"族(?P<suffix>自治县|自治州|自治旗)$")
# A management area whose official name carries its city's, which reports leave out:
# 岳阳市|屈原管理区 · 常德市|西洞庭管理区 (the area's own report: 屈原管理区2018年…)
CITY_NAMED_AREA = re.compile(r"^[\u3400-\u9fff]{2,4}市(?P<area>[\u3400-\u9fff]{2,4}管理区)$")


# The endings of township-level names: 古楼镇 · 独龙江乡 · 古南街道 · 嘎海乐苏木 (Inner Mongolia's 乡).
TOWNSHIP_ENDINGS = ("街道", "苏木", "镇", "乡")
# The same as a regular expression alternation.
TOWNSHIP_ENDING = "|".join(TOWNSHIP_ENDINGS)
# A street's or road's name, which names a city's police stations: 宁海路 · 金融街 · 昭乌达路
STREET_NAME = re.compile(r"[\u3400-\u9fff]{2,4}[路街]")

# Words that may follow a level word though their first character, right after it, makes the
# level part of another word: 省|市场监管局 is the province's, 省市两级 no level word; 市|民营企业法律服务团
# is the city's, 市民服务中心 no level word.
WORDS_AFTER_LEVEL = ("市场", "民营")

# The last character of a division name written with its level: 孝义市 · 吉州区 · 威宁自治县 · 贵州省.
LEVEL_ENDINGS = "省市县区州旗盟"

# The length of the longest division name: 双江拉祜族佤族布朗族傣族自治县 (how far back or ahead a name
# opening or ending at a point is looked for)
LONGEST_DIVISION_NAME = 15

# Names of the country itself (not a division; see ``Divisions.__init__``).
COUNTRY_NAMES = ("中华人民共和国",)


# How a development zone's name ends, also where the statistical code lists it as a district
# (成都高新技术产业开发区, 510102)
ZONE_NAME_ENDINGS = ("开发区", "工业园区", "产业园区")


# How a zone's government is written alone, without the zone's name: 管委会 · 管理委员会 (in a zone's
# or its street's report, after the zone's 党工委)
ZONE_GOVERNMENTS = ("管委会", "管理委员会")


@lru_cache(maxsize=None)
def zone_kinds(reading: str) -> tuple[str, ...]:
    """The kinds of zone (开发区, 新区, 保护区 …) that take part in one reading of ``zone_kinds.tsv``
    (report, own_body, opening, government), longest first."""
    header, *rows = read_rows("zone_kinds.tsv")
    column = header.index(reading)
    return tuple(sorted((row[0] for row in rows if len(row) > column and row[column] == "x"), key=len, reverse=True))


def _full_name(name: str, level: str, code: str, city: str | None) -> str:
    """A division's canonical name (ANNOTATION.md): a city district carries its city in front
    (吉安市吉州区, 重庆市合川区); a zone named after its city carries it already (郑州经济技术开发区,
    苏州工业园区, 湖南益阳高新技术产业园区); every other division is named alone, and so is a 区 right
    under a province, which is no city's (神农架林区)."""
    if level != "county" or not name.endswith("区") or city is None or city.endswith(("省", "自治区")):
        return name
    return name if _is_coded_zone(code, name) and city.removesuffix("市") in name[:len(city) + 2] else city + name


def _is_coded_zone(code: str, name: str) -> bool:
    """A zone the statistical code lists: among the counties (…7x), or as a district by a zone's name."""
    return (len(code) == 6 and code[4] == "7") or name.endswith(ZONE_NAME_ENDINGS)


def is_functional_zone(place: Place) -> bool:
    """A development zone, bonded zone or new area that the statistical code lists beside the
    counties (codes …7x: 邢台经济开发区, 衡阳综合保税区), not an administrative division proper;
    one it codes as a district (成都高新技术产业开发区, 510102); or one the code does not list,
    known from a report that names it (``Divisions.zone``)."""
    return _is_coded_zone(place.code, place.name) or place.code.endswith(UNLISTED_ZONE_KEY)


# The end of the key of a zone the statistical code does not list (``Divisions.zone``).
UNLISTED_ZONE_KEY = "-zone"


def _division_file_rows(name: str):
    """The rows of a division file, with the corrections of ``division_corrections.tsv`` made."""
    fixes = _corrections().get(name, {})
    key_field = "code" if name == "divisions.tsv" else "old"
    for row in read_table(name):
        for field, (wrong, right) in fixes.get(row[key_field], {}).items():
            if row[field] == wrong:  # a later rebuild from corrected source data makes this a no-op
                row[field] = right
        yield row


@lru_cache(maxsize=1)
def _corrections() -> dict[str, dict[str, dict[str, tuple[str, str]]]]:
    """file → row key (code, or old path) → field → (jionlp's value, the corrected value): errors
    of the source data, each with its authority in the file (凤翔县 became 凤翔区 in 2021, not 凤翔市)."""
    fixes: dict[str, dict[str, dict[str, tuple[str, str]]]] = defaultdict(lambda: defaultdict(dict))
    for row in read_table("division_corrections.tsv"):
        fixes[row["file"]][row["key"]][row["field"]] = (row["jionlp"], row["corrected"])
    return fixes


class Divisions:
    """The division tree with indexes by code and by every written form of a name."""

    def __init__(self) -> None:
        self.by_code: dict[str, Place] = {}
        self._children: dict[str, list[str]] = defaultdict(list)
        self._by_form: dict[str, list[str]] = defaultdict(list)
        self._bare_shorts: set[str] = set()
        self._short_names: dict[str, str] = {}
        self._towns_by_name: dict[str, list[str]] | None = None
        self._town_name_set: frozenset[str] | None = None
        self._town_holder_codes: frozenset[str] | None = None
        self._towns_by_county: dict[str, tuple[str, ...]] | None = None
        # other names of a listed township → (county code, the name the township goes by); see _load_towns
        self._town_aliases: dict[str, list[tuple[str, str]]] = {}
        raw = list(_division_file_rows("divisions.tsv"))
        info = {r["code"]: r for r in raw}
        for r in raw:
            self.by_code[r["code"]] = self._make_place(r, info)
        # the generic words the zones' short names are (高新区, 经开区): no one place's name, also
        # for a zone coded as a district (成都高新技术产业开发区, 510102)
        zone_words = {info[p.code]["short_name"] for p in self.by_code.values() if is_functional_zone(p)}
        for place in self.by_code.values():
            if place.parent_code:
                self._children[place.parent_code].append(place.code)
            short = info[place.code]["short_name"]
            if short in zone_words:
                # named by its city and its kind: 益阳高新区 · 益阳市高新区 (湖南益阳高新技术产业园区)
                city = info.get(place.parent_code or "")
                if city is not None and is_functional_zone(place):
                    for city_form in {city["name"], city["short_name"]} - {""}:
                        if place.code not in self._by_form[city_form + short]:
                            self._by_form[city_form + short].append(place.code)
                short = ""
            if short and len(short) >= 2 and short != place.name and not is_functional_zone(place):
                self._bare_shorts.add(short)
                self._short_names[place.code] = short
            for form in self.name_forms(place, short):
                if place.code not in self._by_form[form]:
                    self._by_form[form].append(place.code)
        self._zone_streets = self._load_zone_streets()
        self._renames: dict[str, list[tuple[int, str]]] = self._load_renames()
        for code, renames in self._renames.items():
            place = self.by_code[code]
            for _, old_name in renames:  # a report of its year names it so: 监利县 (监利市 since 2020)
                then = self._named_then(place, old_name)
                for form in {old_name, then.full_name}:
                    if not self._by_form.get(form):
                        self._by_form[form].append(code)
        # The country's name is a form that names no division: scanning text for place names, the
        # longest match then takes 中华人民共和国 whole instead of finding 共和 (共和县) inside it.
        for form in COUNTRY_NAMES:
            self._by_form.setdefault(form, [])

    # -- construction -------------------------------------------------------------
    def _load_renames(self) -> dict[str, list[tuple[int, str]]]:
        """Divisions renamed in place (same parent) by code: [(year of the change, old name)],
        oldest first, from division_changes.tsv (平泉县 → 平泉市 in 2017, 监利县 → 监利市 in 2020) and the
        changes of 2014–2016 its source lacks (division_changes_supplement.tsv: 崇明县 → 崇明区 in 2016)."""
        by_path = {p.path: p.code for p in self.by_code.values()}
        renames: dict[str, list[tuple[int, str]]] = defaultdict(list)
        changes = [(row["date"][:4], row["old"], row["new"]) for row in _division_file_rows("division_changes.tsv")]
        changes += [(row["year"], row["old"], row["new"]) for row in _division_file_rows("division_changes_supplement.tsv")]
        for year, old_path, new_path in changes:
            old, new = old_path.split("/"), new_path.split("/")
            code = by_path.get("".join(new))
            if code is not None and old[:-1] == new[:-1] and old[-1] != new[-1] and (int(year), old[-1]) not in renames[code]:
                renames[code].append((int(year), old[-1]))
        return {code: sorted(r) for code, r in renames.items()}

    def _load_zone_streets(self) -> list[tuple[str, str, str]]:
        """(street, the county the data lists it under, the zone's key) for the streets a development
        zone administers (zone_streets.tsv: 桂溪街道 of 成都高新技术产业开发区, listed under 武侯区); a
        zone the code does not list gets its place here (``zone``), so that its streets have a parent."""
        moves = []
        for row in read_table("zone_streets.tsv"):
            zone = self.by_code.get(row["zone_code"]) if row["zone_code"] else \
                self.zone(self.by_code[row["city_code"]], row["zone"])
            self.by_code.setdefault(zone.code, zone)
            moves.append((row["street"], row["listed_under"], zone.code))
        return moves

    def _named_then(self, place: Place, old_name: str) -> Place:
        """``place`` under a name it had before: its full name and path made as for the new one."""
        parent = self.parent(place)
        full = _full_name(old_name, place.level, place.code, parent.name if parent is not None else None)
        path = (parent.path if parent is not None else "") + old_name
        return Place(code=place.code, name=old_name, full_name=full, path=path, level=place.level,
                     parent_code=place.parent_code)

    def as_of(self, place: Place, year: int | None) -> Place:
        """``place`` as it was named in ``year``: 监利县 for 监利市 in a report on 2018 (renamed in
        2020); a township under such a county carries the county's name of the time."""
        if year is None:
            return place
        if place.level == "town":
            county = self.by_code.get(place.parent_code or "")
            then = self.as_of(county, year) if county is not None else None
            return self.town(then, place.name) if then is not None and then is not county else place
        for changed, old_name in self._renames.get(place.code, ()):
            if year < changed:
                return self._named_then(place, old_name)
        return place

    def _make_place(self, row: dict, info: dict) -> Place:
        chain = [row]
        while chain[-1]["parent_code"]:
            chain.append(info[chain[-1]["parent_code"]])
        chain.reverse()
        path = ""
        for upper, lower in zip([None, *chain], chain):
            # (a division named with its parent's name does not repeat it: 湖南省岳阳市|屈原管理区)
            path += lower["name"].removeprefix(upper["name"]) if upper is not None else lower["name"]
        name = row["name"]
        city = info[row["parent_code"]]["name"] if row["parent_code"] else None
        full = _full_name(name, row["level"], row["code"], city)
        return Place(code=row["code"], name=name, full_name=full, path=path,
                     level=row["level"], parent_code=row["parent_code"] or None)

    @staticmethod
    def name_forms(place: Place, short: str) -> set[str]:
        """Every way a report may write this division's name (official name included)."""
        name = place.name
        forms = {name, place.full_name}
        if is_functional_zone(place):
            if (area := CITY_NAMED_AREA.match(name)) is not None:
                forms.add(area["area"])
            return forms  # their short names are the generic words 经开区, 高新区, 保税区
        match = AUTONOMOUS_SUFFIX.search(name)
        if match and short and name.startswith(short):
            suffix = match.group("suffix")
            forms |= {short + suffix, short + suffix[-1]}  # 威宁自治县, 威宁县
        if short and len(short) >= 2 and short != name:
            forms.add(short)
            if place.level == "county" and not name.endswith(("区", "旗")):
                forms.add(short + ("县" if name.endswith("县") else name[-1]))
            if place.level == "prefecture" and name.endswith("自治州"):
                forms.add(short + "州")  # 黔南州
        return {f for f in forms if len(f) >= 2}

    # -- queries ------------------------------------------------------------------
    def places_named(self, form: str) -> list[Place]:
        """Divisions (province, prefecture, county) that ``form`` can name."""
        return [self.by_code[c] for c in self._by_form.get(form, ())]

    def place_prefix_length(self, text: str, longest: int) -> int:
        """The length of the longest division name (two characters or more, ``longest`` at most)
        that ``text`` opens with, or 0: 南阳市|教育 → 3."""
        return next((k for k in range(min(longest, len(text)), 1, -1) if self.places_named(text[:k])), 0)

    def place_name_start(self, text: str, end: int, longest: int) -> int:
        """Where the longest division name (two characters or more, ``longest`` at most) that ends
        at ``end`` begins, or -1: 吉州区|人民政府网站 → 0."""
        return next((start for start in range(max(0, end - longest), end - 1) if self.places_named(text[start:end])), -1)

    def is_bare_short(self, form: str) -> bool:
        """True for a short name without its level (开州 for 开州区, 威宁, 清河): a word that also
        names the place, as opposed to 开州区, 威宁县 or 黔南州."""
        return form in self._bare_shorts

    def short_name(self, place: Place) -> str:
        """The name without its level, as offices named after places write it (长兴县 → 长兴,
        德宏傣族景颇族自治州 → 德宏, 湖北省 → 湖北); the name itself where it has no shorter one."""
        return self._short_names.get(place.code, place.name)

    def all_forms(self) -> list[str]:
        return list(self._by_form)

    def parent(self, place: Place) -> Place | None:
        return self.by_code.get(place.parent_code) if place.parent_code else None

    def ancestors(self, place: Place) -> list[Place]:
        """The place's parents, nearest first."""
        out = []
        p = self.parent(place)
        while p is not None:
            out.append(p)
            p = self.parent(p)
        return out

    def province_of(self, place: Place) -> Place:
        chain = [place, *self.ancestors(place)]
        return chain[-1]

    def prefecture_of(self, place: Place) -> Place | None:
        """The prefecture-level city of a county; municipalities are their own."""
        for p in [place, *self.ancestors(place)]:
            if p.level == "prefecture":
                return p
        province = self.province_of(place)
        if province.name.endswith("市"):  # 北京, 上海, 天津, 重庆
            return province
        return None

    def children(self, place: Place) -> list[Place]:
        return [self.by_code[c] for c in self._children.get(place.code, ())]

    def governs_towns_directly(self, place: Place) -> bool:
        """Whether a prefecture-level city has townships with no county between (东莞市, 中山市,
        儋州市, 嘉峪关市): for its towns it stands where a county stands."""
        return place.level == "prefecture" and not self._children.get(place.code) \
            and place.code in self._town_holders()

    def _town_holders(self) -> frozenset[str]:
        if self._town_holder_codes is None:
            self._town_holder_codes = frozenset(code for codes in self._load_towns().values() for code in codes)
        return self._town_holder_codes

    def is_within(self, place: Place, ancestor: Place) -> bool:
        return place.code == ancestor.code or any(a.code == ancestor.code for a in self.ancestors(place))

    # -- towns ----------------------------------------------------------------------
    def _load_towns(self) -> dict[str, list[str]]:
        if self._towns_by_name is None:
            index: dict[str, list[str]] = defaultdict(list)
            fixes = _corrections().get("towns.tsv.gz", {})
            ref = resources.files("fazhi.data").joinpath("towns.tsv.gz")
            with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
                next(fh)
                for line in fh:
                    county, name = line.rstrip("\n").split("\t")
                    # a township listed under a substitute for a rare character is listed under its
                    # official name too; pages without the glyph still write the substitute (榔梨街道)
                    wrong, right = fixes.get(f"{county}/{name}", {}).get("name", (None, None))
                    if wrong == name:
                        index[right].append(county)
                    index[name].append(county)
            for street, listed_under, zone in self._zone_streets:  # the zone's, not its district's
                counties = index[street]
                if listed_under in counties:
                    counties.remove(listed_under)
                counties.append(zone)
            self._towns_by_name = index
            self._town_aliases = self._aliases_of_towns(index)
        return self._towns_by_name

    def _aliases_of_towns(self, index: dict[str, list[str]]) -> dict[str, list[tuple[str, str]]]:
        """The names reports give townships the data lists otherwise: an ethnic township by its
        name without the nationalities (友谊乡 for 友谊达斡尔族满族柯尔克孜族乡, named as listed), a
        township the data lists after its county's name (额济纳旗赛汉陶来苏木, named as reports write it:
        赛汉陶来苏木), and an Urumqi street the data lists as a 片区街道 (中亚南路街道, named as reports write it)."""
        aliases: dict[str, list[tuple[str, str]]] = defaultdict(list)
        infix = _ethnic_infix()
        for name, counties in index.items():
            for code in counties:
                county = self.by_code.get(code)
                rest = name[len(county.name):] if county is not None and name.startswith(county.name) else ""
                if len(rest) >= 3 and rest.endswith(TOWNSHIP_ENDINGS) and rest not in index:
                    aliases[rest].append((code, rest))
                plain = infix.sub("", name) if name.endswith(("乡", "镇")) else name
                if plain != name and len(plain) >= 3:
                    aliases[plain].append((code, name))
                if name.endswith(PIAN_QU_STREET) and len(name) - len(PIAN_QU_STREET) >= 2:
                    street = name[:-len(PIAN_QU_STREET)] + "街道"
                    aliases[street].append((code, street))
        return dict(aliases)

    def _town_counties(self, town_name: str) -> list[str]:
        """The codes of the counties with a township of this name (or its other 街 form, see
        ``street_name_forms``), or of a name the data lists it under (see ``town_name_variants``)
        when it lists none of these."""
        towns = self._load_towns()
        forms = [town_name, *street_name_forms(town_name)]
        listed = [code for form in forms for code in towns.get(form, ())]
        listed += [code for code, _ in self._town_aliases.get(town_name, ()) if code not in listed]
        if listed:
            return listed
        for variant in town_name_variants(town_name):
            if variant in towns:
                return towns[variant]
        return []

    def counties_with_town(self, town_name: str) -> list[Place]:
        return [self.by_code[c] for c in self._town_counties(town_name) if c in self.by_code]

    def town(self, county: Place, town_name: str) -> Place:
        """A township-level place under ``county``, keyed by the county's code and its name (the name
        it goes by when ``town_name`` is another: 友谊乡 of 富裕县 is 友谊达斡尔族满族柯尔克孜族乡)."""
        if county.code not in self._load_towns().get(town_name, ()):
            town_name = next((name for code, name in self._town_aliases.get(town_name, ()) if code == county.code),
                             town_name)
        return Place(code=f"{county.code}-{town_name}", name=town_name,
                     full_name=county.full_name + town_name, path=county.path + town_name,
                     level="town", parent_code=county.code)

    # -- zones the statistical code does not list ------------------------------------
    def zone(self, city: Place, zone_name: str) -> Place:
        """A development zone under ``city`` that the code does not list (西安高新技术产业开发区,
        喀什经济开发区), as a report governed by its 管理委员会 names it: keyed, as a township is, by
        its city's code and its name."""
        return Place(code=f"{city.code}-{zone_name}{UNLISTED_ZONE_KEY}", name=zone_name, full_name=zone_name,
                     path=city.path + zone_name, level="county", parent_code=city.code)

    def towns_under(self, county: Place) -> tuple[str, ...]:
        """The names of the townships the data lists under ``county`` (a county, or a city that
        governs its townships directly)."""
        if self._towns_by_county is None:
            by_county: dict[str, list[str]] = defaultdict(list)
            for name, codes in self._load_towns().items():
                for code in codes:
                    by_county[code].append(name)
            self._towns_by_county = {code: tuple(names) for code, names in by_county.items()}
        return self._towns_by_county.get(county.code, ())

    def has_town(self, county: Place, town_name: str) -> bool:
        return county.code in self._town_counties(town_name)

    def town_names(self) -> frozenset[str]:
        """The name of every township-level division (古楼镇, 古南街道), under any county."""
        if self._town_name_set is None:
            self._town_name_set = frozenset(self._load_towns()) | frozenset(self._town_aliases)
        return self._town_name_set


# A street named after a street (民族街, 万松街): the data lists it as 民族街街道, reports mostly write
# 民族街道 (武汉市江汉区, 兰州市, 银川市 …); either form names it, besides a 民族街道 elsewhere.
STREET_OF_A_STREET = "街街道"


def street_name_forms(name: str) -> list[str]:
    """The other written form of a street office named after a street: 民族街道 ↔ 民族街街道."""
    if name.endswith(STREET_OF_A_STREET) and len(name) >= 5:
        return [name[:-len(STREET_OF_A_STREET)] + "街道"]
    if name.endswith("街道") and len(name) >= 4:
        return [name[:-2] + STREET_OF_A_STREET]
    return []


# A township's ending, after which another may stand for it in the data: a 镇 made a 街道 after the
# data's year (犀浦街道, listed as 犀浦镇), or the reverse
SWAPPABLE_TOWN_ENDINGS = ("街道", "镇", "乡")
# A street office named after a road (古美路街道, 平阳路街道), which the data may list without the 路
ROAD_STREET = "路街道"
# The ending the data gives Urumqi's streets: 中亚南路片区街道, which reports write 中亚南路街道
PIAN_QU_STREET = "片区街道"
# The level a township is raised to, one step: a 乡 made a 镇, a 镇 made a 街道
RAISED_TOWNSHIP_LEVEL = {"乡": "镇", "镇": "街道"}


def raised_town_name(name: str) -> str | None:
    """The name a township written at its former level has one level up (钱清镇 → 钱清街道), None for
    a name with no level to raise or too short to be a name."""
    raised = RAISED_TOWNSHIP_LEVEL.get(name[-1:])
    return name[:-1] + raised if raised is not None and len(name) >= 3 else None


def town_name_variants(name: str) -> list[str]:
    """Names the division data may list a township under that a report writes otherwise: without the
    nationality an ethnic township's name carries (铁炉白族乡 → 铁炉乡), with the 乡 the data adds to
    some 苏木 (苏米图苏木 → 苏米图苏木乡), with another township ending (犀浦街道 → 犀浦镇), and as the data
    names a Beijing 乡's office (檀营乡 → 檀营地区), and a street named after a road without its 路
    (古美路街道 → 古美街道, as the data lists 上海市闵行区's)."""
    variants = []
    if name.endswith(ROAD_STREET) and len(name) - len(ROAD_STREET) >= 2:
        variants.append(name[:-len(ROAD_STREET)] + "街道")
    plain = _ethnic_infix().sub("", name) if name.endswith(("乡", "镇")) else name
    if plain != name and len(plain) >= 3:
        variants.append(plain)
    if name.endswith("苏木"):
        variants.append(name + "乡")
    ending = next((e for e in SWAPPABLE_TOWN_ENDINGS if plain.endswith(e)), None)
    if ending is not None and len(plain) - len(ending) >= 2:
        variants += [plain[:-len(ending)] + other for other in SWAPPABLE_TOWN_ENDINGS if other != ending]
        if ending != "街道":  # a Beijing township under its 地区 office's name: 檀营满族蒙古族乡 → 檀营地区
            variants.append(plain[:-len(ending)] + "地区")
    return variants


@lru_cache(maxsize=1)
def minority_nationalities() -> tuple[str, ...]:
    """The 55 nationalities besides 汉族, longest first: those ethnic divisions are named after."""
    return tuple(sorted((n for n in read_words("nationalities.txt") if n != "汉族"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _ethnic_infix() -> re.Pattern:
    """The nationalities in an ethnic township's name, right before its ending: 铁炉|白族|乡 · 蔡家湖|回族|乡."""
    return re.compile("(?:" + "|".join(map(re.escape, minority_nationalities())) + ")+(?=[乡镇]$)")


@lru_cache(maxsize=1)
def divisions() -> Divisions:
    """The process-wide division gazetteer (loaded once, about 50 ms)."""
    return Divisions()
