"""Helpers that write one doc txt + its gold json (used by src/dNN.py)."""
import json, re, sys
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent

def R(name, aliases, type, relation, doc_number=None, issuer=None):
    return {"name": name, "aliases": list(aliases), "type": type,
            "doc_number": doc_number, "issuer": issuer, "relation": relation}

def O(name, aliases, type):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, aliases, type):
    return {"name": name, "aliases": list(aliases), "type": type}

def wrap_pdf(text, width=34, page_every=0, page_fmt="— {} —"):
    """Break every paragraph into fixed-width lines, like text pulled out of a PDF."""
    out, n, page = [], 0, 1
    for para in text.split("\n"):
        if not para.strip():
            out.append(""); continue
        for i in range(0, len(para), width):
            out.append(para[i:i + width]); n += 1
        if page_every and n >= page_every:   # page footer only between paragraphs
            out.append(""); out.append(page_fmt.format(page)); out.append(""); page += 1; n = 0
    return "\n".join(out)

def build(stem, text, report, regs, orgs, meas, encoding="utf-8", trad=False, cc_config="s2t"):
    doc = stem + ".txt"
    if trad:
        import opencc
        cc = opencc.OpenCC(cc_config)
        text = cc.convert(text)
        for e in regs + orgs + meas:
            extra = []
            for a in [e["name"], *e["aliases"]]:
                t = cc.convert(a)
                if t != a and t not in extra and t not in e["aliases"] and t != e["name"]:
                    extra.append(t)
            e["aliases"] = e["aliases"] + extra
        if report.get("title"):
            report = dict(report, title=cc.convert(report["title"]))
    # duplicate check
    for kind, items in (("regulations", regs), ("organizations", orgs), ("measures", meas)):
        seen = {}
        for e in items:
            for a in [e["name"], *e["aliases"]]:
                if a in seen and seen[a] != e["name"]:
                    sys.exit(f"{stem}: {kind} form {a!r} used by {seen[a]!r} and {e['name']!r}")
                seen[a] = e["name"]
    (OUT / "docs" / doc).write_bytes(text.encode(encoding))
    gold = {"doc": doc, "report": report, "regulations": regs,
            "organizations": orgs, "measures": meas}
    (OUT / "gold" / (stem + ".json")).write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(stem, len(text), "chars", len(regs), len(orgs), len(meas))
