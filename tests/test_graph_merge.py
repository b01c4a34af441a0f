"""The graph merged in a child process (what a large build does, to give the graph's memory back
before the store is written) is the graph merged in the build's own process, and the child's
failures reach the user as the build's own."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import fazhi.build as build_module
import fazhi.graph_merge as graph_merge
from fazhi.build import BuildError, build_corpus
from fazhi.kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXPORTS = ("fazhi.graphml", "fazhi.gexf", "fazhi.ttl", "fazhi.trig")


def _build(out: Path, corpus: Path, cache: Path, **options):
    return build_corpus([corpus], store=out / "graph" / "store", exports=out / "exports", cache_dir=cache,
                        keep_graph=False, **options)


def _index_rows(path: Path) -> dict[str, list]:
    """Every row of the lookup index but the id of its merge state (new for every build)."""
    conn = sqlite3.connect(path)
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    rows = {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall()) for table in tables}
    rows["meta"] = [row for row in rows["meta"] if row[0] != "merge_state"]
    conn.close()
    return rows


def _temporaries(out: Path) -> list[str]:
    return sorted(p.name for p in out.rglob("*") if p.name.endswith(".tmp") or p.name.endswith(".new"))


@pytest.fixture(scope="module")
def both_ways(tmp_path_factory):
    base = tmp_path_factory.mktemp("merge")
    cache = base / "cache"  # the second build reads the first one's results
    here, _ = _build(base / "here", SEEDS, cache, merge_in_child=False)
    apart, _ = _build(base / "apart", SEEDS, cache, merge_in_child=True)
    return base, here, apart


def test_a_graph_merged_in_a_child_process_writes_what_one_merged_here_writes(both_ways):
    base, here, apart = both_ways
    for name in EXPORTS:
        assert (base / "here" / "exports" / name).read_bytes() == (base / "apart" / "exports" / name).read_bytes(), name
    quads = [sorted(map(str, open_store(base / way / "graph" / "store").quads_for_pattern(None, None, None, None)))
             for way in ("here", "apart")]
    assert quads[0] == quads[1] and len(quads[0]) == apart.quads > 10_000
    assert _index_rows(base / "here" / "graph" / "lookup.sqlite") == _index_rows(base / "apart" / "graph" / "lookup.sqlite")
    assert (apart.documents, apart.nodes, apart.edges, apart.warnings) == (here.documents, here.nodes, here.edges,
                                                                            here.warnings)
    assert apart.documents == 5 and apart.cached == 5
    assert {"map_and_merge", "entities", "graph_exports", "lookup_index", "store", "rdf_exports"} <= apart.phases.keys()
    assert not _temporaries(base)


def test_a_build_of_many_reports_merges_in_a_child_process(tmp_path, monkeypatch):
    calls = []
    real = build_module.merge_in_child_process

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "merge_in_child_process", counted)
    monkeypatch.setattr(build_module, "MERGE_IN_CHILD_FROM", 5)
    _build(tmp_path / "many", SEEDS, tmp_path / "cache")  # five reports: as many as the threshold
    assert calls == [1]
    monkeypatch.setattr(build_module, "MERGE_IN_CHILD_FROM", 6)
    _build(tmp_path / "few", SEEDS, tmp_path / "cache")
    # a caller who keeps the graph gets it from the build's own process
    _, graph = build_corpus([SEEDS], store=tmp_path / "kept" / "store", exports=tmp_path / "kept" / "exports",
                            cache_dir=tmp_path / "cache", merge_in_child=True, keep_graph=True)
    assert calls == [1] and graph.number_of_nodes() > 400


def test_a_write_that_fails_in_the_merge_process_fails_the_build_naming_the_file(tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the exports' folder should be", encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build_corpus([SEEDS], store=tmp_path / "graph" / "store", exports=blocked / "exports",
                     cache_dir=tmp_path / "graph" / "cache", keep_graph=False, merge_in_child=True)
    # what a merge in the build's own process says
    assert str(err.value) == f"cannot write {blocked / 'exports'}: Not a directory; the previous store and exports are unchanged"
    assert not (tmp_path / "graph" / "store").exists() and not (tmp_path / "graph" / "lookup.sqlite").exists()
    assert not _temporaries(tmp_path)


def test_a_refused_build_stops_the_merge_process_before_it_writes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(sorted(SEEDS.glob("*.txt"))[0].read_bytes())
    (corpus / "b.txt").write_bytes(b"\x00\x01 not a report \xff\xfe" * 10)
    with pytest.raises(BuildError, match="could not be read and --strict is set"):
        _build(tmp_path / "out", corpus, tmp_path / "out" / "graph" / "cache", merge_in_child=True, strict=True)
    assert not (tmp_path / "out" / "exports").exists() or not list((tmp_path / "out" / "exports").iterdir())
    assert not (tmp_path / "out" / "graph" / "lookup.sqlite").exists()
    assert not _temporaries(tmp_path)


def test_a_merge_process_that_dies_is_a_clear_build_error(tmp_path, monkeypatch):
    monkeypatch.setattr(graph_merge, "_CHILD_MAIN", "import os; os._exit(3)")
    with pytest.raises(BuildError, match=r"^the merge process stopped \(exit code 3\); the previous store"):
        _build(tmp_path / "out", SEEDS, tmp_path / "cache", merge_in_child=True)
    assert not (tmp_path / "out" / "graph" / "store").exists()


@pytest.mark.parametrize("in_child", [False, True])
def test_a_second_file_of_a_reports_name_is_skipped_and_said(tmp_path, in_child):
    seed = sorted(SEEDS.glob("*.txt"))[0]
    first, second = tmp_path / "corpus" / "a" / seed.name, tmp_path / "corpus" / "b" / seed.name
    for path in (first, second):
        path.parent.mkdir(parents=True)
    first.write_bytes(seed.read_bytes())
    second.write_text("二〇二三年法治政府建设情况报告\n全面推行行政执法三项制度。", encoding="utf-8")
    summary, _ = _build(tmp_path / "out", tmp_path / "corpus", tmp_path / "cache", merge_in_child=in_child)
    assert summary.documents == 1 and not summary.failures
    assert summary.warnings[-1] == f"{second}: a report named {seed.name} was already read; skipped"
    (tmp_path / "alone").mkdir()
    (tmp_path / "alone" / seed.name).write_bytes(seed.read_bytes())
    one, _ = _build(tmp_path / "one", tmp_path / "alone", tmp_path / "cache")  # the first file is the one merged
    assert summary.nodes == one.nodes and summary.edges == one.edges


def test_rdf_exports_that_fail_while_the_child_writes_leave_the_previous_build(tmp_path, monkeypatch):
    import errno

    from fazhi.kg.files import atomic_write

    out, cache = tmp_path / "out", tmp_path / "cache"
    _build(out, SEEDS, cache, merge_in_child=True)
    before = {p.name: p.read_bytes() for p in (out / "exports").iterdir()}
    index = (out / "graph" / "lookup.sqlite").read_bytes()

    def full_disk_after_one(entities, parts, exports):
        atomic_write(Path(exports) / "fazhi.ttl", lambda fh: fh.write(b"# complete, staged\n"))
        raise OSError(errno.ENOSPC, "No space left on device", str(Path(exports) / "fazhi.trig"))

    monkeypatch.setattr(build_module, "write_rdf_parts", full_disk_after_one)
    with pytest.raises(BuildError, match=r"^the disk is full: cannot write .*fazhi\.trig; the previous store"):
        _build(out, SEEDS, cache, merge_in_child=True, graph_formats=("graphml",))  # a new request: a full build
    assert {p.name: p.read_bytes() for p in (out / "exports").iterdir()} == before
    assert (out / "graph" / "lookup.sqlite").read_bytes() == index
    assert not _temporaries(tmp_path)
