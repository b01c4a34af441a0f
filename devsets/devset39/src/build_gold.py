#!/usr/bin/env python3
"""Build gold/*.json from the compact spec files in src/*.spec.

Spec lines (fields separated by ' | ', aliases separated by ' ; '):
  T title / P publisher / G region / Y year / D date   (use - for null)
  R name | type | relation | doc_number | issuer | aliases
  O name | type | aliases
  M name | type | aliases
  X s2t      -> Traditional doc: add the s2t form of every name/alias that occurs in the text
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RT = {"law": "law", "ar": "administrative_regulation", "dr": "departmental_rule", "lr": "local_regulation",
      "nd": "normative_document", "pd": "party_document", "plan": "plan", "pub": "publication", "other": "other"}
REL = {"is": "issues", "im": "implements", "st": "studies", "me": "mentions"}
OT = {"gov": "government", "dept": "department", "party": "party", "leg": "legislature", "jud": "judiciary",
      "com": "committee", "inst": "institution", "ent": "enterprise", "soc": "social", "other": "other"}
MT = {"reform": "reform", "sys": "system", "mech": "mechanism", "camp": "campaign", "model": "model",
      "plat": "platform", "serv": "service", "other": "other"}


def nul(v):
    v = v.strip()
    return None if v in ("", "-") else v


def als(v):
    return [a.strip() for a in v.split(" ; ") if a.strip()] if v.strip() not in ("", "-") else []


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise SystemExit(f"cannot decode {path}")


def build(spec):
    stem = spec.stem
    doc = stem + ".txt"
    text = read_doc(ROOT / "docs" / doc)
    report = {"title": None, "publisher": None, "region": None, "year": None, "date": None}
    regs, orgs, meas = [], [], []
    s2t = None
    for n, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        tag, _, rest = line.partition(" ")
        f = [x.strip() for x in rest.split(" | ")]
        try:
            if tag == "T": report["title"] = nul(rest)
            elif tag == "P": report["publisher"] = nul(rest)
            elif tag == "G": report["region"] = nul(rest)
            elif tag == "Y": report["year"] = int(rest)
            elif tag == "D": report["date"] = nul(rest)
            elif tag == "X":
                import opencc
                _cc = opencc.OpenCC("s2t")
                s2t = lambda x: _cc.convert(x).translate(str.maketrans({"爲": "為", "啓": "啟", "裏": "裡", "衆": "眾"}))
            elif tag == "R":
                f += [""] * (6 - len(f))
                regs.append({"name": f[0], "aliases": als(f[5]), "type": RT[f[1]], "doc_number": nul(f[3]),
                             "issuer": nul(f[4]), "relation": REL[f[2]]})
            elif tag == "O":
                f += [""] * (3 - len(f))
                orgs.append({"name": f[0], "aliases": als(f[2]), "type": OT[f[1]]})
            elif tag == "M":
                f += [""] * (3 - len(f))
                meas.append({"name": f[0], "aliases": als(f[2]), "type": MT[f[1]]})
            else:
                raise KeyError(tag)
        except (KeyError, ValueError, IndexError) as exc:
            raise SystemExit(f"{spec}:{n}: bad line ({exc}): {line}")
    if s2t is not None:
        flat = "".join(text.split())
        for e in regs + orgs + meas:
            for form in [e["name"], *list(e["aliases"])]:
                t = s2t(form)
                if t != form and t not in e["aliases"] and t != e["name"] and "".join(t.split()) in flat:
                    e["aliases"].append(t)
    return {"doc": doc, "report": report, "regulations": regs, "organizations": orgs, "measures": meas}


def main():
    specs = sorted((ROOT / "src").glob("*.spec"))
    if len(sys.argv) > 1:
        specs = [s for s in specs if any(a in s.name for a in sys.argv[1:])]
    for spec in specs:
        g = build(spec)
        out = ROOT / "gold" / (spec.stem + ".json")
        out.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{out.name}: {len(g['regulations'])} regulations, {len(g['organizations'])} organizations, "
              f"{len(g['measures'])} measures")


if __name__ == "__main__":
    main()
