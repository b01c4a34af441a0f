#!/usr/bin/env python3
"""Validate the devset gold files against ANNOTATION.md and the texts.

usage: python3 validate.py            (from anywhere; paths are relative to this file)

Checks, per gold file:
  * JSON loads; keys and value types as in ANNOTATION.md section 5; enum values valid;
  * `doc` names an existing text file (decoded as UTF-8, else GB18030);
  * report fields: publisher, region, year filled (title/date may be null when the text has none;
    date must be YYYY-MM-DD); publisher is one of the gold organizations (name or alias);
  * doc_number normalised as 机关代字〔年份〕序号号; issuer parts are gold organizations;
  * every entity: its name or at least one alias occurs in the text (after removing 《》〈〉<>
    and whitespace from both, and if needed quotation marks) -> ERROR if none occurs;
    canonical names that do not occur (resolved names) are listed as INFO;
    aliases that do not occur are WARN;
  * no two entities of one kind share a normalised name/alias (scorer would never match the
    second one); no alias repeats its own name.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS, GOLD = ROOT / "docs", ROOT / "gold"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KINDS = {"regulations": ("name", "aliases", "type", "doc_number", "issuer", "relation"),
         "organizations": ("name", "aliases", "type"),
         "measures": ("name", "aliases", "type")}
DOCNO = re.compile(r"^[^〔〕\s]+〔(19|20)\d\d〕\d+号$")

# scorer normalisation (copied from /work/shared/score.py, section 6 of ANNOTATION.md)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
def snorm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

WS = re.compile(r"\s+")
def strip_marks(t):
    return WS.sub("", t).replace("《", "").replace("》", "").replace("〈", "").replace("〉", "")
def strip_quotes(t):
    return re.sub(r"[“”\"‘’']", "", t)

def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"

def occurs(form, text_plain, text_noq):
    f = strip_marks(form)
    return bool(f) and (f in text_plain or strip_quotes(f) in text_noq)

def check(gf):
    errs, warns, infos = [], [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:
        return [f"JSON does not load: {exc}"], [], []
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    doc = g.get("doc")
    if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
        errs.append(f"doc field {doc!r} does not match file name")
    tp = DOCS / str(doc)
    if not tp.exists():
        return errs + [f"text {tp} missing"], warns, infos
    text, enc = read_text(tp)
    infos.append(f"encoding {enc}, {len(text)} chars")
    if not 1500 <= len(text) <= 5000:
        warns.append(f"text length {len(text)} characters, outside 1500-5000")
    tplain = strip_marks(text)
    tnoq = strip_quotes(tplain)
    rep = g.get("report")
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys wrong: {rep!r}")
        rep = {}
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errs.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
        errs.append(f"report.year bad: {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-[01]\d-[0-3]\d", str(rep.get("date"))):
        errs.append(f"report.date bad: {rep.get('date')!r}")
    if rep.get("date") is None:
        infos.append("report.date is null")
    if rep.get("title") is not None and not occurs(rep["title"], tplain, tnoq):
        warns.append(f"report.title does not occur verbatim: {rep['title']}")
    orgforms = {}
    for o in g.get("organizations", []):
        for a in [o.get("name"), *o.get("aliases", [])]:
            orgforms[snorm(a)] = o.get("name")
    if rep.get("publisher") and snorm(rep["publisher"]) not in orgforms:
        errs.append(f"publisher {rep['publisher']} is not a gold organization")
    for kind, fields in KINDS.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list"); continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != set(fields):
                errs.append(f"{kind}: bad keys {e!r}"); continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name"); continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errs.append(f"{kind}/{name}: aliases must be a list of non-empty strings"); continue
            types = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}[kind]
            if e["type"] not in types:
                errs.append(f"{kind}/{name}: type {e['type']!r} invalid")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{kind}/{name}: relation {e['relation']!r} invalid")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                    errs.append(f"{kind}/{name}: doc_number {dn!r} not normalised")
                iss = e["issuer"]
                if iss is not None:
                    for part in str(iss).split():
                        if snorm(part) not in orgforms:
                            warns.append(f"{kind}/{name}: issuer part {part} is not a gold organization")
            forms = [name, *aliases]
            for a in aliases:
                if snorm(a) == snorm(name) and a == name:
                    errs.append(f"{kind}/{name}: alias repeats the name")
            for f in forms:
                k = snorm(f)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: form {f!r} of {name!r} collides with {seen[k]!r}")
                seen.setdefault(k, name)
            hits = [f for f in forms if occurs(f, tplain, tnoq)]
            if not hits:
                errs.append(f"{kind}/{name}: neither name nor any alias occurs in the text")
            else:
                if name not in hits:
                    infos.append(f"{kind}: canonical {name!r} resolved (text has {hits[0]!r})")
                for a in aliases:
                    if a not in hits:
                        warns.append(f"{kind}/{name}: alias {a!r} does not occur")
    return errs, warns, infos

def main():
    verbose = "-v" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    txts = sorted(p.stem for p in DOCS.glob("*.txt"))
    if sorted(f.stem for f in files) != txts:
        print("ERROR: gold files and docs do not pair up:", sorted(f.stem for f in files), txts)
    n_err = 0
    for gf in files:
        errs, warns, infos = check(gf)
        n_err += len(errs)
        print(f"== {gf.name}: {len(errs)} errors, {len(warns)} warnings")
        for e in errs: print("  ERROR", e)
        for w in warns: print("  WARN ", w)
        if verbose:
            for i in infos: print("  INFO ", i)
    print("OK" if n_err == 0 else f"{n_err} errors")
    sys.exit(1 if n_err else 0)

if __name__ == "__main__":
    main()
