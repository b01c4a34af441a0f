#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [--strict] [-v]   (-v also lists names matched only through an alias)

Checks per gold file:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; field types;
    enumerated values (type, relation); doc_number shape 代字〔年〕号; report fields filled;
  * `doc` names an existing docs/*.txt;
  * every entity has its name or at least one alias in the text.  The text is compared
    after the scorer's normalisation (whitespace, quotes, title marks removed, brackets
    unified), in three views: raw text; text without page headers/footers/footnote
    rules (PDF extraction debris); and, for two-column pages, the columns re-read in order;
  * every alias (not only one) is looked for too: an alias that never occurs is an error;
  * issuer names resolve to organizations of the same gold file;
  * no normalised name/alias is shared by two entities of the same kind;
  * coverage warnings: every 《》/〈〉 title in the text must be a regulation name/alias, and
    every “…” quoted term must be contained in some gold name/alias (or be listed in
    NOT_ENTITIES below with a reason).
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
REPORT_KEYS = ("title", "publisher", "region", "year", "date")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)

# Quoted terms that are deliberately not entities (slogans, goals, generic phrases).
NOT_ENTITIES = {
    "*": {"放管服", "三项制度", "谁执法谁普法"},
    # compound slogan; its four parts are annotated one by one
    # development slogan of the county, not a measure
    # "一件事" packages (items of a service list) and a slogan
    "008_zhijiang": {"和平芷江、康养胜地", "企业开办", "新生儿出生"},
    # word quoted inside a table title (农村集体“三资”管理办法)
    "011_binchuan": {"三资"},
    "004_shuangta": {"一枚印章管审批、一支队伍管执法、一张网格管治理、一个中心管指挥"},
}

PAGE_LINE = re.compile(r"^\s*(—\s*\d+\s*—|-\s*\d+\s*-|第\s*\d+\s*页\s*共\s*\d+\s*页|\d+\s*/\s*\d+|\d{1,2}|—{6,}|-{6,})\s*$")

def page_debris(lines):
    """Indices of page numbers, footnote rules and running headers (repeated lines, or a
    header-like line right after a page number)."""
    counts = {}
    for l in lines:
        if l.strip():
            counts[l.strip()] = counts.get(l.strip(), 0) + 1
    drop = set()
    for i, l in enumerate(lines):
        t = l.strip()
        if PAGE_LINE.match(l) or (counts.get(t, 0) >= 2 and len(t) >= 8):
            drop.add(i)
        elif i and PAGE_LINE.match(lines[i - 1]) and not re.search(r"[，。；：]", t) and (
                re.search(r"公报|报告|年第|　{2,}| {2,}", t)):
            drop.add(i)
    return drop

def text_views(text):
    """Raw text, text without PDF page debris, and two-column pages re-read column by column."""
    lines = text.split("\n")
    drop = page_debris(lines)
    clean = [l for i, l in enumerate(lines) if i not in drop]
    out = {"raw": text, "clean": "\n".join(clean)}
    # body view: footnote blocks (from the rule line to the page number) removed as well
    body, infn = [], False
    for i, l in enumerate(lines):
        if re.match(r"^\s*(—{6,}|-{6,})\s*$", l):
            infn = True
        elif PAGE_LINE.match(l):
            infn = False
        if not infn and i not in drop:
            body.append(l)
    out["body"] = "\n".join(body)
    if any(re.search(r"\S {4,}\S", l) for l in clean):
        cols, page_l, page_r = [], [], []
        for i, l in enumerate(lines):
            if i in drop:
                cols += page_l + page_r; page_l, page_r = [], []
                continue
            m = re.match(r"^(.*?\S) {4,}(\S.*)$", l)
            r = re.match(r"^ {4,}(\S.*)$", l)
            if r:
                page_r.append(r.group(1))
            elif m:
                page_l.append(m.group(1)); page_r.append(m.group(2))
            else:
                page_l.append(l)
        cols += page_l + page_r
        out["cols"] = "\n".join(cols)
    return out

def views(text):
    return [norm(v) for v in text_views(text).values()]

def check(path, errors, warnings):
    rel = path.name
    def err(msg): errors.append(f"{rel}: {msg}")
    def warn(msg): warnings.append(f"{rel}: {msg}")
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:
        err(f"JSON does not load: {exc}"); return
    for k in ("doc", "report", "regulations", "organizations", "measures"):
        if k not in gold:
            err(f"missing key {k}")
    if errors and errors[-1].startswith(rel + ": missing"):
        return
    if gold["doc"] != path.stem + ".txt":
        err(f"doc {gold['doc']!r} does not match file name")
    txt = ROOT / "docs" / gold["doc"]
    if not txt.exists():
        err(f"text {txt} missing"); return
    text = txt.read_text(encoding="utf-8")
    vs = views(text)
    def occurs(s):
        n = norm(s)
        return bool(n) and any(n in v for v in vs)
    rep = gold["report"]
    for k in REPORT_KEYS:
        if k not in rep:
            err(f"report lacks {k}")
    if not isinstance(rep.get("year"), int) or not 2010 <= rep["year"] <= 2026:
        err(f"report year {rep.get('year')!r} invalid")
    for k in ("publisher", "region"):
        if not isinstance(rep.get(k), str) or not rep[k]:
            err(f"report {k} not filled")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
        err(f"report date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("date") is None:
        warn("report date is null")
    if rep.get("title") is not None and not occurs(rep["title"]):
        warn(f"title does not occur verbatim: {rep['title']}")
    orgs = {}
    for o in gold["organizations"]:
        for a in [o["name"], *o["aliases"]]:
            orgs[norm(a)] = o["name"]
    if norm(rep.get("publisher", "")) not in orgs:
        err(f"publisher {rep.get('publisher')!r} is not a gold organization")
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        seen = {}
        for e in gold[kind]:
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != need:
                err(f"{kind} {e.get('name')!r}: keys {sorted(e)} != {sorted(need)}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip() or not isinstance(e["aliases"], list):
                err(f"{kind} {e.get('name')!r}: bad name/aliases"); continue
            if e["type"] not in types:
                err(f"{kind} {e['name']}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{e['name']}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"[\u4e00-\u9fff\w]+〔\d{4}〕\d+号", dn):
                    err(f"{e['name']}: doc_number {dn!r} not normalised")
                if dn is not None and not occurs(dn):
                    # the written form may use [] () 【】; compare by digits + 代字
                    m = re.fullmatch(r"(.+)〔(\d{4})〕(\d+)号", dn)
                    loose = m and any(re.search(re.escape(norm(m.group(1))) + r"\(?" + m.group(2) + r"\)?" + m.group(3) + "号", v) for v in vs)
                    if not loose:
                        warn(f"{e['name']}: doc_number {dn} not found in text (repaired?)")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if norm(part) not in orgs:
                            err(f"{e['name']}: issuer part {part!r} is not a gold organization")
            forms = [e["name"], *e["aliases"]]
            found = [f for f in forms if occurs(f)]
            if not found:
                err(f"{kind} {e['name']}: neither name nor any alias occurs in text")
            elif not occurs(e["name"]):
                warnings.append(f"{rel}: (ok, resolved) {kind} {e['name']} <- {found[0]}")
            for a in e["aliases"]:
                if not occurs(a):
                    err(f"{kind} {e['name']}: alias {a!r} does not occur in text")
            for f in forms:
                n = norm(f)
                if n in seen and seen[n] != e["name"]:
                    err(f"{kind}: form {f!r} shared by {seen[n]!r} and {e['name']!r}")
                seen[n] = e["name"]
    # coverage: titles and quoted terms
    regforms = {norm(a) for r in gold["regulations"] for a in [r["name"], *r["aliases"]]}
    allforms = [norm(a) for k in ("regulations", "organizations", "measures") for e in gold[k] for a in [e["name"], *e["aliases"]]]
    skip = NOT_ENTITIES.get("*", set()) | NOT_ENTITIES.get(path.stem, set())
    tv = text_views(text)
    clean = re.sub(r"\s", "", tv.get("cols", tv["clean"]))
    for m in re.finditer(r"《([^《》]{2,120})》", clean):
        t = m.group(1)
        if norm(t) not in regforms:
            warn(f"title not annotated: 《{t}》")
        for inner in re.findall(r"[〈<]([^〈〉<>]{2,80})[〉>]", t):
            if norm(inner) not in regforms:
                warn(f"inner title not annotated: 〈{inner}〉")
    for m in re.finditer(r"“([^“”]{2,40})”", clean):
        t = m.group(1)
        if t in skip:
            continue
        if not any(norm(t) in f for f in allforms):
            warn(f"quoted term not in any gold form: “{t}”")

def main():
    strict = "--strict" in sys.argv
    errors, warnings = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if len(files) != len(docs):
        errors.append(f"{len(files)} gold files but {len(docs)} docs")
    for f in files:
        check(f, errors, warnings)
    for w in warnings:
        if "(ok, resolved)" in w and "-v" not in sys.argv:
            continue
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    n = {k: sum(len(json.loads(f.read_text(encoding='utf-8'))[k]) for f in files) for k in ("regulations", "organizations", "measures")}
    print(f"{len(files)} gold files; {n}; {len(errors)} errors, {len([w for w in warnings if '(ok, resolved)' not in w])} warnings")
    real = [w for w in warnings if "(ok, resolved)" not in w]
    sys.exit(1 if errors or (strict and real) else 0)

if __name__ == "__main__":
    main()
