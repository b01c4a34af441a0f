#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

Checks: JSON loads; keys and value types; enumerated types and relations; doc_number
form; report fields filled; every entity's name or one of its aliases occurs in the
text (compared after NFKC, removal of whitespace/title and quotation marks, and the
bracket/dash unification the scorer uses); no duplicate names/aliases within a kind.
usage: python3 validate.py [-v] [DIR]   (DIR defaults to this script's directory)
"""
import json, re, sys, unicodedata
from pathlib import Path

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

def read_text(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")

def check(gold_path, docs_dir):
    errs, notes = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as e:
        return [f"JSON does not load: {e}"], notes
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    if g.get("doc") != gold_path.stem + ".txt":
        errs.append(f"doc field {g.get('doc')!r} does not match file name")
    txt_path = docs_dir / str(g.get("doc"))
    if not txt_path.exists():
        return errs + [f"missing text {txt_path}"], notes
    # PDF page furniture ("— 3 —" lines) may fall inside a name: drop it before matching
    text = norm(re.sub(r"(?m)^[ \t　]*[—\-－]+[ \t　]*\d+[ \t　]*[—\-－]+[ \t　]*$", "", read_text(txt_path)))
    outside = norm(re.sub(r"《[^》]*》", "", read_text(txt_path)))
    rep = g.get("report", {})
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for k in ("publisher", "region"):
        if not isinstance(rep.get(k), str) or not rep.get(k):
            errs.append(f"report.{k} not filled")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
        errs.append("report.year must be an int year")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
        errs.append(f"report.date {rep.get('date')!r} not YYYY-MM-DD")
    if rep.get("title") is not None and norm(rep["title"]) not in text:
        errs.append(f"report.title not in text: {rep['title']}")
    orgnames = {norm(a) for o in g.get("organizations", []) for a in [o.get("name", "")] + o.get("aliases", [])}
    if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in orgnames:
        errs.append("report.publisher is not a gold organization name/alias")
    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEA_TYPES, {"name", "aliases", "type"})}
    for kind, (types, keys) in spec.items():
        ents = g.get(kind)
        if not isinstance(ents, list):
            errs.append(f"{kind} is not a list"); continue
        seen = {}
        for e in ents:
            if not isinstance(e, dict) or set(e) != keys:
                errs.append(f"{kind}: bad keys {e}"); continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                errs.append(f"{kind}: empty name"); continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind} {e['name']}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                errs.append(f"{kind} {e['name']}: bad type {e['type']}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{e['name']}: bad relation {e['relation']}")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                    errs.append(f"{e['name']}: doc_number not normalised: {dn}")
                if dn is not None and norm(re.sub(r"[〔〕]", "", dn)) not in norm(re.sub(r"[〔〕\[\]【】()（）﹝﹞]", "", unicodedata.normalize("NFKC", read_text(txt_path)))):
                    errs.append(f"{e['name']}: doc_number {dn} not found in text")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errs.append(f"{e['name']}: issuer must be str or null")
            forms = [e["name"]] + e["aliases"]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    errs.append(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            if len({norm(f) for f in forms}) != len(forms):
                notes.append(f"{kind} {e['name']}: an alias normalises to the name or another alias")
            found = [f for f in forms if norm(f) in text]
            if kind == "measures" and found and not any(norm(f) in outside for f in forms):
                errs.append(f"measures: {e['name']} occurs only inside a cited title")
            if not found:
                errs.append(f"{kind}: neither name nor any alias occurs in text: {e['name']}")
            else:
                for a in e["aliases"]:
                    if norm(a) not in text:
                        errs.append(f"{kind} {e['name']}: alias does not occur in text: {a}")
                if norm(e["name"]) not in text:
                    notes.append(f"{kind}: resolved name not in text (alias found): {e['name']}")
    return errs, notes

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    bad = 0
    for gp in sorted((root / "gold").glob("*.json")):
        errs, notes = check(gp, root / "docs")
        n = len(read_text(root / "docs" / (gp.stem + ".txt"))) if (root / "docs" / (gp.stem + ".txt")).exists() else 0
        print(f"== {gp.name}  ({n} chars) {'OK' if not errs else 'ERRORS'}")
        if not 1500 <= n <= 5000:
            errs.append(f"text length {n} outside 1500-5000")
        for e in errs:
            print("  ERROR", e)
        if "-v" in sys.argv:
            for x in notes:
                print("  note ", x)
        bad += bool(errs)
    print(f"{bad} file(s) with errors")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
