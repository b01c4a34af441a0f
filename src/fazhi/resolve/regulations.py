"""Turn citation mentions into regulation entities: canonical title, gazetteer link,
type, 文号, issuer, and the reporting body's relation to each (ANNOTATION.md section 1).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from fazhi.gazetteer.laws import LawTitle, law_gazetteer
from fazhi.lexicon import read_rows
from fazhi.model import RELATION_STRENGTH, Entity, ExtractedDocument, Kind, Mention, MentionLabel
from fazhi.resolve.context import ReportContext
from fazhi.resolve.spans import SpanIndex
from fazhi.resolve.organizations import ResolvedOrganization, resolve_organization
from fazhi.text import normalize_title, squeeze

# Gazetteer level → ANNOTATION.md type.
LEVEL_TYPE = {
    "constitution": "law",
    "law": "law",
    "administrative_regulation": "administrative_regulation",
    "party_regulation": "party_document",
    "departmental_rule": "departmental_rule",
    "local_regulation": "local_regulation",
    "judicial_interpretation": "other",
    "other": "other",
}
# A title that transmits another: 关于印发〈X〉的通知 · 关于转发…的通知
TRANSMITTING_TITLE = re.compile(r"(?:关于)?(?:印发|转发|下发|颁布|公布)")
# Works of a person, speeches and books: 习近平法治思想概论 · 论坚持全面依法治国 · 党的二十大报告
PUBLICATION_TITLE = re.compile(r"^(?:习近平|毛泽东|邓小平|论|党的[一二三四五六七八九十]+大报告)|(?:概论|讲话|文选|选编|读本|手册|摘编|学习纲要|问答|白皮书|报告)$")
# Titles of party documents: they concern the party's own conduct or come from its organs.
PARTY_TITLE = re.compile(r"^(?:中共|中国共产党)|党政|党内|党委|党组|党员|党的建设|纪律处分|巡视")
# 文号 issuer codes of party organs: 中发, 中办发, 厅字 (中办国办), 合川委法办, 孝法治办 (a 委依法治办)
PARTY_AGENCY = re.compile(r"^(?:中发|中办|厅字)|委|法治")
# A title that depends on its report's place: 全区, 全县, 我市, 本县
CONTEXT_BOUND_TITLE = re.compile(r"[全我本](?:省|市|县|区|镇|乡|旗)")
# A place name opening a title: 山西省…, 吕梁市…, 清河县…
PLACE_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,9}?(?:省|自治区|市|州|盟|县|区|旗)(?!政府|委员会)")


@dataclass(slots=True)
class _Citation:
    mention: Mention
    index: int
    title: str
    relation: str = "mentions"
    doc_number: str | None = None
    doc_number_note: str | None = None
    issuer: list[ResolvedOrganization] = field(default_factory=list)
    law: LawTitle | None = None


@lru_cache(maxsize=1)
def _form_types() -> list[tuple[str, str]]:
    return sorted(((r[0], r[1]) for r in read_rows("regulation_forms.tsv")), key=lambda r: -len(r[0]))


def clean_title(title: str) -> str:
    """A written title made comparable: inner whitespace and stray marks removed."""
    title = squeeze(title)
    return title.strip("、,，;:")


def regulation_type(title: str, law: LawTitle | None, issuer_types: list[str], doc_number: str | None) -> str:
    """ANNOTATION.md type: from the gazetteer, else from the issuer and the title's form."""
    if law is not None:
        return LEVEL_TYPE.get(law.level, "other")
    if PUBLICATION_TITLE.search(title):
        return "publication"
    if "party" in issuer_types or PARTY_TITLE.search(title):
        return "party_document"
    if doc_number and PARTY_AGENCY.search(doc_number.split("〔")[0]):
        return "party_document"
    core = re.sub(r"[(（][^()（）]*[)）]$", "", title)  # 纲要(2021-2025年) → 纲要
    for ending, rtype in _form_types():
        if core.endswith(ending):
            if rtype == "local_regulation" and not PLACE_OPENING.match(core):
                return "administrative_regulation"
            if rtype == "law" and PLACE_OPENING.match(core):
                return "local_regulation"
            if rtype == "normative_document" and ending in ("办法", "规定") and re.match(r"^[\u4e00-\u9fff]{2,4}省", core) \
                    and not core.startswith("关于"):
                return "local_regulation"  # 省 government rules (规章)
            return rtype
    return "other"


def regulation_key(name: str, ctx: ReportContext, law: LawTitle | None) -> str:
    """Canonical identity: the gazetteer title, or the title; place-relative titles per region."""
    if law is not None:
        return "regulation:" + normalize_title(law.title)
    key = normalize_title(name)
    if CONTEXT_BOUND_TITLE.search(key):
        scope = ctx.region.code if ctx.region else ctx.doc_id
        return f"regulation:{scope}#{key}"
    return "regulation:" + key


def _governing_relation(doc: ExtractedDocument, cit: Mention, citation_spans: SpanIndex,
                        triggers: list[Mention]) -> str:
    """The relation the nearest trigger verb before a citation, in its sentence, signals."""
    # triggers are in text order, and so in sentence order: walk back from the citation
    for j in range(bisect.bisect_right(triggers, cit.start, key=lambda m: m.start) - 1, -1, -1):
        trig = triggers[j]
        if trig.sentence < cit.sentence:
            break
        if trig.sentence != cit.sentence or trig.end > cit.start:
            continue
        if citation_spans.contains(trig.start, trig.end):
            continue  # a verb inside another title governs nothing here
        return trig.value
    return "mentions"


def _inner_relation(doc: ExtractedDocument, inner: Mention, outer: Mention, outer_relation: str) -> str:
    """An inner title's relation: 学习〈X〉 inside the outer title makes it studied; else the outer's
    (关于印发〈X〉的通知 issued or implemented means X issued or implemented)."""
    mentions = doc.mentions  # in text order: look only between the outer title's start and the inner one
    for j in range(bisect.bisect_left(mentions, outer.start, key=lambda m: m.start), len(mentions)):
        mention = mentions[j]
        if mention.start > inner.start:
            break
        if mention.label is MentionLabel.TRIGGER and mention.end <= inner.start \
                and inner.start - mention.end <= 8 and mention.value == "studies":
            return "studies"
    return outer_relation


def _strongest(relations: list[str]) -> str:
    return min(relations, key=RELATION_STRENGTH.index) if relations else "mentions"


def _leading_issuers(title: str, orgs: list[Mention], cit: Mention, ctx: ReportContext) -> tuple[list[ResolvedOrganization], str]:
    """Bodies that open a title (中共中央办公厅国务院办公厅法治政府…规定) and the rest of it."""
    inner_start = cit.inner[0] if cit.inner else cit.start
    issuers = []
    pos = inner_start
    consumed = 0  # characters of the title (view text) the issuers take
    # bodies are in text order: start at the title and stop at the first one past the chain
    for org in orgs[bisect.bisect_left(orgs, inner_start, key=lambda m: m.start):]:
        if org.start > pos:
            break
        if org.start == pos and org.end < cit.end:
            issuers.append(resolve_organization(org.norm, ctx, org.value))
            pos = org.end
            consumed += len(org.norm)
    if not issuers:
        return [], title
    # counted in view characters, not text offsets: the view may have dropped a PDF line
    # break or converter residue inside the issuer, and the title is view text
    rest = title[consumed:]
    return issuers, rest


def resolve_regulations(doc: ExtractedDocument, ctx: ReportContext) -> tuple[list[Entity], list[tuple[str, str, Mention]]]:
    """Regulation entities of one report, and TRANSMITS pairs (outer key, inner key, evidence mention)."""
    gazetteer = law_gazetteer()
    mentions = doc.mentions
    citations = [(i, m) for i, m in enumerate(mentions) if m.label is MentionLabel.CITATION]
    numbers = [m for m in mentions if m.label is MentionLabel.DOC_NUMBER]
    orgs = [m for m in mentions if m.label is MentionLabel.ORGANIZATION]
    triggers = [m for m in mentions if m.label is MentionLabel.TRIGGER]
    outer_spans = [(m.start, m.end) for _, m in citations if m.nested_in is None]
    # a trigger before a citation is never inside that citation, so all outer titles can be asked
    outer_titles = SpanIndex(outer_spans)
    found: dict[int, _Citation] = {}
    for i, m in citations:
        title = clean_title(m.value or m.norm)
        if len(title) < 2:
            continue
        c = _Citation(m, i, title)
        c.law = gazetteer.lookup(title)
        if m.nested_in is None:
            c.relation = _governing_relation(doc, m, outer_titles, triggers)
            c.issuer = [resolve_organization(o.norm, ctx, o.value) for o in _adjacent_issuers(orgs, m)]
            number = _following_number(numbers, m, outer_spans, doc.report.text)
            if number is not None:
                c.doc_number = number.value or squeeze(number.norm)
                c.doc_number_note = None if number.rule == "well_formed" else (
                    f"kept as written: {number.rule}" if number.value is None else f"repaired: {number.rule}")
        found[i] = c
    for i, c in found.items():
        outer_index = c.mention.nested_in
        if outer_index is not None and outer_index in found:
            outer = found[outer_index]
            c.relation = _inner_relation(doc, c.mention, outer.mention, outer.relation)
    entities: dict[str, Entity] = {}
    key_of: dict[int, str] = {}
    for i, c in found.items():
        leading, rest = _leading_issuers(c.title, orgs, c.mention, ctx) if c.law is None else ([], c.title)
        name = c.law.title if c.law else c.title
        aliases = [] if name == c.title else [c.title]
        issuers = c.issuer or leading
        if c.law is None and leading and _self_contained(rest):
            name, aliases = rest, [c.title]  # the title proper, without the bodies that sign it
        law = c.law or (gazetteer.lookup(name) if name != c.title else None)
        if law is not None and c.law is None:
            aliases, name = [c.title], law.title
        issuer_types = [o.type for o in issuers]
        outer = found.get(c.mention.nested_in) if c.mention.nested_in is not None else None
        if outer is not None and not issuer_types and outer.doc_number and PARTY_AGENCY.search(outer.doc_number.split("〔")[0]):
            issuer_types = ["party"]  # a document transmitted by a party office is the party's
        rtype = regulation_type(name, law, issuer_types, c.doc_number)
        key = regulation_key(name, ctx, law)
        key_of[i] = key
        entity = entities.get(key)
        if entity is None:
            entity = Entity(kind=Kind.REGULATION, key=key, name=name, type=rtype, relation=c.relation)
            if law is not None:
                entity.level = law.level
                entity.gazetteer_title = law.title
                entity.version = law.version_in_force(ctx.year)
                entity.expired = law.expired
                entity.issuer = law.issuer
            else:
                entity.unresolved = "not in the national-law gazetteer"
            entities[key] = entity
        else:
            entity.relation = _strongest([entity.relation or "mentions", c.relation])
        for alias in aliases + ([squeeze(c.mention.norm)] if c.mention.rule == "gazetteer_bare_name" else []):
            if alias != entity.name and alias not in entity.aliases:
                entity.aliases.append(alias)
        if c.doc_number and not entity.doc_number:
            entity.doc_number, entity.doc_number_note = c.doc_number, c.doc_number_note
        if issuers and (entity.issuer is None or law is None):
            entity.issuer = " ".join(o.name for o in issuers)
            entity.issuer_key = issuers[0].key if len(issuers) == 1 else None
        entity.mentions.append(c.mention)
    transmits = []
    for i, c in found.items():
        if c.mention.nested_in is not None and c.mention.nested_in in key_of and i in key_of:
            outer = found[c.mention.nested_in]
            if TRANSMITTING_TITLE.search(outer.title):
                transmits.append((key_of[c.mention.nested_in], key_of[i], c.mention))
    return list(entities.values()), transmits


def _self_contained(title: str) -> bool:
    """A title that still names its document once the bodies that sign it are taken away:
    法治政府建设与责任落实督察工作规定 is; 关于报送…的通知 and 2021年工作要点 are not."""
    return len(title) >= 6 and not title.startswith("关于") and not title[0].isdigit() and not title.startswith("年")


def _adjacent_issuers(orgs: list[Mention], cit: Mention) -> list[Mention]:
    """Bodies written right before a title: 国务院办公厅《…》, 中共中央国务院《…》."""
    chain = []
    pos = cit.start
    # bodies are in text order: those starting after the title cannot come before it
    for org in reversed(orgs[: bisect.bisect_right(orgs, cit.start, key=lambda m: m.start)]):
        if org.end == pos or (org.end == pos - 1 and org.end < cit.start and chain):
            chain.insert(0, org)
            pos = org.start
        elif org.end < pos:
            break
    return chain


def _following_number(numbers: list[Mention], cit: Mention, outer_spans, text: str) -> Mention | None:
    """The 文号 written right after a title: 《…》(国办发〔2018〕37号), 《…》孝法治办20215."""
    # numbers are in text order: start at the first one after the title (a scan from the
    # first number of the report made this quadratic in the report's length)
    for number in numbers[bisect.bisect_left(numbers, cit.end, key=lambda m: m.start):]:
        if number.start > cit.end + 6:
            break
        # white space may include a line break the view dropped (a PDF line ending after 》)
        gap = "".join(ch for ch in text[cit.end:number.start] if not ch.isspace())
        if len(gap) <= 2 and all(ch in "(（[【" for ch in gap):
            return number
    return None
