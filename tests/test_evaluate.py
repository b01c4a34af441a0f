"""Scoring by ANNOTATION.md section 6 and the comparison of two runs."""
from __future__ import annotations

from fazhi.evaluate import compare, comparable, score

GOLD = {"a": {"doc": "a.txt", "report": {"publisher": "孝义市人民政府", "region": "山西省吕梁市孝义市", "year": 2021, "date": None},
              "regulations": [{"name": "中华人民共和国行政复议法", "aliases": ["行政复议法"], "type": "law", "doc_number": None,
                               "issuer": None, "relation": "implements"},
                              {"name": "法治政府建设实施纲要（2015—2020年）", "aliases": [], "type": "plan", "doc_number": None,
                               "issuer": "中共中央 国务院", "relation": "implements"}],
              "organizations": [{"name": "孝义市人民政府", "aliases": ["市政府"], "type": "government"},
                                {"name": "中共中央", "aliases": ["党中央"], "type": "party"}],
              "measures": []},
        "b": {"doc": "b.txt", "report": {}, "regulations": [{"name": "中华人民共和国行政复议法", "aliases": [], "type": "law",
                                                              "doc_number": None, "issuer": None, "relation": "studies"}],
              "organizations": [], "measures": []}}


def test_names_compare_after_normalisation():
    assert comparable("《法治政府建设实施纲要（2015—2020年）》") == comparable("法治政府建设实施纲要(2015-2020年)")


def test_true_false_duplicate_and_missed_entities():
    preds = {"a": {"doc": "a.txt", "report": {"publisher": "市政府", "region": "山西省吕梁市孝义市", "year": 2021},
                   "regulations": [{"name": "行政复议法", "type": "law", "relation": "implements"},
                                   {"name": "中华人民共和国行政复议法", "type": "law", "relation": "implements"},
                                   {"name": "不存在的办法", "type": "other", "relation": "mentions"}],
                   "organizations": [{"name": "孝义市人民政府", "type": "government"}], "measures": []},
             "b": {"doc": "b.txt", "regulations": [{"name": "中华人民共和国行政复议法", "type": "law", "relation": "studies"}]}}
    s = score(preds, GOLD)
    regs = s.kinds["regulations"]
    assert (regs.tp, regs.fp, regs.fn) == (2, 2, 1)  # a duplicate node is a false positive
    assert regs.attribute_accuracy()["relation"] == 1.0
    assert regs.multi_document == 1 and regs.consistent == 0  # 行政复议法 vs 中华人民共和国行政复议法
    assert s.kinds["organizations"].recall == 0.5
    assert s.report_fields["publisher"] == [1, 1]  # 市政府 is an alias of the gold publisher
    assert {e.what for e in s.errors} >= {"FP", "DUP", "FN", "SPLIT"}


def test_issuer_is_scored_only_where_the_gold_names_one():
    preds = {"a": {"doc": "a.txt", "regulations": [
        {"name": "法治政府建设实施纲要(2015-2020年)", "type": "plan", "issuer": "党中央 国务院", "relation": "implements"},
        {"name": "行政复议法", "type": "law", "issuer": "全国人民代表大会常务委员会", "relation": "implements"}]}}
    s = score(preds, GOLD)
    assert s.kinds["regulations"].attributes["issuer"] == [1, 1]


def test_compare_lists_what_a_change_gained_and_lost():
    old = {"a": {"doc": "a.txt", "regulations": [{"name": "行政复议法"}, {"name": "错误"}]}}
    new = {"a": {"doc": "a.txt", "regulations": [{"name": "法治政府建设实施纲要(2015-2020年)"}, {"name": "另一个错误"}]}}
    diff = compare(old, new, GOLD)
    assert diff.gained == [("a", "regulations", comparable("法治政府建设实施纲要（2015—2020年）"))]
    assert diff.lost == [("a", "regulations", comparable("中华人民共和国行政复议法"))]
    assert diff.new_false_positives == [("a", "regulations", "另一个错误")]
    assert diff.fixed_false_positives == [("a", "regulations", "错误")]
