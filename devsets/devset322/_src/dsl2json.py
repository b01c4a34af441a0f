#!/usr/bin/env python3
"""Convert the compact annotation sources (_src/NNN_x.ann) into gold/NNN_x.json.

Line format (fields separated by |, list fields by ;, empty = [] or null):
  T|title|publisher|region|year|date
  R|name|aliases|type|doc_number|issuer|relation
  O|name|aliases|type
  M|name|aliases|type
Lines starting with # are comments.
"""
import json, sys
from pathlib import Path

def lst(s):
    return [x for x in s.split(';') if x] if s else []

def nul(s):
    return s if s else None

def convert(src):
    doc = src.stem + '.txt'
    out = {"doc": doc, "report": None, "regulations": [], "organizations": [], "measures": []}
    for n, line in enumerate(src.read_text(encoding='utf-8').splitlines(), 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        f = line.split('|')
        k = f[0]
        if k == 'T':
            assert len(f) == 6, (src, n, line)
            out["report"] = {"title": nul(f[1]), "publisher": f[2], "region": f[3], "year": int(f[4]), "date": nul(f[5])}
        elif k == 'R':
            assert len(f) == 7, (src, n, line)
            out["regulations"].append({"name": f[1], "aliases": lst(f[2]), "type": f[3], "doc_number": nul(f[4]), "issuer": nul(f[5]), "relation": f[6]})
        elif k == 'O':
            assert len(f) == 4, (src, n, line)
            out["organizations"].append({"name": f[1], "aliases": lst(f[2]), "type": f[3]})
        elif k == 'M':
            assert len(f) == 4, (src, n, line)
            out["measures"].append({"name": f[1], "aliases": lst(f[2]), "type": f[3]})
        else:
            raise SystemExit(f"{src}:{n}: bad line {line!r}")
    return out

if __name__ == '__main__':
    base = Path(__file__).resolve().parent
    gold = base.parent / 'gold'
    for src in sorted(base.glob('*.ann')):
        data = convert(src)
        (gold / (src.stem + '.json')).write_text(json.dumps(data, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
        print('wrote', src.stem)
