#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [-v]

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and matches the gold file name;
  * report: title (str|null), publisher (str), region (str), year (int), date (YYYY-MM-DD|null);
    publisher, region, year must be filled; the publisher must be one of the gold organizations
    (by name or alias);
  * every entity has the fields of its kind with valid values (type / relation vocabularies,
    doc_number normalised to 代字〔年份〕序号号, issuer str|null, aliases a list of str);
  * no two entities of one kind share a name or alias (after the scorer's normalisation),
    and no alias repeats its own canonical name;
  * every entity is attested: its name or one of its aliases occurs in the text after removing
    《》〈〉 and whitespace (the text is decoded as UTF-8, else GB18030). Entities attested only
    through an alias are listed (with -v) as "resolved" — fine when the canonical name is a
    resolved full name or a normalised title;
  * completeness of regulations: every 《…》 / 〈…〉 title in the text is covered by some
    regulation's name or alias.
Exit status 1 if any error is found.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^[\u4e00-\u9fff]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# the scorer's normalisation (score.py, ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squeeze(text):
    """Remove title marks and whitespace only (the attestation test)."""
    return re.sub(r"[《》〈〉\s]", "", text)


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def titles_in(text):
    """All 《…》 titles (outer, with inner 〈〉/<> kept) and all inner 〈…〉 titles."""
    flat = re.sub(r"\s", "", text)
    out = []
    for m in re.finditer(r"《([^《》]+)》", flat):
        out.append(m.group(1))
        out.extend(re.findall(r"[〈<]([^〈〉<>]+)[〉>]", m.group(1)))
    return out


def check(gold_path, verbose):
    errors, notes = [], []
    err = errors.append
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], []
    if set(gold) != KEYS:
        err(f"top-level keys {sorted(gold)} != {sorted(KEYS)}")
        return errors, notes
    doc = gold["doc"]
    if not isinstance(doc, str) or Path(doc).stem != gold_path.stem:
        err(f"doc {doc!r} does not match gold file name {gold_path.name}")
    txt_path = ROOT / "docs" / str(doc)
    if not txt_path.exists():
        return errors + [f"text {txt_path} missing"], notes
    text, enc = read_text(txt_path)
    if enc != "utf-8":
        notes.append(f"text decoded as {enc}")
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f"text length {n} outside 1500..5000")
    flat = squeeze(text)

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys wrong: {rep!r}")
    else:
        if rep["title"] is not None and not isinstance(rep["title"], str):
            err("report.title must be str or null")
        if rep["title"] and squeeze(rep["title"]) not in flat:
            err(f"report.title {rep['title']!r} not in text")
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                err(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2010 <= rep["year"] <= 2026:
            err(f"report.year invalid: {rep['year']!r}")
        if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            err(f"report.date invalid: {rep['date']!r}")
        if rep["date"] is None:
            notes.append("report.date is null")
        if rep["title"] is None:
            notes.append("report.title is null")
        orgnames = {norm(a) for o in gold["organizations"] if isinstance(o, dict)
                    for a in [o.get("name", ""), *o.get("aliases", [])]}
        if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']!r} is not among the organizations")

    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEAS_TYPES),
    }
    for kind, (fields, types) in spec.items():
        items = gold[kind]
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict) or set(e) != fields:
                err(f"{where}: fields {sorted(e) if isinstance(e, dict) else e!r} != {sorted(fields)}")
                continue
            name, aliases = e["name"], e["aliases"]
            where = f"{kind}[{i}] {name!r}"
            if not isinstance(name, str) or not name.strip():
                err(f"{where}: empty name")
                continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                err(f"{where}: aliases must be a list of non-empty str")
                continue
            if e["type"] not in types:
                err(f"{where}: type {e['type']!r} not in {sorted(types)}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{where}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                    err(f"{where}: doc_number {dn!r} not normalised")
                if dn is not None and re.sub(r"[〔〕]", "", dn) not in re.sub(r"[\[\]〔〕()（）【】\s]", "", text):
                    err(f"{where}: doc_number {dn!r} not found in text (ignoring brackets)")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{where}: issuer must be str or null")
            for a in aliases:
                if norm(a) == norm(name):
                    notes.append(f"{where}: alias {a!r} equals the name after normalisation")
            for form in {norm(x) for x in [name, *aliases]}:
                if form in seen and seen[form] != i:
                    err(f"{where}: form {form!r} also used by {kind}[{seen[form]}]")
                seen[form] = i
            if squeeze(name) in flat:
                continue
            hits = [a for a in aliases if squeeze(a) in flat]
            if hits:
                notes.append(f"resolved {kind}: {name!r} via {hits[0]!r}")
            else:
                err(f"{where}: neither name nor any alias occurs in the text")

    # completeness of regulations: every title in the text is some regulation's name/alias
    forms = {norm(x) for r in gold["regulations"] if isinstance(r, dict)
             for x in [r.get("name", ""), *r.get("aliases", [])]}
    for t in titles_in(text):
        if norm(t) not in forms:
            err(f"title 《{t}》 in text is not covered by any regulation")
    # issuers should be known organizations
    orgforms = {norm(a) for o in gold["organizations"] for a in [o["name"], *o["aliases"]]}
    for r in gold["regulations"]:
        if isinstance(r, dict) and r.get("issuer"):
            for part in r["issuer"].split():
                if norm(part) not in orgforms:
                    err(f"regulation {r['name']!r}: issuer part {part!r} is not among the organizations")
    return errors, notes


def main():
    verbose = "-v" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    total = 0
    if {p.stem for p in files} != {p.stem for p in docs}:
        print("MISMATCH between docs/ and gold/:", {p.stem for p in files} ^ {p.stem for p in docs})
        total += 1
    for gf in files:
        errors, notes = check(gf, verbose)
        total += len(errors)
        status = "OK " if not errors else "ERR"
        print(f"{status} {gf.name}: {len(errors)} error(s)")
        for e in errors:
            print("    ERROR", e)
        if verbose:
            for nt in notes:
                print("    note ", nt)
    print(f"{len(files)} gold files, {total} error(s)")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
