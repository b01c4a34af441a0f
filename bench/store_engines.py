"""Which store engine answers fazhi's SPARQL cookbook interactively on a million triples?

Compares, on the same data and queries:
  rdflib-memory      rdflib's own in-memory store (rdflib.Dataset())
  oxrdflib-disk      Oxigraph on disk behind rdflib's API (oxrdflib), as
                     fazhi.kg.store.rdflib_dataset gives the built store to rdflib users
  pyoxigraph-memory  Oxigraph used directly, in memory
  pyoxigraph-disk    Oxigraph used directly, on disk, as fazhi's build, sparql and serve use it
and, for pyoxigraph, what a build costs: writing the store from scratch versus rewriting one
report's named graph (fazhi.kg.store.write_store).

The data is the seed export (exports/fazhi.trig) scaled up: each copy renames the reports,
their evidence nodes and named graphs and the organizations (local bodies), and shares the
regulations, measures and places, as a corpus of many counties citing the same national laws
would. Each engine runs in a process of its own (clean peak memory); each query runs
--repeat times and the median is reported (the first run included).

    .venv/bin/python bench/store_engines.py                       # 1 M triples → bench/results/store_engines.md
    .venv/bin/python bench/store_engines.py --triples 100000 --out /tmp/small.md
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "graph" / "queries"
ENGINES = ("rdflib-memory", "oxrdflib-disk", "pyoxigraph-memory", "pyoxigraph-disk")
ID = "https://w3id.org/fazhi/id/"
# IRIs renamed in each copy: the things that are local to one report or one county
LOCAL = (ID + "report/", ID + "evidence/", ID + "organization/", "https://w3id.org/fazhi/graph/report/")
QUERY_CAP_SECONDS = 300  # a query of a slow engine is abandoned after this


def scaled_dataset(source: Path, triples: int, out: Path) -> dict:
    """Write N-Quads of about ``triples`` quads, copies of ``source`` with local IRIs renamed."""
    import pyoxigraph as ox

    base = list(ox.parse(path=str(source), format=ox.RdfFormat.TRIG))
    local_quads = [q for q in base if any(isinstance(t, ox.NamedNode) and t.value.startswith(LOCAL)
                                           for t in (q.subject, q.object, q.graph_name))]
    local_set = set(local_quads)
    shared = [q for q in base if q not in local_set]
    copies = max(1, round((triples - len(shared)) / max(1, len(local_quads))))

    def rename(term, k):
        if isinstance(term, ox.NamedNode) and term.value.startswith(LOCAL):
            return ox.NamedNode(f"{term.value}-{k}")
        return term

    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for q in shared:
            fh.write(f"{q} .\n")
            count += 1
        for k in range(copies):
            for q in local_quads:
                fh.write(f"{rename(q.subject, k)} {q.predicate} {rename(q.object, k)} {rename(q.graph_name, k)} .\n")
                count += 1
    return {"quads": count, "copies": copies, "reports": copies * 5, "source_quads": len(base)}


def _queries() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(QUERIES.glob("*.rq"))]


class QueryTooSlow(Exception):
    pass


def _alarm(_signum, _frame):
    raise QueryTooSlow


def run_engine(engine: str, data: Path, repeat: int) -> dict:
    """Load ``data`` into ``engine`` and time every cookbook query; runs in its own process."""
    from fazhi.kg.rdf import PREFIXES

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workdir = Path(tempfile.mkdtemp(prefix="fazhi-bench-"))
    try:
        started = time.perf_counter()
        if engine.startswith("pyoxigraph"):
            import pyoxigraph as ox

            store = ox.Store(str(workdir / "store")) if engine.endswith("disk") else ox.Store()
            store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
            store.flush()

            def execute(text):
                result = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
                return 1 if isinstance(result, ox.QueryBoolean) else sum(1 for _ in result)

            def size():
                return len(store)

            def to_trig():
                return len(ox.serialize(store.quads_for_pattern(None, None, None), format=ox.RdfFormat.TRIG,
                                        prefixes=PREFIXES))
        else:
            import rdflib

            if engine == "oxrdflib-disk":
                import pyoxigraph as ox
                from oxrdflib import OxigraphStore

                on_disk = ox.Store(str(workdir / "store"))
                on_disk.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
                on_disk.flush()
                dataset = rdflib.Dataset(store=OxigraphStore(store=on_disk), default_union=True)
            else:
                dataset = rdflib.Dataset(default_union=True)
                dataset.parse(data, format="nquads")
            for prefix, iri in PREFIXES.items():
                dataset.bind(prefix, iri, override=True, replace=True)

            def execute(text):
                return sum(1 for _ in dataset.query(text, initNs=PREFIXES))

            def size():
                return sum(1 for _ in dataset.quads((None, None, None, None)))

            def to_trig():
                return len(dataset.serialize(format="ox-trig" if engine.startswith("ox") else "trig", encoding="utf-8"))
        load = time.perf_counter() - started
        quads = size()
        rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        results = {}
        signal.signal(signal.SIGALRM, _alarm)
        for name, text in _queries():
            times, rows = [], None
            for _ in range(repeat):
                t = time.perf_counter()
                signal.alarm(QUERY_CAP_SECONDS)
                try:
                    rows = execute(text)
                except QueryTooSlow:
                    times.append(float("inf"))
                    break
                finally:
                    signal.alarm(0)
                times.append(time.perf_counter() - t)
                if times[-1] > 30:  # slow enough that one run says it
                    break
            results[name] = {"seconds": statistics.median(times), "first": times[0], "rows": rows}
            print(f"{engine} {name}: {results[name]['seconds']:.3f} s, {rows} rows", file=sys.stderr, flush=True)
        t = time.perf_counter()
        signal.alarm(QUERY_CAP_SECONDS)
        try:
            written = to_trig()
            trig = time.perf_counter() - t
        except QueryTooSlow:
            written, trig = None, float("inf")
        finally:
            signal.alarm(0)
        out = {"engine": engine, "load_seconds": load, "quads": quads, "queries": results,
               "trig_seconds": trig, "trig_bytes": written,
               "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
               "loaded_rss_mb": (rss_loaded - rss_before) / 1024}
        if engine.endswith("disk"):
            out["disk_mb"] = sum(f.stat().st_size for f in (workdir / "store").rglob("*") if f.is_file()) / 2**20
        return out
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def run_store_update(data: Path) -> dict:
    """fazhi's write_store at this size: from scratch, then again with one report's graph changed."""
    import pyoxigraph as ox

    from fazhi.kg.store import write_store

    quads = list(ox.parse(path=str(data), format=ox.RdfFormat.N_QUADS))
    workdir = Path(tempfile.mkdtemp(prefix="fazhi-bench-"))
    try:
        t = time.perf_counter()
        first = write_store(workdir / "store", quads)
        scratch = time.perf_counter() - t
        t = time.perf_counter()
        write_store(workdir / "store", quads)
        unchanged = time.perf_counter() - t
        victim = next(q.graph_name for q in quads if "/graph/report/" in str(q.graph_name))
        changed = [q for q in quads if q.graph_name != victim or q.predicate.value != ox.NamedNode(
            "https://w3id.org/fazhi/ontology#mentions").value]
        t = time.perf_counter()
        update = write_store(workdir / "store", changed)
        one = time.perf_counter() - t
        return {"quads": first.quads, "scratch_seconds": scratch, "unchanged_seconds": unchanged,
                "one_report_seconds": one, "rewritten": update.rewritten}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def machine() -> dict:
    cpu = "unknown"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = "unknown"
    try:
        kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
        memory = f"{kb / 2**20:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
                           text=True).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": memory, "load": os.getloadavg()[0],
            "python": platform.python_version(), "system": platform.platform(),
            "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
            "commit": commit + (" (with uncommitted changes)" if dirty else ""),
            "versions": {p: version(p) for p in ("rdflib", "pyoxigraph", "oxrdflib")}}


def _fmt(seconds: float) -> str:
    if seconds == float("inf"):
        return f"> {QUERY_CAP_SECONDS} s"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


def report(info: dict, data: dict, engines: list[dict], update: dict | None) -> str:
    names = list(engines[0]["queries"])
    lines = [f"# Store engines on {data['quads']:,} quads", "",
             f"Run with `python bench/store_engines.py` on {info['date']}, commit {info['commit']}.", "",
             f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory']}; load average {info['load']:.1f} "
             f"at the start (the cores are shared); Python {info['python']} on {info['system']}; "
             + ", ".join(f"{k} {v}" for k, v in info["versions"].items()) + ".", "",
             f"Data: the seed export ({data['source_quads']:,} quads, 5 reports) scaled to {data['copies']} copies "
             f"({data['reports']} reports; reports, evidence and organizations renamed per copy, regulations, "
             f"measures and places shared). Each engine in a process of its own; queries are "
             f"`graph/queries/*.rq`, median of the runs (the first, cold, included).", "",
             "| | " + " | ".join(e["engine"] for e in engines) + " |",
             "|---|" + "---|" * len(engines),
             "| load | " + " | ".join(_fmt(e["load_seconds"]) for e in engines) + " |",
             "| peak memory | " + " | ".join(f"{e['peak_rss_mb']:.0f} MB" for e in engines) + " |",
             "| write TriG | " + " | ".join(_fmt(e["trig_seconds"]) for e in engines) + " |"]
    for name in names:
        cells = []
        for e in engines:
            q = e["queries"][name]
            cells.append(_fmt(q["seconds"]) + ("" if q["rows"] == engines[-1]["queries"][name]["rows"]
                                               else f" ({q['rows']} rows ≠ {engines[-1]['queries'][name]['rows']})"))
        lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
    totals = [sum(e["queries"][n]["seconds"] for n in names) for e in engines]
    lines.append("| **all queries** | " + " | ".join(_fmt(t) for t in totals) + " |")
    lines.append("")
    for e in engines:
        if "disk_mb" in e:
            lines.append(f"The on-disk store of {e['engine']} takes {e['disk_mb']:.0f} MB.")
            break
    if update:
        lines += ["", f"fazhi's `write_store` on {update['quads']:,} quads (pyoxigraph, on disk): from scratch "
                      f"{_fmt(update['scratch_seconds'])}; again with nothing changed {_fmt(update['unchanged_seconds'])}"
                      f" (checkpoint, compare every graph, swap); with one report's graph changed "
                      f"{_fmt(update['one_report_seconds'])}, rewriting {', '.join(update['rewritten'])}."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--source", type=Path, default=ROOT / "exports" / "fazhi.trig")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "store_engines.md")
    parser.add_argument("--engine", help=argparse.SUPPRESS)  # internal: run one engine in this process
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine == "store-update":
        print(json.dumps(run_store_update(args.data)))
        return
    if args.engine:
        print(json.dumps(run_engine(args.engine, args.data, args.repeat)))
        return
    info = machine()
    with tempfile.TemporaryDirectory(prefix="fazhi-bench-") as tmp:
        data_path = Path(tmp) / "data.nq"
        data = scaled_dataset(args.source, args.triples, data_path)
        print(f"data: {data['quads']:,} quads in {data['copies']} copies", file=sys.stderr)
        engines = []
        for engine in args.engines.split(","):
            print(f"running {engine} …", file=sys.stderr)
            done = subprocess.run([sys.executable, __file__, "--engine", engine, "--data", str(data_path),
                                   "--repeat", str(args.repeat)], capture_output=True, text=True)
            if done.returncode:
                sys.exit(f"{engine} failed:\n{done.stderr}")
            engines.append(json.loads(done.stdout))
            print(json.dumps(engines[-1], indent=1), file=sys.stderr)
        done = subprocess.run([sys.executable, __file__, "--engine", "store-update", "--data", str(data_path)],
                              capture_output=True, text=True)
        update = json.loads(done.stdout) if done.returncode == 0 else None
    text = report(info, data, engines, update)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
