#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md (format, types, presence in text)."""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^(\S+〔\d{4}〕\d+号|\S*令第\d+号)$")
DROP = set("《》〈〉<>“”\"'‘’「」『』·•") | {" ", "\t", "\r", "\n", "\u3000"}


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c not in DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(f"cannot decode {path}")


def check(gf):
    errs, warns = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:
        return [f"JSON does not load: {exc}"], warns
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    doc = HERE / "docs" / g.get("doc", "")
    if not doc.is_file():
        return errs + [f"doc file {doc.name} missing"], warns
    if Path(g["doc"]).stem != gf.stem:
        errs.append("doc name does not match gold file name")
    text = read_text(doc)
    n = len(text)
    if not 1500 <= n <= 5000:
        errs.append(f"text length {n} outside 1500-5000")
    flat = squash(text)
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errs.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errs.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
        errs.append(f"report.date {rep['date']!r}")
    if rep.get("title") is not None and squash(rep["title"]) not in flat:
        errs.append(f"title not in text: {rep['title']}")
    org_names = {squash(x) for o in g.get("organizations", []) for x in [o["name"], *o.get("aliases", [])]}
    if rep.get("publisher") and squash(rep["publisher"]) not in org_names:
        errs.append("publisher is not among the organizations")
    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
    for kind, (keys, types) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if set(e) != keys:
                errs.append(f"{kind} {e.get('name')}: keys {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                errs.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind} {e['name']}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                errs.append(f"{kind} {e['name']}: bad type {e['type']}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{e['name']}: bad relation {e['relation']}")
                if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                    errs.append(f"{e['name']}: doc_number not normalised: {e['doc_number']}")
                if e["doc_number"] is not None and squash(e["doc_number"])[-6:] not in flat and \
                        re.sub(r"\D", "", e["doc_number"]) not in re.sub(r"\D", "", text):
                    warns.append(f"{e['name']}: doc_number digits not found in text")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if squash(part) not in org_names:
                            errs.append(f"{e['name']}: issuer part {part} is not an organization of this gold")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = squash(f)
                if k in seen and seen[k] != e["name"]:
                    errs.append(f"{kind}: form {f} used by both {seen[k]} and {e['name']}")
                seen[k] = e["name"]
            present = [f for f in forms if squash(f) in flat]
            if not present:
                errs.append(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
            elif squash(e["name"]) not in flat:
                warns.append(f"{kind} {e['name']}: canonical name resolved (not in text); alias found: {present[0]}")
    return errs, warns


def main():
    verbose = "-v" in sys.argv
    files = sorted((HERE / "gold").glob("*.json"))
    bad = 0
    for gf in files:
        errs, warns = check(gf)
        bad += bool(errs)
        for e in errs:
            print(f"ERROR {gf.name}: {e}")
        if verbose:
            for w in warns:
                print(f"note  {gf.name}: {w}")
    docs = sorted((HERE / "docs").glob("*.txt"))
    missing = {d.stem for d in docs} - {f.stem for f in files}
    for m in sorted(missing):
        print(f"ERROR {m}: doc has no gold file")
        bad += 1
    print(f"{len(files)} gold files, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
