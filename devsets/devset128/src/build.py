"""Build docs/*.txt and gold/*.json from the src/d*.py sources."""
import json, re, importlib.util, glob, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})

def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number, "issuer": issuer, "relation": relation}
def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}
def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}

def pdf_wrap(text, width=37, page_every=26):
    out, n, page = [], 0, 1
    for para in text.split("\n"):
        if not para.strip():
            continue
        chunks = [para[i:i + width] for i in range(0, len(para), width)]
        for c in chunks:
            out.append(c)
            n += 1
        if n >= page_every:
            page += 1
            out.append("")
            out.append(f"— {page} —")
            out.append("")
            n = 0
    return "\n".join(out) + "\n"

def build(mod):
    d = mod.DOC
    text = d["text"].strip("\n") + "\n"
    for mess in d.get("mess", []):
        if mess == "halfwidth":
            text = text.translate(HALF)
        elif mess == "pdf":
            text = pdf_wrap(text)
    fn = d["file"] + ".txt"
    with open(os.path.join(BASE, "docs", fn), "w", encoding="utf-8") as fh:
        fh.write(text)
    gold = {"doc": fn, "report": d["report"], "regulations": d["R"], "organizations": d["O"], "measures": d["M"]}
    with open(os.path.join(BASE, "gold", d["file"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
    return fn, len(text)

if __name__ == "__main__":
    import builtins
    builtins.R, builtins.O, builtins.M = R, O, M
    for p in sorted(glob.glob(os.path.join(BASE, "src", "d[0-9]*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        print(*build(m))
