#!/usr/bin/env python3
"""Build gold/*.json from tools/spec_NNN.py (compact hand-written specs)."""
import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
OUT = HERE.parent / "gold"

PREFIX = re.compile(r"^(国务院办公厅|国务院|[^关]{2,12}?人民政府)(?=关于)")


def add_accepted_forms(regs):
    """A single issuer's title is also cited without its issuer ("关于…"): add that form as an alias."""
    for r in regs:
        m = PREFIX.match(r["name"])
        if m:
            short = r["name"][m.end():]
            if short not in r["aliases"]:
                r["aliases"].append(short)


for spec in sorted(HERE.glob("spec_*.py")):
    mod = importlib.import_module(spec.stem)
    add_accepted_forms(mod.REGS)
    gold = {"doc": mod.DOC, "report": mod.REPORT, "regulations": mod.REGS,
            "organizations": mod.ORGS, "measures": mod.MEAS}
    path = OUT / (mod.DOC[:-4] + ".json")
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", path.name, len(mod.REGS), len(mod.ORGS), len(mod.MEAS))
