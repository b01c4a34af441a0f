"""Helpers to write gold files compactly (source of gold/*.json)."""
def R(name, type, rel, aliases=(), no=None, issuer=None):
    return {"name": name, "aliases": list(aliases), "type": type,
            "doc_number": no, "issuer": issuer, "relation": rel}

def O(name, type, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, type, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type}

def REPORT(title, publisher, region, year, date):
    return {"title": title, "publisher": publisher, "region": region, "year": year, "date": date}
