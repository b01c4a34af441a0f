#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR] [-v]   (-v also lists aliases that are accepted variants)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and equals the gold file's stem + .txt;
  * report fields: title (str or null), publisher/region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD or null); the publisher is one of the gold organizations;
  * every entity has the required keys with valid types (type / relation vocabularies of
    ANNOTATION.md), aliases is a list of strings, no duplicate canonical names, no alias shared
    by two entities of the same kind (that would make the scorer's matching ambiguous);
  * doc_number is null or normalised `代字〔YYYY〕N号`; issuer is null or a space-separated list of
    names each of which is a gold organization (name or alias) in the same file;
  * every entity's name or one of its aliases occurs in the text after the scorer's
    normalisation (NFKC, quotes/title marks/whitespace removed, brackets/dashes unified).
    Names that do not occur literally but have an occurring alias are listed as
    "resolved" (information only); entities with no occurring form are ERRORS.
Exit status 1 if any error was found.
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
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}

# the scorer's normalisation (score.py, ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+[号號]$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace"), "utf-8?"


def check(gold_path, docs_dir):
    errors, info = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], info
    if set(g) != TOP_KEYS:
        errors.append(f"top-level keys {sorted(g)}")
    doc = g.get("doc")
    if doc != gold_path.stem + ".txt":
        errors.append(f"doc {doc!r} != {gold_path.stem}.txt")
    txt_path = docs_dir / str(doc)
    if not txt_path.exists():
        return errors + [f"missing text {txt_path}"], info
    text, enc = read_text(txt_path)
    if enc != "utf-8":
        info.append(f"text encoding {enc}")
    ntext = norm(text)
    info.append(f"{len(text)} characters")

    rep = g.get("report") or {}
    if set(rep) != REPORT_KEYS:
        errors.append(f"report keys {sorted(rep)}")
    if rep.get("title") is not None and not isinstance(rep.get("title"), str):
        errors.append("report.title not str/null")
    if rep.get("title") is None:
        info.append("report.title is null (text has no title)")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not DATE.match(str(rep["date"])):
        errors.append(f"report.date {rep.get('date')!r}")
    if rep.get("date") is None:
        info.append("report.date is null")

    org_forms = set()
    for o in g.get("organizations", []):
        org_forms.add(norm(o.get("name", "")))
        org_forms.update(norm(a) for a in o.get("aliases", []))
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']!r} is not a gold organization")

    vocab = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
    for kind, types in vocab.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} not a list")
            continue
        seen_names, seen_forms = set(), {}
        for e in items:
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != need:
                errors.append(f"{kind}: {e.get('name')!r} keys {sorted(e)}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if name in seen_names:
                errors.append(f"{kind}: duplicate name {name!r}")
            seen_names.add(name)
            aliases = e.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                errors.append(f"{kind}: {name!r} aliases not a list of strings")
                aliases = []
            for form in {norm(f) for f in [name, *aliases]}:
                if form in seen_forms and seen_forms[form] != name:
                    errors.append(f"{kind}: form {form!r} shared by {seen_forms[form]!r} and {name!r}")
                seen_forms[form] = name
            if e.get("type") not in types:
                errors.append(f"{kind}: {name!r} bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errors.append(f"{name!r} bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and not DOCNUM.match(dn):
                    errors.append(f"{name!r} doc_number not normalised: {dn!r}")
                if dn is not None and norm(dn) not in ntext:
                    info.append(f"doc_number {dn!r} of {name!r} repaired/normalised (not literal in text)")
                iss = e.get("issuer")
                if iss is not None:
                    for part in str(iss).split():
                        if norm(part) not in org_forms:
                            errors.append(f"{name!r} issuer part {part!r} is not a gold organization")
            occurring = [f for f in [name, *aliases] if norm(f) and norm(f) in ntext]
            if not occurring:
                errors.append(f"{kind}: {name!r}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext:
                info.append(f"resolved {kind[:-1]}: {name!r} (text has {occurring[0]!r})")
            for a in aliases:
                if norm(a) not in ntext:
                    info.append(f"{kind[:-1]} alias not in text (accepted variant): {name!r} <- {a!r}")
    return errors, info


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    golds = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    n_err = 0
    if len(golds) != len(docs):
        print(f"ERROR: {len(docs)} docs but {len(golds)} gold files")
        n_err += 1
    verbose = "-v" in sys.argv
    for gp in golds:
        errors, info = check(gp, root / "docs")
        status = "OK " if not errors else "ERR"
        print(f"{status} {gp.name}: " + "; ".join(i for i in info if "characters" in i or "encoding" in i))
        for e in errors:
            print(f"    ERROR {e}")
        for i in info:
            if "characters" in i:
                continue
            if verbose or i.startswith(("resolved", "report.", "doc_number")):
                print(f"    info  {i}")
        n_err += len(errors)
    print(f"{len(golds)} gold files, {n_err} errors")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
