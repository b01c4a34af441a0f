#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, for every gold/*.json:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures;
  * doc names an existing docs/<doc> file (read as UTF-8, falling back to GB18030);
  * report fields: title (str or null), publisher (str, and one of the gold organizations),
    region (str), year (int 2000-2030), date (YYYY-MM-DD or null);
  * every entity has the fields and value types ANNOTATION.md allows (type / relation
    vocabularies, doc_number normalised to 机关代字〔年份〕序号号, issuer str or null);
  * every entity's name or at least one alias occurs in the text (compared after removing
    《》 and whitespace, and also after the scorer's normalisation); names that do not occur
    but are covered by an alias are listed as INFO (resolved canonical names);
  * no normalised name/alias is shared by two entities of the same kind in one document;
  * each doc_number's year and serial can be found in the text.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNO = re.compile(r"^[^\s〔〕]+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# the scorer's normalisation (score.py)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def simple(text):
    return re.sub(r"[\s《》\u3000]", "", str(text))


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def main():
    errors, infos = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    if not files:
        sys.exit(f"no gold files under {ROOT/'gold'}")
    counts = {}
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        keys = {"doc", "report", "regulations", "organizations", "measures"}
        if set(g) != keys:
            errors.append(f"{tag}: top-level keys {sorted(g)} != {sorted(keys)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            errors.append(f"{tag}: doc field {doc!r} does not match the file name")
        dpath = ROOT / "docs" / str(doc)
        if not dpath.exists():
            errors.append(f"{tag}: document {dpath} missing")
            continue
        text, enc = read_doc(dpath)
        if enc != "utf-8":
            infos.append(f"{tag}: document read as {enc}")
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: document length {n} outside 1500-5000")
        t_simple, t_norm = simple(text), norm(text)

        # report
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            errors.append(f"{tag}: report.title must be str or null")
        if rep.get("title") is None:
            infos.append(f"{tag}: report.title is null")
        elif norm(rep["title"]) not in t_norm:
            errors.append(f"{tag}: report.title not found in text")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                errors.append(f"{tag}: report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            errors.append(f"{tag}: report.year must be an int year")
        if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            errors.append(f"{tag}: report.date must be YYYY-MM-DD or null")
        org_forms = {norm(a) for o in g.get("organizations", []) for a in [o.get("name", ""), *o.get("aliases", [])]}
        if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not among the gold organizations")

        # entities
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEASURE_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            counts[kind] = counts.get(kind, 0) + len(items)
            seen = {}
            for e in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{tag}: {kind} entry {e.get('name')!r} has keys {sorted(e)}, expected {sorted(need)}")
                name = e.get("name")
                aliases = e.get("aliases")
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} entry without a name: {e}")
                    continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    errors.append(f"{tag}: {kind} {name!r}: aliases must be a list of non-empty strings")
                    aliases = []
                if e.get("type") not in types:
                    errors.append(f"{tag}: {kind} {name!r}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: {name!r}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None:
                        if not (isinstance(dn, str) and DOCNO.match(dn)):
                            errors.append(f"{tag}: {name!r}: doc_number {dn!r} not normalised to 代字〔年份〕序号号")
                        else:
                            m = re.match(r"^(.+)〔(\d{4})〕(\d+)号$", dn)
                            pat = re.escape(m.group(1)) + r"\s*\S{1,8}?\s*" + m.group(2) + r"\s*\S{1,8}?\s*" + m.group(3) + r"\s*号"
                            if not re.search(pat, text):
                                errors.append(f"{tag}: {name!r}: doc_number {dn!r} not found in text")
                    iss = e.get("issuer")
                    if iss is not None and not (isinstance(iss, str) and iss.strip()):
                        errors.append(f"{tag}: {name!r}: issuer must be a non-empty str or null")
                forms = [name, *aliases]
                found = [f for f in forms if simple(f) in t_simple or norm(f) in t_norm]
                if not found:
                    errors.append(f"{tag}: {kind} {name!r}: neither the name nor any alias occurs in the text")
                elif name not in found:
                    infos.append(f"{tag}: {kind} {name!r}: canonical name resolved, text has {found[0]!r}")
                for f in aliases:
                    if f not in found:
                        errors.append(f"{tag}: {kind} {name!r}: alias {f!r} does not occur in the text")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
    for line in infos:
        print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(files)} gold files; entities: " + ", ".join(f"{k}={v}" for k, v in counts.items())
          + f"; {len(errors)} errors, {len(infos)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
