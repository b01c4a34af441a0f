#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md and its document in docs/.

Checks: JSON loads; keys and value types; allowed type/relation values; doc_number shape;
report fields filled; every entity's name or one of its aliases occurs in the text (after
removing 《》〈〉 and whitespace); no two entities of one kind share a normalised name/alias;
publisher is one of the gold organizations. Exit status 1 on any error.
usage: python3 validate.py [OUTDIR]
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S*令第\d+号$")
# scorer normalisation (score.py) to detect alias collisions
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def strip(t):
    return re.sub(r"[《》〈〉\s]", "", t)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError(f"cannot decode {path}")


def check(gf, errors, notes):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
    doc = ROOT / "docs" / str(g.get("doc"))
    if g.get("doc") != gf.stem + ".txt":
        err(f"doc field {g.get('doc')!r} does not match file name")
    if not doc.exists():
        err(f"document {doc} missing")
        return
    text, enc = read_text(doc)
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f"document length {n} chars outside 1500-5000")
    hay = strip(text)
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            err(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
        err(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.match(r"^\d{4}-\d\d-\d\d$", rep["date"]):
        err(f"report.date {rep['date']!r}")
    if rep.get("title") is not None and strip(rep["title"]) not in hay:
        err(f"report.title not in text: {rep['title']}")
    if rep.get("title") is None:
        notes.append(f"{gf.name}: report has no title (null)")
    if rep.get("date") is None:
        notes.append(f"{gf.name}: report date null")
    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEA_TYPES, {"name", "aliases", "type"})}
    orgnames = set()
    for kind, (types, keys) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != keys:
                err(f"{kind}: bad keys {e}")
                continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                err(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                err(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                    err(f"{name}: doc_number not normalised: {dn!r}")
                if dn is not None and strip(dn) not in hay:
                    notes.append(f"{gf.name}: doc_number {dn} normalised (not verbatim in text)")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{name}: issuer must be string or null")
            forms = [name, *aliases]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    err(f"{kind}: normalised form {f!r} shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            if kind == "organizations":
                orgnames.update(norm(f) for f in forms)
            hits = [f for f in forms if strip(f) and strip(f) in hay]
            if not hits:
                err(f"{kind}: neither name nor any alias occurs in text: {name} {aliases}")
            elif strip(name) not in hay:
                notes.append(f"{gf.name}: {kind}: canonical not verbatim (alias found): {name} <- {hits[0]}")
    if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
        err(f"publisher {rep['publisher']} is not among the organizations")
    if enc != "utf-8":
        notes.append(f"{gf.name}: document encoded {enc}")


def main():
    errors, notes = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if len(files) != len(docs):
        errors.append(f"{len(files)} gold files but {len(docs)} documents")
    for gf in files:
        check(gf, errors, notes)
    verbose = "-v" in sys.argv
    if verbose:
        for n in notes:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes (-v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
