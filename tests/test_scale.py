"""Scale: several workers and a Dask scheduler build what one process builds; the corpus
simulator moves a real report to another real county and year."""
from __future__ import annotations

import filecmp
import json
import os
import shutil
import time
from pathlib import Path

import pytest

from fazhi.build import build_corpus

from fazhi.report_map import ResultCache, map_report
from fazhi.distributed import dask_runner, map_payload, store_payload
from fazhi.ingest import report_from_text
from fazhi.model import Kind
from fazhi.nlp import extract_mentions
from fazhi.resolve.document import resolve_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RDF_EXPORTS = ("fazhi.ttl", "fazhi.trig")


def _results(cache: Path) -> dict[str, dict]:
    """The cached per-report results, by document."""
    out = {}
    for path in cache.glob("*.json"):
        obj = json.loads(path.read_text(encoding="utf-8"))
        out[obj["doc"]] = obj
    return out


def _same_as_checked_in_exports(exports: Path) -> None:
    for name in RDF_EXPORTS:
        assert filecmp.cmp(ROOT / "exports" / name, exports / name, shallow=False), name


@pytest.fixture(scope="module")
def two_workers(tmp_path_factory):
    out = tmp_path_factory.mktemp("workers2")
    summary, _ = build_corpus([SEEDS], store=out / "store", exports=out / "exports", cache_dir=out / "cache",
                              graph_formats=(), workers=2)
    return out, summary


def test_two_workers_build_what_one_builds(two_workers):
    out, summary = two_workers
    assert summary.documents == 5 and summary.cached == 0 and not summary.failures
    # exports/ is what one process writes (tests/test_build.py checks that)
    _same_as_checked_in_exports(out / "exports")
    one = _results_of_one_process()
    assert _results(out / "cache") == one


def _results_of_one_process() -> dict[str, dict]:
    from fazhi.serialize import result_to_json

    from fazhi.report_map import extract_paths
    from fazhi.ingest import iter_report_paths

    return {r.report.doc_id: json.loads(json.dumps(result_to_json(r), ensure_ascii=False))
            for r in extract_paths(iter_report_paths(SEEDS))}


@pytest.fixture(scope="module")
def local_dask_cluster():
    """A Dask cluster of two worker processes on this machine, as a cluster's scheduler would be."""
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster:
        yield cluster.scheduler_address


def test_the_map_on_a_local_dask_cluster_builds_the_same_graph(tmp_path, two_workers, local_dask_cluster):
    summary, _ = build_corpus([SEEDS], store=tmp_path / "store", exports=tmp_path / "exports",
                              cache_dir=tmp_path / "cache", graph_formats=(),
                              run_map=dask_runner(local_dask_cluster, partition_size=2))
    assert summary.documents == 5 and not summary.failures
    _same_as_checked_in_exports(tmp_path / "exports")
    assert _results(tmp_path / "cache") == _results(two_workers[0] / "cache")


def test_fazhi_build_with_a_scheduler_address_maps_on_the_cluster(tmp_path, local_dask_cluster):
    from click.testing import CliRunner

    from fazhi.cli import main

    result = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(tmp_path / "store"), "--exports",
                                       str(tmp_path / "exports"), "--cache", str(tmp_path / "cache"), "-q",
                                       "--scheduler", local_dask_cluster])
    assert result.exit_code == 0, result.output
    _same_as_checked_in_exports(tmp_path / "exports")
    for name in ("fazhi.graphml", "fazhi.gexf"):
        assert filecmp.cmp(ROOT / "exports" / name, tmp_path / "exports" / name, shallow=False), name


def test_a_task_without_a_shared_folder_ships_its_cache_entry(tmp_path, two_workers):
    seed = SEEDS / "004_751c6dcf84680b70.txt"
    outcome = store_payload(map_payload(seed), tmp_path)
    assert outcome.doc_id == seed.name and outcome.failure is None
    cache, reference = ResultCache(tmp_path), ResultCache(two_workers[0] / "cache")
    for suffix in (".json", ".trig", ".nt"):
        assert cache.entry_path(outcome.sha256, outcome.doc_id, suffix).read_bytes() == \
            reference.entry_path(outcome.sha256, outcome.doc_id, suffix).read_bytes(), suffix
    assert map_report(seed, tmp_path).cached  # the reduce finds it like any cached report


def test_an_unreadable_file_is_a_failure_of_the_map_not_an_exception(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    outcome = map_report(empty, tmp_path / "cache")
    assert outcome.failure is not None and "empty" in outcome.failure.problem


def _logged_map_report(path, cache_dir, map_report=map_report):
    """``map_report`` that first writes the file's name to a log (the workers are forked: they write to it too)."""
    import os

    with open(os.environ["FAZHI_TEST_MAP_LOG"], "a", encoding="utf-8") as log:
        log.write(f"{Path(path).name}\n")
    return map_report(path, cache_dir)


def test_workers_map_only_what_is_not_cached_and_keep_the_order(tmp_path, two_workers, monkeypatch):
    import fazhi.report_map as report_map

    cache = tmp_path / "cache"
    (tmp_path / "corpus").mkdir()
    seeds = [Path(shutil.copy2(seed, tmp_path / "corpus")) for seed in sorted(SEEDS.glob("*.txt"))]
    for seed in seeds[1::2]:  # every other report is cached already
        for suffix in (".json", ".trig", ".nt"):
            entry = ResultCache(two_workers[0] / "cache").entry_path(report_map.file_sha256(seed), seed.name, suffix)
            (cache / entry.name).parent.mkdir(exist_ok=True)
            (cache / entry.name).write_bytes(entry.read_bytes())
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    paths = [*seeds[:3], empty, *seeds[3:]]
    mapped_log = tmp_path / "mapped.log"
    monkeypatch.setenv("FAZHI_TEST_MAP_LOG", str(mapped_log))
    monkeypatch.setattr(report_map, "map_report", _logged_map_report)
    os.utime(seeds[-1], (time.time(), time.time() + 60))  # edited last: checked (and sent to a worker) first
    checked, check = [], report_map._checked
    monkeypatch.setattr(report_map, "_checked", lambda path, *rest: checked.append(path.name) or check(path, *rest))
    outcomes = list(report_map.map_reports(paths, cache, workers=2))
    assert checked[0] == seeds[-1].name and sorted(checked) == sorted(p.name for p in paths)
    assert [o.path for o in outcomes] == [str(p) for p in paths]
    assert [o.cached for o in outcomes] == [False, True, False, False, True, False]
    assert outcomes[3].failure is not None and "empty" in outcomes[3].failure.problem
    # the cached reports were answered without a worker
    assert sorted(mapped_log.read_text(encoding="utf-8").split()) == sorted(
        p.name for p, o in zip(paths, outcomes) if not o.cached)
    # what the workers made is what one process made (but for the path the report was read from)
    made, reference = _results(cache), _results(two_workers[0] / "cache")
    for result in (*made.values(), *reference.values()):
        result["report"].pop("path")
    assert made == reference


def test_a_cold_map_sends_the_reports_to_the_workers_in_the_order_it_gives_them(tmp_path, monkeypatch):
    """Outcomes come in the order of the paths, so the reduce can take the first only once it
    is mapped: the oldest file, checked last, must not be sent last, or nothing is merged
    before the whole map is done."""
    import fazhi.report_map as report_map

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    paths = []
    for i in range(10):  # written in the order of their names, the first the oldest
        path = corpus / f"r{i:02d}.txt"
        shutil.copyfile(seeds[i % len(seeds)], path)
        os.utime(path, (time.time(), time.time() - 600 + i))
        paths.append(path)
    mapped_log = tmp_path / "mapped.log"
    monkeypatch.setenv("FAZHI_TEST_MAP_LOG", str(mapped_log))
    monkeypatch.setattr(report_map, "map_report", _logged_map_report)
    outcomes = list(report_map.map_reports(paths, tmp_path / "cache", workers=2))
    assert [o.path for o in outcomes] == [str(p) for p in paths] and not any(o.cached for o in outcomes)
    started = mapped_log.read_text(encoding="utf-8").split()
    assert sorted(started) == [p.name for p in paths]
    # the two newest are sent at once (an edited report is extracted while the rest are checked),
    # the others in the order of the paths: r00 third, started third or fourth by two workers
    assert set(started[:2]) == {"r09.txt", "r08.txt"} and started.index("r00.txt") <= 3


@pytest.mark.parametrize("workers", [1, 2])
def test_a_rebuild_reads_only_the_files_that_changed(tmp_path, two_workers, monkeypatch, workers):
    """The digest of a file whose size, times and inode are as the last build saw them is
    reused; a changed file is read and hashed again, even with its size and mtime restored."""
    import fazhi.report_map as report_map

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = [Path(shutil.copy2(seed, corpus)) for seed in sorted(SEEDS.glob("*.txt"))]
    cache = tmp_path / "cache"
    shutil.copytree(two_workers[0] / "cache", cache)  # every seed is mapped already
    hashed, file_sha256 = [], report_map.file_sha256
    monkeypatch.setattr(report_map, "file_sha256", lambda path: hashed.append(Path(path).name) or file_sha256(path))
    monkeypatch.setattr(report_map, "RACY_NS", 0)  # the files were written a moment ago

    first = list(report_map.map_reports(seeds, cache, workers))
    assert all(o.cached for o in first) and sorted(hashed) == sorted(p.name for p in seeds)
    hashed.clear()
    assert [o.sha256 for o in report_map.map_reports(seeds, cache, workers)] == [o.sha256 for o in first]
    assert hashed == []  # nothing read again
    # the same number of bytes, the old mtime: only the ctime tells the file was written
    changed = seeds[2]
    before = changed.stat()
    data = changed.read_bytes()
    changed.write_bytes(data.replace("工作".encode(), "事务".encode(), 1))
    os.utime(changed, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert changed.stat().st_size == before.st_size
    outcomes = list(report_map.map_reports(seeds, cache, workers))
    assert hashed == [changed.name]  # once: the map in this process takes the check's digest
    assert [o.cached for o in outcomes] == [p != changed for p in seeds]
    assert outcomes[2].sha256 == file_sha256(changed) != first[2].sha256


def test_a_file_written_just_before_it_was_hashed_is_hashed_again(tmp_path, two_workers, monkeypatch):
    """Within RACY_NS of a write, a second write may leave every time stamp as it was."""
    import fazhi.report_map as report_map

    seed = Path(shutil.copy2(sorted(SEEDS.glob("*.txt"))[0], tmp_path))
    hashed, file_sha256 = [], report_map.file_sha256
    monkeypatch.setattr(report_map, "file_sha256", lambda path: hashed.append(path) or file_sha256(path))
    list(report_map.map_reports([seed], tmp_path / "cache"))
    with (tmp_path / "cache" / report_map.FILE_DIGESTS).open("a", encoding="utf-8") as fh:
        fh.write('"/a/torn/line.txt"\t12\t3')  # the record is not synced: a crash may cut it
    record = report_map.FileDigests(ResultCache(tmp_path / "cache")).known
    assert list(record) == [os.path.abspath(seed)] and record[os.path.abspath(seed)][4] == file_sha256(seed)
    hashed.clear()
    assert [o.cached for o in report_map.map_reports([seed], tmp_path / "cache")] == [True]
    assert hashed == [seed]  # copied a moment before the first build hashed it


# -- the corpus simulator --------------------------------------------------------------

@pytest.fixture(scope="module")
def simulator():
    from bench.simulate import Gazetteer, Simulator, load_sources

    gazetteer = Gazetteer()
    return Simulator(load_sources([SEEDS], gazetteer), gazetteer, seed=1), gazetteer


def _moved(simulator, gazetteer, source_name: str, county_path: str, year: int) -> tuple[str, object]:
    from bench.simulate import Target

    sim = simulator
    source = next(s for s in sim.sources if s.path.name == source_name)
    county = gazetteer.place_of_path(county_path)
    return sim.rewrite(source, Target(county, year)), county


def test_a_simulated_report_belongs_to_its_new_county_and_year(simulator):
    sim, gaz = simulator
    text, county = _moved(sim, gaz, "004_751c6dcf84680b70.txt", "山东省菏泽市曹县", 2019)
    assert "清河" not in text and "邢台" not in text and "曹县" in text and "菏泽" in text
    report = report_from_text(text, "sim.txt")
    assert report.metadata.region.code == county.code
    assert report.metadata.year == 2019
    # national documents keep their names (and their years): they stay one node across a corpus
    source = next(s for s in sim.sources if s.path.name == "004_751c6dcf84680b70.txt")
    for title in ("《法治政府建设实施纲要(2021-2025年)》", "国办发〔2018〕37号"):
        assert (title in source.text) == (title in text), title


def test_the_rule_of_law_corpus_is_made_of_the_seeds_alone(tmp_path):
    """bench --corpus rule-of-law: every report is a seed moved to a county and year of its own,
    and the benchmark's tables say which corpus their figures are of."""
    import csv

    from bench import report
    from bench.simulate import CORPUS_SOURCES, write_corpus

    out = write_corpus(tmp_path / "sim", 12, CORPUS_SOURCES["rule-of-law"])
    with (out / "manifest.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) == 12 and {r["source"] for r in rows} == {p.name for p in SEEDS.glob("*.txt")}
    assert len({(r["region_code"], r["year"]) for r in rows}) == 12
    run = {"date": "d", "commit": "c", "load_before": [0], "load_after": [0], "corpus": "rule-of-law",
           "machine": {"cpu": "x", "cores": 2, "memory_gb": 1, "python": "3", "spacy": "3", "pyoxigraph": "0.5"},
           "builds": {"10k": {"reports": 12, "chars": 1, "cold_workers_2": {"wall_s": 1.0, "peak_rss_mb": 1.0}}}}
    assert "| 10k rule-of-law (12 reports" in report.run_markdown(run)


def test_different_counties_get_different_organization_nodes(simulator):
    sim, gaz = simulator
    keys = []
    for county_path, year in (("山东省菏泽市曹县", 2019), ("湖南省湘西土家族苗族自治州凤凰县", 2017)):
        text, county = _moved(sim, gaz, "004_751c6dcf84680b70.txt", county_path, year)
        result = resolve_document(extract_mentions(report_from_text(text, f"{county.code}.txt")))
        organizations = {e.key: e.name for e in result.of_kind(Kind.ORGANIZATION)}
        assert result.report.publisher == county.name + "人民政府"
        assert any(name == county.name + "司法局" for name in organizations.values())
        keys.append(organizations)
    caoxian, fenghuang = (set(k) for k in keys)
    local = {k for k in caoxian ^ fenghuang}
    assert any(keys[0][k] == "曹县司法局" for k in local & caoxian)
    assert any(keys[1][k] == "凤凰县司法局" for k in local & fenghuang)
    assert caoxian & fenghuang  # national bodies (国务院办公厅 …) are shared
    assert all("曹县" not in name for name in keys[1].values())


def test_a_town_report_moves_to_a_town_of_the_new_county(simulator):
    from bench.simulate import Target

    sim, gaz = simulator
    source = next(s for s in sim.sources if s.path.name == "003_0a67404664f71384.txt")  # 合川区古楼镇, 2024
    county = gaz.place_of_path("浙江省温州市鹿城区")
    town = gaz.gaz.town(county, gaz.towns[county.code][0])
    text = sim.rewrite(source, Target(county, 2021, town))
    assert "古楼" not in text and "合川" not in text
    assert "《关于印发2021年全区法治政府建设工作要点的通知》" in text  # a local document moves with its year
    metadata = report_from_text(text, "town.txt").metadata
    assert metadata.region.code == town.code and metadata.year == 2021


# -- GraphML and GEXF, written one element at a time ---------------------------------------

def test_streamed_graphml_and_gexf_are_what_networkx_writes(seed_results):
    import io
    import re

    import networkx as nx

    from fazhi.kg.export import flat_graph, gexf_lines, graphml_lines, write_xml_lines
    from fazhi.kg.graph import build_graph
    from fazhi.model import Evidence

    graph = build_graph(seed_results.values())
    # text that XML escapes, line ends, a body with no attributes, numbers
    graph.add_node("measure:a&b<c>", kind="Measure", name='“A&B” <c>\r\nd"e', aliases=["x\ry", "z\tw"], year=2021)
    graph.add_node("place:bare")
    graph.add_edge("measure:a&b<c>", "place:bare", key="MENTIONS", type="MENTIONS", reports=["r.txt"],
                   evidence=[Evidence("r.txt", 1, 2, "句子\r\n里有<标记>&“引号”")])
    # characters XML forbids (a garbled PDF's controls), between a \r and a \n too: they are
    # removed before the line ends are read, as flat_graph removes them
    graph.add_node("org:控\x0b制\ufffe", kind="Organization", name="某某\r\x0b\n局\x01", aliases=["别\x1f名", "\r\x0c"])
    graph.add_edge("org:控\x0b制\ufffe", "measure:a&b<c>", key="MENTIONS", type="MENTIONS", reports=["r.txt", "s\x02.txt"],
                   evidence=[Evidence("r.txt", 3, 4, "句\x00子\r\x0b\n二"), Evidence("s\x02.txt", 0, 1, "\"引\"\t号")])

    def ours(lines) -> bytes:
        out = io.BytesIO()
        write_xml_lines(lines, out)
        return out.getvalue()

    flat = flat_graph(graph)
    graphml = "\n".join(nx.generate_graphml(flat, encoding="utf-8", prettyprint=True)) + "\n"
    assert ours(graphml_lines(graph)) == graphml.encode("ascii")
    gexf = "\n".join(nx.generate_gexf(flat, encoding="utf-8", prettyprint=True, version="1.2draft")) + "\n"
    gexf = re.sub(r'lastmodifieddate="[^"]*"', 'lastmodifieddate="1970-01-01"', gexf)
    assert ours(gexf_lines(graph)) == gexf.encode("ascii")


def test_a_report_rdf_sorted_on_disk_in_runs_is_what_memory_sorting_writes(seed_results, tmp_path):
    """The RDF of a report too large to sort in memory (issue 9's 50 MB file) is sorted in
    runs on disk; with runs of a few kilobytes a seed report takes that path, and its part
    must be byte for byte the in-memory one, and read back as the same quads."""
    import io

    from fazhi.kg.rdf_files import RdfPart, read_rdf_part, write_rdf_part
    from fazhi.kg.rdf import report_quads

    result = seed_results["002_e4c32c98070de971.txt"]
    quads = list(report_quads(result))
    in_memory = RdfPart.of(quads)
    trig, triples = io.BytesIO(), io.BytesIO()
    graph, count = write_rdf_part(iter(quads + quads[:50]), trig, triples, run_chars=4000)  # repeats written once
    assert (graph, trig.getvalue(), triples.getvalue()) == (in_memory.graph, in_memory.trig, in_memory.triples)
    assert count == len(set(quads)) == in_memory.triples.count(b"\n") > 1000
    part = tmp_path / "part.trig"
    part.write_bytes(trig.getvalue())
    assert set(read_rdf_part(part)) == set(quads)


def test_a_large_result_is_streamed_to_the_cache_as_the_same_json(seed_results, tmp_path, monkeypatch):
    import fazhi.report_map
    from fazhi.report_map import ResultCache

    result = seed_results["002_e4c32c98070de971.txt"]
    whole, streamed = ResultCache(tmp_path / "whole"), ResultCache(tmp_path / "streamed")
    (tmp_path / "whole").mkdir(), (tmp_path / "streamed").mkdir()
    whole.put("0" * 64, result)
    monkeypatch.setattr(fazhi.report_map, "STREAMED_JSON_RELATIONS", 10)  # the seed has hundreds
    streamed.put("0" * 64, result)
    doc = result.report.doc_id
    assert whole.entry_path("0" * 64, doc).read_bytes() == streamed.entry_path("0" * 64, doc).read_bytes()
    assert streamed.get("0" * 64, doc) == whole.get("0" * 64, doc) is not None


def test_the_cache_outlives_changes_to_code_the_map_never_runs(tmp_path):
    """The modules left out of the cache's fingerprint are never imported by the map: a map
    run in a fresh process on a seed report loads none of them."""
    import subprocess
    import sys
    from importlib import resources

    from fazhi.report_map import NOT_IN_THE_MAP

    root = Path(str(resources.files("fazhi")))
    assert all((root / name).is_file() for name in NOT_IN_THE_MAP)
    assert "build.py" in NOT_IN_THE_MAP  # the reduce: changing it keeps every cached result
    seed = sorted(Path("seeds").glob("*.txt"))[0].resolve()
    run = subprocess.run([sys.executable, "-c", (
        "import sys\nfrom fazhi.report_map import map_report\n"
        f"outcome = map_report({str(seed)!r}, {str(tmp_path)!r})\n"
        "assert outcome.failure is None and not outcome.cached, outcome\n"
        "print('\\n'.join(m for m in sys.modules if m.startswith('fazhi')))")],
        capture_output=True, text=True, check=True)
    loaded = set(run.stdout.split())
    assert "fazhi.nlp" in loaded and "fazhi.kg.rdf" in loaded
    modules = {"fazhi." + name[:-3].replace("/", ".") for name in NOT_IN_THE_MAP}
    assert not modules & loaded


def test_the_nquads_export_holds_every_quad_of_the_store(tmp_path, two_workers):
    import gzip

    from click.testing import CliRunner
    from pyoxigraph import RdfFormat, parse

    from fazhi.cli import main
    from fazhi.kg.store import open_store

    out, _ = two_workers
    target = tmp_path / "fazhi.nq.gz"
    result = CliRunner().invoke(main, ["export", "--format", "nquads", "--store", str(out / "store"),
                                       "--out", str(target)])
    assert result.exit_code == 0, result.output
    with gzip.open(target, "rb") as fh:
        exported = set(parse(fh, format=RdfFormat.N_QUADS))
    stored = set(open_store(out / "store").quads_for_pattern(None, None, None, None))
    assert exported == stored and len(stored) > 10_000
    # and those are the quads of the checked-in TriG export
    assert exported == set(parse(path=str(ROOT / "exports" / "fazhi.trig"), format=RdfFormat.TRIG))


def test_a_build_without_exports_writes_the_same_store_and_no_export(tmp_path, two_workers):
    from fazhi.kg.store import open_store

    summary, _ = build_corpus([SEEDS], store=tmp_path / "store", exports=tmp_path / "exports",
                              cache_dir=two_workers[0] / "cache", write_exports=False)
    assert summary.cached == 5 and not (tmp_path / "exports").exists()
    quads = set(open_store(tmp_path / "store").quads_for_pattern(None, None, None, None))
    assert quads == set(open_store(two_workers[0] / "store").quads_for_pattern(None, None, None, None))
    assert (tmp_path / "lookup.sqlite").exists()


def _mtimes(*folders: Path) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for folder in folders for p in folder.rglob("*") if p.is_file()}


def test_a_rebuild_with_nothing_changed_writes_nothing(tmp_path):
    """The manifest says which reports, which code and which outputs made the last build; when
    all are the same, the build merges and writes nothing. Anything different builds again."""
    import shutil

    from fazhi.build import BuildError

    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    out = dict(store=tmp_path / "graph" / "store", exports=tmp_path / "exports", cache_dir=tmp_path / "graph" / "cache",
               keep_graph=False)
    first, _ = build_corpus([corpus], **out)
    assert "unchanged" not in first.phases and first.graphs_rewritten
    before = _mtimes(tmp_path / "graph", tmp_path / "exports")
    said = []
    second, _ = build_corpus([corpus], progress=said.append, **out)
    assert second.phases.keys() == {"unchanged"} and not second.graphs_rewritten
    assert (second.documents, second.cached, second.nodes, second.edges, second.quads, second.warnings, second.outputs) == \
           (first.documents, 5, first.nodes, first.edges, first.quads, first.warnings, first.outputs)
    assert sorted(said) == sorted(p.name for p in corpus.glob("*.txt"))
    assert _mtimes(tmp_path / "graph", tmp_path / "exports") == before  # not one file written

    # a file that cannot be read is said, and fails a --strict build, without a rebuild
    (corpus / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    third, _ = build_corpus([corpus], **out)
    assert "unchanged" in third.phases and [f.path for f in third.failures] == [str(corpus / "broken.txt")]
    with pytest.raises(BuildError, match="--strict"):
        build_corpus([corpus], strict=True, **out)
    (corpus / "broken.txt").unlink()

    # exports asked for that the last build did not write, or that are gone: built again
    (tmp_path / "exports" / "fazhi.gexf").unlink()
    fourth, _ = build_corpus([corpus], **out)
    assert "unchanged" not in fourth.phases and (tmp_path / "exports" / "fazhi.gexf").exists()
    assert not fourth.graphs_rewritten  # (the store had nothing to change)
    without_exports, _ = build_corpus([corpus], **{**out, "exports": tmp_path / "elsewhere"}, write_exports=False)
    assert "unchanged" in without_exports.phases  # the store and index are this build's already

    # a report changed, or gone: built again, with progress said once per report
    changed = corpus / "004_751c6dcf84680b70.txt"
    changed.write_bytes(changed.read_bytes() + "\n严格执行《中华人民共和国行政许可法》。\n".encode())
    said.clear()
    fifth, _ = build_corpus([corpus], progress=said.append, **out)
    assert "unchanged" not in fifth.phases and fifth.cached == 4
    assert sorted(said) == sorted(p.name for p in corpus.glob("*.txt"))
    (corpus / "003_0a67404664f71384.txt").unlink()
    sixth, _ = build_corpus([corpus], **out)
    assert "unchanged" not in sixth.phases and sixth.documents == 4
    assert "unchanged" in build_corpus([corpus], **out)[0].phases


def test_a_build_killed_after_replacing_outputs_is_not_taken_for_the_last_one(tmp_path, monkeypatch):
    """The shortcut trusts the manifest; a build that dies after renaming its outputs into place
    but before writing its manifest must leave a manifest that the shortcut does not trust."""
    import shutil

    import fazhi.build as build

    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    out = dict(store=tmp_path / "graph" / "store", exports=tmp_path / "exports", cache_dir=tmp_path / "graph" / "cache",
               keep_graph=False)
    build_corpus([corpus], **out)
    changed = corpus / "004_751c6dcf84680b70.txt"
    original = changed.read_bytes()
    changed.write_bytes(original + "\n严格执行《中华人民共和国行政许可法》。\n".encode())

    original_write = build.atomic_write

    def killed_before_the_manifest(path, write, mode="wb"):
        if Path(path).name == "manifest.json" and "code" in _manifest_being_written(write):
            raise KeyboardInterrupt  # as if killed once the outputs are in place, before the manifest
        return original_write(path, write, mode)

    monkeypatch.setattr(build, "atomic_write", killed_before_the_manifest)
    with pytest.raises(KeyboardInterrupt):
        build_corpus([corpus], **out)
    monkeypatch.undo()
    changed.write_bytes(original)  # the corpus of the last completed build again
    again, _ = build_corpus([corpus], **out)
    assert "unchanged" not in again.phases  # built again: the store held the changed report
    assert "行政许可法" not in (tmp_path / "exports" / "fazhi.trig").read_text(encoding="utf-8")


def _manifest_being_written(write) -> dict:
    import io

    buffer = io.StringIO()
    write(buffer)
    return json.loads(buffer.getvalue())
