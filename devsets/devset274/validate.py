#!/usr/bin/env python3
"""Validate the devset gold files against ANNOTATION.md.

usage: python3 validate.py [OUTDIR] [-v]   (default: the directory of this script; -v lists INFO lines)

Checks, per gold file:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; `doc` names an existing docs/*.txt
  * report fields: title (str|null), publisher, region (non-empty str), year (int 2010-2030), date (YYYY-MM-DD|null);
    the publisher is one of the gold organizations (name or alias)
  * every entity: name (non-empty str), aliases (list of str), type in the allowed set; regulations also
    doc_number (str|null, in the normalised form), issuer (str|null; every part should be a gold organization),
    relation in issues/implements/studies/mentions
  * no two entities of one kind share a (normalised) name or alias — that would make the scorer ambiguous
  * occurrence: the name or at least one alias occurs in the text after removing 《》〈〉<> and whitespace
    (ERROR if none does; canonical names that do not occur are listed as INFO: resolved names);
    aliases that do not occur are WARNINGS
  * coverage: every 《…》/〈…〉/「…」 title in the text is covered by a regulation (name or alias)
  * length of the text (1,500-5,000 characters)
Exit status 1 if there are errors.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^(\S+〔(19|20)\d\d〕\d+号|\S*令第\d+号)$")
DATE = re.compile(r"^(19|20)\d\d-\d\d-\d\d$")

# scorer normalisation (score.py) to detect ambiguous duplicates
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def snorm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def onorm(text):
    """Occurrence normalisation: drop title marks and whitespace only."""
    return re.sub(r"[《》〈〉<>\s\u3000]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def titles_in(text):
    out = []
    for m in re.finditer(r"《([^《》]{2,120})》", text):
        out.append(m.group(1))
    for m in re.finditer(r"〈([^〈〉]{2,120})〉", text):
        out.append(m.group(1))
    for m in re.finditer(r"「([^「」]{2,120})」", text):
        out.append(m.group(1))
    # broken title marks left by scraping: 〈…》 or 《…〉
    for m in re.finditer(r"(?:〈([^《》〈〉\n]{2,120})》|《([^《》〈〉\n]{2,120})〉)", text):
        out.append(m.group(1) or m.group(2))
    return out


def check(gold_path, docs_dir):
    errors, warns, infos = [], [], []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], [], []
    for key in ("doc", "report", "regulations", "organizations", "measures"):
        if key not in gold:
            errors.append(f"missing key {key}")
    if errors:
        return errors, warns, infos
    if gold["doc"] != gold_path.stem + ".txt":
        errors.append(f"doc {gold['doc']!r} does not match file name {gold_path.stem}.txt")
    txt_path = docs_dir / gold["doc"]
    if not txt_path.exists():
        return errors + [f"text {txt_path} missing"], warns, infos
    text, enc = read_text(txt_path)
    if enc != "utf-8":
        infos.append(f"text encoding {enc}")
    n = len(text)
    if not 1500 <= n <= 5000:
        warns.append(f"text length {n} outside 1500-5000")
    flat = onorm(text)

    rep = gold["report"]
    for key in ("title", "publisher", "region", "year", "date"):
        if key not in rep:
            errors.append(f"report.{key} missing")
    if rep.get("title") is not None and not isinstance(rep.get("title"), str):
        errors.append("report.title must be str or null")
    if rep.get("title") is None:
        warns.append("report.title is null")
    elif onorm(rep["title"]) not in flat:
        warns.append(f"report.title not found in text: {rep['title']}")
    for key in ("publisher", "region"):
        if not isinstance(rep.get(key), str) or not rep.get(key):
            errors.append(f"report.{key} must be a non-empty string")
    if not isinstance(rep.get("year"), int) or not 2010 <= rep["year"] <= 2030:
        errors.append("report.year must be an int 2010-2030")
    if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
        errors.append("report.date must be YYYY-MM-DD or null")
    if rep.get("date") is None:
        warns.append("report.date is null")

    org_names = {}
    for o in gold["organizations"]:
        for a in [o.get("name"), *o.get("aliases", [])]:
            if isinstance(a, str):
                org_names.setdefault(snorm(a), o.get("name"))
    org_canon = {snorm(o["name"]) for o in gold["organizations"] if isinstance(o.get("name"), str)}
    if isinstance(rep.get("publisher"), str) and snorm(rep["publisher"]) not in org_canon:
        errors.append(f"report.publisher {rep['publisher']!r} is not a gold organization's canonical name")

    for kind, allowed in TYPES.items():
        items = gold[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} must be a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict):
                errors.append(f"{where} not an object")
                continue
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{where} has no name")
                continue
            where = f"{kind} {name!r}"
            aliases = e.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errors.append(f"{where}: aliases must be a list of non-empty strings")
                aliases = [a for a in aliases if isinstance(a, str)] if isinstance(aliases, list) else []
            if e.get("type") not in allowed:
                errors.append(f"{where}: bad type {e.get('type')!r}")
            keys = {"name", "aliases", "type"}
            if kind == "regulations":
                keys |= {"doc_number", "issuer", "relation"}
                for k in ("doc_number", "issuer", "relation"):
                    if k not in e:
                        errors.append(f"{where}: missing {k}")
                if e.get("relation") not in RELATIONS:
                    errors.append(f"{where}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None:
                    if not isinstance(dn, str):
                        errors.append(f"{where}: doc_number must be str or null")
                    elif not DOCNUM.match(dn):
                        warns.append(f"{where}: doc_number {dn!r} not in normalised form")
                    else:
                        core = re.sub(r"[〔〕\[\]【】()（）﹝﹞]", "", dn)
                        if core not in re.sub(r"[〔〕\[\]【】()（）﹝﹞\s]", "", text):
                            warns.append(f"{where}: doc_number {dn!r} not found in text (repaired?)")
                iss = e.get("issuer")
                if iss is not None:
                    if not isinstance(iss, str):
                        errors.append(f"{where}: issuer must be str or null")
                    else:
                        for part in iss.split():
                            if snorm(part) not in org_canon:
                                infos.append(f"{where}: issuer part {part!r} is not a gold organization's canonical name")
            extra = set(e) - keys
            if extra:
                errors.append(f"{where}: unexpected fields {sorted(extra)}")
            for a in [name, *aliases]:
                k = snorm(a)
                if k in seen and seen[k] != i:
                    errors.append(f"{kind}: {a!r} is name/alias of two entities ({items[seen[k]]['name']!r} and {name!r})")
                seen.setdefault(k, i)
            occurs = [a for a in [name, *aliases] if onorm(a) in flat]
            if not occurs:
                errors.append(f"{where}: neither the name nor any alias occurs in the text")
            elif onorm(name) not in flat:
                infos.append(f"{where}: canonical name resolved (found as {occurs[0]!r})")
            for a in aliases:
                if onorm(a) not in flat:
                    warns.append(f"{where}: alias {a!r} does not occur in the text")

    covered = set()
    for e in gold["regulations"]:
        for a in [e["name"], *e.get("aliases", [])]:
            covered.add(snorm(a))
    for t in titles_in(text):
        if snorm(t) not in covered:
            errors.append(f"title in text not covered by a regulation: 《{t}》")
    return errors, warns, infos


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    gold_dir, docs_dir = root / "gold", root / "docs"
    files = sorted(gold_dir.glob("*.json"))
    docs = sorted(p.name for p in docs_dir.glob("*.txt"))
    total_err = 0
    for d in docs:
        if not (gold_dir / (d[:-4] + ".json")).exists():
            print(f"ERROR {d}: no gold file")
            total_err += 1
    for f in files:
        errors, warns, infos = check(f, docs_dir)
        total_err += len(errors)
        status = "OK " if not errors else "ERR"
        print(f"{status} {f.name}: {len(errors)} errors, {len(warns)} warnings")
        for m in errors:
            print(f"    ERROR   {m}")
        for m in warns:
            print(f"    WARNING {m}")
        if "-v" in sys.argv:
            for m in infos:
                print(f"    INFO    {m}")
    print(f"{len(files)} gold files, {total_err} errors")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
