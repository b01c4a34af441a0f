#!/usr/bin/env python3
"""Build gold/*.json from the line-based spec files in spec/*.spec.

Spec format (one item per line, fields separated by ' | ', aliases by ' ;; '):
  doc      | <file name>
  title    | <title or empty>
  publisher| <canonical name>
  region   | <full region name>
  year     | <int>
  date     | <YYYY-MM-DD or empty>
  R | name | aliases | type | doc_number | issuer | relation
  O | name | aliases | type
  M | name | aliases | type
Lines starting with # are comments.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def al(field):
    return [a.strip() for a in field.split(";;") if a.strip()] if field.strip() else []


def nul(field):
    field = field.strip()
    return field or None


def build(spec):
    g = {"doc": None, "report": {"title": None, "publisher": None, "region": None, "year": None, "date": None},
         "regulations": [], "organizations": [], "measures": []}
    for n, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        key = parts[0]
        try:
            if key == "doc":
                g["doc"] = parts[1]
            elif key in ("title", "publisher", "region", "date"):
                g["report"][key] = nul(parts[1]) if len(parts) > 1 else None
            elif key == "year":
                g["report"]["year"] = int(parts[1])
            elif key == "R":
                assert len(parts) == 7, parts
                g["regulations"].append({"name": parts[1], "aliases": al(parts[2]), "type": parts[3],
                                         "doc_number": nul(parts[4]), "issuer": nul(parts[5]), "relation": parts[6]})
            elif key == "O":
                assert len(parts) == 4, parts
                g["organizations"].append({"name": parts[1], "aliases": al(parts[2]), "type": parts[3]})
            elif key == "M":
                assert len(parts) == 4, parts
                g["measures"].append({"name": parts[1], "aliases": al(parts[2]), "type": parts[3]})
            else:
                raise ValueError(f"unknown key {key!r}")
        except Exception as exc:
            sys.exit(f"{spec}:{n}: {exc}: {line}")
    return g


def main():
    for spec in sorted((ROOT / "spec").glob("*.spec")):
        g = build(spec)
        out = ROOT / "gold" / (Path(g["doc"]).stem + ".json")
        out.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", out.name, len(g["regulations"]), len(g["organizations"]), len(g["measures"]))


if __name__ == "__main__":
    main()
