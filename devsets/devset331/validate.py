#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md (format, types, occurrence).

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks per gold file:
  * JSON loads; keys doc/report/regulations/organizations/measures; report has
    title/publisher/region/year/date with publisher, region, year filled; date YYYY-MM-DD or null;
  * every entity has the fields and allowed values of ANNOTATION.md (type, relation,
    doc_number normalised as 机关代字〔年份〕序号号, issuer string or null);
  * no two entities of one kind share a name/alias after the scorer's normalisation;
  * the text (decoded as UTF-8, else GB18030) contains the canonical name or one alias once
    《》〈〉 and whitespace are removed; canonical names that do not occur are listed as
    notes (allowed when they are resolved, i.e. an alias occurs); aliases that do not
    occur are warnings;
  * the publisher is one of the gold organizations; the document is 1,500-5,000 characters.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):  # the scorer's normalisation
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):  # the occurrence check of the brief: remove title marks and whitespace
    return re.sub(r"[《》〈〉\s]", "", text)


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors = warnings = 0
    golds = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        print(f"ERROR: {len(golds)} gold files but {len(docs)} documents"); errors += 1
    for gf in golds:
        msgs = []
        def err(m):
            nonlocal errors; errors += 1; msgs.append("  ERROR " + m)
        def warn(m):
            nonlocal warnings; warnings += 1; msgs.append("  WARN  " + m)
        def note(m):
            msgs.append("  note  " + m)
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            print(f"{gf.name}\n  ERROR JSON: {exc}"); errors += 1; continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            err(f"doc field {g.get('doc')!r} != {gf.stem}.txt")
        tpath = root / "docs" / (gf.stem + ".txt")
        if not tpath.exists():
            err("document missing"); print(gf.name); print("\n".join(msgs)); continue
        text, enc = read_text(tpath)
        if not 1500 <= len(text) <= 5000:
            warn(f"document length {len(text)} outside 1500-5000")
        flat, nflat = strip(text), norm(text)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if rep.get(f) in (None, ""):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2010 <= rep["year"] <= 2026:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.match(r"^\d{4}-\d\d-\d\d$", str(rep["date"])):
            err(f"report.date {rep['date']!r}")
        if rep.get("title") is not None and strip(rep["title"]) not in flat:
            warn(f"report.title does not occur: {rep['title']}")
        orgnames = {norm(n) for o in g.get("organizations", []) for n in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']!r} is not a gold organization")
        spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
                "measures": (MEA_TYPES, {"name", "aliases", "type"})}
        for kind, (types, keys) in spec.items():
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    err(f"{kind}: bad keys {e}"); continue
                name, aliases = e["name"], e["aliases"]
                if not isinstance(name, str) or not name or not isinstance(aliases, list) \
                        or not all(isinstance(a, str) and a for a in aliases):
                    err(f"{kind}: bad name/aliases {e}"); continue
                if e["type"] not in types:
                    err(f"{kind}: {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                        err(f"{name}: doc_number not normalised: {e['doc_number']!r}")
                    if e["doc_number"] is not None:
                        core = re.sub(r"[〔〕\[\]()（）【】﹝﹞]", "", e["doc_number"])
                        if core not in re.sub(r"[〔〕\[\]()（）【】﹝﹞]", "", flat):
                            note(f"{name}: doc_number {e['doc_number']} repaired / not verbatim")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{name}: issuer {e['issuer']!r}")
                    if e["issuer"]:
                        for part in e["issuer"].split():
                            if norm(part) not in orgnames:
                                warn(f"{name}: issuer part {part!r} is not a gold organization")
                for form in [name, *aliases]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: {form!r} belongs to both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                forms = [name, *aliases]
                hits = [f for f in forms if strip(f) in flat]
                if not hits:
                    loose = [f for f in forms if norm(f) in nflat]
                    if loose:
                        warn(f"{kind}: {name!r} occurs only after full normalisation ({loose[0]!r})")
                    else:
                        err(f"{kind}: neither {name!r} nor an alias occurs in the text")
                else:
                    if strip(name) not in flat:
                        note(f"{kind}: canonical {name!r} resolved (alias {hits[0]!r} occurs)")
                    for a in aliases:
                        if strip(a) not in flat:
                            warn(f"{kind}: {name!r}: alias {a!r} does not occur")
        counts = " ".join(f"{k}={len(g.get(k, []))}" for k in spec)
        print(f"{gf.name} [{enc}, {len(text)} chars] {counts}")
        if "-v" in sys.argv or any(not m.startswith("  note") for m in msgs):
            for m in msgs:
                if "-v" in sys.argv or not m.startswith("  note"):
                    print(m)
    print(f"\n{len(golds)} gold files, {errors} errors, {warnings} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
