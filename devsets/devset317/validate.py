#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md and the texts.

usage: python3 validate.py [--quiet]
Errors (exit 1): JSON/keys/types invalid; no name or alias of an entity occurs in the text;
  an alias listed that does not occur in the text (aliases must be forms the report writes);
  two entities of one kind sharing a normalised name/alias; report fields missing;
  a 《》 title in the text not covered by a regulation.
Info: canonical names that do not occur verbatim (resolved names; fine if an alias occurs);
  quoted “…” terms in the text not covered by any gold entity (check these by hand).
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
DOCNO = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):  # the scorer's normalisation
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError("unknown encoding")


def main():
    quiet = "--quiet" in sys.argv
    errors, infos = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
        if g.get("doc", "")[:-4] != gf.stem:
            errors.append(f"{tag}: doc field {g.get('doc')!r} does not match file name")
        tp = HERE / "docs" / g.get("doc", "")
        if not tp.exists():
            errors.append(f"{tag}: text {tp} missing"); continue
        text, enc = read_text(tp)
        ntext = norm(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n} outside 1500-5000")
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if rep.get(f) in (None, ""):
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int):
            errors.append(f"{tag}: report.year not int")
        if rep.get("date") is not None and not DATE.match(rep["date"]):
            errors.append(f"{tag}: report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("title") is not None and norm(rep["title"]) not in ntext:
            errors.append(f"{tag}: report.title not in text")
        org_forms = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")
        allforms = []
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            for e in g.get(kind, []):
                name = e.get("name")
                if not isinstance(name, str) or not name:
                    errors.append(f"{tag}: {kind}: bad name {e!r}"); continue
                al = e.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) for a in al):
                    errors.append(f"{tag}: {kind}: {name}: aliases must be a list of strings")
                    al = []
                if e.get("type") not in types:
                    errors.append(f"{tag}: {kind}: {name}: bad type {e.get('type')!r}")
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind}: {name}: keys {sorted(e)}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNO.match(dn):
                        errors.append(f"{tag}: {name}: doc_number {dn!r} not normalised")
                    if dn is not None:
                        digits = re.findall(r"\d+", dn)
                        if not all(d in text for d in digits):
                            errors.append(f"{tag}: {name}: doc_number {dn!r} digits not in text")
                    iss = e.get("issuer")
                    if iss is not None and not all(norm(p) in org_forms for p in iss.split()):
                        errors.append(f"{tag}: {name}: issuer {iss!r} is not a gold organization")
                forms = [name, *al]
                occurring = [f for f in forms if norm(f) in ntext]
                if not occurring:
                    errors.append(f"{tag}: {kind}: {name}: neither name nor any alias occurs in the text")
                elif norm(name) not in ntext:
                    infos.append(f"{tag}: {kind}: resolved name not verbatim: {name} (alias {occurring[0]})")
                for a in al:
                    if norm(a) not in ntext:
                        errors.append(f"{tag}: {kind}: {name}: alias {a!r} does not occur in the text")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                    allforms.append(k)
            if kind == "regulations":
                regforms = set(seen)
        # every 《》 title must be a regulation
        for m in re.finditer(r"《([^《》]+)》", text):
            if norm(m.group(1)) not in regforms:
                errors.append(f"{tag}: title 《{m.group(1)}》 not covered by a regulation")
        # quoted terms covered by some entity?
        for m in re.finditer(r"“([^“”]{1,40})”", text):
            q = norm(m.group(1))
            if not any(q in f for f in allforms):
                infos.append(f"{tag}: quoted term not in any gold form: “{m.group(1)}”")
        infos.append(f"{tag}: {enc}, {n} chars, {len(g['regulations'])} regs, {len(g['organizations'])} orgs, {len(g['measures'])} measures")
    if not quiet:
        for i in infos:
            print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
