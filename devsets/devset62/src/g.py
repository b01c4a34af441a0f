import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
def R(n, a=(), t='normative_document', dn=None, iss=None, rel='mentions'):
    return {"name": n, "aliases": list(a), "type": t, "doc_number": dn, "issuer": iss, "relation": rel}
def O(n, a=(), t='department'):
    return {"name": n, "aliases": list(a), "type": t}
def M(n, a=(), t='system'):
    return {"name": n, "aliases": list(a), "type": t}
def save(doc, title, publisher, region, year, date, regs, orgs, meas):
    g = {"doc": doc, "report": {"title": title, "publisher": publisher, "region": region, "year": year, "date": date},
         "regulations": regs, "organizations": orgs, "measures": meas}
    with open(os.path.join(OUT, doc[:-4] + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
