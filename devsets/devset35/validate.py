#!/usr/bin/env python3
"""Check every gold file in gold/ against its text in docs/ (see README)."""
import html, json, re, sys, unicodedata
from pathlib import Path
D = Path(__file__).parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
REL = {"issues", "implements", "studies", "mentions"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(", "]": ")",
       "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(MAP.get(c, c) for c in s if c not in DROP)
def read(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise SystemExit(f"{p}: cannot decode")
def text_forms(t):
    t = html.unescape(html.unescape(t))          # web debris: &ldquo; &amp;nbsp; ...
    nofoot = re.sub(r"(?m)^\s*[—\-－]\s*\d+\s*[—\-－]\s*$|^\s*第\s*\d+\s*页.*$", "", t)  # PDF page footers
    return norm(t), norm(nofoot)
def main():
    errs, warns = [], []
    golds = sorted((D / "gold").glob("*.json"))
    for gf in golds:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            errs.append(f"{gf.name}: JSON: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errs.append(f"{gf.name}: keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            errs.append(f"{gf.name}: doc field {g.get('doc')!r}")
        tp = D / "docs" / g["doc"]
        if not tp.exists():
            errs.append(f"{gf.name}: no text {tp}"); continue
        forms = text_forms(read(tp))
        r = g.get("report") or {}
        if set(r) != {"title", "publisher", "region", "year", "date"}:
            errs.append(f"{gf.name}: report keys {sorted(r)}")
        for f in ("publisher", "region", "year"):
            if not r.get(f):
                errs.append(f"{gf.name}: report.{f} empty")
        if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
            errs.append(f"{gf.name}: report.year {r.get('year')!r}")
        if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            errs.append(f"{gf.name}: report.date {r['date']!r}")
        if r.get("title") and not any(norm(r["title"]) in f for f in forms):
            warns.append(f"{gf.name}: title not found verbatim: {r['title']}")
        orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if norm(r.get("publisher") or "") not in orgnames:
            errs.append(f"{gf.name}: publisher not among organizations")
        seen = {}
        for kind, types in (("regulations", REG_T), ("organizations", ORG_T), ("measures", MEA_T)):
            for e in g[kind]:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    errs.append(f"{gf.name}: {kind} {e.get('name')}: keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not e["name"] or not isinstance(e.get("aliases"), list):
                    errs.append(f"{gf.name}: {kind}: bad name/aliases {e}")
                    continue
                if e["type"] not in types:
                    errs.append(f"{gf.name}: {kind} {e['name']}: type {e['type']}")
                if kind == "regulations":
                    if e["relation"] not in REL:
                        errs.append(f"{gf.name}: {e['name']}: relation {e['relation']}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r".+〔\d{4}〕\d+号|.+令第\d+号", dn):
                        errs.append(f"{gf.name}: {e['name']}: doc_number not normalised: {dn}")
                for a in [e["name"], *e["aliases"]]:
                    k = (kind, norm(a))
                    if k in seen and seen[k] != e["name"]:
                        errs.append(f"{gf.name}: {kind} form {a!r} used by {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                found = [a for a in [e["name"], *e["aliases"]] if any(norm(a) in f for f in forms)]
                if not found:
                    errs.append(f"{gf.name}: {kind} not in text: {e['name']} / {e['aliases']}")
                elif norm(e["name"]) not in forms[0] and norm(e["name"]) not in forms[1]:
                    warns.append(f"{gf.name}: resolved name (alias in text): {e['name']}")
    print(f"{len(golds)} gold files")
    for w in warns:
        print("note:", w)
    for e in errs:
        print("ERROR:", e)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
