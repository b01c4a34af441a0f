#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, per gold file: JSON loads; top-level keys; report fields (publisher, region,
year filled; title/date null or well-formed; publisher is one of the gold organizations);
each entity has the right keys and an allowed type/relation; doc_number looks like
机关代字〔年份〕序号号; every entity has its name or at least one alias occurring in the
text (after dropping PDF page-number lines, NFKC, removal of whitespace, 《》〈〉 and quotation marks, and bracket/dash
unification, so PDF line breaks and full-/half-width variants do not matter); no alias
is shared by two entities of the same kind; no duplicate canonical names.
Exit status 1 if any ERROR. Canonical names that do not occur literally (resolved names)
are listed as INFO when an alias occurs.
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def check(gf, docs_dir, out):
    err = lambda m: out.append(("ERROR", gf.name, m))
    info = lambda m: out.append(("INFO", gf.name, m))
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:  # noqa
        err(f"JSON does not load: {e}")
        return
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        err(f"top-level keys {sorted(g)} != {sorted(keys)}")
        return
    if g["doc"] != gf.stem + ".txt":
        err(f"doc field {g['doc']!r} does not match file name")
    tf = docs_dir / g["doc"]
    if not tf.exists():
        err(f"text file {tf} missing")
        return
    raw = tf.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
        info("text is not UTF-8, decoded as GB18030")
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f"text length {n} outside 1500-5000")
    # PDF page-number lines ("— 3 —", "－ 1 －") can split a name; drop them before matching
    ntext = norm(re.sub(r"(?m)^\s*[－—\-]\s*\d+\s*[－—\-]\s*$", "", text))
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys wrong: {rep}")
    else:
        for f in ("publisher", "region", "year"):
            if rep[f] in (None, ""):
                err(f"report.{f} empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep['year']!r} not an int in 2015-2025")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["date"] is None:
            info("report.date is null")
        if rep["title"] is not None and norm(rep["title"]) not in ntext:
            err(f"report.title {rep['title']!r} not in text")
        if rep["title"] is None:
            info("report.title is null")
        orgnames = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
        if rep["publisher"] and norm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']!r} is not a gold organization")
    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
    for kind, (fields, types) in spec.items():
        if not isinstance(g[kind], list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in g[kind]:
            if not isinstance(e, dict) or set(e) != fields:
                err(f"{kind}: bad keys in {e}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{kind}: {e['name']}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}: {e['name']}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{e['name']}: relation {e['relation']!r} not allowed")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"[^〔〕\s]+〔(19|20)\d\d〕\d+号", dn):
                    err(f"{e['name']}: doc_number {dn!r} not normalised 机关代字〔年份〕序号号")
                if dn is not None and not all(c in ntext for c in re.findall(r"\d+", dn)):
                    err(f"{e['name']}: digits of doc_number {dn!r} not in text")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{e['name']}: issuer must be a string or null")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    err(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            if len(set(map(norm, forms))) != len(forms):
                info(f"{kind}: {e['name']}: an alias repeats another form after normalisation")
            occurring = [f for f in forms if norm(f) in ntext]
            if not occurring:
                err(f"{kind}: {e['name']}: neither name nor any alias occurs in the text")
            elif norm(e["name"]) not in ntext:
                info(f"{kind}: resolved name {e['name']!r} not in text; alias occurs: {occurring[0]!r}")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    info(f"{kind}: {e['name']}: alias {a!r} does not occur (accepted form)")
        names = [norm(e["name"]) for e in g[kind] if isinstance(e, dict) and "name" in e]
        for d in {x for x in names if names.count(x) > 1}:
            err(f"{kind}: duplicate canonical name {d!r}")


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    out = []
    golds = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    if {d.stem for d in docs} != {g.stem for g in golds}:
        out.append(("ERROR", "-", f"docs and gold files differ: {sorted({d.stem for d in docs} ^ {g.stem for g in golds})}"))
    for gf in golds:
        check(gf, root / "docs", out)
    verbose = "-v" in sys.argv
    for lvl, f, m in out:
        if lvl == "ERROR" or verbose:
            print(f"{lvl}\t{f}\t{m}")
    nerr = sum(1 for l, _, _ in out if l == "ERROR")
    print(f"{len(golds)} gold files, {nerr} errors, {len(out) - nerr} infos (-v to show)")
    sys.exit(1 if nerr else 0)


if __name__ == "__main__":
    main()
