#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks: JSON loads; keys and value types; allowed type/relation values; doc_number
format; report fields filled; every entity has its name or one alias in the text
(text and names compared after the scorer's normalisation, so PDF line breaks, quotes
and bracket styles do not matter); no alias shared by two entities of one kind;
publisher and issuers resolve to gold organizations. Exit status 1 on any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("cannot decode")

def check(gold_path, docs_dir):
    errs, notes = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:
        return [f"JSON does not load: {exc}"], notes
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    doc = docs_dir / g.get("doc", "")
    if g.get("doc") != gold_path.stem + ".txt":
        errs.append("doc field does not match gold file name")
    if not doc.is_file():
        return errs + [f"text file missing: {doc}"], notes
    text = read_text(doc)
    # PDF page footers ("— 2 —") may split a name across pages: drop them before matching
    ntext = norm(re.sub(r"(?m)^[ \t]*[—–-]+[ \t]*\d+[ \t]*[—–-]+[ \t]*$", "", text))
    n = len(text)
    if not 1500 <= n <= 5000:
        notes.append(f"length {n} characters outside 1500-5000")
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errs.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
        errs.append("report.year not an int year")
    if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
        errs.append(f"report.date bad: {rep.get('date')!r}")
    if rep.get("date") is None:
        notes.append("report.date is null")
    if rep.get("title") is not None and norm(rep["title"]) not in ntext:
        notes.append(f"report.title not found verbatim in text: {rep['title']}")
    if rep.get("title") is None:
        notes.append("report.title is null")
    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEAS_TYPES)}
    org_names = {}
    for o in g.get("organizations", []):
        for a in [o.get("name"), *o.get("aliases", [])]:
            org_names.setdefault(norm(a), o.get("name"))
    for kind, (keys, types) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list"); continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != keys:
                errs.append(f"{kind}: bad keys in {e!r}"); continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name"); continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                errs.append(f"{kind}: {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                    errs.append(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                if dn is not None and norm(dn) not in ntext:
                    notes.append(f"{kind}: {name}: doc_number {dn} not verbatim in text (repaired/variant form?)")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        errs.append(f"{kind}: {name}: issuer not a string")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_names:
                                errs.append(f"{kind}: {name}: issuer part {part} is not a gold organization")
            forms = [name, *e["aliases"]]
            for a in forms:
                k = norm(a)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: form {a!r} used by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            hits = [a for a in forms if norm(a) in ntext]
            if not hits:
                errs.append(f"{kind}: {name}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext:
                notes.append(f"{kind}: {name}: canonical (resolved) name not in text; alias {hits[0]!r} is")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    notes.append(f"{kind}: {name}: alias {a!r} does not occur (accepted variant)")
    pub = rep.get("publisher")
    if pub and norm(pub) not in org_names:
        errs.append(f"report.publisher {pub} is not a gold organization")
    return errs, notes

def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    golds = sorted((base / "gold").glob("*.json"))
    docs = sorted((base / "docs").glob("*.txt"))
    bad = 0
    if {d.stem for d in docs} != {g.stem for g in golds}:
        print("ERROR docs and gold files do not pair up:", {d.stem for d in docs} ^ {g.stem for g in golds})
        bad += 1
    for gp in golds:
        errs, notes = check(gp, base / "docs")
        g = json.loads(gp.read_text(encoding="utf-8")) if not errs or "JSON" not in errs[0] else {}
        counts = "/".join(str(len(g.get(k, []))) for k in ("regulations", "organizations", "measures"))
        print(f"{gp.name}: {'OK' if not errs else 'ERRORS'}  (reg/org/meas = {counts})")
        for e in errs:
            print("   ERROR", e)
        for nt in notes:
            print("   note ", nt)
        bad += len(errs)
    print(f"{len(golds)} gold files, {bad} errors")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
