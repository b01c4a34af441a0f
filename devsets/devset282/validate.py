#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [--verbose] [--selfscore]

--selfscore additionally writes the gold as predictions (one JSON line per document) to a
temporary file and runs /work/shared/score.py on it against gold/ (must print F1 1.0).

Checks, per gold/<name>.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<name>.txt (UTF-8);
  * report has title, publisher, region, year, date; publisher/region/year filled, year int,
    date YYYY-MM-DD or null; the publisher is one of the gold organizations (name or alias);
  * every entity has the fields of its kind, with types/relations from ANNOTATION.md, aliases a
    list of strings, doc_number normalised (`…〔YYYY〕N号`) or null;
  * every entity's name or at least one alias occurs in the text (after removing 《》〈〉<> and
    whitespace; the text is also checked after HTML-entity decoding). Entities whose canonical
    name does not occur but an alias does are listed as "resolved" (fine); entities where
    nothing occurs are errors;
  * no two entities of one kind share a name/alias after the scorer's normalisation (that would
    make the gold unscorable against itself);
  * excerpt length 1,500–5,000 characters (page chrome included).
Exit status 1 if any error.
"""
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared")
try:
    from score import norm  # the scorer's own normalisation
except Exception:  # pragma: no cover
    import unicodedata
    def norm(t):
        return unicodedata.normalize("NFKC", t)

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d{2}〕\d+号$")
DATE = re.compile(r"^(19|20)\d{2}-\d{2}-\d{2}$")
STRIP = re.compile(r"[《》〈〉<>\s\u3000]")


def squash(t):
    return STRIP.sub("", t)


def main():
    verbose = "--verbose" in sys.argv
    errors, notes = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        errors.append(f"{len(golds)} gold files but {len(docs)} docs")
    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r} does not match file name")
        tp = HERE / "docs" / g["doc"]
        if not tp.exists():
            errors.append(f"{tag}: text {tp} missing")
            continue
        raw = tp.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            errors.append(f"{tag}: text length {len(raw)} outside 1500-5000")
        texts = [squash(raw), squash(html.unescape(raw))]

        def occurs(s):
            s = squash(s)
            return bool(s) and any(s in t for t in texts)

        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        else:
            for f in ("publisher", "region", "year"):
                if rep[f] in (None, ""):
                    errors.append(f"{tag}: report.{f} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if rep["date"] is not None and not DATE.match(str(rep["date"])):
                errors.append(f"{tag}: report.date {rep['date']!r}")
            if rep["title"] is not None and not occurs(rep["title"]):
                errors.append(f"{tag}: report.title does not occur in text")
            if rep["date"] is None:
                notes.append(f"{tag}: report.date is null")
            if rep["title"] is None:
                notes.append(f"{tag}: report.title is null")
        org_forms = {norm(f) for o in g["organizations"] for f in [o["name"], *o["aliases"]]}
        if norm(rep.get("publisher") or "") not in org_forms:
            errors.append(f"{tag}: publisher {rep.get('publisher')!r} is not a gold organization")

        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            fields = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            for e in g[kind]:
                if set(e) != fields:
                    errors.append(f"{tag}: {kind} {e.get('name')!r}: fields {sorted(e)}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: {name}: doc_number not normalised: {e['doc_number']!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {name}: issuer must be a string or null")
                for form in [name, *e["aliases"]]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {form!r} of {name!r} collides with {seen[k]!r}")
                    seen.setdefault(k, name)
                if len({norm(a) for a in e["aliases"]} | {norm(name)}) != len(e["aliases"]) + 1:
                    notes.append(f"{tag}: {kind} {name}: aliases repeat the name after normalisation")
                if occurs(name):
                    pass
                elif any(occurs(a) for a in e["aliases"]):
                    notes.append(f"{tag}: {kind}: resolved (canonical not in text, alias is): {name}")
                else:
                    errors.append(f"{tag}: {kind}: neither name nor alias occurs in text: {name}")
                if verbose:
                    for a in e["aliases"]:
                        if not occurs(a):
                            notes.append(f"{tag}: {kind}: accepted form not in text: {name} <- {a}")
    for n in notes:
        if verbose or ("resolved" not in n and "repeat the name" not in n):
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    n_ent = 0
    for gf in golds:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
            n_ent += sum(len(g[k]) for k in ("regulations", "organizations", "measures"))
        except Exception:
            pass
    print(f"{len(golds)} gold files, {n_ent} entities, {len(errors)} errors, "
          f"{sum('resolved' in n for n in notes)} resolved canonical names")
    if "--selfscore" in sys.argv:
        import subprocess, tempfile
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
            for gf in golds:
                g = json.loads(gf.read_text(encoding="utf-8"))
                fh.write(json.dumps({k: g[k] for k in ("doc", "report", "regulations", "organizations", "measures")},
                                    ensure_ascii=False) + "\n")
        subprocess.run([sys.executable, "/work/shared/score.py", fh.name, str(HERE / "gold")], check=False)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
