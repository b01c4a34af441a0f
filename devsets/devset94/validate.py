#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md and its document in docs/.

Errors (exit 1): JSON/keys/types invalid, report fields missing, an entity none of whose
name/aliases occurs in the text, two entities of one kind sharing a normalised name.
Warnings: 《》 titles or “” terms in the text not covered by any gold entity (to review).
Text and names are compared after html.unescape and the scorer's normalisation.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
REL = {"issues", "implements", "studies", "mentions"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def main():
    errors, warnings = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    if len(files) != 10:
        errors.append(f"expected 10 gold files, found {len(files)}")
    for gf in files:
        E = lambda m: errors.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            E(f"not JSON: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"keys {sorted(g)}")
        doc = ROOT / "docs" / g.get("doc", "")
        if g.get("doc") != gf.stem + ".txt" or not doc.exists():
            E(f"doc {g.get('doc')!r} missing or misnamed"); continue
        raw = doc.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            E(f"length {len(raw)} outside 1500-5000")
        text = html.unescape(html.unescape(raw))
        ntext = norm(text)
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        for k in ("title", "publisher", "region", "date"):
            if not isinstance(rep.get(k), str) or not rep.get(k):
                E(f"report.{k} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            E(f"report.year {rep.get('year')!r}")
        if isinstance(rep.get("date"), str) and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            E(f"report.date {rep['date']!r}")
        if rep.get("title") and norm(rep["title"]) not in ntext:
            E("report.title not in text")
        orgnames = {norm(n) for o in g.get("organizations", []) for n in [o["name"], *o["aliases"]]}
        if norm(rep.get("publisher", "")) not in orgnames:
            E("publisher is not a gold organization")
        spec = {"regulations": (REG_T, ["name", "aliases", "type", "doc_number", "issuer", "relation"]),
                "organizations": (ORG_T, ["name", "aliases", "type"]),
                "measures": (MEA_T, ["name", "aliases", "type"])}
        for kind, (types, keys) in spec.items():
            seen = {}
            for e in g.get(kind, []):
                if sorted(e) != sorted(keys):
                    E(f"{kind} {e.get('name')}: keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not isinstance(e.get("aliases"), list):
                    E(f"{kind}: bad name/aliases {e}"); continue
                if e["type"] not in types:
                    E(f"{kind} {e['name']}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in REL:
                        E(f"{e['name']}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                        E(f"{e['name']}: doc_number {dn!r} not normalised")
                    if dn is not None and not re.sub(r"\D", "", dn) in re.sub(r"\D", "", ntext):
                        E(f"{e['name']}: doc_number digits not in text")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in orgnames:
                                E(f"{e['name']}: issuer part {part!r} not a gold organization")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    nf = norm(f)
                    if nf in seen and seen[nf] != e["name"]:
                        E(f"{kind}: {f!r} used by both {seen[nf]!r} and {e['name']!r}")
                    seen[nf] = e["name"]
                present = [f for f in forms if norm(f) in ntext]
                if not present:
                    E(f"{kind} {e['name']!r}: neither name nor any alias occurs in text")
                for f in e["aliases"]:
                    if norm(f) not in ntext:
                        warnings.append(f"{gf.name}: alias {f!r} of {e['name']!r} not in text")
            if kind == "regulations":
                covered = {norm(f) for e in g[kind] for f in [e["name"], *e["aliases"]]}
                for t in re.findall(r"《([^《》]+)》", text) + re.findall(r"〈([^〈〉]+)〉", text) + re.findall(r"<([^<>]{4,60})>", text):
                    if norm(t) not in covered:
                        warnings.append(f"{gf.name}: title 《{t}》 not annotated")
        allforms = [norm(f) for k in ("regulations", "organizations", "measures") for e in g[k] for f in [e["name"], *e["aliases"]]]
        for q in re.findall(r"[“‘\"]([^”’\"]{1,30})[”’\"]", text):
            nq = norm(q)
            if not any(nq in f or f in nq for f in allforms if f):
                warnings.append(f"{gf.name}: quoted term “{q}” not covered (review)")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
