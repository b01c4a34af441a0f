#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; uses the directory of this file)

Checks per gold file:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
  * `doc` names an existing docs/<doc> file and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region, year filled; year int in
    2015..2025; date null or YYYY-MM-DD; publisher is one of the gold organizations;
  * every entity has the required keys with valid types/relations; aliases is a list of str;
    doc_number is null or looks like a 文号 (机关代字〔YYYY〕N号 or a 令 number);
  * every entity's name or at least one alias occurs in the text (after removing title and
    quotation marks and whitespace, NFKC, brackets unified - the scorer's normalisation);
    canonical names that do not occur themselves are listed as info (resolved names);
  * no normalised name/alias belongs to two entities of the same kind;
  * every 《…》 / 〈…〉 title in the text is covered by some regulation name or alias.
Exit status 1 if any error is found.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
REL = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KEYS = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
        "organizations": {"name", "aliases", "type"},
        "measures": {"name", "aliases", "type"}}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S*令(\d{4}年)?第\d+号$")


def titles(text):
    """All 《…》 titles, plus inner 〈…〉/<…> titles inside them."""
    out = []
    for m in re.finditer(r"《([^《》]+)》", text):
        out.append(m.group(1))
        out += re.findall(r"[〈<]([^〈〉<>]+)[〉>]", m.group(1))
    return out


def check(gf):
    errs, infos = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], infos
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    doc = g.get("doc", "")
    if doc[:-4] != gf.stem:
        errs.append(f"doc {doc!r} does not match file name {gf.name}")
    tp = DOCS / doc
    if not tp.exists():
        return errs + [f"text {tp} missing"], infos
    raw = tp.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
        infos.append("text is not UTF-8 (decoded as GB18030)")
    nt = norm(text)
    n = len(re.sub(r"\s", "", text))
    if not 1500 <= n <= 5000:
        errs.append(f"text length {n} outside 1500-5000 (non-space chars)")
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errs.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errs.append(f"report.year {rep.get('year')!r} not an int in 2015..2025")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"]):
        errs.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("title") is not None and norm(rep["title"]) not in nt:
        errs.append(f"report.title does not occur in text: {rep['title']}")
    orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
        errs.append(f"publisher {rep['publisher']} is not a gold organization")
    for kind in ("regulations", "organizations", "measures"):
        seen = {}
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        for e in items:
            if set(e) != KEYS[kind]:
                errs.append(f"{kind}: keys {sorted(e)} for {e.get('name')}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind}: bad aliases for {name}")
            if e["type"] not in TYPES[kind]:
                errs.append(f"{kind}: bad type {e['type']!r} for {name}")
            if kind == "regulations":
                if e["relation"] not in REL:
                    errs.append(f"bad relation {e['relation']!r} for {name}")
                dn = e["doc_number"]
                if dn is not None and not DOCNO.match(dn):
                    errs.append(f"doc_number {dn!r} of {name} not normalised")
                if dn is not None and norm(dn) not in nt and norm(re.sub(r"[〔〕]", "", dn)) not in nt:
                    infos.append(f"doc_number {dn} of {name} repaired (not verbatim in text)")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if norm(part) not in orgnames:
                            errs.append(f"issuer part {part} of {name} is not a gold organization")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: form {f!r} belongs to both {seen[k]} and {name}")
                seen[k] = name
            present = [f for f in forms if norm(f) in nt]
            if not present:
                errs.append(f"{kind}: neither name nor any alias occurs in text: {name} {e['aliases']}")
            elif norm(name) not in nt:
                infos.append(f"{kind}: resolved name {name} (text has {present[0]})")
    regforms = {norm(a) for r in g.get("regulations", []) for a in [r["name"], *r["aliases"]]}
    for t in titles(text):
        if norm(t) not in regforms:
            errs.append(f"title 《{t}》 in text not covered by any regulation")
    return errs, infos


def main():
    verbose = "-v" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    bad = 0
    for gf in files:
        errs, infos = check(gf)
        bad += len(errs)
        print(f"{gf.name}: {'OK' if not errs else str(len(errs)) + ' error(s)'}; {len(infos)} info")
        for e in errs:
            print("  ERROR", e)
        if verbose:
            for i in infos:
                print("  info ", i)
    docs = sorted(p.stem for p in DOCS.glob("*.txt"))
    missing = set(docs) - {p.stem for p in files}
    for m in sorted(missing):
        print("ERROR no gold for", m)
        bad += 1
    print(f"{len(files)} gold files, {bad} error(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
