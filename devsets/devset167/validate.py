#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks: JSON loads; keys and value types; allowed `type`/`relation` values; doc_number format;
the `doc` file exists; every entity's name or at least one alias (after removing 《》〈〉 and
whitespace) occurs in the document text (also whitespace-free, so PDF line/page breaks do not
hide a name); report fields filled. Canonical names that are resolved and do not occur
verbatim are listed as info when an alias occurs. Exit status 1 on any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", errors="replace"), "utf-8?"


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    # whitespace (incl. form feeds), title marks and quotation marks are dropped, as the scorer does
    return re.sub(r"[\s《》〈〉“”\"'‘’「」]", "", s)


def main():
    errors, infos = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    for gf in golds:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if doc != gf.stem + ".txt":
            err(f"doc {doc!r} does not match file name")
        dp = HERE / "docs" / str(doc)
        if not dp.exists():
            err("document missing"); continue
        text, enc = read_text(dp)
        flat = squash(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"length {n} outside 1500-5000")
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep[f]:
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err("report.year not an int in 2015-2025")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            err(f"report.date {rep['date']!r}")
        for f in ("title", "date"):
            if rep.get(f) is None:
                infos.append(f"{gf.name}: report.{f} is null (not in text)")
        if isinstance(rep.get("title"), str) and squash(rep["title"]) not in flat:
            err("report.title not in text")
        orgnames = {o["name"] for o in g.get("organizations", [])}
        if rep.get("publisher") not in orgnames:
            err("publisher is not among the organizations")
        spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
                "measures": (MEA_TYPES, {"name", "aliases", "type"})}
        for kind, (types, keys) in spec.items():
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} not a list"); continue
            seen = {}
            for e in items:
                if set(e) != keys:
                    err(f"{kind} {e.get('name')}: keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not e["name"]:
                    err(f"{kind}: empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) for a in e["aliases"]):
                    err(f"{kind} {e['name']}: aliases not a list of str")
                if e.get("type") not in types:
                    err(f"{kind} {e['name']}: bad type {e.get('type')!r}")
                for form in [e["name"], *e.get("aliases", [])]:
                    k = squash(form).replace("“", "").replace("”", "").replace('"', "")
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {form!r} used by both {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f"{e['name']}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNO.match(dn):
                        err(f"{e['name']}: doc_number {dn!r} not normalised")
                    iss = e.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        err(f"{e['name']}: issuer not str/null")
                forms = [f for f in [e["name"], *e.get("aliases", [])] if squash(f) in flat]
                if not forms:
                    err(f"{kind} {e['name']!r}: neither name nor any alias occurs in the text")
                elif squash(e["name"]) not in flat:
                    infos.append(f"{gf.name}: {kind} {e['name']!r} resolved; occurs as {forms[0]!r}")
                for a in e.get("aliases", []):
                    if squash(a) not in flat:
                        infos.append(f"{gf.name}: {kind} {e['name']!r}: alias {a!r} is an accepted form not in text")
    if "-v" in sys.argv:
        for i in infos:
            print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos (-v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
