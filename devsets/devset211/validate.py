#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v|--verbose] [--strict]

  -v        also list resolved canonical names that do not occur in the text (fine when an
            alias occurs) and other info lines
  --strict  also list aliases (accepted forms) that do not occur in the text

Checks, for every gold/*.json:
  * JSON loads; top-level keys, report keys and entity keys are exactly those of the spec;
    types, relations, doc_number form (机关代字〔年份〕序号号), year, date are valid;
  * `doc` names an existing docs/*.txt of 1,500-5,000 characters;
  * every entity's name or at least one alias occurs in the text, after normalisation
    (NFKC, whitespace and line breaks, 《》〈〉 and quotation marks removed, brackets unified —
    the normalisation of score.py). Resolved canonical names that do not occur are listed as
    info when an alias does occur;
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * report fields publisher, region, year are filled, publisher is a gold organization;
  * every issuer part is a gold organization (name or alias);
  * completeness: every title in 《》 / 「」 in the text is covered by a regulation name or alias,
    and every quoted “…” / "..." term is covered by some entity or the allowlist below.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_KEYS = {"name", "aliases", "type", "doc_number", "issuer", "relation"}
ENT_KEYS = {"name", "aliases", "type"}

# Quoted strings in the texts that are deliberately not entities (slogans, goals, problems,
# sample decision items); see README.md, "annotation decisions".
QUOTE_ALLOW = {
    "重业务、轻法治", "强富美高", "市区公交线网优化调整", "建设美丽恩施、实现全面小康",
    "四个意识", "四个自信", "两个维护", "两个确立", "三农", "一把手",
    "建设法治下党、服务脱贫攻坚", "综合窗口",
}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """The normalisation of ../shared/score.py."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def loose(text):
    """Whitespace and title marks removed only (the brief's minimum)."""
    return re.sub(r"[\s《》]", "", str(text))


class Report:
    def __init__(self):
        self.errors = 0
        self.warnings = 0

    def err(self, doc, msg):
        self.errors += 1
        print(f"ERROR   {doc}: {msg}")

    def warn(self, doc, msg):
        self.warnings += 1
        print(f"WARN    {doc}: {msg}")

    verbose = False

    def info(self, doc, msg):
        if self.verbose:
            print(f"info    {doc}: {msg}")


def _to_trad(text):
    """Traditional form, for the document written in Traditional characters."""
    try:
        import opencc  # optional
    except ImportError:
        return text
    return opencc.OpenCC("s2tw").convert(text)


def occurs(form, text_n, text_l):
    return bool(form) and (norm(form) in text_n or loose(form) in text_l)


def check_file(path, rep, strict):
    name = path.name
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        rep.err(name, f"does not load: {exc}")
        return
    if set(g) != TOP_KEYS:
        rep.err(name, f"top-level keys {sorted(g)}")
        return
    doc = g["doc"]
    if not isinstance(doc, str) or Path(doc).stem != path.stem:
        rep.err(name, f"doc {doc!r} does not match file name")
    txt_path = DOCS / str(doc)
    if not txt_path.exists():
        rep.err(name, f"text {txt_path} missing")
        return
    raw = txt_path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        rep.err(name, "text is not UTF-8")
        return
    if not 1500 <= len(text) <= 5000:
        rep.err(name, f"text length {len(text)} outside 1500-5000")
    text_n, text_l = norm(text), loose(text)

    # report
    r = g["report"]
    if not isinstance(r, dict) or set(r) != REPORT_KEYS:
        rep.err(name, f"report keys {sorted(r) if isinstance(r, dict) else r}")
        return
    for f in ("publisher", "region", "year"):
        if r[f] in (None, ""):
            rep.err(name, f"report.{f} is empty")
    if not isinstance(r["year"], int) or not 2015 <= r["year"] <= 2025:
        rep.err(name, f"report.year {r['year']!r} not an int in 2015-2025")
    if r["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(r["date"])):
        rep.err(name, f"report.date {r['date']!r} not YYYY-MM-DD")
    if r["date"] is None:
        rep.warn(name, "report.date is null")
    if r["title"] is None:
        rep.info(name, "report.title is null (text has no title)")
    elif not occurs(r["title"], text_n, text_l):
        rep.err(name, f"report.title {r['title']!r} does not occur in the text")

    org_forms = {}
    for o in g.get("organizations", []):
        for a in [o.get("name"), *o.get("aliases", [])]:
            org_forms[norm(a)] = o.get("name")
    if r["publisher"] and norm(r["publisher"]) not in org_forms:
        rep.err(name, f"publisher {r['publisher']!r} is not a gold organization")

    for kind, keys, types in (("regulations", REG_KEYS, REG_TYPES),
                              ("organizations", ENT_KEYS, ORG_TYPES),
                              ("measures", ENT_KEYS, MEA_TYPES)):
        items = g[kind]
        if not isinstance(items, list):
            rep.err(name, f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != keys:
                rep.err(name, f"{kind}: bad keys in {e!r}")
                continue
            en = e["name"]
            if not isinstance(en, str) or not en.strip():
                rep.err(name, f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                rep.err(name, f"{kind}: {en}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                rep.err(name, f"{kind}: {en}: type {e['type']!r} not allowed")
            forms = [en, *e["aliases"]]
            for a in forms:
                k = norm(a)
                if k in seen and seen[k] != en:
                    rep.err(name, f"{kind}: form {a!r} shared by {seen[k]!r} and {en!r}")
                seen.setdefault(k, en)
            hits = [a for a in forms if occurs(a, text_n, text_l)]
            if not hits:
                rep.err(name, f"{kind}: neither name nor any alias of {en!r} occurs in the text")
            elif en not in hits:
                rep.info(name, f"{kind}: resolved name {en!r} does not occur; alias {hits[0]!r} does")
            missing = [a for a in e["aliases"] if a not in hits]
            if missing and strict:
                rep.info(name, f"{kind}: {en!r}: accepted forms not in text: {missing}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    rep.err(name, f"{en}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"[^〔〕\s]+〔(19|20)\d{2}〕\d+号", dn):
                    rep.err(name, f"{en}: doc_number {dn!r} not normalised to 代字〔年份〕序号号")
                if dn is not None and norm(dn) not in text_n and norm(_to_trad(dn)) not in text_n:
                    rep.warn(name, f"{en}: doc_number {dn!r} does not occur (repaired?)")
                iss = e["issuer"]
                if iss is not None:
                    for part in iss.split():
                        if norm(part) not in org_forms:
                            rep.err(name, f"{en}: issuer part {part!r} is not a gold organization")

    # completeness: titles in 《》 and 「」
    reg_forms = {norm(a) for e in g["regulations"] for a in [e["name"], *e["aliases"]]}
    all_forms = set(reg_forms) | set(org_forms)
    all_forms |= {norm(a) for e in g["measures"] for a in [e["name"], *e["aliases"]]}
    flat = re.sub(r"\s+", "", text)
    for m in re.finditer(r"《([^《》]{2,80})》|「([^「」]{2,80})」", flat):
        t = m.group(1) or m.group(2)
        if norm(t) not in reg_forms:
            rep.err(name, f"title 《{t}》 is not covered by a regulation name/alias")
        for inner in re.findall(r"[〈<]([^〈〉<>]{2,80})[〉>]", t):
            if norm(inner) not in reg_forms:
                rep.err(name, f"nested title 〈{inner}〉 is not covered by a regulation name/alias")
    for m in re.finditer(r"“([^“”]{1,30})”|\"([^\"]{1,30})\"", flat):
        q = m.group(1) or m.group(2)
        nq = norm(q)
        if nq in {norm(x) for x in QUOTE_ALLOW}:
            continue
        if not any(nq in f for f in all_forms):
            rep.warn(name, f"quoted term “{q}” is not part of any gold name/alias")


def main():
    strict = "--strict" in sys.argv
    rep = Report()
    rep.verbose = strict or "-v" in sys.argv or "--verbose" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    texts = {p.stem for p in DOCS.glob("*.txt")}
    for t in sorted(texts - {p.stem for p in files}):
        rep.err(t, "text without gold file")
    for p in files:
        check_file(p, rep, strict)
    print(f"\n{len(files)} gold files: {rep.errors} errors, {rep.warnings} warnings")
    sys.exit(1 if rep.errors else 0)


if __name__ == "__main__":
    main()
