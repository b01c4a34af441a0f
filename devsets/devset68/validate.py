#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
    `doc` names an existing file in docs/ (decoded as UTF-8, else GB18030);
  * report: title str|null, publisher/region non-empty str, year int 2015..2026,
    date YYYY-MM-DD|null; publisher is one of the gold organizations (name or alias);
  * every entity: non-empty name, aliases a list of str, type in the allowed set;
    regulations: doc_number null or `…〔YYYY〕N号`, issuer null|str, relation in the allowed set;
  * no two entities of one kind share a normalised name/alias (the scorer would mis-index);
  * occurrence: the name or at least one alias occurs in the text, after normalisation
    (NFKC, whitespace, 《》〈〉 and quotation marks removed, brackets/dashes unified).
    A canonical name that does not occur is fine when an alias does (listed as INFO);
    an alias that does not occur is an ERROR (aliases must be forms written in the text);
  * doc_number occurs in the text (after normalisation) — WARN otherwise (repaired damage);
  * issuer is a gold organization — WARN otherwise.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000\u00a0·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(MAP.get(c, c) for c in s if c not in DROP)


def read_text(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(f"cannot decode {p}")


def check(gf, docs_dir, out):
    err = lambda m: out.append(("ERROR", gf.name, m))
    warn = lambda m: out.append(("WARN", gf.name, m))
    info = lambda m: out.append(("INFO", gf.name, m))
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:  # noqa
        err(f"JSON does not load: {e}")
        return
    if set(g) != KEYS:
        err(f"top-level keys {sorted(g)} != {sorted(KEYS)}")
    doc = g.get("doc")
    if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
        err(f"doc {doc!r} does not match file name {gf.stem}.txt")
    tp = docs_dir / str(doc)
    if not tp.exists():
        err(f"text file {tp} missing")
        return
    text = read_text(tp)
    nt = norm(text)
    n_chars = len(text)
    if not 1500 <= n_chars <= 5000:
        warn(f"text length {n_chars} outside 1500..5000")
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep)}")
    if rep.get("title") is not None and not isinstance(rep.get("title"), str):
        err("report.title not str/null")
    if rep.get("title") and norm(rep["title"]) not in nt:
        warn(f"report.title does not occur in text: {rep['title']}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            err(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2026:
        err(f"report.year bad: {rep.get('year')!r}")
    d = rep.get("date")
    if d is not None and not (isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)):
        err(f"report.date bad: {d!r}")
    if d is None:
        info("report.date is null")
    org_forms = {norm(a) for o in g.get("organizations", []) for a in [o.get("name", ""), *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        err(f"publisher {rep['publisher']} is not a gold organization")
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            name = e.get("name")
            tag = f"{kind}[{i}] {name}"
            if not isinstance(name, str) or not name.strip():
                err(f"{tag}: empty name")
                continue
            als = e.get("aliases")
            if not isinstance(als, list) or not all(isinstance(a, str) and a.strip() for a in als):
                err(f"{tag}: aliases must be a list of non-empty str")
                als = []
            if e.get("type") not in types:
                err(f"{tag}: type {e.get('type')!r} not allowed")
            if kind == "regulations":
                extra = set(e) - {"name", "aliases", "type", "doc_number", "issuer", "relation"}
                if extra or not {"doc_number", "issuer", "relation"} <= set(e):
                    err(f"{tag}: keys {sorted(e)}")
                dn = e.get("doc_number")
                if dn is not None:
                    if not re.fullmatch(r"\S+〔\d{4}〕\d+号", str(dn)):
                        err(f"{tag}: doc_number not normalised: {dn}")
                    elif norm(dn) not in nt:
                        warn(f"{tag}: doc_number {dn} not verbatim in text (repaired?)")
                if e.get("issuer") is not None:
                    if not isinstance(e["issuer"], str):
                        err(f"{tag}: issuer not str")
                    elif any(norm(p) not in org_forms for p in re.split(r"[\s、，]+", e["issuer"]) if p):
                        warn(f"{tag}: issuer {e['issuer']} not among gold organizations")
                if e.get("relation") not in RELATIONS:
                    err(f"{tag}: relation {e.get('relation')!r}")
            else:
                if set(e) != {"name", "aliases", "type"}:
                    err(f"{tag}: keys {sorted(e)}")
            forms = [name, *als]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != i:
                    err(f"{tag}: form {f!r} also used by {kind}[{seen[k]}]")
                seen.setdefault(k, i)
            occ = [f for f in forms if norm(f) in nt]
            if not occ:
                err(f"{tag}: neither name nor any alias occurs in the text")
            elif norm(name) not in nt:
                info(f"{tag}: canonical name resolved (not in text); alias occurs: {occ[0]}")
            for a in als:
                if norm(a) not in nt:
                    err(f"{tag}: alias {a!r} does not occur in the text")


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    files = sorted((base / "gold").glob("*.json"))
    docs = sorted((base / "docs").glob("*.txt"))
    out = []
    if len(files) != len(docs):
        out.append(("ERROR", "-", f"{len(files)} gold files vs {len(docs)} docs"))
    for gf in files:
        check(gf, base / "docs", out)
    for lvl, f, m in out:
        print(f"{lvl}\t{f}\t{m}")
    n_err = sum(1 for x in out if x[0] == "ERROR")
    n_warn = sum(1 for x in out if x[0] == "WARN")
    print(f"{len(files)} gold files checked: {n_err} errors, {n_warn} warnings")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
