#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

Checks, for every gold/*.json:
  * JSON loads; top-level keys exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file of 1,500-5,000 characters;
  * report fields: title (str|null), publisher (str, and it is one of the gold organizations),
    region (str), year (int 2015-2025), date (YYYY-MM-DD|null);
  * every entity: name str, aliases list of str, type from the allowed set; regulations also
    have doc_number (normalised 机关代字〔年份〕序号号 | null), issuer (str|null) and relation;
  * no two entities of one kind share a normalised name/alias (one thing, one node);
  * every entity's name or one of its aliases occurs in the text, compared after the scorer's
    normalisation (NFKC, whitespace - incl. PDF line breaks -, quotes and title marks removed,
    dashes and brackets unified; PDF page-number footer lines dropped). Canonical names that do not occur themselves (resolved
    jurisdiction, Simplified form of a Traditional text) are listed as INFO, not errors.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


DOCNUM = re.compile(r"^(\S+〔\d{4}〕\d+号|\S+令第\d+号)$")  # 机关代字〔年份〕序号号, or a 政府令 number
PAGE_FOOTER = re.compile(r"\n[ \t]*[—－-]\s*\d+\s*[—－-][ \t]*\n")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(path, errors, infos):
    def err(msg):
        errors.append(f"{path.name}: {msg}")
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        err(f"JSON does not load: {exc}")
        return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
        return
    if g["doc"] != path.stem + ".txt":
        err(f"doc {g['doc']!r} does not match file name")
    tpath = DOCS / g["doc"]
    if not tpath.exists():
        err("text file missing")
        return
    raw = tpath.read_text(encoding="utf-8")
    if not 1500 <= len(raw) <= 5000:
        err(f"text length {len(raw)} outside 1500-5000")
    # PDF page footers ("— 3 —", "－3－") sit between two halves of a line; drop them before
    # matching, as a reader (and the annotation) repairs such damage.
    text = norm(PAGE_FOOTER.sub("\n", raw))
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep)}")
    else:
        if rep["title"] is not None and not isinstance(rep["title"], str):
            err("report.title")
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                err(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err("report.year")
        if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            err("report.date")
        if rep["title"] and norm(rep["title"]) not in text:
            infos.append(f"{path.name}: title not literally in text (normalised form): {rep['title']}")
        orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if norm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']} is not a gold organization")
    for kind, allowed in TYPES.items():
        seen = {}
        if not isinstance(g[kind], list):
            err(f"{kind} not a list")
            continue
        for e in g[kind]:
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != keys:
                err(f"{kind}: keys {sorted(e)} for {e.get('name')}")
                continue
            if not isinstance(e["name"], str) or not e["name"]:
                err(f"{kind}: empty name")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{kind}: aliases of {e['name']}")
            if e["type"] not in allowed:
                err(f"{kind}: type {e['type']!r} of {e['name']}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"relation {e['relation']!r} of {e['name']}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    err(f"doc_number {e['doc_number']!r} of {e['name']} not normalised")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"issuer of {e['name']}")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                n = norm(f)
                if n in seen and seen[n] != e["name"]:
                    err(f"{kind}: form {f!r} shared by {seen[n]!r} and {e['name']!r}")
                seen.setdefault(n, e["name"])
            found = [f for f in forms if norm(f) in text]
            if not found:
                err(f"{kind}: neither name nor any alias occurs in text: {e['name']} {e['aliases']}")
            elif norm(e["name"]) not in text:
                infos.append(f"{path.name}: {kind}: canonical name resolved, found via alias {found[0]!r}: {e['name']}")
            for a in e["aliases"]:
                if norm(a) not in text:
                    infos.append(f"{path.name}: {kind}: alias listed as accepted form, not in text: {a!r} ({e['name']})")


def main():
    files = sorted(GOLD.glob("*.json"))
    errors, infos = [], []
    for p in files:
        check(p, errors, infos)
    texts = sorted(DOCS.glob("*.txt"))
    if {p.stem for p in files} != {t.stem for t in texts}:
        errors.append("docs/ and gold/ do not pair up")
    if "-v" in sys.argv:
        for i in infos:
            print("INFO ", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} info notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
