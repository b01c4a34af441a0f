import json, re, sys, os
OUT = '/work/devsets/devset145'
def R(name, t, rel, num=None, iss=None, al=()):
    return {"name": name, "aliases": list(al), "type": t, "doc_number": num, "issuer": iss, "relation": rel}
def O(name, t, al=()):
    return {"name": name, "aliases": list(al), "type": t}
def M(name, t, al=()):
    return {"name": name, "aliases": list(al), "type": t}
def pdfwrap(text, width=38, footer_every=28, start_page=1):
    """simulate PDF text extraction: hard line breaks at fixed width, page numbers."""
    out = []; n = 0; page = start_page
    for para in text.split('\n'):
        if not para.strip():
            continue
        while para:
            out.append(para[:width]); para = para[width:]; n += 1
            if n % footer_every == 0:
                page += 1; out.append(''); out.append('— %d —' % page); out.append('')
    return '\n'.join(out) + '\n'
def write(stem, text, report, regs, orgs, meas, encoding='utf-8'):
    with open(f'{OUT}/docs/{stem}.txt', 'w', encoding=encoding) as f:
        f.write(text)
    g = {"doc": stem + '.txt', "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    with open(f'{OUT}/gold/{stem}.json', 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    print(stem, len(text), len(regs), len(orgs), len(meas))
