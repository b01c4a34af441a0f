#!/usr/bin/env python3
"""Validate the gold files of this dev set.

usage: python3 validate.py [--strict]

Checks, per gold file:
  * JSON loads; top-level keys and value types as in ANNOTATION.md section 5;
  * report: title (str|null), publisher/region (non-empty str), year (int 2015..2025),
    date (YYYY-MM-DD|null); publisher is one of the gold organizations (name or alias);
  * entities: name non-empty, aliases list of str, type/relation from the allowed sets,
    doc_number normalised (机关代字〔年份〕序号号, or a 令 number), issuer str|null and each part of
    the issuer is a gold organization; no two entities of one kind share a normalised name/alias
    (the scorer would silently give the form to the first);
  * occurrence: the document text (UTF-8, else Big5) is normalised as score.py does
    (NFKC, whitespace, quotes and title marks dropped, brackets unified); each entity's name or
    at least one alias must occur in it (ERROR otherwise) -- where a PDF page break splits a
    name, it must occur once page-number lines and running headers are removed (INFO). Canonical names that do not occur
    (resolved names, repaired titles, Simplified canonical forms of Traditional text) are listed
    as INFO, aliases that do not occur as NOTE (expected for the Simplified forms kept as accepted
    aliases of converted documents).
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)

TYPES = {
    "regulations": {"law", "administrative_regulation", "departmental_rule", "local_regulation",
                    "normative_document", "party_document", "plan", "publication", "other"},
    "organizations": {"government", "department", "party", "legislature", "judiciary", "committee",
                      "institution", "enterprise", "social", "other"},
    "measures": {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"},
}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^[\u4e00-\u9fff]+〔(19|20)\d\d〕\d+号$")
LINGNO = re.compile(r"^[\u4e00-\u9fff]*令(19|20)?\d*年?第\d+号$")

PAGE_NO = re.compile(r"^\s*(?:[—–\-]\s*\d+\s*[—–\-]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)\s*$")

def strip_page_furniture(text):
    """Drop page-number lines and running headers (non-empty lines repeated 3+ times)."""
    lines = text.splitlines()
    counts = {}
    for l in lines:
        if l.strip():
            counts[l.strip()] = counts.get(l.strip(), 0) + 1
    return "\n".join(l for l in lines if not PAGE_NO.match(l) and counts.get(l.strip(), 0) < 3)

def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "cp950", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot decode {path}")

def main():
    strict = "--strict" in sys.argv
    errors, infos, notes = [], [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        tag = gf.stem
        def err(msg): errors.append(f"{tag}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = HERE / "docs" / g.get("doc", "")
        if g.get("doc") != gf.stem + ".txt" or not doc.exists():
            err(f"doc field {g.get('doc')!r} does not name docs/{gf.stem}.txt"); continue
        text, enc = read_text(doc)
        ntext = norm(text)
        ntext_clean = norm(strip_page_furniture(text))
        n_chars = len(re.sub(r"\s", "", text))
        if not 1500 <= len(text) <= 5000:
            err(f"length {len(text)} outside 1500..5000")
        r = g.get("report") or {}
        if set(r) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(r)}")
        for f in ("publisher", "region"):
            if not isinstance(r.get(f), str) or not r.get(f):
                err(f"report.{f} empty")
        if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
            err(f"report.year {r.get('year')!r}")
        if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(r["date"])):
            err(f"report.date {r.get('date')!r}")
        if r.get("date") is None:
            infos.append(f"{tag}: report.date null")
        if r.get("title") is not None and not isinstance(r["title"], str):
            err("report.title not str/null")
        org_forms = {}
        for o in g.get("organizations", []):
            for a in [o.get("name", ""), *o.get("aliases", [])]:
                org_forms.setdefault(norm(a), o.get("name"))
        if norm(r.get("publisher", "")) not in org_forms:
            err(f"publisher {r.get('publisher')!r} is not a gold organization")
        for kind in ("regulations", "organizations", "measures"):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} not a list"); continue
            owner = {}
            for e in items:
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name {e}"); continue
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    err(f"{kind}: {name}: keys {sorted(e)}")
                al = e.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                    err(f"{kind}: {name}: aliases must be a list of non-empty str"); al = []
                if e.get("type") not in TYPES[kind]:
                    err(f"{kind}: {name}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f"{kind}: {name}: relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None:
                        if DOCNO.match(dn):
                            pass
                        elif LINGNO.match(dn):
                            infos.append(f"{tag}: doc_number is a 令 number: {dn}")
                        else:
                            err(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                    iss = e.get("issuer")
                    if iss is not None:
                        if not isinstance(iss, str):
                            err(f"{kind}: {name}: issuer not str")
                        else:
                            for part in iss.split():
                                if norm(part) not in org_forms:
                                    err(f"{kind}: {name}: issuer part {part!r} not a gold organization")
                for a in [name, *al]:
                    k = norm(a)
                    if k in owner and owner[k] != name:
                        err(f"{kind}: form {a!r} belongs to both {owner[k]!r} and {name!r}")
                    owner.setdefault(k, name)
                hits = [a for a in [name, *al] if norm(a) and norm(a) in ntext]
                if not hits:
                    hits = [a for a in [name, *al] if norm(a) and norm(a) in ntext_clean]
                    if hits:
                        infos.append(f"{tag}: {kind}: occurs only once page numbers/running headers are removed: {name}")
                if not hits:
                    err(f"{kind}: {name}: neither name nor any alias occurs in the text")
                    continue
                if norm(name) not in ntext:
                    infos.append(f"{tag}: {kind}: canonical not in text (alias {hits[0]!r} is): {name}")
                for a in al:
                    if norm(a) not in ntext:
                        notes.append(f"{tag}: {kind}: alias not in text: {a!r} (of {name})")
        print(f"{tag}: {enc}, {len(text)} chars ({n_chars} non-space), "
              f"{len(g.get('regulations', []))} regulations, {len(g.get('organizations', []))} organizations, "
              f"{len(g.get('measures', []))} measures")
    for line in infos:
        print("INFO  " + line)
    if strict:
        for line in notes:
            print("NOTE  " + line)
    else:
        print(f"NOTE  {len(notes)} aliases do not occur verbatim (run with --strict to list)")
    for line in errors:
        print("ERROR " + line)
    print(f"{len(golds)} gold files, {len(errors)} errors")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
