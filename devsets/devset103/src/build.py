import json, sys, importlib.util, glob, os, re
OUT = "/work/devsets/devset103"
HW = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "“": '"', "”": '"', "！": "!", "？": "?"}
def halfwidth(s):
    return "".join(HW.get(c, c) for c in s) if s else s
def pdfwrap(text, width=36):
    out = []
    page = 1
    count = 0
    for para in text.split("\n"):
        if not para.strip():
            out.append(""); continue
        lines = [para[i:i+width] for i in range(0, len(para), width)]
        out.extend(lines)
        count += len(lines)
        if count > 28:
            page += 1; count = 0
            out.append(""); out.append(f"— {page} —"); out.append("")
    return "\n".join(out)
for f in sorted(glob.glob("/tmp/work103/src/*.py")):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = m.TEXT.strip("\n") + "\n"
    mess = getattr(m, "MESS", [])
    hw = "halfwidth" in mess
    if hw:
        text = halfwidth(text)
    if "pdf" in mess:
        head = getattr(m, "HEAD", "")
        text = head + pdfwrap(text)
    else:
        text = getattr(m, "HEAD", "") + text + getattr(m, "TAIL", "")
    name = m.NAME
    conv = halfwidth if hw else (lambda s: s)
    regs = [{"name": conv(n), "aliases": [conv(a) for a in al], "type": t, "doc_number": d, "issuer": i, "relation": r} for (n, al, t, d, i, r) in m.R]
    orgs = [{"name": n, "aliases": [conv(a) for a in al], "type": t} for (n, al, t) in m.O]
    meas = [{"name": n, "aliases": [conv(a) for a in al], "type": t} for (n, al, t) in m.M]
    rep = dict(m.REPORT)
    if rep.get("title") and hw: rep["title"] = halfwidth(rep["title"])
    gold = {"doc": name + ".txt", "report": rep, "regulations": regs, "organizations": orgs, "measures": meas}
    open(f"{OUT}/docs/{name}.txt", "w", encoding="utf-8").write(text)
    open(f"{OUT}/gold/{name}.json", "w", encoding="utf-8").write(json.dumps(gold, ensure_ascii=False, indent=1))
    print(name, len(text), len(regs), len(orgs), len(meas))
