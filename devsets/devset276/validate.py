#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [GOLD_DIR] [DOCS_DIR] [--strict]

Checks, per gold file:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; report keys
    title/publisher/region/year/date with the right types (year int, date YYYY-MM-DD or null);
  * `doc` names an existing text in DOCS_DIR and matches the gold file name;
  * every entity has name/aliases/type (+ doc_number/issuer/relation for regulations) with
    values allowed by ANNOTATION.md; doc_number normalised to 机关代字〔年份〕序号号;
  * every entity's name or at least one alias occurs in the text (after removing 《》〈〉 and
    whitespace; a second try uses the scorer's normalisation, which also drops quotation marks).
    Canonical names that do not occur (resolved jurisdiction) are listed as INFO when an alias
    occurs; aliases that never occur are listed as WARN;
  * no normalised form is shared by two entities of the same kind (it would break matching);
  * report.publisher is one of the gold organizations (name or alias); report fields filled;
  * completeness helpers: every 《…》 title in the text must be covered by a regulation
    (ERROR otherwise); every “…” quoted term is looked up among all entities (WARN if none).
Exit status 1 if there is any ERROR (with --strict also on WARN).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
try:  # optional: recognise Traditional renderings of canonical names (doc 006)
    import opencc
    S2T = opencc.OpenCC("s2tw")
except Exception:  # noqa: BLE001
    S2T = None
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^[^〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# the scorer's normalisation (score.py, ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def light(text):
    """Remove title marks and whitespace only (the brief's rule)."""
    return re.sub(r"[《》〈〉\s\u3000]", "", str(text))


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


class Report:
    def __init__(self):
        self.errors = self.warns = 0

    def __call__(self, level, doc, msg):
        if level == "ERROR":
            self.errors += 1
        elif level == "WARN":
            self.warns += 1
        print(f"{level:5} {doc}: {msg}")


def check(gold_path, docs_dir, out):
    doc = gold_path.name
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        out("ERROR", doc, f"JSON does not load: {exc}")
        return
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        out("ERROR", doc, f"top-level keys {sorted(g)} != {sorted(keys)}")
    if g.get("doc", "")[:-4] != gold_path.stem:
        out("ERROR", doc, f"doc field {g.get('doc')!r} does not match file name")
    txt_path = docs_dir / g.get("doc", "")
    if not txt_path.is_file():
        out("ERROR", doc, f"text {txt_path} missing")
        return
    text = read_text(txt_path)
    t_light, t_norm = light(text), norm(text)

    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        out("ERROR", doc, f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            out("ERROR", doc, f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep.get("year", 0) <= 2030:
        out("ERROR", doc, f"report.year {rep.get('year')!r} not a plausible int")
    if rep.get("date") is not None and not DATE.match(str(rep["date"])):
        out("ERROR", doc, f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("title") is not None and norm(rep["title"]) not in t_norm:
        out("WARN", doc, f"report.title does not occur in the text: {rep['title']}")
    if rep.get("date") is None:
        out("INFO", doc, "report.date is null")

    all_forms = []
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        items = g.get(kind)
        if not isinstance(items, list):
            out("ERROR", doc, f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != need:
                out("ERROR", doc, f"{kind} entity keys {sorted(e)} != {sorted(need)}: {e.get('name')}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                out("ERROR", doc, f"{kind}: empty name")
                continue
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                out("ERROR", doc, f"{kind} {name}: aliases must be a list of non-empty strings")
                aliases = []
            if e.get("type") not in types:
                out("ERROR", doc, f"{kind} {name}: type {e.get('type')!r} not allowed")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    out("ERROR", doc, f"regulation {name}: relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and not DOCNO.match(dn):
                    out("ERROR", doc, f"regulation {name}: doc_number {dn!r} not normalised")
                if e.get("issuer") is not None and not isinstance(e["issuer"], str):
                    out("ERROR", doc, f"regulation {name}: issuer must be a string or null")
            forms = [name, *aliases]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    out("ERROR", doc, f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            all_forms.extend((kind, norm(f), name) for f in forms)
            occurs = [f for f in forms if light(f) in t_light or norm(f) in t_norm]
            if not occurs:
                out("ERROR", doc, f"{kind} {name}: neither the name nor any alias occurs in the text")
                continue
            if name not in occurs:
                out("INFO", doc, f"{kind} {name}: canonical name resolved (occurs as {occurs[0]!r})")
            for a in aliases:
                if a not in occurs:
                    if S2T is not None and S2T.convert(name) == a:
                        out("INFO", doc, f"{kind} {name}: Traditional form {a!r} listed as accepted form")
                    else:
                        out("WARN", doc, f"{kind} {name}: alias {a!r} does not occur")
        if kind == "organizations":
            org_forms = {norm(f) for e in items for f in [e.get("name", ""), *e.get("aliases", [])]}
            if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
                out("ERROR", doc, f"report.publisher {rep['publisher']!r} is not a gold organization")
            for e in (g.get("regulations") or []):
                iss = e.get("issuer")
                if iss:
                    for part in iss.split():
                        if norm(part) not in org_forms:
                            out("WARN", doc, f"issuer {part!r} of {e['name']!r} is not a gold organization")

    # completeness helpers
    reg_forms = {f for k, f, _ in all_forms if k == "regulations"}
    for m in re.finditer(r"《([^《》]+)》", text):
        title = m.group(1)
        if norm(title) not in reg_forms:
            out("ERROR", doc, f"title 《{title}》 is not covered by any regulation")
        for inner in re.findall(r"[〈<]([^〈〉<>]+)[〉>]", title):
            if norm(inner) not in reg_forms:
                out("ERROR", doc, f"inner title 〈{inner}〉 is not covered by any regulation")
    every = {f for _, f, _ in all_forms}
    for m in re.finditer(r"“([^“”]{2,40})”", text):
        q = norm(m.group(1))
        if not any(q in f for f in every):
            out("WARN", doc, f"quoted term “{m.group(1)}” is not part of any gold entity")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    strict = "--strict" in sys.argv
    gold_dir = Path(args[0]) if args else HERE / "gold"
    docs_dir = Path(args[1]) if len(args) > 1 else HERE / "docs"
    out = Report()
    files = sorted(gold_dir.glob("*.json"))
    texts = sorted(p.name for p in docs_dir.glob("*.txt"))
    if len(files) != len(texts):
        out("ERROR", "*", f"{len(files)} gold files for {len(texts)} texts")
    for gp in files:
        check(gp, docs_dir, out)
    for t in texts:
        if not (gold_dir / (t[:-4] + ".json")).exists():
            out("ERROR", t, "no gold file")
    for t in texts:
        n = len(read_text(docs_dir / t))
        if not 1500 <= n <= 5000:
            out("WARN", t, f"length {n} outside 1500-5000 characters")
    print(f"{len(files)} gold files, {out.errors} errors, {out.warns} warnings")
    sys.exit(1 if out.errors or (strict and out.warns) else 0)


if __name__ == "__main__":
    main()
