#!/usr/bin/env python3
"""Validate devset gold files against ANNOTATION.md (format, types, occurrence in text)."""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(f"cannot decode {path}")


def squash(s):
    return re.sub(r"[\s《》〈〉]", "", s)


def main():
    problems, warnings = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    if {g.stem for g in golds} != {d.stem for d in docs}:
        problems.append(f"docs/gold mismatch: {sorted({g.stem for g in golds} ^ {d.stem for d in docs})}")
    for gf in golds:
        p = lambda msg: problems.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            p(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            p(f"bad keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            p(f"doc field {g.get('doc')!r}")
        txt_path = HERE / "docs" / (gf.stem + ".txt")
        if not txt_path.exists():
            p("no text"); continue
        text = read_text(txt_path)
        n = len(text)
        if not 1500 <= n <= 5000:
            p(f"text length {n} outside 1500-5000")
        flat = squash(text)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            p(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                p(f"report.{f} empty")
        if not isinstance(rep.get("year"), int):
            p("report.year not int")
        if rep.get("date") is not None and not DATE.match(rep["date"]):
            p(f"report.date {rep['date']!r}")
        if rep.get("title") is not None and squash(rep["title"]) not in flat:
            warnings.append(f"{gf.name}: title not verbatim in text: {rep['title']}")
        orgnames = {o["name"] for o in g.get("organizations", [])}
        orgalias = {a for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") not in orgnames:
            p(f"publisher {rep.get('publisher')!r} is not a gold organization name")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            for e in g.get(kind, []):
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    p(f"{kind} {e.get('name')}: keys {sorted(e)}"); continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    p(f"{kind}: empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    p(f"{kind} {e['name']}: aliases must be a list of strings")
                if e["type"] not in types:
                    p(f"{kind} {e['name']}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELS:
                        p(f"{e['name']}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        p(f"{e['name']}: doc_number not normalised: {e['doc_number']!r}")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if part not in orgalias:
                                warnings.append(f"{gf.name}: issuer part {part!r} of {e['name']} is not a gold organization")
                forms = [e["name"], *e["aliases"]]
                for form in forms:
                    from_score = form
                    key = squash(form)
                    if key in seen and seen[key] != e["name"]:
                        p(f"{kind}: form {form!r} used by both {seen[key]!r} and {e['name']!r}")
                    seen[key] = e["name"]
                hits = [f for f in forms if squash(f) in flat]
                if not hits:
                    p(f"{kind} {e['name']!r}: neither name nor any alias occurs in the text")
                elif squash(e["name"]) not in flat:
                    warnings.append(f"{gf.name}: {kind} canonical not in text (resolved): {e['name']}  <- {hits[0]}")
        # doc numbers written in the text should belong to some regulation
        nums = {squash(r["doc_number"]) for r in g.get("regulations", []) if r["doc_number"]}
        for m in re.finditer(r"[\u4e00-\u9fff]{2,10}[〔\[\(（【［]\s*(\d{4})\s*[〕\]\)）】］]\s*(\d+)\s*号", text):
            core = re.sub(r"[〔\[\(（【［〕\]\)）】］\s]", "", m.group(0))
            if not any(re.sub(r"[〔〕]", "", x).endswith(core[-8:]) for x in nums):
                warnings.append(f"{gf.name}: doc number in text not in gold: {m.group(0)}")
    for w in warnings:
        print("note:", w)
    for x in problems:
        print("ERROR:", x)
    print(f"{len(golds)} gold files, {len(problems)} errors, {len(warnings)} notes")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
