#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks every gold/*.json: JSON loads; keys and value types; entity types, relations and
doc_number format; report fields filled; every entity's name or one of its aliases occurs in
the text (after removing 《》〈〉 and whitespace); no two entities of one kind share a
normalised name/alias. Prints errors (exit 1 if any), warnings and the list of resolved
canonical names that do not occur verbatim (fine when an alias occurs).
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def strip(s):
    return re.sub(r"[《》〈〉\s]", "", s)

# same normalisation as score.py, to detect colliding names
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

def read_text(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")

def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings, resolved = [], [], []
    files = sorted((base / "gold").glob("*.json"))
    if not files:
        print("no gold files"); sys.exit(1)
    for gf in files:
        tag = gf.name
        def err(m): errors.append(f"{tag}: {m}")
        def warn(m): warnings.append(f"{tag}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"JSON does not load: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc field {g['doc']!r} does not match file name")
        tp = base / "docs" / g["doc"]
        if not tp.exists():
            err(f"text {tp} missing"); continue
        text = read_text(tp)
        flat = strip(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            warn(f"text length {n} outside 1500-5000")
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {rep if not isinstance(rep, dict) else sorted(rep)}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    err(f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
                err(f"report.year {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                err(f"report.date {rep['date']!r}")
            if rep["title"] is not None:
                if strip(rep["title"]) not in flat:
                    err(f"report.title does not occur in text: {rep['title']}")
            else:
                warn("report.title is null")
            if rep["date"] is None:
                warn("report.date is null")
            pubs = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
            if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in pubs:
                err(f"publisher {rep['publisher']} is not among the organizations")
        orgnames = {norm(a) for o in g.get("organizations", []) for a in [o.get("name", ""), *o.get("aliases", [])]}
        for kind, allowed in TYPES.items():
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != need:
                    err(f"{kind}: bad keys in {e}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in allowed:
                    err(f"{kind}: {name}: type {e['type']!r} not allowed")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        err(f"{name}: doc_number {dn!r} not normalised to 代字〔年份〕序号号")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str) or not iss:
                            err(f"{name}: issuer {iss!r}")
                        else:
                            for part in iss.split():
                                if norm(part) not in orgnames:
                                    warn(f"{name}: issuer part {part} not among the organizations")
                forms = [name, *e["aliases"]]
                occ = [f for f in forms if strip(f) in flat]
                if not occ:
                    err(f"{kind}: neither name nor any alias occurs: {name} {e['aliases']}")
                elif strip(name) not in flat:
                    resolved.append(f"{tag}: {kind}: {name}  <- {occ[0]}")
                for a in e["aliases"]:
                    if strip(a) not in flat:
                        warn(f"{kind}: alias does not occur verbatim: {a} (of {name})")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} used by both {seen[k]} and {name}")
                    seen.setdefault(k, name)
    print(f"{len(files)} gold files checked")
    print(f"\nresolved canonical names not in text, matched via an alias ({len(resolved)}):")
    for r in resolved: print("  " + r)
    print(f"\nwarnings ({len(warnings)}):")
    for w in warnings: print("  " + w)
    print(f"\nerrors ({len(errors)}):")
    for e in errors: print("  " + e)
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
