#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--strict]

Checks, for every gold/*.json:
  * JSON loads; top-level keys, report keys and entity keys are exactly the seed format;
  * types / relations are in the ANNOTATION.md vocabularies, doc_number is normalised
    (机关代字〔年份〕序号号), year is an int, date is YYYY-MM-DD or null;
  * report fields publisher / region / year are filled, publisher is a gold organization;
  * every alias occurs in the document text, and for every entity the name or at least one
    alias occurs (comparison after NFKC, removing whitespace, title/quotation marks and
    unifying brackets/dashes, as score.py does). Canonical names that do not occur (resolved
    jurisdiction) are listed as INFO;
  * no normalised name/alias is claimed by two entities of the same kind;
  * exhaustiveness hints: every 《…》/〈…〉 title in the text is covered by a regulation, every
    〔year〕-style 文号 in the text is some regulation's doc_number (WARN otherwise);
  * the document is 1,500–5,000 characters.
Exit status 1 if any ERROR is found (or any WARN with --strict).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS, GOLD = ROOT / "docs", ROOT / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_KEYS = {"name", "aliases", "type", "doc_number", "issuer", "relation"}
ENT_KEYS = {"name", "aliases", "type"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """Same normalisation as score.py (plus all whitespace removed)."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "no known encoding")


# Known, reviewed exceptions to the exhaustiveness hints: (gold file, normalised text) -> reason.
ALLOWED_WARNINGS = {
    ("005_caoxian_nync.json", "曹农字(2019)58号"): "the report's own 发文字号 in its letterhead, not a citation",
}

DOCNUM = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TITLE = re.compile(r"[《〈<「]([^《》〈〉<>「」\n]{2,80})[》〉>」]")
NUM_IN_TEXT = re.compile(r"[\u4e00-\u9fff]{1,8}\s*[〔\[\(（【﹝]\s*(20\d\d|19\d\d)\s*[〕\]\)）】﹞]\s*\d+\s*号")


def check(gold_path, problems):
    def err(msg):
        problems.append(("ERROR", gold_path.name, msg))

    def warn(msg):
        problems.append(("WARN", gold_path.name, msg))

    def info(msg):
        problems.append(("INFO", gold_path.name, msg))

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(gold) != TOP_KEYS:
        err(f"top-level keys {sorted(gold)}")
        return
    doc_path = DOCS / gold["doc"]
    if gold["doc"] != gold_path.stem + ".txt":
        err(f"doc {gold['doc']!r} does not match gold file name")
    if not doc_path.exists():
        err(f"document {doc_path} missing")
        return
    text, enc = read_doc(doc_path)
    if enc != "utf-8":
        info(f"document encoded as {enc}")
    if not 1500 <= len(text) <= 5000:
        err(f"document length {len(text)} outside 1500-5000")
    ntext = norm(text)

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for f in ("publisher", "region", "year"):
            if rep[f] in (None, ""):
                err(f"report.{f} empty")
        if not isinstance(rep["year"], int) or not 2010 <= rep["year"] <= 2026:
            err(f"report.year {rep['year']!r} not a plausible int")
        if rep["date"] is not None and not DATE.match(str(rep["date"])):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["title"] is not None and norm(rep["title"]) not in ntext:
            err(f"report.title not in text: {rep['title']}")
        if rep["title"] is None:
            info("report.title is null")
        if rep["date"] is None:
            info("report.date is null")
        orgnames = {norm(o["name"]) for o in gold.get("organizations", []) if isinstance(o, dict)}
        if rep["publisher"] and norm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']} is not a gold organization name")

    org_forms = set()
    for o in gold.get("organizations", []):
        if isinstance(o, dict):
            org_forms |= {norm(x) for x in [o.get("name", ""), *o.get("aliases", [])]}

    kinds = (("regulations", REG_KEYS, REG_TYPES), ("organizations", ENT_KEYS, ORG_TYPES),
             ("measures", ENT_KEYS, MEAS_TYPES))
    for kind, keys, types in kinds:
        items = gold[kind]
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != keys:
                err(f"{kind}: bad keys {sorted(e) if isinstance(e, dict) else e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}: {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{name}: relation {e['relation']!r} not allowed")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    err(f"{name}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None:
                    parts = [p for p in re.split(r"[\s、，]+", e["issuer"]) if p]
                    missing = [p for p in parts if norm(p) not in org_forms]
                    if missing and norm(e["issuer"]) not in org_forms:
                        warn(f"{name}: issuer part(s) {missing} not among gold organizations")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    err(f"{kind}: form {f!r} claimed by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            if len({norm(f) for f in forms}) < len(forms):
                info(f"{kind}: {name}: alias identical to another form after normalisation")
            bad_alias = [a for a in e["aliases"] if norm(a) not in ntext]
            if bad_alias:
                err(f"{kind}: {name}: alias(es) not in text: {bad_alias}")
            if norm(name) not in ntext:
                if any(norm(a) in ntext for a in e["aliases"]):
                    info(f"{kind}: canonical not in text (resolved), alias occurs: {name}")
                else:
                    err(f"{kind}: neither name nor any alias in text: {name}")

    # exhaustiveness hints
    reg_forms = set()
    docnums = set()
    for r in gold["regulations"]:
        if isinstance(r, dict):
            reg_forms |= {norm(x) for x in [r["name"], *r["aliases"]]}
            if r.get("doc_number"):
                docnums.add(norm(r["doc_number"]))
    flat = re.sub(r"\s+", "", text)
    for m in TITLE.finditer(flat):
        t = norm(m.group(1))
        if t and t not in reg_forms and not any(t in f or (len(f) > 6 and f in t) for f in reg_forms):
            warn(f"title in text not covered by a regulation: {m.group(0)}")
    for m in NUM_IN_TEXT.finditer(flat):
        n = norm(m.group(0))
        if any(gold_path.name == g and n.endswith(t) for g, t in ALLOWED_WARNINGS):
            info(f"allowed: {m.group(0)} ({ALLOWED_WARNINGS[(gold_path.name, next(t for g, t in ALLOWED_WARNINGS if g == gold_path.name and n.endswith(t)))]})")
            continue
        if not any(n.endswith(d) or d.endswith(n) or d in n for d in docnums):
            warn(f"document number in text not a gold doc_number: {m.group(0)}")


def main():
    strict = "--strict" in sys.argv
    problems = []
    files = sorted(GOLD.glob("*.json"))
    docs = sorted(p.name for p in DOCS.glob("*.txt"))
    for d in docs:
        if not (GOLD / (d[:-4] + ".json")).exists():
            problems.append(("ERROR", d, "document has no gold file"))
    for gf in files:
        check(gf, problems)
    verbose = "-v" in sys.argv
    for level, where, msg in problems:
        if level != "INFO" or verbose:
            print(f"{level}\t{where}\t{msg}")
    n_err = sum(1 for p in problems if p[0] == "ERROR")
    n_warn = sum(1 for p in problems if p[0] == "WARN")
    n_info = sum(1 for p in problems if p[0] == "INFO")
    print(f"{len(files)} gold files, {len(docs)} documents: {n_err} errors, {n_warn} warnings, {n_info} info (-v to list)")
    sys.exit(1 if n_err or (strict and n_warn) else 0)


if __name__ == "__main__":
    main()
