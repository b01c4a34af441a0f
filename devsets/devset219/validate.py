#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and against their texts.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
    `doc` names an existing docs/<file>.txt equal to the gold file's stem + .txt;
  * report has title/publisher/region/year/date; publisher, region, year are filled
    (title and date may be null, which is reported as a note); year is an int in 2015..2025;
    date is YYYY-MM-DD or null; publisher is one of the document's organizations;
  * every entity has the fields of its kind with valid enum values (types, relation),
    aliases is a list of strings, doc_number is null or `代字〔YYYY〕N号`;
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * every entity's name or at least one alias occurs in the text after normalisation
    (NFKC, whitespace/quotes/title marks removed, brackets and dashes unified, as score.py does);
    canonical names that do not occur (resolved names) are listed as notes; aliases that do
    not occur are listed as warnings;
  * issuers name organizations annotated in the same document (warning otherwise);
  * text length is 1,500-5,000 characters.
Exit status 1 if any ERROR was found.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """Same normalisation as /work/shared/score.py, plus removal of any other whitespace (form feeds)."""
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^[^〔〕]+〔(19|20)\d\d〕\d+号$")
PROVINCES = ("北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省",
             "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
             "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省",
             "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace"), "utf-8?"


def check(gold_path, docs_dir, out):
    errors = warnings = 0

    def err(msg):
        nonlocal errors
        errors += 1
        out.append(f"  ERROR   {msg}")

    def warn(msg):
        nonlocal warnings
        warnings += 1
        out.append(f"  warning {msg}")

    def note(msg):
        out.append(f"  note    {msg}")

    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return errors, warnings
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
    doc = g.get("doc")
    if doc != gold_path.stem + ".txt":
        err(f"doc field {doc!r} != {gold_path.stem + '.txt'!r}")
    txt_path = docs_dir / str(doc)
    if not txt_path.exists():
        err(f"text file {txt_path} missing")
        return errors, warnings
    text, enc = read_text(txt_path)
    if enc != "utf-8":
        note(f"text decoded as {enc}")
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f"text length {n} outside 1500-5000")
    ntext = norm(text)

    rep = g.get("report")
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
        rep = rep if isinstance(rep, dict) else {}
    for f in ("publisher", "region", "year"):
        if rep.get(f) in (None, ""):
            err(f"report.{f} is empty")
    for f in ("title", "date"):
        if rep.get(f) is None:
            note(f"report.{f} is null")
    if rep.get("title") and norm(rep["title"]) not in ntext:
        err(f"report.title does not occur in the text: {rep['title']}")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
        err(f"report.year {rep.get('year')!r} not an int in 2015..2025")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
        err(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("region") and not str(rep["region"]).startswith(PROVINCES):
        err(f"report.region {rep['region']!r} does not start with a province-level name")

    org_forms = {}
    for kind in ("regulations", "organizations", "measures"):
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            label = f"{kind}[{i}] {e.get('name') if isinstance(e, dict) else e!r}"
            if not isinstance(e, dict):
                err(f"{label}: not an object")
                continue
            if set(e) != FIELDS[kind]:
                err(f"{label}: fields {sorted(e)} != {sorted(FIELDS[kind])}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                err(f"{label}: empty name")
                continue
            aliases = e.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                err(f"{label}: aliases must be a list of non-empty strings")
                aliases = [a for a in aliases if isinstance(a, str)] if isinstance(aliases, list) else []
            if e.get("type") not in TYPES[kind]:
                err(f"{label}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    err(f"{label}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and not DOCNUM.match(dn):
                    err(f"{label}: doc_number {dn!r} not normalised to 代字〔YYYY〕N号")
                if dn is not None and norm(dn) not in ntext:
                    note(f"{label}: doc_number {dn} does not occur verbatim (repaired scraping damage?)")
                iss = e.get("issuer")
                if iss is not None and not isinstance(iss, str):
                    err(f"{label}: issuer must be a string or null")
            forms = [name, *aliases]
            for form in forms:
                k = norm(form)
                if k in seen and seen[k] != i:
                    err(f"{label}: form {form!r} also belongs to {kind}[{seen[k]}] {items[seen[k]]['name']}")
                seen.setdefault(k, i)
            for a in aliases:
                if norm(a) == norm(name):
                    warn(f"{label}: alias {a!r} equals the name after normalisation")
            occurring = [f for f in forms if norm(f) in ntext]
            if not occurring:
                err(f"{label}: neither the name nor any alias occurs in the text")
            else:
                if norm(name) not in ntext:
                    note(f"{label}: resolved name does not occur (alias {occurring[0]!r} does)")
                for a in aliases:
                    if norm(a) not in ntext:
                        warn(f"{label}: alias {a!r} does not occur in the text")
            if kind == "organizations":
                for f in forms:
                    org_forms[norm(f)] = name
    pub = rep.get("publisher")
    if pub and norm(pub) not in org_forms:
        err(f"report.publisher {pub!r} is not among the organizations")
    for i, e in enumerate(g.get("regulations") or []):
        iss = e.get("issuer") if isinstance(e, dict) else None
        if iss:
            for part in str(iss).replace("、", " ").split():
                if norm(part) not in org_forms:
                    warn(f"regulations[{i}] {e['name']}: issuer part {part!r} is not an annotated organization")
    return errors, warnings


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    golds = sorted(gold_dir.glob("*.json"))
    texts = sorted(p.stem for p in docs_dir.glob("*.txt"))
    total_e = total_w = 0
    if sorted(p.stem for p in golds) != texts:
        print("ERROR docs/ and gold/ do not pair up:", sorted(p.stem for p in golds), texts)
        total_e += 1
    counts = {"regulations": 0, "organizations": 0, "measures": 0}
    for gp in golds:
        out = []
        e, w = check(gp, docs_dir, out)
        total_e += e
        total_w += w
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
            for k in counts:
                counts[k] += len(g.get(k, []))
            summary = " ".join(f"{k[:3]}={len(g.get(k, []))}" for k in counts)
        except Exception:  # noqa: BLE001
            summary = "unreadable"
        print(f"{gp.name}: {e} errors, {w} warnings  ({summary})")
        for line in out:
            print(line)
    print(f"TOTAL: {len(golds)} files, {total_e} errors, {total_w} warnings; entities {counts}")
    sys.exit(1 if total_e else 0)


if __name__ == "__main__":
    main()
