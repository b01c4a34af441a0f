"""The SPARQL cookbook (graph/queries/*.rq): each query runs on the seed graph and its answer
agrees with what the seed reports say. Assertions are facts the seed text states, so better
extraction may add rows but must not lose these."""
from __future__ import annotations

from pathlib import Path

import pytest

from fazhi.kg.store import open_store, query

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "graph" / "queries"
SEEDS = ROOT / "seeds"
XIAOYI, JIZHOU, WEINING, GULOU, QINGHE = (
    "000_3524ee81c110156f.txt", "001_f1251c18c376ec20.txt", "002_e4c32c98070de971.txt",
    "003_0a67404664f71384.txt", "004_751c6dcf84680b70.txt")
# The year each seed reports on, as its title says: 孝义市2021年…, 吉州区2016年度…, 威宁自治县2020年…,
# 古楼镇 2024 (published 2025-03), 清河县 2022年.
YEAR = {XIAOYI: 2021, JIZHOU: 2016, WEINING: 2020, GULOU: 2024, QINGHE: 2022}


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def seeds_containing(*words: str) -> set[str]:
    return {p.name for p in SEEDS.glob("*.txt") if all(w in seed_text(p.name) for w in words)}


@pytest.fixture(scope="module")
def store(seed_build):
    return open_store(seed_build.store)


def run(store, name: str) -> list[dict[str, str]]:
    return run_text(store, (QUERIES / name).read_text(encoding="utf-8"))


def run_text(store, text: str) -> list[dict[str, str]]:
    results = query(store, text)
    names = [v.value for v in results.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in results]


def test_the_cookbook_has_ten_commented_research_questions():
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 10
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert text.startswith("# Research question:"), f.name


def test_most_cited_regulations(store):
    rows = run(store, "01_most_cited_regulations.rq")
    counts = {r["regulation"]: int(r["reports"]) for r in rows}
    # four seeds name the Constitution (宪法), two 《重大行政决策程序暂行条例》
    assert counts["中华人民共和国宪法"] == len(seeds_containing("宪法")) == 4
    assert counts["重大行政决策程序暂行条例"] == len(seeds_containing("重大行政决策程序暂行条例")) == 2
    assert rows[0]["regulation"] == "中华人民共和国宪法"
    assert [int(r["reports"]) for r in rows] == sorted((int(r["reports"]) for r in rows), reverse=True)


def test_who_implements_a_regulation(store):
    rows = run(store, "02_who_implements.rq")
    # 孝义: 按照《重大行政决策程序暂行条例》…规定程序; 威宁: 严格落实《重大行政决策程序暂行条例》
    assert {"孝义市人民政府", "威宁彝族回族苗族自治县人民政府"} <= {r["body"] for r in rows}
    for r in rows:
        assert "重大行政决策程序暂行条例" in r["sentence"] and r["sentence"] in seed_text(r["file"])
        assert int(r["year"]) == YEAR[r["file"]]


def test_documents_a_body_issued_itself(store):
    rows = run(store, "03_issued_by_body.rq")
    # 孝义: 制定了《孝义市乡镇(街道)行政执法公开公示制度》《孝义市乡镇(街道)行政执法全过程记录制度》…
    documents = {r["document"] for r in rows}
    assert {"孝义市乡镇(街道)行政执法公开公示制度", "孝义市乡镇(街道)行政执法全过程记录制度"} <= documents
    assert {r["body"] for r in rows} == {"孝义市人民政府"} and {r["file"] for r in rows} == {XIAOYI}


def test_co_citation(store):
    rows = run(store, "04_co_citation.rq")
    pairs = {frozenset((r["first"], r["second"])): int(r["reports"]) for r in rows}
    # 孝义 and 威宁 both cite the Constitution and 《重大行政决策程序暂行条例》
    both = seeds_containing("宪法", "重大行政决策程序暂行条例")
    assert both == {XIAOYI, WEINING}
    assert pairs[frozenset(("中华人民共和国宪法", "重大行政决策程序暂行条例"))] == len(both)
    assert all(n >= 2 for n in pairs.values())


def test_measures_by_number_of_adopting_bodies(store):
    rows = run(store, "05_measures_by_adopters.rq")
    bodies = {r["measure"]: int(r["bodies"]) for r in rows}
    # 威宁 全面推行行政执法“三项制度”; 清河 进一步提升行政执法三项制度工作质效
    assert bodies["行政执法三项制度"] >= 2
    assert [int(r["bodies"]) for r in rows] == sorted((int(r["bodies"]) for r in rows), reverse=True)


def test_reports_per_year_citing_a_regulation(store):
    rows = run(store, "06_reports_per_year_citing.rq")
    per_year = {int(r["year"]): int(r["reports"]) for r in rows}
    assert per_year == {YEAR[f]: 1 for f in seeds_containing("宪法")} == {2016: 1, 2020: 1, 2021: 1, 2022: 1}


def test_bodies_under_a_place(store):
    rows = run(store, "07_bodies_under_place.rq")
    bodies = {r["body"] for r in rows}
    # the 威宁 report (毕节市, 贵州省) names 县司法局 and 县人民政府
    assert {"威宁彝族回族苗族自治县司法局", "威宁彝族回族苗族自治县人民政府"} <= bodies
    assert all(r["code"].startswith("52") for r in rows)  # nothing outside 贵州省 (code 52…)
    assert not bodies & {"孝义市人民政府", "清河县司法局"}


def with_values(name: str, values: str | None) -> str:
    """A cookbook query with its example in VALUES replaced (``values``) or its VALUES line
    deleted (None), as each query's comment tells users to do."""
    lines = (QUERIES / name).read_text(encoding="utf-8").splitlines(keepends=True)
    found = [i for i, line in enumerate(lines) if line.lstrip().startswith("VALUES")]
    assert len(found) == 1, name
    i = found[0]
    lines[i] = "" if values is None else lines[i][:lines[i].index("{") + 1] + f" {values} }}\n"
    return "".join(lines)


def test_citations_of_national_laws_by_a_short_name(store):
    rows = run(store, "08_short_name_citations.rq")
    used = {(r["officialTitle"], r["nameUsed"]): (int(r["reports"]), int(r["firstYear"]), int(r["lastYear"]))
            for r in rows}
    # 孝义 (2021): 严格落实《行政复议法》和《行政复议法实施条例》; 吉州区 (2016): 宪法、新行政诉讼法
    assert used[("中华人民共和国行政复议法", "行政复议法")] == (1, 2021, 2021)
    assert used[("中华人民共和国行政诉讼法", "新行政诉讼法")] == (1, 2016, 2016)
    # four seeds write 宪法 and none 中华人民共和国宪法: 吉州区 2016 … 清河 2022
    constitution = seeds_containing("宪法")
    assert used[("中华人民共和国宪法", "宪法")] == (
        len(constitution), min(YEAR[f] for f in constitution), max(YEAR[f] for f in constitution))
    for r in rows:
        assert r["nameUsed"] != r["officialTitle"]
        # as many seeds of those years use the name as the row says
        writing = [f for f in YEAR if r["nameUsed"] in seed_text(f).replace("《", "").replace("》", "")]
        assert len(writing) >= int(r["reports"])
        assert int(r["firstYear"]) in {YEAR[f] for f in writing} and int(r["lastYear"]) in {YEAR[f] for f in writing}
    # most used name first within a law
    for a, b in zip(rows, rows[1:]):
        if a["officialTitle"] == b["officialTitle"]:
            assert int(a["reports"]) >= int(b["reports"])


def test_documents_with_a_document_number_by_issuer(store):
    rows = run(store, "09_document_numbers_by_issuer.rq")
    # 清河: 国务院办公厅《关于加强规范性文件制定和监督管理工作的通知》(国办发〔2018〕37号)
    assert [(r["issuer"], r["agencyCode"], r["number"], r["document"]) for r in rows] == [
        ("国务院办公厅", "国办发", "国办发〔2018〕37号", "关于加强规范性文件制定和监督管理工作的通知")]
    assert int(rows[0]["reports"]) == len(seeds_containing("国办发〔2018〕37号")) == 1
    # without the VALUES line: every issuer's numbered documents, the same document among them
    every = run_text(store, with_values("09_document_numbers_by_issuer.rq", None))
    assert rows[0] in every and len({r["issuer"] for r in every}) > 1
    assert all("〔" in r["number"] and r["number"].endswith("号") and r["number"].startswith(r["agencyCode"])
               for r in every)
    assert [r["agencyCode"] for r in every] == sorted(r["agencyCode"] for r in every)


def test_evidence_sentences_for_one_edge(store):
    rows = run(store, "10_evidence_for_edge.rq")
    assert rows
    for r in rows:
        text = seed_text(r["file"])
        assert r["file"] == XIAOYI and int(r["year"]) == 2021
        assert r["sentence"] in text and text[int(r["start"]):int(r["end"])] in r["sentence"]
        assert "重大行政决策程序暂行条例" in r["sentence"]


def test_where_a_measure_spread(store):
    rows = run(store, "11_measure_spread.rq")
    assert {("威宁彝族回族苗族自治县", 2020), ("清河县", 2022)} <= {(r["place"], int(r["year"])) for r in rows}


def test_version_of_a_law_in_force_when_cited(store):
    rows = run(store, "12_cited_versions.rq")
    constitution = {r["version"]: (int(r["reports"]), int(r["firstYear"]), int(r["lastYear"]))
                    for r in rows if r["law"] == "中华人民共和国宪法"}
    # 吉州区 2016 is before the amendment of 2018-03-11: the 2004 text was in force; 威宁 2020,
    # 孝义 2021 and 清河 2022 cite the 2018 text
    citing = seeds_containing("宪法")
    before = [f for f in citing if YEAR[f] < 2018]
    after = [f for f in citing if YEAR[f] >= 2018]
    assert constitution == {"2004-03-14": (len(before), 2016, 2016),
                            "2018-03-11": (len(after), min(YEAR[f] for f in after), max(YEAR[f] for f in after))}
    assert [(r["law"], r["version"]) for r in rows] == sorted((r["law"], r["version"]) for r in rows)


def test_reports_overview_lists_the_reports_of_the_year_asked(store):
    rows = run(store, "13_reports_overview.rq")
    assert [r["file"] for r in rows] == [f for f in sorted(YEAR) if YEAR[f] == 2021] == [XIAOYI]
    assert rows[0]["region"] == "孝义市"
    seen = []
    for year in sorted(set(YEAR.values())):
        rows = run_text(store, with_values("13_reports_overview.rq", str(year)))
        assert [r["file"] for r in rows] == sorted(f for f in YEAR if YEAR[f] == year)
        seen += rows
    every = run_text(store, with_values("13_reports_overview.rq", None))
    assert sorted(r["file"] for r in every) == sorted(r["file"] for r in seen) == sorted(YEAR)
    for r in every:
        assert r["graph"] == "https://w3id.org/fazhi/graph/report/" + r["file"]
        assert int(r["year"]) == YEAR[r["file"]]
        assert int(r["statements"]) > 0


def test_where_the_parts_of_a_measure_spread_year_by_year(store):
    rows = run(store, "14_measure_parts_spread.rq")
    by_year: dict[int, set[str]] = {}
    for r in rows:
        by_year.setdefault(int(r["year"]), set()).add(r["measure"])
        assert int(r["reports"]) == 1 and int(r["bodies"]) >= 1 and int(r["places"]) >= 1  # one seed a year
    # 威宁 (2020) and 孝义 (2021) carry out 行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度
    parts = {"行政执法三项制度", "行政执法公示制度", "行政执法全过程记录制度", "重大执法决定法制审核制度"}
    assert by_year[2020] == by_year[2021] == parts
    # every year of a seed naming 三项制度 is there; 吉州区 (2016) does not name it
    assert set(by_year) == {YEAR[f] for f in seeds_containing("三项制度")}
    assert [(int(r["year"]), r["measure"]) for r in rows] == sorted((int(r["year"]), r["measure"]) for r in rows)


@pytest.mark.parametrize("name", sorted(p.name for p in QUERIES.glob("*.rq")))
def test_the_cookbook_answers_the_same_through_rdflib(seed_build, store, name):
    """Code written for rdflib gets the same store (Oxigraph behind rdflib's API, via oxrdflib)."""
    from fazhi.kg.store import rdflib_dataset

    dataset = rdflib_dataset(seed_build.store)
    through_rdflib = [{str(k): (str(v) if v is not None else None) for k, v in row.asdict().items()}
                      for row in dataset.query((QUERIES / name).read_text(encoding="utf-8"))]
    direct = [{k: v for k, v in row.items() if v is not None} for row in run(store, name)]
    assert through_rdflib == direct


# -- the counts the build precomputes (kg/statistics.py) ---------------------------------

def _pairs(store, sparql: str) -> dict[str, int]:
    return {s["x"].value: int(s["n"].value) for s in query(store, sparql)}


def test_precomputed_counts_are_what_sparql_counts_over_the_reports(store):
    """fz:citingReports, fz:adopters, fz:adopterPlaces, fz:citedRegulations and fz:statements,
    written by the reduce from the merged graph, for every entity and report of the seeds."""
    assert _pairs(store, "SELECT ?x ?n WHERE { ?x fz:citingReports ?n }") == _pairs(store, """
        SELECT ?x (COUNT(DISTINCT ?report) AS ?n) WHERE { GRAPH ?g { ?report eli:cites ?x } } GROUP BY ?x""")
    assert _pairs(store, "SELECT ?x ?n WHERE { ?x fz:adopters ?n }") == _pairs(store, """
        SELECT ?x (COUNT(DISTINCT ?org) AS ?n) WHERE { ?x a fz:Measure . ?org fz:implements ?x } GROUP BY ?x""")
    assert _pairs(store, "SELECT ?x ?n WHERE { ?x fz:adopterPlaces ?n }") == _pairs(store, """
        SELECT ?x (COUNT(DISTINCT ?place) AS ?n) WHERE {
          ?x a fz:Measure . ?org fz:implements ?x . OPTIONAL { ?org fz:jurisdiction ?place } } GROUP BY ?x""")
    assert _pairs(store, "SELECT ?x ?n WHERE { ?x fz:citedRegulations ?n }") == _pairs(store, """
        SELECT ?x (COUNT(DISTINCT ?reg) AS ?n) WHERE { GRAPH ?g { ?x a fz:Report ; eli:cites ?reg } } GROUP BY ?x""")
    statements = _pairs(store, "SELECT ?x ?n WHERE { ?x fz:statements ?n }")
    assert statements == _pairs(store, """
        SELECT ?x (COUNT(?m) AS ?n) WHERE { GRAPH ?g { ?x a fz:Report . ?m a fz:Mention } } GROUP BY ?x""")
    assert len(statements) == 5 and min(statements.values()) > 100
    # fz:CoCitation: every pair cited together by two reports or more (fewer than a thousand here)
    def co_citations(sparql: str) -> dict[frozenset, int]:
        return {frozenset((s["a"].value, s["b"].value)): int(s["n"].value) for s in query(store, sparql)}
    kept = co_citations("SELECT ?a ?b ?n WHERE { ?p a fz:CoCitation ; fz:coCitingReports ?n ; fz:coCited ?a , ?b "
                        "FILTER (STR(?a) < STR(?b)) }")
    assert kept == co_citations("""
        SELECT ?a ?b (COUNT(DISTINCT ?report) AS ?n) WHERE {
          GRAPH ?g { ?report eli:cites ?a , ?b } FILTER (STR(?a) < STR(?b)) } GROUP BY ?a ?b HAVING (COUNT(*) >= 2)""")
    assert len(kept) == 3


def test_the_co_citations_kept_are_the_most_frequent_with_their_ties():
    from fazhi.kg.statistics import co_citation_counts, frequent_co_citations

    counts = co_citation_counts([{"reg:a", "reg:b", "reg:c"}, {"reg:a", "reg:b", "reg:c"}, {"reg:a", "reg:b"},
                                 {"reg:c", "reg:d"}])
    assert counts == {("reg:a", "reg:b"): 3, ("reg:a", "reg:c"): 2, ("reg:b", "reg:c"): 2, ("reg:c", "reg:d"): 1}
    assert frequent_co_citations(counts, size=1) == {("reg:a", "reg:b"): 3}
    assert frequent_co_citations(counts, size=2) == {("reg:a", "reg:b"): 3, ("reg:a", "reg:c"): 2, ("reg:b", "reg:c"): 2}
    # never a pair of one report, however much room there is
    assert frequent_co_citations(counts, size=1000) == frequent_co_citations(counts, size=2)


@pytest.mark.parametrize("name, offset", [("01_most_cited_regulations.rq", "OFFSET 49"),
                                          ("04_co_citation.rq", "OFFSET 99"),
                                          ("05_measures_by_adopters.rq", "OFFSET 99")])
def test_top_n_by_floor_is_the_same_as_sorting_everything(store, name, offset):
    """01, 04 and 05 find the N-th count first and join labels only above it; that must change
    nothing: not with ties at the floor, and not when there are fewer than N rows (no floor)."""
    text = "".join(line for line in (QUERIES / name).read_text(encoding="utf-8").splitlines(keepends=True)
                   if not line.startswith("#"))
    inner = text.index("  {\n    SELECT")
    outer_pattern = text[text.index("  GRAPH fzg:entities", text.index("FILTER")):text.index("}\nORDER BY")]
    count, subject = {"01": ("fz:citingReports ?reports", "?r"), "04": ("fz:coCitingReports ?reports", "?pair"),
                      "05": ("fz:adopters ?bodies", "?m")}[name[:2]]
    plain = (text[:inner] + f"  GRAPH fzg:entities {{ {subject} {count} }}\n" + outer_pattern
             + text[text.index("}\nORDER BY"):])
    assert "?floor" not in plain

    def rows(q: str) -> list[tuple]:
        return [tuple(None if s[v] is None else s[v].value for v in r.variables) for r in [query(store, q)] for s in r]

    assert rows(text) == rows(plain)
    assert len(rows(plain)) > 0
    no_floor = text.replace(offset, "OFFSET 1000000")
    assert rows(no_floor) == rows(plain)
