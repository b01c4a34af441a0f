"""Run one measured command in a process of its own, and measure its wall time and the peak
memory of it and every process it starts (workers included).

``run_measured`` starts ``python -m bench.probe MODE …`` (or any command), samples the
resident memory of the whole process tree every 100 ms from ``/proc``, and returns the wall
time, the peak of the tree's summed RSS and what the probe printed as JSON.

Modes of the probe itself:

- ``build CORPUS OUT WORKERS``: ``fazhi.build.build_corpus`` exactly as ``fazhi build``
  runs it (store, exports and cache under OUT), printing its summary and phase times;
- ``map CORPUS CACHE [WORKERS]``: the map alone, results to CACHE, nothing kept: its
  peak memory is extraction's.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # pid (comm) state ppid …: comm may hold spaces and parentheses, so split after the last ")"
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and all its descendants, in MB."""
    tree = _children()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kb(pid)
        todo.extend(tree.get(pid, ()))
    return total / 1024


@dataclass
class Measured:
    wall_s: float
    peak_rss_mb: float
    returncode: int
    output: dict = field(default_factory=dict)
    stderr: str = ""


def run_measured(args: list[str], interval: float = 0.1, env: dict | None = None) -> Measured:
    """Run ``args``, sampling the memory of its process tree; the last stdout line is read as JSON."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, **(env or {})})
    peak = 0.0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss_mb(proc.pid))
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    lines = [ln for ln in out.splitlines() if ln.strip()]
    try:
        output = json.loads(lines[-1]) if lines else {}
    except ValueError:
        output = {"stdout": out[-2000:]}
    return Measured(wall, peak, proc.returncode, output, err[-4000:])


def python_args(*args: str) -> list[str]:
    return [sys.executable, "-m", "bench.probe", *args]


def _build(corpus: str, out: str, workers: str, exports: str = "exports") -> dict:
    """``fazhi build`` as the CLI runs it; ``exports`` is "exports" or "no-exports" (``--no-exports``)."""
    from fazhi.build import build_corpus

    out_path = Path(out)
    summary, _ = build_corpus([corpus], store=out_path / "graph" / "store", exports=out_path / "exports",
                              cache_dir=out_path / "graph" / "cache", workers=int(workers), keep_graph=False,
                              write_exports=exports != "no-exports")
    return {"documents": summary.documents, "cached": summary.cached, "failures": len(summary.failures),
            "quads": summary.quads, "seconds": summary.seconds, "phases": summary.phases, "patched": summary.patched,
            "nodes": dict(summary.nodes), "edges": dict(summary.edges),
            "maxrss_mb": _maxrss_mb()}


def _map(corpus: str, cache: str, workers: str = "1") -> dict:
    from fazhi.report_map import map_reports
    from fazhi.ingest import iter_report_paths

    started = time.perf_counter()
    paths = iter_report_paths(corpus)
    failures = sum(1 for outcome in map_reports(paths, Path(cache), int(workers)) if outcome.failure)
    return {"documents": len(paths), "failures": failures, "seconds": time.perf_counter() - started,
            "maxrss_mb": _maxrss_mb()}


def _maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> None:
    mode, *args = argv
    result = {"build": _build, "map": _map}[mode](*args)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
