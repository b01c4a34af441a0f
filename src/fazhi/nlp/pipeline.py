"""The one place where fazhi's spaCy pipeline is assembled: a blank Chinese pipeline with
the character segmenter and the project's registered components, in order."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing the component modules registers their factories with spaCy.
from fazhi.nlp import (citations, doc_numbers, law_names, measures, organizations, sentences,  # noqa: F401
                       short_forms, triggers)

from fazhi.nlp.spans import TEXT_KEY

# Order matters: bare law names skip spans the title-mark recogniser already took.
COMPONENTS = (
    "fz_sentences",
    "fz_citations",
    "fz_law_names",
    "fz_short_forms",
    "fz_doc_numbers",
    "fz_organizations",
    "fz_measures",
    "fz_triggers",
)


class TextKeepingTokenizer:
    """The pipeline's tokenizer, keeping each doc's text for ``spans.doc_text``: spaCy rebuilds
    ``doc.text`` token by token (one per character here) every time a component asks for it."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def create_pipeline(components: tuple[str, ...] = COMPONENTS) -> Language:
    """A new blank ``zh`` pipeline (character segmenter: no model, no download) with fazhi's components."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    for name in components:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """The process-wide pipeline, built once (its patterns take about a second to compile)."""
    return create_pipeline()
