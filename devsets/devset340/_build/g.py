"""Helpers to write gold files compactly. R/O/M build entity dicts."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')

def R(name, aliases=(), type='normative_document', doc_number=None, issuer=None, relation='mentions'):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}

def O(name, aliases=(), type='department'):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, aliases=(), type='system'):
    return {"name": name, "aliases": list(aliases), "type": type}

def write(doc, report, regs, orgs, meas):
    d = {"doc": doc, "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    stem = doc[:-4]
    with open(os.path.join(OUT, stem + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
