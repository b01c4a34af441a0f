#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [GOLD_DIR] [DOCS_DIR]

Errors (exit 1): JSON does not load, wrong keys or types, unknown type/relation values,
malformed doc_number, missing report fields, an entity of which neither the name nor any
alias occurs in its text (after removing 《》 and whitespace), the same normalised form
listed under two entities of one kind, publisher not among the organizations.
Notes (no failure): canonical names that do not occur verbatim (resolved names; fine when
an alias occurs) and coverage hints: 《》 titles, 文号 and quoted terms in the text that no
gold entry accounts for.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold"
DOCS = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "docs"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

# the scorer's normalisation (score.py, ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

def strip_ws(t):
    return re.sub(r"\s+", "", t)

def light(t):
    """remove 《》 and whitespace only"""
    return strip_ws(t.replace("《", "").replace("》", ""))

errors, notes = [], []

def err(doc, msg):
    errors.append(f"ERROR {doc}: {msg}")

def note(doc, msg):
    notes.append(f"note  {doc}: {msg}")

def check_str_list(doc, where, value):
    if not isinstance(value, list) or not all(isinstance(a, str) and a.strip() for a in value):
        err(doc, f"{where}: aliases must be a list of non-empty strings")
        return False
    return True

def main():
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit(f"no gold files in {GOLD}")
    for gf in files:
        d = gf.stem
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:  # noqa
            err(d, f"JSON does not load: {e}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(d, f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != d + ".txt":
            err(d, f"doc field {g['doc']!r} != {d + '.txt'!r}")
        txt_path = DOCS / g["doc"]
        if not txt_path.exists():
            err(d, f"text {txt_path} missing")
            continue
        text = txt_path.read_text(encoding="utf-8")
        n = len(text)
        if not 1500 <= n <= 5000:
            err(d, f"text length {n} outside 1500-5000")
        t_light = strip_ws(text)
        t_norm = norm(text)

        # report
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(d, f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for k in ("publisher", "region"):
                if not isinstance(rep[k], str) or not rep[k]:
                    err(d, f"report.{k} not filled")
            if not isinstance(rep["year"], int) or not 2010 <= rep["year"] <= 2030:
                err(d, f"report.year {rep['year']!r}")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
                err(d, f"report.date {rep['date']!r}")
            if rep["title"] is not None and light(rep["title"]) not in t_light and norm(rep["title"]) not in t_norm:
                err(d, f"report.title does not occur in text")
            for k in ("title", "date"):
                if rep[k] is None:
                    note(d, f"report.{k} is null")
            orgs_all = {norm(a) for o in g.get("organizations", []) for a in [o.get("name", ""), *o.get("aliases", [])]}
            if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in orgs_all:
                err(d, "report.publisher is not among the organizations")
            if isinstance(rep.get("year"), int) and str(rep["year"]) not in text:
                note(d, f"year {rep['year']} does not occur in text")

        for kind, types, extra in (("regulations", REG_TYPES, True), ("organizations", ORG_TYPES, False),
                                   ("measures", MEAS_TYPES, False)):
            items = g[kind]
            if not isinstance(items, list):
                err(d, f"{kind} is not a list")
                continue
            seen = {}
            for it in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if extra else set())
                if not isinstance(it, dict) or set(it) != want:
                    err(d, f"{kind}: bad keys in {it!r}")
                    continue
                name = it["name"]
                if not isinstance(name, str) or not name.strip():
                    err(d, f"{kind}: empty name")
                    continue
                if not check_str_list(d, f"{kind}/{name}", it["aliases"]):
                    continue
                if it["type"] not in types:
                    err(d, f"{kind}/{name}: type {it['type']!r}")
                if extra:
                    if it["relation"] not in RELATIONS:
                        err(d, f"{kind}/{name}: relation {it['relation']!r}")
                    dn = it["doc_number"]
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        err(d, f"{kind}/{name}: doc_number {dn!r} not 机关代字〔年份〕序号号")
                    if dn is not None and norm(dn) not in t_norm and norm(dn).replace("(", "").replace(")", "") not in t_norm.replace("(", "").replace(")", ""):
                        note(d, f"{kind}/{name}: doc_number {dn} does not occur as written (repaired?)")
                    if it["issuer"] is not None and not isinstance(it["issuer"], str):
                        err(d, f"{kind}/{name}: issuer must be str or null")
                forms = [name, *it["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(d, f"{kind}: normalised form {f!r} listed under {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                occ = [f for f in forms if light(f) in t_light]
                occ_norm = [f for f in forms if norm(f) in t_norm]
                if not occ and not occ_norm:
                    err(d, f"{kind}/{name}: neither name nor any alias occurs in the text")
                elif not occ:
                    note(d, f"{kind}/{name}: occurs only after full normalisation")
                elif light(name) not in t_light and norm(name) not in t_norm:
                    note(d, f"{kind}/{name}: canonical name not in text (alias {occ[0]!r} is)")
                for a in it["aliases"]:
                    if light(a) not in t_light and norm(a) not in t_norm:
                        note(d, f"{kind}/{name}: alias {a!r} not in text (accepted variant)")

        # coverage hints
        reg_forms = {norm(a) for r in g["regulations"] for a in [r["name"], *r["aliases"]]}
        for m in re.finditer(r"《([^《》]{2,120})》", strip_ws(text)):
            if norm(m.group(1)) not in reg_forms:
                note(d, f"COVERAGE title 《{m.group(1)}》 not a regulation name/alias")
        nums = {norm(r["doc_number"]) for r in g["regulations"] if r["doc_number"]}
        for m in re.finditer(r"[\u4e00-\u9fa5A-Za-z]{1,10}[〔\[（(【﹝]\s*(?:19|20)\d\d\s*[〕\]）)】﹞]\s*\d+\s*号", strip_ws(text)):
            if not any(norm(m.group(0)).endswith(x) for x in nums):
                note(d, f"COVERAGE 文号 {m.group(0)} not a doc_number")
        all_forms = [norm(a) for kind in ("regulations", "organizations", "measures")
                     for e in g[kind] for a in [e["name"], *e["aliases"]]]
        for m in re.finditer(r"[“\"]([^“”\"\n]{1,30})[”\"]", text):
            q = norm(m.group(1))
            if q and not any(q in f for f in all_forms):
                note(d, f"COVERAGE quoted “{m.group(1)}” not inside any gold name/alias")

    for line in notes:
        print(line)
    for line in errors:
        print(line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
