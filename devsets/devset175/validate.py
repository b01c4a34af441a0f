#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

Checks per gold file: JSON loads; keys and value types; enum values for type/relation;
doc_number format; report fields filled; publisher is one of the organizations; no two
entities of one kind share a normalised name/alias; every entity's canonical name or one
of its aliases occurs in the text. Occurrence is tested after the scorer's normalisation
(NFKC, whitespace, quotes and title marks removed, brackets/dashes unified), against the raw
text and against the HTML-unescaped text (for documents with &ldquo;-style entities).
Canonical names that do not occur verbatim (resolved jurisdictions) are listed as info.
usage: python3 validate.py [-v]
"""
import html, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def read_text(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def main(verbose):
    errors, infos = [], []
    golds = sorted(GOLD.glob("*.json"))
    docs = sorted(DOCS.glob("*.txt"))
    if {g.stem for g in golds} != {d.stem for d in docs}:
        errors.append(f"docs/gold mismatch: {sorted({g.stem for g in golds} ^ {d.stem for d in docs})}")
    for gp in golds:
        E = lambda m: errors.append(f"{gp.name}: {m}")
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as exc:
            E(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"top-level keys {sorted(g)}")
        if g.get("doc") != gp.stem + ".txt":
            E(f"doc field {g.get('doc')!r} != {gp.stem + '.txt'}")
        tp = DOCS / (gp.stem + ".txt")
        if not tp.exists():
            E("text missing"); continue
        text = read_text(tp)
        n = len(text)
        if not 1500 <= n <= 5000:
            E(f"text length {n} outside 1500-5000")
        hay = [norm(text), norm(html.unescape(text))]
        occurs = lambda s: any(norm(s) and norm(s) in h for h in hay)
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        for k in ("publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep.get(k):
                E(f"report.{k} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            E(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            E(f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None and not occurs(rep["title"]):
            E(f"report.title not in text: {rep['title']}")
        if rep.get("title") is None or rep.get("date") is None:
            infos.append(f"{gp.name}: report title={rep.get('title')!r} date={rep.get('date')!r} (null = not in text)")
        orgnames = {norm(o["name"]) for o in g.get("organizations", [])} | {
            norm(a) for o in g.get("organizations", []) for a in o.get("aliases", [])}
        if norm(rep.get("publisher", "")) not in orgnames:
            E(f"publisher {rep.get('publisher')!r} not among organizations")
        for kind, types, fields in (("regulations", REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                                    ("organizations", ORG_TYPES, {"name", "aliases", "type"}),
                                    ("measures", MEAS_TYPES, {"name", "aliases", "type"})):
            ents = g.get(kind)
            if not isinstance(ents, list):
                E(f"{kind} not a list"); continue
            seen = {}
            for e in ents:
                if set(e) != fields:
                    E(f"{kind} {e.get('name')}: keys {sorted(e)}")
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    E(f"{kind}: empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    E(f"{kind} {name}: aliases must be a list of non-empty strings")
                if e.get("type") not in types:
                    E(f"{kind} {name}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        E(f"{name}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNUM.match(dn):
                        E(f"{name}: doc_number not normalised: {dn!r}")
                    if dn is not None and not occurs(dn.replace("〔", "(").replace("〕", ")")) and not occurs(dn):
                        infos.append(f"{gp.name}: doc_number {dn} of {name} not verbatim in text (repaired)")
                    iss = e.get("issuer")
                    if iss is not None and (not isinstance(iss, str) or not iss):
                        E(f"{name}: bad issuer {iss!r}")
                for form in [name] + list(e.get("aliases", [])):
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        E(f"{kind}: {form!r} names both {seen[k]!r} and {name!r}")
                    seen[k] = name
                forms = [name] + list(e.get("aliases", []))
                found = [f for f in forms if occurs(f)]
                if not found:
                    E(f"{kind} {name}: neither name nor any alias occurs in text")
                elif not occurs(name):
                    infos.append(f"{gp.name}: {kind} canonical '{name}' resolved; occurs as {found}")
                for a in e.get("aliases", []):
                    if not occurs(a):
                        infos.append(f"{gp.name}: {kind} alias '{a}' of '{name}' not in text (accepted variant)")
        if verbose:
            print(f"{gp.name}: {n} chars, {len(g['regulations'])} regs, {len(g['organizations'])} orgs, {len(g['measures'])} measures")
    if verbose:
        for i in infos:
            print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} info notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
