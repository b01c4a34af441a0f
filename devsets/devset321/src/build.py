#!/usr/bin/env python3
"""Build docs/ and gold/ from src/NNN_*.txt (UTF-8 with damage markers) and src/specs/sNNN.py.

Markers in the source texts:
  {ZW} U+200B, {ZWNJ} U+200C, {ZWJ} U+200D, {BOM} U+FEFF   zero-width characters
  {MOJI_GBK:...}  the text, UTF-8 bytes mis-decoded as GBK (mojibake)
  {MOJI_L1:...}   the text, UTF-8 bytes mis-decoded as cp1252 (mojibake)
"""
import importlib.util, json, re, sys
from pathlib import Path
from t2s import T2S

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
MISSING = set()
ZW = {"{ZW}": "\u200b", "{ZWNJ}": "\u200c", "{ZWJ}": "\u200d", "{BOM}": "\ufeff"}


def render(text):
    for k, v in ZW.items():
        text = text.replace(k, v)
    text = re.sub(r"\{MOJI_GBK:(.*?)\}", lambda m: m.group(1).encode("utf-8").decode("gbk", errors="replace"), text)
    text = re.sub(r"\{MOJI_L1:(.*?)\}", lambda m: m.group(1).encode("utf-8").decode("cp1252", errors="replace"), text)
    return text


def to_simp(s):
    out = []
    for c in s:
        if c in T2S:
            out.append(T2S[c])
            continue
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            if "\u4e00" <= c <= "\u9fff":
                MISSING.add(c)
        out.append(c)
    return "".join(out)


def aliases(name, al, trad):
    res = []
    for a in al:
        if a != name and a not in res:
            res.append(a)
    if trad:
        for a in list(res):
            s = to_simp(a)
            if s != name and s not in res:
                res.append(s)
    return res


def main():
    for spec_path in sorted((SRC / "specs").glob("s*.py")):
        spec = importlib.util.spec_from_file_location(spec_path.stem, spec_path)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        trad = getattr(m, "TRAD", False)
        enc = getattr(m, "ENCODING", "utf-8")
        text = render((SRC / m.DOC).read_text(encoding="utf-8"))
        data = text.encode(enc, errors=getattr(m, "ENC_ERRORS", "strict"))
        if enc != "utf-8":
            text = data.decode(enc)
        (OUT / "docs" / m.DOC).write_bytes(data)
        gold = {
            "doc": m.DOC,
            "report": m.REPORT,
            "regulations": [
                {"name": n, "aliases": aliases(n, al, trad), "type": t, "doc_number": dn, "issuer": iss, "relation": rel}
                for n, al, t, dn, iss, rel in m.REGS
            ],
            "organizations": [{"name": n, "aliases": aliases(n, al, trad), "type": t} for n, al, t in m.ORGS],
            "measures": [{"name": n, "aliases": aliases(n, al, trad), "type": t} for n, al, t in m.MEAS],
        }
        stem = m.DOC[:-4]
        (OUT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{m.DOC}: {len(text)} chars, {enc}, regs={len(m.REGS)} orgs={len(m.ORGS)} meas={len(m.MEAS)}")


if __name__ == "__main__":
    main()
    if MISSING:
        sys.exit("no simplified mapping for: " + "".join(sorted(MISSING)))
