#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md and its document in docs/.

usage: python3 validate.py [DEVSET_DIR]

Errors (exit 1): JSON/keys/types wrong, an entity none of whose name/aliases occurs in
the text, alias collisions between two entities of one kind, bad doc_number form,
report fields missing, publisher not among the organizations, doc length out of range.
Notes (printed, not errors): canonical names that do not occur verbatim (resolved names;
fine as long as an alias occurs), documents not in UTF-8.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d{2}〕\d+号$")
DATE = re.compile(r"^(20\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

# same normalisation as score.py, plus: whitespace also removed from the text
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc).lstrip("\ufeff"), enc
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable")


def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if set(g) != TOP_KEYS:
            errors.append(f"{where}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{where}: doc field {g['doc']!r} != file name")
        dpath = ROOT / "docs" / g["doc"]
        if not dpath.exists():
            errors.append(f"{where}: document {dpath} missing")
            continue
        text, enc = read_doc(dpath)
        if enc != "utf-8":
            notes.append(f"{where}: document is encoded {enc}")
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: document length {n} outside 1500-5000")
        ntext = norm(text)
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            errors.append(f"{where}: report keys wrong: {rep!r}")
            rep = {}
        for k in ("publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep.get(k):
                errors.append(f"{where}: report.{k} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
            errors.append(f"{where}: report.year {rep.get('year')!r} not an int in 2015-2025")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            errors.append(f"{where}: report.date {rep['date']!r} not YYYY-MM-DD")
        for k in ("title", "date"):
            if rep.get(k) is None:
                notes.append(f"{where}: report.{k} is null")
        if rep.get("title") and norm(rep["title"]) not in ntext:
            errors.append(f"{where}: title does not occur in text")
        if rep.get("date") and rep.get("year") and int(rep["date"][:4]) < rep["year"]:
            errors.append(f"{where}: date before reported year")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            seen = {}
            for i, e in enumerate(items):
                tag = f"{where}: {kind}[{i}] {e.get('name')!r}"
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{tag}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: type {e['type']!r} not allowed")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        errors.append(f"{tag}: doc_number {dn!r} not normalised")
                    if dn is not None:
                        m = re.match(r"^(\S+?)〔(\d{4})〕(\d+)号$", dn)
                        digits = m and (m.group(1), m.group(2), m.group(3))
                        if digits and not all(p in unicodedata.normalize("NFKC", text) for p in digits):
                            errors.append(f"{tag}: doc_number parts {digits} not all in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: issuer not a string")
                forms = [e["name"], *e["aliases"]]
                nforms = [norm(f) for f in forms]
                if len(set(nforms)) != len(nforms):
                    notes.append(f"{tag}: forms equal after normalisation (kept as written) {forms}")
                for nf, f in zip(nforms, forms):
                    if nf in seen and seen[nf] != i:
                        errors.append(f"{tag}: form {f!r} also belongs to {items[seen[nf]]['name']!r}")
                    seen.setdefault(nf, i)
                present = [f for f, nf in zip(forms, nforms) if nf and nf in ntext]
                if not present:
                    errors.append(f"{tag}: neither name nor any alias occurs in the text")
                elif norm(e["name"]) not in ntext:
                    notes.append(f"{tag}: canonical name resolved (occurs as {present[0]!r})")
                for f, nf in zip(forms[1:], nforms[1:]):
                    if nf not in ntext:
                        errors.append(f"{tag}: alias {f!r} does not occur in the text")
        canon = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and norm(rep["publisher"]) not in canon:
            errors.append(f"{where}: publisher {rep['publisher']!r} is not among the organizations")
        if rep.get("publisher") and not any(norm(o["name"]) == norm(rep["publisher"]) for o in g["organizations"]):
            errors.append(f"{where}: publisher {rep['publisher']!r} is not a canonical organization name")
    verbose = "-v" in sys.argv
    if verbose:
        for n in notes:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
