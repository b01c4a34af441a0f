#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)
Errors make the exit status 1. 'resolved' lines list canonical names that do not
occur in the text but have an alias that does (allowed: jurisdiction resolved).
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
         "normative_document", "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee",
         "institution", "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        errors.append("no gold files")
    for gp in golds:
        def err(msg): errors.append(f"{gp.name}: {msg}")
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"JSON does not load: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        if g.get("doc") != gp.stem + ".txt":
            err(f"doc {g.get('doc')!r} != {gp.stem}.txt")
        tp = ROOT / "docs" / (gp.stem + ".txt")
        if not tp.exists():
            err("text file missing"); continue
        raw = tp.read_text(encoding="utf-8")
        n = len(raw)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        text = norm(raw)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None:
            if not isinstance(rep["title"], str) or norm(rep["title"]) not in text:
                err(f"report.title not in text: {rep.get('title')!r}")
        types = {"regulations": REG_T, "organizations": ORG_T, "measures": MEA_T}
        for kind, allowed in types.items():
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} not a list"); continue
            seen = {}
            for e in items:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    err(f"{kind} {e.get('name')!r}: keys {sorted(e)}")
                name, aliases = e.get("name"), e.get("aliases")
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{kind} {name}: aliases must be a list of non-empty strings"); aliases = []
                if e.get("type") not in allowed:
                    err(f"{kind} {name}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in REL:
                        err(f"{name}: relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None:
                        if not re.fullmatch(r"[^〔〕\s]+〔\d{4}〕\d+[号號]", dn):
                            err(f"{name}: doc_number not normalised: {dn!r}")
                        elif norm(dn) not in text:
                            err(f"{name}: doc_number {dn!r} not in text")
                    iss = e.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        err(f"{name}: issuer must be str or null")
                forms = [name] + aliases
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} of {name!r} collides with {seen[k]!r}")
                    seen.setdefault(k, name)
                if norm(name) in text:
                    pass
                elif any(norm(a) in text for a in aliases):
                    notes.append(f"{gp.name}: resolved {kind[:-1]} {name!r} (via alias)")
                else:
                    err(f"{kind} {name!r}: neither name nor any alias occurs in the text")
                for a in aliases:
                    if norm(a) not in text:
                        err(f"{kind} {name!r}: alias {a!r} does not occur in the text")
        orgs = {norm(f) for o in g.get("organizations", []) for f in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgs:
            err(f"publisher {rep['publisher']!r} is not among the organizations")
        for r in g.get("regulations", []):
            for part in (r.get("issuer") or "").split():
                if norm(part) not in orgs:
                    err(f"issuer {part!r} of {r['name']!r} is not among the organizations")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} resolved names")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
