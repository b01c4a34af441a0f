#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md and the texts.

usage: python3 validate.py [--strict]

Checks, for every gold/*.json:
  * JSON loads; keys and value types as in ANNOTATION.md section 5; types and
    relations from the allowed sets; doc_number in the form 机关代字〔年份〕序号号;
  * the doc file exists in docs/ and decodes;
  * every entity's name or one of its aliases occurs in the text (after removing
    《》〈〉<> and whitespace from the name and whitespace and PDF page-number lines
    from the text).  A canonical name that does not occur is reported as
    "resolved" (fine when an alias occurs); an entity none of whose forms occurs
    is an ERROR;
  * no normalised form is shared by two entities of the same kind (the scorer
    would give it to the first one only);
  * report fields: publisher, region, year filled, publisher is one of the gold
    organizations, year is int, date is YYYY-MM-DD or null;
  * issuers name gold organizations;
  * coverage hints (WARN): every 《…》/「…」 title in the text is some regulation's
    name or alias; every quoted “…”/"…" term is part of some gold name or alias.
Exit status 1 if any ERROR (with --strict: also on WARN).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared")
try:
    from score import norm  # the scorer's own normalisation
except Exception:  # pragma: no cover
    def norm(t):
        return unicodedata.normalize("NFKC", t)

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
PAGE_LINE = re.compile(r"^\s*[-—–·]\s*\d{1,3}\s*[-—–·]\s*$")
STRIP_NAME = re.compile(r"[《》〈〉<>\s\u3000]")
# quoted slogans deliberately left unannotated (see README, annotation decisions)
QUOTED_IGNORE = {"十四五", "严守资源安全底线、优化国土空间格局、促进绿色低碳发展", "强富美高",
                 "看病钱", "救命钱"}


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("utf-8/gb18030", raw, 0, 1, "undecodable")


def flat(text):
    lines = [ln for ln in text.splitlines() if not PAGE_LINE.match(ln)]
    return re.sub(r"[\s\u3000]", "", "".join(lines))


def main():
    strict = "--strict" in sys.argv
    errors, warns, infos = [], [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        print("no gold files"); return 1
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
        doc = g.get("doc")
        if doc != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {doc!r} does not match file name")
        dpath = HERE / "docs" / str(doc)
        if not dpath.exists():
            errors.append(f"{tag}: missing text {dpath}"); continue
        text = read_text(dpath)
        ftext = flat(text)
        ntext = norm(ftext)
        # report
        rep = g.get("report") or {}
        if set(rep) != REPORT_KEYS:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for k in ("publisher", "region", "year"):
            if not rep.get(k):
                errors.append(f"{tag}: report.{k} empty")
        if not isinstance(rep.get("year"), int):
            errors.append(f"{tag}: report.year not int")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        for k in ("title", "date"):
            if rep.get(k) is None:
                warns.append(f"{tag}: report.{k} is null")
        if rep.get("title") and STRIP_NAME.sub("", rep["title"]) not in ftext:
            warns.append(f"{tag}: title not found verbatim in text")
        org_forms = set()
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                if a:
                    org_forms.add(norm(a))
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")
        # entities
        spec = {
            "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES),
        }
        all_forms = []
        for kind, (keys, types) in spec.items():
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    errors.append(f"{tag}: {kind} entry keys {sorted(e) if isinstance(e, dict) else e}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of strings")
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        errors.append(f"{tag}: {name}: doc_number {dn!r} not normalised")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                warns.append(f"{tag}: {name}: issuer part {part!r} is not a gold organization")
                forms = [name, *e["aliases"]]
                if len(set(forms)) != len(forms):
                    warns.append(f"{tag}: {kind} {name}: repeated alias")
                for f in forms:
                    nf = norm(f)
                    all_forms.append(nf)
                    if nf in seen and seen[nf] != name:
                        errors.append(f"{tag}: {kind}: form {f!r} shared by {seen[nf]!r} and {name!r}")
                    seen.setdefault(nf, name)
                found = [f for f in forms if STRIP_NAME.sub("", f) in ftext or norm(f) in ntext]
                if not found:
                    errors.append(f"{tag}: {kind} {name!r}: neither name nor alias occurs in text")
                else:
                    if name not in found:
                        infos.append(f"{tag}: {kind} {name!r} resolved (text has {found[0]!r})")
                    for a in e["aliases"]:
                        if a not in found:
                            infos.append(f"{tag}: {kind} {name!r}: alias {a!r} not in text (accepted form)")
        # coverage hints
        reg_forms = {norm(f) for e in g.get("regulations", []) for f in [e["name"], *e["aliases"]]}
        for m in re.finditer(r"《([^《》]{2,120}?)》|「([^「」]{2,120}?)」", ftext):
            t = m.group(1) or m.group(2)
            if norm(t) not in reg_forms:
                warns.append(f"{tag}: title 《{t}》 in text is no regulation name/alias")
        for m in re.finditer(r"[“\"]([^“”\"]{1,40}?)[”\"]", ftext):
            q = norm(m.group(1))
            if m.group(1) in QUOTED_IGNORE:
                continue
            if q and not any(q in f for f in all_forms):
                warns.append(f"{tag}: quoted term “{m.group(1)}” is in no gold name/alias")
    # cross-document consistency: one canonical name, one type, in all files
    types_by_name = {}
    for gf in files:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception:
            continue
        for kind in ("regulations", "organizations", "measures"):
            for e in g.get(kind, []):
                types_by_name.setdefault((kind, norm(e["name"])), set()).add(e["type"])
    for (kind, name), ts in sorted(types_by_name.items()):
        if len(ts) > 1:
            errors.append(f"cross-doc: {kind} {name!r} has types {sorted(ts)}")
    shared = Path("/work/shared/gold")
    if shared.is_dir():
        for sf in shared.glob("*.json"):
            g = json.loads(sf.read_text(encoding="utf-8"))
            for kind in ("regulations", "organizations", "measures"):
                for e in g.get(kind, []):
                    ts = types_by_name.get((kind, norm(e["name"])))
                    if ts and e["type"] not in ts:
                        warns.append(f"seed-consistency: {kind} {e['name']!r}: seed type {e['type']!r}, here {sorted(ts)}")
    for line in infos:
        print("INFO ", line)
    for line in warns:
        print("WARN ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(files)} gold files: {len(errors)} errors, {len(warns)} warnings, {len(infos)} infos")
    return 1 if errors or (strict and warns) else 0


if __name__ == "__main__":
    sys.exit(main())
