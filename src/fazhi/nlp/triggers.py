"""Find the verbs that relate the reporting body to a cited document (制定 → issues,
贯彻落实/按照/根据 → implements, 学习 → studies), from ``lexicons/triggers.tsv``."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.lexicon import read_mapping
from fazhi.nlp.spans import add_span, doc_text
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


@Language.factory("fz_triggers", default_config={"span_key": "triggers"})
def make_trigger_recognizer(nlp: Language, name: str, span_key: str) -> "TriggerRecognizer":
    return TriggerRecognizer(span_key)


class TriggerRecognizer:
    """spaCy component: trigger verbs → ``doc.spans[span_key]``, the relation as ``fz_value``."""

    def __init__(self, span_key: str = "triggers"):
        self.span_key = span_key
        trigger_pattern()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, relation in find_triggers(doc_text(doc)):
            add_span(doc, spans, start, end, "TRIGGER", "trigger_lexicon", value=relation)
        doc.spans[self.span_key] = spans
        return doc
