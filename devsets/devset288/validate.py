#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [--strict]

Checks, per gold/<doc>.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<doc>.txt;
  * report has title/publisher/region/year/date; publisher, region, year filled (title and date
    may be null only if the text has none); year is an int in 2015..2025; date is YYYY-MM-DD;
    the publisher is one of the gold organizations (name or alias);
  * every entity has the fields of its kind with valid values (type / relation enums,
    doc_number normalised to 机关代字〔年份〕序号号 or a 令 number, aliases a list of strings,
    no alias repeated or equal to the name, no two entities of one kind sharing a name/alias);
  * every entity's name or at least one alias occurs in the text.  Matching is done after
    removing 《》〈〉, quotation marks and all whitespace (so line breaks inside names do not
    matter), with brackets and dashes unified as score.py does.  The text is also tried with
    PDF noise removed (page-number lines, running-header lines that repeat, footnote lines),
    so a name split by a page break still counts.  Canonical names that do not occur verbatim
    (resolved jurisdiction, official full title) are listed as info when an alias occurs;
  * warnings (not errors): 《…》 titles in the text that no regulation covers, and “…” quoted
    terms that no entity covers — to help keep the gold exhaustive.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = {"regulations": ("name", "aliases", "type", "doc_number", "issuer", "relation"),
         "organizations": ("name", "aliases", "type"),
         "measures": ("name", "aliases", "type")}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z]+〔(19|20)\d\d〕\d+号$|^[\u4e00-\u9fff]+令第\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGE_RE = re.compile(r"^\s*(—\s*\d+\s*—|-\s*\d+\s*-|第\s*\d+\s*页(\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$")
FOOT_RE = re.compile(r"^\s*([①-⑳]|\[\d+\]|注\d*[:：])")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def text_variants(text):
    lines = text.split("\n")
    counts = {}
    for ln in lines:
        s = ln.strip()
        if len(s) >= 4:
            counts[s] = counts.get(s, 0) + 1
    headers = {s for s, n in counts.items() if n >= 2 and not s.isdigit()}
    no_page = [ln for ln in lines if not PAGE_RE.match(ln) and ln.strip() not in headers]
    # footnotes: a footnote line and its wrapped continuation lines, up to the page number
    no_foot, skip = [], False
    for ln in lines:
        if FOOT_RE.match(ln):
            skip = True
        if PAGE_RE.match(ln):
            skip = False
            continue
        if skip or ln.strip() in headers:
            continue
        no_foot.append(ln)
    return [norm(text), norm("\n".join(no_page)), norm("\n".join(no_foot))]


def occurs(s, variants):
    n = norm(s)
    return bool(n) and any(n in v for v in variants)


def check_doc(gf, strict):
    errors, warns, infos = [], [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"top-level keys {sorted(g)}")
    doc = g.get("doc", "")
    if doc != gf.stem + ".txt":
        errors.append(f"doc field {doc!r} != {gf.stem}.txt")
    tf = DOCS / doc
    if not tf.exists():
        return errors + [f"text {tf} missing"], warns, infos
    text = tf.read_text(encoding="utf-8")
    n_chars = len(text)
    if not 1500 <= n_chars <= 5000:
        errors.append(f"text length {n_chars} outside 1500..5000")
    variants = text_variants(text)

    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errors.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
        errors.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.match(r"^20\d\d-\d\d-\d\d$", str(rep["date"])):
        errors.append(f"report.date {rep.get('date')!r}")
    for f in ("title", "date"):
        if rep.get(f) is None:
            warns.append(f"report.{f} is null")
    if rep.get("title") and not occurs(rep["title"], variants):
        errors.append(f"report.title not in text: {rep['title']}")

    org_forms = set()
    for kind, fields in KINDS.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != set(fields):
                errors.append(f"{kind}: bad keys {sorted(e) if isinstance(e, dict) else e!r}")
                continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errors.append(f"{kind}/{name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in TYPES[kind]:
                errors.append(f"{kind}/{name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}/{name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not DOCNUM_RE.match(dn):
                    errors.append(f"{kind}/{name}: doc_number not normalised: {dn!r}")
                if dn is not None and not occurs(dn, variants):
                    infos.append(f"{kind}/{name}: doc_number {dn} not verbatim in text (repaired?)")
                if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                    errors.append(f"{kind}/{name}: issuer {e['issuer']!r}")
            forms = [name, *aliases]
            nforms = [norm(x) for x in forms]
            if len(set(nforms)) != len(nforms):
                warns.append(f"{kind}/{name}: alias repeats the name or another alias after normalisation")
            for nf, raw in zip(nforms, forms):
                if nf in seen and seen[nf] != name:
                    errors.append(f"{kind}: form {raw!r} used by both {seen[nf]!r} and {name!r}")
                seen[nf] = name
            if kind == "organizations":
                org_forms.update(nforms)
            hits = [x for x in forms if occurs(x, variants)]
            if not hits:
                errors.append(f"{kind}/{name}: neither name nor any alias occurs in the text")
            elif not occurs(name, variants):
                infos.append(f"{kind}/{name}: canonical name not in text; via alias {hits[0]!r}")
            for a in aliases:
                if not occurs(a, variants):
                    (errors if strict else warns).append(f"{kind}/{name}: alias {a!r} not in text")
        if kind == "regulations":
            for e in items:
                if isinstance(e, dict) and e.get("issuer"):
                    for part in re.split(r"[ 、，]+", e["issuer"]):
                        if norm(part) not in org_forms and part:
                            pass  # checked after organizations are read (below)
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"report.publisher {rep['publisher']!r} is not a gold organization")
    for e in g.get("regulations", []):
        if isinstance(e, dict) and e.get("issuer"):
            for part in [p for p in re.split(r"[ 、，]+", e["issuer"]) if p]:
                if norm(part) not in org_forms:
                    warns.append(f"regulations/{e['name']}: issuer part {part!r} is not a gold organization")

    # exhaustiveness hints ----------------------------------------------------------
    # hints are computed on the text without page numbers / running headers
    lines = text.split("\n")
    cnt = {}
    for ln in lines:
        if len(ln.strip()) >= 4:
            cnt[ln.strip()] = cnt.get(ln.strip(), 0) + 1
    raw = "".join(ln.strip() for ln in lines
                  if not PAGE_RE.match(ln) and not (cnt.get(ln.strip(), 0) >= 2))
    reg_forms = {norm(x) for e in g.get("regulations", []) for x in [e["name"], *e["aliases"]]}
    for m in re.finditer(r"《([^《》]{2,80})》", raw):
        t = norm(m.group(1))
        if t not in reg_forms:
            warns.append(f"title in text not covered by a regulation: 《{m.group(1)}》")
        for sub in re.findall(r"〈([^〈〉]+)〉", m.group(1)):
            if norm(sub) not in reg_forms:
                warns.append(f"nested title not covered: 〈{sub}〉")
    all_forms = {norm(x) for k in KINDS for e in g.get(k, []) for x in [e["name"], *e["aliases"]]}
    for m in re.finditer(r"“([^“”]{1,30})”", raw):
        q = norm(m.group(1))
        if not any(q in f for f in all_forms):
            warns.append(f"quoted term not inside any entity form: “{m.group(1)}”")
    return errors, warns, infos


def main():
    strict = "--strict" in sys.argv
    verbose = "-v" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    if len(files) != 12:
        print(f"ERROR: expected 12 gold files, found {len(files)}")
    total_err = 0
    for gf in files:
        errors, warns, infos = check_doc(gf, strict)
        total_err += len(errors)
        status = "OK" if not errors else f"{len(errors)} ERROR(S)"
        print(f"== {gf.name}: {status}, {len(warns)} warning(s), {len(infos)} info")
        for e in errors:
            print("  ERROR", e)
        for w in warns:
            print("  warn ", w)
        if verbose:
            for i in infos:
                print("  info ", i)
    txts = {p.stem for p in DOCS.glob("*.txt")}
    missing = txts - {f.stem for f in files}
    if missing:
        print("ERROR: texts without gold:", sorted(missing))
        total_err += 1
    print(f"\n{len(files)} gold files, {total_err} error(s)")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
