"""A corpus simulator: real reports moved to other real counties and years.

Copies of the same five files would merge into the same graph nodes and measure nothing.
A simulated report is a real report (a seed, or an excerpt of a provincial report cut to
the length of a county report) whose jurisdiction, local names and years are rewritten
through the administrative-division gazetteer, so that every report belongs to a
different real county and year, and the graph grows as a real corpus's graph grows:
national laws and bodies merge across reports, each county's own bodies and documents
are new nodes.

What is rewritten, in one pass over the text:

- the source's own division and its parents, in every written form (official name,
  full name, short name, short name + suffix: 威宁彝族回族苗族自治县, 威宁自治县, 威宁县,
  威宁) → the target county's forms; a town report (古楼镇) becomes a town of the target;
- other divisions of the source's province (counties, towns of its county, for a
  provincial report its prefectures) → other divisions of the target's province
  or towns of the target county;
- how a provincial report speaks of its level (全省, 省委, 省政府, 省长 …) → the county's;
- years up to the source's own (2021年, 〔2021〕, 2017-11-19) shifted to the target year,
  except inside titles and 文号 that name no local place: national documents keep
  their names, so they stay one node across the corpus.

Run ``python -m bench.simulate --count 1000 --out bench/corpus/sim-1k``.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import shutil
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from fazhi.gazetteer.divisions import Divisions, divisions
from fazhi.ingest import read_report
from fazhi.model import Place
from fazhi.text import trie_pattern

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = (ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "gov-work-reports-2026")
# The corpora the benchmark can simulate, by their sources. "mixed" (the default, 5 + 31
# sources) has the most varied text, but six of seven of its reports are cut from provincial
# government work reports, which cite few documents: 3.4 citations and 115 statements a
# report. "rule-of-law" is the genre of issue 8's corpus (every county's 法治政府建设情况报告),
# moved around from the five seeds alone: 16.6 citations and 203 statements a report, 1.8
# times the quads of "mixed" at 1k.
CORPUS_SOURCES = {"mixed": DEFAULT_SOURCES, "rule-of-law": (ROOT / "seeds",)}
GOLD = ROOT / "tests" / "data" / "gold"
YEARS = range(2015, 2026)
# A county report's length (the seeds: 4.4–8.4 k characters); longer sources are cut to it.
REPORT_LENGTH = (4000, 9000)

# A year a report may shift: 2021年, 〔2021〕, 2017-11-19, (2021-2025年)
YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)")
# A title in title marks, with what it nests: 《关于印发〈2024年合川区法治社会建设工作要点〉的通知》
TITLE = re.compile(r"《[^《》\n]{1,120}》")
# How a local document's title speaks of its own jurisdiction: 《关于印发2024年全区法治政府建设工作要点的通知》
SELF_REFERENCE = re.compile(r"[全我本](?:省|市|县|区|镇|乡|旗|州|街道)")
# A 文号: 合川府办发〔2024〕36号
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[(（【]\d{4}[〕\])）】]\s*第?\d{1,4}号")
# How a provincial report speaks of its level; the province's suffix is replaced by the county's.
# 全省 我省 本省 省委 省政府 省人民政府 省人大 省政协 省级 省直 省长 副省长 省纪委 省委书记
LEVEL_WORDS = ("全{}", "我{}", "本{}", "{}委", "{}政府", "{}人民政府", "{}人大", "{}政协", "{}级", "{}直",
               "{}长", "{}纪委", "{}法院", "{}检察院")


@dataclass
class Division:
    """A division as the simulator needs it: its place and its short name."""

    place: Place
    short: str


class Gazetteer:
    """fazhi's division gazetteer plus short names and towns, indexed for drawing targets."""

    def __init__(self, gaz: Divisions | None = None):
        self.gaz = gaz or divisions()
        self.short: dict[str, str] = {}
        with resources.files("fazhi.data").joinpath("divisions.tsv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                self.short[row["code"]] = row["short_name"]
        self.towns: dict[str, list[str]] = defaultdict(list)
        with resources.files("fazhi.data").joinpath("towns.tsv.gz").open("rb") as raw, \
                gzip.open(raw, "rt", encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                county, name = line.rstrip("\n").split("\t")
                self.towns[county].append(name)
        self.by_path = {p.path: p for p in self.gaz.by_code.values()}
        self.counties = [p for p in self.gaz.by_code.values() if p.level == "county"]

    def place_of_path(self, path: str) -> Place | None:
        """A place by its full path: 山西省吕梁市孝义市, or a town: 重庆市合川区古楼镇."""
        if path in self.by_path:
            return self.by_path[path]
        for cut in range(len(path) - 2, 1, -1):
            county = self.by_path.get(path[:cut])
            if county is not None and county.level == "county" and path[cut:] in self.towns[county.code]:
                return self.gaz.town(county, path[cut:])
        return None

    def forms(self, place: Place) -> dict[str, str]:
        """Each written form of ``place`` → what kind of form it is (name, full, short, short_suffix, auto)."""
        if place.level == "town":
            short = town_short(place.name)
            return {place.name: "name", place.full_name: "full", **({short: "short"} if len(short) >= 2 else {})}
        short = self.short.get(place.code, "")
        kinds: dict[str, str] = {}
        for form in Divisions.name_forms(place, short):
            if form == place.name:
                kinds[form] = "name"
            elif form == place.full_name:
                kinds[form] = "full"
            elif form == short:
                kinds[form] = "short"
            elif form.endswith("自治县") or form.endswith("自治州") or form.endswith("自治旗"):
                kinds[form] = "auto"
            else:
                kinds[form] = "short_suffix"
        kinds.setdefault(place.name, "name")
        kinds.setdefault(place.full_name, "full")
        return kinds

    def form_of(self, place: Place, kind: str) -> str:
        """The target's written form of the same kind."""
        if kind == "full":
            return place.full_name
        if place.level == "town":
            return town_short(place.name) if kind == "short" and len(town_short(place.name)) >= 2 else place.name
        short = self.short.get(place.code) or place.name
        if kind == "short":
            return short
        if kind == "short_suffix":
            return short + place.name[-1]
        return place.name


def town_short(name: str) -> str:
    for suffix in ("街道办事处", "街道", "镇", "乡"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


@dataclass
class Source:
    """A real report the simulator rewrites."""

    path: Path
    text: str
    region: Place
    year: int
    chain: list[Place] = field(default_factory=list)  # region and its parents, nearest first

    @property
    def suffix(self) -> str:
        """The level character of its jurisdiction's name (县 市 区 旗 省 镇), which targets share."""
        if self.region.level == "town":
            return self.chain[1].name[-1]
        return self.region.name[-1]


def _gold_report(path: Path) -> dict | None:
    gold = GOLD / (path.stem + ".json")
    if gold.exists():
        return json.loads(gold.read_text(encoding="utf-8"))["report"]
    return None


def _manifest_rows(folder: Path) -> dict[str, dict]:
    manifest = folder / "manifest.csv"
    if not manifest.exists():
        return {}
    with manifest.open(encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh)}


def load_sources(folders, gazetteer: Gazetteer) -> list[Source]:
    """The real reports to rewrite, each with its true region and year (from the gold
    files and the corpus manifest where they exist, else as fazhi reads them)."""
    sources = []
    for folder in folders:
        folder = Path(folder)
        manifest = _manifest_rows(folder)
        for path in sorted(folder.glob("*.txt")):
            report = read_report(path)
            region, year = report.metadata.region, report.metadata.year
            gold = _gold_report(path)
            if gold:
                region = gazetteer.place_of_path(gold["region"]) or region
                year = gold["year"] or year
            elif path.name in manifest:
                row = manifest[path.name]
                region = gazetteer.place_of_path(row["province"]) or region
                year = int(row["year"])
            if region is None or year is None:
                print(f"simulate: {path}: no region or year known; skipped", file=sys.stderr)
                continue
            chain = [region]
            parent = gazetteer.gaz.by_code.get(region.parent_code or "")
            while parent is not None:
                chain.append(parent)
                parent = gazetteer.gaz.by_code.get(parent.parent_code or "")
            sources.append(Source(path, report.text, region, year, chain))
    return sources


@dataclass
class Target:
    county: Place
    year: int
    town: Place | None = None

    @property
    def region(self) -> Place:
        return self.town or self.county


class Simulator:
    """Draws a different (county, year) for each simulated report and rewrites a source into it."""

    def __init__(self, sources: list[Source], gazetteer: Gazetteer, seed: int = 8):
        self.sources = sources
        self.gaz = gazetteer
        self.rng = random.Random(seed)
        self.used: set[tuple[str, int]] = set()
        self.pool: dict[str, list[Place]] = defaultdict(list)
        for county in gazetteer.counties:
            if gazetteer.towns.get(county.code):
                self.pool[self._target_suffix(county.name[-1])].append(county)
        self._source_forms = [self._local_forms(s) for s in sources]

    @staticmethod
    def _target_suffix(suffix: str) -> str:
        # provinces (省) become counties (县), municipalities (市) county-level cities,
        # autonomous regions (区) districts
        return {"省": "县", "旗": "县"}.get(suffix, suffix)

    def draw_target(self, source: Source) -> Target:
        pool = self.pool[self._target_suffix(source.suffix)] or self.gaz.counties
        for _ in range(1000):
            county, year = self.rng.choice(pool), self.rng.choice(YEARS)
            if (county.code, year) not in self.used:
                break
        self.used.add((county.code, year))
        town = None
        if source.region.level == "town":
            names = [t for t in self.gaz.towns[county.code] if t.endswith(source.region.name[-1])] \
                or self.gaz.towns[county.code]
            town = self.gaz.gaz.town(county, self.rng.choice(names))
        return Target(county, year, town)

    # -- which local names a source uses ---------------------------------------------------
    def _local_forms(self, source: Source) -> dict[str, tuple[Place, str]]:
        """Written forms of local places that occur in the source → (place, kind of form)."""
        gaz = self.gaz
        province = source.chain[-1]
        candidates: dict[str, tuple[Place, str]] = {}
        # the source's own jurisdiction and its parents, in every form
        for place in source.chain:
            for form, kind in gaz.forms(place).items():
                candidates.setdefault(form, (place, kind))
        # other divisions of the same province: official names (and short forms of 3+ characters)
        for place in gaz.gaz.by_code.values():
            if place in source.chain or not gaz.gaz.is_within(place, province) or place.code == province.code:
                continue
            for form, kind in gaz.forms(place).items():
                long_enough = len(form) >= 3 or (source.region.level == "province" and place.level == "prefecture")
                if long_enough:
                    candidates.setdefault(form, (place, kind))
        # towns of the source's county
        county = next((p for p in source.chain if p.level == "county"), None)
        if county is not None:
            for name in gaz.towns.get(county.code, ()):
                town = gaz.gaz.town(county, name)
                if town.code != source.region.code and len(name) >= 3:
                    candidates.setdefault(name, (town, "name"))
        present = set(re.findall(trie_pattern(candidates), source.text)) if candidates else set()
        return {form: candidates[form] for form in present}

    # -- rewriting ----------------------------------------------------------------------
    def _place_map(self, source: Source, target: Target) -> dict[str, Place]:
        """Source place code → target place, for the places the source names."""
        gaz = self.gaz
        target_chain = [target.region]
        parent = gaz.gaz.by_code.get(target.region.parent_code or "")
        while parent is not None:
            target_chain.append(parent)
            parent = gaz.gaz.by_code.get(parent.parent_code or "")
        mapping: dict[str, Place] = {}
        by_level = {p.level: p for p in target_chain}
        for place in source.chain:
            if place is source.region:
                mapping[place.code] = target.region
            elif place.level in by_level:
                mapping[place.code] = by_level[place.level]
            else:  # a municipality's county has no prefecture: its province stands in
                mapping[place.code] = target_chain[-1]
        return mapping

    def _replacement(self, place: Place, kind: str, source: Source, target: Target, mapping: dict[str, Place],
                     others: dict[str, Place]) -> str:
        gaz = self.gaz
        if place.code in mapping:
            return gaz.form_of(mapping[place.code], kind)
        if place.code not in others:
            if place.level == "town" or (source.region.level == "province" and place.level == "prefecture"):
                names = gaz.towns.get(target.county.code) or [target.county.name]
                others[place.code] = gaz.gaz.town(target.county, self.rng.choice(names))
            else:
                province = mapping[source.chain[-1].code]
                province = gaz.gaz.province_of(province) if province.level != "province" else province
                same = [p for p in gaz.gaz.children(province) if p.level == place.level] or \
                       [c for c in gaz.counties if gaz.gaz.is_within(c, province)] or [target.county]
                others[place.code] = self.rng.choice(same)
        return gaz.form_of(others[place.code], kind)

    def rewrite(self, source: Source, target: Target, text: str | None = None) -> str:
        """``source``'s text (or an excerpt of it) as a report of ``target``."""
        text = source.text if text is None else text
        mapping = self._place_map(source, target)
        others: dict[str, Place] = {}
        local = self._source_forms[self.sources.index(source)]
        replacements = {form: self._replacement(place, kind, source, target, mapping, others)
                        for form, (place, kind) in local.items()}
        level_from = source.suffix if source.region.level in ("province",) else None
        if level_from:
            level_to = target.county.name[-1]
            if source.region.name.endswith("自治区"):
                replacements.setdefault("自治区", "区")
                for word in ("自治区党委", "自治区政府", "自治区人民政府", "自治区人大", "自治区政协"):
                    replacements.setdefault(word, word.replace("自治区党委", "区委").replace("自治区", "区"))
            for word in LEVEL_WORDS:
                replacements.setdefault(word.format(level_from), word.format(level_to))
            replacements.setdefault("副" + level_from + "长", "副" + level_to + "长")
        delta = target.year - source.year
        names = re.compile(trie_pattern(replacements)) if replacements else None

        def shift_years(piece: str) -> str:
            if not delta:
                return piece
            return YEAR.sub(lambda m: str(int(m.group()) + delta) if int(m.group()) <= source.year + 1 else m.group(),
                            piece)

        def local_piece(piece: str) -> str:
            if names is not None:
                piece = names.sub(lambda m: replacements[m.group()], piece)
            return shift_years(piece)

        out = []
        pos = 0
        for m in _TITLE_OR_NUMBER.finditer(text):
            out.append(local_piece(text[pos:m.start()]))
            piece = m.group()
            # a title or 文号 that names a local place is a local document: it moves with the
            # report; a national one (《法治政府建设实施纲要（2021－2025年）》, 国办发〔2018〕37号) stays
            if (names is not None and names.search(piece)) or SELF_REFERENCE.search(piece):
                piece = local_piece(piece)
            out.append(piece)
            pos = m.end()
        out.append(local_piece(text[pos:]))
        return "".join(out)

    def excerpt(self, source: Source) -> str:
        """The source cut to the length of a county report: its opening lines and a random
        run of whole paragraphs from the rest."""
        text = source.text
        length = self.rng.randint(*REPORT_LENGTH)
        if len(text) <= REPORT_LENGTH[1]:
            return text
        lines = text.split("\n")
        head, size = [], 0
        for line in lines:
            if size > 600:
                break
            head.append(line)
            size += len(line) + 1
        rest = lines[len(head):]
        start = self.rng.randrange(0, max(1, len(rest) - 5))
        body, size = [], 0
        for line in rest[start:]:
            if size >= length - sum(len(h) + 1 for h in head):
                break
            body.append(line)
            size += len(line) + 1
        return "\n".join(head + body) + "\n"

    def simulate(self, count: int) -> list[tuple[str, str, Target, Source]]:
        """``count`` reports: (file name, text, target, source), sources taken in turn."""
        out = []
        for i in range(count):
            source = self.sources[i % len(self.sources)]
            target = self.draw_target(source)
            text = self.rewrite(source, target, self.excerpt(source))
            name = f"{i:05d}_{target.region.code}_{target.year}.txt"
            out.append((name, text, target, source))
        return out


_TITLE_OR_NUMBER = re.compile(f"{TITLE.pattern}|{DOC_NUMBER.pattern}")


def write_corpus(out: Path, count: int, sources=DEFAULT_SOURCES, seed: int = 8) -> Path:
    """Write ``count`` simulated reports into ``out`` (replaced), with a manifest of what each one is."""
    gazetteer = Gazetteer()
    simulator = Simulator(load_sources(sources, gazetteer), gazetteer, seed)
    out = Path(out)
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    with (tmp / "manifest.tsv").open("w", encoding="utf-8") as manifest:
        manifest.write("file\tsource\tregion_code\tregion\tyear\tchars\n")
        for name, text, target, source in simulator.simulate(count):
            (tmp / name).write_text(text, encoding="utf-8")
            manifest.write(f"{name}\t{source.path.name}\t{target.region.code}\t{target.region.path}\t"
                           f"{target.year}\t{len(text)}\n")
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--sources", type=Path, nargs="*", default=list(DEFAULT_SOURCES))
    args = parser.parse_args(argv)
    out = write_corpus(args.out, args.count, args.sources, args.seed)
    print(f"wrote {args.count} reports to {out}")


if __name__ == "__main__":
    main()
