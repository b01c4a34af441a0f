"""Tiny helpers used by src/NNN_*.py to write gold JSON files (kept for transparency)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', 'gold')

def R(name, type, rel, aliases=(), dn=None, issuer=None):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": dn, "issuer": issuer, "relation": rel}

def O(name, type, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, type, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type}

def write(doc, title, publisher, region, year, date, regs, orgs, meas):
    stem = doc[:-4]
    obj = {"doc": doc, "report": {"title": title, "publisher": publisher, "region": region, "year": year, "date": date},
           "regulations": regs, "organizations": orgs, "measures": meas}
    import unicodedata
    drop = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
    nm = lambda t: "".join(c for c in unicodedata.normalize("NFKC", t) if c not in drop)
    for kind in ("regulations", "organizations", "measures"):
        for e in obj[kind]:
            seen, keep = {nm(e["name"])}, []
            for a in e["aliases"]:
                if nm(a) not in seen:
                    seen.add(nm(a)); keep.append(a)
            e["aliases"] = keep
        names = [e["name"] for e in obj[kind]]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            sys.exit(f"{doc}: duplicate {kind}: {dup}")
    with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
