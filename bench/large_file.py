"""Benchmark: one very large report file through the whole build (ingest, nlp, resolve,
cache JSON, graph, RDF, exports, store), to show that time grows linearly with its size
and memory stays a small multiple of the file.

    .venv/bin/python bench/large_file.py                 # 1, 4 and 16 MB
    .venv/bin/python bench/large_file.py --mb 50         # the 50 MB file of issue 9

Each size runs in a fresh process, so that its peak resident memory is its own. The file
is made by repeating the seed reports (and the provincial reports of ../shared/corpus when
present) in UTF-8. Linear time shows as a constant chars/s per stage across sizes.
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
import json, resource, sys, tempfile, time
from pathlib import Path
from fazhi.ingest import read_report
from fazhi.kg.export import write_graph_formats, write_rdf
from fazhi.kg.graph import build_graph
from fazhi.kg.rdf import dataset_quads
from fazhi.kg.store import write_store
from fazhi.nlp import default_pipeline, extract_mentions
from fazhi.resolve.document import resolve_document
from fazhi.serialize import result_to_json

def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

default_pipeline()
times, peaks = {}, {"pipeline loaded": rss()}
t = time.perf_counter()
report = read_report(sys.argv[1]); times["ingest"] = time.perf_counter() - t; peaks["ingest"] = rss()
chars = len(report.text)
t = time.perf_counter()
doc = extract_mentions(report); times["nlp"] = time.perf_counter() - t; peaks["nlp"] = rss()
t = time.perf_counter()
result = resolve_document(doc); times["resolve"] = time.perf_counter() - t; peaks["resolve"] = rss()
mentions = len(doc.mentions)
del doc, report
t = time.perf_counter()
cached = json.dumps(result_to_json(result), ensure_ascii=False); times["cache json"] = time.perf_counter() - t
with tempfile.TemporaryDirectory() as out:
    t = time.perf_counter()
    graph = build_graph([result]); quads = dataset_quads([result], graph)
    write_rdf(quads, Path(out) / "exports"); write_graph_formats(graph, Path(out) / "exports", ("graphml", "gexf"))
    write_store(Path(out) / "store", quads); times["graph, exports, store"] = time.perf_counter() - t
peaks["end"] = rss()
print(json.dumps({"chars": chars, "mentions": mentions, "quads": len(quads), "times": times, "peak_mb": peaks}))
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
    args = parser.parse_args()
    print(f"{'MB':>5} {'chars':>10} {'stage':<22} {'seconds':>8} {'chars/s':>10} {'peak RSS MB':>12}")
    for mb in args.mb:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"report-{mb}mb.txt"
            make_file(path, mb)
            run = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stderr[-3000:], file=sys.stderr)
                sys.exit(1)
            out = json.loads(run.stdout.strip().splitlines()[-1])
        for stage, seconds in out["times"].items():
            peak = out["peak_mb"].get(stage.split(",")[0], out["peak_mb"]["end"])
            print(f"{mb:>5g} {out['chars']:>10} {stage:<22} {seconds:>8.1f} {out['chars'] / max(seconds, 1e-9):>10.0f} {peak:>12.0f}")
        print(f"{mb:>5g} {out['chars']:>10} {'(pipeline loaded)':<22} {'':>8} {'':>10} {out['peak_mb']['pipeline loaded']:>12.0f}"
              f"   mentions {out['mentions']}, quads {out['quads']}")


if __name__ == "__main__":
    main()
