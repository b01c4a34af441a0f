#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md and its document in docs/.

- JSON loads; keys and value types are as in ANNOTATION.md section 5;
- type / relation values are from the allowed sets; doc_number looks normalised;
- report fields are filled (title may be null), year is an int, date is YYYY-MM-DD or null;
- every entity's name or one of its aliases (after removing 《》〈〉<> quotes and whitespace)
  occurs in the text; canonical names that do not occur are listed as resolved (fine when an
  alias occurs); an entity none of whose forms occurs is an error;
- no two entities of one kind share a normalised name/alias;
- the publisher is among the organizations; cross-document: one canonical name per alias.
Documents are read as UTF-8, falling back to GB18030.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")


def squash(s):
    return "".join(c for c in s if c not in DROP)


def norm(s):
    # the scorer's normalisation (score.py), for duplicate detection
    s = unicodedata.normalize("NFKC", str(s))
    m = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
         "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
    drop = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
    return "".join(m.get(c, c) for c in s if c not in drop)


def read_text(p):
    raw = p.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def occurs(form, text, text_nfkc):
    f = squash(form)
    if not f:
        return False
    if f in text:
        return True
    return squash(unicodedata.normalize("NFKC", f)) in text_nfkc


def main():
    errors, notes = [], []
    canon_by_alias = {}
    gold_files = sorted((HERE / "gold").glob("*.json"))
    if not gold_files:
        sys.exit("no gold files")
    for gf in gold_files:
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
            errors.append(f"{where}: doc field {g['doc']!r}")
        tp = HERE / "docs" / g["doc"]
        if not tp.exists():
            errors.append(f"{where}: missing text {tp}")
            continue
        text = read_text(tp)
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: text length {n} outside 1500-5000")
        stext = squash(text)
        ntext = squash(unicodedata.normalize("NFKC", text))
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep)}")
        for k in ("publisher", "region", "year"):
            if not rep.get(k):
                errors.append(f"{where}: report.{k} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{where}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            errors.append(f"{where}: report.date {rep['date']!r}")
        if rep.get("title") is not None and not occurs(rep["title"], stext, ntext):
            errors.append(f"{where}: title does not occur in text")
        pub_forms = set()
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} not a list")
                continue
            seen = {}
            for e in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{where}: {kind} keys {sorted(e)} for {e.get('name')}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{where}: {kind} empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{where}: {kind} bad aliases for {e['name']}")
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} bad type {e['type']!r} for {e['name']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: bad relation {e['relation']!r} for {e['name']}")
                    dn = e["doc_number"]
                    if dn is not None and not (re.fullmatch(r".+〔\d{4}〕\d+号", dn) or re.fullmatch(r".*令第\d+号", dn)):
                        errors.append(f"{where}: doc_number not normalised: {dn!r} ({e['name']})")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{where}: issuer not a string for {e['name']}")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    key = norm(f)
                    if key in seen and seen[key] != e["name"]:
                        errors.append(f"{where}: {kind} form {f!r} used by {seen[key]!r} and {e['name']!r}")
                    seen.setdefault(key, e["name"])
                    other = canon_by_alias.setdefault((kind, key), set())
                    other.add(e["name"])
                if kind == "organizations":
                    if e["name"] == rep.get("publisher"):
                        pub_forms.update(forms)
                hits = [f for f in forms if occurs(f, stext, ntext)]
                if not hits:
                    errors.append(f"{where}: {kind} {e['name']!r}: no form occurs in the text")
                elif not occurs(e["name"], stext, ntext):
                    notes.append(f"{where}: {kind} {e['name']!r} resolved (text has {hits[0]!r})")
                for a in e["aliases"]:
                    if not occurs(a, stext, ntext):
                        notes.append(f"{where}: {kind} {e['name']!r}: accepted alias {a!r} not in text")
        if rep.get("publisher") and not pub_forms:
            errors.append(f"{where}: publisher {rep['publisher']!r} not among organizations")
    # cross-document: a canonical name of one document must not be a mere alias of a
    # different canonical name in another (short forms like 省委 legitimately differ)
    canon_keys = {(k, norm(n)) for (k, _), names in canon_by_alias.items() for n in names}
    for (kind, key), names in sorted(canon_by_alias.items()):
        if len(names) > 1 and (kind, key) in canon_keys:
            errors.append(f"cross-doc: {kind} form {key!r} has canonical names {sorted(names)}")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
