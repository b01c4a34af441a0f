#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, per gold file: JSON loads; top-level keys; report fields (title str|null, publisher,
region non-empty str, year int 2015-2025, date YYYY-MM-DD|null); every entity has the right
fields and types from ANNOTATION.md (type enums, relation enum, doc_number form 机关代字〔年〕序号号);
the doc file exists, is UTF-8, 1500-5000 characters; every entity's name or one of its aliases occurs
in the text (compared after NFKC, removing whitespace, 《》〈〉<> and quotation marks, unifying
brackets and dashes); no alias is shared by two entities of the same kind; no duplicate names;
the publisher is one of the organizations (name or alias).
Canonical names that do not occur verbatim but are covered by an alias are listed as INFO.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("&nbsp;", "")
    return "".join(MAP.get(c, c) for c in s if c not in DROP and not c.isspace())


def main():
    errors, infos = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        E = lambda m: errors.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            E(f"JSON does not load: {exc}"); continue
        if set(g) != KEYS:
            E(f"keys {sorted(g)} != {sorted(KEYS)}")
        doc = ROOT / "docs" / str(g.get("doc"))
        if g.get("doc") != gf.stem + ".txt":
            E(f"doc {g.get('doc')!r} does not match file name")
        if not doc.exists():
            E(f"doc file {doc} missing"); continue
        try:
            raw = doc.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            E("doc is not UTF-8"); continue
        if not 1500 <= len(raw) <= 5000:
            E(f"doc length {len(raw)} outside 1500-5000")
        text = norm(raw)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            E("report.title not str/null")
        if rep.get("title") and norm(rep["title"]) not in text:
            E(f"report.title does not occur: {rep['title']}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                E(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            E(f"report.year {rep.get('year')!r}")
        if rep.get("date") is None:
            infos.append(f"{gf.name}: report.date is null")
        elif not DATE.match(str(rep["date"])):
            E(f"report.date {rep['date']!r}")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                E(f"{kind} not a list"); continue
            seen = {}
            for it in items:
                name = it.get("name")
                if not isinstance(name, str) or not name:
                    E(f"{kind}: entity without name {it}"); continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(it) != want:
                    E(f"{kind}: {name}: fields {sorted(it)}")
                if it.get("type") not in types:
                    E(f"{kind}: {name}: bad type {it.get('type')!r}")
                al = it.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a for a in al):
                    E(f"{kind}: {name}: aliases must be a list of strings"); al = []
                if kind == "regulations":
                    if it.get("relation") not in RELATIONS:
                        E(f"{kind}: {name}: bad relation {it.get('relation')!r}")
                    dn = it.get("doc_number")
                    if dn is not None and not DOCNUM.match(dn):
                        E(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in text:
                        E(f"{kind}: {name}: doc_number does not occur: {dn!r}")
                    if it.get("issuer") is not None and not isinstance(it.get("issuer"), str):
                        E(f"{kind}: {name}: issuer not str/null")
                forms = [name, *al]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        E(f"{kind}: form {f!r} of {name!r} also belongs to {seen[k]!r}")
                    seen.setdefault(k, name)
                occurring = [f for f in forms if norm(f) in text]
                if not occurring:
                    E(f"{kind}: neither name nor any alias occurs: {name} {al}")
                elif norm(name) not in text:
                    infos.append(f"{gf.name}: {kind}: canonical {name!r} resolved; occurs as {occurring}")
                for a in al:
                    if norm(a) not in text:
                        infos.append(f"{gf.name}: {kind}: alias {a!r} of {name!r} is an accepted form, not in text")
        orgforms = {norm(f) for o in g.get("organizations", []) for f in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgforms:
            E(f"publisher {rep['publisher']!r} is not among the organizations")
    for i in infos:
        print("INFO ", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} info")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
