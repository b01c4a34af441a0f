"""Build gold/*.json from the compact gold_NNN.py sources in this directory."""
import importlib.util, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "gold"

for src in sorted(HERE.glob("gold_*.py")):
    spec = importlib.util.spec_from_file_location(src.stem, src)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    title, publisher, region, year, date = m.REPORT
    gold = {
        "doc": m.DOC,
        "report": {"title": title, "publisher": publisher, "region": region, "year": year, "date": date},
        "regulations": [{"name": n, "aliases": a, "type": t, "doc_number": d, "issuer": i, "relation": r}
                        for n, a, t, d, i, r in m.REGS],
        "organizations": [{"name": n, "aliases": a, "type": t} for n, a, t in m.ORGS],
        "measures": [{"name": n, "aliases": a, "type": t} for n, a, t in m.MEAS],
    }
    dst = OUT / (m.DOC[:-4] + ".json")
    dst.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", dst.name, len(m.REGS), len(m.ORGS), len(m.MEAS))
