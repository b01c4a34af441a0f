#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--strict]

For every gold/*.json it checks:
  * the JSON loads, has exactly the keys doc/report/regulations/organizations/measures,
    and `doc` names an existing docs/<name>.txt that matches the gold file name;
  * report: title (str|null), publisher/region (non-empty str), year (int), date
    (YYYY-MM-DD|null); publisher is one of the gold organizations (name or alias);
  * every entity has the fields of its kind with valid values (type, relation enums;
    doc_number normalised to 代字〔年份〕序号号 or null; issuer str|null; aliases list of str);
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * every entity's name or one of its aliases occurs in the text after removing 《》〈〉<>
    and whitespace (ERROR if none does); canonical names that do not occur, and aliases that do not occur
    (other accepted forms, ANNOTATION.md section 2), are listed as INFO;
  * a doc_number occurs in the text once brackets are unified (WARN otherwise).
Exit status 1 if any ERROR (or any WARN with --strict).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
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
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# same normalisation as score.py (used for collision checks)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def loose(text):
    """Occurrence form: drop title marks and whitespace only (as the brief asks)."""
    return "".join(c for c in str(text) if c not in "《》〈〉<>" and not c.isspace())


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def occurs(form, text_loose, text_norm):
    f = loose(form)
    if f and f in text_loose:
        return True
    n = norm(form)          # also accept quote/bracket/dash variants (scorer normalisation)
    return bool(n) and n in text_norm


def check(gf, msgs):
    def err(m): msgs.append(("ERROR", gf.name, m))
    def warn(m): msgs.append(("WARN", gf.name, m))
    def info(m): msgs.append(("INFO", gf.name, m))
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(g) != KEYS:
        err(f"keys {sorted(g)} != {sorted(KEYS)}")
    doc = g.get("doc")
    if not isinstance(doc, str) or not doc.endswith(".txt") or doc[:-4] != gf.stem:
        err(f"doc {doc!r} does not match gold file name")
        return
    tp = DOCS / doc
    if not tp.exists():
        err(f"text {tp} missing")
        return
    text = read_text(tp)
    tl, tn = loose(text), norm(text)
    n_chars = len(text)
    if not 1500 <= n_chars <= 5000:
        warn(f"text length {n_chars} outside 1500-5000")

    rep = g.get("report")
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        rep = rep if isinstance(rep, dict) else {}
    if rep.get("title") is not None and not isinstance(rep.get("title"), str):
        err("report.title must be str or null")
    if rep.get("title") is None:
        warn("report.title is null")
    elif not occurs(rep["title"], tl, tn):
        warn(f"report.title not in text: {rep['title']}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            err(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
        err(f"report.year invalid: {rep.get('year')!r}")
    if rep.get("date") is None:
        warn("report.date is null")
    elif not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
        err(f"report.date invalid: {rep.get('date')!r}")

    orgforms = {}
    for kind in ("regulations", "organizations", "measures"):
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict):
                err(f"{where} not an object")
                continue
            if set(e) != FIELDS[kind]:
                err(f"{where} fields {sorted(e)} != {sorted(FIELDS[kind])}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                err(f"{where} empty name")
                continue
            where = f"{kind} '{name}'"
            aliases = e.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                err(f"{where} aliases must be a list of non-empty str")
                aliases = []
            if e.get("type") not in TYPES[kind]:
                err(f"{where} bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    err(f"{where} bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None:
                    if not (isinstance(dn, str) and DOCNUM.match(dn)):
                        err(f"{where} doc_number not normalised: {dn!r}")
                    elif norm(dn) not in tn:
                        warn(f"{where} doc_number {dn} not in text")
                iss = e.get("issuer")
                if iss is not None and not (isinstance(iss, str) and iss):
                    err(f"{where} issuer must be str or null")
            # collisions (the scorer indexes names and aliases together)
            for form in [name, *aliases]:
                k = norm(form)
                if k in seen and seen[k] != name:
                    err(f"{kind}: form '{form}' used by both '{seen[k]}' and '{name}'")
                seen.setdefault(k, name)
                if kind == "organizations":
                    orgforms[k] = name
            # occurrence
            hits = [f for f in [name, *aliases] if occurs(f, tl, tn)]
            if not hits:
                err(f"{where}: neither name nor any alias occurs in the text")
            else:
                if not occurs(name, tl, tn):
                    info(f"{where}: canonical name resolved (not in text); alias found: {hits[0]}")
                for a in aliases:
                    if not occurs(a, tl, tn):
                        info(f"{where}: alias '{a}' not in text (other accepted form)")
    pub = rep.get("publisher")
    if isinstance(pub, str) and norm(pub) not in orgforms:
        err(f"report.publisher '{pub}' is not a gold organization")
    # issuers should be gold organizations too
    for e in g.get("regulations", []):
        iss = e.get("issuer") if isinstance(e, dict) else None
        if iss:
            for part in iss.split():
                if norm(part) not in orgforms:
                    warn(f"issuer '{part}' of '{e.get('name')}' is not a gold organization")


def main():
    strict = "--strict" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    msgs = []
    for gf in files:
        check(gf, msgs)
    txts = {p.stem for p in DOCS.glob("*.txt")}
    for stem in sorted(txts - {f.stem for f in files}):
        msgs.append(("ERROR", stem, "text without gold file"))
    for level, f, m in msgs:
        if level != "INFO" or "-v" in sys.argv:
            print(f"{level}\t{f}\t{m}")
    n_err = sum(1 for l, _, _ in msgs if l == "ERROR")
    n_warn = sum(1 for l, _, _ in msgs if l == "WARN")
    n_info = sum(1 for l, _, _ in msgs if l == "INFO")
    print(f"{len(files)} gold files: {n_err} errors, {n_warn} warnings, {n_info} resolved names (-v to list)")
    sys.exit(1 if n_err or (strict and n_warn) else 0)


if __name__ == "__main__":
    main()
