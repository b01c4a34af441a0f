#!/usr/bin/env python3
"""Audit helper: list 《》 titles and quoted spans in each text that no gold form covers,
and print the text with covered spans marked, to help spot missed entities."""
import json, re, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent

def main():
    only = sys.argv[1] if len(sys.argv) > 1 else None
    for gf in sorted((ROOT / "gold").glob("*.json")):
        if only and only not in gf.name:
            continue
        g = json.loads(gf.read_text(encoding="utf-8"))
        text = (ROOT / "docs" / g["doc"]).read_text(encoding="utf-8")
        forms = {k: set() for k in ("regulations", "organizations", "measures")}
        for k in forms:
            for e in g[k]:
                for f in [e["name"], *e["aliases"]]:
                    forms[k].add(f.replace("《", "").replace("》", ""))
        print("=====", gf.name)
        for t in re.findall(r"《([^《》]+)》", text):
            if t not in forms["regulations"]:
                print("  uncovered title:", t)
        for q in re.findall(r"[“\"]([^“”\"]{1,30})[”\"]", text):
            if not any(q in f for f in forms["measures"] | forms["regulations"] | forms["organizations"]):
                print("  uncovered quote:", q)
        marked = text
        allf = sorted({f for k in forms for f in forms[k] if len(f) >= 2}, key=len, reverse=True)
        # mark org forms with [], measure forms with {}
        spans = []
        for k, (l, r) in (("organizations", ("[", "]")), ("measures", ("{", "}")), ("regulations", ("<", ">"))):
            for f in sorted(forms[k], key=len, reverse=True):
                for m in re.finditer(re.escape(f), text):
                    spans.append((m.start(), m.end(), l, r))
        spans.sort(key=lambda s: (s[0], -(s[1]-s[0])))
        out, pos = [], 0
        for s, e, l, r in spans:
            if s < pos:
                continue
            out.append(text[pos:s]); out.append(l + text[s:e] + r); pos = e
        out.append(text[pos:])
        if "-m" in sys.argv:
            print("".join(out))

main()
