#!/usr/bin/env python3
"""List 《》 titles and quoted terms in each doc that no gold name/alias covers (review aid)."""
import html, json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from validate import norm
ROOT = Path(__file__).resolve().parent.parent
for gf in sorted((ROOT / "gold").glob("*.json")):
    g = json.loads(gf.read_text())
    t = html.unescape((ROOT / "docs" / g["doc"]).read_text())
    forms = set()
    for k in ("regulations", "organizations", "measures"):
        for e in g[k]:
            forms.add(norm(e["name"])); forms.update(norm(a) for a in e["aliases"])
    spans = re.findall(r"《([^》]+)》", t) + re.findall(r"[“\"]([^”\"]{1,30})[”\"]", t)
    miss = sorted({s for s in spans if not any(norm(s) in f for f in forms)})
    print(gf.stem, "UNCOVERED:", miss)
