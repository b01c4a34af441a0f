#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks: JSON loads; top-level keys; report fields filled and typed; entity keys and
types; relation values; doc_number format; every entity has its name or an alias
occurring in the text (compared after removing title marks, quotes and whitespace and
unifying brackets/dashes/full-width forms as score.py does); names not duplicated.
Usage: python3 validate.py [DEVSET_DIR]
"""
import json, re, sys, unicodedata
from pathlib import Path

BASE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def check(gf, problems, notes):
    p = lambda msg: problems.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:
        p(f"JSON does not load: {exc}")
        return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        p(f"top-level keys {sorted(g)}")
    doc = g.get("doc")
    if doc != gf.stem + ".txt":
        p(f"doc field {doc!r} does not match file name")
    txt = BASE / "docs" / str(doc)
    if not txt.exists():
        p(f"text {txt} missing")
        return
    text = read_text(txt)
    # PDF page footers (— 3 —, - 3 -, 第3页) may split a name; drop them before matching
    ntext = norm(re.sub(r"(?m)^\s*(?:[—\-－]\s*\d+\s*[—\-－]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)\s*$", "", text))
    n = len(re.sub(r"\s", "", text))
    if not 1500 <= len(text) <= 5000:
        p(f"text length {len(text)} outside 1500-5000")
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        p(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            p(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
        p(f"report.year {rep.get('year')!r} not an int in 2015-2025")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
        p(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("title") is not None and norm(rep["title"]) not in ntext:
        p(f"report.title does not occur in text")
    orgnames = {norm(x) for o in g.get("organizations", []) for x in [o["name"], *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
        p("report.publisher is not among the organizations")
    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
    for kind, (keys, types) in spec.items():
        seen = {}
        items = g.get(kind)
        if not isinstance(items, list):
            p(f"{kind} is not a list")
            continue
        for e in items:
            if set(e) != keys:
                p(f"{kind} {e.get('name')!r}: keys {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                p(f"{kind}: empty name")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                p(f"{kind} {e['name']}: aliases not a list of strings")
            if e["type"] not in types:
                p(f"{kind} {e['name']}: bad type {e['type']!r}")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    p(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            if not any(norm(f) in ntext for f in forms):
                p(f"{kind} {e['name']!r}: neither name nor any alias occurs in the text")
            elif norm(e["name"]) not in ntext:
                notes.append(f"{gf.name}: {kind} {e['name']!r} resolved (occurs only as alias)")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    notes.append(f"{gf.name}: {kind} {e['name']!r}: alias {a!r} not in text (accepted variant)")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    p(f"regulation {e['name']}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not (re.fullmatch(r"[^〔〕\s]+〔\d{4}〕\d+号", dn) or re.fullmatch(r"\S+公告\d{4}年第\d+号", dn)):
                    p(f"regulation {e['name']}: doc_number {dn!r} not normalised to X〔YYYY〕N号")
                if dn is not None:
                    digits = re.sub(r"\D", "", dn)
                    year, num = re.search(r"〔(\d{4})〕(\d+)号", dn).groups() if "〔" in dn else ("", "")
                    if not (year in text and num in text):
                        p(f"regulation {e['name']}: doc_number {dn!r} parts not found in text")
                if e["issuer"] is not None:
                    parts = [x for x in re.split(r"[\s、，]+", e["issuer"]) if x]
                    for part in parts:
                        if norm(part) not in orgnames:
                            p(f"regulation {e['name']}: issuer {part!r} not among organizations")


def main():
    problems, notes = [], []
    golds = sorted((BASE / "gold").glob("*.json"))
    docs = sorted((BASE / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        problems.append(f"{len(docs)} docs but {len(golds)} gold files")
    for gf in golds:
        check(gf, problems, notes)
    for n in notes:
        print("note:", n)
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"{len(golds)} gold files checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
