import json, os, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="implements"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number, "issuer": issuer, "relation": relation}
def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}
def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}
def write(doc, text, report, regs, orgs, meas, encoding="utf-8"):
    with open(os.path.join(OUT, "docs", doc), "w", encoding=encoding, newline="\n") as fh:
        fh.write(text)
    g = {"doc": doc, "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    with open(os.path.join(OUT, "gold", doc[:-4] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
def pdf_wrap(text, width=34, page_every=22, start_page=1):
    """Simulate PDF text extraction: hard line breaks every `width` chars, page footers."""
    out, lines, page = [], 0, start_page
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        while para:
            out.append(para[:width]); para = para[width:]; lines += 1
            if lines % page_every == 0:
                out.append(""); out.append(f"— {page} —"); out.append(""); page += 1
    return "\n".join(out) + "\n"
