#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [OUTDIR]      (default: the directory of this script)

Checks, for every gold/*.json:
  * JSON loads; exactly the keys doc, report, regulations, organizations, measures;
    report has title, publisher, region, year, date; docs/<doc> exists;
  * every entity has the right fields, types and relations are from ANNOTATION.md,
    doc_number is normalised (机关代字〔年份〕序号号), aliases are a list of strings;
  * no name/alias is used twice within one kind (the scorer would route matches to the
    first entity only);
  * every entity's name or one of its aliases occurs in the text (after removing 《》,
    quotation marks and whitespace; HTML entities in the text are decoded). Canonical names
    that do not occur (resolved jurisdiction, official full title) are listed as info;
  * the report fields are filled (publisher, region, year; title/date null is a warning),
    the publisher is one of the gold organizations, the date is a valid YYYY-MM-DD;
  * every 《…》/〈…〉 title in the text is covered by a regulation (warning if not);
  * doc_number digits occur in the text (warning if not: repaired damage);
  * issuer names an organization of the gold (warning if not).
Exit status 1 if there is any ERROR.
"""
import datetime
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM_RE = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")

# same normalisation as score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def light(text):
    """remove 《》 and whitespace only (the minimal rule of the brief)"""
    return re.sub(r"[《》\s\u3000]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def occurs(form, text_light, text_norm):
    f = light(form)
    if f and f in text_light:
        return True
    n = norm(form)
    return bool(n) and n in text_norm


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings, infos = [], [], []
    gold_files = sorted((root / "gold").glob("*.json"))
    if not gold_files:
        print("no gold files"); sys.exit(1)
    docs_seen = set()
    for gf in gold_files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            errors.append(f"{tag}: JSON does not load: {exc}"); continue
        if set(g) != TOP_KEYS:
            errors.append(f"{tag}: top-level keys {sorted(g)} != {sorted(TOP_KEYS)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or Path(doc).stem != gf.stem:
            errors.append(f"{tag}: doc {doc!r} does not match the gold file name")
            continue
        docs_seen.add(doc)
        dp = root / "docs" / doc
        if not dp.exists():
            errors.append(f"{tag}: missing text docs/{doc}"); continue
        text, enc = read_text(dp)
        if enc != "utf-8":
            infos.append(f"{tag}: text decoded as {enc}")
        n_chars = len(text)
        if not 1500 <= n_chars <= 5000:
            warnings.append(f"{tag}: text has {n_chars} characters (outside 1500-5000)")
        dec = html.unescape(text)
        text_light = light(text) + "\n" + light(dec)
        text_norm = norm(text) + "\n" + norm(dec)

        # report
        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            errors.append(f"{tag}: report keys wrong: {rep!r}")
            rep = rep if isinstance(rep, dict) else {}
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f).strip():
                errors.append(f"{tag}: report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r} not an int in 2015-2025")
        for f in ("title", "date"):
            if rep.get(f) is None:
                warnings.append(f"{tag}: report.{f} is null")
        if rep.get("title") is not None:
            if not isinstance(rep["title"], str) or not occurs(rep["title"], text_light, text_norm):
                errors.append(f"{tag}: report.title does not occur in the text")
        if rep.get("date") is not None:
            try:
                datetime.date.fromisoformat(rep["date"])
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
                    raise ValueError
            except Exception:  # noqa
                errors.append(f"{tag}: report.date {rep['date']!r} is not YYYY-MM-DD")

        org_forms = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEASURE_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list"); continue
            seen = {}
            for i, e in enumerate(items):
                where = f"{tag}: {kind}[{i}]"
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != want:
                    errors.append(f"{where}: fields {sorted(e) if isinstance(e, dict) else e!r} != {sorted(want)}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{where}: empty name"); continue
                where = f"{tag}: {kind} {name!r}"
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    errors.append(f"{where}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{where}: type {e['type']!r} not in {sorted(types)}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not isinstance(dn, str) or not DOCNUM_RE.match(dn):
                            errors.append(f"{where}: doc_number {dn!r} not normalised to 机关代字〔年份〕序号号")
                        else:
                            m = re.match(r"^(.*)〔(\d{4})〕(\d+)号$", dn)
                            pat = re.escape(m.group(1)) + r"\s*[〔\[\(（【﹝]?\s*" + m.group(2) + r"\s*[〕\]\)）】﹞]?\s*" + m.group(3) + r"\s*号?"
                            if not re.search(pat, text) and not re.search(pat, dec):
                                warnings.append(f"{where}: doc_number {dn} not found in the text (repaired?)")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{where}: issuer must be a string or null")
                forms = [name, *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{where}: form {f!r} already used by {seen[k]!r}")
                    elif k in seen and f != name and norm(name) == k:
                        infos.append(f"{where}: alias {f!r} normalises to the name (kept as written)")
                    seen.setdefault(k, name)
                if kind == "organizations":
                    for f in forms:
                        org_forms[norm(f)] = name
                present = [f for f in forms if occurs(f, text_light, text_norm)]
                if not present:
                    errors.append(f"{where}: neither the name nor any alias occurs in the text")
                elif not occurs(name, text_light, text_norm):
                    infos.append(f"{where}: canonical name resolved (text has {present[0]!r})")
        # publisher, issuers
        if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not among the organizations")
        for e in g.get("regulations", []):
            iss = e.get("issuer") if isinstance(e, dict) else None
            if iss:
                parts = [p for p in re.split(r"[\s、，,]+", iss) if p]
                if norm(iss) not in org_forms and not all(norm(p) in org_forms for p in parts):
                    warnings.append(f"{tag}: issuer {iss!r} of {e['name']!r} is not an organization of the gold")
        # coverage of titles in the text
        reg_forms = set()
        for e in g.get("regulations", []):
            if isinstance(e, dict):
                for f in [e.get("name", ""), *e.get("aliases", [])]:
                    reg_forms.add(norm(f))
        for t in (dec,):
            for m in re.finditer(r"《([^《》\n]{2,120})》|〈([^〈〉\n]{2,120})〉|<([^<>\n/=]{2,80})>", t):
                title = next(x for x in m.groups() if x)
                if re.fullmatch(r"[a-zA-Z0-9 /\"'=:;._#-]+", title):
                    continue  # an HTML tag, not a title
                if norm(title) not in reg_forms:
                    warnings.append(f"{tag}: title 《{title}》 in the text is not covered by any regulation")
    for dp in sorted((root / "docs").glob("*.txt")):
        if dp.name not in docs_seen:
            errors.append(f"docs/{dp.name}: no gold file")
    for w in dict.fromkeys(infos):
        print("INFO   ", w)
    for w in dict.fromkeys(warnings):
        print("WARNING", w)
    for w in dict.fromkeys(errors):
        print("ERROR  ", w)
    print(f"{len(gold_files)} gold files; {len(errors)} errors, {len(set(warnings))} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
