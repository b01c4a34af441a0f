#!/usr/bin/env python3
"""Validate the gold files of this dev set.

usage: python3 validate.py [-v] [DEVSET_DIR]      (-v also lists the INFO lines)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file whose stem equals the gold file stem;
  * report fields: title (str or null), publisher/region (non-empty str), year (int 2015..2025),
    date (YYYY-MM-DD or null); the publisher is one of the gold organizations (name or alias);
  * every entity has the fields of ANNOTATION.md with valid `type` (and for regulations valid
    `relation`, `doc_number` normalised as 机关代字〔年份〕序号号 or null, `issuer` str or null);
  * no two entities of one kind share a name/alias after the scorer's normalisation (a shared
    alias would make the scorer's index ambiguous);
  * every alias occurs in the text, and every entity has its name or at least one alias in
    the text ("occurs" = after removing 《》〈〉 and whitespace from both, also tried against the
    HTML-unescaped text). Canonical names that do not occur are listed as info only (they are
    resolved names) as long as an alias occurs;
  * the text is 1,500-5,000 characters.
Exit status 1 if any ERROR was found.
"""
import html
import importlib.util
import json
import re
import sys
from pathlib import Path

VERBOSE = "-v" in sys.argv[1:]
_ARGS = [a for a in sys.argv[1:] if a != "-v"]
ROOT = Path(_ARGS[0]).resolve() if _ARGS else Path(__file__).resolve().parent

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

_strip = re.compile(r"[《》〈〉\s\u3000]")


def squash(s):
    return _strip.sub("", s)


def load_score_norm():
    """The scorer's own normalisation, if /work/shared/score.py is present."""
    p = Path("/work/shared/score.py")
    if not p.exists():
        return lambda s: squash(s)
    spec = importlib.util.spec_from_file_location("score", p)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.norm


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def main():
    norm = load_score_norm()
    errors, warnings, infos = [], [], []
    gold_files = sorted((ROOT / "gold").glob("*.json"))
    if not gold_files:
        print("no gold files")
        return 1
    docs_seen = set()
    for gf in gold_files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        keys = set(g) if isinstance(g, dict) else set()
        if keys != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: top-level keys {sorted(keys)}")
            continue
        doc = g["doc"]
        if not isinstance(doc, str) or not doc.endswith(".txt") or doc[:-4] != gf.stem:
            errors.append(f"{where}: doc field {doc!r} does not match the file name")
        docs_seen.add(doc)
        tpath = ROOT / "docs" / doc
        if not tpath.exists():
            errors.append(f"{where}: text {tpath} missing")
            continue
        text = read_text(tpath)
        if not 1500 <= len(text) <= 5000:
            errors.append(f"{where}: text has {len(text)} characters (want 1500-5000)")
        hay = {squash(text), squash(html.unescape(text))}

        def occurs(s):
            s2 = squash(s)
            return bool(s2) and any(s2 in h for h in hay)

        # report
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            if rep["title"] is not None and not (isinstance(rep["title"], str) and rep["title"]):
                errors.append(f"{where}: report.title must be a non-empty string or null")
            if rep["title"] is None:
                warnings.append(f"{where}: report.title is null")
            elif not occurs(rep["title"]):
                warnings.append(f"{where}: report.title does not occur verbatim in the text")
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    errors.append(f"{where}: report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2014 <= rep["year"] <= 2025:
                errors.append(f"{where}: report.year {rep['year']!r}")
            if rep["date"] is None:
                warnings.append(f"{where}: report.date is null")
            elif not isinstance(rep["date"], str) or not DATE.match(rep["date"]):
                errors.append(f"{where}: report.date {rep['date']!r} is not YYYY-MM-DD")
            pub_names = {norm(n) for o in g["organizations"] for n in [o.get("name", ""), *o.get("aliases", [])]}
            if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in pub_names:
                errors.append(f"{where}: publisher {rep['publisher']!r} is not a gold organization")

        spec = {
            "regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
            "organizations": (ORG_TYPES, ("name", "aliases", "type")),
            "measures": (MEAS_TYPES, ("name", "aliases", "type")),
        }
        for kind, (types, fields) in spec.items():
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            owner = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != set(fields):
                    errors.append(f"{where}: {kind} entry has fields {sorted(e) if isinstance(e, dict) else e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{where}: {kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{where}: {kind} {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        errors.append(f"{where}: {name}: doc_number {dn!r} not normalised")
                    if e["issuer"] is not None and not (isinstance(e["issuer"], str) and e["issuer"]):
                        errors.append(f"{where}: {name}: issuer must be a non-empty string or null")
                    if name.startswith("《") or name.endswith("》"):
                        errors.append(f"{where}: {name}: canonical name keeps title marks")
                for n in [name, *e["aliases"]]:
                    k = norm(n)
                    if k in owner and owner[k] != name:
                        errors.append(f"{where}: {kind}: {n!r} used by both {owner[k]!r} and {name!r}")
                    owner.setdefault(k, name)
                missing_alias = [a for a in e["aliases"] if not occurs(a)]
                for a in missing_alias:
                    errors.append(f"{where}: {kind} {name}: alias {a!r} does not occur in the text")
                if not occurs(name):
                    if any(occurs(a) for a in e["aliases"]):
                        infos.append(f"{where}: {kind}: resolved name {name!r} not in text (alias occurs)")
                    else:
                        errors.append(f"{where}: {kind}: neither {name!r} nor any alias occurs in the text")
    # every doc has a gold file
    for t in sorted((ROOT / "docs").glob("*.txt")):
        if t.name not in docs_seen:
            errors.append(f"docs/{t.name}: no gold file")
    for line in infos if VERBOSE else []:
        print("INFO   ", line)
    for line in warnings:
        print("WARNING", line)
    for line in errors:
        print("ERROR  ", line)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
