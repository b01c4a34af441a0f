import json, os
OUT = "/work/devsets/devset176"
def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="implements"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number, "issuer": issuer, "relation": relation}
def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}
def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}
def write(stem, text, report, regs, orgs, meas, encoding="utf-8"):
    fn = stem + ".txt"
    with open(os.path.join(OUT, "docs", fn), "w", encoding=encoding, newline="") as f:
        f.write(text)
    g = {"doc": fn, "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    with open(os.path.join(OUT, "gold", stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
    print(fn, len(text), "chars", len(regs), len(orgs), len(meas))
