#!/usr/bin/env python3
"""Validate every gold file in gold/ against ANNOTATION.md and its document in docs/.

Checks:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and matches the gold file name;
  * report fields: title (str or null), publisher, region (non-empty str), year (int, 2000-2030),
    date (YYYY-MM-DD or null); publisher is one of the gold organizations (by name or alias);
  * each entity has the keys and types of ANNOTATION.md, with a valid `type` / `relation`,
    doc_number normalised (机关代字〔年份〕序号号 or a 令 number) and no duplicate normalised names
    across entities of the same kind;
  * every entity's name or one of its aliases occurs in the text after removing 《》〈〉<> and
    whitespace from both (so PDF line breaks inside titles and 文号 are tolerated);
    a looser match (NFKC, quotes removed, brackets unified) is reported as a note;
    entities whose canonical name does not occur but an alias does are listed as notes
    (resolved names); entities with no occurring form at all are errors;
  * doc_number occurs in the text (same whitespace-insensitive comparison, brackets unified).
Exit status 1 if there is any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^(\S+〔(19|20)\d\d〕\d+号|\S*令(\d{4}年)?第\d+号)$")
WS = re.compile(r"\s+")
_DROP = set("《》〈〉<>“”\"'‘’「」『』·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strict(s):
    return WS.sub("", s).replace("《", "").replace("》", "").replace("〈", "").replace("〉", "")


def loose(s):
    s = unicodedata.normalize("NFKC", WS.sub("", s))
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP)


def check(path, errors, notes):
    def err(msg):
        errors.append(f"{path.name}: {msg}")

    def note(msg):
        notes.append(f"{path.name}: {msg}")

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"does not load: {exc}")
        return
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(gold) != keys:
        err(f"top-level keys {sorted(gold)} != {sorted(keys)}")
        return
    if gold["doc"] != path.stem + ".txt":
        err(f"doc {gold['doc']!r} does not match file name")
    txt_path = HERE / "docs" / gold["doc"]
    if not txt_path.exists():
        err(f"missing document {txt_path}")
        return
    text = txt_path.read_text(encoding="utf-8")
    if not 1500 <= len(text) <= 5000:
        note(f"length {len(text)} characters outside 1500-5000")
    s_text, l_text = strict(text), loose(text)

    def occurs(form):
        if strict(form) and strict(form) in s_text:
            return "strict"
        if loose(form) and loose(form) in l_text:
            return "loose"
        return None

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report has wrong keys: {rep!r}")
    else:
        if rep["title"] is not None and not isinstance(rep["title"], str):
            err("report.title not str/null")
        if rep["title"] and not occurs(rep["title"]):
            err(f"report.title not in text: {rep['title']}")
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                err(f"report.{f} empty")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            err(f"report.year invalid: {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
            err(f"report.date invalid: {rep['date']!r}")
        orgs = {loose(n) for o in gold["organizations"] for n in [o["name"], *o["aliases"]]}
        if isinstance(rep["publisher"], str) and loose(rep["publisher"]) not in orgs:
            err(f"publisher {rep['publisher']} is not among the organizations")

    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEA_TYPES),
    }
    for kind, (fields, types) in spec.items():
        if not isinstance(gold[kind], list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(gold[kind]):
            where = f"{kind}[{i}] {e.get('name')!r}"
            if not isinstance(e, dict) or set(e) != fields:
                err(f"{where}: keys {sorted(e) if isinstance(e, dict) else e!r} != {sorted(fields)}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                err(f"{where}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{where}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{where}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{where}: bad relation {e['relation']!r}")
                num = e["doc_number"]
                if num is not None:
                    if not isinstance(num, str) or not DOCNUM.match(num):
                        err(f"{where}: doc_number not normalised: {num!r}")
                    elif not occurs(num):
                        note(f"{where}: doc_number {num} does not occur verbatim (repaired?)")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{where}: issuer not str/null")
            for form in [e["name"], *e["aliases"]]:
                k = loose(form)
                if k in seen and seen[k] != i:
                    err(f"{where}: form {form!r} also belongs to {gold[kind][seen[k]]['name']!r}")
                seen.setdefault(k, i)
            how = {form: occurs(form) for form in [e["name"], *e["aliases"]]}
            if not any(how.values()):
                err(f"{where}: neither name nor any alias occurs in the text")
                continue
            if not how[e["name"]]:
                note(f"{where}: resolved name (alias occurs: {[a for a, h in how.items() if h][0]!r})")
            if "strict" not in how.values():
                note(f"{where}: no form occurs verbatim; matches only after NFKC/quote/bracket normalisation")
            for form, h in how.items():
                if h is None and form != e["name"]:
                    note(f"{where}: alias {form!r} does not occur (accepted form)")
        # every title in 《》 must be covered by a regulation form (after repairing line breaks)
        if kind == "regulations":
            forms = {loose(n) for r in gold[kind] if isinstance(r, dict)
                     for n in [r.get("name", ""), *r.get("aliases", [])]}
            for m in re.finditer(r"《([^《》]{2,120})》", WS.sub("", text)):
                for title in [m.group(1), *re.findall(r"〈([^〈〉]+)〉", m.group(1))]:
                    if loose(title) not in forms:
                        err(f"title 《{title}》 in the text is not annotated as a regulation")
        # issuers must be resolvable to organizations of the doc
        if kind == "regulations":
            orgs = {loose(n) for o in gold["organizations"] for n in [o["name"], *o["aliases"]]}
            for e in gold[kind]:
                if isinstance(e, dict) and e.get("issuer"):
                    for part in e["issuer"].split():
                        if loose(part) not in orgs:
                            err(f"issuer part {part!r} of {e['name']!r} is not a gold organization")


def main():
    errors, notes = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    if len(files) != len(docs):
        errors.append(f"{len(files)} gold files but {len(docs)} documents")
    for path in files:
        check(path, errors, notes)
    verbose = "-v" in sys.argv
    if verbose:
        for n in notes:
            print("note:", n)
    else:
        print(f"{len(notes)} notes (run with -v to list)")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files checked, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
