#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [-v] [OUTDIR]   (default: the directory of this script; -v shows notes)

Checks per gold file: JSON loads; exact top-level keys; `doc` names an existing
docs/ file; report fields typed and filled (publisher, region, year; date
YYYY-MM-DD or null); every entity has the right keys and an allowed type /
relation; doc_number in the form 代字〔年份〕序号号; every entity's name or one of
its aliases occurs in the text (after removing 《》〈〉<> and whitespace from both);
no alias shared by two entities of one kind; publisher and issuers are
organizations of the document.  Canonical names that do not occur verbatim
(resolved names) are listed as notes, not errors.
"""
import json, re, sys, unicodedata
from pathlib import Path

KEYS = ["doc", "report", "regulations", "organizations", "measures"]
REPORT_KEYS = ["title", "publisher", "region", "year", "date"]
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")
STRIP = set("《》〈〉<> \t\r\n\u3000")

# same normalisation as score.py, to detect alias collisions
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def squeeze(t):
    return "".join(c for c in t if c not in STRIP)


def check(gf, docs_dir):
    errs, notes = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], notes
    if list(g.keys()) != KEYS:
        errs.append(f"top-level keys {list(g.keys())} != {KEYS}")
    doc = g.get("doc")
    if not isinstance(doc, str) or Path(doc).stem != gf.stem:
        errs.append(f"doc field {doc!r} does not match file name {gf.name}")
    tpath = docs_dir / str(doc)
    if not tpath.exists():
        return errs + [f"text {tpath} missing"], notes
    raw = tpath.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
        notes.append("text is not UTF-8 (read as GB18030)")
    n = len(text)
    if not 1500 <= n <= 5000:
        errs.append(f"text length {n} outside 1500-5000")
    flat = squeeze(text)
    flatn = norm(text)

    rep = g.get("report")
    if not isinstance(rep, dict) or list(rep.keys()) != REPORT_KEYS:
        errs.append(f"report keys {list(rep.keys()) if isinstance(rep, dict) else rep} != {REPORT_KEYS}")
        rep = rep if isinstance(rep, dict) else {}
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errs.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2010 <= rep["year"] <= 2026:
        errs.append(f"report.year {rep.get('year')!r} not a plausible int")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep.get("date"))):
        errs.append(f"report.date {rep.get('date')!r} not YYYY-MM-DD")
    if rep.get("date") is None:
        notes.append("report.date is null")
    if rep.get("title") is not None:
        if squeeze(rep["title"]) not in flat:
            errs.append(f"report.title {rep['title']!r} not in text")
    else:
        notes.append("report.title is null")

    spec = {
        "regulations": (["name", "aliases", "type", "doc_number", "issuer", "relation"], REG_TYPES),
        "organizations": (["name", "aliases", "type"], ORG_TYPES),
        "measures": (["name", "aliases", "type"], MEA_TYPES),
    }
    org_names = {}
    for o in g.get("organizations", []):
        for a in [o.get("name"), *o.get("aliases", [])]:
            org_names[norm(a)] = o.get("name")
    for kind, (keys, types) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or list(e.keys()) != keys:
                errs.append(f"{kind}: keys {list(e.keys()) if isinstance(e, dict) else e} != {keys}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                errs.append(f"{kind}: {name}: bad type {e['type']!r}")
            for a in [name, *e["aliases"]]:
                k = norm(a)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: form {a!r} shared by {seen[k]!r} and {name!r}")
                elif k in seen and a != name and norm(name) == k:
                    pass
                seen.setdefault(k, name)
            forms = [name, *e["aliases"]]
            found = [a for a in forms if squeeze(a) in flat or norm(a) in flatn]
            if not found:
                errs.append(f"{kind}: {name}: neither name nor any alias occurs in text")
            elif squeeze(name) not in flat and norm(name) not in flatn:
                notes.append(f"{kind}: resolved name {name!r} (found via {found[0]!r})")
            for a in e["aliases"]:
                if squeeze(a) not in flat and norm(a) not in flatn:
                    notes.append(f"{kind}: {name}: alias {a!r} does not occur (accepted form)")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"regulations: {name}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None:
                    if not DOCNO.match(dn):
                        errs.append(f"regulations: {name}: doc_number {dn!r} not normalised")
                    else:
                        m = re.match(r"^(.+)〔(\d{4})〕(\d+)号$", dn)
                        pat = re.escape(m.group(1)) + r"\s*[〔\[\(（【﹝]?\s*" + m.group(2) + r"\s*[〕\]\)）】﹞]?\s*" + m.group(3) + "号"
                        if not re.search(pat, text):
                            notes.append(f"regulations: {name}: doc_number {dn!r} not found literally (repaired?)")
                iss = e["issuer"]
                if iss is not None:
                    for part in re.split(r"[ 、，]+", iss):
                        if part and norm(part) not in org_names:
                            errs.append(f"regulations: {name}: issuer part {part!r} is not an organization of the doc")
    pub = rep.get("publisher")
    if pub and norm(pub) not in org_names:
        errs.append(f"publisher {pub!r} is not among the organizations")
    return errs, notes


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    gold = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    bad = 0
    if {d.stem for d in docs} != {g.stem for g in gold}:
        print("MISMATCH docs vs gold:", sorted({d.stem for d in docs} ^ {g.stem for g in gold}))
        bad += 1
    for gf in gold:
        errs, notes = check(gf, root / "docs")
        g = json.loads(gf.read_text(encoding="utf-8")) if not errs or "JSON" not in errs[0] else {}
        counts = " ".join(f"{k[:3]}={len(g.get(k, []))}" for k in ("regulations", "organizations", "measures"))
        print(f"{gf.name}: {'OK' if not errs else 'FAIL'}  {counts}")
        for e in errs:
            print("   ERROR", e)
        if "-v" in sys.argv:
            for nt in notes:
                print("   note ", nt)
        bad += bool(errs)
    print(f"{len(gold)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
