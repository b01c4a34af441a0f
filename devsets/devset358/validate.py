#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file and matches the gold file name;
  * report fields title/publisher/region/year/date are present, publisher/region/year filled,
    year is an int in 2015..2025, date is YYYY-MM-DD or null;
  * every entity has the required keys with valid types (type vocabularies of ANNOTATION.md),
    doc_number in the form 机关代字〔YYYY〕N号 or null, relation in issues/implements/studies/mentions;
  * no duplicate names/aliases inside one kind (after scorer-style normalisation);
  * the name or at least one alias of each entity occurs in the text (after removing 《》〈〉<>
    and whitespace from both; for PDF-style texts also after removing page-number footers and
    repeated running headers, reported as a note); names that do not occur but have an occurring alias are allowed
    (resolved canonical names) and listed with -v; aliases that do not occur are reported;
  * the report publisher is one of the gold organizations (name or alias);
  * an issuer, if given, is one of the gold organizations (each part of a joint issuer).
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^(\S+〔(19|20)\d\d〕\d+号|\S*令第\d+号)$")
_DROP = set("《》〈〉<> \t\r\n\u3000")
_SDROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strip(t):
    return "".join(c for c in t if c not in _DROP)


def snorm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _SDROP)


def main():
    verbose = "-v" in sys.argv
    errors, notes = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc", "")
        if Path(doc).stem != gf.stem:
            err(f"doc {doc!r} does not match file name")
        tp = HERE / "docs" / doc
        if not tp.exists():
            err(f"missing text {tp}")
            continue
        raw = tp.read_bytes()
        for enc in ("utf-8", "gb18030"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        st = strip(text)
        # PDF layer: drop page-number footers and repeated running headers, so that a title cut
        # by a page break still counts as occurring (reported as a note).
        lines = text.split("\n")
        counts = {}
        for ln in lines:
            if ln.strip():
                counts[ln.strip()] = counts.get(ln.strip(), 0) + 1
        body = [ln for ln in lines if not re.match(r"^\s*[—\-－]\s*\d+\s*[—\-－]\s*$", ln)
                and not (counts.get(ln.strip(), 0) >= 2 and len(ln.strip()) < 40 and not ln.startswith("　"))]
        st_pdf = strip("\n".join(body))
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500..5000")
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.match(r"^\d{4}-\d\d-\d\d$", rep["date"]):
            err(f"report.date {rep['date']!r}")
        if rep.get("title") and strip(rep["title"]) not in st:
            err(f"report.title not in text: {rep['title']}")
        orgnames = set()
        for o in g.get("organizations", []):
            for a in [o.get("name", ""), *o.get("aliases", [])]:
                orgnames.add(snorm(a))
        if rep.get("publisher") and snorm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']} not among organizations")
        spec = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
                "organizations": (ORG_TYPES, ("name", "aliases", "type")),
                "measures": (MEA_TYPES, ("name", "aliases", "type"))}
        for kind, (types, keys) in spec.items():
            seen = {}
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            for e in items:
                if not isinstance(e, dict) or set(e) != set(keys):
                    err(f"{kind}: bad keys in {e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        err(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                    if dn is not None and strip(dn) not in st:
                        if snorm(dn) in snorm(text):
                            notes.append(f"{gf.name}: doc_number {dn} occurs with other brackets")
                        else:
                            notes.append(f"{gf.name}: doc_number {dn} repaired (not in text as such)")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in iss.split():
                            if snorm(part) not in orgnames:
                                err(f"{kind}: {name}: issuer part {part!r} not among organizations")
                for a in [name, *e["aliases"]]:
                    k = snorm(a)
                    if k in seen and seen[k] is not e:
                        err(f"{kind}: {a!r} listed under {seen[k]['name']!r} and {name!r}")
                    seen[k] = e
                occ = [a for a in [name, *e["aliases"]] if strip(a) in st]
                if not occ:
                    occ_pdf = [a for a in [name, *e["aliases"]] if strip(a) in st_pdf]
                    if occ_pdf:
                        notes.append(f"{gf.name}: {kind}: occurs only across a page break: {occ_pdf[0]}")
                        continue
                    err(f"{kind}: {name}: neither name nor any alias occurs in text")
                    continue
                if strip(name) not in st:
                    notes.append(f"{gf.name}: {kind}: resolved name not in text (alias occurs): {name}")
                for a in e["aliases"]:
                    if strip(a) not in st:
                        err(f"{kind}: {name}: alias {a!r} does not occur in text")
    for e in errors:
        print("ERROR", e)
    if verbose:
        for nte in notes:
            print("note ", nte)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
