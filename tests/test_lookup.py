"""`fazhi lookup`: finding entities by any name (exact, bracketed, Traditional, with typos) in the
lookup index a build writes, and their cards checked against what the seed reports say."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from fazhi.cli import main
from fazhi.kg.lookup import LookupIndex, LookupIndexError, index_path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
XIAOYI = "000_3524ee81c110156f.txt"  # 孝义市2021年法治政府建设情况的报告


@pytest.fixture(scope="module")
def store(seed_build):
    return seed_build.store


@pytest.fixture(scope="module")
def index(store):
    return LookupIndex.for_store(store)


def lookup(store, *args):
    return CliRunner().invoke(main, ["lookup", *args, "--store", str(store)])


@pytest.mark.parametrize("name", ["中华人民共和国行政复议法", "行政复议法", "《行政复议法》", "《中华人民共和国行政复议法》",
                                  "新《行政复议法》", "行政復議法"])
def test_every_name_of_a_law_finds_the_one_node(index, name):
    found = index.find(name)
    assert [(c.name, c.kind, c.score) for c in found] == [("中华人民共和国行政复议法", "Regulation", 100.0)]


def test_an_alias_finds_the_organization(index):
    found = index.find("威宁自治县司法局")  # how the 威宁 report also names its 司法局
    assert [(c.name, c.matched) for c in found] == [("威宁彝族回族苗族自治县司法局", "威宁自治县司法局")]


def test_a_typo_gives_ranked_candidates_the_intended_one_first(index):
    found = index.find("行政复议发")
    assert len(found) > 1 and all(c.score < 100 for c in found)
    assert found[0].name == "中华人民共和国行政复议法"
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    longer = index.find("重大行政决策程序暂行条列")  # 例 mistyped as 列
    assert longer[0].name == "重大行政决策程序暂行条例" and longer[0].score > longer[1].score


def test_a_name_shared_by_two_bodies_lists_both(store):
    # 市政府 is what the 孝义 report calls 孝义市人民政府 and the 清河 report 邢台市人民政府
    result = lookup(store, "市政府")
    assert result.exit_code == 0, result.output
    count = int(result.output.split(" candidates for '市政府'")[0])
    assert count >= 2 and len([ln for ln in result.output.splitlines()[1:] if ln[:1].isdigit()]) == count
    assert "孝义市人民政府" in result.output and "邢台市人民政府" in result.output
    assert "evidence" not in result.output  # a list, not a card
    picked = lookup(store, "市政府", "--pick", "2", "--format", "json")
    assert json.loads(picked.output)["card"]["name"] == json.loads(picked.output)["candidates"][1]["name"]


def test_typo_in_the_terminal_is_a_ranked_table_and_pick_shows_a_card(store):
    listed = lookup(store, "行政复议发")
    assert listed.exit_code == 0, listed.output
    count = int(listed.output.split(" candidates for '行政复议发'")[0])
    rows = [line for line in listed.output.splitlines()[1:] if line[:1].isdigit()]
    assert count > 1 and len(rows) == count
    assert rows[0].split()[:4] == ["1", "80", "Regulation", "中华人民共和国行政复议法"]
    scores = [int(row.split()[1]) for row in rows]
    assert scores == sorted(scores, reverse=True) and max(scores) < 100
    card = lookup(store, "行政复议发", "--pick", "1")
    assert card.output.startswith("中华人民共和国行政复议法\n  kind: Regulation")


def test_law_card_against_the_seed_and_the_gazetteer(store):
    result = lookup(store, "宪法", "--format", "json")
    assert result.exit_code == 0, result.output
    card = json.loads(result.output)["card"]
    assert (card["kind"], card["name"], card["type"]) == ("Regulation", "中华人民共和国宪法", "law")
    assert card["aliases"] == ["宪法"]
    # attributes from the law gazetteer (law_titles.csv: 中华人民共和国宪法, constitution, 2018-03-11)
    assert card["attributes"]["level"] == "constitution"
    assert card["attributes"]["issuer"] == "全国人民代表大会"
    assert card["attributes"]["promulgated"] == "2018-03-11"
    # 孝义 (2021), 吉州区 (2016) and 威宁 (2020) cite the Constitution
    citing = card["incoming"]["CITES"]
    assert {"孝义市2021年法治政府建设情况的报告", "吉州区2016年度法治政府建设情况报告"} <= set(citing)
    assert card["counts"]["incoming"]["CITES"] == len(citing) >= 3
    years = [ev["year"] for ev in card["evidence"]]
    assert years == sorted(years, reverse=True)  # newest report first
    for ev in card["evidence"]:
        text = (SEEDS / ev["report"]).read_text(encoding="utf-8")
        assert ev["sentence"] in text and "宪法" in ev["sentence"]
        assert ev["relations"] and set(ev["relations"]) <= {"CITES", "IMPLEMENTS", "ISSUES", "STUDIES", "BASED_ON"}
    assert card["evidence_reports"] == len({ev["report"] for ev in card["evidence"]}) >= 3
    # the regulations cited together with it by two reports or more, most often first
    # (孝义 and 威宁 cite both it and 《重大行政决策程序暂行条例》)
    together = [tuple(pair) for pair in card["cited_with"]]
    assert ("重大行政决策程序暂行条例", 2) in together
    assert all(n >= 2 for _, n in together) and [n for _, n in together] == sorted((n for _, n in together), reverse=True)


def test_organization_card_against_the_seed(store):
    result = lookup(store, "孝义市人民政府", "--format", "json")
    card = json.loads(result.output)["card"]
    assert card["kind"] == "Organization" and card["attributes"]["place_code"] == "141181"  # 孝义市
    assert "市政府" in card["aliases"]
    assert card["outgoing"]["JURISDICTION"] == ["孝义市"]
    assert card["incoming"]["PUBLISHED_BY"] == ["孝义市2021年法治政府建设情况的报告"]
    # the report says 出台《孝义市人民政府领导班子三重一大集体决策制度工作规则》
    assert any("三重一大集体决策制度工作规则" in name for name in card["outgoing"]["ISSUES"])
    assert {ev["report"] for ev in card["evidence"]} == {XIAOYI}
    assert all(ev["year"] == 2021 for ev in card["evidence"])


def test_text_card_shows_attributes_neighbours_and_evidence(store):
    result = lookup(store, "《行政复议法》")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "中华人民共和国行政复议法"
    assert "  kind: Regulation · type: law" in lines
    assert "  issuer: 全国人民代表大会常务委员会" in lines
    assert "  ← CITES: 孝义市2021年法治政府建设情况的报告" in lines
    assert any(line.startswith(f"    {XIAOYI} (2021, version of 2017-09-01) [") and "严格落实《行政复议法》" in line for line in lines)
    constitution = lookup(store, "宪法").output.splitlines()
    assert any(line.startswith("  cited together with: ") and "重大行政决策程序暂行条例 (2 reports)" in line
               for line in constitution)


def test_card_limits_neighbours_but_counts_all(index):
    iri = index.find("孝义市人民政府")[0].iri
    full, small = index.card(iri, neighbours=1000, evidence=1000), index.card(iri, neighbours=2, evidence=3)
    assert len(small.outgoing["IMPLEMENTS"]) == 2 and small.counts["outgoing"]["IMPLEMENTS"] == len(full.outgoing["IMPLEMENTS"]) > 2
    assert len(small.evidence) == 3 and small.evidence_total == full.evidence_total > 3
    assert small.evidence == full.evidence[:3]


def test_unknown_name_and_missing_index(store, tmp_path):
    missing = lookup(store, "火星探测条例")
    assert missing.exit_code == 1 and "nothing named '火星探测条例'" in missing.stderr
    as_json = lookup(store, "火星探测条例", "--format", "json")
    assert json.loads(as_json.stdout) == {"query": "火星探测条例", "candidates": []}
    no_index = CliRunner().invoke(main, ["lookup", "宪法", "--store", str(tmp_path / "store")])
    assert no_index.exit_code == 1 and "run `fazhi build`" in no_index.stderr
    with pytest.raises(LookupIndexError):
        LookupIndex.open(index_path(tmp_path / "store"))
