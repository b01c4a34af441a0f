"""The ``fazhi`` command line: extract, build, map, sparql, serve, lookup, export, evaluate."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

DEFAULT_STORE = Path("graph") / "store"
DEFAULT_CACHE = Path("graph") / "cache"
DEFAULT_EXPORTS = Path("exports")

store_option = click.option("--store", type=click.Path(path_type=Path), default=DEFAULT_STORE, show_default=True,
                            help="Folder of the embedded SPARQL store.")


def _error(message: str) -> None:
    click.echo(f"fazhi: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="fazhi")
def main() -> None:
    """fazhi: Chinese rule-of-law government reports → a knowledge graph of the regulations
    they cite, the organizations that act and the measures they carry out."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "text"]), default="jsonl", show_default=True,
              help="jsonl: one gold-shaped object per document (the contract ../shared/score.py reads).")
def extract(files: tuple[Path, ...], fmt: str) -> None:
    """Extract regulations, organizations and measures from report FILES (or folders)."""
    from fazhi.report_map import Failure, extract_paths
    from fazhi.ingest import walk_corpus
    from fazhi.serialize import result_to_json

    failures: list[Failure] = []
    objects = []
    walk = walk_corpus(*files)
    for path, problem in walk.problems:
        failures.append(Failure(path, problem))
        _error(f"{path}: {problem}")
    for result in extract_paths(walk.paths, on_failure=lambda f: (failures.append(f), _error(f"{f.path}: {f.problem}"))):
        obj = result_to_json(result)
        if fmt == "jsonl":
            click.echo(json.dumps(obj, ensure_ascii=False))
        elif fmt == "json":
            objects.append(obj)
        else:
            click.echo(_describe(obj))
    if fmt == "json":
        click.echo(json.dumps(objects, ensure_ascii=False, indent=1))
    sys.exit(1 if failures else 0)


def _describe(obj: dict) -> str:
    r = obj["report"]
    lines = [f"{obj['doc']}: {r.get('title') or '(no title)'} · {r.get('publisher')} · {r.get('region')} · {r.get('year')}"]
    for section in ("regulations", "organizations", "measures"):
        lines.append(f"  {section} ({len(obj[section])})")
        for e in obj[section]:
            extra = "".join(f" {k}={e[k]}" for k in ("doc_number", "relation") if e.get(k))
            lines.append(f"    {e['name']} [{e['type']}]{extra}")
    return "\n".join(lines)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--exports", type=click.Path(path_type=Path), default=DEFAULT_EXPORTS, show_default=True,
              help="Folder for Turtle, TriG, N-Quads, GraphML and GEXF files.")
@click.option("--cache", type=click.Path(path_type=Path), default=DEFAULT_CACHE, show_default=True,
              help="Folder of per-report results, reused while a report and fazhi are unchanged.")
@click.option("--no-cache", is_flag=True, help="Re-read every report.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--strict", is_flag=True, help="Fail when any file cannot be read.")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that read reports in parallel (each builds its own spaCy pipeline).")
@click.option("--no-exports", is_flag=True,
              help="Write only the store and the lookup index (large corpora; `fazhi export` writes any format later).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Read the reports on a Dask cluster, e.g. tcp://10.0.0.5:8786 (pip install 'fazhi[distributed]').")
def build(paths: tuple[Path, ...], store: Path, exports: Path, cache: Path, no_cache: bool, quiet: bool,
          strict: bool, workers: int, no_exports: bool, scheduler: str | None) -> None:
    """Build the knowledge graph of the reports under PATHS into the store and the exports.

    The reports are read in --workers processes, or on a Dask cluster when --scheduler
    gives its address (the cache folder must then be one the cluster's workers can write).

    Exit status: 0 when every file was read; 2 when some could not be (each is named, the
    rest is built); 1 when nothing was written (no readable report, --strict with a
    failure, a full disk …), in which case the previous build is left as it was.
    """
    from tqdm import tqdm

    from fazhi.build import BuildError, build_corpus

    # a bar on a terminal only (disable=None): in logs and pipes it would be noise
    bar = tqdm(total=None, unit="report", desc="reading", disable=True if quiet else None, file=sys.stderr,
               leave=False, dynamic_ncols=True)

    def walked(total: int) -> None:
        bar.total = total
        bar.refresh()
    try:
        run_map = None
        if scheduler:
            from fazhi.distributed import dask_runner

            run_map = dask_runner(scheduler)
        summary, _ = build_corpus(paths, store=store, exports=exports, cache_dir=None if no_cache else cache,
                                  on_walk=walked, progress=lambda _doc: bar.update(1), strict=strict,
                                  on_failure=lambda f: (bar.write(f"fazhi: {f.path}: {f.problem}", file=sys.stderr)),
                                  stage=bar.set_description_str, workers=workers, run_map=run_map,
                                  keep_graph=False, write_exports=not no_exports)
    except BuildError as exc:
        bar.close()
        _error(str(exc))
        sys.exit(1)
    except KeyboardInterrupt:
        bar.close()
        _error("interrupted; the previous store and exports are unchanged (finished reports stay cached)")
        sys.exit(130)
    bar.close()
    if not quiet:
        click.echo(_summary_table(summary))
    sys.exit(2 if summary.failures else 0)


@main.command("map")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--cache", type=click.Path(path_type=Path), default=DEFAULT_CACHE, show_default=True,
              help="Folder the results go to (shared by every machine that maps, and by the reduce).")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=1, show_default=True)
def map_command(paths: tuple[Path, ...], cache: Path, workers: int) -> None:
    """The map step alone: read the reports under PATHS into the cache, one JSON line per file.

    Run it on shards of a corpus on many machines (Slurm, Spark, xargs -P) with one shared
    cache; `fazhi build CORPUS --cache DIR` then finds every report cached and only merges.
    """
    from fazhi.build import ordered_paths
    from fazhi.report_map import map_reports
    from fazhi.ingest import display_path, walk_corpus

    walk = walk_corpus(*paths)
    failed = bool(walk.problems)
    for path, problem in walk.problems:
        _error(f"{path}: {problem}")
    for outcome in map_reports(ordered_paths(walk.paths), cache, workers):
        failed |= outcome.failure is not None
        click.echo(json.dumps({"path": display_path(outcome.path), "doc": outcome.doc_id or None,
                               "sha256": outcome.sha256 or None, "cached": outcome.cached,
                               "failure": outcome.failure.problem if outcome.failure else None}, ensure_ascii=False))
    sys.exit(2 if failed else 0)


MOST_WARNINGS_SHOWN = 20


def _summary_table(summary) -> str:
    """What a build did: documents, entities per kind and edges per type side by side, warnings."""
    from itertools import zip_longest

    from fazhi.model import EdgeType, Kind

    failed = f", {len(summary.failures)} failed" if summary.failures else ""
    lines = [f"built {summary.documents} reports in {summary.seconds:.1f} s ({summary.cached} from cache{failed}); "
             f"{summary.quads} quads in {summary.outputs.get('store', 'the store')} "
             f"({len(summary.graphs_rewritten)} named graphs rewritten)", ""]
    kinds = [(k.value, summary.nodes[k.value]) for k in Kind if summary.nodes.get(k.value)]
    kinds += [(k, n) for k, n in sorted(summary.nodes.items()) if k not in {v for v, _ in kinds}]
    edges = [(e.value, summary.edges[e.value]) for e in EdgeType if summary.edges.get(e.value)]
    left = [("nodes", "")] + kinds + [("total", sum(n for _, n in kinds))]
    right = [("edges", "")] + edges + [("total", sum(n for _, n in edges))]
    for (k1, n1), (k2, n2) in zip_longest(left, right, fillvalue=("", "")):
        lines.append(f"  {k1:<14}{n1:>7}    {k2:<20}{n2:>7}".rstrip())
    if summary.warnings:
        lines += ["", f"warnings ({len(summary.warnings)}):"]
        lines += [f"  {w}" for w in summary.warnings[:MOST_WARNINGS_SHOWN]]
        if len(summary.warnings) > MOST_WARNINGS_SHOWN:
            lines.append(f"  … and {len(summary.warnings) - MOST_WARNINGS_SHOWN} more")
    if summary.skipped:
        lines += ["", "not reports by their suffix, skipped: "
                  + ", ".join(f"{suffix} {n}" for suffix, n in sorted(summary.skipped.items()))]
    if summary.failures:
        lines += ["", f"failed ({len(summary.failures)}):"]
        lines += [f"  {f.path}: {f.problem}" for f in summary.failures]
    outputs = ", ".join(sorted(v for k, v in summary.outputs.items() if k != "store"))
    if summary.patched:
        n = len(summary.patched)
        lines += ["", f"{n} report{'' if n == 1 else 's'} changed, added or removed since the last build: "
                  "the store and the lookup index were patched (no exports written; `fazhi export` writes them)"]
    if "unchanged" in summary.phases:
        lines += ["", "nothing changed since the last build (the same reports, fazhi and outputs): wrote nothing; "
                  "the last build's " + outputs + " are current"]
    else:
        lines += ["", "wrote: " + outputs]
    return "\n".join(lines)


@main.command()
@click.argument("query_or_file")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
def sparql(query_or_file: str, store: Path, fmt: str) -> None:
    """Run a SPARQL query (text or a .rq file) over the store; the fazhi prefixes are predeclared."""
    from fazhi.kg.store import StoreError, open_store, query, results_as

    text = Path(query_or_file).read_text(encoding="utf-8") if query_or_file.endswith(".rq") and Path(query_or_file).exists() else query_or_file
    try:
        results = query(open_store(store), text)
    except StoreError as exc:
        _error(str(exc))
        sys.exit(1)
    except (SyntaxError, ValueError, OSError) as exc:
        _error(f"query failed: {exc}")
        sys.exit(1)
    if isinstance(results, bool):
        click.echo("true" if results else "false")
        return
    if fmt != "table":
        sys.stdout.buffer.write(results_as(results, fmt))
        return
    variables = [v.value for v in results.variables]
    rows = [[_term_text(sol[v]) for v in variables] for sol in results]
    click.echo(_table(variables, rows))


def _term_text(term) -> str:
    return "" if term is None else term.value


def _table(header: list[str], rows: list[list[str]]) -> str:
    from unicodedata import east_asian_width

    def width(s: str) -> int:
        return sum(2 if east_asian_width(c) in "WF" else 1 for c in s)

    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} rows)")
    return "\n".join(out)


@main.command()
@click.argument("name")
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--limit", default=10, show_default=True, help="Most candidates to list.")
@click.option("--pick", type=int, default=None, help="Show the card of the N-th candidate (1 = the best).")
def lookup(name: str, store: Path, fmt: str, limit: int, pick: int | None) -> None:
    """Find an entity by any of its names (typos forgiven) and show its card: kind, attributes,
    aliases, neighbours by edge type, evidence sentences. Several candidates: a ranked list."""
    from fazhi.kg.lookup import LookupIndex, LookupIndexError, format_card

    try:
        index = LookupIndex.for_store(store)
    except LookupIndexError as exc:
        _error(str(exc))
        sys.exit(1)
    candidates = index.find(name, limit=limit)
    if not candidates:
        if fmt == "json":
            click.echo(json.dumps({"query": name, "candidates": []}, ensure_ascii=False))
        else:
            _error(f"nothing named {name!r} in the store")
        sys.exit(1)
    if pick is not None:
        if not 1 <= pick <= len(candidates):
            _error(f"--pick {pick}: there are {len(candidates)} candidates")
            sys.exit(2)
        chosen = candidates[pick - 1]
    else:
        exact = [c for c in candidates if c.score >= 100.0]
        chosen = exact[0] if len(exact) == 1 else (candidates[0] if len(candidates) == 1 else None)
    if fmt == "json":
        out = {"query": name, "candidates": [c.__dict__ for c in candidates]}
        if chosen:
            out["card"] = index.card(chosen.iri).as_dict()
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    if chosen is None:
        click.echo(f"{len(candidates)} candidates for {name!r} (--pick N shows one):")
        rows = [[str(i), f"{c.score:.0f}", c.kind, c.name, c.matched if c.matched != c.name else "", str(c.degree)]
                for i, c in enumerate(candidates, 1)]
        click.echo(_table(["#", "score", "kind", "name", "matched", "links"], rows))
        return
    click.echo(format_card(index.card(chosen.iri)))


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (keep it local).")
@click.option("--port", default=7878, show_default=True, type=int, help="Port to listen on (0: any free port).")
@click.option("--timeout", default=30.0, show_default=True, type=float, help="Time limit of one query, in seconds.")
@click.option("--workers", default=2, show_default=True, type=int, help="Queries answered at the same time.")
@click.option("--max-rows", default=100_000, show_default=True, type=int,
              help="Largest result sent (rows of a SELECT, triples of a CONSTRUCT); larger ones are refused.")
@click.option("--quiet", "-q", is_flag=True, help="Do not log requests.")
def serve(store: Path, host: str, port: int, timeout: float, workers: int, max_rows: int, quiet: bool) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql."""
    from fazhi.kg.serve import make_server
    from fazhi.kg.store import StoreError

    try:
        server, pool = make_server(store, host=host, port=port, timeout=timeout, workers=workers, quiet=quiet,
                                   max_rows=max_rows)
    except StoreError as exc:
        _error(str(exc))
        sys.exit(1)
    except OSError as exc:
        _error(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
        sys.exit(1)
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the query workers on `kill` too
    bound_host, bound_port = server.server_address[:2]
    click.echo(f"SPARQL endpoint at http://{bound_host}:{bound_port}/sparql (read-only, time limit {timeout:g} s); "
               "Ctrl-C stops it")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:  # also on the SystemExit of SIGTERM
        server.server_close()
        pool.close()


@main.command()
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "cytoscape", "html", "nquads"]), required=True,
              help="html: one self-contained interactive page that works offline; nquads: the whole store "
                   "(exports/fazhi.nq.gz) for QLever, Virtuoso or Apache Jena.")
@store_option
@click.option("--out", type=click.Path(path_type=Path), default=None, help="File to write (default: exports/fazhi.<ext>).")
def export(fmt: str, store: Path, out: Path | None) -> None:
    """Write the built graph as GraphML or GEXF (Gephi, Cytoscape), Cytoscape.js JSON, an
    interactive HTML page (nodes coloured by kind, filters, search, a card per node), or the
    store's quads as N-Quads (gzipped when the file name ends in .gz)."""
    if fmt == "nquads":
        from fazhi.kg.store import StoreError, dump_nquads

        try:
            click.echo(f"wrote {dump_nquads(store, out or DEFAULT_EXPORTS / 'fazhi.nq.gz')}")
        except StoreError as exc:
            _error(str(exc))
            sys.exit(1)
        return
    from fazhi.build import load_built_results
    from fazhi.kg.export import GRAPH_FORMATS
    from fazhi.kg.graph import build_graph

    try:
        results = load_built_results(store)
    except FileNotFoundError as exc:
        _error(str(exc))
        sys.exit(1)
    from fazhi.kg.html import GraphPageError

    name, writer = GRAPH_FORMATS[fmt]
    try:
        path = writer(build_graph(results), out or DEFAULT_EXPORTS / name)
    except GraphPageError as exc:
        _error(str(exc))
        sys.exit(1)
    click.echo(f"wrote {path}")


@main.command()
@click.argument("report")
@store_option
@click.option("--cache", type=click.Path(path_type=Path), default=DEFAULT_CACHE, show_default=True,
              help="Folder of per-report results (a file's result is taken from there when it is unchanged).")
@click.option("--out", "-o", type=click.Path(path_type=Path), default=None,
              help="File to write the page to (default: standard output).")
def show(report: str, store: Path, cache: Path, out: Path | None) -> None:
    """An HTML page of one REPORT with every regulation, organization and measure highlighted by kind.

    REPORT is a report file, or the file name (or a unique prefix of it) of a report in the last build."""
    from fazhi.build import built_result
    from fazhi.report_map import ResultCache, extract_paths
    from fazhi.ingest import IngestError, read_report
    from fazhi.kg.report_view import report_page

    path = Path(report)
    if path.is_file():
        failures = []
        results = list(extract_paths([path], ResultCache(cache), on_failure=failures.append))
        if failures:
            _error(f"{failures[0].path}: {failures[0].problem}")
            sys.exit(1)
        result = results[0]
    else:
        result = built_result(store, report)
        if result is None:
            _error(f"{report}: no such file, and no single report of that name in the build at {store}")
            sys.exit(1)
        path = Path(result.report.path)
    try:
        read = read_report(path)
    except IngestError as exc:
        _error(str(exc))
        sys.exit(1)
    if result.report.sha256 and read.sha256 != result.report.sha256:  # changed since the build: read it again
        result = next(iter(extract_paths([path])))
    page = report_page(read.text, result)
    if out is None:
        click.echo(page, nl=False)
        return
    from fazhi.kg.files import atomic_write

    atomic_write(out, lambda fh: fh.write(page), mode="w")
    click.echo(f"wrote {out}", err=True)


@main.command()
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="Folder of gold JSON files (ANNOTATION.md section 5).")
@click.argument("predictions", required=False, type=click.Path(path_type=Path))
@click.option("--run", "run_paths", multiple=True, type=click.Path(path_type=Path),
              help="Extract these files or folders now instead of reading PREDICTIONS.")
@click.option("--compare", "compare_with", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An earlier run (jsonl): list the entities gained and lost since.")
@click.option("--show-errors", is_flag=True, help="List every miss, extra and wrong attribute.")
@click.option("--json", "as_json", is_flag=True)
def evaluate(gold_dir: Path, predictions: Path | None, run_paths: tuple[Path, ...], compare_with: Path | None,
             show_errors: bool, as_json: bool) -> None:
    """Score PREDICTIONS (jsonl from `fazhi extract`) against gold files (ANNOTATION.md section 6)."""
    from fazhi import evaluate as ev

    gold = ev.load_gold(gold_dir)
    if run_paths:
        from fazhi.report_map import extract_paths
        from fazhi.ingest import iter_report_paths
        from fazhi.serialize import result_to_json

        preds = {}
        for result in extract_paths(iter_report_paths(*run_paths)):
            obj = result_to_json(result)
            preds[ev._doc_key(obj["doc"])] = obj
    elif predictions is not None:
        preds = ev.load_predictions(predictions)
    else:
        _error("give a predictions file or --run FILES")
        sys.exit(2)
    if compare_with is not None:
        diff = ev.compare(ev.load_predictions(compare_with), preds, gold)
        if as_json:
            click.echo(json.dumps({"before": diff.before.as_dict(), "after": diff.after.as_dict(),
                                   "gained": diff.gained, "lost": diff.lost,
                                   "new_false_positives": diff.new_false_positives,
                                   "fixed_false_positives": diff.fixed_false_positives}, ensure_ascii=False))
            return
        click.echo("before:\n" + ev.format_score(diff.before))
        click.echo("after:\n" + ev.format_score(diff.after))
        for title, items in (("gained", diff.gained), ("lost", diff.lost), ("new false positives", diff.new_false_positives),
                             ("false positives gone", diff.fixed_false_positives)):
            click.echo(f"{title} ({len(items)}):")
            for doc, kind, name in items:
                click.echo(f"  {doc}\t{kind}\t{name}")
        return
    result = ev.score(preds, gold)
    if as_json:
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False))
    else:
        click.echo(ev.format_score(result))
    if show_errors:
        for e in result.errors:
            click.echo(f"{e.doc}\t{e.kind}\t{e.what}\t{e.detail}")


if __name__ == "__main__":
    main()
