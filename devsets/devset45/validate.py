#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md and its document in docs/.

- JSON loads; keys doc/report/regulations/organizations/measures present with the right types;
- report fields filled (title may be null only if the text has none; publisher, region, year required);
- type / relation values from the allowed sets; doc_number normalised (机关代字〔年份〕序号号) or null;
- no duplicate names/aliases within a kind;
- for every entity the name or one of its aliases occurs in the text. Text and names are compared
  after removing 《》〈〉<> and whitespace, quotation marks, NFKC, and (for HTML docs) tags/entities.
  Canonical names that do not occur (resolved names) are reported only if no alias occurs.
Exit status 1 if any error.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(", "]": ")",
       "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(MAP.get(c, c) for c in s if c not in DROP)


def text_forms(raw):
    forms = [raw]
    if re.search(r"<[a-zA-Z/][^>]*>|&[a-z]+;", raw):
        forms.append(html.unescape(re.sub(r"<[a-zA-Z/][^>]*>", "", raw)))
    return [norm(f) for f in forms]


def main():
    errors, warnings = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{where}: JSON does not load: {exc}"); continue
        for k, typ in (("doc", str), ("report", dict), ("regulations", list), ("organizations", list), ("measures", list)):
            if not isinstance(g.get(k), typ):
                errors.append(f"{where}: key {k!r} missing or not {typ.__name__}")
        if errors and errors[-1].startswith(where + ": key"):
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{where}: doc {g['doc']!r} does not match file name")
        txt = ROOT / "docs" / g["doc"]
        if not txt.exists():
            errors.append(f"{where}: no document {txt}"); continue
        raw = txt.read_text(encoding="utf-8")
        n = len(raw)
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: document length {n} outside 1500-5000")
        texts = text_forms(raw)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{where}: report.{f} empty")
        if not isinstance(rep.get("year"), int):
            errors.append(f"{where}: report.year not int")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            errors.append(f"{where}: report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("title") is None:
            warnings.append(f"{where}: report.title is null")
        org_names = {norm(a) for o in g["organizations"] for a in [o["name"], *o.get("aliases", [])]}
        if norm(rep.get("publisher", "")) not in org_names:
            errors.append(f"{where}: publisher {rep.get('publisher')!r} is not among the organizations")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
            seen = {}
            for e in g[kind]:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    errors.append(f"{where}: {kind} {e.get('name')!r} keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"] or not isinstance(e["aliases"], list):
                    errors.append(f"{where}: {kind} bad name/aliases {e!r}"); continue
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} {e['name']!r} type {e['type']!r} not allowed")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {e['name']!r} relation {e['relation']!r}")
                    d = e["doc_number"]
                    if d is not None and not re.fullmatch(r"[^〔〕\[\]()（）]+〔\d{4}〕\d+号|.*令第\d+号", d):
                        errors.append(f"{where}: {e['name']!r} doc_number {d!r} not normalised")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in org_names:
                                errors.append(f"{where}: {e['name']!r} issuer part {part!r} not among organizations")
                for a in [e["name"], *e["aliases"]]:
                    k = norm(a)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{where}: {kind} form {a!r} used by {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                forms = [e["name"], *e["aliases"]]
                found = [a for a in forms if any(norm(a) in t for t in texts)]
                if not found:
                    errors.append(f"{where}: {kind} {e['name']!r}: neither name nor any alias occurs in the text")
                else:
                    for a in e["aliases"]:
                        if not any(norm(a) in t for t in texts):
                            warnings.append(f"{where}: {kind} {e['name']!r}: alias {a!r} does not occur")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
