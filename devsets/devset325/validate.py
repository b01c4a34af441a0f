#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [--verbose]

Checks, per gold file:
  * JSON loads; top-level keys, report keys and entity keys are exactly as in the spec;
  * value types and enumerations (type, relation) are valid; doc_number has the
    normalised form 机关代字〔年份〕序号号; year is an int, date is YYYY-MM-DD or null;
  * the report fields publisher, region, year are filled (title/date may be null only
    when the text has none - listed as info); the publisher is a gold organization;
  * every issuer part is the canonical name of a gold organization or a national body;
  * no normalised name/alias is shared by two entities of the same kind;
  * every entity's name or one of its aliases occurs in the text (text and names
    compared after removing 《》〈〉<>, quotation marks and whitespace, NFKC, brackets
    unified - the scorer's normalisation; PDF page-number lines such as "- 3 -" are
    removed from the text first, since they may split a name);
  * the text file exists, decodes (UTF-8, else GBK) and has 1,500-5,000 characters.
Canonical names that do not occur verbatim (resolved names) are listed as info.
Exit status 1 if any ERROR was printed.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
NATIONAL = {"中共中央", "国务院", "中共中央办公厅", "国务院办公厅", "全国人民代表大会",
            "全国人民代表大会常务委员会", "中央全面依法治国委员会", "中央全面依法治国委员会办公室",
            "最高人民法院", "最高人民检察院", "司法部", "中共中央宣传部"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGE_LINE = re.compile(r"^[ \t\u3000]*(?:[-—－–]+[ \t\u3000]*\d+[ \t\u3000]*[-—－–]+|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)[ \t\u3000]*\r?$", re.M)
DOCNO = re.compile(r"^[^\s〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gbk"):
        try:
            return raw.decode(enc), enc, b"\r\n" in raw
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("neither utf-8 nor gbk", raw, 0, 1, "undecodable")


def main():
    verbose = "--verbose" in sys.argv
    errors = 0
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        print("ERROR no gold files")
        return 1
    totals = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in files:
        msgs = []

        def err(m):
            msgs.append("ERROR " + m)

        def info(m):
            msgs.append("info  " + m)

        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            print(f"{gf.name}: ERROR JSON does not load: {exc}")
            errors += 1
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            err(f"doc field {doc!r} does not match file name")
        tp = HERE / "docs" / str(doc)
        if not tp.exists():
            err(f"text file {tp} missing")
            print(gf.name + "\n  " + "\n  ".join(msgs))
            errors += 1
            continue
        text, enc, crlf = read_text(tp)
        n = len(text.replace("\r\n", "\n"))
        if not 1500 <= n <= 5000:
            err(f"text has {n} characters (1500-5000 wanted)")
        ntext = norm(PAGE_LINE.sub("", text))
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            err(f"report.date {rep['date']!r}")
        for f in ("title", "date"):
            if rep.get(f) is None:
                info(f"report.{f} is null")
        if rep.get("title") and norm(rep["title"]) not in ntext:
            err(f"report.title does not occur in text: {rep['title']}")
        org_names = {}
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                org_names[norm(a)] = norm(o.get("name"))
        if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
            err(f"publisher {rep['publisher']} is not a gold organization")
        elif rep.get("publisher") and org_names[norm(rep["publisher"])] != norm(rep["publisher"]):
            err(f"publisher {rep['publisher']} is an alias, not the canonical name")
        canon_orgs = {norm(o["name"]) for o in g.get("organizations", []) if "name" in o}
        for kind, keys, types in (
            ("regulations", {"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            ("organizations", {"name", "aliases", "type"}, ORG_TYPES),
            ("measures", {"name", "aliases", "type"}, MEAS_TYPES),
        ):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            totals[kind] += len(items)
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    err(f"{kind}: bad keys {sorted(e) if isinstance(e, dict) else e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: {name}: type {e['type']!r}")
                forms = [name, *e["aliases"]]
                for a in {norm(x) for x in forms}:
                    if a in seen and seen[a] != name:
                        err(f"{kind}: form {a} shared by {seen[a]} and {name}")
                    seen[a] = name
                if not any(norm(a) in ntext for a in forms):
                    err(f"{kind}: neither name nor any alias occurs in text: {name} {e['aliases']}")
                elif norm(name) not in ntext and verbose:
                    info(f"{kind}: canonical name resolved (not in text): {name}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNO.match(dn):
                        err(f"{name}: doc_number not normalised: {dn!r}")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in iss.split():
                            if norm(part) not in canon_orgs and part not in NATIONAL:
                                err(f"{name}: issuer part {part!r} is not a canonical gold organization")
                            elif part in NATIONAL and norm(part) not in canon_orgs:
                                info(f"{name}: issuer {part} is a national body not listed among the organizations")
        head = f"{gf.name}: {enc}{' CRLF' if crlf else ''}, {n} chars, " + \
               ", ".join(f"{k[:3]}={len(g.get(k, []))}" for k in totals)
        print(head)
        for m in msgs:
            if m.startswith("ERROR") or verbose:
                print("  " + m)
        errors += sum(m.startswith("ERROR") for m in msgs)
    print(f"{len(files)} gold files, entities: {totals}; errors: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
