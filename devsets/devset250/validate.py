#!/usr/bin/env python3
"""Validate the devset250 gold files against ANNOTATION.md (format, types, occurrence in text).

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)
Exit status 1 if any ERROR was found. INFO lines list canonical names that do not occur
verbatim in the text (resolved names) but are covered by an alias that does.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM_RE = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE_RE = re.compile(r"^(19|20)\d\d-\d\d-\d\d$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """Same normalisation as score.py: NFKC, drop quotes/title marks/space, unify dashes/brackets."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace"), "utf-8?"


def check(gold_path, docs_dir, errors, infos):
    where = gold_path.name
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        errors.append(f"{where}: JSON does not load: {exc}")
        return
    if set(g) != TOP_KEYS:
        errors.append(f"{where}: top-level keys {sorted(g)} != {sorted(TOP_KEYS)}")
    doc = g.get("doc")
    if not isinstance(doc, str) or doc[:-4] != gold_path.stem or not doc.endswith(".txt"):
        errors.append(f"{where}: doc field {doc!r} does not match file name")
        return
    txt_path = docs_dir / doc
    if not txt_path.exists():
        errors.append(f"{where}: text {doc} missing")
        return
    text, enc = read_text(txt_path)
    ntext = norm(text)
    n_chars = len(text)
    if not 1500 <= n_chars <= 5000:
        errors.append(f"{where}: text length {n_chars} outside 1500-5000")
    if enc != "utf-8":
        infos.append(f"{where}: text is encoded as {enc}")

    rep = g.get("report")
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"{where}: report keys wrong: {rep!r}")
        rep = rep if isinstance(rep, dict) else {}
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"{where}: report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2010 <= rep["year"] <= 2030:
        errors.append(f"{where}: report.year not an int year: {rep.get('year')!r}")
    if rep.get("date") is not None and not DATE_RE.match(str(rep["date"])):
        errors.append(f"{where}: report.date not YYYY-MM-DD: {rep['date']!r}")
    if rep.get("date") is None:
        infos.append(f"{where}: report.date is null")
    if rep.get("title") is None:
        infos.append(f"{where}: report.title is null (text has no title)")
    elif norm(rep["title"]) not in ntext:
        errors.append(f"{where}: report.title does not occur in text")

    type_sets = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
    org_names = set()
    for kind, allowed in type_sets.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errors.append(f"{where}: {kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"]:
                errors.append(f"{where}: {kind}: bad entry {e!r}")
                continue
            name = e["name"]
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != need:
                errors.append(f"{where}: {kind}: {name}: keys {sorted(e)} != {sorted(need)}")
            if e.get("type") not in allowed:
                errors.append(f"{where}: {kind}: {name}: bad type {e.get('type')!r}")
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                errors.append(f"{where}: {kind}: {name}: aliases must be a list of non-empty strings")
                aliases = []
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errors.append(f"{where}: {kind}: {name}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and not DOCNUM_RE.match(dn):
                    errors.append(f"{where}: {kind}: {name}: doc_number not normalised: {dn!r}")
                if dn is not None:
                    m = re.search(r"〔(\d{4})〕(\d+)号", dn)
                    if m and not re.search(m.group(1) + r"\D{0,3}0*" + m.group(2) + r"\D", text):
                        errors.append(f"{where}: {kind}: {name}: doc_number {dn} not found in text")
                iss = e.get("issuer")
                if iss is not None and not isinstance(iss, str):
                    errors.append(f"{where}: {kind}: {name}: issuer must be a string or null")
            if kind == "organizations":
                org_names.update(norm(x) for x in [name, *aliases])
            # names and aliases must be unambiguous within a kind
            for form in [name, *aliases]:
                k = norm(form)
                if k in seen and seen[k] != name:
                    errors.append(f"{where}: {kind}: form {form!r} used by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            # occurrence in the text
            forms_in_text = [f for f in [name, *aliases] if norm(f) in ntext]
            if not forms_in_text:
                errors.append(f"{where}: {kind}: {name}: neither name nor any alias occurs in text")
            elif norm(name) not in ntext:
                infos.append(f"{where}: {kind}: resolved name {name!r} not in text; alias {forms_in_text[0]!r} is")
            for a in aliases:
                if norm(a) not in ntext and norm(a) != norm(name):
                    infos.append(f"{where}: {kind}: {name}: extra accepted form {a!r} does not occur in text")
    if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
        errors.append(f"{where}: report.publisher {rep['publisher']!r} is not among the organizations")
    for e in g.get("regulations", []):
        iss = e.get("issuer") if isinstance(e, dict) else None
        if iss:
            for part in iss.split():
                if norm(part) not in org_names:
                    errors.append(f"{where}: issuer {part!r} of {e['name']!r} is not among the organizations")


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    golds = sorted(gold_dir.glob("*.json"))
    docs = sorted(docs_dir.glob("*.txt"))
    errors, infos = [], []
    gold_stems = {p.stem for p in golds}
    for d in docs:
        if d.stem not in gold_stems:
            errors.append(f"{d.name}: no gold file")
    for gp in golds:
        check(gp, docs_dir, errors, infos)
    for line in infos:
        print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(golds)} gold files, {len(docs)} docs, {len(errors)} errors, {len(infos)} info lines")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
