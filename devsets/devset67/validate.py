#!/usr/bin/env python3
"""Validate every gold file of this dev set against ANNOTATION.md and its document.

Checks: JSON loads; keys and value types; entity types / relations in the allowed sets;
doc_number in the normalised form 机关代字〔年份〕序号号 (or a 令 number); report fields filled;
the document exists, decodes (UTF-8, else Big5/CP950) and is 1,500-5,000 characters;
every entity's name or one of its aliases (after removing 《》〈〉 and whitespace) occurs in
the text. Canonical names that do not occur (resolved names) are listed as info, not errors.
usage: python3 validate.py [-v]"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNO = re.compile(r"^[^〔〕\s]+〔(19|20)\d\d〕\d+号$|^.*令第\d+号$")


def decode(raw):
    for enc in ("utf-8", "big5", "cp950"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable")


_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def score_norm(text):
    """The scorer's normalisation (ANNOTATION.md section 6), used for the collision check."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def key(s):
    return re.sub(r"[《》〈〉<>\s]", "", s)


def main():
    verbose = "-v" in sys.argv
    errors, infos = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    if {g.stem for g in golds} != {d.stem for d in docs}:
        errors.append(f"docs and gold do not pair up: {sorted({g.stem for g in golds} ^ {d.stem for d in docs})}")
    for gf in golds:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{where}: JSON: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            errors.append(f"{where}: doc field {g.get('doc')!r}")
        path = HERE / "docs" / str(g.get("doc"))
        if not path.exists():
            errors.append(f"{where}: missing document {path.name}")
            continue
        text, enc = decode(path.read_bytes())
        n = len(re.sub(r"\s", "", text))
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: document has {n} non-space characters")
        ktext = key(text)
        ktext_nfkc = key(unicodedata.normalize("NFKC", text))
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{where}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{where}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            errors.append(f"{where}: report.date {rep['date']!r}")
        if rep.get("title") and key(rep["title"]) not in ktext:
            errors.append(f"{where}: title not in text")
        orgnames = {o["name"] for o in g.get("organizations", [])}
        if rep.get("publisher") not in orgnames:
            errors.append(f"{where}: publisher {rep.get('publisher')!r} is not a gold organization")
        seen = {}
        for kind, allowed in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            for e in items:
                if set(e) != need:
                    errors.append(f"{where}: {kind} {e.get('name')!r} keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{where}: {kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{where}: {kind} {e['name']!r}: aliases must be a list of strings")
                if e["type"] not in allowed:
                    errors.append(f"{where}: {kind} {e['name']!r}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {e['name']!r}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                        errors.append(f"{where}: {e['name']!r}: doc_number {e['doc_number']!r} not normalised")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{where}: {e['name']!r}: issuer must be a string or null")
                forms = [e["name"]] + list(e["aliases"])
                # one gold entity per normalised form within a kind (else the scorer cannot tell them apart)
                for f in forms:
                    k = (kind, score_norm(f))
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{where}: {kind}: form {f!r} used by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                present = [f for f in forms if key(f) in ktext]
                if not present:
                    if any(unicodedata.normalize("NFKC", key(f)) in ktext_nfkc for f in forms):
                        infos.append(f"{where}: {kind} {e['name']!r} occurs only after NFKC")
                    else:
                        errors.append(f"{where}: {kind} {e['name']!r}: neither name nor any alias occurs in the text")
                elif e["name"] not in present or verbose:
                    absent = [f for f in forms if f not in present]
                    if absent:
                        infos.append(f"{where}: {kind} {e['name']!r}: not in text (resolved/accepted forms): {absent}")
        print(f"{where}: {enc}, {n} chars, {len(g['regulations'])} regulations, "
              f"{len(g['organizations'])} organizations, {len(g['measures'])} measures")
    if verbose:
        for i in infos:
            print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} info notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
