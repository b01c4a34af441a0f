#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md and its document in docs/.

- JSON loads; top-level keys and value types; report fields filled (title may be null
  only if the text has none; publisher, region, year are required; date may be null);
- entity types and relations from the allowed sets; doc_number in 机关代字〔年份〕序号号 form;
- every entity: its name or one of its aliases occurs in the text (compared after the
  scorer's normalisation: NFKC, whitespace/quotes/title marks removed, brackets unified);
  canonical names that do not occur are reported as info only when an alias occurs;
- no alias shared by two entities of the same kind in a document; no duplicate names;
- the publisher is one of the gold organizations (name or alias); the doc file exists
  and is 1,500–5,000 characters.
Exit status 1 if any error.
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
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def main():
    errors, infos = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{where}: JSON error {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: keys {sorted(g)}")
        if g.get("doc", "")[:-4] != gf.stem or not g.get("doc", "").endswith(".txt"):
            errors.append(f"{where}: doc field {g.get('doc')!r} does not match file name")
        tp = ROOT / "docs" / g.get("doc", "")
        if not tp.exists():
            errors.append(f"{where}: missing text {tp}"); continue
        raw = tp.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            errors.append(f"{where}: text length {len(raw)} outside 1500-5000")
        text = norm(raw)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{where}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{where}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            errors.append(f"{where}: report.date {rep['date']!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in text:
            errors.append(f"{where}: title not in text: {rep['title']}")
        if rep.get("title") is None:
            infos.append(f"{where}: report.title is null")
        if rep.get("date") is None:
            infos.append(f"{where}: report.date is null")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} not a list"); continue
            seen = {}
            for e in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{where}: {kind} entry keys {sorted(e)} for {e.get('name')}")
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{where}: {kind} empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{where}: {kind} {name}: bad aliases")
                if e.get("type") not in types:
                    errors.append(f"{where}: {kind} {name}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{where}: {name}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                        errors.append(f"{where}: {name}: doc_number not normalised {dn!r}")
                    if dn is not None and norm(dn) not in text:
                        errors.append(f"{where}: {name}: doc_number {dn!r} not in text")
                    iss = e.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        errors.append(f"{where}: {name}: issuer not a string")
                forms = [name] + list(e.get("aliases", []))
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{where}: {kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                hits = [f for f in forms if norm(f) in text]
                if not hits:
                    errors.append(f"{where}: {kind}: neither name nor any alias in text: {name}")
                elif norm(name) not in text:
                    infos.append(f"{where}: {kind}: canonical resolved (alias in text: {hits[0]}): {name}")
                for a in e.get("aliases", []):
                    if norm(a) not in text:
                        infos.append(f"{where}: {kind}: alias not in text (accepted form): {a} [{name}]")
        pubs = {norm(x) for o in g.get("organizations", []) for x in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in pubs:
            errors.append(f"{where}: publisher {rep['publisher']!r} is not a gold organization")
    for i in infos:
        print("info ", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
