import json, os
OUT = os.path.join(os.path.dirname(__file__), '..', 'gold')
def R(name, aliases=(), type='normative_document', doc_number=None, issuer=None, relation='mentions'):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number, "issuer": issuer, "relation": relation}
def O(name, aliases=(), type='department'):
    return {"name": name, "aliases": list(aliases), "type": type}
def M(name, aliases=(), type='system'):
    return {"name": name, "aliases": list(aliases), "type": type}
def dump(doc, report, regs, orgs, meas):
    g = {"doc": doc + ".txt", "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    with open(os.path.join(OUT, doc + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)

FWT = str.maketrans('0123456789', '０１２３４５６７８９')
def fit(lst, doc):
    """Replace aliases that occur only with full-width digits by their as-written form."""
    txt = open(os.path.join(os.path.dirname(__file__), '..', 'docs', doc + '.txt'), encoding='utf-8').read()
    sq = lambda s: ''.join(s.split()).replace('《', '').replace('》', '')
    t = sq(txt)
    for e in lst:
        forms = []
        for a in [e['name']] + e['aliases']:
            if sq(a) not in t and sq(a.translate(FWT)) in t:
                a = a.translate(FWT)
            if a != e['name'] and a not in forms:
                forms.append(a)
        e['aliases'] = forms
    return lst
