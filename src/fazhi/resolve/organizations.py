"""Name each organization mention canonically (ANNOTATION.md section 2) and type it.

A written name is parsed into party marker + jurisdiction + body: 县司法局 in the 威宁
report is (—, 威宁彝族回族苗族自治县, 司法局) → 威宁彝族回族苗族自治县司法局; 市委 in the
孝义 report is 中共孝义市委员会. The jurisdiction comes from a place name in the mention or,
for a bare level word (县, 市, 区), from the report's own hierarchy. Where it cannot be
known the name stays as written and its key is scoped to the report, so that 县司法局 of
two unknown counties never become one node.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from fazhi.lexicon import read_rows
from fazhi.model import Place
from fazhi.resolve.context import ReportContext
from fazhi.text import normalize_title, squeeze, trie_pattern

# The party marker before a committee's name: 中共孝义市委 · 中国共产党威宁县委员会
PARTY_MARKER = re.compile(r"^(?:中共|中国共产党)")
# A level word standing for the report's own jurisdiction, longest first.
LEVEL_WORD = re.compile(r"^(?:自治县|自治州|自治区|街道|省|市|县|区|州|镇|乡|旗)")
# A township-level place: 古楼镇, 古南街道, 某某乡
TOWN = re.compile(r"^([\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))")
# A party committee's organ after 委: 孝义市委|全面依法治市委员会办公室
RULE_OF_LAW_BODY = re.compile(r"^(?:全面)?依法治(?P<level>省|市|县|区|镇|乡|旗|州)(?P<rest>委员会办公室|委员会|委办|办公室|办)$")


@dataclass(frozen=True, slots=True)
class ResolvedOrganization:
    name: str  # canonical name
    key: str
    type: str
    place: Place | None


@lru_cache(maxsize=1)
def _national() -> dict[str, tuple[str, str]]:
    """Every written form of a national body → (canonical name, type)."""
    forms = {}
    for row in read_rows("national_bodies.tsv"):
        canonical, aliases, otype = row[0], row[1] if len(row) > 1 else "", row[2] if len(row) > 2 else "other"
        for form in [canonical, *[a for a in aliases.split(",") if a]]:
            forms[form] = (canonical, otype)
    return forms


@lru_cache(maxsize=1)
def _departments() -> dict[str, tuple[str, str]]:
    """Every written form of a department → (official name, type)."""
    forms = {}
    for row in read_rows("org_departments.tsv"):
        official = row[0]
        otype = row[2] if len(row) > 2 and row[2] else "department"
        forms.setdefault(official, (official, otype))
        for short in (row[1].split(",") if len(row) > 1 and row[1] else []):
            forms.setdefault(short, (official, otype))
    return forms


@lru_cache(maxsize=1)
def _head_types() -> list[tuple[str, str]]:
    rows = [(row[0], row[1]) for row in read_rows("org_heads.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _place_prefix() -> re.Pattern:
    from fazhi.gazetteer.divisions import divisions

    return re.compile("^(?:" + trie_pattern([f for f in divisions().all_forms() if len(f) >= 2]) + ")")


def _type_from_head(body: str) -> str:
    for head, otype in _head_types():
        if body.endswith(head):
            return otype
    return "other"


def _party_organ(organ: str, place_name: str) -> tuple[str, str]:
    """Canonical name of a party committee or one of its organs (the part after 委)."""
    if organ in ("", "员会"):
        return f"中共{place_name}委员会", "party"
    if organ in ("常委会", "常务委员会", "员会常务委员会"):
        return f"中共{place_name}委员会常务委员会", "party"
    if organ in ("办", "办公室"):
        return f"中共{place_name}委办公室", "party"
    if organ in ("中心组", "理论学习中心组", "员会理论学习中心组"):
        return f"中共{place_name}委理论学习中心组", "party"
    if organ in ("编办", "编委办"):
        return f"中共{place_name}委机构编制委员会办公室", "party"
    if organ in ("编委", "编委会"):
        return f"中共{place_name}委机构编制委员会", "party"
    rule_of_law = RULE_OF_LAW_BODY.match(organ)
    if rule_of_law:
        level = rule_of_law["level"]
        suffix = "委员会" if rule_of_law["rest"] == "委员会" else "委员会办公室"
        return f"中共{place_name}委全面依法治{level}{suffix}", "party"
    return f"中共{place_name}委{organ}", "party"


def _body_name(body: str, place_name: str, party: bool) -> tuple[str, str]:
    """Canonical name and type of a body under a place: 司法局 → <place>司法局."""
    if party or body.startswith(("委", "党委")):
        organ = body[2:] if body.startswith("党委") else body[1:]
        return _party_organ(organ, place_name)
    if body in ("编办", "编委办", "编委", "编委会") or RULE_OF_LAW_BODY.match(body):
        return _party_organ(body, place_name)
    if body in ("政府", "人民政府"):
        return f"{place_name}人民政府", "government"
    for prefix in ("人民政府", "政府"):
        if body.startswith(prefix):
            rest = body[len(prefix):]
            if rest in ("办", "办公室", "办公厅"):
                return f"{place_name}人民政府办公室", "department"
            if rest in ("法制办", "法制办公室"):
                return f"{place_name}人民政府法制办公室", "department"
            if rest == "党组":
                return f"中共{place_name}人民政府党组", "party"
            return f"{place_name}人民政府{rest}", _type_from_head(rest) if rest else "government"
    if body in ("法制办", "法制办公室"):
        return f"{place_name}人民政府法制办公室", "department"
    if body in ("人大", "人民代表大会"):
        return f"{place_name}人民代表大会", "legislature"
    if body in ("人大常委会", "人民代表大会常务委员会", "常委会"):
        return f"{place_name}人民代表大会常务委员会", "legislature"
    if body in ("人大办", "人大常委会办公室"):
        return f"{place_name}人民代表大会常务委员会办公室", "legislature"
    if body in ("政协", "政治协商会议"):
        return f"中国人民政治协商会议{place_name}委员会", "other"
    if body in ("政协办", "政协办公室"):
        return f"中国人民政治协商会议{place_name}委员会办公室", "committee"
    if body in ("法院", "人民法院"):
        return f"{place_name}人民法院", "judiciary"
    if body in ("中院", "中级法院", "中级人民法院"):
        return f"{place_name}中级人民法院", "judiciary"
    if body in ("检察院", "人民检察院", "检察机关"):
        return f"{place_name}人民检察院", "judiciary"
    if body in _departments():
        official, otype = _departments()[body]
        if otype == "party" and official.startswith("机构编制"):
            return _party_organ("编办" if official.endswith("办公室") else "编委", place_name)
        return f"{place_name}{official}", otype
    return f"{place_name}{body}", _type_from_head(body)


def organization_key(name: str, place: Place | None, doc_id: str, national: bool = False) -> str:
    """Canonical identity; names with no known jurisdiction are scoped to their report."""
    if national or place is not None:
        return "organization:" + normalize_title(name)
    return f"organization:{doc_id}#" + normalize_title(name)


def resolve_organization(written: str, ctx: ReportContext, head_type: str | None = None) -> ResolvedOrganization:
    """The canonical organization a written name stands for in this report."""
    text = squeeze(written)
    national = _national()
    if text in national:
        canonical, otype = national[text]
        return ResolvedOrganization(canonical, organization_key(canonical, None, ctx.doc_id, True), otype, None)
    for form, (canonical, otype) in national.items():
        if text.startswith(form) and len(form) >= 3 and text[len(form):].startswith(("第", "督察")):
            name = canonical + text[len(form):]
            return ResolvedOrganization(name, organization_key(name, None, ctx.doc_id, True), otype, None)
    party = bool(PARTY_MARKER.match(text))
    rest = PARTY_MARKER.sub("", text)
    place: Place | None = None
    m = _place_prefix().match(rest)
    if m and len(rest) > m.end():
        place = ctx.resolve_place_name(m.group())
        if place is not None:
            rest = rest[m.end():]
    if place is None:
        level = LEVEL_WORD.match(rest)
        town = TOWN.match(rest)
        if town and ctx.region is not None and len(rest) > town.end():
            county = next((p for p in ctx.chain if p.level == "county"), None)
            if county is not None and ctx.gazetteer.has_town(county, town.group(1)):
                place = ctx.gazetteer.town(county, town.group(1))
                rest = rest[town.end():]
        if place is None and level and len(rest) > level.end():
            place = ctx.place_for_level(level.group())
            if place is not None:
                rest = rest[level.end():]
    elif place.level == "county":
        # 合川区古楼镇人民政府: a town written after its county
        town = TOWN.match(rest)
        if town and len(rest) > town.end() and ctx.gazetteer.has_town(place, town.group(1)):
            place = ctx.gazetteer.town(place, town.group(1))
            rest = rest[town.end():]
    if place is None:
        rule_of_law = RULE_OF_LAW_BODY.match(rest)
        if rule_of_law:  # 依法治市办: the level inside the name says whose
            place = ctx.place_for_level(rule_of_law["level"])
        elif _is_local_body(rest):  # 法院, 司法局, 人大 alone: the report's own
            place = ctx.region
    if place is None:
        otype = "party" if party or rest.startswith("委") else (head_type or _type_from_head(rest))
        if rest in _departments():
            otype = _departments()[rest][1]
        return ResolvedOrganization(text, organization_key(text, None, ctx.doc_id), otype, None)
    name, otype = _body_name(rest, place.full_name, party)
    return ResolvedOrganization(name, organization_key(name, place, ctx.doc_id), otype, place)


# Bodies every jurisdiction has, which a report names without a place when it means its own.
_LOCAL_BODIES = frozenset({"法院", "人民法院", "检察院", "人民检察院", "人大", "人大常委会", "政协", "编办", "编委",
                           "编委会", "人民政府", "政府", "法制办"})


def _is_local_body(body: str) -> bool:
    return body in _LOCAL_BODIES or (body in _departments() and body.endswith(("局", "委", "办")))


def government_of(place: Place) -> str:
    return f"{place.full_name}人民政府"
