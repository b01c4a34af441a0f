"""Build gold/*.json from the compact sources gsrc/NNN.py (kept for maintenance)."""
import json, runpy
from pathlib import Path
here = Path(__file__).resolve().parent
out = here.parent / "gold"
for src in sorted(here.glob("[0-9][0-9][0-9].py")):
    ns = runpy.run_path(str(src))
    g = {"doc": ns["DOC"], "report": ns["REPORT"],
         "regulations": [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r) for n, a, t, d, i, r in ns["R"]],
         "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in ns["O"]],
         "measures": [dict(name=n, aliases=a, type=t) for n, a, t in ns["M"]]}
    (out / (ns["DOC"][:-4] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", ns["DOC"][:-4] + ".json")
