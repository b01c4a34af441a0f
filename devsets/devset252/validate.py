#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; paths are relative to this file)

Checks, per gold file:
  * JSON loads; top-level keys exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ and equals the gold file stem + .txt;
  * report has title/publisher/region/year/date; publisher, region, year filled; year int;
    date null or YYYY-MM-DD; publisher is a gold organization (name);
  * every entity has exactly the keys of its kind, a non-empty str name, a list of str aliases,
    a valid type; regulations a valid relation, doc_number null or a normalised 文号
    (机关代字〔年份〕序号号, or a 令/公告 number kept as written: 司法部令第142号,
    交通运输部令2019年第9号, 国家税务总局公告2021年第6号),
    issuer null or a str whose parts (split on spaces) are gold organizations;
  * every entity name or one of its aliases occurs in the text after normalisation
    (NFKC, whitespace/quotes/title marks removed, brackets and dashes unified, as score.py does);
    a canonical name absent from the text is reported as INFO when an alias occurs (resolved name);
  * no two entities of one kind in one document share a normalised name/alias (score.py would
    merge them); no duplicate aliases; alias equal to the name is flagged;
  * document length 1,500–5,000 characters; documents are UTF-8, or GB18030 when declared in
    ENCODINGS below.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
ENCODINGS = {"009_guangshan_county.txt": "gb18030"}

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KEYS = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
        "organizations": {"name", "aliases", "type"},
        "measures": {"name", "aliases", "type"}}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
DOCNUM = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+〔(19|20)\d\d〕\d+号$")
LINGNUM = re.compile(r"^[\u4e00-\u9fff]+(令|公告)(\d{4}年)?第\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def main():
    errors, infos = [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        tag = gf.name
        def err(msg):
            errors.append(f"ERROR {tag}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc {g['doc']!r} != {gf.stem}.txt")
        path = DOCS / g["doc"]
        if not path.exists():
            err("document file missing")
            continue
        raw = path.read_bytes()
        enc = ENCODINGS.get(g["doc"], "utf-8")
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError as exc:
            err(f"not {enc}: {exc}")
            continue
        if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
            infos.append(f"INFO  {tag}: UTF-8 BOM")
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"document length {n} outside 1500-5000")
        ntext = norm(text)
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for f in ("publisher", "region", "year"):
                if rep[f] in (None, ""):
                    err(f"report.{f} empty")
            if not isinstance(rep["year"], int):
                err("report.year not int")
            if rep["date"] is not None and not re.match(r"^\d{4}-\d\d-\d\d$", str(rep["date"])):
                err(f"report.date {rep['date']!r}")
            if rep["title"] is not None and norm(rep["title"]) not in ntext:
                err(f"report.title not in text: {rep['title']}")
            if rep["publisher"] not in {o.get("name") for o in g["organizations"]}:
                err(f"publisher {rep['publisher']!r} is not a gold organization name")
        org_forms = {o.get("name") for o in g["organizations"]}
        for kind in ("regulations", "organizations", "measures"):
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} not a list")
                continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != KEYS[kind]:
                    err(f"{kind}: bad keys {e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind} {name}: aliases must be list of non-empty str")
                    continue
                if e["type"] not in TYPES[kind]:
                    err(f"{kind} {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not (isinstance(dn, str) and (DOCNUM.match(dn) or LINGNUM.match(dn))):
                        err(f"{name}: doc_number not normalised: {dn!r}")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str):
                            err(f"{name}: issuer not str")
                        else:
                            for part in iss.split():
                                if part not in org_forms:
                                    err(f"{name}: issuer part {part!r} is not a gold organization name")
                forms = [name, *e["aliases"]]
                nforms = [norm(f) for f in forms]
                if len(set(nforms)) != len(nforms):
                    infos.append(f"INFO  {tag}: {kind} {name}: alias equal (after normalisation) to name/other alias")
                for nf in set(nforms):
                    if nf in seen and seen[nf] != name:
                        err(f"{kind}: form {nf!r} shared by {seen[nf]!r} and {name!r}")
                    seen[nf] = name
                found = [f for f in forms if norm(f) in ntext]
                if not found:
                    err(f"{kind} {name}: neither name nor any alias occurs in the text")
                elif name not in found:
                    infos.append(f"INFO  {tag}: {kind} canonical {name!r} not in text (resolved); alias {found[0]!r} occurs")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        err(f"{kind} {name}: alias {a!r} does not occur in the text")
    for line in infos:
        print(line)
    for line in errors:
        print(line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} info")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
