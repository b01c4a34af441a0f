"""Tiny helper to write gold files compactly. Usage in gNNN.py:
    from common import *
    D = Doc("001_x.txt", title, publisher, region, year, date)
    D.R(name, [aliases], type, doc_number, issuer, relation)
    D.O(name, [aliases], type)
    D.M(name, [aliases], type)
    D.save()
"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

class Doc:
    def __init__(self, doc, title, publisher, region, year, date):
        self.d = {"doc": doc,
                  "report": {"title": title, "publisher": publisher, "region": region,
                             "year": year, "date": date},
                  "regulations": [], "organizations": [], "measures": []}
    def R(self, name, aliases, type, doc_number=None, issuer=None, relation="mentions"):
        self.d["regulations"].append({"name": name, "aliases": list(aliases), "type": type,
                                      "doc_number": doc_number, "issuer": issuer, "relation": relation})
    def O(self, name, aliases, type):
        self.d["organizations"].append({"name": name, "aliases": list(aliases), "type": type})
    def M(self, name, aliases, type):
        self.d["measures"].append({"name": name, "aliases": list(aliases), "type": type})
    def save(self):
        out = os.path.join(GOLD, self.d["doc"][:-4] + ".json")
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(self.d, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
