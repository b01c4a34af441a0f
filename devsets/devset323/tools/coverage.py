#!/usr/bin/env python3
"""Completeness helper: list title-marked and quoted strings in each doc that no gold form covers."""
import json, re, sys, unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from validate import read_doc, score_norm, PAGE_FOOTER  # noqa: E402
ROOT = Path(__file__).resolve().parent.parent
for gf in sorted((ROOT / "gold").glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    text, _ = read_doc(ROOT / "docs" / g["doc"])
    text = PAGE_FOOTER.sub("", text)
    flat = re.sub(r"\s", "", text)
    forms = set()
    for k in ("regulations", "organizations", "measures"):
        for e in g[k]:
            for f in [e["name"]] + e["aliases"]:
                forms.add(score_norm(f))
    miss = []
    for m in re.finditer(r"《([^《》]{2,80})》?", flat):
        t = m.group(1)
        if score_norm(t) not in forms:
            miss.append("《" + t)
    for m in re.finditer(r"[“\"]([^“”\"]{2,30})[”\"]", flat):
        t = score_norm(m.group(1))
        if not any(t in f for f in forms):
            miss.append("“" + m.group(1))
    print(gf.stem, "|", " ; ".join(miss))
