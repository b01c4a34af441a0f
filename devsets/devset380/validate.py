#!/usr/bin/env python3
"""Validate every gold file in gold/ against ANNOTATION.md rules and its document in docs/.

Checks: JSON loads; keys and value types; enumerated types/relations; report fields filled;
doc file exists and decodes (UTF-8, else GB18030); every entity's name or one of its aliases
(after removing 《》〈〉<> and whitespace) occurs in the text (also with whitespace removed from
the text, so PDF line breaks do not matter); no alias shared by two entities of one kind;
doc_number shape; publisher is one of the organizations. Exit status 1 on any error.
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
DROP = re.compile(r"[《》〈〉<>\s\u3000]")
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S+令第\d+号$")


def squeeze(s):
    return DROP.sub("", s)


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError("unknown", raw, 0, 1, "undecodable")


def check(gf):
    errs, warns = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        return [f"JSON: {e}"], warns
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    if g.get("doc") != gf.stem + ".txt":
        errs.append(f"doc field {g.get('doc')!r} != {gf.stem}.txt")
    doc = ROOT / "docs" / str(g.get("doc"))
    if not doc.exists():
        return errs + [f"missing document {doc}"], warns
    text, enc = read_text(doc)
    if enc != "utf-8":
        warns.append(f"document decoded as {enc}")
    n = len(text)
    if not 1500 <= n <= 5000:
        warns.append(f"document length {n} chars outside 1500-5000")
    flat = squeeze(text)
    flat_k = squeeze(nfkc(text))
    rep = g.get("report", {})
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errs.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
        errs.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
        errs.append(f"report.date {rep['date']!r}")
    if rep.get("title") is not None and squeeze(rep["title"]) not in flat:
        errs.append(f"report.title not in text: {rep['title']}")
    if rep.get("title") is None:
        warns.append("report.title is null")
    spec = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
            "organizations": (ORG_TYPES, ("name", "aliases", "type")),
            "measures": (MEA_TYPES, ("name", "aliases", "type"))}
    orgnames = set()
    for kind, (types, keys) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != set(keys):
                errs.append(f"{kind}: bad keys {e}")
                continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name {e}")
                continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                errs.append(f"{kind}: {name}: aliases must be a list of strings")
                aliases = []
            if e["type"] not in types:
                errs.append(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{kind}: {name}: relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                    errs.append(f"{kind}: {name}: doc_number shape {e['doc_number']!r}")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errs.append(f"{kind}: {name}: issuer {e['issuer']!r}")
            if kind == "organizations":
                orgnames.update([name, *aliases])
            forms = [name, *aliases]
            for form in forms:
                key = nfkc(squeeze(form)).replace("“", "").replace("”", "").replace('"', "")
                if key in seen and seen[key] != name:
                    errs.append(f"{kind}: form {form!r} used by {seen[key]!r} and {name!r}")
                seen[key] = name
            if len(set(forms)) != len(forms):
                errs.append(f"{kind}: {name}: duplicate alias")
            hit = [f for f in forms if squeeze(f) in flat]
            if not hit:
                if any(squeeze(nfkc(f)) in flat_k for f in forms):
                    warns.append(f"{kind}: {name}: occurs only after NFKC (half-width text)")
                else:
                    errs.append(f"{kind}: {name}: neither name nor any alias occurs in text")
            for a in aliases:
                if squeeze(a) not in flat and squeeze(nfkc(a)) not in flat_k:
                    errs.append(f"{kind}: {name}: alias {a!r} does not occur in text")
            if squeeze(name) not in flat and squeeze(nfkc(name)) not in flat_k:
                warns.append(f"{kind}: canonical {name!r} resolved (not in text); alias found: {hit[0] if hit else None}")
    if rep.get("publisher") and rep["publisher"] not in orgnames:
        errs.append(f"report.publisher {rep['publisher']!r} is not an organization name/alias")
    return errs, warns


def main():
    verbose = "-v" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    bad = 0
    for gf in files:
        errs, warns = check(gf)
        status = "OK" if not errs else "ERROR"
        print(f"{gf.name}: {status} ({len(errs)} errors, {len(warns)} notes)")
        for e in errs:
            print("   ERROR", e)
        if verbose:
            for w in warns:
                print("   note ", w)
        bad += bool(errs)
    docs = sorted((ROOT / "docs").glob("*.txt"))
    missing = {d.stem for d in docs} - {g.stem for g in files}
    for m in sorted(missing):
        print(f"{m}.txt: ERROR no gold file")
        bad += 1
    print(f"{len(files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
