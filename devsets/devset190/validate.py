#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ (decoded as UTF-8, else GB18030/GBK);
  * report fields title/publisher/region/year/date present, publisher/region/year filled,
    year an int in 2000..2030, date null or YYYY-MM-DD, publisher is a gold organization;
  * every entity has the fields and types ANNOTATION.md requires, with a valid `type`
    (and `relation`), doc_number null or normalised as 机关代字〔年份〕序号号;
  * the name or at least one alias of every entity occurs in the text, comparing after
    NFKC and removing whitespace and 《》〈〉<> (names that are resolved canonical forms
    and do not occur are listed as info when an alias does occur);
  * no two entities of one kind share a normalised name/alias (that would be a duplicate node);
  * issuers name a gold organization (by name or alias) or a national body.
Exit status 1 if any error was found.
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DROP = set("《》〈〉<>") 
_SCORE_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def textnorm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if not c.isspace() and c not in _DROP)


def scorenorm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_MAP.get(c, c) for c in s if c not in _SCORE_DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace"), "utf-8?"


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, infos = [], []
    gold_files = sorted((root / "gold").glob("*.json"))
    if not gold_files:
        print("no gold files"); return 1
    for gf in gold_files:
        def err(msg): errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = root / "docs" / g.get("doc", "")
        if not doc.is_file():
            err(f"doc file {doc} missing"); continue
        if doc.stem != gf.stem:
            err("gold file name does not match doc name")
        text, enc = read_text(doc)
        nt = textnorm(text)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            err(f"report.date {rep['date']!r}")
        if rep.get("title") is not None and textnorm(rep["title"]) not in nt:
            err(f"report.title not in text: {rep['title']}")
        org_forms = {scorenorm(x) for o in g.get("organizations", []) for x in [o.get("name", "")] + o.get("aliases", [])}
        if rep.get("publisher") and scorenorm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']} is not a gold organization")
        for kind, types, extra in (("regulations", REG_TYPES, ("doc_number", "issuer", "relation")),
                                   ("organizations", ORG_TYPES, ()), ("measures", MEA_TYPES, ())):
            seen = {}
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            for e in items:
                need = {"name", "aliases", "type", *extra}
                if set(e) != need:
                    err(f"{kind} {e.get('name')}: keys {sorted(e)}"); continue
                name, aliases = e["name"], e["aliases"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{kind} {name}: aliases must be a list of strings")
                if e["type"] not in types:
                    err(f"{kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        err(f"{name}: doc_number not normalised: {dn!r}")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in iss.split():
                            if scorenorm(part) not in org_forms:
                                err(f"{name}: issuer part {part!r} is not a gold organization")
                forms = [name] + list(aliases)
                hits = [f for f in forms if textnorm(f) in nt]
                if not hits:
                    err(f"{kind} {name}: neither name nor any alias occurs in the text")
                elif name not in hits:
                    infos.append(f"{gf.name}: {kind} {name}: resolved name, occurs as {hits[0]!r}")
                for f in forms:
                    k = scorenorm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
        print(f"{gf.name}: {enc}, {len(text)} chars, "
              f"{len(g.get('regulations', []))} reg / {len(g.get('organizations', []))} org / {len(g.get('measures', []))} mea")
    if "-v" in sys.argv:
        print("\n".join(infos))
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(infos)} resolved-name notes")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
