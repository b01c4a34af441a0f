"""Build fazhi's administrative-division gazetteer from jionlp's division tree.

Run by a maintainer, not at run time: ``pip install jionlp && python tools/build_divisions.py``.
It reads jionlp's packaged ``china_location.zip`` directly (importing jionlp prints a
banner and unpacks files into its install folder) and writes:

- ``src/fazhi/data/divisions.tsv``: code, name, short_name, level, parent_code for every
  province, prefecture and county (GB/T 2260 codes);
- ``src/fazhi/data/towns.tsv.gz``: county_code, name for every township-level division;
- ``src/fazhi/data/division_changes.tsv``: date, old path, new path of renamed divisions.

jionlp is Apache-2.0 (https://github.com/dongrixinyu/JioNLP); see ``src/fazhi/data/README.md``.
"""
from __future__ import annotations

import gzip
import importlib.util
import io
import sys
import zipfile
from pathlib import Path

LEVELS = ("province", "prefecture", "county", "town")
OUT = Path(__file__).resolve().parent.parent / "src" / "fazhi" / "data"


def jionlp_dictionary() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("jionlp is not installed: pip install jionlp")
    return Path(list(spec.submodule_search_locations)[0]) / "dictionary"


def read_tree(dictionary: Path):
    """Yield (depth, fields) for each line of the tab-indented division tree."""
    with zipfile.ZipFile(dictionary / "china_location.zip") as zf:
        raw = zf.read("china_location.txt").decode("utf-8")
    for line in raw.splitlines():
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        yield depth, line.strip("\t").split("\t")


def main() -> None:
    dictionary = jionlp_dictionary()
    rows: dict[str, tuple[str, str, str, str, str]] = {}
    towns: list[tuple[str, str]] = []
    parents: list[str | None] = [None, None, None]
    for depth, fields in read_tree(dictionary):
        if depth >= 4:
            continue  # villages and communities: too fine for a gazetteer of jurisdictions
        if depth == 3:
            if parents[2]:
                towns.append((parents[2], fields[0]))
            continue
        name, code, short = (fields + ["", ""])[:3]
        if not code:
            parents[depth] = None  # a few Taiwan entries carry no code: not a usable key
            continue
        parent = parents[depth - 1] if depth else ""
        parents[depth] = code
        for deeper in range(depth + 1, 3):
            parents[deeper] = None
        if depth == 1 and (code == parent or name == "省直辖行政区划"):
            # municipalities repeat themselves one level down (上海市 > 上海市 > 嘉定区), and
            # 省直辖行政区划 is a grouping, not a division: their counties hang off the province
            parents[1] = None
            continue
        if depth == 2 and parents[1] is None:
            parent = parents[0]
            parents[2] = code
        if code in rows:
            continue
        rows[code] = (code, name, short, LEVELS[depth], parent or "")
    with open(OUT / "divisions.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("code\tname\tshort_name\tlevel\tparent_code\n")
        for code in sorted(rows):
            fh.write("\t".join(rows[code]) + "\n")
    buf = io.StringIO()
    buf.write("county_code\tname\n")
    for county, name in sorted(set(towns)):
        buf.write(f"{county}\t{name}\n")
    # mtime=0 keeps the gzip byte-identical between runs
    with open(OUT / "towns.tsv.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    changes = (dictionary / "china_location_change.txt").read_text(encoding="utf-8")
    with open(OUT / "division_changes.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("date\tapproval\told\tnew\n")
        for line in changes.splitlines():
            if "=>" not in line:
                continue
            old, new = line.split("=>")
            old_fields = old.split("\t")
            date, approval, old_path = old_fields[0], old_fields[1], old_fields[2:]
            old_full = [f for i, f in enumerate(old_path) if i % 2 == 0]
            fh.write(f"{date}\t{approval}\t{'/'.join(old_full)}\t{'/'.join(new.split(chr(9)))}\n")
    print(f"{len(rows)} divisions, {len(set(towns))} towns written to {OUT}")


if __name__ == "__main__":
    main()
