"""Turn measure mentions into measure entities (ANNOTATION.md section 3) and relate them.

Naming: quotation marks dropped, the head noun kept, scope words in front dropped (部门权责清单 →
权责清单), and the written forms of national instruments merged under their canonical name
(放管服, “放管服”改革 → 放管服改革; 三项制度 in a sentence about 执法 → 行政执法三项制度), every
form as written kept as an alias. One entity per name per report; a bare quoted term and the
same term with its head (“鉴调一体”, “鉴调一体”工作模式) are one entity.

Relations: the reporting body IMPLEMENTS a measure that a carrying-out verb governs (推行, 落实,
深化 …) or that a document it issues or implements names; a measure is BASED_ON the regulation
its sentence grounds it in (严格落实《重大行政决策程序暂行条例》…合法性审查) or whose title
names it; a measure's skos:broader is the national instrument it is part of (gazetteer).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from fazhi.gazetteer.measures import KnownMeasure, measure_gazetteer
from fazhi.lexicon import read_rows, read_words
from fazhi.model import (EdgeType, Entity, Evidence, ExtractedDocument, Kind, Mention, MentionLabel, Place,
                         Relation, Report)
from fazhi.resolve.context import ReportContext
from fazhi.resolve.organizations import government_of
from fazhi.resolve.spans import SpanIndex
from fazhi.text import normalize_title, squeeze, trie_pattern

# Places a campaign goes into, written without what it carries there: 开展|进社区、进楼院、进商户宣传活动 ·
# 《民法典》|进企业活动 (the law's title is a citation of its own). No name: the thing carried is its name.
INTO_PLACES_ONLY = re.compile(r"^进[^进、,，]{1,4}(?:[、,，]进[^进、,，]{1,4})*(?:宣传|宣讲|普法)?活动$")
# A campaign that carries something into a place, the place last: 法律进寺庙 · 送法进工地 ·
# 法治进古镇、进景区、进侨户 (not a count after 进: 只进一扇门, 进一次门)
INTO_PLACE = re.compile(r"[^进]{2}进[^进一二三四五六七八九十0-9、，,次]{1,3}$")
# Quotation marks and spaces that a measure's canonical name drops: “放管服”改革 → 放管服改革
QUOTES = re.compile(r"[“”\"‘’'「」\s]")
# The quoted part of a written form: “鉴调一体”工作模式 → 鉴调一体
QUOTED_PART = re.compile(r"[“\"「]([^“”\"「」]+)[”\"」]")
# Where a clause ends: a verb before it governs nothing after it.
CLAUSE_END = ",;:。!?\n，；：！？"
# Shortest name that a suffix of another name is merged on: 资格管理制度 into 行政执法人员持证上岗和资格管理制度
MIN_SUFFIX_MERGE = 4
# A government's website named by its level alone: 县政府网站 · 区人民政府门户网站 · 政府门户网站 · 盟行署门户网站
LEVEL_SITE = re.compile("(?P<level>自治区|自治州|自治县|[省市县区旗镇乡盟])?(?:(?:人民)?政府|行署)(?:门户)?网站")
# The reporting body's own website by its kind alone: 局门户网站 · 厅网站 · 街道门户网站
OWN_SITE = re.compile("(?P<kind>局|厅|街道)(?:门户)?网站")
# The end of a government's website named in full: 吉州区政府门户网站 · 孝义市人民政府门户网站
NAMED_SITE = re.compile("政府(?:门户)?网站$")
# What two full names of one government's site may differ in: 吉州区(人民)政府(门户)网站
SITE_NAME_VARIANTS = re.compile("人民|门户")


def canonical_measure_name(written: str) -> str:
    return QUOTES.sub("", written).strip("、,，")


def measure_key(name: str) -> str:
    return "measure:" + normalize_title(name)


@dataclass(frozen=True, slots=True)
class MeasureName:
    """What a written form names: canonical name, type, and the national instrument if known."""

    name: str
    type: str
    known: KnownMeasure | None = None
    core: str | None = None  # the quoted term or formula it is built on: 鉴调一体


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    return {row[0]: row[1] for row in read_rows("measure_heads.tsv")}


@lru_cache(maxsize=1)
def _scopes() -> tuple[str, ...]:
    return tuple(sorted(read_words("measure_scopes.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _type_cues() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((row[0], row[1]) for row in read_rows("measure_type_cues.tsv")),
                        key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=1)
def _verb_types() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[2]) for row in read_rows("measure_verbs.tsv") if len(row) > 2 and row[2])


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(row[0] for row in read_rows("measure_verbs.tsv") if len(row) > 1 and row[1] == "carry_out")


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern:
    """Any carrying-out verb of two or more characters (one scan of a clause instead of a
    lookup per position and length)."""
    return re.compile(trie_pattern(sorted(v for v in _verbs() if len(v) >= 2)) or "(?!)")


@lru_cache(maxsize=1)
def _scopes_by_first_char() -> dict[str, tuple[str, ...]]:
    """The scope words by their first character, longest first (as in ``_scopes``)."""
    by_first: dict[str, list[str]] = {}
    for scope in _scopes():
        by_first.setdefault(scope[0], []).append(scope)
    return {ch: tuple(scopes) for ch, scopes in by_first.items()}


def head_type(name: str) -> str | None:
    """The type the longest head noun ending ``name`` gives: 行政执法三项制度 → system."""
    heads = _heads()
    for k in range(len(name)):
        if name[k:] in heads:
            return heads[name[k:]]
    return None


def cue_type(name: str) -> str | None:
    """The type a headless name's ending suggests: 跨省通办 → service, 三调联动 → mechanism."""
    if INTO_PLACE.search(name):
        return "campaign"
    for cue, mtype in _type_cues():
        if name.endswith(cue):
            return mtype
    return None


def verb_type(context: str, position: int) -> str | None:
    """The type the verb right before a quoted term gives it: 开展|“法律进寺庙” → campaign."""
    before = context[max(0, position - 6):position].rstrip(" \u3000\u00a0")
    for verb, mtype in _verb_types():
        if before.endswith(verb):
            return mtype
    return None


# What separates the items of a list inside a name: 网上办、马上办、就近办
LIST_MARKS = "、,，和及与"


def strip_scope(name: str) -> str:
    """Drop the scope words in front of a name: 县直部门权力清单 → 权力清单 (never to nothing)."""
    by_first = _scopes_by_first_char()
    changed = True
    while changed:
        changed = False
        for scope in by_first.get(name[:1], ()):
            # (not when the scope is the first item's word: 网上|办、马上办、就近办)
            if name.startswith(scope) and len(name) - len(scope) >= 3 and name[len(scope) + 1] not in LIST_MARKS:
                name = name[len(scope):]
                changed = True
                break
    return name


def _compatible(known: KnownMeasure, mtype: str | None) -> bool:
    return mtype is None or known.type == mtype


def _known_name(known: KnownMeasure, written: str, rule: str = "") -> str:
    """The name of a known instrument: its canonical name, or the form written for one named as
    written, or for one named with its head, the quoted name and its head."""
    return written if known.as_written or (known.with_head and rule == "quoted_with_head") else known.name


def _known_type(known: KnownMeasure, name: str) -> str:
    """The type of a known instrument; named as written with a head of its own, the head's:
    一次办好 is a service, 一次办好改革 a reform."""
    return (head_type(name) or known.type) if name != known.name else known.type


def name_measure(written: str, rule: str, mtype: str | None, context: str = "", position: int = 0) -> MeasureName | None:
    """Canonical name and type of a written measure form, or None when it names no instrument.

    ``context`` is the sentence the form stands in (at ``position``), for forms that name a
    national instrument only near its context word (三项制度 … 执法).
    """
    gazetteer = measure_gazetteer()
    if rule == "rule_of_law_place_object":
        written += "建设"  # 建设法治恩施: the programme is 法治恩施建设, as where 建设 follows its name
    plain = canonical_measure_name(written)
    stripped = strip_scope(plain)
    generic = read_words("measure_generic.txt")
    ambiguous = False
    for form in (plain, stripped):
        if gazetteer.candidates(form):
            known = gazetteer.lookup(form, context, position)
            if known is not None:
                name = _known_name(known, stripped, rule)
                # (named as written, an instrument whose scope was all that told it apart is none:
                # 网上|学法考试)
                return MeasureName(name, _known_type(known, name), known) if name not in generic else None
            ambiguous = True
    for k in range(len(stripped) - 2, 2, -1):
        # a known form and a generic remainder: 八五普法|宣传活动 · 最多跑一次|事项清单
        if stripped[k:] in generic and gazetteer.candidates(stripped[:k]):
            known = gazetteer.lookup(stripped[:k], context, position)
            if known is not None:  # (named as written, it keeps a remainder that is a head: 法律六进|活动, not …|工作)
                written = stripped if head_type(stripped[k:]) is not None else stripped[:k]
                name = _known_name(known, written, rule)
                return MeasureName(name, _known_type(known, name), known)
    cores = QUOTED_PART.findall(written) if "quoted" in rule else []
    if rule == "numbered_formula":
        cores = [plain[:k] for k in range(len(plain) - 1, 2, -1)]
    for core in cores:
        known = gazetteer.lookup(canonical_measure_name(core), context, position)
        if known is not None and (rule == "quoted" or _compatible(known, mtype)):
            name = _known_name(known, stripped, rule)
            return MeasureName(name, _known_type(known, name), known, canonical_measure_name(core))
    if ambiguous:
        return None  # 合法性审查 with neither 决策 nor 文件 near it: no particular instrument
    if stripped in generic or len(stripped) < 2 or (rule == "head_noun" and INTO_PLACES_ONLY.match(stripped)):
        return None
    mtype = mtype or head_type(stripped) or cue_type(stripped) \
        or (verb_type(context, position) if rule == "quoted" else None) or "other"
    name = plain if mtype == "platform" else stripped  # a platform's place is part of its name
    core = canonical_measure_name(cores[0]) if cores and "quoted" in rule else None
    return MeasureName(name, mtype, None, core)


def _sentence_span(doc: ExtractedDocument, m: Mention) -> tuple[int, int]:
    if 0 <= m.sentence < len(doc.sentences):
        s = doc.sentences[m.sentence]
        return s.start, s.end
    return m.start, m.end


def _blocked_spans(doc: ExtractedDocument) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """文号 spans (no measure inside) and the inner spans of cited titles (the title's own name
    is a document, not a measure)."""
    numbers = [(m.start, m.end) for m in doc.mentions if m.label is MentionLabel.DOC_NUMBER]
    titles = [m.inner or (m.start, m.end) for m in doc.mentions
              if m.label is MentionLabel.CITATION and m.rule != "gazetteer_bare_name"]
    return numbers, titles


def _without_leading_body(m: Mention, organizations: SpanIndex) -> str:
    """A head-noun phrase without the body named at its start (政府组成部门|法治政府建设目标
    责任制): the body is the one that carries it out, not part of its name. Platforms keep it
    (孝义市人民政府门户网站)."""
    if m.rule != "head_noun" or m.value == "platform" or len(m.norm) != m.end - m.start:
        return m.norm
    cut = organizations.furthest_end_within(m.start, m.end) or m.start
    return m.norm[cut - m.start:] if m.end - cut >= MIN_SUFFIX_MERGE else m.norm


def resolve_measures(doc: ExtractedDocument, ctx: ReportContext | None = None) -> list[Entity]:
    numbers, titles = _blocked_spans(doc)
    organizations = SpanIndex((m.start, m.end) for m in doc.mentions if m.label is MentionLabel.ORGANIZATION)
    numbers, titles = SpanIndex(numbers), SpanIndex(titles)
    report = doc.report
    named: list[tuple[Mention, MeasureName, str]] = []
    for m in doc.mentions:
        if m.label is not MentionLabel.MEASURE:
            continue
        if numbers.contains(m.start, m.end):
            continue
        if m.rule == "head_noun" and titles.starts_and_contains(m.start, m.end):
            continue  # 《清河县行政复议体制改革实施方案》 names a document
        if titles.ends_and_contains(m.start, m.end):
            continue  # 《长沙市生态环境轻微违法行为免罚清单》: the list is the document the title names
        written = squeeze(_without_leading_body(m, organizations))
        s_start, s_end = _sentence_span(doc, m)
        measure = name_measure(written, m.rule, m.value, report.view_of(s_start, s_end), m.start - s_start)
        if measure is not None:
            named.append((m, measure, written))

    entities: dict[str, Entity] = {}
    by_core: dict[tuple[str, str], str] = {}  # (quoted core, type) → key of the entity with a head
    bare_core: dict[str, str] = {}  # quoted core → key of any entity built on it
    known_keys: set[str] = set()
    with_head: dict[int, str] = {}  # an instrument named with its head (by id) → the key of its entity here
    written_names: dict[str, list[str]] = {}  # that entity's key → the names its mentions were written with

    def add(key: str, measure: MeasureName, m: Mention, written: str) -> None:
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = Entity(kind=Kind.MEASURE, key=key, name=measure.name, type=measure.type)
        if written != entity.name and written not in entity.aliases:
            entity.aliases.append(written)
        entity.mentions.append(m)

    # entities with a head first, so that a bare quoted term can join the one built on it
    order = sorted(named, key=lambda item: (item[0].rule == "quoted" and item[1].known is None, item[0].start))
    for m, measure, written in order:
        key = measure_key(measure.name)
        if measure.known is not None:
            if measure.known.with_head:  # one entity in a report, named by its fullest writing
                key = with_head.setdefault(id(measure.known), key)
                written_names.setdefault(key, []).append(measure.name)
            known_keys.add(key)
        elif measure.core and m.rule == "quoted_with_head":
            key = by_core.setdefault((measure.core, measure.type), key)
            bare_core.setdefault(measure.core, key)
        elif m.rule == "quoted" and measure.name in bare_core:
            key = bare_core[measure.name]
        add(key, measure, m, written)
    _name_by_longest_writing(entities, written_names, known_keys)
    _merge_suffixes(entities, known_keys)
    _merge_head_extensions(entities, known_keys)
    if ctx is not None:
        _name_government_sites(entities, ctx)
        _name_own_sites(entities, ctx)
        _merge_level_portals(entities, ctx)
    _set_broader(entities)
    return list(entities.values())


def _name_by_longest_writing(entities: dict[str, Entity], written_names: dict[str, list[str]], known_keys: set[str]) -> None:
    """An instrument named with its head is named by the fullest way the report writes it:
    “渝快办”政务服务平台 and “渝快办” in one report are 渝快办政务服务平台 (as seeds/003 has it)."""
    for key, names in written_names.items():
        entity = entities[key]
        fullest = max(names, key=len)
        if fullest == entity.name or measure_key(fullest) in entities:
            continue
        if entity.name not in entity.aliases:
            entity.aliases.append(entity.name)
        entity.name = fullest
        entity.key = measure_key(fullest)
        del entities[key]
        entities[entity.key] = entity
        known_keys.discard(key)
        known_keys.add(entity.key)


# A portal named by its level alone: 区政务服务网 · 县政务服务网
LEVEL_PORTAL = re.compile(r"(?P<level>[省市县区旗])(?P<portal>政务服务网)")


def _name_government_sites(entities: dict[str, Entity], ctx: ReportContext) -> None:
    """A government's website named by a level word (县政府网站, 区政府门户网站) is the site of
    that level's government in the report: the one the report names in full if it does
    (吉州区政府门户网站), else named after the government (龙江县人民政府网站); 政府网站 with no level
    word only joins a site the report names. One government's site named in full two ways
    (吉州区人民政府网站, 吉州区政府门户网站) is one site, under the name the report uses most."""
    named = [k for k, e in entities.items() if e.type == "platform" and NAMED_SITE.search(e.name)
             and LEVEL_SITE.fullmatch(e.name) is None]
    by_site: dict[str, list[str]] = {}
    for k in named:
        by_site.setdefault(SITE_NAME_VARIANTS.sub("", entities[k].name), []).append(k)
    for keys in by_site.values():
        keep = max(keys, key=lambda k: len(entities[k].mentions))
        for k in keys:
            if k != keep:
                _merge_into(entities, k, keep)
                named.remove(k)
    by_level = [(k, m) for k, e in entities.items() if (m := LEVEL_SITE.fullmatch(e.name)) is not None]
    if not by_level:
        return
    for key, m in by_level:
        place = ctx.place_for_level(m["level"]) if m["level"] else ctx.region
        if place is None:
            continue
        full = [k for k in named if k in entities and _site_of(entities[k].name, place, ctx)]
        if len(full) == 1:
            _merge_into(entities, key, full[0])
            continue
        if not m["level"]:
            del entities[key]  # 在政府网站公开: a government's site, which the report does not name
            continue
        _rename(entities, entities.pop(key), government_of(place) + ("门户网站" if "门户" in m.group() else "网站"))


def _site_of(site: str, place: Place, ctx: ReportContext) -> bool:
    """Whether a site named in full is the site of ``place``'s government, its place written in full
    or short: 吉州区政府门户网站 · 互助县人民政府网站 (互助土族自治县)."""
    if site.startswith((place.name, place.full_name)):
        return True
    n = ctx.gazetteer.place_prefix_length(site, len(site) - 4)
    return n > 0 and any(p.code == place.code for p in ctx.gazetteer.places_named(site[:n]))


def _name_own_sites(entities: dict[str, Entity], ctx: ReportContext) -> None:
    """The reporting body's website by its kind alone (局门户网站 in a 局's report) is named after the
    body: 成都市生态环境局门户网站 · 上海市浦东新区陆家嘴街道门户网站. In another body's report it
    names no one site, and is left out."""
    for key in [k for k, e in entities.items() if OWN_SITE.fullmatch(e.name)]:
        entity = entities.pop(key)
        kind = OWN_SITE.fullmatch(entity.name)["kind"]
        body = (ctx.publisher or "").removesuffix("办事处")
        if not body.endswith(kind):
            continue
        _rename(entities, entity, body + entity.name[len(kind):])


def _rename(entities: dict[str, Entity], entity: Entity, name: str) -> None:
    """Put a site taken out of ``entities`` back under the name it resolves to, its written name an
    alias; into the entity of that name if there is one (县政府网站 and 县人民政府门户网站: one site)."""
    target = measure_key(name)
    if entity.name not in entity.aliases:
        entity.aliases.insert(0, entity.name)
    if target in entities:
        entities[target].aliases.extend(a for a in entity.aliases if a not in entities[target].aliases)
        entities[target].mentions.extend(entity.mentions)
        return
    entity.name, entity.key = name, target
    entities[target] = entity


def _merge_suffixes(entities: dict[str, Entity], known_keys: set[str]) -> None:
    """A name that only ends another name of the report is that measure cut short on the left:
    资格管理制度 of 行政执法人员持证上岗和资格管理制度."""
    # each name's proper suffixes → the keys of the names they end (a report of tens of
    # megabytes names thousands of measures: comparing every pair would be quadratic)
    # Only suffixes that are the name of a measure that may merge are kept.
    mergeable = {e.name for k, e in entities.items() if k not in known_keys and len(e.name) >= MIN_SUFFIX_MERGE}
    ending_with: dict[str, list[str]] = {}
    for key, entity in entities.items():
        name = entity.name
        for i in range(1, len(name) - MIN_SUFFIX_MERGE + 1):
            if name[i:] in mergeable:
                ending_with.setdefault(name[i:], []).append(key)
    for key in list(entities):
        entity = entities[key]
        if key in known_keys or len(entity.name) < MIN_SUFFIX_MERGE:
            continue
        longer = [k for k in ending_with.get(entity.name, ()) if k in entities]
        if len(longer) != 1:
            continue
        _merge_into(entities, key, longer[0])


def _merge_head_extensions(entities: dict[str, Entity], known_keys: set[str]) -> None:
    """A name that another name of the report extends by a head noun only is that measure:
    省级法治政府建设示范市创建 of 省级法治政府建设示范市创建活动."""
    heads = _heads()
    names = {e.name: k for k, e in entities.items()}
    # each name that ends in a head noun → under the name it extends (an index, not all pairs)
    extended_by_head: dict[str, list[str]] = {}
    for name, key in names.items():
        for i in range(1, len(name)):
            if name[i:] in heads or name[i:] == "工作":
                extended_by_head.setdefault(name[:i], []).append(key)
    for key in list(entities):
        entity = entities[key]
        if key in known_keys:
            continue
        longer = extended_by_head.get(entity.name, [])
        if len(longer) != 1 or longer[0] not in entities:
            continue
        _merge_into(entities, key, longer[0])


def _merge_level_portals(entities: dict[str, Entity], ctx: ReportContext) -> None:
    """A portal named by a level word (区政务服务网) is the report's own branch of the province's
    portal where the report names that branch for its place (江西政务服务网吉州分厅, seeds/001)."""
    for key, entity in list(entities.items()):
        m = LEVEL_PORTAL.fullmatch(entity.name)
        place = ctx.place_for_level(m["level"]) if m is not None else None
        if place is None:
            continue
        stem = place.name[:-1] if len(place.name) > 2 else place.name
        branches = [k for k, e in entities.items() if k != key and e.type == "platform"
                    and e.name.endswith((stem + "分厅", stem + "旗舰店", place.name + "分厅", place.name + "旗舰店"))
                    and m["portal"] in e.name]
        if len(branches) == 1:
            _merge_into(entities, key, branches[0])


def _merge_into(entities: dict[str, Entity], key: str, target_key: str) -> None:
    entity, target = entities.pop(key), entities[target_key]
    for alias in [entity.name, *entity.aliases]:
        if alias != target.name and alias not in target.aliases:
            target.aliases.append(alias)
    target.mentions.extend(entity.mentions)
    target.mentions.sort(key=lambda m: m.start)


def _set_broader(entities: dict[str, Entity]) -> None:
    """skos:broader from the gazetteer: 行政执法公示制度 is part of 行政执法三项制度, whether or not
    this report names the broader instrument (the graph joins it to the reports that do)."""
    gazetteer = measure_gazetteer()
    for entity in entities.values():
        known = gazetteer.by_name.get(entity.name)
        if known is not None and known.broader:
            broader_key = measure_key(known.broader)
            if broader_key not in entity.broader:
                entity.broader.append(broader_key)


def _governing_relations(doc: ExtractedDocument, citations: list[Mention]) -> dict[int, str]:
    """For each citation (by ``id``), the relation the nearest trigger verb before it, in its
    sentence, signals."""
    triggers: dict[int, list[Mention]] = {}  # sentence → its triggers, in text order
    for m in doc.mentions:
        if m.label is MentionLabel.TRIGGER:
            triggers.setdefault(m.sentence, []).append(m)
    governing = {}
    for cit in citations:
        in_sentence = triggers.get(cit.sentence, [])
        i = bisect.bisect_left(in_sentence, cit.start, key=lambda t: t.start)
        best = in_sentence[i - 1] if i else None
        governing[id(cit)] = best.value if best is not None and best.value else "mentions"
    return governing


def _carried_out(report: Report, m: Mention) -> bool:
    """Whether a carrying-out verb governs the mention: one stands in its clause before it."""
    lo = max(0, m.start - 40)
    before = report.view_of(lo, m.start)
    cut = max(before.rfind(ch) for ch in CLAUSE_END)
    clause = before[cut + 1:]
    return _verb_pattern().search(clause) is not None


def measure_relations(doc: ExtractedDocument, measures: list[Entity], publisher_key: str | None,
                      citation_keys: dict[int, str]) -> list[Relation]:
    """IMPLEMENTS (reporting body → measure) and BASED_ON (measure → regulation) with evidence.

    ``citation_keys`` maps ``id`` of each citation mention to the key of its regulation.
    """
    report = doc.report
    citations = [m for m in doc.mentions if m.label is MentionLabel.CITATION and id(m) in citation_keys]
    relations: list[Relation] = []

    def evidence(m: Mention) -> Evidence:
        return Evidence(report.doc_id, m.start, m.end, doc.sentence_text(m.sentence))

    governing = _governing_relations(doc, citations)
    # citations by sentence, and by span, so that a mention finds the citations around it and
    # before it in its sentence without reading all of them
    by_sentence: dict[int, list[Mention]] = {}
    for c in citations:
        by_sentence.setdefault(c.sentence, []).append(c)
    cited = SpanIndex(((c.start, c.end) for c in citations), payloads=citations)
    for measure in measures:
        implemented_by: Mention | None = None
        based_on: dict[str, Mention] = {}
        for m in measure.mentions:
            enclosing = cited.enclosing(m.start, m.end)
            for c in enclosing:
                # a measure named in a title rests on that document: 《关于开展X活动的通知》
                based_on.setdefault(citation_keys[id(c)], m)
                if implemented_by is None and governing[id(c)] in ("issues", "implements"):
                    implemented_by = m
            if enclosing:
                continue
            if implemented_by is None and _carried_out(report, m):
                implemented_by = m
            for c in by_sentence.get(m.sentence, ()):
                if c.end <= m.start and governing[id(c)] == "implements":
                    based_on.setdefault(citation_keys[id(c)], m)
        if publisher_key is not None and implemented_by is not None:
            relations.append(Relation(EdgeType.IMPLEMENTS, publisher_key, measure.key, evidence(implemented_by)))
        for reg_key, m in based_on.items():
            relations.append(Relation(EdgeType.BASED_ON, measure.key, reg_key, evidence(m)))
    return relations
