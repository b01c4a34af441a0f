"""Resolve one report's mentions into entities and typed relations with evidence: the
``DocumentResult`` that the knowledge-graph stage merges across reports."""
from __future__ import annotations

from fazhi.gazetteer.divisions import TOWNSHIP_ENDINGS, divisions
from fazhi.model import (DocumentResult, EdgeType, Entity, Evidence, ExtractedDocument, Kind, Mention, MentionLabel,
                         Place, Relation, ReportInfo, report_key)
from fazhi.resolve.context import ReportContext
from fazhi.resolve.measures import measure_relations, resolve_measures
from fazhi.resolve.organizations import (ResolvedOrganization, governing_zone_government, government_named,
                                         group_office, organization_key, own_group, part_of, parent_of, resolve_organization,
                                         resolve_organizations, resolved_government, rule_of_law_committee)
from fazhi.resolve.regulations import resolve_regulations
from fazhi.text import SQUAD_OWNER_ENDINGS, squeeze

RELATION_EDGE = {"issues": EdgeType.ISSUES, "implements": EdgeType.IMPLEMENTS, "studies": EdgeType.STUDIES}

# What follows the bodies a document is filed with: 报潍坊市政府和市人大常委会|备案 · 向…|报备
# (read in the report's aligned view, so a Traditional 報備 reads 报备)
FILED_WITH = ("备案", "报备")
# A squad or a brigade written alone (东城中队 · 执法大队|第一中队 · 一大队): the enforcement body named before it in
# its sentence owns it (市城管执法大队下设东城中队、西城中队 · 县文化市场综合行政执法大队…，其中西街中队查处… ·
# 市劳动保障监察支队…下设一大队、二大队): a squad's owner ends as these say, a brigade's is a 支队
UNIT_OWNERS = {"中队": (*SQUAD_OWNER_ENDINGS, "大队"), "大队": ("支队",)}
UNIT_OWNER_ENDINGS = tuple(dict.fromkeys(ending for endings in UNIT_OWNERS.values() for ending in endings))
# The bodies whose office a report names alone after them, by the head of their name: the office
# (领导小组办公室, 协调小组办公室, 指挥部办公室) is the group's of that kind named last
GROUP_KINDS = (("领导小组", "领导"), ("领导组", "领导"), ("协调小组", "协调"), ("指挥部", "指挥部"))


def place_key(place: Place) -> str:
    return "place:" + place.code


def _evidence(doc: ExtractedDocument, m: Mention) -> Evidence:
    return Evidence(doc.report.doc_id, m.start, m.end, doc.sentence_text(m.sentence))


def _place_entity(place: Place) -> Entity:
    return Entity(kind=Kind.PLACE, key=place_key(place), name=place.full_name, type=place.level,
                  place_code=place.code, aliases=[place.path] if place.path != place.full_name else [])


class _Builder:
    """Collects entities (merged by key) and relations for one report."""

    def __init__(self, doc: ExtractedDocument):
        self.doc = doc
        self.entities: dict[str, Entity] = {}
        self.relations: list[Relation] = []

    def entity(self, entity: Entity) -> Entity:
        existing = self.entities.get(entity.key)
        if existing is None:
            self.entities[entity.key] = entity
            return entity
        for alias in entity.aliases:
            if alias not in existing.aliases and alias != existing.name:
                existing.aliases.append(alias)
        existing.mentions.extend(entity.mentions)
        return existing

    def relate(self, etype: EdgeType, source: str, target: str, mention: Mention | None = None) -> None:
        evidence = _evidence(self.doc, mention) if mention is not None else None
        self.relations.append(Relation(etype, source, target, evidence))

    def place(self, place: Place) -> str:
        """Add a place and its parents up to the province, linked by PART_OF."""
        key = place_key(place)
        if key in self.entities:
            return key
        self.entity(_place_entity(place))
        parent = divisions().by_code.get(place.parent_code or "")
        if parent is not None:
            self.relate(EdgeType.PART_OF, key, self.place(parent))
        return key

    def organization(self, resolved: ResolvedOrganization, written: str | None, mention: Mention | None,
                     implied: bool = False) -> Entity:
        """Add a body, its JURISDICTION edge and the bodies above it (SUB_ORGANIZATION_OF).

        ``implied``: the report does not name this body; it is here as the parent of one it
        names (清河县人民政府 above 清河县司法局), for the graph, not for the report's list.
        """
        entity = Entity(kind=Kind.ORGANIZATION, key=resolved.key, name=resolved.name, type=resolved.type,
                        aliases=[written] if written and written != resolved.name else [],
                        mentions=[mention] if mention is not None else [],
                        place_code=resolved.place.code if resolved.place else None, implied=implied)
        existing = self.entities.get(resolved.key)
        entity = self.entity(entity)
        if existing is not None:
            if not implied and entity.implied:
                entity.implied = False  # named after all
            return entity
        if resolved.place is not None:
            self.relate(EdgeType.JURISDICTION, entity.key, self.place(resolved.place))
            parent = parent_of(resolved)
            if parent is not None:
                parent = ResolvedOrganization(parent.name, organization_key(parent.name, parent.place,
                                                                            self.doc.report.doc_id),
                                              parent.type, parent.place)
                parent_entity = self.organization(parent, None, None, implied=True)
                entity.parent_key = parent_entity.key
                self.relate(EdgeType.SUB_ORGANIZATION_OF, entity.key, parent_entity.key)
        return entity


def resolve_document(doc: ExtractedDocument) -> DocumentResult:
    """Entities and relations of one report (the per-report map step)."""
    report = doc.report
    text = report.aligned_view()  # the words around a mention, as the extractors read them
    ctx = ReportContext.for_report(report)
    ctx.written_organizations = frozenset(m.norm for m in doc.mentions if m.label is MentionLabel.ORGANIZATION)
    build = _Builder(doc)
    rkey = report_key(report.doc_id)

    # the reporting body: named in the title or source line, else the region's government (in
    # the graph, not in the report's list of bodies unless the text names it too)
    placeholder = False
    if report.metadata.publisher_text:
        resolved = resolve_organization(report.metadata.publisher_text, ctx)
        publisher = build.organization(resolved, squeeze(report.metadata.publisher_text), None)
    elif ctx.region is not None:
        resolved = resolved_government(ctx.region, report.doc_id)
        publisher = build.organization(resolved, None, None, implied=True)
    else:
        placeholder = True
        # nothing says who reports: a body of this report alone, so that its relations to what it
        # cites (issues, implements, studies) are kept rather than dropped
        name = f"报告单位（{report.doc_id}）"
        resolved = ResolvedOrganization(name, organization_key(name, None, report.doc_id), "other", None)
        publisher = build.organization(resolved, None, None, implied=True)
    build.relate(EdgeType.PUBLISHED_BY, rkey, publisher.key)
    ctx.publisher = None if placeholder else publisher.name
    if ctx.region is not None:
        build.place(ctx.region)

    previous: tuple[Mention, list[ResolvedOrganization]] | None = None
    groups: dict[str, list[ResolvedOrganization]] = {}  # the last leading (领导) and coordination (协调) group named
    committee: list[ResolvedOrganization] = []  # the last 全面依法治X委员会 named, resolved
    committee_sentence = -1  # the sentence of the mention that named it
    own_committee: list[ResolvedOrganization] = []  # the last such committee of the report's own place
    listed: set[str] = set()  # the bodies of the list being read
    unit_owner: tuple[int, ResolvedOrganization] | None = None  # the last enforcement body named, and its sentence
    for m in doc.mentions:
        if m.label is not MentionLabel.ORGANIZATION:
            continue
        unit: str | None = None  # the unit's own name, when the mention is a unit of the last enforcement body
        # in a list, a level word takes the place of the name before it: 吕梁市委、市政府
        nearby = None
        if previous is not None and previous[1] and text[previous[0].end:m.start] in ("、", "和", "及", ""):
            nearby = previous[1][-1].place
        else:
            listed = set()
        if nearby is not None:
            if m.value == "legislature" and text.startswith(FILED_WITH, m.end):
                # 报潍坊市政府和市人大常委会备案: a local document is filed with the government above
                # and the congress of its own level (立法法, 法规规章备案条例), so 市 is the report's own
                nearby = None
        if m.rule == "acting_place":
            # 龙江镇、白山镇开展…: a place that acts is its government
            resolved = _acting_place(squeeze(m.norm), ctx)
            if resolved is None:
                continue
            bodies = [resolved]
        elif m.rule == "zone_government":
            # 高新区党工委、|管委会 in a street's report: the 管委会 of the zone that governs the street
            resolved = governing_zone_government(ctx)
            if resolved is None:
                continue
            bodies = [resolved]
        elif m.rule == "led_group":
            # 成立由镇长任组长的依法行政工作领导小组: the reporting body's own
            bodies = [own_group(squeeze(m.norm), ctx)]
        elif m.rule == "group_office":
            # 领导小组办公室 after the group named before it: that group's office (协调小组办公室: the
            # coordination group's; 指挥部办公室: the headquarters')
            kind = next((kind for head, kind in GROUP_KINDS if m.norm.startswith(head)), "领导")
            bodies = [group_office(g, ctx) for g in groups.get(kind, []) if g.particular]
            if not bodies:
                continue
        elif m.rule == "coordination_group":
            # 依法治县委下设的|立法协调小组: the committee's named before it in the sentence; written alone
            # after a sentence that named another's (配合省委依法治省办完成督察。… 立法协调小组指导…), the
            # reporting place's committee's
            source = committee if m.sentence == committee_sentence or not own_committee else own_committee
            bodies = [part_of(c, squeeze(m.norm), ctx) for c in source if c.particular]
            if not bodies:
                continue
        elif unit_owner is not None and (unit := _enforcement_unit(squeeze(m.norm), unit_owner, m)) is not None:
            bodies = [part_of(unit_owner[1], unit, ctx)]
            unit_owner = (m.sentence, unit_owner[1])  # (the owner of the list's next unit too: 一大队、…和机动大队)
        else:
            bodies = resolve_organizations(m.norm, ctx, m.value, nearby)
            if m.rule == "listed_unit":
                # no body named just before owns them: the reporting body's units (its own report), or, named
                # as written (一中队), none in particular
                bodies = [b for b in bodies if b.name != squeeze(m.norm)]
            if nearby is not None and any(b.name in listed for b in bodies):
                # 百色市委、百色市人民政府和市委: a list names a body once, so the level word is the report's own
                bodies = resolve_organizations(m.norm, ctx, m.value)
        listed.update(b.name for b in bodies)
        if (kind := next((kind for head, kind in GROUP_KINDS if m.norm.endswith(head)), None)) is not None:
            groups[kind] = bodies
        named_committee = [c for b in bodies if (c := rule_of_law_committee(b, ctx)) is not None]
        if named_committee:
            committee, committee_sentence = named_committee, m.sentence
            if ctx.region is not None and any(c.place == ctx.region for c in named_committee):
                own_committee = named_committee
        previous = (m, bodies)
        owner = next((b for b in bodies if b.particular and b.name.endswith(UNIT_OWNER_ENDINGS)), None)
        if owner is not None and unit is None:
            unit_owner = (m.sentence, owner)
        for resolved in bodies:
            if not resolved.particular:
                continue  # 司法所 in a county's report: every township has one
            entity = build.organization(resolved, squeeze(m.norm), m)
            build.relate(EdgeType.MENTIONS, rkey, entity.key, m)

    regulations, transmits = resolve_regulations(doc, ctx)
    relation_of_mention: dict[int, str] = {}
    for reg in regulations:
        reg = build.entity(reg)
        for m in reg.mentions:
            build.relate(EdgeType.CITES, rkey, reg.key, m)
        edge = RELATION_EDGE.get(reg.relation or "mentions")
        if edge is not None:
            build.relate(edge, publisher.key, reg.key, reg.mentions[0] if reg.mentions else None)
        if reg.issuer_key and reg.issuer_key in build.entities:
            build.relate(EdgeType.ISSUES, reg.issuer_key, reg.key, reg.mentions[0] if reg.mentions else None)
        for m in reg.mentions:
            relation_of_mention[id(m)] = reg.key
    for outer_key, inner_key, m in transmits:
        build.relate(EdgeType.TRANSMITS, outer_key, inner_key, m)

    # measures: carried out by the reporting body, grounded in the regulations of their sentence
    measures = [build.entity(measure) for measure in resolve_measures(doc, ctx)]
    for measure in measures:
        for m in measure.mentions:
            build.relate(EdgeType.MENTIONS, rkey, measure.key, m)
    build.relations.extend(measure_relations(doc, measures, publisher.key, relation_of_mention))

    meta = report.metadata
    info = ReportInfo(doc_id=report.doc_id, key=rkey, title=meta.title,
                      publisher=None if placeholder else publisher.name,
                      publisher_key=publisher.key,
                      region=ctx.region.path if ctx.region else None,
                      region_code=ctx.region.code if ctx.region else None,
                      year=meta.year, date=meta.date, sha256=report.sha256, path=report.path)
    return DocumentResult(report=info, entities=list(build.entities.values()), relations=build.relations,
                          warnings=list(report.warnings))


def _acting_place(name: str, ctx: ReportContext) -> ResolvedOrganization | None:
    """The government of a township or county named alone as an actor; a township the gazetteer
    does not know under the report's county (renamed since) is taken as the county's."""
    if name.endswith(TOWNSHIP_ENDINGS):
        place = ctx.find_town(name)
        if place is None and ctx.county is not None and ctx.region is not None and ctx.region.level == "county":
            full = government_named(f"{ctx.county.full_name}{name}")
            return ResolvedOrganization(full, organization_key(full, ctx.county, ctx.doc_id), "government", ctx.county)
    else:
        place = ctx.resolve_place_name(name)
    if place is None:
        return None  # no such place, or several of that name and nothing to choose by
    return resolved_government(place, ctx.doc_id)


def _enforcement_unit(name: str, owner: tuple[int, ResolvedOrganization], m: Mention) -> str | None:
    """The unit's own name when ``name`` is a squad or a brigade written alone in the sentence of the
    enforcement body named last (``owner``: its sentence and itself) that owns such units (东城中队 · 一大队 ·
    执法大队第一中队, whose 执法大队 ends that body's name: 第一中队); else None."""
    head = next((h for h in UNIT_OWNERS if name.endswith(h)), None)
    # (a list of the units a body sets up may follow the sentence naming it: …组建…执法大队。执法大队下设一中队…)
    reach = 1 if m.rule == "listed_unit" else 0
    if not 0 <= m.sentence - owner[0] <= reach or m.rule not in ("bare_body", "listed_unit") \
            or head is None or not owner[1].name.endswith(UNIT_OWNERS[head]):
        return None
    cut = max((name.rfind(ending) + len(ending) for ending in UNIT_OWNERS[head] if ending in name[:-len(head)]),
              default=0)
    if cut and not owner[1].name.endswith(name[:cut]):
        return None  # another body's squad: 县公安局交警大队|城区中队
    unit = name[cut:]
    core = unit[:-len(head)]
    if not core or any(word in core for word in STATIONED) or core in GENERIC_UNIT_CORES:
        return None  # 向18个镇(街道)|派驻执法中队 · 向…等街道派驻执法中队 · 执法中队: every squad, none in particular
    return unit


# What a unit's name says of no unit in particular: 执法|中队 · 综合执法|中队; 派驻 stations one in each town
GENERIC_UNIT_CORES = ("执法", "综合执法", "行政执法", "综合行政执法", "基层", "各")
STATIONED = ("驻",)

