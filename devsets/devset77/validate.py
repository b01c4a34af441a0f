#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region, year are filled;
    year is an int in 2015..2025; date is null or YYYY-MM-DD; publisher is a gold organization;
  * every entity has the required fields with valid types/relations, aliases is a list of str,
    doc_number is null or normalised (…〔YYYY〕N号), issuer is null or str;
  * no duplicate normalised names/aliases inside one kind of one document;
  * the name or at least one alias of every entity occurs in the text. The comparison removes
    whitespace (so PDF line breaks and spaced-out headings do not matter), title marks 《》〈〉<>,
    quotation marks, and applies NFKC and bracket unification as score.py does.
    PDF page-footer lines ("— 3 —") are dropped before matching.
    Canonical names that do not occur (resolved jurisdiction) are listed as info when an alias occurs.
Exit status 1 if any error is found.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(f"{path}: cannot decode")


def main():
    errors, infos = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        print("no gold files"); return 1
    for gf in golds:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or Path(doc).stem != gf.stem:
            err(f"doc {doc!r} does not match file name")
        tpath = ROOT / "docs" / str(doc)
        if not tpath.exists():
            err(f"text {tpath} missing"); continue
        text = read_text(tpath)
        # PDF page footers such as "— 3 —" can fall inside a sentence; drop them before matching
        ntext = norm(re.sub(r"(?m)^[ \t]*[—-]+[ \t]*\d+[ \t]*[—-]+[ \t]*$", "", text))
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500..5000")
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in ntext:
            err(f"report.title not in text: {rep['title']}")
        org_names = {norm(a) for o in g.get("organizations", []) for a in [o.get("name"), *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
            err(f"publisher {rep['publisher']} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != need:
                    err(f"{kind}: bad keys in {e}"); continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    err(f"{kind}: {e['name']}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: {e['name']}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {e['name']}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"[^\s〔〕]+〔(19|20)\d\d〕\d+号", dn):
                        err(f"{kind}: {e['name']}: doc_number not normalised: {dn!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{kind}: {e['name']}: issuer {e['issuer']!r}")
                    if dn is not None and norm(dn) not in ntext:
                        infos.append(f"{gf.name}: doc_number {dn} written differently in text (repaired/normalised)")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                found = [f for f in forms if norm(f) in ntext]
                if not found:
                    err(f"{kind}: neither name nor any alias in text: {e['name']}")
                elif norm(e["name"]) not in ntext:
                    infos.append(f"{gf.name}: {kind}: canonical {e['name']!r} resolved; text has {found}")
    for line in infos:
        print("info:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} info")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
