#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [GOLD_DIR [DOCS_DIR]]   (defaults: ./gold ./docs beside this file)
       python3 validate.py --selfcheck [OUT.jsonl]  also write the gold as predictions and score it
                                                   with /work/shared/score.py (must give F1 1.0)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing text file and matches the gold file name;
  * report: title str|null, publisher/region non-empty str, year int, date YYYY-MM-DD|null;
    publisher is the canonical name of one of the gold organizations;
  * every entity: name non-empty str, aliases list of distinct str, type from the allowed set;
    regulations also doc_number (normalised 机关代字〔年份〕序号号 or null), issuer (null or the canonical
    name(s) of gold organizations, space separated) and relation from the allowed set;
  * occurrence: after removing 《》〈〉<> and whitespace from both, every alias must occur in the text,
    and the name or at least one alias must occur (a canonical name that does not occur because it is
    resolved is listed as INFO, not as an error);
  * no two entities of one kind share a name/alias after the scorer's normalisation (that would make
    the gold ambiguous for score.py);
Across files: an alias of a regulation or measure that maps to different canonical names in different
documents is reported as a WARNING (cross-document consistency).
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^[^\s〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def score_norm(text):
    """The scorer's normalisation (score.py)."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def occ_norm(text):
    """For occurrence tests: drop title marks and whitespace only."""
    return re.sub(r"[《》〈〉<>\s\u3000]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def selfcheck(gold_dir, out):
    import subprocess
    with open(out, "w", encoding="utf-8") as fh:
        for gf in sorted(gold_dir.glob("*.json")):
            g = json.loads(gf.read_text(encoding="utf-8"))
            fh.write(json.dumps({"doc": g["doc"], "report": g["report"], "regulations": g["regulations"],
                                 "organizations": g["organizations"], "measures": g["measures"]},
                                ensure_ascii=False) + "\n")
    print(f"gold written as predictions to {out}; scoring:")
    subprocess.run([sys.executable, "/work/shared/score.py", out, str(gold_dir)], check=False)


def main():
    here = Path(__file__).resolve().parent
    if len(sys.argv) > 1 and sys.argv[1] == "--selfcheck":
        selfcheck(here / "gold", sys.argv[2] if len(sys.argv) > 2 else "/tmp/devset375_gold_as_preds.jsonl")
        sys.argv = sys.argv[:1]
    gold_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "gold"
    docs_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else here / "docs"
    errors, warnings, infos = [], [], []
    xdoc = {"regulations": {}, "measures": {}}
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        sys.exit(f"no gold files in {gold_dir}")
    for gf in files:
        tag = gf.name

        def err(msg):
            errors.append(f"ERROR {tag}: {msg}")

        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if not isinstance(gold, dict) or set(gold) != KEYS:
            err(f"top-level keys {sorted(gold) if isinstance(gold, dict) else type(gold)} != {sorted(KEYS)}")
            continue
        if gold["doc"] != gf.stem + ".txt":
            err(f"doc {gold['doc']!r} does not match file name")
        txt_path = docs_dir / gold["doc"]
        if not txt_path.exists():
            err(f"text {txt_path} missing")
            continue
        text = read_text(txt_path)
        ntext = occ_norm(text)
        n_chars = len(re.sub(r"\s", "", text))
        if not 1500 <= n_chars <= 5000:
            warnings.append(f"WARNING {tag}: text has {n_chars} non-space characters (want 1500-5000)")
        rep = gold["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT_KEYS)}")
            rep = {}
        if rep:
            if rep["title"] is not None and not (isinstance(rep["title"], str) and rep["title"].strip()):
                err("report.title must be a non-empty string or null")
            if rep["title"] is not None and occ_norm(rep["title"]) not in ntext:
                err(f"report.title {rep['title']!r} not in text")
            for f in ("publisher", "region"):
                if not (isinstance(rep[f], str) and rep[f].strip()):
                    err(f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
                err(f"report.year {rep['year']!r} not a plausible int")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                err(f"report.date {rep['date']!r} not YYYY-MM-DD")
            if rep["date"] is None:
                infos.append(f"INFO {tag}: report.date is null")
            if rep["title"] is None:
                infos.append(f"INFO {tag}: report.title is null")
        org_names = {o.get("name") for o in gold["organizations"] if isinstance(o, dict)}
        if rep and rep.get("publisher") not in org_names:
            err(f"publisher {rep.get('publisher')!r} is not a gold organization name")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = gold[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for i, e in enumerate(items):
                where = f"{kind}[{i}]"
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != want:
                    err(f"{where}: keys {sorted(e) if isinstance(e, dict) else e} != {sorted(want)}")
                    continue
                name, aliases = e["name"], e["aliases"]
                if not (isinstance(name, str) and name.strip()):
                    err(f"{where}: empty name")
                    continue
                where = f"{kind} {name!r}"
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{where}: aliases must be a list of non-empty strings")
                    continue
                if len(set(aliases)) != len(aliases) or name in aliases:
                    err(f"{where}: duplicate alias or alias equal to name")
                if e["type"] not in types:
                    err(f"{where}: type {e['type']!r} not allowed")
                if kind == "regulations":
                    dn = e["doc_number"]
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        err(f"{where}: doc_number {dn!r} not normalised")
                    if e["relation"] not in RELATIONS:
                        err(f"{where}: relation {e['relation']!r} not allowed")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str) or not all(p in org_names for p in iss.split()):
                            err(f"{where}: issuer {iss!r} is not (a space-separated list of) gold organization names")
                # occurrence
                for a in aliases:
                    if occ_norm(a) not in ntext:
                        err(f"{where}: alias {a!r} does not occur in the text")
                if occ_norm(name) not in ntext:
                    if any(occ_norm(a) in ntext for a in aliases):
                        infos.append(f"INFO {tag}: {kind} canonical {name!r} is resolved (not in text; alias occurs)")
                    else:
                        err(f"{where}: neither name nor any alias occurs in the text")
                # ambiguity under scorer normalisation
                for form in [name, *aliases]:
                    k = score_norm(form)
                    if k in seen and seen[k] != name:
                        err(f"{where}: form {form!r} collides with entity {seen[k]!r} after normalisation")
                    seen.setdefault(k, name)
                    if kind in xdoc:
                        xdoc[kind].setdefault(k, {}).setdefault(name, set()).add(gf.stem)
    for kind, forms in xdoc.items():
        for k, names in sorted(forms.items()):
            if len(names) > 1:
                detail = "; ".join(f"{n} in {sorted(d)}" for n, d in sorted(names.items()))
                warnings.append(f"WARNING cross-doc {kind}: form {k!r} maps to several canonical names: {detail}")
    for line in infos + warnings + errors:
        print(line)
    print(f"{len(files)} gold files: {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
