#!/usr/bin/env python3
"""Build gold/*.json from the compact src/*.gold annotation files.

Line formats (fields separated by ' | ', aliases by ' ;; ', '-' = null / none):
  T title | publisher | region | year | date
  R name | aliases | type | doc_number | issuer | relation
  O name | aliases | type
  M name | aliases | type
A '#' starts a comment line.  Files listed in TRAD get their aliases converted with the
same character map that produced the Traditional-character document (src/trad.py).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
sys.path.insert(0, str(HERE))


def nz(v):
    v = v.strip()
    return None if v in ("-", "") else v


def aliases(v):
    v = v.strip()
    return [] if v in ("-", "") else [a.strip() for a in v.split(" ;; ") if a.strip()]


def squash(s):
    return "".join(c for c in s if c not in "《》〈〉<> \t\r\n\u3000")


def build(path):
    doc = path.stem + ".txt"
    trad = path.stem in TRAD
    conv = None
    if trad:
        from trad import convert as conv
        text = squash((HERE.parent / "docs" / doc).read_text(encoding="utf-8"))
    rep = None
    regs, orgs, meas = [], [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, rest = line[0], line[2:]
        f = [x for x in rest.split(" | ")]
        if kind == "T":
            title, pub, region, year, date = f
            rep = {"title": nz(title), "publisher": pub.strip(), "region": region.strip(),
                   "year": int(year), "date": nz(date)}
            if trad and rep["title"]:
                rep["title"] = conv(rep["title"])
            continue
        name = f[0].strip()
        al = aliases(f[1])
        if trad:
            written = [conv(a) for a in al]
            if squash(conv(name)) in text:
                written.append(conv(name))
            al = []
            for a in written:
                if a != name and a not in al:
                    al.append(a)
        if kind == "R":
            assert len(f) == 6, (path, n, line)
            regs.append({"name": name, "aliases": al, "type": f[2].strip(), "doc_number": nz(f[3]),
                         "issuer": nz(f[4]), "relation": f[5].strip()})
        elif kind == "O":
            assert len(f) == 3, (path, n, line)
            orgs.append({"name": name, "aliases": al, "type": f[2].strip()})
        elif kind == "M":
            assert len(f) == 3, (path, n, line)
            meas.append({"name": name, "aliases": al, "type": f[2].strip()})
        else:
            raise SystemExit(f"{path}:{n}: bad line {line!r}")
    gold = {"doc": doc, "report": rep, "regulations": regs, "organizations": orgs, "measures": meas}
    (OUT / (path.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


TRAD = set()
for line in (HERE / "TRAD").read_text().split() if (HERE / "TRAD").exists() else []:
    TRAD.add(line.strip())

if __name__ == "__main__":
    for p in sorted(HERE.glob("*.gold")):
        build(p)
        print("built", p.stem)
