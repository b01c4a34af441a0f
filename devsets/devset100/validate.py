#!/usr/bin/env python3
"""Check every gold file of this dev set (see README.md).

usage: python3 validate.py [DEVSET_DIR]

Checks: JSON loads; keys and value types per ANNOTATION.md; enumerated types and
relations; doc_number normalised (机关代字〔年份〕序号号); report fields filled; the
document exists and is 1,500-5,000 characters; every entity's name or one of its
aliases occurs in the text (compared after the scorer's normalisation, with all
whitespace removed, so PDF line breaks do not matter); no alias shared by two
entities of one kind. Canonical names that do not occur verbatim (resolved names)
are listed as information; an alias that does not occur is a warning.
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def main():
    errors, warnings, infos = [], [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        where = gf.name
        def err(msg): errors.append(f"{where}: {msg}")
        def warn(msg): warnings.append(f"{where}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"][:-4] != gf.stem or not g["doc"].endswith(".txt"):
            err(f"doc {g['doc']!r} does not match file name")
        doc = ROOT / "docs" / g["doc"]
        if not doc.exists():
            err("document missing"); continue
        raw = doc.read_text(encoding="utf-8")
        n = len(raw)
        if not 1500 <= n <= 5000:
            err(f"document length {n} outside 1500-5000")
        text = norm(raw)
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    err(f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
                err(f"report.year {rep['year']!r}")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
                err(f"report.date {rep['date']!r}")
            if rep["title"] is not None and norm(rep["title"]) not in text:
                err(f"report.title does not occur: {rep['title']}")
            if rep["date"] is None:
                warn("report.date is null")
            if rep["publisher"] not in [o.get("name") for o in g["organizations"]]:
                err(f"publisher {rep['publisher']!r} is not a gold organization")
        for kind, types, extra in (("regulations", REG_TYPES, ("doc_number", "issuer", "relation")),
                                   ("organizations", ORG_TYPES, ()), ("measures", MEAS_TYPES, ())):
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for it in items:
                want = {"name", "aliases", "type", *extra}
                if not isinstance(it, dict) or set(it) != want:
                    err(f"{kind}: bad keys in {it}"); continue
                name = it["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(it["aliases"], list) or not all(isinstance(a, str) and a for a in it["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of strings")
                    continue
                if it["type"] not in types:
                    err(f"{kind}: {name}: type {it['type']!r}")
                if kind == "regulations":
                    dn = it["doc_number"]
                    if dn is not None and not re.fullmatch(r"[^〔〕\s]+〔(19|20)\d{2}〕\d+号", dn):
                        err(f"regulations: {name}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in text:
                        infos.append(f"{where}: doc_number {dn} repaired (not verbatim in text)")
                    if it["issuer"] is not None and not isinstance(it["issuer"], str):
                        err(f"regulations: {name}: issuer {it['issuer']!r}")
                    if it["relation"] not in RELATIONS:
                        err(f"regulations: {name}: relation {it['relation']!r}")
                forms = [name, *it["aliases"]]
                hits = [f for f in forms if norm(f) in text]
                if not hits:
                    err(f"{kind}: {name}: neither name nor any alias occurs in the text")
                elif norm(name) not in text:
                    infos.append(f"{where}: {kind}: resolved name {name} (occurs as {hits[0]})")
                for a in it["aliases"]:
                    if norm(a) not in text:
                        warn(f"{kind}: {name}: alias {a!r} does not occur")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                if len(set(map(norm, forms))) != len(forms):
                    infos.append(f"{where}: {kind}: {name}: some aliases differ from the name only in quotes/brackets (kept as written)")
    for line in infos:
        print("info   ", line)
    for line in warnings:
        print("WARNING", line)
    for line in errors:
        print("ERROR  ", line)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
