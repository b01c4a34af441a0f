#!/usr/bin/env python3
"""Check every gold file of this devset against ANNOTATION.md conventions.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks: JSON loads; top-level keys; report fields present and filled (title may be null
only if the text has none); entity fields and enumerated types/relations; doc_number
normalised as 机关代字〔年份〕序号号; every entity has its name or an alias occurring in the
text (after removing title marks, quotes and whitespace, NFKC + bracket/dash unification,
as the scorer normalises); no alias shared by two entities of one kind; no duplicate names.
Exit status 1 if any error.
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
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

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
    raise ValueError(f"cannot decode {path}")

def check(gold_path, docs_dir):
    errs, notes = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:
        return [f"JSON does not load: {exc}"], notes
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        errs.append(f"top-level keys {sorted(g)} != {sorted(keys)}")
        return errs, notes
    if g["doc"] != gold_path.stem + ".txt":
        errs.append(f"doc field {g['doc']!r} does not match file name")
    txt_path = docs_dir / g["doc"]
    if not txt_path.exists():
        return errs + [f"text {txt_path} missing"], notes
    text = read_text(txt_path)
    ntext = norm(text)
    n = len(text)
    if not 1500 <= n <= 5000 + 600:   # allow page footers / debris beyond the 5,000 of content
        notes.append(f"length {n} chars outside 1500-5000")
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    else:
        for f in ("publisher", "region", "year"):
            if rep[f] in (None, ""):
                errs.append(f"report.{f} empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errs.append(f"report.year {rep['year']!r} not an int 2015-2025")
        if rep["date"] is not None and not DATE.match(rep["date"]):
            errs.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["date"] is None:
            notes.append("report.date is null")
        if rep["title"] is None:
            notes.append("report.title is null")
        elif norm(rep["title"]) not in ntext:
            errs.append(f"report.title not found in text: {rep['title']}")
        orgnames = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
        if rep["publisher"] and norm(rep["publisher"]) not in orgnames:
            errs.append(f"publisher {rep['publisher']!r} is not a gold organization")
    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEA_TYPES, {"name", "aliases", "type"})}
    org_index = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
    for kind, (types, fields) in spec.items():
        seen = {}
        if not isinstance(g[kind], list):
            errs.append(f"{kind} is not a list"); continue
        for e in g[kind]:
            if set(e) != fields:
                errs.append(f"{kind}: fields {sorted(e)} of {e.get('name')}"); continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                errs.append(f"{kind}: empty name"); continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                errs.append(f"{kind}: aliases of {e['name']} not a list of strings")
            if e["type"] not in types:
                errs.append(f"{kind}: type {e['type']!r} of {e['name']}")
            forms = [e["name"], *e["aliases"]]
            found = [f for f in forms if norm(f) in ntext]
            if not found:
                errs.append(f"{kind}: neither name nor any alias occurs in text: {e['name']} {e['aliases']}")
            elif norm(e["name"]) not in ntext:
                notes.append(f"{kind}: resolved name not in text (alias found: {found[0]}): {e['name']}")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    errs.append(f"{kind}: form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"relation {e['relation']!r} of {e['name']}")
                dn = e["doc_number"]
                if dn is not None:
                    if not DOCNUM.match(dn):
                        errs.append(f"doc_number {dn!r} of {e['name']} not normalised")
                    digits = re.sub(r"\D", "", dn)
                    if digits not in re.sub(r"\D", "", ntext.replace(" ", "")):
                        notes.append(f"doc_number {dn} digits not contiguous in text (repaired?)")
                iss = e["issuer"]
                if iss is not None:
                    for part in iss.split():
                        if norm(part) not in org_index:
                            errs.append(f"issuer part {part!r} of {e['name']} is not a gold organization")
    return errs, notes

def main():
    gold_dir, docs_dir = ROOT / "gold", ROOT / "docs"
    files = sorted(gold_dir.glob("*.json"))
    texts = sorted(p.stem for p in docs_dir.glob("*.txt"))
    bad = 0
    if sorted(p.stem for p in files) != texts:
        print("MISMATCH between docs/ and gold/:", set(texts) ^ {p.stem for p in files}); bad += 1
    for gp in files:
        errs, notes = check(gp, docs_dir)
        print(f"== {gp.name}: {'OK' if not errs else str(len(errs)) + ' error(s)'}")
        for e in errs:
            print("  ERROR", e)
        for n in notes:
            print("  note ", n)
        bad += bool(errs)
    print(f"{len(files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
