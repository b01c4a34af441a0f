#!/usr/bin/env python3
"""Validate the devset336 gold files against their documents.

Checks, for every gold/*.json:
  * JSON loads; top-level keys, report keys and entity fields are present and typed as
    ANNOTATION.md (sections 1-5) requires; types and relations come from the allowed sets;
    doc_number is normalised (机关代字〔年份〕序号号); report.year is an int, date YYYY-MM-DD or null;
    publisher/region/year filled, publisher is one of the gold organizations.
  * the doc file exists, decodes, and is 1,500-5,000 characters long.
  * every entity's canonical name or one of its aliases occurs in the text after removing
    whitespace (line breaks) and title marks (canonical names that are resolved and so do
    not occur are fine as long as an alias occurs); every alias occurs as well.
    Known, deliberate exceptions (a name split by a page break / running header) are listed
    in EXPECTED_SPLITS and reported, not counted as errors.
  * no two entities of one kind in a document share a (normalised) name or alias;
    issuer parts name organizations of the same gold file.
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
# (doc stem, kind, gold name): why the name does not occur contiguously in the text
EXPECTED_SPLITS = {
    ("002_wuhu", "regulations", "芜湖市人民政府关于进一步促进房地产市场平稳健康发展的若干意见"):
        "table cell split by a page break with page number, running header and repeated table header",
    ("006_henan_sft", "regulations", "河南省行政执法证件管理办法"):
        "title split by a page number and running header in the middle of the 《》",
    ("010_chenggu", "organizations", "中共城固县委全面依法治县委员会办公室"):
        "body name split by page number and running header",
}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "no encoding fits")


def main():
    errors, notes = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    if len(files) != 12:
        errors.append(f"expected 12 gold files, found {len(files)}")
    totals = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in files:
        stem = gf.stem
        def err(msg):
            errors.append(f"{stem}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        if g.get("doc") != stem + ".txt":
            err(f"doc field {g.get('doc')!r} != {stem}.txt")
        doc = ROOT / "docs" / (stem + ".txt")
        if not doc.exists():
            err("document missing")
            continue
        text, enc = read_text(doc)
        if not 1500 <= len(text) <= 5000:
            err(f"document length {len(text)} outside 1500-5000")
        flat = norm(text)
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in flat:
            err(f"report.title does not occur: {rep['title']}")
        orgnames = {norm(o["name"]) for o in g.get("organizations", [])}
        orgall = orgnames | {norm(a) for o in g.get("organizations", []) for a in o.get("aliases", [])}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']} is not a gold organization")
        spec = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEASURE_TYPES}
        for kind, types in spec.items():
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            totals[kind] += len(items)
            seen = {}
            for e in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    err(f"{kind} {e.get('name')}: keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{kind}: empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind} {e['name']}: aliases must be a list of strings")
                if e["type"] not in types:
                    err(f"{kind} {e['name']}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"regulation {e['name']}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        err(f"regulation {e['name']}: doc_number not normalised: {e['doc_number']}")
                    if e["doc_number"] is not None and norm(e["doc_number"]) not in flat:
                        err(f"regulation {e['name']}: doc_number does not occur: {e['doc_number']}")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in orgall:
                                err(f"regulation {e['name']}: issuer part {part} is not a gold organization")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                if len(set(forms)) != len(forms):
                    err(f"{kind} {e['name']}: an alias repeats the name or another alias")
                present = [f for f in forms if norm(f) in flat]
                key = (stem, kind, e["name"])
                if key in EXPECTED_SPLITS:
                    notes.append(f"{stem}: {kind} {e['name']}: expected split ({EXPECTED_SPLITS[key]}); "
                                 f"forms present: {present or 'none'}")
                    continue
                if not present:
                    err(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
                for a in e["aliases"]:
                    if norm(a) not in flat:
                        err(f"{kind} {e['name']}: alias {a!r} does not occur")
                if norm(e["name"]) not in flat:
                    notes.append(f"{stem}: {kind} canonical name resolved, not in text: {e['name']} (alias present)")
    used = {k for k in EXPECTED_SPLITS}
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files; entities: " + ", ".join(f"{k}={v}" for k, v in totals.items()))
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
