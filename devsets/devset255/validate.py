#!/usr/bin/env python3
"""Validate the gold files of this development set.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file (UTF-8 readable) of 1,500-5,000 characters;
  * report: title (str or null), publisher/region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD or null); publisher is the canonical name of a gold organization;
  * every entity has the fields of ANNOTATION.md with valid types/relations, aliases a list of
    strings, no empty names, no alias repeated under two entities of the same kind;
  * doc_number is null or looks like 代字〔年份〕序号号 (or a 令第N号 number);
  * issuer parts (split on spaces) are canonical names of gold organizations (warning otherwise);
  * every entity name or one of its aliases occurs in the text, after removing 《》〈〉 and
    whitespace from both (strict).  Names that only occur after the scorer's normalisation
    (NFKC, quotes, brackets, dashes) are reported as "loose" matches; entities whose canonical
    name does not occur but an alias does are "resolved" (fine, listed with -v);
    entities with no occurrence at all are errors.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
DOCS = HERE / "docs"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
FIELDS = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
          "organizations": {"name", "aliases", "type"},
          "measures": {"name", "aliases", "type"}}

# the scorer's normalisation (score.py, section 6 of ANNOTATION.md)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strict(text):
    return re.sub(r"[\s《》〈〉]", "", str(text))


DOCNUM = re.compile(r"^[\u4e00-\u9fffA-Za-z]+〔\d{4}〕\d+号$|^[\u4e00-\u9fff]*令第\d+号$")


def main():
    verbose = "-v" in sys.argv
    errors, warnings, loose, resolved = [], [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    n_ent = 0
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r} does not match file name")
        path = DOCS / g["doc"]
        if not path.exists():
            errors.append(f"{tag}: missing text {path}")
            continue
        text = path.read_text(encoding="utf-8")
        if not 1500 <= len(text) <= 5000:
            errors.append(f"{tag}: text length {len(text)} outside 1500-5000")
        t_strict, t_norm = strict(text), norm(text)

        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            errors.append(f"{tag}: report.title must be str or null")
        if rep.get("title") and strict(rep["title"]) not in t_strict:
            errors.append(f"{tag}: report.title not in text")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep[f].strip():
                errors.append(f"{tag}: report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            errors.append(f"{tag}: report.date {rep.get('date')!r}")
        if rep.get("title") is None or rep.get("date") is None:
            warnings.append(f"{tag}: report title/date null (allowed when the text has none)")
        org_names = {o.get("name") for o in g["organizations"]}
        if rep.get("publisher") not in org_names:
            errors.append(f"{tag}: publisher {rep.get('publisher')!r} is not a gold organization name")

        for kind, types in KINDS.items():
            seen = {}
            if not isinstance(g[kind], list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            for e in g[kind]:
                n_ent += 1
                if set(e) != FIELDS[kind]:
                    errors.append(f"{tag}: {kind} {e.get('name')!r} fields {sorted(e)}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} empty name")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of non-empty strings")
                    continue
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        errors.append(f"{tag}: {name}: doc_number {dn!r} not normalised")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str):
                            errors.append(f"{tag}: {name}: issuer must be str or null")
                        else:
                            for part in iss.split():
                                if part not in org_names:
                                    warnings.append(f"{tag}: {name}: issuer part {part!r} is not a gold organization")
                forms = [name, *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {f!r} under both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                hits_strict = [f for f in forms if strict(f) in t_strict]
                hits_norm = [f for f in forms if norm(f) in t_norm]
                if not hits_norm:
                    errors.append(f"{tag}: {kind} {name!r}: neither name nor any alias occurs in the text")
                elif not hits_strict:
                    loose.append(f"{tag}: {kind} {name!r}: occurs only after normalisation")
                elif strict(name) not in t_strict and norm(name) not in t_norm:
                    resolved.append(f"{tag}: {kind} {name!r} (resolved; text has {hits_strict[0]!r})")
                for a in e["aliases"]:
                    if norm(a) not in t_norm:
                        warnings.append(f"{tag}: {kind} {name}: alias {a!r} not in text (accepted variant)")
    print(f"{len(files)} gold files, {n_ent} entities")
    for title, items in (("ERRORS", errors), ("WARNINGS", warnings), ("LOOSE MATCHES", loose)):
        print(f"{title}: {len(items)}")
        for i in items:
            print("  " + i)
    print(f"RESOLVED canonical names (fine): {len(resolved)}")
    if verbose:
        for i in resolved:
            print("  " + i)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
