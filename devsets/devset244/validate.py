#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, for every gold/<stem>.json:
  * JSON loads; top-level keys exactly doc, report, regulations, organizations, measures;
    `doc` is the txt file name and docs/<doc> exists;
  * report: title (str or null), publisher/region (non-empty str), year (int 2010-2026),
    date (YYYY-MM-DD or null); publisher is the name of one of the gold organizations;
  * every entity has exactly the fields of its kind, the right value types, a type from the
    list in ANNOTATION.md; regulations: relation in issues/implements/studies/mentions,
    doc_number null or normalised `机关代字〔YYYY〕N号`, issuer null or non-empty str;
  * no two entities of one kind share a normalised name/alias (that would make matching ambiguous);
  * the name or at least one alias of every entity occurs in the text (after removing
    whitespace, PDF page footers, title marks and quotes, NFKC and bracket unification).
    Canonical names that do not occur themselves (resolved names) are listed as INFO;
    an entity none of whose forms occurs is an ERROR.
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
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^[^〔〕\[\]()（）【】\s]+〔(19|20)\d{2}〕\d+号$")
DATE = re.compile(r"^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
# PDF page footers such as "— 2 —", "- 13 -", "第 3 页" on a line of their own
PAGE_FOOTER = re.compile(r"^[ \t\u3000]*(?:[—\-－–]+[ \t\u3000]*\d+[ \t\u3000]*[—\-－–]+|第[ \t\u3000]*\d+[ \t\u3000]*页(?:[ \t\u3000]*共[ \t\u3000]*\d+[ \t\u3000]*页)?)[ \t\u3000]*$",
                         re.M)


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def check(path, docs_dir):
    errors, infos = [], []
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], infos
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        errors.append(f"top-level keys {sorted(g)} != {sorted(keys)}")
        return errors, infos
    if g["doc"] != path.stem + ".txt":
        errors.append(f"doc {g['doc']!r} does not match file name {path.stem}.txt")
    txt_path = docs_dir / g["doc"]
    if not txt_path.exists():
        errors.append(f"text file {txt_path} missing")
        return errors, infos
    text, enc = read_text(txt_path)
    if enc != "utf-8":
        infos.append(f"text decoded as {enc}")
    n = len(text)
    if not 1500 <= n <= 5200:
        errors.append(f"text length {n} outside 1500-5000")
    flat = norm(PAGE_FOOTER.sub("", text))

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys wrong: {rep!r}")
    else:
        if rep["title"] is not None and (not isinstance(rep["title"], str) or not rep["title"].strip()):
            errors.append("report.title must be a non-empty string or null")
        if rep["title"] is None:
            infos.append("report.title is null")
        elif norm(rep["title"]) not in flat:
            infos.append(f"report.title not verbatim in text: {rep['title']}")
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                errors.append(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2010 <= rep["year"] <= 2026:
            errors.append(f"report.year invalid: {rep['year']!r}")
        if rep["date"] is None:
            infos.append("report.date is null")
        elif not isinstance(rep["date"], str) or not DATE.match(rep["date"]):
            errors.append(f"report.date invalid: {rep['date']!r}")
        org_names = {o.get("name") for o in g["organizations"] if isinstance(o, dict)}
        if rep.get("publisher") not in org_names:
            errors.append(f"publisher {rep.get('publisher')!r} is not a gold organization name")

    for kind in ("regulations", "organizations", "measures"):
        items = g[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != FIELDS[kind]:
                errors.append(f"{kind}: wrong fields {sorted(e) if isinstance(e, dict) else e!r}")
                continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in TYPES[kind]:
                errors.append(f"{kind}: {name}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"regulations: {name}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                    errors.append(f"regulations: {name}: doc_number not normalised: {dn!r}")
                if dn is not None and norm(dn) not in flat:
                    infos.append(f"regulations: {name}: doc_number {dn} not verbatim (repaired)")
                iss = e["issuer"]
                if iss is not None and (not isinstance(iss, str) or not iss.strip()):
                    errors.append(f"regulations: {name}: issuer must be null or non-empty")
            forms = [name, *aliases]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            if len(set(map(norm, forms))) != len(forms):
                infos.append(f"{kind}: {name}: some aliases equal after normalisation")
            found = [f for f in forms if norm(f) in flat]
            if not found:
                errors.append(f"{kind}: NOT IN TEXT: {name} {aliases}")
            elif norm(name) not in flat:
                infos.append(f"{kind}: canonical not in text (resolved), alias found: {name} <- {found[0]}")
    return errors, infos


def main():
    base = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
    gold_dir, docs_dir = base / "gold", base / "docs"
    files = sorted(gold_dir.glob("*.json"))
    txts = sorted(p.stem for p in docs_dir.glob("*.txt"))
    bad = 0
    if sorted(p.stem for p in files) != txts:
        print("ERROR: docs/*.txt and gold/*.json do not correspond")
        bad += 1
    verbose = "-v" in sys.argv
    for p in files:
        errors, infos = check(p, docs_dir)
        status = "OK " if not errors else "ERR"
        print(f"{status} {p.name}: {len(errors)} errors, {len(infos)} notes")
        for e in errors:
            print("   ERROR", e)
        if verbose:
            for i in infos:
                print("   info ", i)
        bad += len(errors)
    print(f"{len(files)} gold files, {bad} errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
