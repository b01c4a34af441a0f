import json, re, html, opencc
DOCS = []
def R(name, aliases=(), type='normative_document', dn=None, issuer=None, rel='mentions'):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": dn, "issuer": issuer, "relation": rel}
def O(name, aliases=(), type='department'):
    return {"name": name, "aliases": list(aliases), "type": type}
def M(name, aliases=(), type='system'):
    return {"name": name, "aliases": list(aliases), "type": type}
def add(**kw):
    DOCS.append(kw)

_s2t = opencc.OpenCC('s2t')
def trad(s):
    return _s2t.convert(s)
BAD = [("幹部", "乾部"), ("發展", "髮展"), ("制定", "製定"), ("平臺", "平颱"), ("面向", "麵向"), ("只有", "隻有"), ("後", "后")]
def trad_bad(s):
    s = _s2t.convert(s)
    for a, b in BAD:
        s = s.replace(a, b)
    return s
FW = str.maketrans("0123456789", "０１２３４５６７８９")
def fullwidth(s):
    return s.translate(FW)
def htmlent(s):
    s = s.replace("&", "&amp;")
    s = s.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("—", "&mdash;")
    s = s.replace("《", "&#12298;").replace("》", "&#12299;").replace("　", "&nbsp;&nbsp;")
    s = s.replace("<", "&lt;").replace(">", "&gt;")
    lines = s.split("\n")
    return "\n".join(("<p>" + l + "</p>") if l.strip() else l for l in lines)
def pdfbreak(s, width=36, footer=True):
    out, page, count = [], 1, 0
    for para in s.split("\n"):
        if not para.strip():
            out.append(""); continue
        chunks = [para[i:i + width] for i in range(0, len(para), width)]
        out.extend(chunks)
        count += len(chunks)
        if footer and count > 28:
            page += 1; count = 0
            out.append(""); out.append(f"— {page} —"); out.append("")
    return "\n".join(out)
