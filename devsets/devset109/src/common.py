def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}
def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}
def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}
