#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md and the texts."""
import json, re, sys, unicodedata
from pathlib import Path
HERE = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
REL = {"issues", "implements", "studies", "mentions"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』·•") 
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(", "]": ")",
       "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGENO = re.compile(r"^[ \t]*[—-][ \t]*\d+[ \t]*[—-][ \t]*$", re.M)
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(MAP.get(c, c) for c in s if c not in DROP and not c.isspace())

def main():
    problems = []
    golds = sorted((HERE / "gold").glob("*.json"))
    for gf in golds:
        def bad(msg):
            problems.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            bad(f"JSON error {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            bad(f"keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            bad("doc field does not match file name")
        txt = HERE / "docs" / g.get("doc", "")
        if not txt.exists():
            bad("text missing"); continue
        raw = txt.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        n = len(text)
        if not 1500 <= n <= 5000:
            bad(f"length {n} outside 1500-5000")
        # PDF page-number lines ("— 3 —") may fall inside a name; drop them before matching
        nt = norm(PAGENO.sub("", text))
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            bad(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                bad(f"report.{f} empty")
        if not isinstance(rep.get("year"), int):
            bad("report.year not int")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            bad("report.date format")
        if rep.get("title") and norm(rep["title"]) not in nt:
            bad(f"title not in text: {rep['title']}")
        orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if norm(rep["publisher"]) not in orgnames:
            bad("publisher not among organizations")
        for kind, types, fields in (("regulations", REG_T, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                                    ("organizations", ORG_T, {"name", "aliases", "type"}),
                                    ("measures", MEA_T, {"name", "aliases", "type"})):
            seen = {}
            for e in g[kind]:
                if set(e) != fields:
                    bad(f"{kind} {e.get('name')}: fields {sorted(e)}")
                if e["type"] not in types:
                    bad(f"{kind} {e['name']}: bad type {e['type']}")
                if not isinstance(e["aliases"], list):
                    bad(f"{kind} {e['name']}: aliases not a list")
                if kind == "regulations":
                    if e["relation"] not in REL:
                        bad(f"{e['name']}: bad relation {e['relation']}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        bad(f"{e['name']}: doc_number not normalised: {e['doc_number']}")
                    if e["doc_number"] and norm(e["doc_number"]) not in nt:
                        bad(f"{e['name']}: doc_number not in text (repaired?): {e['doc_number']}")
                    if e["issuer"] and e["issuer"] not in {o["name"] for o in g["organizations"]} | {"国务院", "国务院办公厅"}:
                        problems.append(f"{gf.name}: note: issuer {e['issuer']} not an organization of this doc")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        bad(f"{kind}: form {f} used by {seen[k]} and {e['name']}")
                    seen[k] = e["name"]
                if not any(norm(f) in nt for f in forms):
                    bad(f"{kind}: no form of {e['name']} occurs in text")
                for a in e["aliases"]:
                    if norm(a) not in nt:
                        bad(f"{kind}: alias {a} of {e['name']} not in text")
    for p in problems:
        print(p)
    print(f"{len(golds)} gold files, {sum(1 for p in problems if ': note:' not in p)} problems")
    return 1 if any(': note:' not in p for p in problems) else 0

if __name__ == "__main__":
    sys.exit(main())
