#!/usr/bin/env python3
"""Build docs/ and gold/ from src/dNNN.py (clean text + compact gold), applying each doc's messiness."""
import importlib.util, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HW = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "“": '"', "”": '"', "！": "!", "？": "?", "　": " "})


def html_mess(t):
    t = t.replace("&", "&amp;")
    t = t.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("—", "&mdash;").replace("·", "&middot;")
    t = t.replace("　　", "&nbsp;&nbsp;&nbsp;&nbsp;").replace("　", "&nbsp;")
    return t


def pdf_mess(t, width=34):
    out, page, n = [], 1, 0
    for para in t.split("\n"):
        if not para:
            out.append("")
            continue
        for i in range(0, len(para), width):
            out.append(para[i:i + width])
            n += 1
            if n >= 24 and out[-1].endswith("。"):
                out += ["", f"— {page} —", ""]
                page, n = page + 1, 0
    return "\n".join(out) + "\n"


def load(p):
    spec = importlib.util.spec_from_file_location(p.stem, p)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def main():
    s2t = None
    for p in sorted((ROOT / "src").glob("d[0-9][0-9][0-9].py")):
        m = load(p)
        text = m.TEXT
        conv = lambda a: a
        if m.MESS == "html":
            text = html_mess(text)
        elif m.MESS == "pdf":
            text = pdf_mess(text)
        elif m.MESS == "halfwidth":
            text = text.translate(HW)
            conv = lambda a: a.translate(HW)
        elif m.MESS == "traditional":
            import opencc
            s2t = s2t or opencc.OpenCC("s2t")
            text = s2t.convert(text)
        doc = m.NAME + ".txt"
        (ROOT / "docs" / doc).write_text(text, encoding="utf-8")

        def aliases(name, al):
            out = []
            forms = [conv(a) for a in al]
            if m.MESS == "traditional":
                forms = list(al) + [s2t.convert(x) for x in [name, *al]]
            for a in forms:
                if a != name and a not in out:
                    out.append(a)
            return out
        report = dict(m.REPORT)
        if m.MESS == "traditional" and report.get("title"):
            report["title"] = s2t.convert(report["title"])
        gold = {
            "doc": doc,
            "report": report,
            "regulations": [dict(name=n, aliases=aliases(n, a), type=t, doc_number=d, issuer=i, relation=r)
                            for n, a, t, d, i, r in m.R],
            "organizations": [dict(name=n, aliases=aliases(n, a), type=t) for n, a, t in m.O],
            "measures": [dict(name=n, aliases=aliases(n, a), type=t) for n, a, t in m.M],
        }
        (ROOT / "gold" / (m.NAME + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(doc, len(text), "chars")


if __name__ == "__main__":
    main()
