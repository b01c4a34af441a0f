#!/usr/bin/env python3
"""Validate the gold files of this devset (see README.md).

Checks per gold file: JSON loads; keys and value types follow ANNOTATION.md; enum values
(type, relation) are valid; doc_number is normalised (…〔YYYY〕N号); report fields are filled;
the publisher is one of the gold organizations; no alias is shared by two entities of a kind;
every entity's name or at least one alias occurs in the text (text and names compared after
HTML unescaping, NFKC, and removing 《》〈〉 and whitespace). Canonical names that do not occur
(resolved names) are listed as info; aliases that do not occur are listed as warnings.
Exit status 1 if any ERROR.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
STRICT = "--strict-aliases" in sys.argv  # also list aliases absent from the text (e.g. simplified forms kept in Traditional docs)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def clean(s):
    s = html.unescape(html.unescape(s))
    s = re.sub(r"<[^>]+>", "", s)
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[《》〈〉<>\s]", "", s)


def main():
    errors, warnings, infos = [], [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r} does not match file name")
        txt_path = ROOT / "docs" / g["doc"]
        if not txt_path.exists():
            errors.append(f"{tag}: missing text {txt_path}")
            continue
        text = clean(txt_path.read_text(encoding="utf-8"))
        n = len(txt_path.read_text(encoding="utf-8"))
        if not 1500 <= n <= 5000:
            warnings.append(f"{tag}: text length {n} outside 1500–5000")
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {rep!r}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    errors.append(f"{tag}: report.{f} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if rep["date"] is None:
                warnings.append(f"{tag}: report.date is null")
            elif not DATE.match(rep["date"]):
                errors.append(f"{tag}: report.date {rep['date']!r}")
            if rep["title"] is None:
                warnings.append(f"{tag}: report.title is null")
            elif clean(rep["title"]) not in text:
                warnings.append(f"{tag}: report title not found verbatim in text")
            orgnames = {o["name"] for o in g["organizations"]}
            if rep["publisher"] not in orgnames:
                errors.append(f"{tag}: publisher {rep['publisher']!r} not among organizations")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} not a list")
                continue
            seen = {}
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind} entry keys {sorted(e)} ({e.get('name')})")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{tag}: {kind} empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {e['name']}: aliases must be a list of strings")
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {e['name']}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {e['name']}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: {e['name']}: doc_number not normalised {e['doc_number']!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {e['name']}: issuer must be string or null")
                forms = [e["name"]] + list(e["aliases"])
                for f in forms:
                    k = clean(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind}: form {f!r} used by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                hits = [f for f in forms if clean(f) in text]
                if not hits:
                    errors.append(f"{tag}: {kind}: neither name nor any alias of {e['name']!r} occurs in text")
                    continue
                if clean(e["name"]) not in text:
                    infos.append(f"{tag}: {kind}: resolved name {e['name']!r} (occurs as {hits[0]!r})")
                for a in e["aliases"]:
                    if clean(a) not in text and STRICT:
                        warnings.append(f"{tag}: {kind}: alias {a!r} of {e['name']!r} not in text (accepted form)")
    for m in infos:
        print("INFO ", m)
    for m in warnings:
        print("WARN ", m)
    for m in errors:
        print("ERROR", m)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(infos)} resolved names")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
