#!/usr/bin/env python3
"""Validate the gold files of devset85 against ANNOTATION.md.

Checks, per gold file: JSON loads; top-level keys; report fields (publisher, region,
year filled; title/date present, date as YYYY-MM-DD or null); every entity has the
right keys and an allowed type / relation; doc_number looks like 代字〔年份〕序号号;
no two entities of one kind share a normalised name/alias; and every entity's name or
at least one alias occurs in the document text (after the scorer's normalisation:
NFKC, whitespace, quotation and title marks removed, brackets unified).
Canonical names that do not occur are listed as info when an alias occurs.
usage: python3 validate.py [-v]
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S+令第\d+号$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(f"{path}: undecodable")


def main():
    verbose = "-v" in sys.argv
    errors, infos = [], []
    golds = sorted(GOLD.glob("*.json"))
    docs = sorted(DOCS.glob("*.txt"))
    if {p.stem for p in golds} != {p.stem for p in docs}:
        errors.append(f"docs/gold mismatch: {sorted({p.stem for p in golds} ^ {p.stem for p in docs})}")
    for gp in golds:
        def err(msg):
            errors.append(f"{gp.name}: {msg}")
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gp.stem + ".txt":
            err(f"doc field {g['doc']!r} != file name")
        tp = DOCS / g["doc"]
        if not tp.exists():
            err("text file missing")
            continue
        text = read_text(tp)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"length {n} chars outside 1500-5000")
        nt = norm(text)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        else:
            for k in ("publisher", "region"):
                if not isinstance(rep[k], str) or not rep[k]:
                    err(f"report.{k} empty")
            if not isinstance(rep["year"], int) or not 2010 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r}")
            if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"]):
                err(f"report.date {rep['date']!r}")
            if rep["title"] is not None and norm(rep["title"]) not in nt:
                err(f"title not in text: {rep['title']}")
            orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in orgnames:
                err(f"publisher {rep['publisher']} not among organizations")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            for e in g[kind]:
                if set(e) != keys:
                    err(f"{kind} {e.get('name')}: keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"] or not isinstance(e["aliases"], list):
                    err(f"{kind}: bad name/aliases {e}")
                    continue
                if e["type"] not in types:
                    err(f"{kind} {e['name']}: type {e['type']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{e['name']}: relation {e['relation']}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        err(f"{e['name']}: doc_number {e['doc_number']}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{e['name']}: issuer {e['issuer']!r}")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {f!r} used by {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                found = [f for f in forms if norm(f) in nt]
                if not found:
                    err(f"{kind} {e['name']}: neither name nor any alias occurs in text")
                elif norm(e["name"]) not in nt:
                    infos.append(f"{gp.name}: {kind} canonical not in text (alias ok): {e['name']}")
                for a in e["aliases"]:
                    if norm(a) not in nt:
                        infos.append(f"{gp.name}: {kind} alias not in text: {a} ({e['name']})")
    if verbose:
        for i in infos:
            print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
