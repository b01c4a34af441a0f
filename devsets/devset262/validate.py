#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--quiet]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * report has title/publisher/region/year/date with the right types, and publisher, region,
    year are filled (date may be null only where the text has no date);
  * every entity has the fields ANNOTATION.md requires, with allowed type / relation values,
    doc_number normalised to 机关代字〔年份〕序号号;
  * every entity occurs in the text: its name or at least one alias, after removing 《》〈〉 and
    whitespace (strict), or else after the scorer's normalisation (lenient, reported as INFO);
    a canonical name that does not occur (resolved jurisdiction) is fine when an alias occurs;
    aliases that do not occur are reported as WARN;
  * no two entities of one kind share a normalised name or alias (the scorer would merge them);
  * the publisher is one of the gold organizations;
  * completeness hints: every 《…》 title in the text is covered by a regulation (WARN if not);
    every quoted phrase is part of some gold name or alias (HINT if not: slogans such as
    “上热中温下冷” are deliberately left out, see README.md).
Exit status 1 if there is any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
DOCS = HERE / "docs"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strict(text):
    return "".join(c for c in str(text) if c not in "《》〈〉" and not c.isspace())


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown encoding", raw, 0, 1, str(path))


class Log:
    def __init__(self, quiet):
        self.quiet, self.errors, self.warns = quiet, 0, 0

    def __call__(self, level, doc, msg):
        if level == "ERROR":
            self.errors += 1
        elif level == "WARN":
            self.warns += 1
        if level in ("ERROR", "WARN", "HINT") or not self.quiet:
            print(f"{level:5} {doc}: {msg}")


def check_entity(log, doc, kind, i, e, fields, types):
    where = f"{kind}[{i}] {e.get('name')!r}"
    if not isinstance(e, dict):
        log("ERROR", doc, f"{kind}[{i}] is not an object")
        return False
    missing = [f for f in fields if f not in e]
    if missing:
        log("ERROR", doc, f"{where}: missing {missing}")
        return False
    extra = [f for f in e if f not in fields]
    if extra:
        log("ERROR", doc, f"{where}: unexpected fields {extra}")
    if not isinstance(e["name"], str) or not e["name"].strip():
        log("ERROR", doc, f"{where}: empty name")
    if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
        log("ERROR", doc, f"{where}: aliases must be a list of non-empty strings")
    if e["type"] not in types:
        log("ERROR", doc, f"{where}: bad type {e['type']!r}")
    if kind == "regulations":
        if e["relation"] not in RELATIONS:
            log("ERROR", doc, f"{where}: bad relation {e['relation']!r}")
        if e["doc_number"] is not None and not (isinstance(e["doc_number"], str) and DOCNUM.match(e["doc_number"])):
            log("ERROR", doc, f"{where}: doc_number not normalised: {e['doc_number']!r}")
        if e["issuer"] is not None and not (isinstance(e["issuer"], str) and e["issuer"].strip()):
            log("ERROR", doc, f"{where}: issuer must be null or a non-empty string")
    return True


def main():
    quiet = "--quiet" in sys.argv
    log = Log(quiet)
    files = sorted(GOLD.glob("*.json"))
    if not files:
        print("no gold files")
        return 1
    for gf in files:
        doc = gf.stem
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            log("ERROR", doc, f"JSON does not load: {exc}")
            continue
        keys = set(g)
        want = {"doc", "report", "regulations", "organizations", "measures"}
        if keys != want:
            log("ERROR", doc, f"top-level keys {sorted(keys)} != {sorted(want)}")
            continue
        if g["doc"] != doc + ".txt":
            log("ERROR", doc, f"doc field {g['doc']!r} does not match file name")
        txt_path = DOCS / g["doc"]
        if not txt_path.exists():
            log("ERROR", doc, f"text {txt_path} missing")
            continue
        text = read_text(txt_path)
        t_strict, t_norm = strict(text), norm(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            log("WARN", doc, f"text length {n} outside 1500-5000")

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            log("ERROR", doc, f"report keys wrong: {rep!r}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f].strip():
                    log("ERROR", doc, f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                log("ERROR", doc, f"report.year bad: {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                log("ERROR", doc, f"report.date bad: {rep['date']!r}")
            if rep["date"] is None:
                log("INFO", doc, "report.date is null")
            if rep["title"] is not None:
                if not isinstance(rep["title"], str) or strict(rep["title"]) not in t_strict:
                    log("ERROR", doc, f"report.title not in text: {rep['title']!r}")
            if rep["date"]:
                y, m, d = rep["date"].split("-")
                if f"{int(y)}年{int(m)}月{int(d)}日" not in text and rep["date"] not in text:
                    log("WARN", doc, f"report.date {rep['date']} not written in the text")

        specs = {"regulations": (("name", "aliases", "type", "doc_number", "issuer", "relation"), REG_TYPES),
                 "organizations": (("name", "aliases", "type"), ORG_TYPES),
                 "measures": (("name", "aliases", "type"), MEA_TYPES)}
        for kind, (fields, types) in specs.items():
            items = g[kind]
            if not isinstance(items, list):
                log("ERROR", doc, f"{kind} is not a list")
                continue
            seen = {}
            for i, e in enumerate(items):
                if not check_entity(log, doc, kind, i, e, fields, types):
                    continue
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != i:
                        log("ERROR", doc, f"{kind}: {f!r} collides with {items[seen[k]]['name']!r}")
                    seen.setdefault(k, i)
                hits_strict = [f for f in forms if strict(f) in t_strict]
                hits_norm = [f for f in forms if norm(f) in t_norm]
                if not hits_norm:
                    log("ERROR", doc, f"{kind} {e['name']!r}: neither name nor any alias occurs in the text")
                    continue
                if not hits_strict:
                    log("INFO", doc, f"{kind} {e['name']!r}: occurs only after normalisation ({hits_norm[0]!r})")
                if e["name"] not in hits_norm:
                    log("INFO", doc, f"{kind} {e['name']!r}: canonical name resolved, occurs as {hits_norm[0]!r}")
                for a in e["aliases"]:
                    if norm(a) not in t_norm:
                        log("WARN", doc, f"{kind} {e['name']!r}: alias {a!r} does not occur")

        if isinstance(rep, dict) and isinstance(g.get("organizations"), list):
            orgforms = {norm(f) for o in g["organizations"] for f in [o["name"], *o.get("aliases", [])]}
            if rep.get("publisher") and norm(rep["publisher"]) not in orgforms:
                log("ERROR", doc, f"publisher {rep['publisher']!r} is not among the organizations")

        # completeness hint: titles in 《》 (outer level) must be covered by a regulation
        regforms = {norm(f) for r in g["regulations"] for f in [r["name"], *r["aliases"]]}
        for m in re.finditer(r"《([^《》]{2,80})》", text):
            t = norm(m.group(1))
            if t not in regforms:
                log("WARN", doc, f"title 《{m.group(1)}》 not covered by a regulation")
        # completeness hint: a quoted phrase (“…” or "…") should be part of some gold form
        allforms = [norm(f) for k in ("regulations", "organizations", "measures")
                    for e in g[k] for f in [e["name"], *e["aliases"]]]
        for m in re.finditer(r"“([^“”\n]{2,25})”|\"([^\"\n]{2,25})\"", text):
            q = norm(m.group(1) or m.group(2))
            if not any(q in f for f in allforms):
                log("HINT", doc, f"quoted phrase {m.group(0)!r} is not part of any gold name or alias")
    print(f"\n{len(files)} gold files, {log.errors} errors, {log.warns} warnings")
    return 1 if log.errors else 0


if __name__ == "__main__":
    sys.exit(main())
