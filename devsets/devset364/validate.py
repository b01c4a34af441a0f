#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ whose length is 1,500-5,000 characters;
  * report: title (str|null), publisher (str, one of the gold organizations), region (str),
    year (int 2015-2025), date (YYYY-MM-DD or null; a warning when null);
  * every entity: name (non-empty str), aliases (list of str), type in the allowed set;
    regulations also doc_number (str|null), issuer (str|null), relation in the allowed set;
    doc_number shaped like 机关代字〔年份〕序号号 or a 令 number; issuer names a gold organization;
  * no normalised name/alias belongs to two entities of the same kind in one document;
  * every gold name or one of its aliases occurs in the text (after the scorer's normalisation:
    NFKC, whitespace / title marks / quotes removed, brackets and dashes unified). A canonical
    name that does not occur itself (resolved jurisdiction) is listed as information;
  * every 《…》 title in the text is covered by a regulation name or alias.
Exit status 1 if any ERROR was found.
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
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


DOCNO = re.compile(r"^.+〔(19|20)\d\d〕第?\d+号$|^.+令第\d+号$")


def check(gold_path, docs_dir):
    errors, warnings, infos = [], [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    if set(g) != KEYS:
        errors.append(f"top-level keys {sorted(g)} != {sorted(KEYS)}")
    doc = g.get("doc")
    if not isinstance(doc, str) or Path(doc).stem != gold_path.stem:
        errors.append(f"doc field {doc!r} does not match file name {gold_path.name}")
    txt_path = docs_dir / str(doc)
    if not txt_path.exists():
        return errors + [f"text file {txt_path} missing"], warnings, infos
    text = txt_path.read_text(encoding="utf-8")
    if not 1500 <= len(text) <= 5000:
        errors.append(f"text length {len(text)} outside 1500-5000")
    ntext = norm(text)

    rep = g.get("report", {})
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT_KEYS)}")
        rep = rep if isinstance(rep, dict) else {}
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"report.year {rep.get('year')!r} not an int in 2015-2025")
    if rep.get("title") is not None:
        if not isinstance(rep["title"], str) or norm(rep["title"]) not in ntext:
            errors.append(f"report.title {rep.get('title')!r} not found in text")
    else:
        warnings.append("report.title is null")
    if rep.get("date") is None:
        warnings.append("report.date is null")
    elif not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
        errors.append(f"report.date {rep['date']!r} not YYYY-MM-DD")

    org_forms = {}
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        items = g.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != need:
                errors.append(f"{kind}: bad keys in {e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{kind}: {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: relation {e['relation']!r} not allowed")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                    errors.append(f"{kind}: {name}: doc_number {dn!r} not normalised")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errors.append(f"{kind}: {name}: issuer must be str or null")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {f!r} belongs to both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
                if kind == "organizations":
                    org_forms[k] = name
            found = [f for f in forms if norm(f) in ntext]
            if not found:
                errors.append(f"{kind}: {name}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext:
                infos.append(f"{kind}: {name}: canonical name not in text (resolved); occurs as {found[0]!r}")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    infos.append(f"{kind}: {name}: alias {a!r} not in text (accepted variant)")
    if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_forms:
        errors.append(f"report.publisher {rep['publisher']!r} is not a gold organization")
    for e in g.get("regulations", []):
        iss = e.get("issuer") if isinstance(e, dict) else None
        if iss:
            for part in iss.split():
                if norm(part) not in org_forms:
                    warnings.append(f"issuer {part!r} of {e['name']!r} is not a gold organization")
    reg_forms = {norm(f) for e in g.get("regulations", []) if isinstance(e, dict)
                 for f in [e.get("name", ""), *e.get("aliases", [])]}
    flat = re.sub(r"\s+", "", text)
    for m in re.finditer(r"《([^《》]{2,120})》", flat):
        if norm(m.group(1)) not in reg_forms:
            errors.append(f"title 《{m.group(1)}》 in text is not covered by a regulation")
    return errors, warnings, infos


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    verbose = "-v" in sys.argv
    gold_files = sorted((base / "gold").glob("*.json"))
    docs = sorted((base / "docs").glob("*.txt"))
    n_err = 0
    if len(gold_files) != len(docs):
        print(f"ERROR: {len(docs)} docs but {len(gold_files)} gold files")
        n_err += 1
    for gf in gold_files:
        errors, warnings, infos = check(gf, base / "docs")
        n_err += len(errors)
        status = "OK" if not errors else f"{len(errors)} ERROR(S)"
        print(f"{gf.name}: {status}")
        for e in errors:
            print("  ERROR:", e)
        for w in warnings:
            print("  warning:", w)
        if verbose:
            for i in infos:
                print("  info:", i)
    print(f"{len(gold_files)} gold files, {n_err} errors")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
