#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--strict] [-v]

Checks, for every gold/*.json:
  * JSON loads, has exactly the keys doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file, equal to the gold file name + .txt;
  * report has title, publisher, region, year, date; publisher, region and year are filled,
    year is an int in 2015..2025, date is YYYY-MM-DD or null, publisher is one of the
    gold organizations (name or alias);
  * every entity has the right fields and allowed types / relations, doc_number is
    normalised (`代字〔年份〕序号号`) or null, no duplicate names, no name/alias shared by
    two entities of the same kind;
  * every entity's name or one of its aliases occurs in the text (after removing 《》〈〉<>
    and whitespace from both the name and the text; quotation marks are also tried
    removed).  A canonical name that does not occur is fine when an alias does
    (resolved names: jurisdiction added, full official law titles, simplified forms in
    the Traditional-Chinese document).  Aliases that do not occur are reported as warnings
    (errors with --strict);
  * exhaustiveness: every title in 《》 or nested 〈〉 in the text is a gold regulation name or
    alias (error otherwise); quoted phrases covered by no gold entity are listed as INFO.
Exit status 1 if there is any error.
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
TYPES = {
    "regulations": {"law", "administrative_regulation", "departmental_rule", "local_regulation",
                    "normative_document", "party_document", "plan", "publication", "other"},
    "organizations": {"government", "department", "party", "legislature", "judiciary", "committee",
                      "institution", "enterprise", "social", "other"},
    "measures": {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"},
}
# documents written in Traditional characters: their gold keeps canonical names in simplified
# characters and lists, besides the forms as written, the simplified forms of those aliases;
# a simplified alias that does not occur is expected there (reported as INFO, not WARNING).
TRADITIONAL = {"006_kunshan_shi.json"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ENTITY_KEYS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
DOCNO = re.compile(r"^[^\s〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")
# decrees of a government carry a 令 number instead (宜府令第189号)
DECREE = re.compile(r"^\S+令第\d+号$")
# page footers of PDF extractions (— 3 —, - 3 -) interrupt names that run over a page break
FOOTER = re.compile(r"^[ \t]*[—\-－–]+[ \t]*\d+[ \t]*[—\-－–]+[ \t]*$", re.M)
_TITLE = set("《》〈〉<>")
_QUOTE = set("“”\"'‘’「」『』")


def squeeze(text, drop_quotes=False):
    drop = _TITLE | (_QUOTE if drop_quotes else set())
    return "".join(c for c in text if not c.isspace() and c not in drop)


def score_norm(text):
    """The scorer's normalisation (score.py norm), used for the duplicate check."""
    drop = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
    mp = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
          "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(mp.get(c, c) for c in text if c not in drop)


def occurs(form, text_plain, text_noquote, text_norm):
    if squeeze(form) in text_plain:
        return "exact"
    if squeeze(form, True) in text_noquote:
        return "noquote"
    if score_norm(form) in text_norm:
        return "normalised"
    return None


def main():
    strict = "--strict" in sys.argv
    errors, warnings, infos = [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    docs_seen = set()
    totals = {k: 0 for k in ENTITY_KEYS}
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            errors.append(f"{tag}: keys {sorted(g)} != {sorted(KEYS)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r} does not match file name")
        path = DOCS / g["doc"]
        if not path.exists():
            errors.append(f"{tag}: {path} missing")
            continue
        docs_seen.add(g["doc"])
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
            warnings.append(f"{tag}: document is not UTF-8 (decoded as GB18030)")
        n = len(text)
        if not 1500 <= n <= 5000:
            warnings.append(f"{tag}: document has {n} characters (outside 1500-5000)")
        text = FOOTER.sub("", text)
        text_plain = squeeze(text)
        text_noquote = squeeze(text, True)
        text_norm = score_norm(text)
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            errors.append(f"{tag}: report keys wrong: {rep!r}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    errors.append(f"{tag}: report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{tag}: report.year {rep['year']!r} not an int in 2015..2025")
            if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
                errors.append(f"{tag}: report.date {rep['date']!r} not YYYY-MM-DD")
            if rep["title"] is not None:
                if not isinstance(rep["title"], str) or not rep["title"]:
                    errors.append(f"{tag}: report.title must be a non-empty string or null")
                elif not occurs(rep["title"], text_plain, text_noquote, text_norm):
                    warnings.append(f"{tag}: title {rep['title']!r} not found in text")
            orgforms = {score_norm(f) for o in g.get("organizations", []) for f in [o.get("name", ""), *o.get("aliases", [])]}
            if isinstance(rep.get("publisher"), str) and score_norm(rep["publisher"]) not in orgforms:
                errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")
        for kind, keys in ENTITY_KEYS.items():
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            totals[kind] += len(items)
            forms = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    errors.append(f"{tag}: {kind} entry has keys {sorted(e) if isinstance(e, dict) else e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind}: {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in TYPES[kind]:
                    errors.append(f"{tag}: {kind}: {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not (DOCNO.match(dn) or DECREE.match(dn)):
                        errors.append(f"{tag}: {name}: doc_number {dn!r} not normalised")
                    if dn is not None and not occurs(dn, text_plain, text_noquote, text_norm):
                        (infos if tag in TRADITIONAL else warnings).append(f"{tag}: {name}: doc_number {dn!r} not found verbatim (repaired or re-bracketed)")
                    iss = e["issuer"]
                    if iss is not None and (not isinstance(iss, str) or not iss.strip()):
                        errors.append(f"{tag}: {name}: issuer must be a non-empty string or null")
                for f in [name, *e["aliases"]]:
                    key = score_norm(f)
                    if key in forms and forms[key] != name:
                        errors.append(f"{tag}: {kind}: form {f!r} used by both {forms[key]!r} and {name!r}")
                    forms.setdefault(key, name)
                found_name = occurs(name, text_plain, text_noquote, text_norm)
                found_alias = [a for a in e["aliases"] if occurs(a, text_plain, text_noquote, text_norm)]
                if not found_name and not found_alias:
                    errors.append(f"{tag}: {kind}: neither {name!r} nor any alias occurs in the text")
                for a in e["aliases"]:
                    if not occurs(a, text_plain, text_noquote, text_norm):
                        if tag in TRADITIONAL and found_alias:
                            infos.append(f"{tag}: {kind}: {name}: simplified alias {a!r} (text has {found_alias[0]!r})")
                        else:
                            (errors if strict else warnings).append(f"{tag}: {kind}: {name}: alias {a!r} not in text")
        # exhaustiveness: every title in 《》 (and nested 〈〉) must be a gold regulation form;
        # quoted phrases that no gold entity covers are listed as INFO for review.
        compact = "".join(text.split())
        regforms = {score_norm(f) for e in g.get("regulations", []) if isinstance(e, dict)
                    for f in [e.get("name", ""), *e.get("aliases", [])]}
        allforms = {score_norm(f) for k in ENTITY_KEYS for e in g.get(k, []) if isinstance(e, dict)
                    for f in [e.get("name", ""), *e.get("aliases", [])]}
        titles = re.findall(r"《([^《》]+)》", compact) + re.findall(r"〈([^〈〉]+)〉", compact)
        for t in titles:
            if score_norm(t) not in regforms:
                errors.append(f"{tag}: title 《{t}》 in the text is not a gold regulation (name or alias)")
        for q in re.findall(r'[“"]([^“”"]{1,30})[”"]', compact):
            if not any(score_norm(q) in f for f in allforms):
                infos.append(f"{tag}: quoted phrase “{q}” not covered by any gold entity (deliberately not annotated?)")
    for p in sorted(DOCS.glob("*.txt")):
        if p.name not in docs_seen:
            errors.append(f"docs/{p.name}: no gold file")
    if "-v" in sys.argv:
        for i in infos:
            print("INFO", i)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, " + ", ".join(f"{v} {k}" for k, v in totals.items())
          + f"; {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos (-v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
