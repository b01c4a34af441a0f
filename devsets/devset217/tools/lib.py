"""Helpers to render the dev-set documents and their gold files.

Source texts use "\n" between paragraphs.  A token ⟪...⟫ is a piece of page debris
(page number, running header, footnote line) that the renderer puts on a line of its
own at exactly that point, even in the middle of a sentence or a name.
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
TOKEN = re.compile(r"⟪(.*?)⟫", re.S)


def wrap_para(par, width, sep):
    """Hard-wrap one paragraph at `width` characters, like text pulled out of a PDF."""
    lines, cur = [], ""
    pos = 0
    for m in TOKEN.finditer(par):
        chunk = par[pos:m.start()]
        for ch in chunk:
            cur += ch
            if len(cur) >= width:
                lines.append(cur)
                cur = ""
        if cur:
            lines.append(cur)
            cur = ""
        lines.append("\x00" + m.group(1))
        pos = m.end()
    for ch in par[pos:]:
        cur += ch
        if len(cur) >= width:
            lines.append(cur)
            cur = ""
    if cur:
        lines.append(cur)
    out = ""
    for i, ln in enumerate(lines):
        if ln.startswith("\x00"):
            out += ("\n" if out and not out.endswith("\n") else "") + ln[1:] + "\n"
        else:
            out += ln
            if i < len(lines) - 1 and not lines[i + 1].startswith("\x00"):
                out += sep
    return out.rstrip("\n")


def render(text, width=None, sep="\n", crlf=False, encoding="utf-8", first_width=None):
    text = text.strip("\n")
    if width:
        pars = [wrap_para(p, width, sep) if p.strip() else "" for p in text.split("\n")]
        body = "\n".join(pars) + "\n"
    else:
        body = TOKEN.sub(lambda m: "\n" + m.group(1) + "\n", text) + "\n"
    if crlf:
        body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return body.encode(encoding)


def R(name, type_, relation, aliases=(), doc_number=None, issuer=None):
    return {"name": name, "aliases": list(aliases), "type": type_, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}


def O(name, type_, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type_}


def M(name, type_, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type_}


def write(stem, text, report, regs, orgs, meas, **render_kw):
    data = render(text, **render_kw)
    (OUT / "docs" / f"{stem}.txt").write_bytes(data)
    gold = {"doc": f"{stem}.txt", "report": report, "regulations": regs,
            "organizations": orgs, "measures": meas}
    (OUT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
    return len(data.decode(render_kw.get("encoding", "utf-8")))
