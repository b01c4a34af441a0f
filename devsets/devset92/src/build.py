#!/usr/bin/env python3
"""Build docs/*.txt and gold/*.json from src/dNN.py definitions."""
import importlib, json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

def pdfify(text, width=34, page_lines=30):
    out, n, page = [], 0, 1
    for para in text.split("\n"):
        if not para.strip():
            out.append(""); continue
        chunks = [para[i:i + width] for i in range(0, len(para), width)]
        for c in chunks:
            out.append(c); n += 1
            if n % page_lines == 0:
                out.append(""); out.append(f"— {page} —"); out.append("")
                page += 1
    out.append(""); out.append(f"— {page} —")
    return "\n".join(out) + "\n"

def main():
    import opencc
    s2t = opencc.OpenCC("s2t")
    for i in range(1, 11):
        m = importlib.import_module(f"d{i:02d}")
        text = m.TEXT
        R = [list(x) for x in m.R]; O = [list(x) for x in m.O]; M = [list(x) for x in m.M]
        if m.POST == "pdf":
            text = pdfify(text)
        elif m.POST == "trad":
            text = s2t.convert(text)
            for lst in (R, O, M):
                for e in lst:
                    forms = [e[0]] + list(e[1])
                    al = list(e[1])
                    for f in forms:
                        t = s2t.convert(f)
                        if t != f and t not in al and t != e[0]:
                            al.append(t)
                    e[1] = al
        (OUT / "docs" / f"{m.FILE}.txt").write_text(text, encoding="utf-8")
        gold = {
            "doc": f"{m.FILE}.txt",
            "report": m.REPORT,
            "regulations": [dict(name=r[0], aliases=r[1], type=r[2], doc_number=r[3], issuer=r[4], relation=r[5]) for r in R],
            "organizations": [dict(name=o[0], aliases=o[1], type=o[2]) for o in O],
            "measures": [dict(name=x[0], aliases=x[1], type=x[2]) for x in M],
        }
        (OUT / "gold" / f"{m.FILE}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(m.FILE, len(text), len(R), len(O), len(M))

main()
