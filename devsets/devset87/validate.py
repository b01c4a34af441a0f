#!/usr/bin/env python3
"""Validate devset87 gold files against ANNOTATION.md (format, types, occurrence in text)."""
import json, re, sys, unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def check(path):
    errs, notes = [], []
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as e:
        return [f"JSON error: {e}"], notes
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    doc = BASE / "docs" / g.get("doc", "")
    if g.get("doc", "")[:-4] != path.stem or not doc.exists():
        errs.append(f"doc field {g.get('doc')} does not match an existing text")
        return errs, notes
    text = doc.read_text(encoding="utf-8")
    ntext = norm(text)
    n = len(text)
    if not 1500 <= n <= 5000:
        errs.append(f"text length {n} outside 1500-5000")
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for k in ("publisher", "region", "year"):
        if not rep.get(k):
            errs.append(f"report.{k} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errs.append("report.year not int 2015-2025")
    if rep.get("date") is not None and not DATE.match(rep["date"]):
        errs.append(f"report.date {rep['date']}")
    if rep.get("title") and norm(rep["title"]) not in ntext:
        errs.append(f"title not in text: {rep['title']}")
    orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
    if norm(rep["publisher"]) not in orgnames:
        errs.append("publisher is not among the organizations")
    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
    for kind, (keys, types) in spec.items():
        if not isinstance(g[kind], list):
            errs.append(f"{kind} not a list"); continue
        seen = {}
        for e in g[kind]:
            if set(e) != keys:
                errs.append(f"{kind} {e.get('name')}: keys {sorted(e)}")
            if not isinstance(e.get("name"), str) or not e["name"]:
                errs.append(f"{kind}: empty name"); continue
            if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind} {e['name']}: bad aliases")
            if e.get("type") not in types:
                errs.append(f"{kind} {e['name']}: bad type {e.get('type')}")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    errs.append(f"{kind}: form {f} used by {seen[k]} and {e['name']}")
                seen[k] = e["name"]
            hit = [f for f in forms if norm(f) in ntext]
            if not hit:
                errs.append(f"{kind} {e['name']}: neither name nor any alias occurs in text")
            elif norm(e["name"]) not in ntext:
                notes.append(f"{kind} {e['name']}: canonical resolved (text has {hit[0]})")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{e['name']}: bad relation {e['relation']}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    errs.append(f"{e['name']}: doc_number not normalised: {e['doc_number']}")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errs.append(f"{e['name']}: issuer not str/null")
    # completeness check: every 《…》 / 〈…〉 title in the text must be a regulation
    regforms = {norm(a) for r in g["regulations"] for a in [r["name"], *r["aliases"]]}
    flat = re.sub(r"\s+", "", text)
    for m in re.finditer(r"《([^《》]+(?:《[^《》]*》[^《》]*)*)》|〈([^〈〉]+)〉|<([^<>]+)>", flat):
        t = next(x for x in m.groups() if x)
        if norm(t) not in regforms:
            errs.append(f"title in text not annotated: 《{t}》")
    return errs, notes


def main():
    bad = 0
    files = sorted((BASE / "gold").glob("*.json"))
    docs = sorted((BASE / "docs").glob("*.txt"))
    if len(files) != len(docs):
        print(f"! {len(docs)} docs but {len(files)} gold files"); bad += 1
    for p in files:
        errs, notes = check(p)
        print(f"{p.name}: {'OK' if not errs else str(len(errs)) + ' error(s)'}")
        for e in errs:
            print("   ERROR", e)
        if "-v" in sys.argv:
            for n_ in notes:
                print("   note ", n_)
        bad += len(errs)
    print("CLEAN" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
