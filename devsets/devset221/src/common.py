import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def R(name, type, relation, aliases=(), doc_number=None, issuer=None):
    return {"name": name, "aliases": list(aliases), "type": type,
            "doc_number": doc_number, "issuer": issuer, "relation": relation}

def O(name, type, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, type, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type}

def write(doc, report, regs, orgs, meas):
    g = {"doc": doc + ".txt", "report": report, "regulations": regs,
         "organizations": orgs, "measures": meas}
    with open(os.path.join(OUT, "gold", doc + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

def pdf_wrap(text, width=34, pages=None, seed=0):
    """Hard-wrap paragraphs like text copied out of a PDF; insert page footers between paragraphs."""
    import random
    rnd = random.Random(seed)
    out = []
    paras = text.split("\n")
    page = 1
    count = 0
    for p in paras:
        if not p.strip():
            out.append("")
            continue
        w = width + rnd.randint(-2, 2)
        lines = [p[i:i + w] for i in range(0, len(p), w)]
        out.extend(lines)
        count += len(lines)
        if pages and count > pages:
            page += 1
            out.append("")
            out.append(f"— {page} —")
            out.append("")
            count = 0
    return "\n".join(out) + "\n"
