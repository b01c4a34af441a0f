import docs_a, docs_b, docs_c, docs_d, docs_e  # noqa: each module writes its docs/gold on import
