#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md and the texts in docs/.

usage: python3 validate.py            (exit status 1 if any error)
Errors: JSON/keys/types invalid; an entity none of whose name/aliases occurs in its text;
the same surface form used by two entities of one kind; report fields empty; publisher not
among the organizations.  Info: canonical names that do not occur verbatim (resolved names)
but are found through an alias.
"""
import json, re, sys, unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
STRIP = set("《》〈〉<> \t\r\n\u3000")
# Entities that the gold keeps although no form of them occurs verbatim: elliptical mentions
# resolved from context (seed 000 does the same with 吕梁市人民政府 in “吕梁市委、市政府”).
EXCEPTIONS = {
    ("001_tongxiang.json", "嘉兴市人民政府"): "“嘉兴市委、市政府”: 市政府 here is 嘉兴's; 市政府 elsewhere is 桐乡's",
}
QUOTES = set("“”\"'‘’「」")


def squash(s, quotes=False):
    return "".join(c for c in s if c not in STRIP and not (quotes and c in QUOTES))


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable")


def occurs(form, text_variants):
    for quotes in (False, True):
        f = squash(form, quotes)
        for t in text_variants[quotes]:
            if f and (f in t or unicodedata.normalize("NFKC", f) in t):
                return True
    return False


def main():
    errors, infos = [], []
    golds = sorted((BASE / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: top-level keys {sorted(g)}")
            continue
        doc = BASE / "docs" / g["doc"]
        if g["doc"][:-4] != gf.stem or not doc.exists():
            errors.append(f"{where}: doc {g['doc']!r} missing or not matching the gold file name")
            continue
        text, enc = read_text(doc)
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: text length {n} outside 1500-5000")
        tv = {q: [squash(text, q), unicodedata.normalize("NFKC", squash(text, q))] for q in (False, True)}
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{where}: report.{f} empty")
        if not isinstance(rep.get("year"), int):
            errors.append(f"{where}: report.year not int")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            errors.append(f"{where}: report.date {rep['date']!r}")
        org_forms = {squash(a, True) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and squash(rep["publisher"], True) not in org_forms:
            errors.append(f"{where}: publisher {rep['publisher']!r} not among organizations")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
            seen = {}
            for e in g[kind]:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{where}: {kind} {e.get('name')!r} keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{where}: {kind} empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{where}: {kind} {e['name']!r} aliases not a list of strings")
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} {e['name']!r} bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {e['name']!r} bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{where}: {e['name']!r} doc_number not normalised: {e['doc_number']!r}")
                    if e["issuer"] is not None:
                        parts = e["issuer"].split()
                        if not all(squash(p, True) in org_forms for p in parts):
                            errors.append(f"{where}: issuer {e['issuer']!r} of {e['name']!r} not among organizations")
                forms = [e["name"], *e["aliases"]]
                for form in forms:
                    key = unicodedata.normalize("NFKC", squash(form, True))
                    if key in seen and seen[key] != e["name"]:
                        errors.append(f"{where}: {kind} form {form!r} used by {seen[key]!r} and {e['name']!r}")
                    seen.setdefault(key, e["name"])
                if (gf.name, e["name"]) in EXCEPTIONS:
                    infos.append(f"{where}: {kind} {e['name']!r} kept by exception: {EXCEPTIONS[(gf.name, e['name'])]}")
                elif not any(occurs(f, tv) for f in forms):
                    errors.append(f"{where}: {kind} {e['name']!r}: neither name nor any alias occurs in text")
                elif not occurs(e["name"], tv):
                    infos.append(f"{where}: {kind} {e['name']!r} resolved (found through an alias)")
                for a in e["aliases"]:
                    if not occurs(a, tv):
                        infos.append(f"{where}: {kind} {e['name']!r}: alias {a!r} does not occur (accepted variant)")
        print(f"{where}: {n} chars ({enc}), {len(g['regulations'])} regulations, "
              f"{len(g['organizations'])} organizations, {len(g['measures'])} measures")
    if "-v" in sys.argv:
        for i in infos:
            print("info:", i)
    else:
        print(f"{len(infos)} info lines (resolved names / accepted variants); run with -v to list")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
