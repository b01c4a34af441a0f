#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [GOLD_DIR] [DOCS_DIR]        (defaults: ./gold ./docs)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing text in DOCS_DIR and matches the gold file name;
  * report: title (str|null), publisher/region (non-empty str), year (int), date (YYYY-MM-DD|null);
    publisher is the canonical name of one of the gold organizations; region is a full name
    (starts with a province-level unit);
  * every entity: name (str), aliases (list of str, no empties, no repeat of the name),
    type in the allowed set; regulations also doc_number (null or 机关代字〔YYYY〕N号),
    issuer (null or str), relation in {issues, implements, studies, mentions};
  * no normalised name/alias is shared by two entities of the same kind (the scorer would
    match both through one form);
  * occurrence: after removing 《》〈〉<> and whitespace from text and names, the name or at
    least one alias occurs in the text (ERROR otherwise). Canonical names that do not occur
    but have an alias that does are listed as "resolved" (fine). Aliases that do not occur
    are listed as warnings (allowed: accepted alternative forms);
  * doc_number occurs in the text with any kind of bracket around the year;
  * issuer parts (split on spaces) are gold organizations (warning otherwise).
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold"
DOCS = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "docs"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
PROVINCES = tuple(("北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 "
             "江西省 山东省 河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 "
             "台湾省 内蒙古自治区 广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区").split())
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

# scorer normalisation (score.py), used for the duplicate check
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squeeze(text):
    """Remove title marks and whitespace only (the occurrence check)."""
    return re.sub(r"[《》〈〉<>\s\u3000]", "", text)


def brackets(text):
    return re.sub(r"[\[\]［］【】()（）〔〕﹝﹞]", "|", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def main():
    errors, warnings, infos = [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit(f"no gold files in {GOLD}")
    for gf in files:
        tag = gf.name

        def err(msg):
            errors.append(f"{tag}: {msg}")

        def warn(msg):
            warnings.append(f"{tag}: {msg}")

        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        keys = set(gold)
        if keys != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(keys)}")
        doc = gold.get("doc")
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            err(f"doc field {doc!r} does not match file name")
        tpath = DOCS / str(doc)
        if not tpath.exists():
            err(f"text {tpath} missing")
            continue
        text = read_text(tpath)
        flat = squeeze(text)
        flat_b = brackets(flat)

        rep = gold.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            err("report.title not str/null")
        if rep.get("title") is None:
            warn("report.title is null")
        elif squeeze(rep["title"]) not in flat:
            warn(f"report.title does not occur in text: {rep['title']}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        d = rep.get("date")
        if d is None:
            warn("report.date is null")
        elif not (isinstance(d, str) and re.fullmatch(r"20\d\d-[01]\d-[0-3]\d", d)):
            err(f"report.date {d!r}")
        if isinstance(rep.get("region"), str) and not rep["region"].startswith(PROVINCES):
            err(f"report.region not a full name: {rep['region']}")

        org_names = {o.get("name") for o in gold.get("organizations", []) if isinstance(o, dict)}
        if rep.get("publisher") not in org_names:
            err(f"publisher {rep.get('publisher')!r} is not a gold organization name")

        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = gold.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for it in items:
                if not isinstance(it, dict):
                    err(f"{kind}: item not an object")
                    continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(it) != want:
                    err(f"{kind}: {it.get('name')}: keys {sorted(it)}")
                name, aliases = it.get("name"), it.get("aliases")
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                    aliases = []
                if name in aliases:
                    err(f"{kind}: {name}: alias repeats the name")
                if it.get("type") not in types:
                    err(f"{kind}: {name}: bad type {it.get('type')!r}")
                if kind == "regulations":
                    dn = it.get("doc_number")
                    if dn is not None:
                        if not isinstance(dn, str) or not DOCNUM.match(dn):
                            err(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                        elif brackets(squeeze(dn)) not in flat_b:
                            warn(f"{kind}: {name}: doc_number {dn} not found in text (repaired?)")
                    iss = it.get("issuer")
                    if iss is not None:
                        if not isinstance(iss, str) or not iss.strip():
                            err(f"{kind}: {name}: issuer not str/null")
                        else:
                            for part in iss.split():
                                if part not in org_names:
                                    warn(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
                    if it.get("relation") not in RELATIONS:
                        err(f"{kind}: {name}: bad relation {it.get('relation')!r}")
                for form in [name, *aliases]:
                    key = norm(form)
                    if key in seen and seen[key] != name:
                        err(f"{kind}: form {form!r} shared by {seen[key]!r} and {name!r}")
                    seen.setdefault(key, name)
                in_text = [f for f in [name, *aliases] if squeeze(f) in flat]
                if not in_text:
                    err(f"{kind}: {name}: neither name nor any alias occurs in the text")
                elif squeeze(name) not in flat:
                    infos.append(f"{tag}: {kind}: resolved name {name!r} via alias {in_text[0]!r}")
                for a in aliases:
                    if squeeze(a) not in flat:
                        warn(f"{kind}: {name}: alias {a!r} does not occur (accepted form)")
        n = {k: len(gold.get(k, [])) for k in ("regulations", "organizations", "measures")}
        infos.append(f"{tag}: {len(text)} chars, {n['regulations']} regulations, "
                     f"{n['organizations']} organizations, {n['measures']} measures")

    for line in infos:
        print("info   ", line)
    for line in warnings:
        print("WARN   ", line)
    for line in errors:
        print("ERROR  ", line)
    print(f"{len(files)} gold files: {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
