"""Write ``src/fazhi/data/lexicons/char_frequency.txt``: the characters of Chinese government reports,
most frequent first, from a corpus of such reports (default: the provincial work reports of
``../shared/corpus``). ``fazhi.text.trie_branches`` orders a trie's alternatives by it, because
``re`` tries the alternatives of a group one after another: with the common characters first, a
scan for thousands of names compares a few literals at each position instead of dozens.

    python tools/char_frequency.py [CORPUS_DIR ...]
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "fazhi" / "data" / "lexicons" / "char_frequency.txt"
KEEP = 3000  # characters beyond these are rare enough that their order does not matter

HEADER = """# Characters of Chinese government reports, most frequent first (tools/char_frequency.py, from the
# provincial government work reports of ../shared/corpus). fazhi.text orders the alternatives of its
# name tries by it: re tries a group's alternatives one after another, so the common first.
"""


def main(folders: list[str]) -> None:
    from fazhi.ingest import read_report

    counts: Counter[str] = Counter()
    for folder in folders or [str(ROOT.parent / "shared" / "corpus")]:
        for path in sorted(Path(folder).rglob("*.txt")):
            counts.update(ch for ch in read_report(path).view if not ch.isspace() and ch != "#")
    chars = [ch for ch, _ in counts.most_common(KEEP)]
    OUT.write_text(HEADER + "\n".join(chars) + "\n", encoding="utf-8")
    print(f"wrote {len(chars)} characters to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
