#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file (UTF-8, or GB18030 as a fallback);
  * report: title/publisher/region/year/date present; publisher, region, year filled;
    year is an int in 2010..2026; date is YYYY-MM-DD or null; the publisher is one of the
    gold organizations (by name or alias) and the region string is non-empty;
  * every entity: keys and types valid per ANNOTATION.md; regulation relation valid;
    doc_number null or normalised `…〔YYYY〕N号`; issuer null or made of organizations of the doc;
  * every entity's name or one of its aliases occurs in the text (after removing title marks,
    quotation marks and whitespace, NFKC, brackets/dashes unified as in score.py).
    Canonical names that do not occur verbatim (resolved names) are listed as INFO as long as an
    alias occurs; an entity none of whose forms occurs is an ERROR;
  * aliases that do not occur in the text are WARNINGs (the spec allows extra accepted forms);
  * no normalised form is shared by two entities of the same kind in a document (ERROR);
  * completeness hints (WARN): every 《…》/〈…〉/「…」 title in the text is covered by a regulation,
    every 文号 in the text is the doc_number of some regulation.
Exit status 1 if there is any ERROR.
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
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KEYS = {
    "regulations": ["name", "aliases", "type", "doc_number", "issuer", "relation"],
    "organizations": ["name", "aliases", "type"],
    "measures": ["name", "aliases", "type"],
}
TYPESETS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}

# same normalisation as score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


DOCNUM_RE = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
TEXT_DOCNUM_RE = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[（(【﹝](?:19|20)\d\d[〕\]）)】﹞]\s*第?\d+\s*[号號]")

try:  # optional: compare 文号 written in Traditional characters with the simplified gold
    import opencc
    _t2s = opencc.OpenCC("t2s").convert
except Exception:  # noqa: BLE001
    _t2s = lambda s: s.replace("號", "号")  # noqa: E731
TITLE_RE = re.compile(r"《([^《》]+)》|〈([^〈〉]+)〉|「([^「」]+)」")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def check(gold_path, docs_dir):
    errors, warns, infos = [], [], []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    if list(gold.keys()) != TOP:
        errors.append(f"top-level keys {list(gold.keys())} != {TOP}")
    doc = gold.get("doc")
    if not isinstance(doc, str) or not doc.endswith(".txt"):
        errors.append(f"doc field {doc!r} is not a .txt file name")
        return errors, warns, infos
    if doc[:-4] != gold_path.stem:
        errors.append(f"doc {doc} does not match gold file name {gold_path.name}")
    txt_path = docs_dir / doc
    if not txt_path.exists():
        errors.append(f"text file {txt_path} missing")
        return errors, warns, infos
    text = read_text(txt_path)
    ntext = norm(text)
    if not 1500 <= len(text) <= 5000:
        warns.append(f"text length {len(text)} outside 1500..5000")

    # entities
    for kind in ("regulations", "organizations", "measures"):
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict):
                errors.append(f"{where} is not an object")
                continue
            if list(e.keys()) != KEYS[kind]:
                errors.append(f"{where} keys {list(e.keys())} != {KEYS[kind]}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{where} has no name")
                continue
            where = f"{kind} '{name}'"
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errors.append(f"{where}: aliases must be a list of non-empty strings")
                aliases = []
            if e.get("type") not in TYPESETS[kind]:
                errors.append(f"{where}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errors.append(f"{where}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and (not isinstance(dn, str) or not DOCNUM_RE.match(dn)):
                    errors.append(f"{where}: doc_number {dn!r} not normalised 机关代字〔年份〕序号号")
                iss = e.get("issuer")
                if iss is not None and not isinstance(iss, str):
                    errors.append(f"{where}: issuer must be a string or null")
            # occurrence
            forms = [name, *aliases]
            if norm(name) in ntext:
                pass
            elif any(norm(a) in ntext for a in aliases):
                infos.append(f"{where}: canonical name resolved (does not occur); alias occurs")
            else:
                errors.append(f"{where}: neither the name nor any alias occurs in the text")
            for a in aliases:
                if norm(a) not in ntext:
                    warns.append(f"{where}: alias '{a}' does not occur in the text")
            # duplicates within the kind
            for f in {norm(x) for x in forms}:
                if f in seen and seen[f] != i:
                    errors.append(f"{where}: form '{f}' also belongs to {kind}[{seen[f]}] '{items[seen[f]]['name']}'")
                seen.setdefault(f, i)

    orgforms = {}
    for o in gold.get("organizations", []):
        for f in [o["name"], *o.get("aliases", [])]:
            orgforms[norm(f)] = o["name"]

    # issuers
    for r in gold.get("regulations", []):
        iss = r.get("issuer")
        if isinstance(iss, str):
            for chunk in iss.replace("、", " ").replace("，", " ").split():
                if norm(chunk) not in orgforms:
                    errors.append(f"regulation '{r['name']}': issuer part '{chunk}' is not an organization of this doc")

    # report
    rep = gold.get("report")
    if not isinstance(rep, dict) or list(rep.keys()) != REPORT_KEYS:
        errors.append(f"report keys {list(rep.keys()) if isinstance(rep, dict) else rep} != {REPORT_KEYS}")
    else:
        for f in ("publisher", "region", "year"):
            if rep.get(f) in (None, ""):
                errors.append(f"report.{f} is empty")
        if not isinstance(rep.get("year"), int) or not 2010 <= rep["year"] <= 2026:
            errors.append(f"report.year {rep.get('year')!r} not an int year")
        d = rep.get("date")
        if d is not None and not re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", str(d)):
            errors.append(f"report.date {d!r} not YYYY-MM-DD")
        if d is None:
            infos.append("report.date is null")
        if rep.get("title") is None:
            infos.append("report.title is null")
        elif norm(rep["title"]) not in ntext:
            warns.append(f"report.title '{rep['title']}' does not occur in the text")
        if rep.get("publisher") and norm(rep["publisher"]) not in orgforms:
            errors.append(f"report.publisher '{rep['publisher']}' is not among the organizations")

    # completeness hints
    regforms = set()
    for r in gold.get("regulations", []):
        for f in [r["name"], *r.get("aliases", [])]:
            regforms.add(norm(f))
    for m in TITLE_RE.finditer(text):
        title = next(g for g in m.groups() if g)
        if norm(title) not in regforms:
            warns.append(f"title mark in text not covered by a regulation: {title}")
    docnums = {norm(r["doc_number"]) for r in gold.get("regulations", []) if r.get("doc_number")}
    for m in TEXT_DOCNUM_RE.finditer(text):
        dn = norm(_t2s(re.sub(r"第(\d)", r"\1", m.group(0))))
        if not any(dn.endswith(x) or x.endswith(dn) for x in docnums):
            warns.append(f"文号 in text not attached to a regulation: {m.group(0)}")
    return errors, warns, infos


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_files = sorted((base / "gold").glob("*.json"))
    if not gold_files:
        sys.exit(f"no gold files in {base / 'gold'}")
    n_err = n_warn = 0
    for gf in gold_files:
        errors, warns, infos = check(gf, base / "docs")
        n_err += len(errors)
        n_warn += len(warns)
        status = "OK" if not errors else "FAIL"
        print(f"== {gf.name}: {status} ({len(errors)} errors, {len(warns)} warnings)")
        for e in errors:
            print("  ERROR", e)
        for w in warns:
            print("  WARN ", w)
        for i in infos:
            print("  INFO ", i)
    print(f"\n{len(gold_files)} gold files, {n_err} errors, {n_warn} warnings")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
