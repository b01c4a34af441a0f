"""Find the verbs that relate the reporting body to a cited document (制定 → issues,
贯彻落实/按照/根据 → implements, 学习 → studies), from ``lexicons/triggers.tsv``."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.lexicon import read_mapping
from fazhi.nlp.spans import add_span, span_group
from fazhi.text import trie_pattern


@lru_cache(maxsize=1)
def trigger_verbs() -> dict[str, str]:
    return read_mapping("triggers.tsv")


@lru_cache(maxsize=1)
def trigger_pattern() -> re.Pattern:
    # longest verb first, so 贯彻落实 wins over 落实 and 研究制定 over 制定
    return re.compile(trie_pattern(sorted(trigger_verbs(), key=len, reverse=True)))


def find_triggers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, relation) of each trigger verb in ``text``."""
    verbs = trigger_verbs()
    return [(m.start(), m.end(), verbs[m.group()]) for m in trigger_pattern().finditer(text)]


@Language.factory("fz_triggers", default_config={"span_key": "triggers",
                                                 "only_with": ["citations", "short_forms"]})
def make_trigger_recognizer(nlp: Language, name: str, span_key: str, only_with: list[str]) -> "TriggerRecognizer":
    return TriggerRecognizer(span_key, tuple(only_with))


class TriggerRecognizer:
    """spaCy component: trigger verbs → ``doc.spans[span_key]``, the relation as ``fz_value``.

    Verbs only matter where they can govern a citation, so a paragraph is read only when one
    of the ``only_with`` span groups (citations, short forms) has something in it; an empty
    ``only_with`` reads every paragraph.
    """

    def __init__(self, span_key: str = "triggers", only_with: tuple[str, ...] = ()):
        self.span_key = span_key
        self.only_with = only_with
        trigger_pattern()

    def __call__(self, doc: Doc) -> Doc:
        if self.only_with and not any(span_group(doc, key) for key in self.only_with):
            return doc
        spans = []
        for start, end, relation in find_triggers(doc.text):
            add_span(doc, spans, start, end, "TRIGGER", "trigger_lexicon", value=relation)
        if spans:  # an empty group costs a SpanGroup per paragraph and says nothing
            doc.spans[self.span_key] = spans
        return doc
