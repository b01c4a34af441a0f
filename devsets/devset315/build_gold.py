#!/usr/bin/env python3
"""Build gold/*.json from the compact annotation sheets in spec/*.txt.

Sheet lines (fields separated by |, aliases by ;, '-' = null):
  T|title|publisher|region|year|date
  R|name|aliases|type|doc_number|issuer|relation
  O|name|aliases|type
  M|name|aliases|type
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def nul(v):
    v = v.strip()
    return None if v in ("", "-") else v


def aliases(v):
    return [a.strip() for a in v.split(";") if a.strip()]


for sheet in sorted((HERE / "spec").glob("*.txt")):
    gold = {"doc": sheet.stem + ".txt", "report": None, "regulations": [], "organizations": [], "measures": []}
    for n, line in enumerate(sheet.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("|")
        kind = f[0]
        try:
            if kind == "T":
                gold["report"] = {"title": nul(f[1]), "publisher": nul(f[2]), "region": nul(f[3]),
                                  "year": int(f[4]), "date": nul(f[5])}
            elif kind == "R":
                assert len(f) == 7, len(f)
                gold["regulations"].append({"name": f[1].strip(), "aliases": aliases(f[2]), "type": f[3].strip(),
                                            "doc_number": nul(f[4]), "issuer": nul(f[5]), "relation": f[6].strip()})
            elif kind in "OM":
                assert len(f) == 4, len(f)
                key = "organizations" if kind == "O" else "measures"
                gold[key].append({"name": f[1].strip(), "aliases": aliases(f[2]), "type": f[3].strip()})
            else:
                raise ValueError("unknown line kind")
        except Exception as exc:  # noqa
            raise SystemExit(f"{sheet.name}:{n}: {exc}: {line}")
    out = HERE / "gold" / (sheet.stem + ".json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", out.name)
