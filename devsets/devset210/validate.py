#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DIR]   (DIR defaults to the directory of this script)

Checks, per gold/<stem>.json:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures;
  * doc == "<stem>.txt" and docs/<stem>.txt exists;
  * report has title, publisher, region, year, date; publisher/region/year filled,
    date YYYY-MM-DD or null; publisher is one of the gold organizations (name or alias);
  * every entity has the fields of its kind with valid values (type, relation);
    doc_number looks like 代字〔年份〕序号号 (or a 令 number 第N号);
  * every issuer part names a gold organization;
  * no normalised name/alias is claimed by two entities of the same kind;
  * no canonical name is listed twice in one kind;
  * every title in 《》 (and every nested 〈〉/<> title inside one) found in the text is covered
    by a gold regulation name or alias (completeness); a 《 with no closing 》 at the very end
    of the text (a cut-off title) is checked the same way;
  * every doc_number occurs in the text once brackets and whitespace are ignored
    (after repairing known damage, the serial digits and year must still be there);
  * the canonical name or at least one alias occurs in the text (NFKC, 《》〈〉<> and all
    whitespace removed on both sides). Canonical names that do not occur but have an
    occurring alias are listed as INFO (resolved names); aliases that do not occur are errors.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<> \t\r\n\u3000")
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S*令第\d+号$")


def clean(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c not in DROP)


def key(s):  # as the scorer compares names (roughly)
    s = clean(s)
    for a, b in (("“", ""), ("”", ""), ('"', ""), ("(", "("), ("〔", "("), ("〕", ")"), ("[", "("), ("]", ")"),
                 ("—", "-"), ("–", "-"), ("、", ","), ("，", ",")):
        s = s.replace(a, b)
    return s


def check(gold_path, docs_dir):
    errs, infos = [], []
    E = lambda m: errs.append(m)
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], []
    for k in ("doc", "report", "regulations", "organizations", "measures"):
        if k not in g:
            E(f"missing key {k}")
    if errs:
        return errs, infos
    if g["doc"] != gold_path.stem + ".txt":
        E(f"doc field {g['doc']!r} != {gold_path.stem}.txt")
    txt_path = docs_dir / g["doc"]
    if not txt_path.exists():
        return errs + [f"text {txt_path} missing"], infos
    raw = txt_path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    ctext = clean(text)
    rep = g["report"]
    for f in ("title", "publisher", "region", "year", "date"):
        if f not in rep:
            E(f"report.{f} missing")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            E(f"report.{f} empty")
    if rep.get("year") is not None and not (isinstance(rep["year"], int) and 2000 <= rep["year"] <= 2030):
        E(f"report.year bad {rep['year']!r}")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"]):
        E(f"report.date bad {rep['date']!r}")
    if rep.get("title") and clean(rep["title"]) not in ctext:
        E(f"report.title not in text: {rep['title']}")
    org_keys = {}
    for o in g["organizations"]:
        for a in [o["name"], *o.get("aliases", [])]:
            org_keys.setdefault(key(a), o["name"])
    if rep.get("publisher") and key(rep["publisher"]) not in org_keys:
        E(f"publisher {rep['publisher']} is not a gold organization")
    spec = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
            "organizations": (ORG_TYPES, ("name", "aliases", "type")),
            "measures": (MEA_TYPES, ("name", "aliases", "type"))}
    reg_keys = set()
    for r in g["regulations"]:
        for a in [r.get("name", ""), *r.get("aliases", [])]:
            reg_keys.add(key(a))
    flat = "".join(unicodedata.normalize("NFKC", text).split())
    titles = re.findall(r"《([^《》]*)》", flat)
    tail = re.search(r"《([^《》]*)$", flat)
    if tail:
        titles.append(tail.group(1))
    for t in titles:
        inner = re.findall(r"[〈<]([^〈〉<>]*)[〉>]", t)
        for cand in [t, *inner]:
            if key(cand) not in reg_keys:
                E(f"title in text not covered by any gold regulation: 《{cand}》")
    bare = lambda s: re.sub(r"[〔〕\[\]()（）【】﹝﹞\s]", "", unicodedata.normalize("NFKC", s))
    btext = bare(text)
    for r in g["regulations"]:
        dn = r.get("doc_number")
        if dn and bare(dn) not in btext:
            infos.append(f"doc_number {dn!r} of {r['name']!r} does not occur verbatim (repaired?)")
    for kind, (types, fields) in spec.items():
        names = [e.get("name") for e in g[kind] if isinstance(e, dict)]
        for n in sorted({n for n in names if names.count(n) > 1}):
            E(f"{kind}: canonical name listed twice: {n!r}")
        if not isinstance(g[kind], list):
            E(f"{kind} is not a list"); continue
        seen = {}
        for ent in g[kind]:
            if not isinstance(ent, dict):
                E(f"{kind}: entry not an object: {ent!r}"); continue
            for f in fields:
                if f not in ent:
                    E(f"{kind}: {ent.get('name')}: field {f} missing")
            name = ent.get("name")
            if not isinstance(name, str) or not name.strip():
                E(f"{kind}: empty name"); continue
            if not isinstance(ent.get("aliases", []), list):
                E(f"{kind}: {name}: aliases not a list")
            if ent.get("type") not in types:
                E(f"{kind}: {name}: bad type {ent.get('type')!r}")
            if kind == "regulations":
                if ent.get("relation") not in RELATIONS:
                    E(f"{kind}: {name}: bad relation {ent.get('relation')!r}")
                dn = ent.get("doc_number")
                if dn is not None and not DOCNUM.match(dn):
                    E(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                if dn is not None and clean(dn) in ctext and False:
                    pass
                iss = ent.get("issuer")
                if iss is not None:
                    for part in iss.split():
                        if key(part) not in org_keys:
                            E(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
            forms = [name, *ent.get("aliases", [])]
            for a in forms:
                k = key(a)
                if k in seen and seen[k] != name:
                    E(f"{kind}: {a!r} claimed by both {seen[k]!r} and {name!r}")
                seen[k] = name
            if clean(name) not in ctext:
                occurring = [a for a in ent.get("aliases", []) if clean(a) in ctext]
                if occurring:
                    infos.append(f"{kind}: resolved name {name!r} (text has {occurring[0]!r})")
                else:
                    E(f"{kind}: neither name nor any alias occurs in text: {name!r}")
            for a in ent.get("aliases", []):
                if clean(a) not in ctext:
                    E(f"{kind}: {name}: alias {a!r} does not occur in text")
    return errs, infos


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    bad = 0
    files = sorted((base / "gold").glob("*.json"))
    for gp in files:
        errs, infos = check(gp, base / "docs")
        status = "OK" if not errs else f"{len(errs)} ERROR(S)"
        print(f"== {gp.name}: {status}, {len(infos)} resolved name(s)")
        for m in errs:
            print("  ERROR", m)
        for m in infos:
            print("  INFO ", m)
        bad += bool(errs)
    print(f"{len(files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
