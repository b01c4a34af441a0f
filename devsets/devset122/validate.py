#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

Checks per gold file: JSON loads; top-level keys; report fields (title/publisher/region/year/date)
filled and well-formed; each entity has the right keys and allowed type/relation values;
doc_number format; the publisher is one of the organizations; no alias shared by two entities
of the same kind; and every entity's name or one of its aliases occurs in the text after
normalisation (NFKC, whitespace / quotes / title marks removed, brackets and dashes unified,
the same normalisation score.py uses). Names that do not occur but have an occurring alias
(resolved canonical names) are listed as INFO; entities with no occurring form are ERRORs.
usage: python3 validate.py [-v]
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S*令第\d+号$")

def main():
    verbose = "-v" in sys.argv
    errors, infos = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = {p.name for p in (ROOT / "docs").glob("*.txt")}
    if not golds:
        sys.exit("no gold files")
    for gp in golds:
        def err(msg): errors.append(f"{gp.name}: {msg}")
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        if g.get("doc") != gp.stem + ".txt" or g.get("doc") not in docs:
            err(f"doc field {g.get('doc')!r} does not name its text file"); continue
        text = (ROOT / "docs" / g["doc"]).read_text(encoding="utf-8")
        ntext = norm(text)
        if not 1500 <= len(text) <= 5000:
            err(f"text length {len(text)} outside 1500-5000")
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("title", "publisher", "region", "year", "date"):
            if rep.get(f) in (None, ""):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") and not re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"]):
            err(f"report.date {rep['date']!r}")
        if rep.get("title") and norm(rep["title"]) not in ntext:
            err("report.title not in text")
        for kind, types, keys in (("regulations", REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                                  ("organizations", ORG_TYPES, {"name", "aliases", "type"}),
                                  ("measures", MEA_TYPES, {"name", "aliases", "type"})):
            items = g.get(kind)
            if not isinstance(items, list) or not items:
                err(f"{kind} missing or empty"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    err(f"{kind}: bad keys in {e!r}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        err(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{kind}: {name}: issuer {e['issuer']!r}")
                for form in [name, *e["aliases"]]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {form!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                if norm(name) in ntext:
                    pass
                elif any(norm(a) in ntext for a in e["aliases"]):
                    infos.append(f"{gp.name}: {kind}: canonical {name!r} resolved (occurs via alias)")
                else:
                    err(f"{kind}: neither {name!r} nor any alias occurs in the text")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        infos.append(f"{gp.name}: {kind}: alias {a!r} of {name!r} does not occur (accepted variant)")
        orgs = {norm(f) for o in g.get("organizations", []) for f in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgs:
            err("report.publisher is not one of the organizations")
    if verbose:
        for i in infos:
            print("INFO", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} info notes")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
