"""Knowledge graph: merge per-report results into one graph (``graph``), map it to RDF with a
named graph per report (``rdf``), keep it in an embedded SPARQL store (``store``), write
exports (``export``) and answer lookups (``lookup``)."""
