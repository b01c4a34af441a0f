"""fazhi's benchmark: ``.venv/bin/python -m bench`` measures every figure of issue 8 and
appends them, with the machine, date, commit and load, to ``bench/results.jsonl``, then
rewrites ``bench/RESULTS.md`` (the table of every run) from that file.

Workloads: the seeds; the 31 provincial reports (``../shared/corpus``); simulated corpora
of 1k and 10k reports (``bench/simulate.py``, written once under ``bench/corpus/``, which
git ignores). ``--quick`` measures extraction only; ``--scale 1k`` skips the 10k corpus.
See ``bench/README.md``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from bench import probe, queries, report, throughput

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
CORPORA = BENCH / "corpus"
RESULTS = BENCH / "results.jsonl"
PROVINCIAL = ROOT.parent / "shared" / "corpus" / "gov-work-reports-2026"
SCALES = {"100": 100, "1k": 1000, "10k": 10000}  # 100: a smoke test of the harness
# Worker counts each scale is built with by default: the speed-up is measured at 1k; at 10k
# one cold build (with the machine's two cores) is long enough.
DEFAULT_WORKERS = {"100": [1, 2], "1k": [1, 2], "10k": [2]}


def machine() -> dict:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())
    mem_kb = next(int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines()
                  if ln.startswith("MemTotal"))
    import pyoxigraph
    import spacy

    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem_kb / 1024 / 1024, 1),
            "python": platform.python_version(), "spacy": spacy.__version__, "pyoxigraph": pyoxigraph.__version__,
            "os": platform.platform()}


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    head = git("rev-parse", "--short", "HEAD")
    dirty = git("status", "--porcelain", "--untracked-files=no", "--", "src")
    return head + ("+dirty" if dirty else "")


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def corpus(scale: str, kind: str = "mixed") -> Path:
    """The simulated corpus of this scale and kind (``bench.simulate.CORPUS_SOURCES``), written
    once (delete the folder to rewrite it)."""
    from bench.simulate import CORPUS_SOURCES, write_corpus

    path = CORPORA / (f"sim-{scale}" if kind == "mixed" else f"sim-{scale}-{kind}")
    if not (path / "manifest.tsv").exists():
        print(f"bench: simulating {SCALES[scale]} reports ({kind}) into {path} …", file=sys.stderr)
        write_corpus(path, SCALES[scale], CORPUS_SOURCES[kind])
    return path


def extraction(rounds: int) -> dict:
    out = {}
    for name, folder in (("seeds", ROOT / "seeds"), ("provincial", PROVINCIAL)):
        paths = sorted(folder.glob("*.txt"))
        if not paths:
            continue
        print(f"bench: extraction throughput on {name} …", file=sys.stderr)
        result = throughput.measure(paths, name, rounds)
        out[name] = {"reports": result.reports, "chars": result.chars, "ratio": result.ratio,
                     "map_ratio": result.map_ratio, "ratio_rounds": result.ratio_rounds,
                     "ratio_without_recognisers": result.ratio_without_recognisers,
                     "recogniser_budget_chars_per_s": result.recogniser_budget(),
                     "chars_per_s": result.chars_per_s, "components": result.components}
    paths = sorted(PROVINCIAL.glob("*.txt"))
    if paths:
        print("bench: profiling the map on the provincial corpus …", file=sys.stderr)
        stages, functions = throughput.profile_map(paths)
        out["profile"] = {"stages": stages, "functions": functions}
    return out


BUILD_RUNS = ("cold", "warm", "changed", "map")
# What the "changed" run adds to one report: a national law cited by most reports, a body and
# measures, so that the rebuild touches some of the best connected nodes of the graph.
CHANGED_PARAGRAPH = ("\n本年度，我们认真贯彻《中华人民共和国行政复议法》，县司法局推行“枫桥式”调解工作法，"
                     "建立健全行政执法“三项制度”。\n")


def build_runs(scale: str, workers: list[int], runs: tuple[str, ...] = BUILD_RUNS, work: Path | None = None,
               kind: str = "mixed") -> dict:
    """Cold builds (empty cache) with each number of workers, a rebuild with everything
    cached, a rebuild after one report changed, and the map alone (extraction memory);
    ``runs`` picks which (a 10k corpus takes about ten minutes a run on two cores)."""
    path = corpus(scale, kind)
    out: dict = {"reports": sum(1 for _ in path.glob("*.txt")),
                 "chars": sum(len(p.read_text(encoding="utf-8")) for p in path.glob("*.txt"))}
    work = work or CORPORA / f"build-{scale}"
    for n in workers if "cold" in runs else ():
        shutil.rmtree(work, ignore_errors=True)
        print(f"bench: fazhi build {scale} --workers {n} (cold) …", file=sys.stderr)
        out[f"cold_workers_{n}"] = _measured("build", str(path), str(work), str(n))
    if "warm" in runs:
        print(f"bench: fazhi build {scale} again (all cached) …", file=sys.stderr)
        out["warm"] = _measured("build", str(path), str(work), str(max(workers)))
    files = sorted(path.glob("*.txt"))
    changed = files[len(files) // 2]
    original = changed.read_bytes()
    if "changed" in runs:
        try:
            changed.write_bytes(original + CHANGED_PARAGRAPH.encode("utf-8"))
            print(f"bench: fazhi build {scale} --no-exports after one report changed …", file=sys.stderr)
            out["one_changed"] = _measured("build", str(path), str(work), str(max(workers)), "no-exports")
        finally:
            changed.write_bytes(original)
    out["store"] = str(work / "graph" / "store")
    if "map" in runs:
        shutil.rmtree(CORPORA / f"map-{scale}", ignore_errors=True)
        print(f"bench: the map alone on {scale} (extraction memory) …", file=sys.stderr)
        out["map_only"] = _measured("map", str(path), str(CORPORA / f"map-{scale}"), str(max(workers)))
        shutil.rmtree(CORPORA / f"map-{scale}", ignore_errors=True)
    return out


def _measured(*args: str) -> dict:
    m = probe.run_measured(probe.python_args(*args))
    if m.returncode != 0:
        print(m.stderr, file=sys.stderr)
    phases = ", ".join(f"{k} {v:.1f} s" for k, v in m.output.get("phases", {}).items())
    print(f"bench:   {m.wall_s:.1f} s, peak {m.peak_rss_mb:.0f} MB{'; ' + phases if phases else ''}", file=sys.stderr)
    return {"wall_s": m.wall_s, "peak_rss_mb": m.peak_rss_mb, "returncode": m.returncode, **m.output}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Measure fazhi's speed and memory.")
    parser.add_argument("--quick", action="store_true", help="extraction throughput only")
    parser.add_argument("--scale", choices=tuple(SCALES), action="append",
                        help="simulated corpora to build (default: 1k and 10k)")
    parser.add_argument("--workers", type=int, action="append",
                        help="worker counts to build with (default: 1 and 2 at 1k, 2 at 10k)")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds of the throughput measure")
    parser.add_argument("--no-extraction", action="store_true", help="skip the throughput measure (builds only)")
    parser.add_argument("--runs", default=",".join(BUILD_RUNS),
                        help=f"build runs to make, of {','.join(BUILD_RUNS)} (default: all)")
    parser.add_argument("--work", type=Path, help="folder for the builds (default bench/corpus/build-SCALE; "
                        "one scale at a time), e.g. to keep a store that something else reads")
    parser.add_argument("--corpus", choices=("mixed", "rule-of-law"), default="mixed",
                        help="what the simulated reports are made from (bench/simulate.py, CORPUS_SOURCES): "
                        "seeds and provincial work reports (default), or the rule-of-law reports (seeds) alone")
    parser.add_argument("--note", default="", help="a note stored with the run")
    parser.add_argument("--no-record", action="store_true", help="print, do not append to results.jsonl")
    args = parser.parse_args(argv)
    run: dict = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "commit": commit(),
                 "machine": machine(), "load_before": load(), "note": args.note, "corpus": args.corpus}
    started = time.perf_counter()
    run["extraction"] = {} if args.no_extraction else extraction(args.rounds)
    if not args.quick:
        run["builds"] = {}
        run["queries"] = {}
        for scale in args.scale or ["1k", "10k"]:
            run["builds"][scale] = build_runs(scale, args.workers or DEFAULT_WORKERS[scale],
                                              tuple(args.runs.split(",")), args.work, args.corpus)
            print(f"bench: queries and lookups on the {scale} store …", file=sys.stderr)
            run["queries"][scale] = queries.measure(Path(run["builds"][scale]["store"]))
    run["load_after"] = load()
    run["bench_seconds"] = time.perf_counter() - started
    if not args.no_record:
        with RESULTS.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(run, ensure_ascii=False) + "\n")
        report.write_markdown(RESULTS, BENCH / "RESULTS.md")
    print(report.run_markdown(run))


if __name__ == "__main__":
    main()
