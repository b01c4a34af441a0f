#!/usr/bin/env python3
"""Check every gold file of this dev set against ANNOTATION.md and its document.

usage: validate.py [DEVSET_DIR]   (default: the directory of this script)
Exit status 1 if any ERROR is found. INFO lines list aliases that do not occur (allowed).
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
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


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace"), "utf-8?"


def main():
    errors = warnings = 0
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")

    def err(msg):
        nonlocal errors
        errors += 1
        print("ERROR", msg)

    def warn(msg):
        nonlocal warnings
        warnings += 1
        print("WARN ", msg)

    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"{tag}: keys {sorted(g)}")
            continue
        doc = ROOT / "docs" / g["doc"]
        if g["doc"] != gf.stem + ".txt":
            err(f"{tag}: doc field {g['doc']!r} does not match file name")
        if not doc.exists():
            err(f"{tag}: missing document {doc}")
            continue
        text, enc = read_doc(doc)
        ntext = norm(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"{tag}: document length {n} outside 1500-5000")
        r = g["report"]
        if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
            err(f"{tag}: report fields {r}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(r[f], str) or not r[f]:
                    err(f"{tag}: report.{f} empty")
            if not isinstance(r["year"], int) or not 2015 <= r["year"] <= 2026:
                err(f"{tag}: report.year {r['year']!r}")
            if r["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
                err(f"{tag}: report.date {r['date']!r}")
            if r["date"] is None:
                warn(f"{tag}: report.date is null (document gives none?)")
            if r["title"] is not None and norm(r["title"]) not in ntext:
                err(f"{tag}: title does not occur")
            if r["publisher"] not in [o["name"] for o in g["organizations"] if isinstance(o, dict)]:
                err(f"{tag}: publisher {r['publisher']!r} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            if not isinstance(g[kind], list):
                err(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            for e in g[kind]:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != need:
                    err(f"{tag}: {kind} entry has keys {sorted(e) if isinstance(e, dict) else e}")
                    continue
                if not isinstance(e["name"], str) or not e["name"] or not isinstance(e["aliases"], list) \
                        or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{tag}: {kind} bad name/aliases {e}")
                    continue
                if e["type"] not in types:
                    err(f"{tag}: {kind} {e['name']}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{tag}: {e['name']}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                        err(f"{tag}: {e['name']}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in ntext:
                        warn(f"{tag}: {e['name']}: doc_number {dn} not in text as such (repaired?)")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{tag}: {e['name']}: issuer {e['issuer']!r}")
                forms = [e["name"], *e["aliases"]]
                present = [f for f in forms if norm(f) in ntext]
                if not present:
                    err(f"{tag}: {kind} {e['name']!r}: neither name nor any alias occurs in the text")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        print(f"INFO  {tag}: {kind} {e['name']}: alias {a!r} does not occur (accepted form)")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{tag}: {kind} form {f!r} belongs to both {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
            # issuers should resolve to a gold organization
        canon = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        for e in g["regulations"]:
            if e.get("issuer"):
                for part in e["issuer"].split():
                    if norm(part) not in canon:
                        warn(f"{tag}: issuer {part!r} of {e['name']!r} is not a gold organization")
        print(f"ok    {tag}: {enc}, {n} chars, {len(g['regulations'])} R / {len(g['organizations'])} O / {len(g['measures'])} M")
    print(f"{len(golds)} gold files, {errors} errors, {warnings} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
