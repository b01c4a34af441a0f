#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md conventions.

usage: python3 validate.py            (run from anywhere; uses the directory of this file)

Checks: JSON loads; keys and value types; enum values for type/relation; doc_number shape;
report fields filled; doc file exists and has 1,500-5,000 characters; every gold entity's
name or at least one alias occurs in the text after normalisation (NFKC, whitespace, title
marks and quotation marks removed). Canonical names that do not occur literally (resolved
names) are listed as info; aliases that do not occur are warnings; entities with no
occurring form at all are errors. Also flags duplicate normalised forms inside one kind.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", t)
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def main():
    errors, warnings, infos = [], [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            errors.append(f"{tag}: JSON error {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g.get('doc')!r} != file stem")
        tp = ROOT / "docs" / str(g.get("doc"))
        if not tp.exists():
            errors.append(f"{tag}: missing text {tp}"); continue
        raw = tp.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n} outside 1500-5000")
        ntext = norm(text)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for k in ("publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep.get(k):
                errors.append(f"{tag}: report.{k} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        if rep.get("date") is None:
            infos.append(f"{tag}: report.date is null")
        if rep.get("title") is None:
            infos.append(f"{tag}: report.title is null")
        elif norm(rep["title"]) not in ntext:
            warnings.append(f"{tag}: title does not occur in text")
        orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            errors.append(f"{tag}: publisher {rep['publisher']} not among organizations")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} not a list"); continue
            seen = {}
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind} keys {sorted(e)} for {e.get('name')}")
                if not isinstance(e.get("name"), str) or not e["name"]:
                    errors.append(f"{tag}: {kind} bad name {e!r}"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} bad aliases for {e['name']}")
                if e.get("type") not in types:
                    errors.append(f"{tag}: {kind} bad type {e.get('type')!r} for {e['name']}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: bad relation {e.get('relation')!r} for {e['name']}")
                    dn = e.get("doc_number")
                    if dn is not None and not re.fullmatch(r"[^\s〔〕]+〔(19|20)\d\d〕第?\d+号|[^\s〔〕]+令第\d+号", dn):
                        errors.append(f"{tag}: doc_number not normalised: {dn!r} ({e['name']})")
                    if dn is not None and norm(dn).replace("第", "") not in ntext.replace("第", "") and norm(dn) not in ntext:
                        infos.append(f"{tag}: doc_number {dn} repaired/normalised (not literal in text)")
                    if e.get("issuer") is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: bad issuer for {e['name']}")
                forms = [e["name"], *e.get("aliases", [])]
                for f in forms:
                    nf = norm(f)
                    if nf in seen and seen[nf] != e["name"]:
                        errors.append(f"{tag}: {kind} form {f!r} shared by {seen[nf]!r} and {e['name']!r}")
                    seen.setdefault(nf, e["name"])
                occ = [f for f in forms if norm(f) in ntext]
                if not occ:
                    errors.append(f"{tag}: {kind} {e['name']!r}: neither name nor any alias occurs in text")
                    continue
                if norm(e["name"]) not in ntext:
                    infos.append(f"{tag}: {kind} resolved name {e['name']!r} (occurs as {occ[0]!r})")
                for a in e.get("aliases", []):
                    if norm(a) not in ntext:
                        warnings.append(f"{tag}: {kind} alias {a!r} of {e['name']!r} not in text")
    for m in infos:
        print("info:", m)
    for m in warnings:
        print("WARN:", m)
    for m in errors:
        print("ERROR:", m)
    print(f"{len(files)} gold files; {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
