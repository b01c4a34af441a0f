"""Resolve: from a report's mentions to canonical entities and typed relations with evidence.

``resolve_document(extracted)`` is the stage's entry point; ``context`` places the report in
the administrative hierarchy, and ``regulations``, ``organizations`` and ``measures`` name
and type each kind of entity.
"""
from fazhi.resolve.document import resolve_document

__all__ = ["resolve_document"]
