#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks per gold file: JSON loads; keys and value types; enumerated types and relations;
doc_number format; report fields filled; publisher listed among the organizations;
no normalised name/alias claimed by two entities of the same kind; every entity's name or
one of its aliases occurs in the text (after removing title marks, quotes and whitespace,
same normalisation as score.py).  Canonical names that do not occur verbatim but are
covered by an alias are listed as notes; aliases that do not occur are listed as warnings.
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^[^〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def check(path, errors, warnings, notes):
    def err(msg): errors.append(f"{path.name}: {msg}")
    def warn(msg): warnings.append(f"{path.name}: {msg}")
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}"); return
    if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(gold)}")
    doc = gold.get("doc")
    if doc != path.stem + ".txt":
        err(f"doc {doc!r} does not match file name")
    txt_path = ROOT / "docs" / str(doc)
    if not txt_path.exists():
        err(f"text {txt_path} missing"); return
    raw = txt_path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    ntext = norm(text)
    length = len(re.sub(r"\s", "", text))
    if not 1500 <= length <= 5000:
        warn(f"text length {length} outside 1500-5000")
    rep = gold.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            err(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep.get("year", 0) <= 2030:
        err(f"report.year {rep.get('year')!r} not an int year")
    if rep.get("date") is not None and not DATE.match(str(rep["date"])):
        err(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("title") is not None and norm(rep["title"]) not in ntext:
        err(f"report.title does not occur in the text")
    spec = {
        "regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
        "organizations": (ORG_TYPES, ("name", "aliases", "type")),
        "measures": (MEA_TYPES, ("name", "aliases", "type")),
    }
    for kind, (types, keys) in spec.items():
        items = gold.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list"); continue
        seen = {}
        for n, it in enumerate(items):
            where = f"{kind}[{n}] {it.get('name')!r}" if isinstance(it, dict) else f"{kind}[{n}]"
            if not isinstance(it, dict) or set(it) != set(keys):
                err(f"{where}: keys {sorted(it) if isinstance(it, dict) else type(it)}"); continue
            if not isinstance(it["name"], str) or not it["name"].strip():
                err(f"{where}: empty name")
            if not isinstance(it["aliases"], list) or not all(isinstance(a, str) and a for a in it["aliases"]):
                err(f"{where}: aliases must be a list of strings")
            if it["type"] not in types:
                err(f"{where}: bad type {it['type']!r}")
            if kind == "regulations":
                if it["relation"] not in RELATIONS:
                    err(f"{where}: bad relation {it['relation']!r}")
                if it["doc_number"] is not None and not DOCNUM.match(it["doc_number"]):
                    err(f"{where}: doc_number {it['doc_number']!r} not normalised")
                if it["doc_number"] is not None:
                    year = re.search(r"〔(\d{4})〕(\d+)号", it["doc_number"])
                    pat = re.escape(norm(it["doc_number"].split("〔")[0])) + r"\(?" + year.group(1) + r"\)?" + year.group(2) + "号"
                    if not re.search(pat, ntext):
                        warn(f"{where}: doc_number {it['doc_number']} not found in text")
                if it["issuer"] is not None and not isinstance(it["issuer"], str):
                    err(f"{where}: issuer must be str or null")
            forms = [it["name"], *it["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != n:
                    err(f"{where}: form {f!r} also claimed by {kind}[{seen[k]}]")
                seen.setdefault(k, n)
            if len({norm(f) for f in forms}) != len(forms):
                warn(f"{where}: duplicate forms after normalisation")
            present = [f for f in forms if norm(f) in ntext]
            if not present:
                err(f"{where}: neither name nor any alias occurs in the text")
            elif norm(it["name"]) not in ntext:
                notes.append(f"{path.name}: {kind} {it['name']!r} resolved; occurs as {present[0]!r}")
            for a in it["aliases"]:
                if norm(a) not in ntext:
                    warn(f"{where}: alias {a!r} does not occur (accepted form only)")
    orgs = {norm(f) for o in gold.get("organizations", []) for f in [o["name"], *o["aliases"]]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgs:
        err("report.publisher is not among the organizations")
    for r in gold.get("regulations", []):
        for part in (r.get("issuer") or "").split():
            if norm(part) not in orgs:
                warn(f"issuer part {part!r} of {r['name']!r} is not among the organizations")
    # every title in 《》 must be covered by a regulation (name or alias)
    regs = {norm(f) for r in gold.get("regulations", []) for f in [r["name"], *r["aliases"]]}
    for title in re.findall(r"《([^《》]+)》", re.sub(r"\s", "", text)):
        if norm(title) not in regs:
            err(f"title 《{title}》 in the text is not annotated")


def main():
    errors, warnings, notes = [], [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted(p.name for p in (ROOT / "docs").glob("*.txt"))
    for p in files:
        check(p, errors, warnings, notes)
    missing = set(d[:-4] for d in docs) - set(p.stem for p in files)
    for m in sorted(missing):
        errors.append(f"{m}.txt: no gold file")
    for title, lst in (("NOTES (resolved canonical names)", notes), ("WARNINGS", warnings), ("ERRORS", errors)):
        print(f"== {title}: {len(lst)}")
        for line in lst:
            print("  " + line)
    print(f"checked {len(files)} gold files, {len(docs)} texts")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
