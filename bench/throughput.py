"""Extraction throughput, as a ratio to spaCy's bare blank-``zh`` tokenizer on the same text
in the same run, per component, and a profile of where the time goes.

The text is what the pipeline reads: each report's normalised view, cut into the pieces
``fazhi.nlp.paragraph_chunks`` feeds to spaCy. The bare tokenizer reads exactly those pieces.
Every figure is characters of the views per second in one process (one core). Rounds are
interleaved (bare, fazhi, bare, fazhi …) and the best round of each is kept, so that load
from other processes on the machine hits both alike.
"""
from __future__ import annotations

import cProfile
import gc
import pstats
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import spacy

from fazhi.ingest import read_report
from fazhi.model import Report
from fazhi.nlp import extract_reports, paragraph_chunks
from fazhi.nlp.pipeline import COMPONENTS, create_pipeline

# The components issues 3, 4 and 5 rewrite; the rest is plumbing (tokenizer, sentences, triggers, mentions).
RECOGNISERS = ("fz_citations", "fz_law_names", "fz_doc_numbers", "fz_organizations", "fz_measures")
from fazhi.resolve.document import resolve_document


@dataclass
class Throughput:
    """Characters per second per core of each stage over one workload."""

    workload: str
    reports: int
    chars: int
    rounds: int
    chars_per_s: dict[str, float] = field(default_factory=dict)  # stage → best round
    ratio_rounds: list[float] = field(default_factory=list)  # extract ÷ bare tokenizer, round by round
    components: dict[str, float] = field(default_factory=dict)  # component → chars/s on its own

    @property
    def ratio(self) -> float:
        """fazhi's extraction (spaCy pipeline + mentions) ÷ the bare tokenizer."""
        return self.chars_per_s["extract"] / self.chars_per_s["bare_tokenizer"]

    @property
    def ratio_without_recognisers(self) -> float:
        """What extraction would reach if the five recognisers cost nothing."""
        return self.chars_per_s["extract_without_recognisers"] / self.chars_per_s["bare_tokenizer"]

    def recogniser_budget(self, target: float = 0.75) -> float | None:
        """Characters per second the five recognisers must reach together for ``target``
        (each alone five times that, if they share the time equally); None if out of reach."""
        allowed = 1 / (target * self.chars_per_s["bare_tokenizer"])
        spare = allowed - 1 / self.chars_per_s["extract_without_recognisers"]
        return 1 / spare if spare > 0 else None

    @property
    def map_ratio(self) -> float:
        """The whole per-report map (file → ingest → extract → resolve) ÷ the bare tokenizer."""
        return self.chars_per_s["map"] / self.chars_per_s["bare_tokenizer"]


def _best(seconds: list[float]) -> float:
    return min(seconds)


def measure(paths: list[Path], workload: str, rounds: int = 3) -> Throughput:
    """Time each stage over ``paths``; ``rounds`` interleaved rounds, best kept."""
    reports = [read_report(p) for p in paths]
    chunks = [text for r in reports for _, text in paragraph_chunks(r.view)]
    chars = sum(len(r.view) for r in reports)
    bare = spacy.blank("zh")  # spaCy's own ChineseTokenizer, char segmenter (the default)
    nlp = create_pipeline()
    plumbing = create_pipeline(tuple(c for c in COMPONENTS if c not in RECOGNISERS))
    # warm up: pattern compilation, gazetteer loading, lexeme creation
    for r in reports[:2]:
        resolve_document(next(extract_reports([r], nlp)))
    for text in chunks[:50]:
        bare.make_doc(text)

    timings: dict[str, list[float]] = defaultdict(list)

    def timed(name: str, work) -> None:
        gc.collect()
        started = time.process_time()
        work()
        timings[name].append(time.process_time() - started)

    def run_bare() -> None:
        for text in chunks:
            bare.make_doc(text)

    def run_tokenizer() -> None:
        for text in chunks:
            nlp.make_doc(text)

    def run_extract() -> None:
        for _ in extract_reports(reports, nlp):
            pass

    def run_plumbing() -> None:
        for _ in extract_reports(reports, plumbing):
            pass

    def run_map() -> None:
        for path in paths:
            resolve_document(next(extract_reports([read_report(path)], nlp)))

    def run_ingest() -> None:
        for path in paths:
            read_report(path)

    for _ in range(rounds):
        timed("bare_tokenizer", run_bare)
        timed("fazhi_tokenizer", run_tokenizer)
        timed("extract", run_extract)
        timed("bare_tokenizer", run_bare)
        timed("extract_without_recognisers", run_plumbing)
        timed("map", run_map)
        timed("ingest", run_ingest)
    result = Throughput(workload, len(reports), chars, rounds)
    result.chars_per_s = {name: chars / _best(seconds) for name, seconds in timings.items()}
    bare = timings["bare_tokenizer"]  # timed twice a round, around the extraction
    result.ratio_rounds = [min(bare[2 * i], bare[2 * i + 1]) / timings["extract"][i] for i in range(rounds)]
    result.components = component_throughput(nlp, chunks, chars, rounds)
    return result


def component_throughput(nlp, chunks: list[str], chars: int, rounds: int) -> dict[str, float]:
    """Each component on its own, on docs fazhi's tokenizer made (best of ``rounds``)."""
    out: dict[str, float] = {}
    for name in COMPONENTS:
        pipe = nlp.get_pipe(name)
        best = float("inf")
        for _ in range(rounds):
            docs = [nlp.make_doc(text) for text in chunks]
            # earlier components first: some read what the ones before them wrote
            for earlier in COMPONENTS[: COMPONENTS.index(name)]:
                docs = [nlp.get_pipe(earlier)(d) for d in docs]
            gc.collect()
            started = time.process_time()
            for doc in docs:
                pipe(doc)
            best = min(best, time.process_time() - started)
        out[name] = chars / best
    return out


# Where a function's own time is counted in the profile: the first matching path part.
STAGES = (
    ("fazhi/nlp/organizations", "nlp: organizations"),
    ("fazhi/nlp/measures", "nlp: measures"),
    ("fazhi/nlp/citations", "nlp: citations"),
    ("fazhi/nlp/law_names", "nlp: law names"),
    ("fazhi/nlp/doc_numbers", "nlp: doc numbers"),
    ("fazhi/nlp/sentences", "nlp: sentences"),
    ("fazhi/nlp/triggers", "nlp: triggers"),
    ("fazhi/nlp/tokenizer", "nlp: tokenizer"),
    ("fazhi/nlp/spans", "nlp: spans (add_span)"),
    ("fazhi/nlp/__init__", "nlp: chunks → mentions"),
    ("fazhi/ingest/metadata", "ingest: metadata"),
    ("fazhi/ingest/normalize", "ingest: view"),
    ("fazhi/ingest", "ingest: other"),
    ("fazhi/resolve", "resolve"),
    ("fazhi/gazetteer", "gazetteers"),
    ("fazhi/", "fazhi: other"),
    ("spacy/lang/zh", "spaCy: zh tokenizer"),
    ("doc.pyx", "spaCy: Doc"),
    ("token.pxd", "spaCy: Doc"),
    ("span", "spaCy: spans"),
    ("underscore", "spaCy: spans"),
    ("vocab", "spaCy: vocab"),
    ("spacy/", "spaCy: other"),
)


def _stage_of(filename: str, function: str) -> str:
    path = filename.replace("\\", "/")
    for part, stage in STAGES:
        if part in path:
            return stage
    if path == "~":  # built-ins: attribute them to what they are
        if "re.Pattern" in function or "_sre" in function:
            return "re (called from components)"
        return "builtins"
    if "/re/" in path:
        return "re (compiling patterns)"
    return "other"


def profile_map(paths: list[Path], top: int = 25) -> tuple[dict[str, float], list[tuple[str, float]]]:
    """cProfile of the per-report map over ``paths`` after a warm-up: own time per stage
    (share of the total) and the functions with most own time."""
    nlp = create_pipeline()
    for path in paths[:2]:
        resolve_document(next(extract_reports([read_report(path)], nlp)))
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        resolve_document(next(extract_reports([read_report(path)], nlp)))
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    by_stage: dict[str, float] = defaultdict(float)
    functions: list[tuple[str, float]] = []
    total = 0.0
    for (filename, line, function), (_, _, own, _, _) in stats.items():
        by_stage[_stage_of(filename, function)] += own
        total += own
        functions.append((f"{Path(filename).name}:{line}({function})", own))
    shares = {stage: seconds / total for stage, seconds in sorted(by_stage.items(), key=lambda kv: -kv[1])}
    functions.sort(key=lambda kv: -kv[1])
    return shares, [(name, seconds / total) for name, seconds in functions[:top]]


def view_chars(reports: list[Report]) -> int:
    return sum(len(r.view) for r in reports)
