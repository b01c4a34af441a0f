#!/usr/bin/env python3
"""Validate the devset gold files against ANNOTATION.md and the texts.

usage: python3 validate.py            (from anywhere; checks ./gold against ./docs)
Exit code 1 if any ERROR is found. INFO lines list canonical names that do not occur
in the text themselves but are matched through an alias (resolved names) and
doc numbers that were normalised/repaired.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def light(text):  # only title marks and whitespace removed
    return "".join(c for c in str(text) if c not in "《》 \t\r\n\u3000")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable")


def main():
    errors, infos = [], []
    def err(doc, msg): errors.append(f"ERROR {doc}: {msg}")
    def info(doc, msg): infos.append(f"INFO  {doc}: {msg}")
    golds = sorted(GOLD.glob("*.json"))
    docs = sorted(DOCS.glob("*.txt"))
    if {g.stem for g in golds} != {d.stem for d in docs}:
        errors.append(f"ERROR: docs/gold mismatch {sorted({g.stem for g in golds} ^ {d.stem for d in docs})}")
    for gp in golds:
        name = gp.name
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as exc:
            err(name, f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(name, f"top-level keys {sorted(g)}")
        if g.get("doc") != gp.stem + ".txt":
            err(name, f"doc field {g.get('doc')!r}")
        tp = DOCS / (gp.stem + ".txt")
        if not tp.exists():
            err(name, "no text file"); continue
        text = read_text(tp)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(name, f"text length {n} outside 1500-5000")
        L, N = light(text), norm(text)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(name, f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(name, f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(name, f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            err(name, f"report.date {rep.get('date')!r}")
        if rep.get("title") is None:
            info(name, "report.title is null")
        elif norm(rep["title"]) not in N:
            err(name, f"title not in text: {rep['title']}")
        if rep.get("date") is None:
            info(name, "report.date is null")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            ents = g.get(kind)
            if not isinstance(ents, list):
                err(name, f"{kind} not a list"); continue
            for e in ents:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    err(name, f"{kind} keys {sorted(e)} in {e.get('name')}")
                if not isinstance(e.get("name"), str) or not e["name"].strip():
                    err(name, f"{kind} empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(name, f"{kind} bad aliases in {e['name']}")
                if e.get("type") not in types:
                    err(name, f"{kind} bad type {e.get('type')!r} in {e['name']}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(name, f"bad relation {e.get('relation')!r} in {e['name']}")
                    dn = e.get("doc_number")
                    if dn is not None:
                        if not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                            err(name, f"doc_number not normalised: {dn}")
                        elif norm(dn) not in N:
                            info(name, f"doc_number {dn} repaired/normalised (not verbatim in text)")
                    iss = e.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        err(name, f"issuer not str in {e['name']}")
                forms = [e["name"], *e.get("aliases", [])]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        err(name, f"{kind}: form {f!r} of {e['name']!r} also belongs to {seen[k]!r}")
                    seen.setdefault(k, e["name"])
                hits = [f for f in forms if light(f) in L or norm(f) in N]
                if not hits:
                    err(name, f"{kind}: neither name nor alias occurs in text: {e['name']}")
                elif e["name"] not in hits:
                    info(name, f"{kind}: resolved name {e['name']!r} occurs via alias {hits[0]!r}")
                for a in e.get("aliases", []):
                    if not (light(a) in L or norm(a) in N):
                        err(name, f"{kind}: alias {a!r} of {e['name']!r} not in text")
        orgforms = {norm(f) for o in g.get("organizations", []) for f in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgforms:
            err(name, f"publisher {rep['publisher']} not among organizations")
        for r in g.get("regulations", []):
            if r.get("issuer"):
                for part in r["issuer"].split():
                    if norm(part) not in orgforms:
                        info(name, f"issuer {part} of {r['name']} not listed among organizations")
    for line in infos:
        print(line)
    for line in errors:
        print(line)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} info lines")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
