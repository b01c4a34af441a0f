#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [OUTDIR]

Checks per gold file: JSON loads; keys and value types; allowed entity types and relations;
doc_number normalised as 机关代字〔年份〕序号号; report fields filled; publisher among the
organizations; no alias shared by two entities of one kind; and that every entity's name or
one of its aliases occurs in the document text. The text is decoded (UTF-8, else GB18030),
HTML entities are unescaped and tags removed, then text and names are normalised the way
score.py does (NFKC, quotes/title marks/whitespace dropped, brackets and dashes unified).
Canonical names that do not occur but have an alias that does are listed as info only.
Exit status 1 if any error.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^(\S+〔(19|20)\d\d〕\d+号|\S*令第\d+号)$")   # 文号, or a 规章 令 number
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
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


def clean(text):
    text = re.sub(r"<[^>\n]*>", "", text)      # tags left in by web capture
    return html.unescape(text)


def main():
    errors, infos = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            err(f"doc field {doc!r} does not match file name")
            continue
        tp = ROOT / "docs" / doc
        if not tp.exists():
            err(f"document {doc} missing"); continue
        text, enc = read_text(tp)
        body = clean(text)
        ntext = norm(body)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"document length {n} outside 1500-5000")
        # report
        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {rep and sorted(rep)}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    err(f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r}")
            if rep["date"] is not None and (not isinstance(rep["date"], str) or not DATE.match(rep["date"])):
                err(f"report.date {rep['date']!r}")
            if rep["date"] is None:
                infos.append(f"{gf.name}: report.date is null")
            if rep["title"] is None:
                infos.append(f"{gf.name}: report.title is null")
            elif norm(rep["title"]) not in ntext:
                err(f"report.title does not occur in text")
            orgnames = {norm(x) for o in g.get("organizations", []) for x in [o["name"], *o.get("aliases", [])]}
            if norm(rep["publisher"]) not in orgnames:
                err("report.publisher is not among the organizations")
        kinds = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
        orgcanon = {}
        for o in g.get("organizations", []):
            for x in [o["name"], *o.get("aliases", [])]:
                orgcanon.setdefault(norm(x), o["name"])
        for kind, types in kinds.items():
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} not a list"); continue
            seen = {}
            for e in items:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != keys:
                    err(f"{kind}: bad keys in {e!r}"); continue
                name, aliases = e["name"], e["aliases"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                    err(f"{kind}: {name}: aliases must be a list of strings")
                    aliases = []
                if e["type"] not in types:
                    err(f"{kind}: {name}: type {e['type']!r} not allowed")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        err(f"{name}: doc_number {dn!r} not normalised")
                    if dn is not None:
                        digits = re.findall(r"\d+", dn)
                        if not all(d in body for d in digits):
                            err(f"{name}: doc_number digits {digits} not in text")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in iss.split():
                            if norm(part) not in orgcanon:
                                err(f"{name}: issuer part {part!r} is not an organization of this doc")
                for form in [name, *aliases]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {form!r} used by both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                occurring = [f for f in [name, *aliases] if norm(f) in ntext]
                if not occurring:
                    err(f"{kind}: {name!r}: neither name nor any alias occurs in text")
                elif norm(name) not in ntext:
                    infos.append(f"{gf.name}: {kind}: canonical {name!r} resolved; occurs as {occurring[0]!r}")
                for a in aliases:
                    if norm(a) not in ntext:
                        err(f"{kind}: {name!r}: alias {a!r} does not occur in text")
        if enc != "utf-8":
            infos.append(f"{gf.name}: text is {enc}")
    for i in infos:
        print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
