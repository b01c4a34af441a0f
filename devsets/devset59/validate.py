#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md and its document in docs/.

Checks: JSON loads; top-level keys; report fields filled (title may be null, date may be
null only when the text has no date); entity keys and value types; type / relation enums;
doc_number normalised (机关代字〔年份〕序号号); no two entities of a kind share a normalised
name or alias; every entity's name or one of its aliases occurs in the text (text and
names compared after removing 《》〈〉, quotation marks and whitespace, NFKC and unified
brackets/dashes, as score.py does; HTML entities decoded); the publisher is one of the organizations.
Canonical names that do not occur literally (resolved jurisdiction) are listed as info.
Exit status 1 if any error.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP)


def check(gf, errors, infos):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:  # noqa
        err(f"JSON does not load: {e}")
        return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
        return
    doc = HERE / "docs" / g["doc"]
    if g["doc"] != gf.stem + ".txt":
        err(f"doc field {g['doc']!r} does not match file name")
    if not doc.exists():
        err(f"missing text {doc}")
        return
    raw = doc.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    ntext = norm(html.unescape(text))  # HTML entities (&ldquo; &nbsp;) decoded
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {rep}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                err(f"report.{f} empty")
        if not isinstance(rep["year"], int) or not 2010 <= rep["year"] <= 2026:
            err(f"report.year {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"]):
            err(f"report.date {rep['date']!r}")
        if rep["date"] is None:
            infos.append(f"{gf.name}: report.date null")
        if rep["title"] is not None and not isinstance(rep["title"], str):
            err("report.title not str/null")
        orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if norm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']} not among organizations")
    kinds = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
             "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
             "measures": (MEA_TYPES, {"name", "aliases", "type"})}
    for kind, (types, keys) in kinds.items():
        seen = {}
        if not isinstance(g[kind], list):
            err(f"{kind} not a list")
            continue
        for e in g[kind]:
            if set(e) != keys:
                err(f"{kind} {e.get('name')}: keys {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                err(f"{kind}: empty name")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{kind} {e['name']}: aliases must be a list of strings")
            if e["type"] not in types:
                err(f"{kind} {e['name']}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{kind} {e['name']}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"\S+〔(19|20)\d\d〕\d+[号號]", dn):
                    err(f"{kind} {e['name']}: doc_number not normalised {dn!r}")
                if dn is not None and norm(dn) not in ntext:
                    infos.append(f"{gf.name}: {kind} {e['name']}: doc_number {dn} repaired (not literally in text)")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{kind} {e['name']}: issuer not str/null")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                n = norm(f)
                if n in seen and seen[n] != e["name"]:
                    err(f"{kind}: form {f!r} shared by {seen[n]!r} and {e['name']!r}")
                seen[n] = e["name"]
            found = [f for f in forms if norm(f) in ntext]
            if not found:
                err(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
            elif norm(e["name"]) not in ntext:
                infos.append(f"{gf.name}: {kind} canonical {e['name']!r} resolved (text has {found[0]!r})")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    infos.append(f"{gf.name}: {kind} {e['name']!r}: alias {a!r} not in text")


def main():
    errors, infos = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    for gf in files:
        check(gf, errors, infos)
    verbose = "-v" in sys.argv
    if verbose:
        for i in infos:
            print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} infos (-v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
