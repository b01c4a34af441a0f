#!/usr/bin/env python3
"""Validate devset46 gold files against ANNOTATION.md conventions and the texts.

usage: python3 validate.py            (exit status 1 if any error)
Checks: JSON loads; top-level keys; report fields; entity keys and value types;
allowed type / relation values; doc_number shape; no duplicate names/aliases
within a kind; every entity's name or at least one alias occurs in the text
(compared after the scorer's normalisation, which drops 《》“”「」 and whitespace,
so PDF line breaks inside a name do not matter). Names that do not occur
verbatim but have an occurring alias are listed as info (resolved names).
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+[号號]$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(f"cannot decode {path}")

def main():
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
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        if g.get("doc") != gp.stem + ".txt":
            err(f"doc field {g.get('doc')!r} != file name")
        tp = DOCS / str(g.get("doc"))
        if not tp.exists():
            err("text file missing"); continue
        text = read_text(tp)
        ntext = norm(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for k in ("publisher", "region", "year"):
            if not rep.get(k):
                err(f"report.{k} empty")
        if not isinstance(rep.get("year"), int):
            err("report.year not int")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("title") is not None and norm(rep["title"]) not in ntext:
            err(f"report.title not in text: {rep['title']}")
        org_forms = {norm(x) for o in g.get("organizations", []) for x in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            ents = g.get(kind)
            if not isinstance(ents, list):
                err(f"{kind} not a list"); continue
            seen = {}
            for e in ents:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind} {e.get('name')}: keys {sorted(e)}"); continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{kind}: empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind} {e['name']}: aliases must be a list of strings")
                if e["type"] not in types:
                    err(f"{kind} {e['name']}: bad type {e['type']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{e['name']}: bad relation {e['relation']}")
                    if e["doc_number"] is not None:
                        if not DOCNUM.match(e["doc_number"]):
                            err(f"{e['name']}: doc_number {e['doc_number']} not normalised")
                        # the number itself must be in the text in some bracket form
                        m = re.match(r"^(\S+)〔(\d{4})〕(\d+)([号號])$", e["doc_number"])
                        if m and not re.search(re.escape(m.group(1)) + r"\s*[〔\[\(（【﹝]\s*" + m.group(2)
                                               + r"\s*[〕\]\)）】﹞]\s*" + m.group(3) + r"\s*" + m.group(4), text):
                            err(f"{e['name']}: doc_number {e['doc_number']} not found in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{e['name']}: issuer not a string")
                    if e["issuer"]:
                        for part in e["issuer"].split():
                            if norm(part) not in org_forms:
                                err(f"{e['name']}: issuer part {part} not a gold organization")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                occurring = [f for f in forms if norm(f) in ntext]
                if not occurring:
                    err(f"{kind} {e['name']}: neither name nor any alias occurs in text")
                elif norm(e["name"]) not in ntext:
                    infos.append(f"{gp.name}: {kind} resolved name {e['name']!r} (via {occurring[0]!r})")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        infos.append(f"{gp.name}: {kind} {e['name']!r}: alias {a!r} is an accepted variant, not in text")
    for i in infos:
        print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
