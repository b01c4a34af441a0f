#!/usr/bin/env python3
"""Check every gold file of this dev set against ANNOTATION.md and its text.

usage: python3 validate.py [-q]       (exit status 1 if any error; -q hides the resolved-name notes)

Checks: JSON loads; keys and value types; type/relation vocabularies; doc_number shape
(机关代字〔年份〕序号号); issuers are gold organizations; report fields filled (publisher in the
organizations, region, year; date YYYY-MM-DD or null); text length 1,500-5,000 characters;
every entity has its name or an alias in the text; every alias occurs in the text unless listed
in EXPECTED below; doc_numbers occur in the text; no form is shared by two entities of a kind.

Occurrence is tested on normalised strings: HTML entities decoded, then the scorer's
normalisation (NFKC, whitespace / quotes / title marks removed, brackets and dashes unified).
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^[^〔〕\s]+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

# Known, deliberate cases where a form does not occur in the text (doc, kind, form): reason.
EXPECTED = {
    ("010_xiqing_district", "regulations", "西青区重大行政处罚决定法制审核目录清单"):
        "title split by a page break with running header '天津市西青区人民政府'; name repaired",
    ("002_huizhou_city", "regulations", "惠州市重大行政执法决定法制审核办法"):
        "title split by a page break with page number and running header; name repaired",
    ("001_gansu_prov", "measures", "省政府常务会议会前学法制度"): "extra accepted form",
    ("007_ordos_city", "measures", "市政府常务会议会前学法制度"): "extra accepted form",
    ("008_binchuan_shufa", "measures", "县政府常务会议会前学法制度"): "extra accepted form",
    ("010_xiqing_district", "measures", "区政府常务会议会前学法制度"): "extra accepted form",
    ("002_huizhou_city", "measures", "数字政府改革"): "extra accepted form",
    ("004_wenjiang_district", "measures", "天府通办平台"): "extra accepted form",
    ("005_fengqiao_town", "measures", "基层治理四个平台"): "extra accepted form",
    ("010_xiqing_district", "measures", "政务服务好差评制度"): "extra accepted form",
    ("010_xiqing_district", "measures", "跨部门综合监管"): "extra accepted form (substring of the pilot)",
    ("004_wenjiang_district", "measures", "诉源治理"): "canonical; text has 诉源治理工作站",
}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def main():
    errors, notes = [], []
    gold_files = sorted((HERE / "gold").glob("*.json"))
    if len(gold_files) != 12:
        errors.append(f"expected 12 gold files, found {len(gold_files)}")
    for gf in gold_files:
        key = gf.stem
        def err(msg):
            errors.append(f"{key}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != key + ".txt":
            err(f"doc field {g['doc']!r} != {key + '.txt'!r}")
        txt_path = HERE / "docs" / g["doc"]
        if not txt_path.exists():
            err(f"missing text {txt_path}")
            continue
        raw = txt_path.read_text(encoding="utf-8")
        text = norm(html.unescape(raw))
        n_chars = len(raw)
        if not 1500 <= n_chars <= 5000:
            err(f"text length {n_chars} outside 1500-5000")
        # report
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep[f]:
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("title") is None:
            notes.append(f"{key}: report.title is null")
        elif not isinstance(rep["title"], str):
            err("report.title not a string")
        if rep.get("date") is None:
            notes.append(f"{key}: report.date is null")
        org_names = {o.get("name") for o in g["organizations"]}
        if rep.get("publisher") not in org_names:
            err(f"publisher {rep.get('publisher')!r} is not a gold organization name")
        # entities
        specs = {
            "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEASURE_TYPES),
        }
        for kind, (keys, types) in specs.items():
            seen = {}
            for e in g[kind]:
                if not isinstance(e, dict) or set(e) != keys:
                    err(f"{kind}: bad entity keys {e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not DOCNUM.match(dn):
                            err(f"{kind}: {name}: doc_number {dn!r} not normalised")
                        elif norm(dn) not in text:
                            err(f"{kind}: {name}: doc_number {dn!r} not in text")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in iss.split():
                            if part not in org_names:
                                err(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
                forms = [name, *e["aliases"]]
                for f in forms:
                    nf = norm(f)
                    if nf in seen and seen[nf] != name:
                        err(f"{kind}: form {f!r} shared by {seen[nf]!r} and {name!r}")
                    seen.setdefault(nf, name)
                present = [f for f in forms if norm(f) in text]
                if not present:
                    if (key, kind, name) in EXPECTED:
                        notes.append(f"{key}: {kind}: {name!r} absent as expected: {EXPECTED[(key, kind, name)]}")
                    else:
                        err(f"{kind}: neither name nor any alias of {name!r} occurs in the text")
                    continue
                if norm(name) not in text:
                    if (key, kind, name) in EXPECTED:
                        notes.append(f"{key}: {kind}: {name!r}: {EXPECTED[(key, kind, name)]}")
                    else:
                        notes.append(f"{key}: {kind}: resolved name {name!r} (text has {present[0]!r})")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        if (key, kind, a) in EXPECTED:
                            notes.append(f"{key}: {kind}: alias {a!r}: {EXPECTED[(key, kind, a)]}")
                        else:
                            err(f"{kind}: alias {a!r} of {name!r} does not occur in the text")
    quiet = "-q" in sys.argv[1:]
    for n in notes:
        if quiet and "resolved name" in n:
            continue
        print("note  ", n)
    for e in errors:
        print("ERROR ", e)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
