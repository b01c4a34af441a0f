"""The typed objects that pass between fazhi's stages (ingest → nlp → resolve → kg).

Every stage imports its inputs and outputs from here and from nowhere upstream, so the
seams between stages stay visible: a ``Report`` leaves ingest, ``Mention`` objects leave
nlp, a ``DocumentResult`` (entities and relations with evidence) leaves resolve.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    """Node kinds of the knowledge graph (DESIGN.md, graph model)."""

    REPORT = "Report"
    REGULATION = "Regulation"
    ORGANIZATION = "Organization"
    MEASURE = "Measure"
    PLACE = "Place"


class MentionLabel(str, Enum):
    """What an nlp component found in the text."""

    CITATION = "CITATION"  # a cited document's title (《…》, bare law names)
    DOC_NUMBER = "DOC_NUMBER"  # 文号: 国办发〔2018〕37号
    ORGANIZATION = "ORGANIZATION"
    MEASURE = "MEASURE"
    TRIGGER = "TRIGGER"  # a verb that makes a relation: 制定, 贯彻落实, 学习
    SHORT_FORM = "SHORT_FORM"  # a defined short form: 以下简称《条例》


class EdgeType(str, Enum):
    """Edge types of the knowledge graph; the networkx edge key."""

    CITES = "CITES"
    ISSUES = "ISSUES"
    IMPLEMENTS = "IMPLEMENTS"
    STUDIES = "STUDIES"
    MENTIONS = "MENTIONS"
    PUBLISHED_BY = "PUBLISHED_BY"
    TRANSMITS = "TRANSMITS"
    BASED_ON = "BASED_ON"
    SUB_ORGANIZATION_OF = "SUB_ORGANIZATION_OF"
    JURISDICTION = "JURISDICTION"
    PART_OF = "PART_OF"


# The report's relation to a cited document, strongest first (ANNOTATION.md section 1).
RELATION_STRENGTH = ("issues", "implements", "studies", "mentions")


@dataclass(frozen=True, slots=True)
class Place:
    """An administrative division, keyed by its GB/T 2260 code (towns: county code + name)."""

    code: str
    name: str  # official name of this division alone: 吉州区
    full_name: str  # canonical place name per ANNOTATION.md: 吉安市吉州区
    path: str  # every level from the province: 江西省吉安市吉州区
    level: str  # province | prefecture | county | town; the 兵团's own: corps | division | regiment (gazetteer.corps)
    parent_code: str | None = None


@dataclass(frozen=True, slots=True)
class ReportMetadata:
    """What a report says about itself (ANNOTATION.md section 4), as found by ingest."""

    title: str | None = None
    publisher_text: str | None = None  # the reporting body as written: 古楼镇人民政府, 孝义市
    region: Place | None = None
    year: int | None = None
    date: str | None = None  # YYYY-MM-DD


@dataclass(slots=True)
class OffsetMap:
    """Maps a position of the view to the position of the same character in the text.

    ``breaks`` holds (view_position, text_position) pairs where the two stop aligning;
    with no deletions it is empty and the map is the identity.
    """

    breaks: list[tuple[int, int]] = field(default_factory=list)
    _keys: list[int] = field(default_factory=list)
    _text_keys: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._keys = [v for v, _ in self.breaks]
        self._text_keys = [t for _, t in self.breaks]

    def to_text(self, view_pos: int) -> int:
        if not self.breaks:
            return view_pos
        i = bisect.bisect_right(self._keys, view_pos) - 1
        if i < 0:
            return view_pos
        v, t = self.breaks[i]
        return t + (view_pos - v)

    def to_view(self, text_pos: int) -> int:
        """The view position of the text's character at ``text_pos``; for a character the view
        dropped, the position of the first one it kept after it."""
        if not self.breaks:
            return text_pos
        i = bisect.bisect_right(self._text_keys, text_pos) - 1
        v, t = self.breaks[i] if i >= 0 else (0, 0)
        next_v = self._keys[i + 1] if i + 1 < len(self._keys) else None
        pos = v + (text_pos - t)
        return pos if next_v is None else min(pos, next_v)

    def span_to_text(self, start: int, end: int) -> tuple[int, int]:
        """The text span of view[start:end]; the end follows the last character."""
        if end <= start:
            pos = self.to_text(start)
            return pos, pos
        return self.to_text(start), self.to_text(end - 1) + 1


def _align_view(text: str, view: str, offsets: OffsetMap) -> str:
    """The view's characters put back at the text's positions (see ``Report.aligned_view``)."""
    if not offsets.breaks:
        return view if len(view) == len(text) else text
    pieces: list[str] = []
    text_end = 0  # where the text's last aligned run ended
    runs = [(0, 0), *offsets.breaks]
    for k, (view_start, text_start) in enumerate(runs):
        view_end = runs[k + 1][0] if k + 1 < len(runs) else len(view)
        if text_start < text_end:
            return text  # (a view that inserted characters has no place in the text for them)
        pieces.append(text[text_end:text_start])  # what the view dropped, as written
        pieces.append(view[view_start:view_end])
        text_end = text_start + view_end - view_start
    pieces.append(text[text_end:])
    aligned = "".join(pieces)
    return aligned if len(aligned) == len(text) else text


@dataclass(slots=True)
class Report:
    """One input file, decoded.

    ``text`` is the decoded text of the file; every offset fazhi reports points into it.
    ``view`` is what the extractors read: Traditional characters converted to Simplified,
    full-width letters and digits made half-width, web-page debris blanked out, and some
    characters dropped (pinyin residue, a PDF's line ends inside a word, letter spacing).
    ``offsets`` maps a position of ``view`` back to ``text`` (the identity where nothing was
    dropped), so a span found in ``view`` is reported as a span of ``text``.
    """

    doc_id: str  # the file name: 000_3524ee81c110156f.txt
    path: str
    text: str
    view: str
    metadata: ReportMetadata = field(default_factory=ReportMetadata)
    encoding: str = "utf-8"
    sha256: str = ""
    warnings: list[str] = field(default_factory=list)
    offsets: OffsetMap = field(default_factory=lambda: OffsetMap())
    _aligned_view: str | None = field(default=None, repr=False, compare=False)

    def aligned_view(self) -> str:
        """``text`` with every character the view kept in its view form, and the characters the
        view dropped as written: the view's reading at the text's offsets. Resolve reads the
        words around a mention in it, so that a Traditional report's 學習《憲法》 is studied as
        学习《宪法》 is."""
        if self._aligned_view is None:
            self._aligned_view = _align_view(self.text, self.view, self.offsets)
        return self._aligned_view

    def view_of(self, start: int, end: int) -> str:
        """The normalised view of a span of ``text``: without the characters the view dropped
        (pinyin residue, a PDF's line ends, letter spacing), Traditional ones made Simplified."""
        if not self.offsets.breaks:
            return self.aligned_view()[start:end]
        return self.view[self.offsets.to_view(start):self.offsets.to_view(end)]


@dataclass(slots=True)
class Mention:
    """A span of a report that an nlp component recognised.

    ``text`` is the original ``report.text[start:end]``; ``norm`` the same span of the
    normalised view. ``rule`` names the rule that found it, so that evaluation can say
    which rule won or lost an entity.
    """

    label: MentionLabel
    start: int
    end: int
    text: str
    norm: str
    rule: str
    sentence: int = -1  # index into the document's sentence list
    # label-specific readings made by the recogniser (not resolution):
    inner: tuple[int, int] | None = None  # CITATION: span of the title without its marks
    nested_in: int | None = None  # CITATION: index of the mention that contains this one
    # CITATION: the title without marks (normalised); TRIGGER: the relation it signals;
    # DOC_NUMBER: the normalised number; ORGANIZATION/MEASURE: the type its head gives
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class ExtractedDocument:
    """What the nlp stage hands to resolve: the report, its sentences and its mentions."""

    report: Report
    sentences: list[Sentence]
    mentions: list[Mention]
    # one string per sentence, however many relations quote it as evidence (a run-on
    # sentence of a garbled file may hold thousands of mentions)
    _sentence_texts: dict[int, str] = field(default_factory=dict, repr=False, compare=False)

    def sentence_text(self, index: int) -> str:
        if index < 0 or index >= len(self.sentences):
            return ""
        text = self._sentence_texts.get(index)
        if text is None:
            s = self.sentences[index]
            text = self._sentence_texts[index] = self.report.text[s.start : s.end]
        return text


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation is stated: the report, the character span and its sentence."""

    doc_id: str
    start: int
    end: int
    sentence: str


@dataclass(slots=True)
class Entity:
    """One regulation, organization, measure or place of one report, canonically named.

    ``key`` is the canonical identity: two reports that cite the same thing produce
    entities with the same key, and the graph merges them into one node.
    """

    kind: Kind
    key: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # regulations
    doc_number: str | None = None
    doc_number_note: str | None = None  # why a 文号 was repaired or left as written
    issuer: str | None = None  # canonical name of the issuing body
    issuer_key: str | None = None
    relation: str | None = None  # the reporting body's relation: issues/implements/studies/mentions
    level: str | None = None  # gazetteer level of a national law or regulation
    gazetteer_title: str | None = None  # official title when the gazetteer knows it
    version: str | None = None  # version date in force in the report's year
    expired: bool | None = None
    unresolved: str | None = None  # why a citation matched nothing in the gazetteer
    # organizations and places
    place_code: str | None = None
    parent_key: str | None = None  # SUB_ORGANIZATION_OF / PART_OF target
    implied: bool = False  # organizations: not named by the report, added as the parent of one it names
    # measures
    broader: list[str] = field(default_factory=list)  # keys of broader measures


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge between two entities (or the report and an entity), with evidence."""

    type: EdgeType
    source: str  # entity key
    target: str  # entity key
    evidence: Evidence | None = None


# A report's entity key is its file name under this prefix: report:000_3524ee81c110156f.txt
REPORT_KEY_PREFIX = "report:"


def report_key(doc_id: str) -> str:
    return REPORT_KEY_PREFIX + doc_id


def report_doc_id(key: str) -> str:
    """The file name of the report whose entity key is ``key``."""
    return key.removeprefix(REPORT_KEY_PREFIX)


@dataclass(slots=True)
class ReportInfo:
    """The report's own fields, resolved (ANNOTATION.md section 4)."""

    doc_id: str
    key: str
    title: str | None
    publisher: str | None  # canonical organization name
    publisher_key: str | None
    region: str | None  # full official path: 山西省吕梁市孝义市
    region_code: str | None
    year: int | None
    date: str | None
    sha256: str = ""
    path: str = ""


@dataclass(slots=True)
class DocumentResult:
    """Everything fazhi learned from one report: the map step's output."""

    report: ReportInfo
    entities: list[Entity]
    relations: list[Relation]
    warnings: list[str] = field(default_factory=list)

    def of_kind(self, kind: Kind) -> list[Entity]:
        return [e for e in self.entities if e.kind is kind]
