#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]     (default: the directory of this script)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file, and the gold file is docs/<doc> minus .txt;
  * report: title str|null, publisher/region non-empty str, year int (2015-2025),
    date YYYY-MM-DD or null; the publisher is one of the gold organizations (name or alias);
  * every entity has the keys and value types of ANNOTATION.md section 5, a type from the
    allowed list, a relation from the allowed list, a doc_number normalised to
    `机关代字〔年份〕序号号` or null; aliases are a list of distinct strings;
  * every entity occurs in the text: its name or one of its aliases, after removing
    title marks (《》〈〉<>) and whitespace from both sides, is a substring of the text.
    Canonical names that do not occur (resolved names) are listed as INFO when an alias occurs;
    an entity with no occurring form is an ERROR;
  * no two entities of one kind share a normalised name/alias (scorer normalisation);
  * regulation issuers name gold organizations (WARN otherwise);
  * document length is 1,500-5,000 characters (whitespace excluded).
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

TOP = ["doc", "report", "regulations", "organizations", "measures"]
REPORT_KEYS = ["title", "publisher", "region", "year", "date"]
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^[^\s〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

# scorer normalisation (score.py), to detect colliding names
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def score_norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def occ_norm(t):
    """Remove title marks and whitespace (the occurrence test)."""
    return re.sub(r"[\s《》〈〉<>]", "", t)


def main(root):
    errors, warns, infos = [], [], []
    golds = sorted((root / "gold").glob("*.json"))
    if not golds:
        print("no gold files"); return 1
    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            errors.append(f"{tag}: JSON does not load: {exc}"); continue
        if list(g.keys()) != TOP:
            errors.append(f"{tag}: top-level keys {list(g.keys())} != {TOP}")
        doc = g.get("doc")
        if not isinstance(doc, str) or not doc.endswith(".txt"):
            errors.append(f"{tag}: bad doc field {doc!r}"); continue
        if doc[:-4] != gf.stem:
            errors.append(f"{tag}: doc {doc} does not match file name")
        dp = root / "docs" / doc
        if not dp.exists():
            errors.append(f"{tag}: missing text {dp}"); continue
        raw = dp.read_text(encoding="utf-8")
        text = occ_norm(raw)
        text_loose = score_norm(raw)
        n = len(re.sub(r"\s", "", raw))
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n} outside 1500-5000")
        # report
        rep = g.get("report")
        if not isinstance(rep, dict) or list(rep.keys()) != REPORT_KEYS:
            errors.append(f"{tag}: report keys {list(rep.keys()) if isinstance(rep, dict) else rep}")
            rep = rep if isinstance(rep, dict) else {}
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            errors.append(f"{tag}: report.title not str/null")
        if rep.get("title") is None:
            warns.append(f"{tag}: report.title is null")
        elif occ_norm(rep["title"]) not in text:
            errors.append(f"{tag}: report.title does not occur in text")
        for k in ("publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep.get(k):
                errors.append(f"{tag}: report.{k} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is None:
            warns.append(f"{tag}: report.date is null")
        elif not isinstance(rep["date"], str) or not DATE.match(rep["date"]):
            errors.append(f"{tag}: report.date {rep.get('date')!r}")
        org_forms = set()
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                if isinstance(a, str):
                    org_forms.add(score_norm(a))
        if isinstance(rep.get("publisher"), str) and score_norm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher {rep['publisher']} is not a gold organization")
        # entities
        specs = {
            "regulations": (["name", "aliases", "type", "doc_number", "issuer", "relation"], REG_TYPES),
            "organizations": (["name", "aliases", "type"], ORG_TYPES),
            "measures": (["name", "aliases", "type"], MEA_TYPES),
        }
        for kind, (keys, types) in specs.items():
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or list(e.keys()) != keys:
                    errors.append(f"{tag}: {kind} entry keys {list(e.keys()) if isinstance(e, dict) else e}"); continue
                name, aliases = e["name"], e["aliases"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} empty name"); continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of non-empty strings"); continue
                if len(set(aliases)) != len(aliases) or name in aliases:
                    errors.append(f"{tag}: {kind} {name}: repeated alias")
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        errors.append(f"{tag}: {name}: doc_number not normalised: {dn!r}")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str):
                            errors.append(f"{tag}: {name}: issuer not str/null")
                        else:
                            for part in iss.split():
                                if score_norm(part) not in org_forms:
                                    warns.append(f"{tag}: {name}: issuer part {part} is not a gold organization")
                forms = [name, *aliases]
                hit = [f for f in forms if occ_norm(f) in text]
                if not hit:
                    loose = [f for f in forms if score_norm(f) in text_loose]
                    if loose:
                        errors.append(f"{tag}: {kind} {name}: occurs only under scorer normalisation (fix the alias to the text form)")
                    else:
                        errors.append(f"{tag}: {kind} {name}: neither name nor any alias occurs in the text")
                elif name not in hit:
                    infos.append(f"{tag}: {kind} {name}: resolved name, occurs as {hit[0]}")
                for f in forms:
                    k = score_norm(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind} form {f!r} belongs to both {seen[k]} and {name}")
                    seen.setdefault(k, name)
    for line in infos:
        print("INFO ", line)
    for line in warns:
        print("WARN ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warns)} warnings, {len(infos)} resolved names")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
