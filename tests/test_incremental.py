"""The incremental build: when a few reports changed, were added or removed since the last build,
``fazhi build --no-exports`` patches the store and the lookup index instead of merging the corpus
again, and what it writes is what a full build of the same reports writes."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

import fazhi.build as build_module
from fazhi.build import BuildError, build_corpus
from fazhi.kg.lookup import LookupIndex
from fazhi.kg.store import open_store, query

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# A paragraph a county might add to its report: a national law, a body and measures, some new.
ADDED_PARAGRAPH = ("\n本年度，我们认真贯彻《中华人民共和国行政复议法》，县司法局推行“枫桥式”调解工作法，"
                   "建立健全行政执法“三项制度”。\n")


def _build(corpus: Path, work: Path, **options):
    summary, _ = build_corpus([corpus], store=work / "graph" / "store", exports=work / "exports",
                              cache_dir=work / "graph" / "cache", keep_graph=False, **options)
    return summary


def _store_quads(work: Path) -> list[str]:
    return sorted(str(q) for q in open_store(work / "graph" / "store"))


def _index_contents(work: Path) -> dict[str, list]:
    """Every row of the lookup index, with ids replaced by the keys they stand for."""
    conn = sqlite3.connect(work / "graph" / "lookup.sqlite")
    key = dict(conn.execute("SELECT id, key FROM entity"))
    contents = {
        "entity": sorted(row[1:] for row in conn.execute("SELECT * FROM entity")),
        "label": sorted((key[e], *rest) for _, e, *rest in conn.execute("SELECT * FROM label")),
        "gram": sorted((g, label, key[e]) for g, label, e in conn.execute(
            "SELECT g.gram, l.label, l.entity FROM gram g JOIN label l ON l.id = g.label")),
        "gram_count": sorted(conn.execute("SELECT * FROM gram_count")),
        "chars": sorted(conn.execute("SELECT * FROM chars")),
        "edge": sorted((key[s], t, key[o], n) for s, t, o, n in conn.execute("SELECT * FROM edge")),
        "sentence": sorted((key[r], start, text) for _, r, start, text in conn.execute("SELECT * FROM sentence")),
        "evidence": sorted((key[e], year, key[r], start, text, relations) for e, year, r, start, text, relations in
                           conn.execute("SELECT v.entity, v.neg_year, s.report, s.start, s.text, v.relations "
                                        "FROM evidence v JOIN sentence s ON s.id = v.sentence")),
        "merge_record": sorted((key[e], key[r], seq, record) for e, r, seq, record in
                               conn.execute("SELECT * FROM merge_record")),
        "co_citation": sorted((key[a], key[b], n) for a, b, n in conn.execute("SELECT * FROM co_citation")),
    }
    conn.close()
    return contents


def _manifest(work: Path) -> dict:
    return json.loads((work / "graph" / "manifest.json").read_text(encoding="utf-8"))


def _assert_same_build(patched: Path, full: Path) -> None:
    assert _store_quads(patched) == _store_quads(full)
    assert _index_contents(patched) == _index_contents(full)
    a, b = _manifest(patched), _manifest(full)
    assert a["documents"] == b["documents"]
    for name in ("nodes", "edges", "quads", "warnings"):
        assert a["summary"][name] == b["summary"][name], name


@pytest.fixture()
def corpus(tmp_path):
    """Four seed reports built in full (exports too, as a first build makes them)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:4]:
        shutil.copy(path, folder)
    work = tmp_path / "work"
    _build(folder, work, write_exports=True)
    return folder, work


def _change_the_corpus(folder: Path) -> None:
    """One report changed, one added, one removed."""
    seeds = sorted(SEEDS.glob("*.txt"))
    changed = folder / seeds[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + ADDED_PARAGRAPH, encoding="utf-8")
    shutil.copy(seeds[4], folder)
    (folder / seeds[3].name).unlink()


def test_an_incremental_build_writes_what_a_full_build_writes(corpus, tmp_path, monkeypatch):
    folder, work = corpus
    monkeypatch.setattr(build_module, "INCREMENTAL_SHARE", 1.0)  # three of four reports: patched all the same
    _change_the_corpus(folder)
    summary = _build(folder, work, write_exports=False)
    assert "incremental" in summary.phases and "lookup_index" not in summary.phases
    assert summary.patched == sorted(p.name for p in sorted(SEEDS.glob("*.txt"))[1:5] if p.name != sorted(
        SEEDS.glob("*.txt"))[2].name)
    assert summary.documents == 4
    full = tmp_path / "full"
    assert "incremental" not in _build(folder, full, write_exports=False).phases
    _assert_same_build(work, full)

    # and again: a patched build is patched once more, and still is what a full build writes
    first = folder / sorted(SEEDS.glob("*.txt"))[0].name
    first.write_text(first.read_text(encoding="utf-8") + ADDED_PARAGRAPH, encoding="utf-8")
    assert "incremental" in _build(folder, work, write_exports=False).phases
    shutil.rmtree(full)
    _build(folder, full, write_exports=False)
    _assert_same_build(work, full)


def _co_citations(work: Path) -> dict[frozenset, int]:
    store = open_store(work / "graph" / "store")
    rows = query(store, "SELECT ?a ?b ?n WHERE { ?p fz:coCitingReports ?n ; fz:coCited ?a , ?b FILTER (STR(?a) < STR(?b)) }")
    return {frozenset((r["a"].value, r["b"].value)): int(r["n"].value) for r in rows}


def test_the_co_citations_kept_follow_their_counts_in_an_incremental_build(tmp_path, monkeypatch):
    """With room for one pair, the graph keeps the pairs tied at the highest count. A report that
    comes to cite both of two regulations others cite together raises that pair above the rest: the
    patched store then keeps that pair alone, as a full build does, and the index counts every pair."""
    from fazhi.kg import statistics

    monkeypatch.setattr(statistics, "CO_CITATION_PAIRS", 1)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, folder)
    work = tmp_path / "work"
    _build(folder, work, write_exports=False)
    before = _co_citations(work)
    assert len(before) == 3 and set(before.values()) == {2}  # (宪法 with three others, two reports each)
    # 清河 (004) cites the Constitution but not the decision-making rules; now it cites both
    changed = folder / sorted(SEEDS.glob("*.txt"))[4].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\n认真学习《中华人民共和国宪法》，严格执行《重大行政决策程序暂行条例》。\n",
                       encoding="utf-8")
    assert "incremental" in _build(folder, work, write_exports=False).phases
    after = _co_citations(work)
    assert list(after.values()) == [3] and len(after) == 1
    full = tmp_path / "full"
    _build(folder, full, write_exports=False)
    _assert_same_build(work, full)


def test_lookups_on_a_patched_index_are_those_on_a_full_one(corpus, tmp_path, monkeypatch):
    folder, work = corpus
    monkeypatch.setattr(build_module, "INCREMENTAL_SHARE", 1.0)
    _change_the_corpus(folder)
    _build(folder, work, write_exports=False)
    full = tmp_path / "full"
    _build(folder, full, write_exports=False)
    patched_index = LookupIndex.for_store(work / "graph" / "store")
    full_index = LookupIndex.for_store(full / "graph" / "store")
    iris = [iri for (iri,) in full_index.conn.execute("SELECT iri FROM entity ORDER BY id")]
    assert len(iris) > 300
    for iri in iris:  # neighbours best connected first, evidence newest first: the same order
        assert patched_index.card(iri, neighbours=3, evidence=5) == full_index.card(iri, neighbours=3, evidence=5)
    for name in ("行政复议法", "县司法局", "枫桥式", "三项制度"):
        assert patched_index.find(name) == full_index.find(name)
    assert [c.name for c in patched_index.find("中华人民共和国行政复议法")][:1] == ["中华人民共和国行政复议法"]


def test_many_changes_or_exports_asked_for_make_a_full_build(corpus, tmp_path):
    folder, work = corpus
    _change_the_corpus(folder)  # three of four reports: more than INCREMENTAL_SHARE
    summary = _build(folder, work, write_exports=False)
    assert "incremental" not in summary.phases and summary.patched == []
    changed = sorted(folder.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + ADDED_PARAGRAPH, encoding="utf-8")
    summary = _build(folder, work, write_exports=True)  # exports are written from the whole graph
    assert "incremental" not in summary.phases and "rdf_exports" in summary.phases
    summary = _build(folder, work, write_exports=False)  # nothing changed
    assert summary.phases.keys() == {"unchanged"}
    # the copy of the index made for a patch that was not made is gone
    assert not [p.name for p in (work / "graph").iterdir() if p.name.endswith(".tmp")]


# Indexes the patch must not trust: another build's, and one that lost the sentences of a
# report that changed (whose evidence could then not be taken out).
DAMAGE = {"another build's": "UPDATE meta SET value = 'another build' WHERE name = 'merge_state'",
          "sentences lost": "DELETE FROM sentence WHERE report = (SELECT id FROM entity WHERE key = 'report:{doc}')"}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_an_index_not_of_the_last_build_makes_a_full_build(corpus, tmp_path, monkeypatch, damage):
    folder, work = corpus
    monkeypatch.setattr(build_module, "INCREMENTAL_SHARE", 1.0)
    index = work / "graph" / "lookup.sqlite"
    conn = sqlite3.connect(index)
    with conn:
        assert conn.execute(DAMAGE[damage].format(doc=sorted(SEEDS.glob("*.txt"))[1].name)).rowcount > 0
    conn.close()
    _change_the_corpus(folder)
    summary = _build(folder, work, write_exports=False)
    assert "incremental" not in summary.phases
    full = tmp_path / "full"
    _build(folder, full, write_exports=False)
    _assert_same_build(work, full)


def test_a_failed_incremental_build_leaves_the_last_build_whole(corpus, tmp_path, monkeypatch):
    folder, work = corpus
    monkeypatch.setattr(build_module, "INCREMENTAL_SHARE", 1.0)
    before_quads, before_index = _store_quads(work), _index_contents(work)

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device", str(work / "graph" / "store"))

    monkeypatch.setattr(build_module, "patch_store", full_disk)
    _change_the_corpus(folder)
    with pytest.raises(BuildError, match="the disk is full"):
        build_corpus([folder], store=work / "graph" / "store", exports=work / "exports",
                     cache_dir=work / "graph" / "cache", keep_graph=False, write_exports=False)
    assert _store_quads(work) == before_quads and _index_contents(work) == before_index
    assert not [p.name for p in (work / "graph").iterdir() if p.name.endswith(".tmp")]
    monkeypatch.undo()
    monkeypatch.setattr(build_module, "INCREMENTAL_SHARE", 1.0)
    # the last build's manifest no longer vouches for its outputs: the next build is a full one
    assert "incremental" not in _build(folder, work, write_exports=False).phases
    full = tmp_path / "full"
    _build(folder, full, write_exports=False)
    _assert_same_build(work, full)


def test_the_cli_says_when_it_patched_the_last_build(corpus):
    from click.testing import CliRunner

    from fazhi.cli import main

    folder, work = corpus
    changed = sorted(folder.glob("*.txt"))[2]
    changed.write_text(changed.read_text(encoding="utf-8") + ADDED_PARAGRAPH, encoding="utf-8")
    args = [str(folder), "--store", str(work / "graph" / "store"), "--exports", str(work / "exports"),
            "--cache", str(work / "graph" / "cache")]
    result = CliRunner().invoke(main, ["build", *args, "--no-exports"])
    assert result.exit_code == 0, result.output
    assert "1 report changed, added or removed since the last build: the store and the lookup index were patched" \
        in result.output
    found = CliRunner().invoke(main, ["lookup", "枫桥式", "--store", str(work / "graph" / "store")])
    assert found.exit_code == 0 and "枫桥式" in found.output and changed.name in found.output
