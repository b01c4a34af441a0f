#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md and its text in docs/.

- JSON loads; keys and value types valid; enumerations (type, relation) valid;
  doc_number normalised (机关代字〔年份〕序号号); report fields filled (title may be null).
- every entity: its name or one of its aliases (after removing 《》〈〉“” quotes and
  whitespace, NFKC, unified brackets) occurs in the text. Entities whose canonical
  name is resolved (does not occur) but an alias does are listed as info, not errors.
- no alias is shared by two entities of the same kind; no duplicate canonical names.
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
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


def main():
    errors, infos = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{where}: doc field {g['doc']!r} does not match file name")
        txt_path = ROOT / "docs" / g["doc"]
        if not txt_path.exists():
            errors.append(f"{where}: text {txt_path} missing")
            continue
        raw = txt_path.read_bytes()
        text = None
        for enc in ("utf-8", "gb18030"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                pass
        ntext = norm(text)
        # PDF page footers ("— 3 —") may split a name; names spanning one count as present
        ptext = norm(re.sub(r"\n\s*[—-]\s*\d+\s*[—-]\s*\n", "", text))
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: text length {n} outside 1500-5000")
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys wrong")
        else:
            for k in ("publisher", "region", "year"):
                if rep[k] in (None, ""):
                    errors.append(f"{where}: report.{k} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{where}: report.year {rep['year']!r}")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
                errors.append(f"{where}: report.date {rep['date']!r}")
            if rep["title"] is not None and norm(rep["title"]) not in ntext:
                errors.append(f"{where}: report.title not in text")
            orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in orgnames:
                errors.append(f"{where}: publisher {rep['publisher']} not among organizations")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            names = set()
            for e in g[kind]:
                if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"]:
                    errors.append(f"{where}: {kind}: bad entity {e!r}")
                    continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{where}: {kind}: {e['name']}: keys {sorted(e)}")
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) for a in e.get("aliases", [])):
                    errors.append(f"{where}: {kind}: {e['name']}: aliases not a list of strings")
                if e.get("type") not in types:
                    errors.append(f"{where}: {kind}: {e['name']}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{where}: {e['name']}: relation {e.get('relation')!r}")
                    d = e.get("doc_number")
                    if d is not None and not re.fullmatch(r"[^〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号", d):
                        errors.append(f"{where}: {e['name']}: doc_number not normalised: {d!r}")
                    if d is not None and norm(d) not in ntext:
                        infos.append(f"{where}: {e['name']}: doc_number {d} repaired/not verbatim")
                    if e.get("issuer") is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{where}: {e['name']}: issuer not a string")
                if norm(e["name"]) in names:
                    errors.append(f"{where}: {kind}: duplicate name {e['name']}")
                names.add(norm(e["name"]))
                forms = [e["name"], *e.get("aliases", [])]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{where}: {kind}: form {a!r} used by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                present = [a for a in forms if norm(a) in ntext]
                if not present and any(norm(a) in ptext for a in forms):
                    infos.append(f"{where}: {kind}: {e['name']} occurs only across a PDF page break")
                    present = [a for a in forms if norm(a) in ptext]
                if not present:
                    errors.append(f"{where}: {kind}: neither name nor any alias in text: {e['name']}")
                elif norm(e["name"]) not in ntext:
                    infos.append(f"{where}: {kind}: resolved name {e['name']} (text has {present[0]})")
                for a in e.get("aliases", []):
                    if norm(a) not in ntext:
                        infos.append(f"{where}: {kind}: alias {a!r} of {e['name']} not verbatim in text")
    for i in infos:
        print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
