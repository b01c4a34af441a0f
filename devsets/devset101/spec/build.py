import json, sys, importlib
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
out = HERE.parent / "gold"
for p in sorted(HERE.glob("s0*.py")):
    mod = importlib.import_module(p.stem)
    d = mod.DOC
    (out / (d["doc"][:-4] + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", d["doc"])
