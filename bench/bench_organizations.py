"""Throughput of the organization recogniser on the provincial corpus (no gold; speed only).

usage: python bench/bench_organizations.py [CORPUS_DIR]

Prints chars/s of ``find_organizations`` on whole reports, of the ``fz_organizations``
component on paragraph docs (what the pipeline runs; it pays spaCy's ``Doc.text``), and of
resolving the mentions found (a first pass, as the pipeline does it: each report's context
remembers the names it resolved). Times are process CPU time, best of several runs: the machine
is shared, and wall-clock time there measures the neighbours as much as the code.
"""
from __future__ import annotations

import glob
import sys
import time
from pathlib import Path

import spacy

from fazhi.ingest import read_report
from fazhi.nlp import paragraph_chunks
from fazhi.nlp.organizations import find_organizations
from fazhi.nlp.pipeline import create_pipeline
from fazhi.resolve.context import ReportContext
from fazhi.resolve.organizations import resolve_organizations

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "corpus" / "gov-work-reports-2026")


def best_of(runs: int, work) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    t0 = time.perf_counter()
    nlp = create_pipeline(("fz_sentences", "fz_doc_numbers", "fz_organizations"))
    print(f"pipeline built in {time.perf_counter() - t0:.2f} s")
    reports = [read_report(p) for p in sorted(glob.glob(f"{CORPUS}/*.txt"))]
    views = [r.view for r in reports]
    n = sum(map(len, views))
    seconds = best_of(5, lambda: [find_organizations(v) for v in views])
    print(f"find_organizations: {n / seconds / 1e6:.1f} M chars/s ({n} chars, {len(reports)} reports)")

    chunks = [c for v in views for _, c in paragraph_chunks(v)]
    bare = spacy.blank("zh")
    component = nlp.get_pipe("fz_organizations")
    seconds = best_of(3, lambda: [d.text for d in [bare.make_doc(c) for c in chunks]]) - \
        best_of(3, lambda: [bare.make_doc(c) for c in chunks])
    print(f"spaCy Doc.text alone: {n / seconds / 1e6:.2f} M chars/s")
    docs = [bare.make_doc(c) for c in chunks]
    seconds = best_of(1, lambda: [component(d) for d in docs])
    print(f"fz_organizations component, first to read each doc's text: {n / seconds / 1e6:.2f} M chars/s")
    seconds = best_of(3, lambda: [component(d) for d in docs])
    print(f"fz_organizations component, text already read (nlp.spans.doc_text): {n / seconds / 1e6:.1f} M chars/s")

    found = [[v[o.start:o.end] for o in find_organizations(v)] for v in views]
    mentions = sum(map(len, found))

    def resolve_all() -> None:
        for report, names in zip(reports, found):
            ctx = ReportContext.for_report(report)
            for name in names:
                resolve_organizations(name, ctx)

    seconds = best_of(3, resolve_all)
    print(f"resolve_organizations: {mentions / seconds:.0f} mentions/s ({mentions} mentions)")


if __name__ == "__main__":
    main()
