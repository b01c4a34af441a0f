#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: directory of this script)

Checks: JSON loads; keys and value types; enumerated types/relations; doc_number
format; report fields filled; publisher is a gold organization; every entity's name
or one of its aliases occurs in the text (after NFKC, removing title/quote marks and
whitespace, unifying brackets/dashes as score.py does); no alias shared by two
entities of the same kind; doc length 1500-5000 characters.
Errors make the exit status 1; notes (canonical name resolved and not in the text,
an alias that does not occur verbatim, a doc_number repaired) are printed as info.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "utf-16"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "no encoding fits")


def main():
    errors, infos = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")

        def info(msg):
            infos.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc field {g['doc']!r} does not match file name")
        tp = ROOT / "docs" / g["doc"]
        if not tp.exists():
            err(f"text {tp} missing")
            continue
        text = read_text(tp)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        flat = norm(text)
        # report
        r = g["report"]
        if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {r!r}")
        else:
            for f in ("publisher", "region", "year"):
                if r[f] in (None, ""):
                    err(f"report.{f} empty")
            if not isinstance(r["year"], int) or not 2000 <= r["year"] <= 2030:
                err(f"report.year {r['year']!r}")
            if r["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
                err(f"report.date {r['date']!r}")
            if r["title"] is not None and norm(r["title"]) not in flat:
                err(f"report.title not in text: {r['title']}")
            orgnames = {norm(o["name"]) for o in g["organizations"]}
            if norm(r["publisher"]) not in orgnames:
                err(f"publisher {r['publisher']} is not a gold organization")
        # entities
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEASURE_TYPES)):
            seen = {}
            for i, e in enumerate(g[kind]):
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind}[{i}] keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{kind}[{i}] empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    err(f"{kind} {e['name']}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind} {e['name']}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"regulation {e['name']}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                            err(f"regulation {e['name']}: doc_number not normalised: {dn}")
                        elif norm(dn) not in flat:
                            info(f"doc_number {dn} repaired/normalised (not verbatim after norm)")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"regulation {e['name']}: issuer must be string or null")
                    elif e["issuer"]:
                        onames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
                        for part in e["issuer"].split():
                            if norm(part) not in onames:
                                err(f"regulation {e['name']}: issuer part {part} is not a gold organization")
                forms = [e["name"], *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != i:
                        err(f"{kind}: form {a!r} shared by {g[kind][seen[k]]['name']!r} and {e['name']!r}")
                    seen.setdefault(k, i)
                hits = [a for a in forms if norm(a) in flat]
                if not hits:
                    err(f"{kind} {e['name']}: neither name nor any alias occurs in text")
                    continue
                if norm(e["name"]) not in flat:
                    info(f"{kind} {e['name']}: canonical resolved, occurs as {hits[0]!r}")
                for a in e["aliases"]:
                    if norm(a) not in flat:
                        info(f"{kind} {e['name']}: alias {a!r} is an accepted form not in text")
    for m in infos:
        print("info ", m)
    for m in errors:
        print("ERROR", m)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
