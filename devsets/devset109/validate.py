#!/usr/bin/env python3
"""Validate devset109 gold files against ANNOTATION.md rules and the document texts."""
import html, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")

def clean(s):
    return "".join(c for c in s if c not in DROP)

def text_of(path):
    raw = path.read_text(encoding="utf-8")
    raw = html.unescape(re.sub(r"<[^>]+>", "", raw))
    return clean(raw)

def main():
    errors, warnings = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(golds) != 10:
        errors.append(f"expected 10 gold files, found {len(golds)}")
    for gf in golds:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            errors.append(f"{gf.name}: JSON error {e}"); continue
        E = lambda m: errors.append(f"{gf.name}: {m}")
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            E("doc field does not match file name")
        tp = HERE / "docs" / g["doc"]
        if not tp.exists():
            E("text missing"); continue
        n = len(tp.read_text(encoding="utf-8"))
        if not 1500 <= n <= 5000:
            E(f"text length {n} outside 1500-5000")
        text = text_of(tp)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                E(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            E("report.year not int 2015-2025")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            E("report.date format")
        if rep.get("title") and clean(rep["title"]) not in text:
            E(f"title not in text: {rep['title']}")
        orgnames = {o["name"] for o in g["organizations"]}
        if rep.get("publisher") not in orgnames:
            E("publisher is not among organizations")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            for it in g[kind]:
                name = it.get("name")
                if not isinstance(name, str) or not name:
                    E(f"{kind}: bad name {it}"); continue
                if not isinstance(it.get("aliases"), list):
                    E(f"{kind}: {name}: aliases not a list")
                if it.get("type") not in types:
                    E(f"{kind}: {name}: bad type {it.get('type')}")
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(it) != need:
                    E(f"{kind}: {name}: keys {sorted(it)}")
                if kind == "regulations":
                    if it["relation"] not in RELATIONS:
                        E(f"{name}: bad relation")
                    dn = it["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        E(f"{name}: doc_number not normalised: {dn}")
                    if it["issuer"] is not None:
                        for part in it["issuer"].split():
                            if part not in orgnames:
                                warnings.append(f"{gf.name}: issuer {part} of {name} not an organization")
                forms = [name, *it["aliases"]]
                for f in forms:
                    k = unicodedata.normalize("NFKC", clean(f))
                    if k in seen and seen[k] != name:
                        E(f"{kind}: form {f} used by {seen[k]} and {name}")
                    seen[k] = name
                found = [f for f in forms if clean(f) and clean(f) in text]
                if not found:
                    E(f"{kind}: no form of '{name}' occurs in text")
                elif clean(name) not in text:
                    warnings.append(f"{gf.name}: {kind}: canonical '{name}' resolved (alias occurs: {found[0]})")
                for a in it["aliases"]:
                    if clean(a) not in text:
                        warnings.append(f"{gf.name}: {kind}: alias '{a}' of '{name}' not in text (accepted form)")
    for w in warnings:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} notes")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
