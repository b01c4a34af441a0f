#!/usr/bin/env python3
"""Build OUTDIR/gold/*.json from the compact annotation specs specs/sNNN.py.

Each spec holds DOC, REPORT, REGS (name, type, relation, aliases, doc_number, issuer),
ORGS (name, type, aliases) and MEAS (name, type, aliases). For a spec with TRADITIONAL = True
the traditional-character form (OpenCC s2t, the converter used to produce that document) of every
name and alias is added as an alias; canonical names stay simplified.
"""
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dedup(name, aliases):
    seen, out = {name}, []
    for a in aliases:
        if a not in seen:
            seen.add(a)
            out.append(a)
    return out


def main():
    OUT.mkdir(exist_ok=True)
    for path in sorted(HERE.glob("s[0-9][0-9][0-9].py")):
        m = load(path)
        conv = None
        if getattr(m, "TRADITIONAL", False):
            import opencc
            conv = opencc.OpenCC("s2t").convert

        def al(name, aliases):
            aliases = list(aliases)
            if conv:
                aliases += [conv(x) for x in [name, *aliases]]
            return dedup(name, aliases)

        gold = {
            "doc": m.DOC,
            "report": dict(m.REPORT),
            "regulations": [
                {"name": n, "aliases": al(n, a), "type": t, "doc_number": dn, "issuer": iss, "relation": rel}
                for (n, t, rel, a, dn, iss) in m.REGS
            ],
            "organizations": [{"name": n, "aliases": al(n, a), "type": t} for (n, t, a) in m.ORGS],
            "measures": [{"name": n, "aliases": al(n, a), "type": t} for (n, t, a) in m.MEAS],
        }
        target = OUT / (m.DOC[:-4] + ".json")
        target.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", target.name, {k: len(gold[k]) for k in ("regulations", "organizations", "measures")})


if __name__ == "__main__":
    main()
