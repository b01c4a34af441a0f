#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py            (from anywhere; paths are relative to this file)

Checks per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and matches the gold file name;
  * report: title (str|null), publisher (str), region (str), year (int 2000-2030), date (YYYY-MM-DD|null);
    the publisher is one of the gold organizations (name or alias); a non-null title occurs in the text;
  * every entity has the fields and value sets of ANNOTATION.md (type, relation, doc_number, issuer);
  * doc_number is normalised (机关代字〔YYYY〕N号, or a 令 number 令第N号);
  * no alias is shared by two entities of the same kind (after score.py normalisation);
  * the canonical name or at least one alias occurs in the text (after removing 《》〈〉<> and all
    whitespace from both; PDF line breaks therefore do not hide a name). A canonical name that does
    not occur is fine when an alias does (resolved names); it is listed as info with --verbose.
  * every alias occurs in the text, except the accepted alternative forms listed in ACCEPTED_FORMS
    (forms the annotation guide allows but the text does not use).
Exit status 1 if there are errors.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$|^\S*令第\d+号$")
# alternative accepted forms (ANNOTATION.md: "Gold files may list other accepted forms") that the text does not use
ACCEPTED_FORMS = {
    "中共新疆维吾尔自治区委员会全面依法治疆委员会",
    "12·4国家宪法日",
}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):  # as score.py
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squeeze(text):  # for occurrence checks: drop title marks and whitespace only
    return re.sub(r"[《》〈〉<>\s\u3000]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def main():
    verbose = "--verbose" in sys.argv
    errors, warnings, infos = [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: top-level keys {sorted(g)}")
            continue
        doc = g["doc"]
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not (DOCS / doc).exists():
            errors.append(f"{where}: doc {doc!r} missing or not matching the gold file name")
            continue
        text = read_text(DOCS / doc)
        flat = squeeze(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            warnings.append(f"{where}: text length {n} outside 1500-5000")
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {rep!r}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    errors.append(f"{where}: report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
                errors.append(f"{where}: report.year {rep['year']!r}")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
                errors.append(f"{where}: report.date {rep['date']!r}")
            if rep["title"] is not None and squeeze(rep["title"]) not in flat:
                errors.append(f"{where}: report.title does not occur in the text")
            orgnames = {norm(a) for o in g["organizations"] for a in [o.get("name", "")] + o.get("aliases", [])}
            if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgnames:
                errors.append(f"{where}: publisher {rep['publisher']!r} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            if not isinstance(g[kind], list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            for e in g[kind]:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != need:
                    errors.append(f"{where}: {kind} entry with keys {sorted(e) if isinstance(e, dict) else e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{where}: {kind} entry with empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    errors.append(f"{where}: {kind} {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        errors.append(f"{where}: {name}: doc_number not normalised: {dn!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{where}: {name}: issuer must be a string or null")
                for form in [name] + e["aliases"]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        errors.append(f"{where}: {kind}: form {form!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                forms = [name] + e["aliases"]
                found = [f for f in forms if squeeze(f) in flat]
                if not found:
                    errors.append(f"{where}: {kind}: neither {name!r} nor an alias occurs in the text")
                    continue
                if squeeze(name) not in flat:
                    infos.append(f"{where}: {kind}: resolved name {name!r} (text has {found[0]!r})")
                for a in e["aliases"]:
                    if squeeze(a) not in flat and a not in ACCEPTED_FORMS:
                        errors.append(f"{where}: {kind} {name}: alias {a!r} does not occur in the text")
    for m in warnings:
        print("WARNING", m)
    if verbose:
        for m in infos:
            print("info", m)
    for m in errors:
        print("ERROR", m)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings, "
          f"{len(infos)} resolved canonical names not in the text but matched through an alias (--verbose lists them)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
