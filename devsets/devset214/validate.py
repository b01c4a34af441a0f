#!/usr/bin/env python3
"""Validate the devset214 gold files against ANNOTATION.md and their documents.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this file)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report: title (str|null), publisher/region (non-empty str), year (int), date (YYYY-MM-DD|null)
    are present and filled; the publisher is one of the gold organizations (name or alias);
  * every entity has the right keys and value types; `type`/`relation` are from the
    ANNOTATION.md vocabularies; doc_number has the normalised form (… 〔YYYY〕N号, or a
    government-order number …令…第N号);
  * no two entities of one kind share a name/alias after normalisation (the scorer would
    silently merge them);
  * every entity's name or one of its aliases occurs in the document text (compared after the
    scorer's normalisation: NFKC, whitespace, quotation and title marks removed, brackets and
    dashes unified).  Canonical names that do not occur verbatim are listed as INFO (fine when
    an alias occurs); an entity with no occurring form is an ERROR;
  * coverage: every title in 《》 / <<>> / 〈〉 in the text must be covered by a regulation
    name/alias (ERROR if not); quoted “…” terms not covered by any measure/org/regulation form
    are listed as NOTE (many quoted slogans are deliberately not measures).
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEASURE_TYPES}

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•\f")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


DOCNUM_RE = re.compile(r"^\S+〔\d{4}〕\d+[号號]$|^\S*令(\d{4}年)?第\d+[号號]$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(devset):
    errors, infos, notes = [], [], []
    gold_files = sorted((devset / "gold").glob("*.json"))
    docs = {p.name for p in (devset / "docs").glob("*.txt")}
    if len(gold_files) != len(docs):
        errors.append(f"{len(gold_files)} gold files but {len(docs)} documents")
    for gf in gold_files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", *KINDS, "report"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        if g["doc"] not in docs or g["doc"][:-4] != gf.stem:
            errors.append(f"{tag}: doc {g['doc']!r} missing or not matching file name")
            continue
        raw = (devset / "docs" / g["doc"]).read_text(encoding="utf-8")
        text = norm(raw)
        # ---- report
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        else:
            if rep["title"] is not None and (not isinstance(rep["title"], str) or norm(rep["title"]) not in text):
                errors.append(f"{tag}: report title not found in text: {rep['title']!r}")
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f].strip():
                    errors.append(f"{tag}: report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
                errors.append(f"{tag}: report.year invalid: {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE_RE.match(rep["date"])):
                errors.append(f"{tag}: report.date invalid: {rep['date']!r}")
            org_forms = {norm(f) for o in g["organizations"] for f in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in org_forms:
                errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")
        # ---- entities
        for kind in KINDS:
            seen = {}
            for e in g[kind]:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind} entity keys {sorted(e)} ({e.get('name')})")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{tag}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {e['name']}: aliases must be a list of strings")
                    continue
                if e["type"] not in TYPES[kind]:
                    errors.append(f"{tag}: {kind} {e['name']}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {e['name']}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not (isinstance(dn, str) and DOCNUM_RE.match(dn)):
                        errors.append(f"{tag}: {e['name']}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in text:
                        infos.append(f"{tag}: {e['name']}: doc_number {dn!r} repaired (not verbatim in text)")
                    iss = e["issuer"]
                    if iss is not None and (not isinstance(iss, str) or not iss.strip()):
                        errors.append(f"{tag}: {e['name']}: bad issuer {iss!r}")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind}: form {f!r} of {e['name']!r} collides with {seen[k]!r}")
                    seen.setdefault(k, e["name"])
                found = [f for f in forms if norm(f) in text]
                if not found:
                    errors.append(f"{tag}: {kind}: {e['name']!r}: neither name nor any alias occurs in the text")
                elif norm(e["name"]) not in text:
                    infos.append(f"{tag}: {kind}: canonical {e['name']!r} resolved; occurs as {found[0]!r}")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        infos.append(f"{tag}: {kind}: alias {a!r} of {e['name']!r} not verbatim in text")
        # ---- coverage of titles and quoted terms
        reg_forms = {norm(f) for e in g["regulations"] for f in [e["name"], *e["aliases"]]}
        flat = re.sub(r"\s+", "", raw)
        titles = re.findall(r"《([^《》]+)》", flat) + re.findall(r"<<(.+?)>>", flat)
        titles += re.findall(r"〈([^〈〉]+)〉", flat)
        tail = re.search(r"《([^》]*)$", flat)  # a title cut off at the end of the text
        if tail:
            titles.append(tail.group(1))
        for t in titles:
            if norm(t) not in reg_forms:
                errors.append(f"{tag}: title 《{t}》 in text not covered by any regulation")
        all_forms = {norm(f) for k in KINDS for e in g[k] for f in [e["name"], *e["aliases"]]}
        for q in dict.fromkeys(re.findall(r"[“\"]([^”\"]{1,40})[”\"]", flat)):
            nq = norm(q)
            if not any(nq in f for f in all_forms):
                notes.append(f"{tag}: quoted “{q}” not part of any gold form")
    return errors, infos, notes


def main():
    devset = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, infos, notes = check(devset)
    for m in infos:
        print("INFO ", m)
    for m in notes:
        print("NOTE ", m)
    for m in errors:
        print("ERROR", m)
    print(f"{len(errors)} errors, {len(infos)} infos, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
