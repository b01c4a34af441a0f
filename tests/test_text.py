"""The literal matcher finds what a trie pattern finds: the leftmost word, the longest there."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fazhi.text import LiteralMatcher, trie_pattern


def test_known_forms_are_found_leftmost_and_longest_in_a_real_sentence():
    words = ["一网通办", "一件事一次办", "全省通办", "跨省通办", "通办"]
    text = "深化“一网通办”改革，推行“跨省通办”“全省通办”，实现一件事一次办。"
    spans = LiteralMatcher(words).spans(text)
    assert [text[s:e] for s, e in spans] == ["一网通办", "跨省通办", "全省通办", "一件事一次办"]


def test_a_longer_form_wins_over_its_prefix_and_matches_do_not_overlap():
    matcher = LiteralMatcher(["统一大市场", "统一大市场建设", "市场建设"])
    assert matcher.spans("全国统一大市场建设") == [(2, 9)]
    assert matcher.spans("全国统一大市场的建设") == [(2, 7)]


def test_an_empty_word_list_matches_nothing():
    assert LiteralMatcher([]).spans("一网通办") == []
    assert LiteralMatcher([""]).spans("一网通办") == []


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet="法治政府建设", min_size=1, max_size=4), min_size=1, max_size=12),
       text=st.text(alphabet="法治政府建设，", max_size=60))
def test_the_matches_are_those_of_the_trie_pattern(words, text):
    pattern = re.compile(trie_pattern(words))
    assert LiteralMatcher(words).spans(text) == [m.span() for m in pattern.finditer(text)]
