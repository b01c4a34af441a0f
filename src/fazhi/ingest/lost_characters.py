"""Characters a converter lost (? · □ · U+FFFD where it had no mapping) inside the name of a township
of the report's county, or of a county of its city, restored from the division data: 北?镇 in a report of
顺德区 is 北滘镇, the one township of the district the name can be, and 北? is 北滘 wherever else it stands
(北?派出所); 肃南裕?族自治县 in 张掖市's report is 肃南裕固族自治县."""
from __future__ import annotations

import re

from fazhi.gazetteer.divisions import TOWNSHIP_ENDINGS, Divisions, divisions
from fazhi.model import Place
from fazhi.text import LOST_CHARACTERS

# The shortest county name restored: one of three characters or fewer (?县, 城?区) fits too much
COUNTY_NAME_MIN = 4
# A lost character between Han characters or before one, where a name may hold it: 北?镇 · ?洲街道
LOST_IN_A_NAME = re.compile(rf"(?<=[\u3400-\u9fff])[{LOST_CHARACTERS}]|[{LOST_CHARACTERS}](?=[\u3400-\u9fff])")


def restore_lost_characters(view: str, region: Place | None, gazetteer: Divisions | None = None) -> str:
    """``view`` with each township name that only one township of the region's county fits (its lost
    characters standing for any) written as that township's, and its stem wherever the stem stands;
    the same length, so that offsets into the view still hold."""
    if region is None or not LOST_IN_A_NAME.search(view):
        return view
    gaz = gazetteer or divisions()
    county = gaz.by_code.get(region.parent_code or "") if region.level == "town" else region
    towns = gaz.towns_under(county) if county is not None else ()
    # and the counties of the report's city, as named in full (肃南裕?族自治县 in 张掖市's report)
    city = region if region.level == "prefecture" else gaz.prefecture_of(region) if region.level != "province" else None
    towns = (*towns, *(c.name for c in gaz.children(city) if len(c.name) >= COUNTY_NAME_MIN)) if city is not None else towns
    # a name as written, with its lost characters → the township's name, and its stem → the stem
    # (the lost character may be the ending's: 磁灶?、东石?人民政府)
    restored: dict[str, str] = {}
    for lost in LOST_IN_A_NAME.finditer(view):
        fits = {(town, lost.start() - k) for town in towns for k in range(len(town))
                if _fits(view, lost.start() - k, town)}
        if len({town for town, _ in fits}) != 1:
            continue
        town, start = max(fits, key=lambda fit: fit[1])  # (the first offset tried, as the name is read on)
        restored[view[start:start + len(town)]] = town
        stem = _stem(town)
        if len(stem) >= 2:
            restored[view[start:start + len(stem)]] = stem
    for written in sorted(restored, key=len, reverse=True):
        view = view.replace(written, restored[written])
    return view


def _fits(view: str, start: int, town: str) -> bool:
    """Whether ``town`` is written at ``start``, a lost character standing for any of its own and at
    least two of its characters as they are (not ??镇)."""
    if start < 0 or start + len(town) > len(view):
        return False
    kept = 0
    for written, char in zip(view[start:start + len(town)], town):
        if written == char:
            kept += 1
        elif written not in LOST_CHARACTERS:
            return False
    return 2 <= kept < len(town)


def _stem(town: str) -> str:
    """A township's name without its ending: 北滘镇 → 北滘 · 古南街道 → 古南."""
    for ending in TOWNSHIP_ENDINGS:
        if town.endswith(ending):
            return town[:-len(ending)]
    return town
