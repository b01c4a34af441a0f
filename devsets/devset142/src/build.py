import json, importlib, sys, re, unicodedata
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent
FW = str.maketrans("0123456789", "０１２３４５６７８９")
def pdfwrap(text, width=37, pages=True):
    out = []; n = 0; page = 1
    for para in text.split("\n"):
        if not para.strip():
            out.append(""); continue
        while len(para) > width:
            out.append(para[:width]); para = para[width:]; n += 1
            if pages and n % 28 == 0:
                out.append(""); out.append(f"— {page} —"); out.append(""); page += 1
        out.append(para); n += 1
    return "\n".join(out)
def build(mod):
    m = importlib.import_module(mod)
    text = m.TEXT.strip("\n") + "\n"
    if "fullwidth" in m.MESS: text = text.translate(FW)
    if "pdfwrap" in m.MESS: text = pdfwrap(text, getattr(m, "WRAP", 37))
    if "cutoff" in m.MESS: text = text.rstrip("\n")
    (OUT/"docs"/m.DOC).write_text(text, encoding="utf-8")
    sys.path.insert(0, str(OUT)); from validate import norm
    def dedup(name, aliases):
        seen = {norm(name)}; out = []
        for a in aliases:
            if norm(a) not in seen: seen.add(norm(a)); out.append(a)
        return out
    g = {"doc": m.DOC, "report": m.REPORT,
         "regulations": [dict(name=a, aliases=dedup(a,b), type=c, doc_number=d, issuer=e, relation=f) for a,b,c,d,e,f in m.R],
         "organizations": [dict(name=a, aliases=dedup(a,b), type=c) for a,b,c in m.O],
         "measures": [dict(name=a, aliases=dedup(a,b), type=c) for a,b,c in m.M]}
    (OUT/"gold"/(m.DOC[:-4]+".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2)+"\n", encoding="utf-8")
    print(m.DOC, len(text))
if __name__ == "__main__":
    for mod in sys.argv[1:]: build(mod)
