#!/usr/bin/env python3
"""Validate devset165 gold files against ANNOTATION.md (format, types, presence in text)."""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c not in DROP)


def main():
    errors, notes = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    for gp in golds:
        where = gp.name
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as e:
            errors.append(f"{where}: JSON error {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: keys {sorted(g)}")
        if g.get("doc") != gp.stem + ".txt":
            errors.append(f"{where}: doc field {g.get('doc')!r}")
        tp = HERE / "docs" / g.get("doc", "")
        if not tp.exists():
            errors.append(f"{where}: missing text {tp}"); continue
        raw = tp.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: text length {n}")
        flat = squash(text)
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep)}")
        for k in ("publisher", "region", "year"):
            if not rep.get(k):
                errors.append(f"{where}: report.{k} empty")
        if not isinstance(rep.get("year"), int):
            errors.append(f"{where}: year not int")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            errors.append(f"{where}: bad date {rep['date']}")
        if rep.get("title") and squash(rep["title"]) not in flat:
            errors.append(f"{where}: title not in text")
        orgnames = {o["name"] for o in g.get("organizations", [])}
        if rep.get("publisher") not in orgnames:
            errors.append(f"{where}: publisher {rep.get('publisher')} not among organizations")
        seen = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} not a list"); continue
            for e in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{where}: {kind} {e.get('name')} keys {sorted(e)}"); continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{where}: {kind} empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{where}: {kind} {e['name']} aliases not list of str")
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} {e['name']} bad type {e['type']}")
                if kind == "regulations":
                    if e["relation"] not in RELS:
                        errors.append(f"{where}: {e['name']} bad relation {e['relation']}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                        errors.append(f"{where}: {e['name']} doc_number not normalised: {dn}")
                    if dn is not None and squash(re.sub(r"[〔〕]", "", dn)) not in re.sub(r"[〔〕\[\]()（）【】]", "", flat):
                        errors.append(f"{where}: {e['name']} doc_number {dn} not in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{where}: {e['name']} issuer not str")
                # duplicates inside a kind
                for a in [e["name"], *e["aliases"]]:
                    k = (kind, squash(a).translate(str.maketrans("（）〔〕[]【】—–－", "()()()()---")))
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{where}: {kind} form {a!r} used by {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                forms = [e["name"], *e["aliases"]]
                hit = [f for f in forms if squash(f) in flat]
                if not hit:
                    errors.append(f"{where}: {kind} {e['name']!r}: no name/alias occurs in text")
                elif squash(e["name"]) not in flat:
                    notes.append(f"{where}: {kind} {e['name']!r} resolved (occurs as {hit[0]!r})")
                for a in e["aliases"]:
                    if squash(a) not in flat:
                        notes.append(f"{where}: {kind} {e['name']!r} alias {a!r} not verbatim in text")
    if "-v" in sys.argv:
        for x in notes:
            print("note:", x)
    for x in errors:
        print("ERROR:", x)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes (-v to list)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
