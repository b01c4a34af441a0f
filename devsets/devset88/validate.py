#!/usr/bin/env python3
"""Validate devset88 gold files against ANNOTATION.md rules and the document texts.

usage: python3 validate.py   (exit status 1 if any error)
Checks: JSON loads; keys and value types; allowed type / relation values; doc_number shape;
report fields filled (publisher, region, year; title/date may be null but must be present);
publisher is among the gold organizations; every entity's name or one of its aliases occurs in
the text (compared after NFKC, removal of whitespace, title marks and quotes, bracket/dash
unification - PDF line breaks and half-width punctuation are thus tolerated); no alias is shared
by two entities of the same kind; docs are 1,500-5,000 characters.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def read_text(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def check(gf, errs, warns):
    def e(msg): errs.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as x:
        e(f"JSON does not load: {x}"); return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        e(f"top-level keys {sorted(g)}")
    if g.get("doc") != gf.stem + ".txt":
        e(f"doc field {g.get('doc')!r} != file name")
    tp = HERE / "docs" / str(g.get("doc"))
    if not tp.exists():
        e("document file missing"); return
    text = read_text(tp)
    if not 1500 <= len(text) <= 5000:
        e(f"document length {len(text)} outside 1500-5000")
    nt = norm(text)
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        e(f"report keys {sorted(rep)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            e(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        e("report.year not an int in 2015-2025")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
        e(f"report.date {rep.get('date')!r} not YYYY-MM-DD")
    if rep.get("title") is not None and norm(rep["title"]) not in nt:
        e(f"report.title does not occur in text")
    for kind, types, extra in (("regulations", REG_T, ("doc_number", "issuer", "relation")),
                               ("organizations", ORG_T, ()), ("measures", MEA_T, ())):
        items = g.get(kind)
        if not isinstance(items, list):
            e(f"{kind} is not a list"); continue
        seen = {}
        for it in items:
            want = {"name", "aliases", "type", *extra}
            if not isinstance(it, dict) or set(it) != want:
                e(f"{kind}: bad keys in {it!r}"); continue
            name = it["name"]
            if not isinstance(name, str) or not name.strip():
                e(f"{kind}: empty name"); continue
            if not isinstance(it["aliases"], list) or not all(isinstance(a, str) and a for a in it["aliases"]):
                e(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if it["type"] not in types:
                e(f"{kind}: {name}: bad type {it['type']!r}")
            if kind == "regulations":
                if it["relation"] not in REL:
                    e(f"{name}: bad relation {it['relation']!r}")
                dn = it["doc_number"]
                if dn is not None and not re.fullmatch(r"[^〔〕\s]+〔(19|20)\d\d〕\d+号", dn):
                    e(f"{name}: doc_number {dn!r} not normalised to 代字〔年〕N号")
                if dn is not None and norm(dn).replace("(", "").replace(")", "") not in nt.replace("(", "").replace(")", ""):
                    e(f"{name}: doc_number {dn!r} not in text")
                if it["issuer"] is not None and not isinstance(it["issuer"], str):
                    e(f"{name}: issuer must be str or null")
            forms = [name, *it["aliases"]]
            occurring = [f for f in forms if norm(f) in nt]
            if not occurring:
                e(f"{kind}: neither name nor any alias of {name!r} occurs in the text")
            elif norm(name) not in nt:
                warns.append(f"{gf.name}: {kind}: canonical {name!r} resolved (text has {occurring[0]!r})")
            for a in it["aliases"]:
                if norm(a) not in nt:
                    e(f"{kind}: alias {a!r} of {name!r} does not occur in the text")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    e(f"{kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            if len({norm(f) for f in forms}) != len(forms):
                warns.append(f"{gf.name}: {kind}: {name!r} has aliases equal to the name after normalisation")
    orgs = {norm(f) for o in g.get("organizations", []) if isinstance(o, dict) for f in [o.get("name", ""), *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgs:
        e("report.publisher is not a gold organization")


def main():
    errs, warns = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    if {d.stem for d in docs} != {f.stem for f in files}:
        errs.append("docs/ and gold/ do not correspond one to one")
    for gf in files:
        check(gf, errs, warns)
    if "-v" in sys.argv:
        for w in warns:
            print("note:", w)
    for x in errs:
        print("ERROR:", x)
    print(f"{len(files)} gold files, {len(errs)} errors, {len(warns)} notes")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
