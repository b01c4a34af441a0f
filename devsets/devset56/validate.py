#!/usr/bin/env python3
"""Validate the gold files of this dev set (rules: /work/shared/ANNOTATION.md).

usage: python3 validate.py [DEVSET_DIR]

Checks per gold file: JSON loads; keys and value types; entity `type`/`relation` values are from
ANNOTATION.md; doc_number is normalised (机关代字〔年份〕序号号) or null; report fields filled and the
publisher is one of the gold organizations; no alias is shared by two entities of one kind; and every
entity's name or one of its aliases occurs in the text. Occurrence is tested on the text with
whitespace, 《》〈〉, quotation marks and PDF page footers (— N —) removed and HTML entities decoded; a form that only
occurs after Unicode NFKC (full-width digits/brackets), or in
Traditional script (opencc s2t, if installed), is accepted and listed. Canonical names that do
not occur (resolved jurisdiction, repaired damage, simplified form of a Traditional text) are listed as
INFO lines — fine as long as an alias occurs. Aliases that do not occur are WARNs. Exit code 1 on ERRORs.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")
FOOTER = re.compile(r"\n\s*[—－-]\s*\d+\s*[—－-]\s*\n")


DROP = set("《》〈〉“”\"‘’「」『』")
try:  # Traditional-script texts: an alias in simplified script is accepted if its s2t form occurs
    import opencc
    S2T = opencc.OpenCC("s2t").convert
except Exception:  # noqa
    S2T = None


def clean(text):
    text = html.unescape(text)
    text = FOOTER.sub("\n", text)
    return "".join(c for c in text if not c.isspace() and c not in DROP)


def strip(name):
    return "".join(c for c in name if not c.isspace() and c not in DROP)


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warns, infos = [], [], []
    golds = sorted((root / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r} does not match file name")
        txt_path = root / "docs" / g["doc"]
        if not txt_path.exists():
            errors.append(f"{tag}: missing text {txt_path}")
            continue
        raw = txt_path.read_text(encoding="utf-8")
        n_chars = len(raw)
        if not 1500 <= n_chars <= 5000:
            warns.append(f"{tag}: text length {n_chars} outside 1500-5000")
        text = clean(raw)
        text_nfkc = unicodedata.normalize("NFKC", text)

        def occurs(form):
            f = strip(form)
            if f and f in text:
                return "raw"
            f2 = unicodedata.normalize("NFKC", f)
            if f2 and f2 in text_nfkc:
                return "nfkc"
            if S2T and f and S2T(f) in text:
                return "s2t"
            return None

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for k in ("title", "publisher", "region", "year", "date"):
                if rep[k] in (None, ""):
                    warns.append(f"{tag}: report.{k} is empty")
            if not isinstance(rep["year"], int) or not 2010 <= rep["year"] <= 2026:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
                errors.append(f"{tag}: report.date {rep['date']!r}")
            if rep["title"] and not occurs(rep["title"]):
                warns.append(f"{tag}: report.title does not occur in text")
            orgnames = {o.get("name") for o in g["organizations"]}
            if rep["publisher"] not in orgnames:
                errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind} entity keys {sorted(e)}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        errors.append(f"{tag}: {name}: doc_number not normalised: {dn!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {name}: issuer must be string or null")
                for form in [name, *e["aliases"]]:
                    key = unicodedata.normalize("NFKC", strip(form)).replace("“", "").replace("”", "").replace('"', "")
                    if key in seen and seen[key] != name:
                        errors.append(f"{tag}: {kind}: form {form!r} used by both {seen[key]!r} and {name!r}")
                    seen[key] = name
                hits = {form: occurs(form) for form in [name, *e["aliases"]]}
                if not any(hits.values()):
                    errors.append(f"{tag}: {kind}: neither name nor any alias occurs: {name!r}")
                    continue
                if not hits[name]:
                    infos.append(f"{tag}: {kind}: canonical name resolved/repaired (alias occurs): {name}")
                for form, h in hits.items():
                    if form != name and not h:
                        warns.append(f"{tag}: {kind}: alias does not occur: {form!r} (of {name})")
                    if h in ("nfkc", "s2t"):
                        infos.append(f"{tag}: {kind}: occurs only after {h}: {form!r}")
    for line in infos:
        print("INFO ", line)
    for line in warns:
        print("WARN ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warns)} warnings, {len(infos)} info")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
