#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--verbose]

Checks, for every gold/*.json:
  * JSON loads; top-level keys exactly doc/report/regulations/organizations/measures;
    `doc` equals the json file name with .txt and the text exists in docs/;
  * report: title (str|null), publisher/region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD|null); the publisher is one of the gold organizations (name or alias);
  * every entity: name (non-empty str), aliases (list of distinct str), type from the
    ANNOTATION.md vocabulary; regulations also doc_number (机关代字〔年份〕序号号 | null),
    issuer (str|null), relation (issues|implements|studies|mentions);
  * no two entities of one kind share a normalised name/alias (would be one node);
  * the name or one of its aliases occurs in the text after NFKC and removal of
    whitespace, title marks and quotation marks. Names that do not occur but have an
    occurring alias are listed as "resolved" (fine); entities with no occurring form are errors.
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {
    "regulations": {"law", "administrative_regulation", "departmental_rule", "local_regulation",
                    "normative_document", "party_document", "plan", "publication", "other"},
    "organizations": {"government", "department", "party", "legislature", "judiciary", "committee",
                      "institution", "enterprise", "social", "other"},
    "measures": {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"},
}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def clean(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c not in DROP and not c.isspace())


def norm(s):  # close to score.py's normalisation, for duplicate detection
    s = clean(s)
    for a, b in (("—", "-"), ("–", "-"), ("－", "-"), ("―", "-"), ("〔", "("), ("〕", ")"),
                 ("[", "("), ("]", ")"), ("【", "("), ("】", ")"), ("、", ","), ("，", ",")):
        s = s.replace(a, b)
    return s


def main():
    verbose = "--verbose" in sys.argv
    errors, infos = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        errors.append("no gold files")
    for f in files:
        def err(m):
            errors.append(f"{f.name}: {m}")
        try:
            g = json.loads(f.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != f.stem + ".txt":
            err(f"doc field {g['doc']!r} != {f.stem}.txt")
        tp = HERE / "docs" / g["doc"]
        if not tp.exists():
            err("text file missing")
            continue
        raw = tp.read_text(encoding="utf-8")
        text = clean(raw)
        n = len(raw)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        r = g["report"]
        if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {r if not isinstance(r, dict) else sorted(r)}")
        else:
            if r["title"] is not None and (not isinstance(r["title"], str) or not r["title"]):
                err("report.title must be str or null")
            if r["title"] and clean(r["title"]) not in text:
                err(f"report.title not in text: {r['title']}")
            for k in ("publisher", "region"):
                if not isinstance(r[k], str) or not r[k]:
                    err(f"report.{k} empty")
            if not isinstance(r["year"], int) or not 2015 <= r["year"] <= 2025:
                err(f"report.year {r['year']!r}")
            if r["date"] is not None and (not isinstance(r["date"], str) or not DATE.match(r["date"])):
                err(f"report.date {r['date']!r}")
            if r["date"] is None:
                infos.append(f"{f.name}: report.date is null")
            pub_forms = {norm(x) for o in g["organizations"] for x in [o.get("name", "")] + list(o.get("aliases", []))}
            if isinstance(r["publisher"], str) and norm(r["publisher"]) not in pub_forms:
                err(f"publisher {r['publisher']} is not a gold organization")
        for kind in ("regulations", "organizations", "measures"):
            ents = g[kind]
            if not isinstance(ents, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in ents:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != keys:
                    err(f"{kind}: bad keys {e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of non-empty str")
                    continue
                if len(set(e["aliases"])) != len(e["aliases"]) or name in e["aliases"]:
                    err(f"{kind}: {name}: repeated alias")
                if e["type"] not in TYPES[kind]:
                    err(f"{kind}: {name}: type {e['type']!r}")
                if kind == "regulations":
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        err(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    if dn is not None and clean(dn)[:2] not in text:
                        err(f"{kind}: {name}: doc_number {dn} agency code not in text")
                    if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"]):
                        err(f"{kind}: {name}: issuer must be str or null")
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: relation {e['relation']!r}")
                for form in [name] + e["aliases"]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {form!r} shared by {seen[k]!r} and {name!r}")
                    seen[k] = name
                if clean(name) in text:
                    if verbose:
                        infos.append(f"{f.name}: {kind}: {name}: name occurs")
                else:
                    occ = [a for a in e["aliases"] if clean(a) in text]
                    if occ:
                        infos.append(f"{f.name}: {kind}: resolved name {name!r} (in text as {occ[0]!r})")
                    else:
                        err(f"{kind}: {name!r}: neither name nor any alias occurs in the text")
                for a in e["aliases"]:
                    if clean(a) not in text:
                        infos.append(f"{f.name}: {kind}: {name}: alias {a!r} is an accepted form not in text")
    for i in infos:
        print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
