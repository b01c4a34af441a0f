#!/usr/bin/env python3
"""Validate the devset97 gold files against ANNOTATION.md.

usage: python3 validate.py [--strict-aliases]
Checks: JSON loads; keys and value types; enumerated types/relations; doc_number shape;
the doc file exists; every entity's name or one of its aliases occurs in the text
(after the scorer's normalisation: NFKC, whitespace/quotes/title marks dropped, brackets
and dashes unified); no alias is shared by two entities of one kind; report fields filled
and publisher listed among the organizations. Names that do not occur (resolved canonical
names) are listed as info only. --strict-aliases also lists aliases that do not occur.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

def main():
    strict = "--strict-aliases" in sys.argv
    errors, infos = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    docs = sorted(p.name for p in (HERE / "docs").glob("*.txt"))
    if len(files) != len(docs):
        errors.append(f"{len(files)} gold files but {len(docs)} docs")
    for gf in files:
        def err(m): errors.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"JSON does not load: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            err(f"doc field {g.get('doc')!r} does not match file name")
        tp = HERE / "docs" / str(g.get("doc"))
        if not tp.exists():
            err("text file missing"); continue
        raw = tp.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        ntext = norm(text)
        n = len(re.sub(r"\s", "", text))
        if not 1500 <= len(text) <= 5000:
            err(f"length {len(text)} chars outside 1500-5000")
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
            err("report.year not an int in 2015-2025")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            err("report.date not YYYY-MM-DD")
        if rep.get("title") is not None and norm(rep["title"]) not in ntext:
            err("report.title not in text")
        orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            err("publisher not among organizations")
        for kind, types, keys in (("regulations", REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                                  ("organizations", ORG_TYPES, {"name", "aliases", "type"}),
                                  ("measures", MEA_TYPES, {"name", "aliases", "type"})):
            seen = {}
            for e in g.get(kind, []):
                if set(e) != keys:
                    err(f"{kind} {e.get('name')}: keys {sorted(e)}"); continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{kind}: empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                    err(f"{kind} {e['name']}: aliases not a list of strings")
                if e["type"] not in types:
                    err(f"{kind} {e['name']}: bad type {e['type']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{e['name']}: bad relation {e['relation']}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        err(f"{e['name']}: doc_number {e['doc_number']!r} not normalised")
                    if e["doc_number"] is not None:
                        num = norm(e["doc_number"])
                        if num not in ntext:
                            infos.append(f"{gf.name}: doc_number {e['doc_number']} written differently in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{e['name']}: issuer not a string")
                forms = [e["name"], *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {a!r} shared by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                occurring = [a for a in forms if norm(a) in ntext]
                if not occurring:
                    err(f"{kind} {e['name']!r}: neither name nor any alias occurs in the text")
                elif norm(e["name"]) not in ntext:
                    infos.append(f"{gf.name}: {kind} name resolved (alias occurs): {e['name']}")
                if strict:
                    for a in e["aliases"]:
                        if norm(a) not in ntext:
                            infos.append(f"{gf.name}: {kind} alias not in text (accepted form): {a}")
    for i in infos:
        print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
