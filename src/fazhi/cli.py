"""The ``fazhi`` command line: extract, build, map, sparql, lookup, export, evaluate."""
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
    from fazhi.build import Failure, extract_paths
    from fazhi.ingest import iter_report_paths
    from fazhi.serialize import result_to_json

    failures: list[Failure] = []
    objects = []
    for result in extract_paths(iter_report_paths(*files), on_failure=lambda f: (failures.append(f), _error(f"{f.path}: {f.problem}"))):
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
def build(paths: tuple[Path, ...], store: Path, exports: Path, cache: Path, no_cache: bool, quiet: bool,
          strict: bool, workers: int) -> None:
    """Build the knowledge graph of the reports under PATHS into the store and the exports."""
    from tqdm import tqdm

    from fazhi.build import build_corpus
    from fazhi.ingest import iter_report_paths

    total = len(iter_report_paths(*paths))
    bar = tqdm(total=total, unit="report", disable=quiet or total < 2, file=sys.stderr, leave=False)
    summary, _ = build_corpus(paths, store=store, exports=exports, cache_dir=None if no_cache else cache,
                              progress=lambda _doc: bar.update(1),
                              on_failure=lambda f: (bar.write(f"fazhi: {f.path}: {f.problem}", file=sys.stderr)),
                              workers=workers, keep_graph=False)
    bar.close()
    if not quiet:
        click.echo(_summary_table(summary))
    if summary.failures and (strict or not summary.documents):
        sys.exit(1)
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
    from fazhi.build import map_reports, ordered_paths

    failed = False
    for outcome in map_reports(ordered_paths(paths), cache, workers):
        failed |= outcome.failure is not None
        click.echo(json.dumps({"path": outcome.path, "doc": outcome.doc_id or None, "sha256": outcome.sha256 or None,
                               "cached": outcome.cached,
                               "failure": outcome.failure.problem if outcome.failure else None}, ensure_ascii=False))
    sys.exit(2 if failed else 0)


def _summary_table(summary) -> str:
    lines = [f"built {summary.documents} reports ({summary.cached} from cache) in {summary.seconds:.1f} s; "
             f"{summary.quads} quads in the store"]
    lines.append("nodes: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.nodes.items())))
    lines.append("edges: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.edges.items())))
    lines.append("wrote: " + ", ".join(sorted(summary.outputs.values())))
    if summary.warnings:
        lines.append(f"warnings ({len(summary.warnings)}):")
        lines += [f"  {w}" for w in summary.warnings]
    if summary.failures:
        lines.append(f"failed ({len(summary.failures)}):")
        lines += [f"  {f.path}: {f.problem}" for f in summary.failures]
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
def lookup(name: str, store: Path, fmt: str, limit: int) -> None:
    """Find an entity by any of its names and show its card (kind, attributes, neighbours, evidence)."""
    from fazhi.kg.lookup import card, find
    from fazhi.kg.store import StoreError, open_store

    try:
        st = open_store(store)
    except StoreError as exc:
        _error(str(exc))
        sys.exit(1)
    candidates = find(st, name, limit=limit)
    if not candidates:
        if fmt == "json":
            click.echo(json.dumps({"query": name, "candidates": []}, ensure_ascii=False))
        else:
            _error(f"nothing named {name!r} in the store")
        sys.exit(1)
    exact = [c for c in candidates if c.score >= 100.0]
    chosen = exact[0] if len(exact) == 1 else (candidates[0] if len(candidates) == 1 else None)
    if fmt == "json":
        out = {"query": name, "candidates": [c.__dict__ for c in candidates]}
        if chosen:
            out["card"] = card(st, chosen.iri).as_dict()
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    if chosen is None:
        click.echo(f"{len(candidates)} candidates for {name!r}:")
        for c in candidates:
            click.echo(f"  {c.score:5.1f}  {c.kind:<13} {c.name}" + (f"  (as {c.matched})" if c.matched != c.name else ""))
        return
    click.echo(_format_card(card(st, chosen.iri)))


def _format_card(c) -> str:
    lines = [f"{c.name}", f"  kind: {c.kind}"]
    for key, value in sorted(c.attributes.items()):
        lines.append(f"  {key}: {value}")
    if c.aliases:
        lines.append("  aliases: " + ", ".join(c.aliases))
    for title, groups in (("→", c.outgoing), ("←", c.incoming)):
        for edge, names in sorted(groups.items()):
            shown = ", ".join(names[:12]) + (f" … ({len(names)})" if len(names) > 12 else "")
            lines.append(f"  {title} {edge}: {shown}")
    if c.evidence:
        lines.append("  evidence:")
        for ev in c.evidence[:20]:
            lines.append(f"    [{ev['relation']}] {ev['report']} ({ev['year']}): {ev['sentence'][:160]}")
        if len(c.evidence) > 20:
            lines.append(f"    … {len(c.evidence) - 20} more")
    return "\n".join(lines)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "cytoscape"]), required=True)
@store_option
@click.option("--out", type=click.Path(path_type=Path), default=None, help="File to write (default: exports/fazhi.<ext>).")
def export(fmt: str, store: Path, out: Path | None) -> None:
    """Write the built graph as GraphML or GEXF (Gephi, Cytoscape) or Cytoscape.js JSON."""
    from fazhi.build import load_built_results
    from fazhi.kg.export import GRAPH_FORMATS
    from fazhi.kg.graph import build_graph

    try:
        results = load_built_results(store)
    except FileNotFoundError as exc:
        _error(str(exc))
        sys.exit(1)
    name, writer = GRAPH_FORMATS[fmt]
    path = writer(build_graph(results), out or DEFAULT_EXPORTS / name)
    click.echo(f"wrote {path}")


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
        from fazhi.build import extract_paths
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
