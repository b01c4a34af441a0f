#!/usr/bin/env python3
"""Validate devset79 gold files against ANNOTATION.md (keys, types, surface forms, report fields)."""
import json, re, sys, unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DROP = set("《》〈〉<>“”\"'‘’「」『』·•")
MAP = {"（": "(", "）": ")", "—": "-", "－": "-", "–": "-", "【": "〔", "】": "〕"}


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("&nbsp;", "")
    s = "".join(MAP.get(c, c) for c in s if c not in DROP and not c.isspace())
    return s


def main():
    errors, notes = [], []
    docs = BASE / "docs"
    golds = sorted((BASE / "gold").glob("*.json"))
    if len(golds) != len(list(docs.glob("*.txt"))):
        errors.append("number of gold files differs from number of docs")
    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g.get('doc')!r}")
        txt_path = docs / g.get("doc", "")
        if not txt_path.exists():
            errors.append(f"{tag}: missing text {txt_path}"); continue
        raw = txt_path.read_text(encoding="utf-8")
        n = len(raw)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n} outside 1500-5000")
        text = norm(raw)
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year", "date"):
            if rep.get(f) in (None, ""):
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        if rep.get("title") and norm(rep["title"]) not in text:
            errors.append(f"{tag}: title not in text")
        orgnames = {o["name"] for o in g.get("organizations", [])}
        if rep.get("publisher") not in orgnames:
            errors.append(f"{tag}: publisher {rep.get('publisher')!r} not among organizations")
        spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
                "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
                "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
        for kind, (keys, types) in spec.items():
            seen = {}
            for e in g.get(kind, []):
                name = e.get("name")
                if set(e) != keys:
                    errors.append(f"{tag}: {kind} {name}: keys {sorted(e)}")
                if not isinstance(name, str) or not name:
                    errors.append(f"{tag}: {kind}: bad name {name!r}"); continue
                if not isinstance(e.get("aliases"), list):
                    errors.append(f"{tag}: {kind} {name}: aliases not a list")
                if e.get("type") not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e.get('type')!r}")
                forms = [name] + list(e.get("aliases", []))
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {f!r} used by {seen[k]!r} and {name!r}")
                    seen[k] = name
                present = [f for f in forms if norm(f) in text]
                if not present:
                    errors.append(f"{tag}: {kind} {name}: neither name nor any alias occurs in text")
                elif norm(name) not in text:
                    notes.append(f"{tag}: {kind} {name}: canonical (resolved) name absent; alias present: {present[0]}")
                for a in e.get("aliases", []):
                    if norm(a) not in text:
                        errors.append(f"{tag}: {kind} {name}: alias {a!r} not in text")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNUM.match(dn) and "公告" not in dn:
                        errors.append(f"{tag}: {name}: doc_number not normalised: {dn!r}")
                    if dn is not None:
                        digits = re.sub(r"\D", "", dn)
                        if digits not in re.sub(r"\D", "", text.split(norm(name))[-1][:60] if norm(name) in text else text):
                            notes.append(f"{tag}: {name}: doc_number {dn} digits not found right after the title")
                    iss = e.get("issuer")
                    if iss is not None:
                        for part in iss.split():
                            if part not in orgnames:
                                errors.append(f"{tag}: {name}: issuer part {part!r} not an annotated organization")
    for n_ in notes:
        print("note:", n_)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
