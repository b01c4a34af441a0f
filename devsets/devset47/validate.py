#!/usr/bin/env python3
"""Validate devset gold files against ANNOTATION.md and their documents.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Errors (exit 1): JSON/keys/types invalid, report fields missing, an entity none of whose
name/aliases occurs in its document, duplicate entities. Notes (not errors): canonical names
that do not occur verbatim but are matched through an alias (resolved names), aliases that do
not occur, matches that need PDF page footers removed first.
Occurrence is tested after the scorer's normalisation (NFKC, quotes/title marks/whitespace
removed, brackets and dashes unified).
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
FIELDS = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
          "organizations": {"name", "aliases", "type"}, "measures": {"name", "aliases", "type"}}
DOCNUM = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")
FOOTER = re.compile(r"^\s*(—\s*\d+\s*—|-\s*\d+\s*-|第\s*\d+\s*页\s*共\s*\d+\s*页)\s*$", re.M)

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
        sys.exit("no gold files")
    for gf in golds:
        def err(m): errors.append(f"{gf.name}: {m}")
        def note(m): notes.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"JSON does not load: {e}"); continue
        if set(g) != {"doc", "report", *KINDS}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc {g['doc']!r} does not match file name")
        docp = ROOT / "docs" / g["doc"]
        if not docp.exists():
            err("document missing"); continue
        raw = docp.read_text(encoding="utf-8")
        text = norm(raw)
        text_nofoot = norm(FOOTER.sub("", raw))
        n = len(raw)
        if not 1500 <= len(raw.strip()) <= 5000:
            err(f"document length {n} outside 1500-5000")
        r = g["report"]
        if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {r!r}"); continue
        for k in ("publisher", "region"):
            if not isinstance(r[k], str) or not r[k]:
                err(f"report.{k} not filled")
        if not isinstance(r["year"], int) or not 2015 <= r["year"] <= 2025:
            err(f"report.year {r['year']!r}")
        if r["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(r["date"])):
            err(f"report.date {r['date']!r}")
        if r["date"] is None: note("report.date is null")
        if r["title"] is None: note("report.title is null")
        elif norm(r["title"]) not in text_nofoot and norm(r["title"]) not in norm(raw.replace("\n", "")):
            err(f"title does not occur: {r['title']}")
        orgs = {}
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                orgs[norm(a)] = o.get("name")
        if r["publisher"] and norm(r["publisher"]) not in orgs:
            err("publisher is not a gold organization")
        for kind in KINDS:
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for i, e in enumerate(items):
                where = f"{kind}[{i}] {e.get('name')!r}"
                if not isinstance(e, dict) or set(e) != FIELDS[kind]:
                    err(f"{where}: fields {sorted(e) if isinstance(e, dict) else e}"); continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{where}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{where}: aliases must be a list of strings")
                    continue
                if e["type"] not in TYPES[kind]:
                    err(f"{where}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{where}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        err(f"{where}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in text:
                        note(f"{where}: doc_number {dn} only occurs in another written form")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str):
                            err(f"{where}: issuer not a string")
                        else:
                            for part in iss.split():
                                if norm(part) not in orgs:
                                    note(f"{where}: issuer part {part!r} is not a gold organization")
                forms = [e["name"], *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != i:
                        err(f"{where}: form {a!r} also belongs to {items[seen[k]]['name']!r}")
                    seen.setdefault(k, i)
                hit = [a for a in forms if norm(a) in text]
                hit_nf = [a for a in forms if norm(a) in text_nofoot]
                if not hit and not hit_nf:
                    err(f"{where}: neither name nor any alias occurs in the text")
                elif not hit:
                    note(f"{where}: occurs only once PDF page footers are removed")
                elif norm(e["name"]) not in text and norm(e["name"]) not in text_nofoot:
                    note(f"{where}: canonical name resolved (not in text); alias occurs: {hit[0]!r}")
                for a in e["aliases"]:
                    if norm(a) not in text and norm(a) not in text_nofoot:
                        note(f"{where}: alias {a!r} does not occur")
    for m in notes:
        print("note ", m)
    for m in errors:
        print("ERROR", m)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
