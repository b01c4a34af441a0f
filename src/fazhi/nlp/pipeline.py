"""The one place where fazhi's spaCy pipeline is assembled: a blank Chinese pipeline with
fazhi's character tokenizer and the project's registered components, in order."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

# Importing the component modules registers their factories with spaCy.
from fazhi.nlp import (citations, doc_numbers, law_names, measures, organizations, sentences,  # noqa: F401
                       short_forms, tokenizer, triggers)

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


def create_pipeline(components: tuple[str, ...] = COMPONENTS) -> Language:
    """A new blank ``zh`` pipeline (one token per character: no model, no download) with fazhi's components.

    The tokenizer makes one token per character, whitespace included, in linear time, into
    docs whose ``doc.text`` is free (``nlp/tokenizer.py``).
    """
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "fazhi.CharTokenizer.v1"}}})
    for name in components:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """The process-wide pipeline, built once (its patterns take about a second to compile)."""
    return create_pipeline()
