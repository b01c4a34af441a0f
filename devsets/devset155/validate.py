#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; paths are relative to this file)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report: title (str|null), publisher/region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD|null); the publisher is one of the gold organizations;
  * every entity has the right keys and value types, a valid `type` (and `relation` for
    regulations), doc_number of the form 机关代字〔年份〕序号号 or null, issuer str|null;
  * the canonical name or at least one alias occurs in the text (after NFKC and removal
    of title/quotation marks and whitespace); canonical names that do not occur are listed
    as info (resolved names), aliases that do not occur are errors;
  * forms of one entity that are equal after normalisation are only noted (written forms kept);
  * no two entities of one kind share a normalised name/alias (would be duplicate nodes).
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
TYPES = {
    "regulations": {"law", "administrative_regulation", "departmental_rule", "local_regulation",
                    "normative_document", "party_document", "plan", "publication", "other"},
    "organizations": {"government", "department", "party", "legislature", "judiciary", "committee",
                      "institution", "enterprise", "social", "other"},
    "measures": {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"},
}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KEYS = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
        "organizations": {"name", "aliases", "type"}, "measures": {"name", "aliases", "type"}}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+[号號]$")
DATE = re.compile(r"^(19|20)\d\d-\d\d-\d\d$")


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def main():
    errors, infos, notes, n = [], [], [], 0
    for gf in sorted(GOLD.glob("*.json")):
        n += 1
        E = lambda msg: errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            E(f"does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"top-level keys {sorted(g)}"); continue
        if g["doc"] != gf.stem + ".txt" or not (DOCS / g["doc"]).exists():
            E(f"doc {g['doc']!r} does not match gold file / missing in docs/"); continue
        text = norm((DOCS / g["doc"]).read_text(encoding="utf-8"))
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        else:
            if rep["title"] is not None and not (isinstance(rep["title"], str) and rep["title"].strip()):
                E("report.title must be a non-empty string or null")
            for f in ("publisher", "region"):
                if not (isinstance(rep[f], str) and rep[f].strip()):
                    E(f"report.{f} not filled")
            if not (isinstance(rep["year"], int) and 2015 <= rep["year"] <= 2025):
                E(f"report.year {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                E(f"report.date {rep['date']!r}")
            if rep["title"] and norm(rep["title"]) not in text:
                E(f"report.title does not occur in text: {rep['title']}")
            orgnames = {norm(o["name"]) for o in g["organizations"] if isinstance(o, dict) and "name" in o}
            if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgnames:
                E(f"publisher {rep['publisher']} is not a gold organization")
        for kind in ("regulations", "organizations", "measures"):
            if not isinstance(g[kind], list):
                E(f"{kind} is not a list"); continue
            seen = {}
            for i, e in enumerate(g[kind]):
                where = f"{kind}[{i}]"
                if not isinstance(e, dict) or set(e) != KEYS[kind]:
                    E(f"{where}: keys {sorted(e) if isinstance(e, dict) else type(e)}"); continue
                if not (isinstance(e["name"], str) and e["name"].strip()):
                    E(f"{where}: empty name"); continue
                where = f"{kind} {e['name']}"
                if not (isinstance(e["aliases"], list) and all(isinstance(a, str) and a.strip() for a in e["aliases"])):
                    E(f"{where}: aliases must be a list of non-empty strings"); continue
                if e["type"] not in TYPES[kind]:
                    E(f"{where}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        E(f"{where}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not (isinstance(e["doc_number"], str) and DOCNUM.match(e["doc_number"])):
                        E(f"{where}: doc_number not normalised: {e['doc_number']!r}")
                    if e["doc_number"] is not None and norm(e["doc_number"]) not in text:
                        E(f"{where}: doc_number does not occur in text: {e['doc_number']}")
                    if e["issuer"] is not None and not (isinstance(e["issuer"], str) and e["issuer"].strip()):
                        E(f"{where}: issuer must be a non-empty string or null")
                forms = [e["name"]] + e["aliases"]
                if len({norm(f) for f in forms}) != len(forms):
                    notes.append(f"{gf.name}: {where}: some forms are equal after normalisation (kept as written)")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        E(f"{where}: form {f!r} also belongs to {seen[k]!r}")
                    seen[k] = e["name"]
                present = [f for f in forms if norm(f) in text]
                if not present:
                    E(f"{where}: neither name nor any alias occurs in the text")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        E(f"{where}: alias {a!r} does not occur in the text")
                if norm(e["name"]) not in text and present:
                    infos.append(f"{gf.name}: {kind} {e['name']} (resolved; occurs as {present[0]!r})")
    for line in infos:
        print("info :", line)
    for line in notes:
        print("note :", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{n} gold files checked, {len(errors)} errors, {len(infos)} resolved canonical names, {len(notes)} notes")
    return 1 if errors or n == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
