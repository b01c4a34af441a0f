"""fazhi: Chinese government rule-of-law reports → a knowledge graph.

The small public API::

    from fazhi import extract_file, extract_text
    result = extract_file("seeds/000_3524ee81c110156f.txt")   # a DocumentResult
    result.of_kind(Kind.REGULATION)

Stages, each a sub-package, data flowing one way: ``ingest`` (file → Report), ``nlp``
(Report → mentions), ``resolve`` (mentions → entities and relations), ``kg`` (results →
graph, RDF, store, exports). ``fazhi.build`` runs them over a corpus.
"""
from __future__ import annotations

from fazhi.model import DocumentResult, Entity, Kind, Relation

__version__ = "0.1.0"


def extract_text(text: str, doc_id: str = "text.txt") -> DocumentResult:
    """Entities and relations of one report given as text."""
    from fazhi.ingest import report_from_text
    from fazhi.nlp import extract_mentions
    from fazhi.resolve.document import resolve_document

    return resolve_document(extract_mentions(report_from_text(text, doc_id)))


def extract_file(path: str) -> DocumentResult:
    """Entities and relations of one report file (.txt in any common encoding, .html)."""
    from fazhi.ingest import read_report
    from fazhi.nlp import extract_mentions
    from fazhi.resolve.document import resolve_document

    return resolve_document(extract_mentions(read_report(path)))


__all__ = ["DocumentResult", "Entity", "Kind", "Relation", "extract_file", "extract_text", "__version__"]
