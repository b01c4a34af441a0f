#!/usr/bin/env python3
"""Validate devset106 gold files: format, types, presence of names in text, report fields."""
import json, re, sys, unicodedata
from pathlib import Path
HERE = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
REL = {"issues", "implements", "studies", "mentions"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DN = re.compile(r"^.+〔(19|20)\d\d〕\d+号$")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "，": ",", "、": ","}
def strip(s):  # the check the brief asks for: remove 《》 (and 〈〉) and whitespace
    return re.sub(r"[《》〈〉\s\u3000]", "", s)
def norm(s):  # the scorer's normalisation, used as a second, looser level
    s = unicodedata.normalize("NFKC", s)
    return "".join(_MAP.get(c, c) for c in s if c not in set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•"))
def main():
    errs, notes = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    for gf in golds:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            errs.append(f"{where}: JSON: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errs.append(f"{where}: keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            errs.append(f"{where}: doc field {g.get('doc')!r}")
        tp = HERE / "docs" / g["doc"]
        if not tp.exists():
            errs.append(f"{where}: missing text {tp}"); continue
        raw = tp.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030"); notes.append(f"{where}: text decoded as GB18030")
        n = len(text)
        if not 1500 <= n <= 5000:
            errs.append(f"{where}: text length {n} outside 1500-5000")
        # PDF page footers ("— 3 —") may split a name across pages: drop them before matching
        clean = re.sub(r"\n\s*[—-]\s*\d+\s*[—-]\s*\n", "\n", text)
        if clean != text:
            notes.append(f"{where}: page footers removed before matching")
        st, nt = strip(clean), norm(clean)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errs.append(f"{where}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errs.append(f"{where}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errs.append(f"{where}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"]):
            errs.append(f"{where}: report.date {rep['date']!r}")
        if rep.get("title") is not None and strip(rep["title"]) not in st and norm(rep["title"]) not in nt:
            notes.append(f"{where}: title not verbatim in text: {rep['title']}")
        orgnames = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
        if norm(rep["publisher"]) not in orgnames:
            errs.append(f"{where}: publisher {rep['publisher']} not among organizations")
        for kind, types, extra in (("regulations", REG_T, ("doc_number", "issuer", "relation")),
                                   ("organizations", ORG_T, ()), ("measures", MEA_T, ())):
            seen = {}
            if not isinstance(g[kind], list):
                errs.append(f"{where}: {kind} not a list"); continue
            for e in g[kind]:
                want = {"name", "aliases", "type", *extra}
                if set(e) != want:
                    errs.append(f"{where}: {kind} {e.get('name')}: keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not e["name"].strip():
                    errs.append(f"{where}: {kind}: empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) for a in e["aliases"]):
                    errs.append(f"{where}: {e['name']}: aliases not a list of str")
                if e.get("type") not in types:
                    errs.append(f"{where}: {e['name']}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e["relation"] not in REL:
                        errs.append(f"{where}: {e['name']}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DN.match(e["doc_number"]):
                        errs.append(f"{where}: {e['name']}: doc_number not normalised {e['doc_number']!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errs.append(f"{where}: {e['name']}: issuer not str")
                    if e["doc_number"] and strip(e["doc_number"]) not in st and norm(e["doc_number"]) not in nt:
                        notes.append(f"{where}: doc_number {e['doc_number']} repaired/not verbatim")
                # uniqueness of every normalised form across entities of this kind
                for x in [e["name"], *e["aliases"]]:
                    k = norm(x)
                    if k in seen and seen[k] != e["name"]:
                        errs.append(f"{where}: {kind}: form {x!r} used by {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                forms = [e["name"], *e["aliases"]]
                strict = [x for x in forms if strip(x) in st]
                loose = [x for x in forms if norm(x) in nt]
                if not strict and not loose:
                    errs.append(f"{where}: {kind}: neither name nor alias in text: {e['name']}")
                elif not strict:
                    notes.append(f"{where}: {kind}: {e['name']} occurs only after quote/width normalisation")
                elif strip(e["name"]) not in st and norm(e["name"]) not in nt:
                    notes.append(f"{where}: {kind}: canonical resolved (alias occurs): {e['name']}")
                for a in e["aliases"]:
                    if strip(a) not in st and norm(a) not in nt:
                        errs.append(f"{where}: {kind}: alias {a!r} of {e['name']} not in text")
    for m in notes:
        print("note:", m)
    for m in errs:
        print("ERROR:", m)
    print(f"{len(golds)} gold files, {len(errs)} errors, {len(notes)} notes")
    return 1 if errs else 0
if __name__ == "__main__":
    sys.exit(main())
