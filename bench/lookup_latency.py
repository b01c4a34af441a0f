"""Lookup latency on a large store: find (exact, alias, typo, ambiguous) and the card.

Builds (once, under --dir) a synthetic corpus of many reports from the seeds: each copy of
a seed report is given a real county's name, its local organizations, local regulations and
half its measures become that county's own (new nodes, new names), while national laws and
the other measures stay shared, as across real reports. Then times lookups on it.

    .venv/bin/python bench/lookup_latency.py --copies 400      # 2000 reports
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import statistics
import sys
import time
from dataclasses import replace
from importlib import resources
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent


def counties() -> list[tuple[str, str]]:
    with resources.files("fazhi.data").joinpath("divisions.tsv").open(encoding="utf-8") as fh:
        return [(r["name"], r["short_name"] or r["name"]) for r in csv.DictReader(fh, delimiter="\t")
                if r["level"] == "county"]


def shared(entity) -> bool:
    from fazhi.model import Kind

    if entity.kind is Kind.PLACE:
        return True
    if entity.kind is Kind.REGULATION:
        return bool(entity.gazetteer_title)
    if entity.kind is Kind.ORGANIZATION:
        return entity.name.startswith(("国务院", "全国", "中共中央"))
    return int(hashlib.sha1(entity.key.encode()).hexdigest(), 16) % 2 == 0


def variant(result, i: int, county: tuple[str, str]):
    from fazhi.model import DocumentResult, Evidence, Relation

    name, short = county
    doc_id = f"bench{i:05d}_{result.report.doc_id}"
    keys = {result.report.key: "report:" + doc_id}
    entities = []
    for e in result.entities:
        if shared(e):
            entities.append(e)
            continue
        keys[e.key] = f"{e.key}#{i}"
        prefix = short if e.kind.value == "Measure" else name
        entities.append(replace(e, key=keys[e.key], name=prefix + e.name, aliases=[prefix + a for a in e.aliases]))
    relations = [Relation(r.type, keys.get(r.source, r.source), keys.get(r.target, r.target),
                          None if r.evidence is None else Evidence(doc_id, r.evidence.start, r.evidence.end,
                                                                   r.evidence.sentence))
                 for r in result.relations]
    report = replace(result.report, doc_id=doc_id, key=keys[result.report.key],
                     title=name + (result.report.title or ""), year=2015 + i % 11)
    return DocumentResult(report, entities, relations, [])


def build(directory: Path, copies: int) -> None:
    from fazhi.report_map import extract_paths
    from fazhi.kg.graph import build_graph
    from fazhi.kg.lookup import write_lookup_index

    seeds = list(extract_paths(sorted((ROOT / "seeds").glob("*.txt"))))
    places = counties()
    results = [variant(r, i, places[(i * 7919) % len(places)]) for i in range(copies) for r in seeds]
    started = time.perf_counter()
    graph = build_graph(results)
    print(f"{len(results)} reports: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
          f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    started = time.perf_counter()
    directory.mkdir(parents=True, exist_ok=True)
    path = write_lookup_index(directory / "lookup.sqlite", graph)
    print(f"index written in {time.perf_counter() - started:.0f} s: {path.stat().st_size / 1e6:.0f} MB",
          file=sys.stderr)


def timed(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


QUERIES = ("行政复议法", "《中华人民共和国行政复议法》", "宪法", "行政复议发", "重大行政决策程序暂行条列", "司法局",
           "行政復議法", "法治政府建设实施纲要", "清河县人民政府", "政务服务")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=400, help="copies of the five seeds (reports = 5 × copies)")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/fazhi-bench-lookup"))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    from fazhi.kg.lookup import LookupIndex

    if args.rebuild or not (args.dir / "lookup.sqlite").exists():
        build(args.dir, args.copies)
    t = time.perf_counter()
    index = LookupIndex.open(args.dir / "lookup.sqlite")
    print(f"open index: {(time.perf_counter() - t) * 1000:.1f} ms")
    count = lambda table: index.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: E731
    print(f"{count('entity')} entities, {count('label')} names, {count('edge')} edges, {count('sentence')} sentences")
    for q in QUERIES:
        median, p95 = timed(lambda: index.find(q), args.repeat)
        found = index.find(q)
        print(f"find {q}: {median:.1f} ms (p95 {p95:.1f}); {len(found)} candidates, "
              f"best {found[0].name if found else '-'}")
    for q in ("中华人民共和国宪法", "行政复议法", "吉州区", "清河县人民政府"):
        iri = index.find(q)[0].iri
        median, p95 = timed(lambda: index.card(iri), args.repeat)
        c = index.card(iri)
        print(f"card {c.name}: {median:.1f} ms (p95 {p95:.1f}); {c.evidence_total} evidence sentences, "
              f"{sum(c.counts['incoming'].values()) + sum(c.counts['outgoing'].values())} neighbours")
    median, p95 = timed(lambda: LookupIndex.open(args.dir / "lookup.sqlite").card(
        LookupIndex.open(args.dir / "lookup.sqlite").find("行政复议法")[0].iri), args.repeat)
    print(f"open + find + card (what `fazhi lookup` does after start-up): {median:.1f} ms (p95 {p95:.1f})")


if __name__ == "__main__":
    main()
