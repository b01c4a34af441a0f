"""Character-by-character Simplified -> Traditional conversion used for the Traditional doc.

Takes the first candidate of OpenCC's STCharacters table for every character (no phrase
table), with two deliberate wrong picks that real naive converters make: 干 -> 乾 and
发 -> 髮 (so 干部 -> 乾部, 发展 -> 髮展).  台 -> 臺 (臺山) is the table's own first pick.
"""
from pathlib import Path

_TABLE = {}
for _line in (Path(__file__).resolve().parent / "STCharacters.txt").read_text(encoding="utf-8").splitlines():
    if "\t" in _line:
        _s, _t = _line.split("\t", 1)
        _TABLE[_s] = _t.split()[0]
_TABLE.update({"干": "乾", "发": "髮"})


def convert(text):
    return "".join(_TABLE.get(c, c) for c in text)


if __name__ == "__main__":
    import sys
    src, dst = sys.argv[1:3]
    Path(dst).write_text(convert(Path(src).read_text(encoding="utf-8")), encoding="utf-8")
