#!/usr/bin/env python3
"""Build gold/*.json from the compact spec files in tools/spec/*.spec.

Spec line format (fields separated by ' | ', aliases by ' ;; ', '-' = null/empty):
  trad: s2tw   (text is Traditional: add converted forms of names and aliases as aliases)
  doc: NNN_x.txt / title: / publisher: / region: / year: / date:
  R: name | aliases | type | doc_number | issuer | relation
  O: name | aliases | type
  M: name | aliases | type
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"


def val(x):
    x = x.strip()
    return None if x in ("-", "") else x


def aliases(x):
    x = x.strip()
    if x in ("-", ""):
        return []
    return [a.strip() for a in x.split(";;") if a.strip()]


def build(spec):
    g = {"doc": None, "report": {"title": None, "publisher": None, "region": None, "year": None, "date": None},
         "regulations": [], "organizations": [], "measures": []}
    trad = None
    for n, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, _, rest = line.partition(":")
        key = key.strip()
        rest = rest.strip()
        if key == "doc":
            g["doc"] = rest
        elif key == "trad":
            trad = rest
        elif key in ("title", "publisher", "region", "date"):
            g["report"][key] = val(rest)
        elif key == "year":
            g["report"]["year"] = int(rest)
        elif key == "R":
            f = rest.split(" | ")
            assert len(f) == 6, (spec, n, line)
            g["regulations"].append({"name": f[0].strip(), "aliases": aliases(f[1]), "type": f[2].strip(),
                                     "doc_number": val(f[3]), "issuer": val(f[4]), "relation": f[5].strip()})
        elif key in ("O", "M"):
            f = rest.split(" | ")
            assert len(f) == 3, (spec, n, line)
            g["organizations" if key == "O" else "measures"].append(
                {"name": f[0].strip(), "aliases": aliases(f[1]), "type": f[2].strip()})
        else:
            sys.exit(f"{spec}:{n}: bad line {line!r}")
    if trad:
        # The text is in Traditional characters: the canonical names stay in Simplified,
        # and the Traditional form of the name and of every alias is added as an alias.
        import opencc
        cc = opencc.OpenCC(trad)
        for kind in ("regulations", "organizations", "measures"):
            for e in g[kind]:
                for form in [e["name"], *list(e["aliases"])]:
                    t = cc.convert(form)
                    if t != form and t != e["name"] and t not in e["aliases"]:
                        e["aliases"].append(t)
    return g


def main():
    OUT.mkdir(exist_ok=True)
    for spec in sorted((HERE / "spec").glob("*.spec")):
        g = build(spec)
        out = OUT / (Path(g["doc"]).stem + ".json")
        out.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", out.name, {k: len(g[k]) for k in ("regulations", "organizations", "measures")})


if __name__ == "__main__":
    main()
