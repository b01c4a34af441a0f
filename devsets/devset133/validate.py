#!/usr/bin/env python3
"""Validate the gold files of this devset (run from anywhere): python3 validate.py"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip_ws(text):
    return re.sub(r"\s+", "", text.replace("《", "").replace("》", ""))


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(f"cannot decode {path}")


def main():
    errors, notes = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    if {g.stem for g in golds} != {d.stem for d in docs}:
        errors.append(f"docs/gold mismatch: {sorted({g.stem for g in golds} ^ {d.stem for d in docs})}")
    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON error {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g.get('doc')!r}")
        tp = HERE / "docs" / (gf.stem + ".txt")
        if not tp.exists():
            errors.append(f"{tag}: text missing"); continue
        text = read_text(tp)
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n}")
        flat, nflat = strip_ws(text), norm(text)
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int):
            errors.append(f"{tag}: report.year not int")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        if rep.get("date") is None:
            notes.append(f"{tag}: report.date is null")
        if rep.get("title") and norm(rep["title"]) not in nflat:
            errors.append(f"{tag}: title not in text")
        orgnames = {norm(x) for o in g.get("organizations", []) for x in [o["name"], *o.get("aliases", [])]}
        if norm(rep.get("publisher") or "") not in orgnames:
            errors.append(f"{tag}: publisher not among organizations")
        spec = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
        for kind, types in spec.items():
            seen = {}
            for e in g.get(kind, []):
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{tag}: {kind} {e.get('name')}: keys {sorted(e)}")
                if not isinstance(e.get("aliases"), list):
                    errors.append(f"{tag}: {kind} {e.get('name')}: aliases not a list")
                if e.get("type") not in types:
                    errors.append(f"{tag}: {kind} {e['name']}: bad type {e.get('type')}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: {e['name']}: bad relation {e.get('relation')}")
                    dn = e.get("doc_number")
                    if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+[号號]", dn):
                        errors.append(f"{tag}: {e['name']}: doc_number not normalised {dn!r}")
                    if dn is not None and norm(dn) not in nflat:
                        notes.append(f"{tag}: doc_number {dn} not literally in text (written in another form)")
                forms = [e["name"], *e.get("aliases", [])]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind}: form {f!r} used by {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                found = [f for f in forms if strip_ws(f) in flat or norm(f) in nflat]
                if not found:
                    errors.append(f"{tag}: {kind} {e['name']!r}: neither name nor alias occurs in text")
                elif strip_ws(e["name"]) not in flat and norm(e["name"]) not in nflat:
                    notes.append(f"{tag}: {kind} {e['name']!r} resolved (text has {found[0]!r})")
                for f in e.get("aliases", []):
                    if strip_ws(f) not in flat and norm(f) not in nflat:
                        errors.append(f"{tag}: {kind} {e['name']!r}: alias {f!r} not in text")
    for n_ in notes:
        print("note:", n_)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
