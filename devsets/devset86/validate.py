#!/usr/bin/env python3
"""Validate the devset86 gold files against ANNOTATION.md (format, types, occurrence in text).

usage: python3 validate.py            (run from anywhere; paths are relative to this file)
Exit status 1 if any ERROR is found; INFO lines list resolved canonical names that do not
occur verbatim but whose alias does (these are fine).
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DOCNO_LING = re.compile(r"^\S+人民政府令第\d+号$")   # 规章 are numbered by 政府令, kept as written


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError("unknown", b"", 0, 1, str(path))


def main():
    errors, infos = [], []
    err = lambda f, m: errors.append(f"ERROR {f}: {m}")
    gold_files = sorted(GOLD.glob("*.json"))
    docs = sorted(DOCS.glob("*.txt"))
    if len(gold_files) != len(docs):
        err("-", f"{len(docs)} docs but {len(gold_files)} gold files")
    for gf in gold_files:
        f = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f, f"JSON does not load: {exc}"); continue
        if set(g) != TOP_KEYS:
            err(f, f"top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            err(f, f"doc field {g.get('doc')!r} != file name")
        tp = DOCS / str(g.get("doc"))
        if not tp.exists():
            err(f, "text file missing"); continue
        text, enc = read_text(tp)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f, f"text length {n} outside 1500-5000")
        ntext = norm(text)
        rep = g.get("report") or {}
        if set(rep) != REPORT_KEYS:
            err(f, f"report keys {sorted(rep)}")
        for k in ("publisher", "region", "year", "title"):
            if rep.get(k) in (None, ""):
                err(f, f"report.{k} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
            err(f, f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            err(f, f"report.date {rep['date']!r}")
        if rep.get("title") and norm(rep["title"]) not in ntext:
            err(f, "report.title not in text")
        org_names = {norm(o["name"]) for o in g.get("organizations", [])}
        org_all = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
            err(f, "publisher is not a gold organization name")
        for kind, types, fields in (("regulations", REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                                    ("organizations", ORG_TYPES, {"name", "aliases", "type"}),
                                    ("measures", MEA_TYPES, {"name", "aliases", "type"})):
            seen = {}
            items = g.get(kind)
            if not isinstance(items, list):
                err(f, f"{kind} not a list"); continue
            for e in items:
                if set(e) != fields:
                    err(f, f"{kind} {e.get('name')}: fields {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f, f"{kind}: empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                    err(f, f"{kind} {e['name']}: aliases not a list of strings")
                if e["type"] not in types:
                    err(f, f"{kind} {e['name']}: bad type {e['type']!r}")
                forms = [e["name"], *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != e["name"]:
                        err(f, f"{kind}: form {a!r} shared by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                hits = [a for a in forms if norm(a) in ntext]
                if not hits:
                    err(f, f"{kind} {e['name']!r}: neither name nor any alias occurs in text")
                elif norm(e["name"]) not in ntext:
                    infos.append(f"INFO  {f}: {kind} {e['name']!r} resolved; occurs as {hits}")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        infos.append(f"INFO  {f}: {kind} {e['name']!r} alias {a!r} is an accepted form not in text")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f, f"{e['name']}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not (DOCNO.match(dn) or DOCNO_LING.match(dn)):
                            err(f, f"{e['name']}: doc_number {dn!r} not normalised")
                        digits = re.sub(r"\D", "", dn)
                        if not re.search("".join(re.escape(c) + r"\D{0,3}" for c in digits[:-1]) + re.escape(digits[-1]), ntext):
                            err(f, f"{e['name']}: doc_number {dn!r} digits not found in text")
                    if e["issuer"] is not None:
                        for part in str(e["issuer"]).split():
                            if norm(part) not in org_all:
                                err(f, f"{e['name']}: issuer part {part!r} is not a gold organization")
        print(f"{f}: {n} chars ({enc}), {len(g.get('regulations', []))} regulations, "
              f"{len(g.get('organizations', []))} organizations, {len(g.get('measures', []))} measures")
    for line in infos:
        print(line)
    for line in errors:
        print(line)
    print(f"{len(gold_files)} gold files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
