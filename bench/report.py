"""Turn benchmark runs (``bench/results.jsonl``) into ``bench/RESULTS.md``: for each run, the
figures issue 8 names next to their targets, then where the time goes."""
from __future__ import annotations

import json
from pathlib import Path

TARGET_RATIO = 0.75
TARGET_BUILD_10K_S = 120
TARGET_MEMORY_MB = 4096
TARGET_QUERY_MS = 100
TARGET_LOOKUP_MS = 50
TARGET_INCREMENTAL_S = 5


def _mark(ok: bool | None) -> str:
    return "" if ok is None else ("yes" if ok else "**no**")


def _n(value, digits: int = 0, unit: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and digits == 0:
        return f"{value:,.0f}{unit}"
    return f"{value:,.{digits}f}{unit}"


def run_markdown(run: dict) -> str:
    m = run["machine"]
    lines = [f"## {run['date']} · commit {run['commit']}",
             "",
             f"{m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; Python {m['python']}, spaCy {m['spacy']}, "
             f"pyoxigraph {m['pyoxigraph']}. Load average before {run['load_before']}, after {run['load_after']}"
             f" (the machine is shared: other processes took CPU during the run)."
             + (f" Note: {run['note']}" if run.get("note") else ""),
             "",
             "| figure | workload | value | target | met |",
             "|---|---|---|---|---|"]
    row = lines.append
    ex = run.get("extraction", {})
    for name in ("provincial", "seeds"):
        if name not in ex:
            continue
        e = ex[name]
        cps = e["chars_per_s"]
        row(f"| extraction ÷ bare tokenizer (best rounds) | {name} | {e['ratio']:.3f} "
            f"(rounds {min(e['ratio_rounds']):.3f}–{max(e['ratio_rounds']):.3f}) | ≥ {TARGET_RATIO} | "
            f"{_mark(e['ratio'] >= TARGET_RATIO)} |")
        row(f"| extraction, chars/s/core | {name} | {_n(cps['extract'])} | | |")
        row(f"| bare blank-zh tokenizer, chars/s/core | {name} | {_n(cps['bare_tokenizer'])} | | |")
        row(f"| fazhi's tokenizer, chars/s/core | {name} | {_n(cps['fazhi_tokenizer'])} | | |")
        row(f"| extraction without the five recognisers ÷ bare | {name} | {e['ratio_without_recognisers']:.3f} | | |")
        row(f"| whole map (file → result) ÷ bare; ingest chars/s | {name} | {e['map_ratio']:.3f}; "
            f"{_n(cps['ingest'])} | | |")
    kind = run.get("corpus", "mixed")  # runs before the corpus could be chosen were all "mixed"
    for scale, b in run.get("builds", {}).items():
        where = scale if kind == "mixed" else f"{scale} {kind}"
        workers = sorted(int(k.rsplit("_", 1)[1]) for k in b if k.startswith("cold_workers_"))
        for n in workers:
            c = b[f"cold_workers_{n}"]
            target = f"< {TARGET_BUILD_10K_S} s" if scale == "10k" else ""
            ok = c["wall_s"] < TARGET_BUILD_10K_S if scale == "10k" else None
            phases = ", ".join(f"{k} {v:.0f} s" for k, v in c.get("phases", {}).items())
            cpu = f"; CPU {c['cpu_s']:.0f} s" if c.get("cpu_s") else ""
            row(f"| `fazhi build` wall, cold, {n} worker(s) | {where} ({b['reports']} reports, "
                f"{b['chars'] / 1e6:.1f} M chars) | {c['wall_s']:.0f} s ({phases}{cpu}) | {target} | {_mark(ok)} |")
            okm = c["peak_rss_mb"] < TARGET_MEMORY_MB if scale == "10k" else None
            row(f"| `fazhi build` peak memory (all processes), {n} worker(s) | {where} | "
                f"{_n(c['peak_rss_mb'])} MB | {'< 4 GB' if scale == '10k' else ''} | {_mark(okm)} |")
        if len(workers) > 1:
            first, last = b[f"cold_workers_{workers[0]}"], b[f"cold_workers_{workers[-1]}"]
            row(f"| speed-up of {workers[-1]} workers over {workers[0]} (whole build; map phase) | {where} | "
                f"{first['wall_s'] / last['wall_s']:.2f}×; "
                f"{first['phases']['map_and_merge'] / last['phases']['map_and_merge']:.2f}× "
                f"(on a machine other processes share: see the load) | | |")
        last = b.get(f"cold_workers_{workers[-1]}", {}) if workers else {}  # (a run may make no cold build)
        store_s = last.get("phases", {}).get("store")
        if store_s:
            row(f"| triples/s into the store (bulk load of the reports' TriG blocks, beside the RDF exports) | {where} | "
                f"{_n(last['quads'] / store_s)} ({last['quads']:,} quads in {store_s:.1f} s) | | |")
        if "warm" in b:
            phases = ", ".join(f"{k} {v:.0f} s" for k, v in b["warm"].get("phases", {}).items())
            row(f"| rebuild, everything cached | {where} | {b['warm']['wall_s']:.1f} s ({phases}) | | |")
        if "one_changed" in b:
            oki = b["one_changed"]["wall_s"] < TARGET_INCREMENTAL_S if scale == "10k" else None
            changed = b["one_changed"]
            how = ("with exports" if "patched" not in changed  # (runs before the incremental build)
                   else "`--no-exports`, patched" if changed["patched"] else "`--no-exports`, merged again")
            row(f"| rebuild after one report changed ({how}) | {where} | {changed['wall_s']:.1f} s | "
                f"{'< 5 s' if scale == '10k' else ''} | {_mark(oki)} |")
        if "map_only" in b:
            row(f"| extraction (the map alone, {workers[-1]} worker(s)) peak memory | {where} | "
                f"{_n(b['map_only']['peak_rss_mb'])} MB | flat in corpus size | |")
    for scale, q in run.get("queries", {}).items():
        where = scale if kind == "mixed" else f"{scale} {kind}"
        for title, group, target in (("SPARQL cookbook", "cookbook", TARGET_QUERY_MS), ("lookup", "lookup", TARGET_LOOKUP_MS)):
            for name, t in q[group].items():
                best = t["warm_ms"] if t["warm_ms"] is not None else t["cold_ms"]
                ok = best < target if scale == "10k" else None
                # a cookbook query's time grows with its answer: say how many rows it read
                rows = f" ({t['rows']:,} rows)" if group == "cookbook" and "rows" in t else ""
                row(f"| {title} `{name}` (warm; cold) | {where} | {_n(t['warm_ms'], 0, ' ms')}; {t['cold_ms']:,.0f} ms"
                    f"{rows} | {f'< {target} ms' if scale == '10k' else ''} | {_mark(ok)} |")
        row(f"| `fazhi lookup 宪法` on the command line (with Python start) | {where} | {q['cli_lookup_s']:.1f} s | | |")
    for name in ("provincial", "seeds"):
        if name in ex:
            comps = ", ".join(f"{k.removeprefix('fz_')} {v / 1e6:.1f} M" for k, v in ex[name]["components"].items())
            lines += ["", f"Components alone on {name} (chars/s, each on docs of fazhi's tokenizer): {comps}."]
            budget = ex[name].get("recogniser_budget_chars_per_s")
            if budget:
                lines.append(f"For {TARGET_RATIO} × the bare tokenizer on {name}, the five recognisers together "
                             f"must run at ≥ {budget / 1e6:.1f} M chars/s (each ≥ {5 * budget / 1e6:.0f} M chars/s "
                             f"if they share the time equally).")
    if "profile" in ex:
        stages = ex["profile"]["stages"]
        lines += ["", "Where the map's time goes (own time by stage, cProfile, provincial corpus): " +
                  ", ".join(f"{k} {v:.0%}" for k, v in stages.items() if v >= 0.005) + "."]
    return "\n".join(lines) + "\n"


def write_markdown(results: Path, out: Path) -> None:
    runs = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines() if line.strip()]
    text = ["# fazhi benchmark results",
            "",
            "Written by `python -m bench` from `bench/results.jsonl` (every figure of every run, newest first).",
            "How each figure is measured: `bench/README.md`.",
            ""]
    for run in reversed(runs):
        text.append(run_markdown(run))
    out.write_text("\n".join(text), encoding="utf-8")
