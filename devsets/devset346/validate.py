#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--seeds /work/shared/gold]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file whose stem equals the gold file's stem;
  * report: title str|null, publisher/region non-empty str, year int 2015-2025,
    date YYYY-MM-DD|null; publisher is one of the gold organizations (name or alias);
  * each entity: required keys, allowed `type` (and `relation` for regulations),
    doc_number normalised to 机关代字〔YYYY〕N号 or null, issuer str|null,
    aliases a list of distinct strings different from the name;
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * every entity name, or at least one alias, occurs in the text after html-unescaping and
    removing title marks, quotes and whitespace (names that occur only through an alias are
    listed as "resolved", which is fine);
  * issuers name gold organizations (warning otherwise);
  * cross-document: one normalised surface form maps to one canonical name in all docs
    (and, with --seeds, agrees with the seed gold's canonical names) - warnings.
Exit status 1 if any ERROR.
"""
import argparse, html, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^[^〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•\xa0")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="/work/shared/gold", help="seed gold dir for canonical-name agreement")
    args = ap.parse_args()
    errors, warnings, infos = [], [], []
    surface = {k: {} for k in TYPES}          # norm(surface) -> {canonical: [docs]}
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        tag = gf.name
        def err(msg): errors.append(f"{tag}: {msg}")
        def warn(msg): warnings.append(f"{tag}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            err(f"top-level keys {sorted(g)} != {sorted(KEYS)}")
        doc = g.get("doc")
        tpath = HERE / "docs" / str(doc)
        if not isinstance(doc, str) or not doc.endswith(".txt") or Path(doc).stem != gf.stem:
            err(f"doc field {doc!r} does not match file name")
        if not tpath.exists():
            err(f"text file {tpath} missing")
            continue
        text = html.unescape(read_text(tpath))
        ntext = norm(text)
        n = len(re.sub(r"\s", "", text))
        if not 1500 <= n <= 5000:
            warn(f"text has {n} non-space characters (want 1500-5000)")
        # report
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        if rep.get("title") is not None and (not isinstance(rep["title"], str) or norm(rep["title"]) not in ntext):
            err(f"report title {rep.get('title')!r} not a string found in text")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r} not an int in 2015-2025")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            err(f"report.date {rep.get('date')!r} not YYYY-MM-DD")
        if rep.get("date") is None:
            infos.append(f"{tag}: report.date is null")
        orgnames = {}
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                orgnames[norm(a)] = o.get("name")
        if norm(rep.get("publisher", "")) not in orgnames:
            err(f"publisher {rep.get('publisher')!r} is not a gold organization")
        elif orgnames[norm(rep["publisher"])] != rep["publisher"]:
            warn(f"publisher {rep['publisher']!r} is an alias, not the canonical name")
        # entities
        for kind, allowed in TYPES.items():
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != need:
                    err(f"{kind}: bad keys in {e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if e["type"] not in allowed:
                    err(f"{kind}: {name}: type {e['type']!r} not allowed")
                al = e["aliases"]
                if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                    err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                    al = []
                if len(set(al)) != len(al) or name in al:
                    warn(f"{kind}: {name}: duplicate alias or alias equal to name")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        err(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str):
                            err(f"{kind}: {name}: issuer must be str|null")
                        else:
                            for part in iss.split():
                                if norm(part) not in orgnames:
                                    warn(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
                forms = [name, *al]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: surface {a!r} belongs to both {seen[k]!r} and {name!r}")
                    seen[k] = name
                    surface[kind].setdefault(k, {}).setdefault(name, []).append(gf.stem)
                found = [a for a in forms if norm(a) in ntext]
                if not found:
                    err(f"{kind}: {name}: neither name nor any alias occurs in the text")
                elif norm(name) not in ntext:
                    infos.append(f"{tag}: resolved {kind[:-1]} {name!r} occurs as {found[0]!r}")
                for a in al:
                    if norm(a) not in ntext:
                        infos.append(f"{tag}: alias {a!r} of {name!r} is an accepted form not in the text")
    # cross-document consistency
    for kind, table in surface.items():
        for k, canon in table.items():
            # a short form (市委, 区政府) legitimately resolves differently per document;
            # a form that is itself a canonical name somewhere must resolve to one name.
            if len(canon) > 1 and any(norm(c) == k for c in canon):
                warnings.append(f"xdoc {kind}: form {k!r} has canonical names {sorted(canon)}")
    seeds = Path(args.seeds)
    if seeds.is_dir():
        for sf in sorted(seeds.glob("*.json")):
            s = json.loads(sf.read_text(encoding="utf-8"))
            for kind in TYPES:
                for e in s.get(kind, []):
                    for a in [e["name"], *e.get("aliases", [])]:
                        mine = surface[kind].get(norm(a))
                        if mine and e["name"] not in mine and norm(a) == norm(e["name"]):
                            warnings.append(f"seed {kind}: seed canonical {e['name']!r} is {sorted(mine)} here")
    for line in infos:
        print("info   ", line)
    for line in warnings:
        print("WARNING", line)
    for line in errors:
        print("ERROR  ", line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
