#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--quiet]

Checks, per gold file:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; field types;
  * enumerated values (type, relation) as listed in ANNOTATION.md;
  * doc_number in the normalised form 机关代字〔年份〕序号号 and its year/number visible in the text;
  * report fields: publisher, region, year filled; publisher is one of the gold organizations;
    date is YYYY-MM-DD or null; title occurs in the text if given;
  * every entity (page-number lines of PDF conversions are ignored when matching): its name or one of its aliases occurs in the text after normalisation
    (NFKC, whitespace, quotes and title marks removed, brackets/dashes unified — as score.py);
    aliases that do not occur are listed as "accepted forms" (allowed, information only);
  * no normalised alias is shared by two entities of the same kind (the scorer would
    shadow the second);
  * completeness: every title in 《》 / << >> (and nested 〈〉 / < >) in the text is covered by
    a regulation name or alias.
Texts are read as UTF-8, falling back to GB18030 (one document is deliberately GBK-encoded).
Exit status 1 if any error is found.
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
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def titles(text):
    """Titles in 《》 or <<>> (tolerating mixed/broken closers), plus nested 〈〉 / <> titles."""
    out = []
    t = text.replace("<<", "《").replace(">>", "》")
    i = 0
    while True:
        i = t.find("《", i)
        if i < 0:
            break
        depth, j = 0, i
        while j < len(t):
            if t[j] == "《":
                depth += 1
            elif t[j] == "》":
                depth -= 1
                if depth == 0:
                    break
            elif t[j] == "\n" and j - i > 200:
                break
            j += 1
        span = t[i + 1:j]
        out.append(span)
        for inner in re.findall(r"[〈<]([^〈〉<>]+)[〉>]", span):
            out.append(inner)
        for inner in re.findall(r"《([^《》]+)》?", span):
            out.append(inner)
        i = j + 1
    return out


def check(gold_path, errors, infos):
    name = gold_path.name
    def err(msg):
        errors.append(f"{name}: {msg}")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        err(f"top-level keys {sorted(g)} != {sorted(keys)}")
        return
    if g["doc"] != gold_path.stem + ".txt":
        err(f"doc field {g['doc']!r} does not match file name")
    doc = DOCS / g["doc"]
    if not doc.exists():
        err(f"text {doc} missing")
        return
    text, enc = read_text(doc)
    n_chars = len(text)
    # PDF page-number lines ("— 3 —", "-3-", "第3页") may split a name; match without them
    text = re.sub(r"(?m)^\s*(?:[—\-－]\s*\d+\s*[—\-－]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)\s*$", "", text)
    ntext = norm(text)
    if not 1500 <= n_chars <= 5000:
        err(f"text length {n_chars} outside 1500-5000")
    infos.append(f"{name}: {enc}, {n_chars} chars, {len(g['regulations'])} regulations, "
                 f"{len(g['organizations'])} organizations, {len(g['measures'])} measures")

    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep)}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                err(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep['year']!r} not an int in 2015-2025")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["date"] is None:
            infos.append(f"{name}: report.date is null")
        if rep["title"] is not None and norm(rep["title"]) not in ntext:
            err(f"report.title {rep['title']!r} not in text")
        if rep["title"] is None:
            infos.append(f"{name}: report.title is null")
        orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if norm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']!r} is not a gold organization")
        if norm(rep["region"].replace("省", "").replace("市", "")) == "":
            err("region empty")

    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEASURE_TYPES),
    }
    for kind, (fields, types) in spec.items():
        if not isinstance(g[kind], list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in g[kind]:
            if not isinstance(e, dict) or set(e) != fields:
                err(f"{kind}: bad entry {e!r}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{kind}: {e['name']}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}: {e['name']}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"regulations: {e['name']}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None:
                    m = re.fullmatch(r"(.+)〔(\d{4})〕(\d+)号", dn)
                    if not m and re.fullmatch(r".+令第\d+号", dn) and norm(dn) in ntext:
                        pass  # 政府令 numbers have no year; kept as written
                    elif not m:
                        err(f"regulations: {e['name']}: doc_number {dn!r} not normalised")
                    else:
                        core = norm(m.group(1))
                        if core not in ntext or m.group(2) not in ntext:
                            err(f"regulations: {e['name']}: doc_number {dn!r} not visible in text")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"regulations: {e['name']}: issuer must be str or null")
            forms = [e["name"], *e["aliases"]]
            if len({norm(f) for f in forms}) != len(forms):
                infos.append(f"{name}: {kind}: {e['name']}: aliases differing only in quotes/marks (harmless)")
            hits = [f for f in forms if norm(f) in ntext]
            if not hits:  # resolved canonical names need an alias that occurs
                err(f"{kind}: {e['name']!r}: neither name nor any alias occurs in the text")
            missing = [f for f in e["aliases"] if norm(f) not in ntext]
            if missing and hits:
                infos.append(f"{name}: {kind}: {e['name']}: accepted alias form(s) not in text: {missing}")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    err(f"{kind}: alias {f!r} shared by {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
    # completeness of cited titles
    regforms = {norm(a) for r in g["regulations"] for a in [r["name"], *r["aliases"]]}
    for t in titles(text):
        k = norm(t)
        if k and k not in regforms:
            err(f"title in text not covered by a regulation: 《{t.strip()}》")
    # issuers should be organisations
    orgforms = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
    for r in g["regulations"]:
        if r["issuer"]:
            for part in r["issuer"].split():
                if norm(part) not in orgforms:
                    err(f"regulations: {r['name']}: issuer part {part!r} is not a gold organization")


def main():
    quiet = "--quiet" in sys.argv
    errors, infos = [], []
    files = sorted(GOLD.glob("*.json"))
    docs = sorted(p.stem for p in DOCS.glob("*.txt"))
    if [f.stem for f in files] != docs:
        errors.append(f"docs {docs} and gold {[f.stem for f in files]} differ")
    for f in files:
        check(f, errors, infos)
    if not quiet:
        for line in infos:
            print("info:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(files)} gold files, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
