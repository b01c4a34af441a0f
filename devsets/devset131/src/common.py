"""Helpers used to write docs/ and gold/ of devset131 (texts and gold are hand-written in docs_*.py)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

FW = str.maketrans("0123456789", "０１２３４５６７８９")
HW = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})


def fullwidth_digits(text):
    return text.translate(FW)


def halfwidth_punct(text):
    return text.translate(HW)


def R(name, type_, relation, aliases=(), dn=None, issuer=None):
    return {"name": name, "aliases": list(aliases), "type": type_, "doc_number": dn,
            "issuer": issuer, "relation": relation}


def O(name, type_, *aliases):
    return {"name": name, "aliases": list(aliases), "type": type_}


def M(name, type_, *aliases):
    return {"name": name, "aliases": list(aliases), "type": type_}


def write(stem, text, report, regs, orgs, meas, encoding="utf-8"):
    (OUT / "docs" / f"{stem}.txt").write_bytes(text.encode(encoding))
    gold = {"doc": f"{stem}.txt", "report": report, "regulations": regs,
            "organizations": orgs, "measures": meas}
    (OUT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")
