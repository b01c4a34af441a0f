"""Build gold/*.json from the compact annotation files src/NNN_*.py (each defines REPORT, REGS, ORGS, MEAS)."""
import json, runpy, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
RT = dict(law="law", ar="administrative_regulation", dr="departmental_rule", lr="local_regulation",
          nd="normative_document", pd="party_document", plan="plan", pub="publication", other="other")
REL = dict(iss="issues", imp="implements", stu="studies", men="mentions")
OT = dict(gov="government", dep="department", party="party", leg="legislature", jud="judiciary",
          com="committee", inst="institution", ent="enterprise", soc="social", other="other")
MT = dict(ref="reform", sys="system", mech="mechanism", camp="campaign", model="model",
          plat="platform", serv="service", other="other")
sys.path.insert(0, str(HERE.parent))
from validate import norm  # noqa: E402


def clean(name, aliases):
    """Drop aliases that equal the name (or each other) after the scorer's normalisation."""
    out, seen = [], {norm(name)}
    for a in aliases:
        if norm(a) not in seen:
            seen.add(norm(a))
            out.append(a)
    return out


for f in sorted(HERE.glob("[0-9][0-9][0-9]_*.py")):
    d = runpy.run_path(str(f))
    stem = f.stem
    g = {"doc": stem + ".txt", "report": d["REPORT"], "regulations": [], "organizations": [], "measures": []}
    for r in d["REGS"]:
        name, t, rel = r[0], r[1], r[2]
        aliases = list(r[3]) if len(r) > 3 else []
        num = r[4] if len(r) > 4 else None
        iss = r[5] if len(r) > 5 else None
        g["regulations"].append({"name": name, "aliases": clean(name, aliases), "type": RT[t], "doc_number": num,
                                 "issuer": iss, "relation": REL[rel]})
    for o in d["ORGS"]:
        g["organizations"].append({"name": o[0], "aliases": clean(o[0], o[2] if len(o) > 2 else []), "type": OT[o[1]]})
    for m in d["MEAS"]:
        g["measures"].append({"name": m[0], "aliases": clean(m[0], m[2] if len(m) > 2 else []), "type": MT[m[1]]})
    (OUT / (stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", stem)
