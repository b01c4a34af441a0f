#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md and its document in docs/.

usage: python3 validate.py [--strict]

Errors (exit 1): JSON does not load; wrong keys or types; bad type/relation values;
doc_number not in the form 机关代字〔年份〕序号号; report fields missing; an entity none of whose
name/aliases occurs in the text (after removing 《》〈〉<> and whitespace from both); two entities
of one kind sharing a normalised name/alias (the scorer could not tell them apart).
Notes: canonical names that do not occur verbatim but are covered by an alias (resolved names);
aliases that do not occur verbatim (accepted variants); 《》 titles and “” terms in the text that
no gold entity covers (hints for completeness). With --strict, uncovered aliases are errors too.
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
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
STRIP = re.compile(r"[\s《》〈〉<>\u3000]")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):  # the scorer's normalisation (score.py)
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def check(gf, strict):
    errs, notes = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], notes
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    doc = g.get("doc")
    if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
        errs.append(f"doc field {doc!r} does not match file name")
    tpath = ROOT / "docs" / str(doc)
    if not tpath.exists():
        return errs + [f"text {tpath} missing"], notes
    text = read_text(tpath)
    flat = STRIP.sub("", text)
    nflat = norm(text)
    n = len(text)
    if not 1500 <= n <= 5000:
        errs.append(f"text length {n} outside 1500-5000")
    rep = g.get("report")
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys wrong: {rep!r}")
        rep = {}
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errs.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
        errs.append("report.year not an int year")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
        errs.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("date") is None:
        notes.append("report.date is null")
    if rep.get("title") is None:
        notes.append("report.title is null")
    elif STRIP.sub("", rep["title"]) not in flat:
        errs.append(f"report.title not in text: {rep['title']}")
    kinds = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
    covered = []
    for kind, types in kinds.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list"); continue
        seen = {}
        for e in items:
            if not isinstance(e, dict):
                errs.append(f"{kind}: entry not an object: {e!r}"); continue
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != want:
                errs.append(f"{kind}: {e.get('name')}: keys {sorted(e)}")
            name, aliases = e.get("name"), e.get("aliases")
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name"); continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                errs.append(f"{kind}: {name}: aliases must be a list of strings"); aliases = []
            if name in aliases or len(set(aliases)) != len(aliases):
                errs.append(f"{kind}: {name}: alias repeats the name or another alias")
            if e.get("type") not in types:
                errs.append(f"{kind}: {name}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errs.append(f"{kind}: {name}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                    errs.append(f"{kind}: {name}: doc_number {dn!r} not normalised")
                if dn is not None and norm(dn) not in nflat:
                    notes.append(f"{kind}: {name}: doc_number {dn} not verbatim in text (repaired?)")
                iss = e.get("issuer")
                if iss is not None and (not isinstance(iss, str) or not iss.strip()):
                    errs.append(f"{kind}: {name}: issuer must be a non-empty string or null")
            for form in [name, *aliases]:
                k = norm(form)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: '{form}' is shared by '{seen[k]}' and '{name}'")
                seen[k] = name
            found_name = STRIP.sub("", name) in flat
            found_alias = [a for a in aliases if STRIP.sub("", a) in flat]
            if not found_name and not found_alias:
                errs.append(f"{kind}: NOT IN TEXT: {name} {aliases}")
            elif not found_name:
                notes.append(f"{kind}: resolved name (alias occurs): {name}")
            for a in aliases:
                if STRIP.sub("", a) not in flat:
                    (errs if strict else notes).append(f"{kind}: {name}: alias not verbatim in text: {a}")
            covered += [norm(x) for x in [name, *aliases]]
    # publisher must be one of the organizations
    orgforms = {norm(x) for o in g.get("organizations", []) if isinstance(o, dict)
                for x in [o.get("name", ""), *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgforms:
        errs.append(f"publisher {rep['publisher']} not among organizations")
    # completeness hints: titles and quoted terms no entity covers
    cov = " ".join(covered)
    for m in re.finditer(r"《([^《》]{2,80})》|“([^“”]{2,30})”", text):
        term = norm(m.group(1) or m.group(2))
        if term and term not in cov:
            notes.append(f"uncovered {'title' if m.group(1) else 'quoted term'} in text: {m.group(0)}")
    return errs, notes


def main():
    strict = "--strict" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted(p.stem for p in (ROOT / "docs").glob("*.txt"))
    bad = 0
    if [f.stem for f in files] != docs:
        print("gold files and docs differ:", sorted(set(docs) ^ {f.stem for f in files}))
        bad += 1
    for gf in files:
        errs, notes = check(gf, strict)
        status = "OK " if not errs else "ERR"
        print(f"{status} {gf.name}")
        for e in errs:
            print("   ERROR", e)
        for nte in notes:
            print("   note ", nte)
        bad += bool(errs)
    print(f"{len(files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
