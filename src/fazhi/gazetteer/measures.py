"""Nationally known policy instruments (放管服改革, 行政执法三项制度 and its three parts, 一网通办 …):
their canonical names, types, written variants and broader instruments, from
``data/lexicons/measure_gazetteer.tsv``. The recogniser matches the written forms; resolution
names each match canonically.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from fazhi.lexicon import read_rows
from fazhi.text import normalize_title


@dataclass(frozen=True, slots=True)
class KnownMeasure:
    """One row of the gazetteer."""

    name: str  # canonical: 行政执法三项制度
    type: str  # reform | system | mechanism | campaign | model | platform | service | other
    variants: tuple[str, ...]  # other written forms, without quotation marks: 三项制度
    quoted_only: frozenset[str]  # forms that name it only when quoted: 一站式 (but 一站式接待)
    broader: str | None  # canonical name of the instrument this one is part of
    context: str | None  # a form lacking this word names the instrument only near it: 执法
    # named as the report writes it, not by the canonical name: the written forms differ in what
    # they name (一村(居)一法律顾问 and 一村(居、社区)一法律顾问 cover other places; 法律六进 and
    # 法律七进 other sectors), and reports and annotators keep them apart
    as_written: bool = False
    # named by the canonical name, but where a report writes the name quoted and with its head
    # noun, by both (“渝快办”政务服务平台 → 渝快办政务服务平台, as seeds/003's gold has it)
    with_head: bool = False

    def needs_context(self, form: str) -> bool:
        return bool(self.context) and self.context not in form


@dataclass(frozen=True, slots=True)
class MeasureGazetteer:
    entries: tuple[KnownMeasure, ...]
    by_form: dict[str, tuple[KnownMeasure, ...]]  # comparison form (normalize_title) → entries
    by_name: dict[str, KnownMeasure]

    def forms(self) -> list[str]:
        """Every written form (canonical names and variants)."""
        out: list[str] = []
        for entry in self.entries:
            out.append(entry.name)
            out.extend(entry.variants)
        return out

    def unquoted_forms(self) -> list[str]:
        """The forms that name an instrument also where a report does not quote them: four
        characters or more (三项制度, 一网通办) or a 制 system (河长制); 一站式 only when quoted."""
        return [f for e in self.entries for f in (e.name, *e.variants)
                if f not in e.quoted_only and (len(f) >= 4 or (len(f) == 3 and f.endswith("制")))]

    def candidates(self, written: str) -> tuple[KnownMeasure, ...]:
        """The instruments a written form can name (several where context decides: 合法性审查)."""
        return self.by_form.get(normalize_title(written), ())

    def lookup(self, written: str, context: str = "", position: int = 0) -> KnownMeasure | None:
        """The instrument ``written`` names, given the text around it (its sentence, in which
        the form stands at ``position``).

        A form that lacks an entry's context word names it only when the word is in
        ``context``; of several such entries the one whose context word is nearest wins.
        """
        best: KnownMeasure | None = None
        best_distance = None
        for entry in self.candidates(written):
            if not entry.needs_context(written):
                return entry
            distance = _distance(context, entry.context, position)
            if distance is not None and (best_distance is None or distance < best_distance):
                best, best_distance = entry, distance
        return best


def _distance(text: str, word: str, position: int) -> int | None:
    """How far the nearest occurrence of ``word`` in ``text`` is from ``position``."""
    best = None
    at = text.find(word)
    while at >= 0:
        distance = abs(at - position)
        best = distance if best is None else min(best, distance)
        at = text.find(word, at + 1)
    return best


@lru_cache(maxsize=1)
def measure_gazetteer() -> MeasureGazetteer:
    entries = []
    for row in read_rows("measure_gazetteer.tsv"):
        row = row + ("",) * (6 - len(row))
        name, mtype, variants, broader, context, naming = row[:6]
        written = [v for v in variants.split("|") if v]
        quoted = frozenset(v.strip("“”") for v in written if v.startswith("“"))
        forms = tuple(dict.fromkeys(v.strip("“”") for v in written if v.strip("“”") != name))
        entries.append(KnownMeasure(name, mtype or "other", forms, quoted, broader or None, context or None,
                                    naming == "as_written", naming == "with_head"))
    by_form: dict[str, list[KnownMeasure]] = {}
    for entry in entries:
        for form in (entry.name, *entry.variants):
            bucket = by_form.setdefault(normalize_title(form), [])
            if entry not in bucket:
                bucket.append(entry)
    return MeasureGazetteer(tuple(entries), {k: tuple(v) for k, v in by_form.items()},
                            {e.name: e for e in entries})
