#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md conventions.

usage: python3 validate.py [DEVSET_DIR]   (default: directory of this script)
Exit status 1 if any ERROR is found; INFO lines list canonical names that do not
occur verbatim (resolved names) but are covered by an alias.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d{2}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

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
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError("unknown encoding")


def main():
    errors, infos = [], []
    gold_files = sorted((ROOT / "gold").glob("*.json"))
    if not gold_files:
        print("no gold files"); return 1
    for gf in gold_files:
        tag = gf.name
        def err(msg): errors.append(f"ERROR {tag}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != TOP_KEYS:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if doc != gf.stem + ".txt":
            err(f"doc field {doc!r} does not match file name")
        tp = ROOT / "docs" / str(doc)
        if not tp.exists():
            err(f"document {tp} missing"); continue
        text, enc = read_text(tp)
        ntext = norm(text)
        # PDF debris: running page numbers such as "— 2 —" may fall inside a name
        ntext_nopage = norm(re.sub(r"\n\s*[—－-]\s*\d+\s*[—－-]\s*\n", "\n", text))
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"document length {n} outside 1500-5000")
        if enc != "utf-8":
            infos.append(f"INFO {tag}: document is not UTF-8 (decoded as {enc}, written as GBK)")
        rep = g.get("report") or {}
        if set(rep) != REPORT_KEYS:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r} not an int in 2015-2025")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        for f in ("title", "date"):
            if rep.get(f) is None:
                infos.append(f"INFO {tag}: report.{f} is null")
        if rep.get("title") and norm(rep["title"]) not in ntext:
            err(f"report.title not in text")
        org_forms = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for it in items:
                name = it.get("name")
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(it) != need:
                    err(f"{kind} {name!r}: keys {sorted(it)}")
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                al = it.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                    err(f"{kind} {name}: aliases must be a list of non-empty strings"); al = []
                if it.get("type") not in types:
                    err(f"{kind} {name}: bad type {it.get('type')!r}")
                if kind == "regulations":
                    if it.get("relation") not in RELATIONS:
                        err(f"{name}: bad relation {it.get('relation')!r}")
                    dn = it.get("doc_number")
                    if dn is not None:
                        if not DOCNUM.match(dn):
                            err(f"{name}: doc_number {dn!r} not normalised")
                        elif norm(dn) not in ntext:
                            err(f"{name}: doc_number {dn!r} not found in text")
                    if it.get("issuer") is not None and not isinstance(it["issuer"], str):
                        err(f"{name}: issuer must be string or null")
                forms = [name] + list(al)
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                    if kind == "organizations":
                        org_forms[k] = name
                present = [f for f in forms if norm(f) in ntext]
                broken = [f for f in forms if norm(f) in ntext_nopage]
                if not present and broken:
                    infos.append(f"INFO {tag}: {kind} {name!r} occurs only across a PDF page break ({broken[0]!r})")
                elif not present:
                    err(f"{kind} {name}: neither name nor any alias occurs in text")
                elif norm(name) not in ntext:
                    infos.append(f"INFO {tag}: {kind} canonical {name!r} resolved; covered by alias {present[0]!r}")
        pub = rep.get("publisher")
        if pub and norm(pub) not in org_forms:
            err(f"publisher {pub!r} is not among the organizations")
        for r in g.get("regulations", []):
            iss = r.get("issuer")
            if iss:
                for part in iss.split():
                    if norm(part) not in org_forms:
                        err(f"issuer part {part!r} of {r['name']!r} is not an annotated organization")
    for line in infos:
        print(line)
    for line in errors:
        print(line)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(infos)} info")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
