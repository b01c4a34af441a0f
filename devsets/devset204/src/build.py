#!/usr/bin/env python3
"""Build docs/ and gold/ from the Simplified sources in src/dNNN.py.

Each source module defines NAME, TEXT (Simplified source, wrong picks embedded by hand),
RECIPE (dict: conv=opencc config or None, quotes=..., titles=..., split=fraction converted,
encoding=...), REPORT, REG, ORG, MEA. Canonical names stay Simplified; aliases written in the
source are converted with the same recipe, and whichever form occurs in the final text is kept.
"""
import importlib.util, json, sys, unicodedata
from pathlib import Path
import opencc

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(OUT))
from validate import norm  # same normalisation as the scorer

_cc = {}
def conv(text, cfg):
    if not cfg:
        return text
    if cfg not in _cc:
        _cc[cfg] = opencc.OpenCC(cfg)
    return _cc[cfg].convert(text)

def apply(text, r):
    t = conv(text, r.get("conv"))
    for a, b in r.get("replace", []):
        t = t.replace(a, b)
    q = r.get("quotes")
    if q == "corner":
        t = t.replace("“", "「").replace("”", "」").replace("‘", "『").replace("’", "』")
    elif q == "double_corner":
        t = t.replace("“", "『").replace("”", "』")
    if r.get("titles") == "angle":
        t = t.replace("《", "〈").replace("》", "〉")
    return t

def render(text, r):
    if r.get("split"):
        cut = text.index(r["split"])
        return apply(text[:cut], r) + text[cut:]
    return apply(text, r)

def forms(alias, r):
    out = [apply(alias, r), alias]
    for cfg in ("s2t", "s2tw", "s2twp", "s2hk"):
        out.append(apply(alias, dict(r, conv=cfg)))
    seen = []
    for f in out:
        if f not in seen:
            seen.append(f)
    return seen

def resolve(name, aliases, text_n, r, where):
    keep = []
    for a in [name] + list(aliases):
        hits = [f for f in forms(a, r) if norm(f) and norm(f) in text_n]
        if a != name and not hits:
            print(f"WARN {where}: alias not in text: {a}")
            hits = [apply(a, r)]
        if a != name:
            hits = hits + [a]  # Simplified source form: accepted variant for tools that convert T->S
        for h in hits:
            if norm(h) != norm(name) and norm(h) not in {norm(k) for k in keep}:
                keep.append(h)
    return keep

def build(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    r = m.RECIPE
    text = render(m.TEXT.strip() + "\n", r)
    enc = r.get("encoding", "utf-8")
    (OUT / "docs" / m.NAME).write_bytes(text.encode(enc))
    tn = norm(text)
    g = {"doc": m.NAME, "report": m.REPORT, "regulations": [], "organizations": [], "measures": []}
    for name, al, typ, dn, iss, rel in m.REG:
        g["regulations"].append({"name": name, "aliases": resolve(name, al, tn, r, m.NAME), "type": typ,
                                 "doc_number": dn, "issuer": iss, "relation": rel})
    for name, al, typ in m.ORG:
        g["organizations"].append({"name": name, "aliases": resolve(name, al, tn, r, m.NAME), "type": typ})
    for name, al, typ in m.MEA:
        g["measures"].append({"name": name, "aliases": resolve(name, al, tn, r, m.NAME), "type": typ})
    gp = OUT / "gold" / (m.NAME[:-4] + ".json")
    gp.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{m.NAME}: {len(text)} chars, {len(g['regulations'])} reg, {len(g['organizations'])} org, {len(g['measures'])} mea")

if __name__ == "__main__":
    srcs = sorted(HERE.glob("d*.py")) if len(sys.argv) == 1 else [Path(p) for p in sys.argv[1:]]
    for p in srcs:
        build(p)
