#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-q] [DEVSET_DIR]   (default: the directory of this script; -q: hide INFO lines)

Checks, for every gold/NNN_x.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ (read as UTF-8, falling back to GB18030);
  * report: title str|null, publisher/region non-empty str, year int, date YYYY-MM-DD|null;
    the publisher is one of the gold organizations (name or alias);
  * every entity has the fields of its kind with valid values (type and relation enums,
    doc_number normalised to 代字〔年份〕序号号, issuer null or resolvable to gold organizations);
  * the name or at least one alias occurs in the text (comparison after the scorer's
    normalisation: NFKC, whitespace, quotes and title marks removed, brackets unified).
    Canonical names that do not occur verbatim (resolved jurisdiction, official full
    title) are listed as INFO; aliases that do not occur are listed as NOTE (allowed:
    ANNOTATION.md lets gold list other accepted forms of a name, e.g. 中共X县委常务委员会
    beside 中共X县委员会常务委员会) so that typos in aliases can still be spotted;
  * no normalised name/alias is shared by two entities of the same kind (the scorer would
    silently give it to the first);
  * the document has 1,500-5,000 characters.
Exit status 1 if there is any ERROR.
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
DOCNUM = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9（）()·]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def check(gold_path, docs_dir, out):
    errors = 0

    def err(msg):
        nonlocal errors
        errors += 1
        out.append(f"ERROR {gold_path.name}: {msg}")

    def info(msg):
        out.append(f"INFO  {gold_path.name}: {msg}")

    def note(msg):
        out.append(f"NOTE  {gold_path.name}: {msg}")

    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"does not load: {exc}")
        return errors
    if set(g) != KEYS:
        err(f"top-level keys {sorted(g)} != {sorted(KEYS)}")
    doc = g.get("doc")
    if doc != gold_path.stem + ".txt":
        err(f"doc {doc!r} does not match the file name")
    doc_path = docs_dir / str(doc)
    if not doc_path.exists():
        err(f"document {doc_path} missing")
        return errors
    text, enc = read_doc(doc_path)
    if enc != "utf-8":
        info(f"document read as {enc}")
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f"document has {n} characters (want 1,500-5,000)")
    ntext = norm(text)

    rep = g.get("report") or {}
    if set(rep) != REPORT_KEYS:
        err(f"report keys {sorted(rep)}")
    if rep.get("title") is not None and not (isinstance(rep["title"], str) and rep["title"].strip()):
        err("report.title must be a non-empty string or null")
    if rep.get("title") and norm(rep["title"]) not in ntext:
        err(f"report.title {rep['title']!r} not in text")
    for f in ("publisher", "region"):
        if not (isinstance(rep.get(f), str) and rep[f].strip()):
            err(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
        err(f"report.year {rep.get('year')!r} not a plausible int")
    if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
        err(f"report.date {rep.get('date')!r} not YYYY-MM-DD")
    if rep.get("title") is None:
        info("report.title is null")
    if rep.get("date") is None:
        info("report.date is null")

    org_forms = {}
    for o in g.get("organizations", []):
        for a in [o.get("name"), *o.get("aliases", [])]:
            if isinstance(a, str):
                org_forms.setdefault(norm(a), o.get("name"))
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        err(f"publisher {rep['publisher']!r} is not a gold organization")

    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != want:
                err(f"{kind}: bad entity fields {e!r}")
                continue
            name = e["name"]
            if not (isinstance(name, str) and name.strip()):
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{kind}/{name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}/{name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{kind}/{name}: relation {e['relation']!r} not allowed")
                dn = e["doc_number"]
                if dn is not None:
                    if not (isinstance(dn, str) and DOCNUM.match(dn)):
                        err(f"{kind}/{name}: doc_number {dn!r} not normalised")
                    else:
                        prefix = dn.split("〔")[0]
                        year = dn.split("〔")[1][:4]
                        if norm(prefix) not in ntext or year not in text:
                            err(f"{kind}/{name}: doc_number {dn!r} prefix/year not found in text")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        err(f"{kind}/{name}: issuer must be str or null")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                err(f"{kind}/{name}: issuer part {part!r} is not a gold organization")
            forms = [name, *e["aliases"]]
            nforms = [norm(a) for a in forms]
            if len(set(nforms)) != len(nforms):
                info(f"{kind}/{name}: aliases repeat a form after normalisation")
            for a, na in zip(forms, nforms):
                if na in seen and seen[na] != name:
                    err(f"{kind}: form {a!r} shared by {seen[na]!r} and {name!r}")
                seen.setdefault(na, name)
            found = [a for a, na in zip(forms, nforms) if na in ntext]
            if not found:
                err(f"{kind}/{name}: neither the name nor any alias occurs in the text")
            for a, na in zip(forms[1:], nforms[1:]):
                if na not in ntext:
                    note(f"{kind}/{name}: alias {a!r} does not occur in the text (accepted form only)")
            if nforms[0] not in ntext and found:
                info(f"{kind}: canonical {name!r} not verbatim in text (resolved; alias {found[0]!r} occurs)")
    return errors


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    base = Path(args[0]) if args else Path(__file__).resolve().parent
    gold_files = sorted((base / "gold").glob("*.json"))
    if not gold_files:
        sys.exit(f"no gold files in {base / 'gold'}")
    docs = sorted(p.name for p in (base / "docs").glob("*.txt"))
    out, total = [], 0
    for gf in gold_files:
        total += check(gf, base / "docs", out)
    golds = {gf.stem + ".txt" for gf in gold_files}
    for d in docs:
        if d not in golds:
            out.append(f"ERROR {d}: document without gold file")
            total += 1
    verbose = "-q" not in sys.argv
    for line in out:
        if verbose or not line.startswith("INFO"):
            print(line)
    print(f"{len(gold_files)} gold files, {len(docs)} documents, {total} errors")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
