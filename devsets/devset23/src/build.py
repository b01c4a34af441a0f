"""Build gold/*.json from src/gNNN.py modules."""
import importlib, json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
sys.path.insert(0, str(HERE))
for f in sorted(HERE.glob("g[0-9][0-9][0-9].py")):
    m = importlib.import_module(f.stem)
    doc = m.DOC
    gold = {"doc": doc, "report": m.REPORT_, "regulations": m.REGS,
            "organizations": m.ORGS, "measures": m.MEAS}
    (OUT / (doc[:-4] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", doc)
