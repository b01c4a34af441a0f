#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v] [OUTDIR]     (-v also prints INFO lines)

Checks, for every gold/*.json:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures;
  * doc names an existing file in docs/ (read as UTF-8, else GB18030);
  * report: title (str|null), publisher, region (non-empty str), year (int), date (YYYY-MM-DD|null);
    the publisher is one of the gold organizations (name or alias);
  * every entity has the fields and types of ANNOTATION.md (type / relation vocabularies,
    doc_number normalised to 机关代字〔年份〕序号号, issuer str|null, aliases a list of str);
  * no alias (normalised) is shared by two entities of the same kind, none repeats the name;
  * every gold name or one of its aliases occurs in the text (after removing 《》〈〉<>, quotation
    marks and whitespace and unifying brackets/dashes, as score.py does); canonical names that do
    not occur are listed as INFO when an alias does, as ERROR when nothing does;
  * completeness hints (WARN): each 《…》/〈…〉/「」 title in the text must be a regulation name or
    alias; each “…” quoted span should occur inside some gold name/alias.
Exit status 1 if any ERROR.
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
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# quoted spans decided NOT to be entities (see README, annotation decisions)
NOT_ENTITIES = {"僵尸企业", "一把手工程", "民转刑", "两山"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown encoding", raw, 0, 1, str(path))


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    errors, warns, infos = [], [], []
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        print("no gold files"); return 1
    for gf in files:
        def err(msg): errors.append(f"{gf.name}: {msg}")
        def warn(msg): warns.append(f"{gf.name}: {msg}")
        def info(msg): infos.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        keys = {"doc", "report", "regulations", "organizations", "measures"}
        if set(g) != keys:
            err(f"top-level keys {sorted(g)} != {sorted(keys)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            err(f"doc {doc!r} does not match file name")
        tpath = root / "docs" / str(doc)
        if not tpath.exists():
            err(f"missing text {tpath}"); continue
        text, enc = read_text(tpath)
        if enc != "utf-8":
            info(f"text is {enc}")
        ntext = norm(text)
        n_chars = len(text)
        if not 1500 <= n_chars <= 5000:
            warn(f"text has {n_chars} characters (1500-5000 expected)")
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            err("report.title not str|null")
        if rep.get("title") and norm(rep["title"]) not in ntext:
            err(f"report.title not in text: {rep['title']}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and (not isinstance(rep["date"], str) or not DATE.match(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("date") is None:
            info("report.date is null")
        org_forms = {norm(x) for o in g.get("organizations", []) for x in [o.get("name", ""), *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']} is not a gold organization")
        all_forms = []
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                fields = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != fields:
                    err(f"{kind} {e.get('name')}: fields {sorted(e)}")
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if e.get("type") not in types:
                    err(f"{kind} {name}: bad type {e.get('type')!r}")
                al = e.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                    err(f"{kind} {name}: aliases must be a list of non-empty strings"); al = []
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f"{name}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        err(f"{name}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in ntext:
                        info(f"{name}: doc_number {dn} repaired / not verbatim in text")
                    iss = e.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        err(f"{name}: issuer not str|null")
                forms = [name, *al]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                    elif k in seen and f != name:
                        warn(f"{kind} {name}: alias {f!r} repeats another form after normalisation")
                    seen[k] = name
                    all_forms.append(k)
                if norm(name) in ntext:
                    continue
                found = [a for a in al if norm(a) in ntext]
                if found:
                    info(f"{kind}: canonical '{name}' not in text; alias '{found[0]}' is")
                else:
                    err(f"{kind}: neither '{name}' nor any alias occurs in the text")
                for a in al:
                    if norm(a) not in ntext:
                        err(f"{kind} {name}: alias '{a}' does not occur in the text")
        reg_forms = {norm(x) for r in g.get("regulations", []) for x in [r["name"], *r.get("aliases", [])]}
        for m in re.finditer(r"《([^《》]{2,120}?)》|〈([^〈〉]{2,120}?)〉|「([^「」]{2,120}?)」", text):
            t = next(x for x in m.groups() if x)
            if norm(t) not in reg_forms:
                warn(f"title in text not annotated as regulation: {t}")
        for m in re.finditer(r"“([^“”]{1,40})”", text):
            q = norm(m.group(1))
            if q not in NOT_ENTITIES and not any(q in f for f in all_forms):
                warn(f"quoted span not inside any gold form: “{m.group(1)}”")
    verbose = "-v" in sys.argv
    for label, rows in ((("INFO", infos),) if verbose else ()) + (("WARN", warns), ("ERROR", errors)):
        for r in rows:
            print(f"{label}\t{r}")
    print(f"{len(files)} gold files: {len(errors)} errors, {len(warns)} warnings, {len(infos)} infos")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
