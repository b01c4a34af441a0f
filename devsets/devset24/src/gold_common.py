import json
from pathlib import Path
import opencc

ROOT = Path(__file__).resolve().parent.parent
RT = {"law": "law", "ar": "administrative_regulation", "dr": "departmental_rule", "lr": "local_regulation",
      "nd": "normative_document", "pd": "party_document", "plan": "plan", "pub": "publication", "other": "other"}
OT = {"gov": "government", "dept": "department", "party": "party", "leg": "legislature", "jud": "judiciary",
      "com": "committee", "inst": "institution", "ent": "enterprise", "soc": "social", "other": "other"}
MT = {"reform": "reform", "system": "system", "mech": "mechanism", "campaign": "campaign", "model": "model",
      "platform": "platform", "service": "service", "other": "other"}
REL = {"i": "issues", "m": "implements", "s": "studies", "n": "mentions"}


def R(name, typ, rel, num=None, issuer=None, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": RT[typ], "doc_number": num,
            "issuer": issuer, "relation": REL[rel]}


def O(name, typ, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": OT[typ]}


def M(name, typ, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": MT[typ]}


def write(doc, report, regs, orgs, meas, hk=False):
    if hk:  # Traditional-character document: canonical stays simplified, the written forms are added as aliases
        cc = opencc.OpenCC("s2hk")
        for group in (regs, orgs, meas):
            for e in group:
                extra = []
                for a in [e["name"], *e["aliases"]]:
                    t = cc.convert(a)
                    if t != a and t not in extra and t not in e["aliases"]:
                        extra.append(t)
                e["aliases"] = e["aliases"] + extra
        for r in regs:
            if r["issuer"]:
                pass
    for group in (regs, orgs, meas):
        names = [e["name"] for e in group]
        assert len(names) == len(set(names)), (doc, [n for n in names if names.count(n) > 1])
    gold = {"doc": doc + ".txt", "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    (ROOT / "gold" / f"{doc}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
