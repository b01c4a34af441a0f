"""Turn measure mentions into measure entities: canonical name (quotes dropped, head noun
kept), type from the head noun (ANNOTATION.md section 3), one entity per name per report."""
from __future__ import annotations

import re

from fazhi.model import Entity, ExtractedDocument, Kind, MentionLabel
from fazhi.resolve.spans import SpanIndex
from fazhi.text import normalize_title, squeeze

# Quotation marks and spaces that a measure's canonical name drops: “放管服”改革 → 放管服改革
QUOTES = re.compile(r"[“”\"‘’'「」\s]")


def canonical_measure_name(written: str) -> str:
    return QUOTES.sub("", written).strip("、,，")


def measure_key(name: str) -> str:
    return "measure:" + normalize_title(name)


def resolve_measures(doc: ExtractedDocument) -> list[Entity]:
    # a measure inside a cited title or a 文号 is part of that document's name, not a measure
    blocked = SpanIndex((m.start, m.end) for m in doc.mentions
                        if m.label in (MentionLabel.CITATION, MentionLabel.DOC_NUMBER) and m.rule != "gazetteer_bare_name")
    entities: dict[str, Entity] = {}
    for m in doc.mentions:
        if m.label is not MentionLabel.MEASURE or blocked.contains(m.start, m.end):
            continue
        written = squeeze(m.norm)
        name = canonical_measure_name(written)
        if len(name) < 2:
            continue
        key = measure_key(name)
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = Entity(kind=Kind.MEASURE, key=key, name=name, type=m.value or "other")
        if written != entity.name and written not in entity.aliases:
            entity.aliases.append(written)
        entity.mentions.append(m)
    return list(entities.values())
