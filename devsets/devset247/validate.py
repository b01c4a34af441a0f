#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-q] [DEVSET_DIR]      (-q: do not print INFO lines)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file whose stem equals the gold file's stem;
    the text is 1,500-5,000 characters;
  * report: title/publisher/region/year/date present; publisher, region, year filled;
    year an int; date null or YYYY-MM-DD; title (if any) occurs in the text;
    publisher is one of the gold organizations (name or alias);
  * every entity: name a non-empty str, aliases a list of str, type in the allowed set;
    regulations also carry doc_number (null or 机关代字〔年份〕序号号), issuer, relation
    (issues/implements/studies/mentions); issuer parts should be gold organizations;
  * no normalised name/alias is shared by two entities of the same kind (ambiguous gold);
  * every entity's name or one of its aliases occurs in the text, after removing 《》〈〉
    and whitespace from both (canonical names that are resolved and do not occur are
    reported as INFO when an alias occurs; entities with no occurring form are ERRORs);
  * every title in 《》 (and inner 〈〉 / <> titles) in the text is covered by a
    regulation name or alias (scorer normalisation).
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
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# scorer normalisation (ANNOTATION.md section 6 / score.py)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def light(text):
    """Remove title marks and whitespace only (the occurrence test of the brief)."""
    return re.sub(r"[《》〈〉\s\u3000]", "", str(text))


def titles(text):
    """All 《》 titles and nested 〈〉/<> titles inside them."""
    out = []
    for m in re.finditer(r"《([^《》]*)》", text):
        t = m.group(1)
        out.append(t)
        for inner in re.findall(r"[〈<]([^〈〉<>]*)[〉>]", t):
            out.append(inner)
    return out


def main():
    args = [a for a in sys.argv[1:] if a != "-q"]
    quiet = "-q" in sys.argv[1:]
    root = Path(args[0] if args else Path(__file__).parent)
    errors, infos = [], []
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        where = gf.name

        def err(msg):
            errors.append(f"ERROR {where}: {msg}")

        def info(msg):
            infos.append(f"INFO  {where}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        doc = root / "docs" / g["doc"]
        if Path(g["doc"]).stem != gf.stem:
            err(f"doc {g['doc']} does not match gold file name")
        if not doc.exists():
            err(f"missing text {doc}")
            continue
        raw = doc.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
            info("text is not UTF-8 (decoded as GB18030)")
        if not 1500 <= len(text) <= 5000:
            err(f"text length {len(text)} outside 1500-5000")
        ltext, ntext = light(text), norm(text)

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {rep if not isinstance(rep, dict) else sorted(rep)}")
            rep = {}
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                err(f"report.{f} not filled")
        if rep.get("year") is not None and not (isinstance(rep["year"], int) and 2015 <= rep["year"] <= 2025):
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            err(f"report.date {rep['date']!r}")
        if rep.get("date") is None:
            info("report.date is null")
        if rep.get("title"):
            if light(rep["title"]) not in ltext and norm(rep["title"]) not in ntext:
                err(f"report.title not in text: {rep['title']}")
        else:
            info("report.title is null")

        org_forms = {}
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                if isinstance(a, str):
                    org_forms[norm(a)] = o.get("name")
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']} is not a gold organization")

        for kind, allowed in KINDS.items():
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"].strip():
                    err(f"{kind}: bad entity {e!r}")
                    continue
                name = e["name"]
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    err(f"{kind} {name}: keys {sorted(e)} (expected {sorted(need)})")
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{kind} {name}: aliases must be a list of non-empty str")
                    aliases = []
                if e.get("type") not in allowed:
                    err(f"{kind} {name}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f"{name}: relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNUM.match(dn):
                        err(f"{name}: doc_number not normalised: {dn!r}")
                    iss = e.get("issuer")
                    if iss is not None:
                        for part in str(iss).split():
                            if norm(part) not in org_forms:
                                err(f"{name}: issuer part {part!r} is not a gold organization")
                for form in [name, *aliases]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {form!r} used by both {seen[k]!r} and {name!r}")
                    seen[k] = name
                if light(name) in ltext:
                    continue
                hit = [a for a in aliases if light(a) in ltext]
                if hit:
                    info(f"{kind}: canonical {name!r} not in text; alias {hit[0]!r} is")
                    continue
                nhit = [a for a in [name, *aliases] if norm(a) in ntext]
                if nhit:
                    info(f"{kind}: {name!r} occurs only after scorer normalisation ({nhit[0]!r})")
                    continue
                err(f"{kind}: no form of {name!r} occurs in the text")

        reg_forms = set()
        for r in g.get("regulations", []):
            reg_forms.update(norm(a) for a in [r["name"], *r.get("aliases", [])])
        for t in titles(text):
            if norm(t) not in reg_forms:
                err(f"title 《{t}》 in text is not covered by a gold regulation")

    for line in ([] if quiet else infos):
        print(line)
    for line in errors:
        print(line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
