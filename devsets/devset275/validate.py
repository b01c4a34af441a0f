#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [OUTDIR]   (default: the directory of this script)

Checks per gold file:
  * JSON loads; top-level keys exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and equals the gold file stem + .txt;
  * report: title (str or null), publisher (str), region (str), year (int 2015-2025),
    date (YYYY-MM-DD or null); publisher is one of the gold organizations (name or alias);
    a non-null title occurs in the text;
  * every entity has the right keys and value types; `type` and `relation` are from the
    vocabularies of ANNOTATION.md; doc_number matches 机关代字〔年份〕序号号 (or a 令 number);
  * every entity's name or at least one alias occurs in the text (after normalising both:
    NFKC, whitespace / quotation / title marks removed, brackets and dashes unified).
    Names that do not occur verbatim but have an occurring alias are listed as "resolved"
    (fine); aliases that do not occur are reported as warnings; an entity none of whose
    forms occurs is an error;
  * no two entities of one kind in one document share a normalised name/alias (the scorer
    would make one of them unreachable);
  * issuers, where given, are organizations of the same gold file (warning otherwise).
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^[^〔〕\s]+〔(19|20)\d\d〕\d+号$|^.*令第\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings, resolved = [], [], []
    golds = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        errors.append(f"{len(golds)} gold files but {len(docs)} docs")
    for gf in golds:
        tag = gf.name
        def err(m): errors.append(f"{tag}: {m}")
        def warn(m): warnings.append(f"{tag}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            err(f"doc field {g.get('doc')!r} != {gf.stem}.txt")
        tp = root / "docs" / str(g.get("doc"))
        if not tp.exists():
            err("text file missing"); continue
        text = tp.read_text(encoding="utf-8")
        ntext = norm(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            warn(f"text length {n} outside 1500-5000")
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.match(r"^\d{4}-\d\d-\d\d$", str(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None:
            if not isinstance(rep["title"], str) or norm(rep["title"]) not in ntext:
                err(f"report.title does not occur in text: {rep.get('title')!r}")
        orgforms = {norm(f) for o in g.get("organizations", []) for f in [o.get("name", "")] + o.get("aliases", [])}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgforms:
            err(f"publisher {rep['publisher']!r} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    err(f"{kind}: bad keys in {e!r}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                        err(f"{name}: doc_number not normalised: {dn!r}")
                    if e["issuer"] is not None:
                        for part in str(e["issuer"]).split():
                            if norm(part) not in orgforms:
                                warn(f"{name}: issuer part {part!r} not among gold organizations")
                forms = [name] + e["aliases"]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] is not e:
                        err(f"{kind}: form {f!r} shared by {seen[k]['name']!r} and {name!r}")
                    seen.setdefault(k, e)
                occ = [f for f in forms if norm(f) in ntext]
                if not occ:
                    err(f"{kind}: no form of {name!r} occurs in the text")
                elif norm(name) not in ntext:
                    resolved.append(f"{tag}: {kind}: {name}  <- {occ[0]}")
                for a in e["aliases"]:
                    if norm(a) not in ntext and norm(a) != norm(name):
                        warn(f"{kind}: {name}: alias {a!r} does not occur")
    for line in resolved:
        print("resolved  ", line)
    for line in warnings:
        print("WARNING   ", line)
    for line in errors:
        print("ERROR     ", line)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(resolved)} resolved names")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
