#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v] [DEVSET_DIR]   (default: the directory of this script; -v lists the INFO notes)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<doc> file (and every docs/*.txt has a gold file);
  * report: title str|null, publisher/region non-empty str, year int in 2015..2025,
    date YYYY-MM-DD|null; the publisher is one of the gold organizations (name or alias);
  * every entity: name non-empty str, aliases list of distinct non-empty str, type in the
    allowed set of its kind; regulations also doc_number (null or 机关代字〔YYYY〕N号),
    issuer (null or str; each part should be a gold organization) and relation;
  * every entity's canonical name or at least one alias occurs in the text after NFKC,
    removing whitespace, title marks and quotation marks (canonical names that are resolved and
    do not occur are listed as INFO when an alias occurs; entities with nothing occurring are ERRORs);
    aliases that do not occur are listed as INFO (accepted variant forms);
  * no two entities of one kind share a normalised name/alias (score.py normalisation), which
    would make the scorer match one gold entity twice;
  * the text is 1,500-5,000 characters.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

KINDS = ("regulations", "organizations", "measures")
TYPES = {
    "regulations": {"law", "administrative_regulation", "departmental_rule", "local_regulation",
                    "normative_document", "party_document", "plan", "publication", "other"},
    "organizations": {"government", "department", "party", "legislature", "judiciary", "committee",
                      "institution", "enterprise", "social", "other"},
    "measures": {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"},
}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# normalisation used by score.py (section 6 of ANNOTATION.md)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def score_norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def text_norm(text):
    """For occurrence checks: NFKC, drop whitespace, title and quotation marks."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(c for c in text if not c.isspace() and c not in "《》〈〉<>“”\"'‘’「」『』")


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    docs_dir, gold_dir = root / "docs", root / "gold"
    errors, infos = [], []
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        print(f"ERROR no gold files in {gold_dir}")
        return 1
    seen_docs = set()
    for gf in gold_files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", *KINDS, "report"}:
            errors.append(f"{where}: top-level keys {sorted(g)}")
        doc = g.get("doc")
        if doc != gf.stem + ".txt":
            errors.append(f"{where}: doc {doc!r} does not match the gold file name")
        path = docs_dir / str(doc)
        if not path.exists():
            errors.append(f"{where}: text {path} missing")
            continue
        seen_docs.add(path.name)
        raw = path.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            errors.append(f"{where}: text length {len(raw)} outside 1500..5000")
        text = text_norm(raw)

        # report
        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
            rep = rep if isinstance(rep, dict) else {}
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            errors.append(f"{where}: report.title not str/null")
        if rep.get("title") is None:
            infos.append(f"{where}: report.title is null")
        elif text_norm(rep["title"]) not in text:
            infos.append(f"{where}: report.title not found verbatim in text")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f).strip():
                errors.append(f"{where}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{where}: report.year {rep.get('year')!r}")
        if rep.get("date") is None:
            infos.append(f"{where}: report.date is null")
        elif not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            errors.append(f"{where}: report.date {rep.get('date')!r}")

        org_forms = {}
        for o in g.get("organizations", []):
            for form in [o.get("name"), *o.get("aliases", [])]:
                if isinstance(form, str):
                    org_forms[score_norm(form)] = o.get("name")
        if isinstance(rep.get("publisher"), str) and score_norm(rep["publisher"]) not in org_forms:
            errors.append(f"{where}: publisher {rep['publisher']!r} is not a gold organization")

        for kind in KINDS:
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            owner = {}
            for e in items:
                name = e.get("name")
                tag = f"{where}: {kind}: {name!r}"
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: keys {sorted(e)}")
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: empty name")
                    continue
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    errors.append(f"{tag}: aliases must be a list of non-empty strings")
                    aliases = []
                if len(set(aliases)) != len(aliases) or name in aliases:
                    errors.append(f"{tag}: repeated alias")
                if e.get("type") not in TYPES[kind]:
                    errors.append(f"{tag}: type {e.get('type')!r}")
                if kind == "regulations":
                    dn = e.get("doc_number")
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        errors.append(f"{tag}: doc_number {dn!r} not normalised")
                    if dn is not None and text_norm(dn) not in text:
                        infos.append(f"{tag}: doc_number {dn} normalised/repaired (not verbatim in text)")
                    iss = e.get("issuer")
                    if iss is not None:
                        if not isinstance(iss, str):
                            errors.append(f"{tag}: issuer not str/null")
                        else:
                            for part in iss.split():
                                if score_norm(part) not in org_forms:
                                    errors.append(f"{tag}: issuer part {part!r} is not a gold organization")
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: relation {e.get('relation')!r}")
                # occurrence
                forms = [name, *aliases]
                present = [f for f in forms if text_norm(f) in text]
                if not present:
                    errors.append(f"{tag}: neither name nor any alias occurs in the text")
                else:
                    if text_norm(name) not in text:
                        infos.append(f"{tag}: canonical name resolved (does not occur); alias found: {present[0]!r}")
                    for a in aliases:
                        if text_norm(a) not in text:
                            infos.append(f"{tag}: alias {a!r} does not occur (accepted variant)")
                # collisions under the scorer's normalisation
                for f in forms:
                    key = score_norm(f)
                    if key in owner and owner[key] != name:
                        errors.append(f"{tag}: form {f!r} also belongs to {owner[key]!r}")
                    owner.setdefault(key, name)
    for txt in sorted(docs_dir.glob("*.txt")):
        if txt.name not in seen_docs:
            errors.append(f"{txt.name}: text without a gold file")
    if verbose:
        for line in infos:
            print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(infos)} notes" + ("" if verbose else " (-v to list)"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
