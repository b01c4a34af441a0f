"""The command line: the extraction contract, the evaluation command, SPARQL, lookup, export."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from fazhi.cli import main

ROOT = Path(__file__).resolve().parent.parent
SHARED_SCORER = ROOT.parent / "shared" / "score.py"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--store", str(out / "store"),
                                       "--exports", str(out / "exports"), "--cache", str(out / "cache"), "-q"])
    assert result.exit_code == 0, result.output
    return out / "store"


@pytest.fixture(scope="module")
def predictions(tmp_path_factory):
    result = CliRunner().invoke(main, ["extract", *map(str, sorted((ROOT / "seeds").glob("*.txt"))), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    path = tmp_path_factory.mktemp("preds") / "preds.jsonl"
    path.write_text(result.output, encoding="utf-8")
    return path


def test_extract_prints_one_gold_shaped_object_per_document(predictions):
    lines = predictions.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    for line in lines:
        obj = json.loads(line)
        assert set(obj) >= {"doc", "report", "regulations", "organizations", "measures"}
        text = (ROOT / "seeds" / obj["doc"]).read_text(encoding="utf-8")
        for kind in ("regulations", "organizations", "measures"):
            for entity in obj[kind]:
                assert {"name", "aliases", "type", "mentions"} <= set(entity)
                for m in entity["mentions"]:
                    assert text[m["start"]:m["end"]] == m["text"]


def test_own_evaluation_agrees_with_the_independent_scorer(predictions):
    ours = CliRunner().invoke(main, ["evaluate", "--gold", str(ROOT / "tests" / "data" / "gold"), str(predictions), "--json"])
    assert ours.exit_code == 0, ours.output
    ours = json.loads(ours.output)
    if not SHARED_SCORER.exists():
        pytest.skip("../shared/score.py is not beside the project")
    theirs = subprocess.run([sys.executable, str(SHARED_SCORER), str(predictions), str(ROOT / "tests" / "data" / "gold"),
                             "--json"], capture_output=True, text=True, check=True)
    theirs = json.loads(theirs.stdout)
    assert ours["overall"] == theirs["overall"]
    for kind in ("regulations", "organizations", "measures"):
        for field in ("precision", "recall", "f1", "tp", "fp", "fn", "attributes", "cross_doc_consistency"):
            assert ours["scores"][kind][field] == theirs["scores"][kind][field], (kind, field)
    assert ours["report"] == theirs["report"]


def test_evaluate_compares_two_runs(predictions, tmp_path):
    worse = tmp_path / "worse.jsonl"
    objs = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    objs[0]["regulations"] = objs[0]["regulations"][1:]
    worse.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in objs), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(ROOT / "tests" / "data" / "gold"), str(worse),
                                       "--compare", str(predictions)])
    assert result.exit_code == 0, result.output
    assert "lost (1):" in result.output


def test_extract_reports_a_bad_file_and_goes_on(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", str(bad), str(ROOT / "seeds" / "004_751c6dcf84680b70.txt")])
    assert result.exit_code == 1
    assert f"{bad}: empty file" in result.stderr
    assert json.loads(result.stdout.strip())["doc"] == "004_751c6dcf84680b70.txt"


def test_sparql_prints_a_table_csv_and_json(store):
    q = "SELECT ?name WHERE { ?r eli:cites ?x . ?x skos:prefLabel ?name . FILTER(CONTAINS(?name, '行政复议法')) } ORDER BY ?name"
    table = CliRunner().invoke(main, ["sparql", q, "--store", str(store)])
    assert table.exit_code == 0 and "中华人民共和国行政复议法" in table.output and "rows)" in table.output
    csv = CliRunner().invoke(main, ["sparql", q, "--store", str(store), "--format", "csv"])
    assert csv.output.splitlines()[0].strip() == "name"
    as_json = CliRunner().invoke(main, ["sparql", q, "--store", str(store), "--format", "json"])
    assert json.loads(as_json.output)["results"]["bindings"]


@pytest.mark.parametrize("name", ["行政复议法", "《中华人民共和国行政复议法》", "中华人民共和国行政复议法"])
def test_lookup_finds_a_law_by_any_name_with_its_reports(store, name):
    result = CliRunner().invoke(main, ["lookup", name, "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["card"]["name"] == "中华人民共和国行政复议法"
    assert out["card"]["kind"] == "Regulation"
    assert any(ev["report"] == "000_3524ee81c110156f.txt" and "行政复议法" in ev["sentence"] for ev in out["card"]["evidence"])


def test_export_graphml_and_gexf_open_in_networkx(store, tmp_path):
    import networkx as nx

    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        result = CliRunner().invoke(main, ["export", "--format", fmt, "--store", str(store), "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert reader(out).number_of_nodes() > 100


def test_build_prints_a_summary_table_and_nothing_when_quiet(store, tmp_path):
    cache = store.parent / "cache"  # the module's build: every report comes from its cache
    args = ["build", str(ROOT / "seeds"), "--store", str(tmp_path / "store"), "--exports", str(tmp_path / "exports"),
            "--cache", str(cache)]
    loud = CliRunner().invoke(main, args)
    assert loud.exit_code == 0, loud.output
    lines = loud.stdout.splitlines()
    assert lines[0].startswith("built 5 reports in ") and "(5 from cache)" in lines[0]
    rows = {cells[0]: cells[1:] for cells in (line.split() for line in lines[2:]) if cells}
    assert rows["nodes"] == ["edges"]
    assert rows["Report"] == ["5", "CITES", rows["Report"][2]] and int(rows["Report"][2]) > 50
    from fazhi.kg.lookup import LookupIndex

    index = LookupIndex.for_store(tmp_path / "store")
    for kind in ("Regulation", "Organization", "Measure", "Place"):
        count = index.conn.execute("SELECT COUNT(*) FROM entity WHERE kind = ?", (kind,)).fetchone()[0]
        assert int(rows[kind][0]) == count, kind
    totals = [line.split() for line in lines if line.strip().startswith("total")]
    assert totals[0][1] == str(index.conn.execute("SELECT COUNT(*) FROM entity").fetchone()[0])
    assert lines[-1].startswith("wrote: ") and "lookup.sqlite" in lines[-1]
    quiet = CliRunner().invoke(main, [*args, "--quiet"])
    assert quiet.exit_code == 0 and quiet.stdout == "" and quiet.stderr == ""


def test_summary_table_lists_the_first_warnings_and_failures():
    from fazhi.build import BuildSummary
    from fazhi.report_map import Failure
    from fazhi.cli import _summary_table

    summary = BuildSummary(documents=30, cached=2, seconds=12.5, quads=1000, outputs={"store": "graph/store"},
                           failures=[Failure("reports/bad.txt", "empty file")],
                           warnings=[f"r{i:02d}.txt: no year found" for i in range(25)])
    summary.nodes.update({"Report": 30, "Regulation": 7})
    summary.edges.update({"CITES": 9})
    text = _summary_table(summary)
    assert text.startswith("built 30 reports in 12.5 s (2 from cache, 1 failed); 1000 quads in graph/store")
    assert "  r19.txt: no year found" in text and "r20.txt" not in text and "  … and 5 more" in text
    assert "failed (1):\n  reports/bad.txt: empty file" in text
    assert "  Report             30    CITES                     9" in text and "  total              37" in text
