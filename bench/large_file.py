"""Benchmark: one very large report file through the whole build (ingest, nlp, resolve,
cache JSON, graph, RDF, exports, store), to show that time grows linearly with its size
and memory stays a small multiple of the file.

    .venv/bin/python bench/large_file.py                          # 1, 4, 16 MB: ingest, nlp, resolve
    .venv/bin/python bench/large_file.py --upto ingest --mb 50    # the 50 MB file of issue 9, ingest
    .venv/bin/python bench/large_file.py --upto build --mb 0.5 1 2   # and the graph, RDF, exports, store

Each size runs in a fresh process, so that its peak resident memory is its own. The file
is made by repeating the seed reports (and the provincial reports of ../shared/corpus when
present) in UTF-8. Linear time shows as a constant chars per CPU second per stage across
sizes (CPU time, so that other work on the machine does not blur it).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "gov-work-reports-2026"

MEASURE = r'''
import atexit, json, resource, shutil, sys, tempfile, time
from pathlib import Path

def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

path, upto = sys.argv[1], sys.argv[2]
rows = []  # (stage, wall seconds, CPU seconds, peak RSS MB after it)

def stage(name, run):
    started, cpu = time.perf_counter(), time.process_time()
    value = run()
    rows.append((name, time.perf_counter() - started, time.process_time() - cpu, rss()))
    return value

from fazhi.ingest import read_report
if upto != "ingest":
    from fazhi.nlp import default_pipeline, extract_mentions
    from fazhi.resolve.document import resolve_document
    from fazhi.serialize import result_to_json
    default_pipeline()
rows.append(("(start)", 0.0, 0.0, rss()))
report = stage("ingest", lambda: read_report(path))
chars, extra = len(report.text), {}
if upto != "ingest":
    doc = stage("nlp", lambda: extract_mentions(report))
    result = stage("resolve", lambda: resolve_document(doc))
    extra["mentions"] = len(doc.mentions)
    del doc, report
    from fazhi.report_map import ResultCache
    cache_dir = tempfile.mkdtemp(prefix="fazhi-bench-")
    atexit.register(shutil.rmtree, cache_dir, True)  # a 16 MB report leaves ~100 MB of cache
    cache = ResultCache(Path(cache_dir))
    stage("cache JSON", lambda: cache.put("0" * 64, result))
if upto == "build":
    # the rest of the map (the report's RDF, sorted in bounded runs), then the reduce as
    # `fazhi build` runs it: graph, RDF and graph exports, lookup index, store
    from fazhi.build import reduce_outcomes
    from fazhi.report_map import MapOutcome
    from fazhi.kg.rdf_files import count_lines
    stage("RDF part", lambda: cache.put("0" * 64, result, rdf=True))
    extra["quads"] = count_lines(cache.rdf_paths("0" * 64, result.report.doc_id)[1])
    outcome = MapOutcome(path, result.report.doc_id, "0" * 64)
    del result
    with tempfile.TemporaryDirectory() as out:
        summary, _ = stage("reduce", lambda: reduce_outcomes([outcome], store=Path(out) / "graph" / "store",
                                                          exports=Path(out) / "exports", cache_dir=Path(cache_dir),
                                                          keep_graph=False))
        for phase, seconds in summary.phases.items():
            rows.append(("  " + phase, seconds, 0.0, rss()))
print(json.dumps({"chars": chars, "rows": rows, **extra}))
'''


def make_file(path: Path, megabytes: float) -> None:
    sources = sorted((ROOT / "seeds").glob("*.txt")) + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])
    blob = "\n".join(p.read_text(encoding="utf-8") for p in sources).encode("utf-8")
    target = int(megabytes * 2**20)
    with open(path, "wb") as fh:
        written = 0
        while written < target:
            piece = blob[: target - written]
            fh.write(piece)
            written += len(piece)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1, 4, 16], help="file sizes in MB")
    parser.add_argument("--upto", choices=["ingest", "map", "build"], default="map",
                        help="ingest: read_report only; map: + nlp, resolve, cache JSON; build: + graph, RDF, exports, store")
    args = parser.parse_args()
    print(f"{'MB':>5} {'chars':>10}  {'stage':<14} {'wall s':>8} {'CPU s':>8} {'chars/CPU s':>11} {'peak RSS MB':>12}")
    for mb in args.mb:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"report-{mb}mb.txt"
            make_file(path, mb)
            run = subprocess.run([sys.executable, "-c", MEASURE, str(path), args.upto], capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stderr[-3000:], file=sys.stderr)
                sys.exit(1)
            out = json.loads(run.stdout.strip().splitlines()[-1])
        for stage, seconds, cpu, peak in out["rows"]:
            speed = f"{out['chars'] / cpu:>11.0f}" if cpu else f"{'':>11}"
            print(f"{mb:>5g} {out['chars']:>10}  {stage:<14} {seconds:>8.1f} {cpu:>8.1f} {speed} {peak:>12.0f}")
        counts = ", ".join(f"{k} {out[k]}" for k in ("mentions", "quads") if k in out)
        if counts:
            print(f"{'':>17}  {counts}")


if __name__ == "__main__":
    main()
