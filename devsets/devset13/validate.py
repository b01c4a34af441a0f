#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]        (default: the directory of this file)

Checks, per gold/*.json:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<file>.txt and matches the gold file name;
  * report has title, publisher, region, year, date; publisher, region and year are filled,
    date is YYYY-MM-DD or null, publisher is one of the gold organizations (name or alias);
  * every entity has name (str), aliases (list of str), a valid type; regulations also
    doc_number (null or `…〔YYYY〕N号`), issuer (null or str) and a valid relation;
  * every entity's name or at least one alias occurs in the text, compared after removing
    title marks 《》〈〉<> and whitespace (and PDF page-number lines such as `— 2 —`);
    a second, looser pass (score.py normalisation: NFKC, quotes and brackets) is reported
    as a NOTE. A canonical name that is resolved and does not occur is fine when an alias occurs;
  * no normalised name/alias is shared by two entities of the same kind (that would make
    score.py map both to one gold entity);
  * doc_number year/serial digits occur in the text;
  * completeness hints (WARN): every 《…》/〈…〉 title in the text is covered by a regulation,
    every quoted “…”/"…" term is contained in some gold name/alias.

Exit status 1 if any ERROR was found. WARN and NOTE lines are for review.
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
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
REPORT_KEYS = ("title", "publisher", "region", "year", "date")

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def light(text):
    return re.sub(r"[《》〈〉<>\s\u3000]", "", text)


# Reviewed exceptions (see README.md, "annotation decisions"): entities whose mention is resolved
# and has no literal form in the text, and quoted terms / titles deliberately left unannotated.
RESOLVED_WITHOUT_FORM = {
    ("004_changyuan", "新乡市人民政府"),  # "新乡市委、市政府": 市政府 here is 新乡's, but 市政府 elsewhere is 长垣's
}
NOT_ANNOTATED = {
    ("006_wuyuan", "中国最美乡村"),  # a tourism slogan for the place, not a policy instrument
    ("007_jiangmen_trad", "僑鄉法治文化公園"),  # a park (法治文化阵地), a physical site
    ("008_qinggang_jd", "党建统领、经济生态、平安法治、民生服务"),  # the four 板块 inside the 141 system
    ("008_qinggang_jd", "五老"),  # a group of people (老党员、老干部…), not an instrument
}

PAGE_LINE = re.compile(r"^\s*[—-]\s*\d+\s*[—-]\s*$", re.M)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def check(gold_path, docs_dir, out):
    errors = 0

    def err(msg):
        nonlocal errors
        errors += 1
        out.append(f"ERROR {gold_path.name}: {msg}")

    def warn(msg):
        out.append(f"WARN  {gold_path.name}: {msg}")

    def note(msg):
        out.append(f"NOTE  {gold_path.name}: {msg}")

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return errors
    for key in ("doc", "report", "regulations", "organizations", "measures"):
        if key not in gold:
            err(f"missing key {key}")
    if errors:
        return errors
    extra = set(gold) - {"doc", "report", "regulations", "organizations", "measures"}
    if extra:
        warn(f"extra top-level keys {sorted(extra)}")
    doc = gold["doc"]
    if not isinstance(doc, str) or not doc.endswith(".txt") or doc[:-4] != gold_path.stem:
        err(f"doc {doc!r} does not match gold file name")
    txt_path = docs_dir / doc
    if not txt_path.exists():
        err(f"text {txt_path} not found")
        return errors
    text, enc = read_text(txt_path)
    if enc != "utf-8":
        note(f"text decoded as {enc}")
    text_nopage = PAGE_LINE.sub("", text)
    t_light = light(text_nopage)
    t_norm = norm(text_nopage)

    # report
    rep = gold["report"]
    if not isinstance(rep, dict):
        err("report is not an object")
        rep = {}
    for k in REPORT_KEYS:
        if k not in rep:
            err(f"report.{k} missing")
    for k in ("publisher", "region"):
        if not isinstance(rep.get(k), str) or not rep.get(k):
            err(f"report.{k} not filled")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep.get("year", 0) <= 2030:
        err(f"report.year invalid: {rep.get('year')!r}")
    date = rep.get("date")
    if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date)):
        err(f"report.date invalid: {date!r}")
    if date is None:
        note("report.date is null")
    title = rep.get("title")
    if title is not None:
        if light(title) not in t_light and norm(title) not in t_norm:
            err(f"report.title does not occur in text: {title}")
    else:
        note("report.title is null")

    # entities
    seen = {}
    for kind, types in KINDS.items():
        items = gold[kind]
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        index = {}
        for e in items:
            if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e.get("name"):
                err(f"{kind}: bad entity {e!r}")
                continue
            name = e["name"]
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                aliases = []
            if e.get("type") not in types:
                err(f"{kind}: {name}: invalid type {e.get('type')!r}")
            if kind == "regulations":
                for k in ("doc_number", "issuer", "relation"):
                    if k not in e:
                        err(f"{kind}: {name}: missing {k}")
                if e.get("relation") not in RELATIONS:
                    err(f"{kind}: {name}: invalid relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None:
                    m = re.fullmatch(r"(.+)〔(\d{4})〕(\d+)号", dn)
                    if not m:
                        err(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                    elif not re.search(re.escape(m.group(1)) + r".{0,3}" + m.group(2) + r".{0,3}" + m.group(3), t_light):
                        warn(f"{kind}: {name}: doc_number {dn} not found in text")
                iss = e.get("issuer")
                if iss is not None and not isinstance(iss, str):
                    err(f"{kind}: {name}: issuer must be str or null")
            else:
                for k in ("doc_number", "issuer", "relation"):
                    if k in e:
                        warn(f"{kind}: {name}: unexpected field {k}")
            forms = [name, *aliases]
            exact = [f for f in forms if light(f) and light(f) in t_light]
            loose = [f for f in forms if norm(f) and norm(f) in t_norm]
            if not exact and not loose:
                if (gold_path.stem, name) in RESOLVED_WITHOUT_FORM:
                    note(f"{kind}: {name}: reviewed: mention resolved from context, no literal form")
                else:
                    err(f"{kind}: {name}: neither name nor any alias occurs in the text")
            elif not exact:
                note(f"{kind}: {name}: occurs only after score.py normalisation ({loose[0]})")
            for f in aliases:
                if not (light(f) in t_light or norm(f) in t_norm):
                    note(f"{kind}: {name}: alias (accepted form) not in text: {f}")
            for f in forms:
                key = norm(f)
                if key in index and index[key] != name:
                    err(f"{kind}: form {f!r} of {name} collides with {index[key]}")
                index.setdefault(key, name)
            if norm(name) in seen.get(kind, set()):
                err(f"{kind}: duplicate canonical name {name}")
            seen.setdefault(kind, set()).add(norm(name))
        if kind == "organizations":
            org_index = index
    pub = rep.get("publisher")
    if pub and norm(pub) not in org_index:
        err(f"report.publisher {pub} is not among the organizations")

    # completeness hints
    reg_forms = set()
    for e in gold["regulations"]:
        for f in [e["name"], *e.get("aliases", [])]:
            reg_forms.add(norm(f))
    for m in re.finditer(r"《([^《》]{2,120})》|〈([^〈〉]{2,120})〉|<([^<>]{2,120})>", text_nopage):
        t = m.group(1) or m.group(2) or m.group(3)
        if norm(t) not in reg_forms and (gold_path.stem, light(t)) not in NOT_ANNOTATED:
            warn(f"title not covered by a regulation: 《{light(t)}》")
    all_forms = []
    for kind in KINDS:
        for e in gold[kind]:
            all_forms += [norm(f) for f in [e["name"], *e.get("aliases", [])]]
    quoted = re.findall(r"“([^“”]{1,40})”", text_nopage) + re.findall(r"\"([^\"\n]{1,40})\"", text_nopage)
    for q in quoted:
        nq = norm(q)
        if (gold_path.stem, light(q)) in NOT_ANNOTATED:
            note(f"reviewed, not annotated: “{light(q)}”")
        elif not any(nq in f for f in all_forms):
            warn(f"quoted term not in any gold name/alias: “{light(q)}”")
    return errors


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    docs_dir, gold_dir = base / "docs", base / "gold"
    out = []
    total = 0
    golds = sorted(gold_dir.glob("*.json"))
    txts = sorted(p.name for p in docs_dir.glob("*.txt"))
    for t in txts:
        if not (gold_dir / (t[:-4] + ".json")).exists():
            out.append(f"ERROR {t}: no gold file")
            total += 1
    for g in golds:
        total += check(g, docs_dir, out)
    for line in out:
        print(line)
    counts = {"ERROR": sum(l.startswith("ERROR") for l in out), "WARN": sum(l.startswith("WARN") for l in out),
              "NOTE": sum(l.startswith("NOTE") for l in out)}
    print(f"{len(golds)} gold files, {len(txts)} texts: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
