#!/usr/bin/env python3
"""Validate the gold files of this dev set against their texts (rules: /work/shared/ANNOTATION.md).

usage: python3 validate.py [--strict]

Errors (exit 1): JSON does not load, wrong keys or types, unknown type/relation, badly
formed doc_number/date/year, missing report fields, publisher/issuer not among the gold
organizations, an entity none of whose name/aliases occurs in the text, one alias claimed
by two entities of the same kind, a 《》 title or a 文号 in the text that no gold regulation
accounts for, text length outside 1,500-5,000 characters.
Warnings: an alias that does not occur in the text; a quoted “…” string that no gold entity
covers (unless listed in QUOTE_IGNORE); names found only after removing page furniture
(page numbers, running headers) that the PDF extraction put inside them.
--strict turns warnings into errors.

Matching is done after the scorer's normalisation (NFKC; whitespace, quotes and title
marks removed; dashes and brackets unified), applied to both the text and the names, so
hard line breaks and spaces inside names do not matter.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}

# the report's own 文号 (not a citation, so not a regulation)
DOCNO_IGNORE = {"003_xuzhou_shi_2019": {"徐政发〔2020〕9号"}}

# quoted strings that are slogans, not entities (decided in README.md)
QUOTE_IGNORE = {"两个确立", "四个意识", "四个自信", "两个维护", "关键少数", "一把手", "三重一大",
                "法治副校长", "娘家人", "零距离", "微", "小", "大", "急难愁盼", "烟火气", "门槛", "两委", "一揽子",
                "小事不出村、大事不出镇、矛盾不上交"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


PAGE_NO = re.compile(r"^\s*(?:[—\-－–]\s*\d+\s*[—\-－–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d{1,3}|·\s*\d+\s*·)\s*$")


def strip_furniture(raw):
    """Drop page-number lines and running headers (non-empty lines repeated verbatim)."""
    lines = raw.split("\n")
    counts = Counter(l.strip() for l in lines if l.strip())
    masked = Counter(re.sub(r"\d+", "#", l.strip()) for l in lines if len(l.strip()) >= 15)

    def furniture(l):
        t = l.strip()
        return bool(PAGE_NO.match(l)) or (len(t) > 4 and counts[t] >= 2) or \
            (len(t) >= 15 and masked[re.sub(r"\d+", "#", t)] >= 2)
    return "\n".join(l for l in lines if not furniture(l))


def titles_in(text):
    """Title-mark citations in text with whitespace removed: 《…》 (with nesting) and 〈…〉/<…>."""
    out, stack = [], []
    for i, c in enumerate(text):
        if c == "《":
            stack.append(i)
        elif c == "》" and stack:
            s = stack.pop()
            out.append(text[s + 1:i])
    out += re.findall(r"〈([^〈〉]{2,80})〉", text)
    out += re.findall(r"<([^<>]{2,80})>", text)
    return out


DOCNO = re.compile(r"[\u4e00-\u9fa5]{1,12}[〔\[（(【﹝]\s*(?:19|20)\d{2}\s*[〕\]）)】﹞]\s*\d+\s*号")


def main():
    strict = "--strict" in sys.argv
    errors, warnings, infos = [], [], []
    gold_files = sorted(GOLD.glob("*.json"))
    if not gold_files:
        sys.exit("no gold files")
    for gf in gold_files:
        tag = gf.name
        def err(msg): errors.append(f"{tag}: {msg}")
        def warn(msg): warnings.append(f"{tag}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc field {g['doc']!r} does not match file name")
        path = DOCS / g["doc"]
        if not path.exists():
            err("text file missing")
            continue
        raw = path.read_bytes().decode("utf-8")
        if not 1500 <= len(raw) <= 5000:
            err(f"text length {len(raw)} outside 1500-5000")
        clean = strip_furniture(raw)
        ntext, nclean = norm(raw), norm(clean)

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {rep}")
            continue
        for f in ("title", "publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                err(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"]):
            err(f"report.date {rep['date']!r}")
        if rep["title"] and norm(rep["title"]) not in ntext and norm(rep["title"]) not in nclean:
            err(f"title not in text: {rep['title']}")

        org_forms = {}
        seen = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} not a list")
                continue
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind} entry keys {sorted(e)}: {e.get('name')}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: aliases of {e['name']} not a list of strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: type {e['type']!r} of {e['name']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"relation {e['relation']!r} of {e['name']}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"[\u4e00-\u9fa5A-Za-z]+〔(19|20)\d\d〕\d+号", dn):
                        err(f"doc_number not normalised: {dn!r} ({e['name']})")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"issuer of {e['name']} not a string")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = (kind, norm(f))
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {f!r} claimed by {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                    if kind == "organizations":
                        org_forms[norm(f)] = e["name"]
                if not any(norm(f) in ntext for f in forms):
                    if any(norm(f) in nclean for f in forms):
                        infos.append(f"{tag}: {kind}: {e['name']} occurs only once page furniture is removed")
                    else:
                        err(f"{kind}: neither name nor any alias occurs in text: {e['name']}")
                for a in e["aliases"]:
                    if norm(a) not in ntext and norm(a) not in nclean:
                        warn(f"{kind}: alias does not occur: {a!r} ({e['name']})")
                if norm(e["name"]) not in nclean and not e["aliases"]:
                    pass  # unreachable: caught above
        if rep["publisher"] and norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']!r} is not a gold organization")
        for e in g["regulations"]:
            if e.get("issuer"):
                for part in re.split(r"[\s、，]+", e["issuer"]):
                    if part and norm(part) not in org_forms:
                        err(f"issuer {part!r} of {e['name']} is not a gold organization")

        # exhaustiveness checks on the text with line breaks and furniture removed
        flat = re.sub(r"\s+", "", clean)
        reg_forms = {norm(f) for e in g["regulations"] for f in [e["name"], *e["aliases"]]}
        for t in titles_in(flat):
            if norm(t) not in reg_forms:
                err(f"title in text not in gold regulations: 《{t}》")
        gold_dn = {norm(e["doc_number"]) for e in g["regulations"] if e["doc_number"]}
        for m in DOCNO.finditer(flat):
            s = re.sub(r"^.*?(?=[\u4e00-\u9fa5]{1,8}[〔\[（(【﹝])", "", m.group(0))
            own = {norm(d) for d in DOCNO_IGNORE.get(gf.stem, ())}
            if not any(norm(m.group(0)).endswith(d) or d.endswith(norm(s)) for d in gold_dn | own):
                err(f"doc number in text not in gold: {m.group(0)}")
        all_forms = [norm(f) for k in ("regulations", "organizations", "measures") for e in g[k] for f in [e["name"], *e["aliases"]]]
        for q in re.findall(r"“([^“”]{1,40})”", flat) + re.findall(r'"([^"]{1,40})"', flat):
            nq = norm(q)
            if q in QUOTE_IGNORE or not nq:
                continue
            if not any(nq in f for f in all_forms):
                warn(f"quoted string not covered by any gold entity: “{q}”")
    for line in infos:
        print("info   ", line)
    for line in warnings:
        print("warning", line)
    for line in errors:
        print("ERROR  ", line)
    n_ent = 0
    for gf in gold_files:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
            n_ent += sum(len(g[k]) for k in ("regulations", "organizations", "measures"))
        except Exception:
            pass
    print(f"{len(gold_files)} gold files, {n_ent} entities, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors or (strict and warnings) else 0)


if __name__ == "__main__":
    main()
