#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md conventions.

usage: python3 validate.py            (run from anywhere)
Checks: JSON loads; keys/types/enums valid; doc file exists; every entity's name or one of
its aliases occurs in the text (after HTML-unescaping, NFKC, removing title/quote marks and
whitespace, unifying brackets/dashes); report fields filled; publisher is an annotated org;
no two entities of one kind share a normalised name/alias. Resolved canonical names that do
not occur literally are listed as info (fine when an alias occurs).
"""
import html, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+[号號]$")


def norm(t):
    t = unicodedata.normalize("NFKC", html.unescape(str(t)))
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def main():
    errors, infos = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gp in golds:
        tag = gp.name
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON error {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
        if g.get("doc") != gp.stem + ".txt":
            errors.append(f"{tag}: doc field {g.get('doc')!r}")
        tp = ROOT / "docs" / str(g.get("doc"))
        if not tp.exists():
            errors.append(f"{tag}: missing text {tp}"); continue
        raw = tp.read_text(encoding="utf-8")
        n = len(raw)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n} outside 1500-5000")
        text = norm(raw)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep[f]:
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", rep["date"]):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        for f in ("title", "date"):
            if rep.get(f) is None:
                infos.append(f"{tag}: report.{f} is null (not in text)")
        if rep.get("title") and norm(rep["title"]) not in text:
            infos.append(f"{tag}: title does not occur verbatim: {rep['title']}")
        kinds = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
                 "organizations": (ORG_TYPES, ("name", "aliases", "type")),
                 "measures": (MEA_TYPES, ("name", "aliases", "type"))}
        for kind, (types, keys) in kinds.items():
            seen = {}
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} not a list"); continue
            for e in items:
                if set(e) != set(keys):
                    errors.append(f"{tag}: {kind} keys {sorted(e)} in {e.get('name')}")
                if not isinstance(e.get("name"), str) or not e["name"]:
                    errors.append(f"{tag}: {kind} empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} bad aliases for {e['name']}")
                if e.get("type") not in types:
                    errors.append(f"{tag}: {kind} bad type {e.get('type')!r} for {e['name']}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: bad relation {e.get('relation')!r} for {e['name']}")
                    dn = e.get("doc_number")
                    if dn is not None:
                        if not DOCNUM.match(unicodedata.normalize("NFKC", dn).replace("(", "〔").replace(")", "〕")) and not DOCNUM.match(dn):
                            errors.append(f"{tag}: doc_number not normalised: {dn}")
                        if norm(dn) not in text:
                            errors.append(f"{tag}: doc_number not in text (after bracket unification): {dn}")
                    if e.get("issuer") is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: bad issuer for {e['name']}")
                forms = [e["name"], *e.get("aliases", [])]
                if not any(norm(f) and norm(f) in text for f in forms):
                    errors.append(f"{tag}: {kind} neither name nor alias in text: {e['name']} {e.get('aliases')}")
                elif norm(e["name"]) not in text:
                    infos.append(f"{tag}: {kind} resolved name not in text (alias occurs): {e['name']}")
                for a in e.get("aliases", []):
                    if norm(a) not in text:
                        infos.append(f"{tag}: {kind} alias not in text: {a} (of {e['name']})")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind} form {f!r} shared by {seen[k]} and {e['name']}")
                    seen.setdefault(k, e["name"])
        orgforms = {norm(f) for o in g.get("organizations", []) for f in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgforms:
            errors.append(f"{tag}: publisher {rep['publisher']} is not an annotated organization")
    for i in infos:
        print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
