#!/usr/bin/env python3
"""Validate the devset93 gold files against ANNOTATION.md and their texts.

usage: python3 validate.py [DEVSET_DIR]     (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys exactly doc/report/regulations/organizations/measures;
    `doc` names an existing file in docs/;
  * report fields: title (str|null), publisher/region (non-empty str), year (int 2000-2030),
    date (YYYY-MM-DD; null is reported as a warning), publisher is one of the gold organizations;
  * each entity has the keys and value types of ANNOTATION.md (type from the allowed list;
    regulations: doc_number str|null in the form 机关代字〔年份〕序号号 (令 numbers accepted as written),
    issuer str|null whose space-separated parts are organizations of the same file,
    relation in issues/implements/studies/mentions);
  * no two entities of one kind share a normalised name/alias (would make the scorer ambiguous);
  * every entity's name or one of its aliases occurs in the text after normalisation
    (NFKC, whitespace/PDF line breaks, quotation and title marks removed, brackets and dashes unified);
    canonical names that do not occur literally but have an occurring alias are listed as INFO;
  * the text is 1,500-5,000 characters.
Exit status 1 if any ERROR.
"""
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
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNO = re.compile(r"^[\u4e00-\u9fff A-Za-z]+〔(19|20)\d\d〕\d+号$|^.+令第\d+号$")
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(MAP.get(c, c) for c in text if c not in DROP and not c.isspace())


def check(path, docs_dir):
    errors, warnings, infos = [], [], []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], [], []
    keys = set(gold)
    if keys != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"top-level keys {sorted(keys)}")
    doc = gold.get("doc")
    if doc != path.stem + ".txt":
        errors.append(f"doc field {doc!r} does not match file name")
    tpath = docs_dir / str(doc)
    if not tpath.exists():
        return errors + [f"text {tpath} missing"], warnings, infos
    raw = tpath.read_text(encoding="utf-8")
    if not 1500 <= len(raw) <= 5000:
        errors.append(f"text length {len(raw)} outside 1500-5000")
    text = norm(raw)

    org_names = {}
    for o in gold.get("organizations", []):
        for a in [o.get("name"), *o.get("aliases", [])]:
            if isinstance(a, str):
                org_names.setdefault(norm(a), norm(o.get("name")))

    rep = gold.get("report")
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        if rep["title"] is not None and (not isinstance(rep["title"], str) or norm(rep["title"]) not in text):
            errors.append(f"report title not in text: {rep['title']!r}")
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                errors.append(f"report {f} not filled")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            errors.append(f"report year {rep['year']!r}")
        if rep["date"] is None:
            warnings.append("report date is null")
        elif not re.match(r"^\d{4}-\d\d-\d\d$", str(rep["date"])):
            errors.append(f"report date {rep['date']!r}")
        if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in org_names:
            errors.append(f"publisher {rep['publisher']!r} is not a gold organization")

    for kind, allowed in KINDS.items():
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != need:
                errors.append(f"{kind}: bad keys in {e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name {e}")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if e["type"] not in allowed:
                errors.append(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                    errors.append(f"regulations: {name}: doc_number {dn!r} not normalised")
                if dn is not None and norm(dn) not in text and norm(dn).translate(str.maketrans("()", "[]")) not in text:
                    # number may be damaged/unnormalised in the text: compare digits only
                    digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", dn))
                    if digits not in re.sub(r"\D", "", text):
                        warnings.append(f"regulations: {name}: doc_number {dn} not found in text")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        errors.append(f"regulations: {name}: issuer {iss!r}")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_names:
                                errors.append(f"regulations: {name}: issuer part {part!r} is not a gold organization")
                if e["relation"] not in RELATIONS:
                    errors.append(f"regulations: {name}: relation {e['relation']!r}")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            if len({norm(f) for f in forms}) != len(forms):
                warnings.append(f"{kind}: {name}: an alias repeats another form after normalisation")
            occurring = [f for f in forms if norm(f) in text]
            if not occurring:
                errors.append(f"{kind}: {name}: neither name nor any alias occurs in the text")
            elif norm(name) not in text:
                infos.append(f"{kind}: canonical {name!r} not in text (resolved); alias found: {occurring[0]!r}")
            for a in e["aliases"]:
                if norm(a) not in text:
                    infos.append(f"{kind}: {name}: alias {a!r} not in text (accepted variant)")
    return errors, warnings, infos


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    files = sorted((base / "gold").glob("*.json"))
    if not files:
        sys.exit(f"no gold files in {base / 'gold'}")
    n_err = 0
    for f in files:
        errors, warnings, infos = check(f, base / "docs")
        n_err += len(errors)
        status = "OK" if not errors else "FAIL"
        print(f"{status:4} {f.name}: {len(errors)} errors, {len(warnings)} warnings, {len(infos)} info")
        for m in errors:
            print(f"   ERROR {m}")
        for m in warnings:
            print(f"   WARN  {m}")
        for m in infos:
            print(f"   INFO  {m}")
    print(f"{len(files)} files, {n_err} errors")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
