import json, os
OUT = os.path.dirname(os.path.abspath(__file__))
def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number, "issuer": issuer, "relation": relation}
def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}
def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}
def write(fname, text, report, regs, orgs, meas, encoding="utf-8"):
    with open(os.path.join(OUT, "docs", fname), "w", encoding=encoding) as f:
        f.write(text.lstrip("\n"))
    g = {"doc": fname, "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    with open(os.path.join(OUT, "gold", fname[:-4] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
