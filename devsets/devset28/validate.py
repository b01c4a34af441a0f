#!/usr/bin/env python3
"""Check every gold file of this dev set against ANNOTATION.md and against its text.

usage: python3 validate.py [-v] [DEVSET_DIR]   (default: the directory of this script;
       -v also lists aliases that do not occur in the text, i.e. extra accepted forms)

Checks: JSON loads; keys and value types; entity types / relations from ANNOTATION.md;
doc_number in the normalised form 机关代字〔年份〕序号号; report fields filled; every
entity's name or one of its aliases occurs in the text (compared after decoding the file
— UTF-8 or Big5 —, HTML unescaping, NFKC, removal of whitespace, quotes and title marks);
no surface form shared by two entities of one kind; publisher and issuers are gold
organizations. Canonical names that are resolved (only an alias occurs) are listed as info.
Exit status 1 if there is any error.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")


def norm(t):
    t = unicodedata.normalize("NFKC", html.unescape(str(t)))
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "cp950", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot decode {path}")


VERBOSE = "-v" in sys.argv


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    base = Path(args[0]) if args else Path(__file__).resolve().parent
    errors, infos = [], []
    golds = sorted((base / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = base / "docs" / str(g.get("doc"))
        if g.get("doc") != gf.stem + ".txt" or not doc.exists():
            err(f"doc {g.get('doc')!r} missing or not matching the gold file name"); continue
        text, enc = read_text(doc)
        ntext = norm(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("title", "publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                (err if f != "title" else infos.append)(f"{gf.name}: report.{f} empty" if f == "title" else f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("date") is None:
            infos.append(f"{gf.name}: report.date null")
        org_forms = {}
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                org_forms[norm(a)] = o.get("name")
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']!r} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != want:
                    err(f"{kind}: bad keys in {e!r}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of strings")
                if e["type"] not in types:
                    err(f"{kind}: {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        err(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    if dn is not None and unicodedata.normalize("NFKC", dn) != dn.replace("〔", "〔"):
                        pass
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in org_forms:
                                err(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
                forms = [name, *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {a!r} belongs to {seen[k]!r} and {name!r}")
                    seen[k] = name
                found = [a for a in forms if norm(a) and norm(a) in ntext]
                if not found:
                    err(f"{kind}: neither {name!r} nor its aliases occur in the text")
                elif norm(name) not in ntext:
                    infos.append(f"{gf.name}: {kind}: resolved name {name!r} (text has {found[0]!r})")
                for a in e["aliases"] if VERBOSE else []:
                    if norm(a) not in ntext:
                        infos.append(f"{gf.name}: {kind}: alias {a!r} of {name!r} not in text (accepted form)")
    for i in infos:
        print("info ", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
