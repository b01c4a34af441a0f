import json
_cur = None
def doc(name, title, publisher, region, year, date):
    global _cur
    _cur = {"doc": name, "report": {"title": title, "publisher": publisher, "region": region, "year": year, "date": date},
            "regulations": [], "organizations": [], "measures": []}
    return _cur
def R(name, aliases, type, doc_number, issuer, relation):
    _cur["regulations"].append({"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number, "issuer": issuer, "relation": relation})
def O(name, aliases, type):
    _cur["organizations"].append({"name": name, "aliases": list(aliases), "type": type})
def M(name, aliases, type):
    _cur["measures"].append({"name": name, "aliases": list(aliases), "type": type})
