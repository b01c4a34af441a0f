"""The extractors' view of a report: normalised text that maps back to the original offsets.

The view is built character by character, so most of it aligns one to one with the
decoded file: Traditional characters become Simplified, full-width letters, digits and
punctuation become half-width, odd spaces become plain ones. Converter residue such as
the pinyin in 領(lǐng)導(dǎo) is deleted; the deletions are recorded as break points,
so ``OffsetMap.to_text`` still finds every view position in the original text. A line
break that a PDF put inside a title (《关于加强规范性文件制定和监督\\n管理工作的通知》)
becomes a space, so that the title reads as one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from fazhi.model import OffsetMap

# Pinyin a converter put after each character or word: 領(lǐng)導(dǎo) · 领导(lǐng dǎo) · 领(ling3)
# Only candidates: ``_is_pinyin`` keeps real pinyin and leaves (APP), (试行) or (OA) alone.
PINYIN_RESIDUE = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（](?P<pinyin>[a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹḿ]{1,6}[1-5]?"
    r"(?: ?[a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹḿ]{1,6}[1-5]?){0,3})[)）]"
)
# One pinyin syllable without its tone: initial + final (zhuang, lü, er, a …).
PINYIN_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|er|in|un|ün|vn"
    r"|ia|ie|iu|ua|uo|ui|üe|ve|ue|a|o|e|i|u|ü|v)[1-5]?|[nm]g?[1-5]?"
)
_TONED = "āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜńňǹḿ"
_UNTONE = str.maketrans(_TONED, "aaaaooooeeeeiiiiuuuuüüüünnnm")

# A title mark opened on one line and closed on the next, as a PDF breaks a long title:
# 《关于加强规范性文件制定和监督\n管理工作的通知》 (no sentence end before the break).
TITLE_ACROSS_LINES = re.compile(r"《[^《》\n。;!?]{1,60}[^\n。;!?:][ \t]*\r?\n[ \t]*[^《》\n]{1,60}》")

# Full-width ASCII (！ to ～) to half-width, ideographic and no-break spaces to plain ones.
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE.update({0x3000: 0x20, 0xA0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x200B: 0x20, 0xFEFF: 0x20})


@lru_cache(maxsize=1)
def _t2s_converter():
    import opencc  # imported lazily: only Traditional input needs it

    return opencc.OpenCC("t2s")


_T2S_CACHE: dict[int, int | None] = {}


def _is_simplified_charset(ch: str) -> bool:
    """True for characters that GB2312 (the simplified character set) can encode."""
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def traditional_table(text: str) -> dict[int, int]:
    """A translate table turning the Traditional characters of ``text`` into Simplified.

    Only characters outside GB2312 are in it, one for one: those cannot be valid
    Simplified text, while characters such as 乾 or 著 that both scripts use stay as they
    are. ``convert_traditional`` uses it to find the lines to convert.
    """
    table: dict[int, int] = {}
    pending = []
    for ch in set(text):
        code = ord(ch)
        if code < 0x3400:
            continue
        if code in _T2S_CACHE:
            if _T2S_CACHE[code] is not None:
                table[code] = _T2S_CACHE[code]
            continue
        if _is_simplified_charset(ch):
            _T2S_CACHE[code] = None
            continue
        pending.append(ch)
    if pending:
        converted = _t2s_converter().convert("\n".join(pending)).split("\n")
        for ch, out in zip(pending, converted):
            value = ord(out) if len(out) == 1 and out != ch else None
            _T2S_CACHE[ord(ch)] = value
            if value is not None:
                table[ord(ch)] = value
    return table


def convert_traditional(text: str, table: dict[int, int]) -> str:
    """``text`` with its Traditional lines made Simplified, keeping every character's place.

    A line with a Traditional character goes through OpenCC's phrase conversion, which also
    fixes characters both scripts share but use differently (關於 → 关于, 著力 stays,
    著名 stays); where a phrase would change the line's length the line is converted
    character by character instead, so the view still aligns with the text.
    """
    marker = re.compile("[" + "".join(re.escape(chr(c)) for c in table) + "]")
    converter = _t2s_converter()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not marker.search(line):
            continue
        converted = converter.convert(line)
        lines[i] = converted if len(converted) == len(line) else line.translate(table)
    return "\n".join(lines)


def _is_pinyin(residue: str) -> bool:
    """True when every syllable in the brackets is pinyin and one carries a tone (or the
    toneless syllables are at least two): lǐng · lǐng dǎo · ling3 · ling dao, not app or oa."""
    syllables = residue.split() if " " in residue else [residue]
    toned = any(ch in _TONED or ch.isdigit() for ch in residue)
    plain = [s.translate(_UNTONE) for s in syllables]
    if not all(PINYIN_SYLLABLE.fullmatch(s) for s in plain):
        # run-together syllables of a word: lǐngdǎo
        if not (toned and len(syllables) == 1 and _splits_into_syllables(plain[0])):
            return False
    return toned or len(syllables) > 1


def _splits_into_syllables(word: str) -> bool:
    ok = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        ok[end] = any(ok[start] and PINYIN_SYLLABLE.fullmatch(word[start:end]) for start in range(max(0, end - 7), end))
    return ok[-1]


def _join_broken_titles(view: str) -> str:
    """A line break inside a title becomes a space (same length, offsets unchanged)."""
    if "《" not in view:
        return view

    def join(match: re.Match) -> str:
        return re.sub(r"\r?\n", lambda m: " " * len(m.group()), match.group())

    return TITLE_ACROSS_LINES.sub(join, view)


def build_view(visible: str) -> tuple[str, OffsetMap]:
    """Normalise the visible text of a report into the view the extractors read."""
    view = visible.translate(_WIDTH_TABLE)
    if any(ord(ch) >= 0x3400 and not _is_cached_simplified(ch) for ch in _sample_rare(view)):
        table = traditional_table(view)
        if table:
            view = convert_traditional(view, table)
    view = _join_broken_titles(view)
    breaks: list[tuple[int, int]] = []
    residues = [m for m in PINYIN_RESIDUE.finditer(view) if _is_pinyin(m.group("pinyin"))]
    if residues:
        pieces = []
        text_pos = 0
        view_len = 0
        for match in residues:
            pieces.append(view[text_pos : match.start()])
            view_len += match.start() - text_pos
            text_pos = match.end()
            breaks.append((view_len, text_pos))
        pieces.append(view[text_pos:])
        view = "".join(pieces)
    return view, OffsetMap(breaks)


def _sample_rare(text: str) -> set[str]:
    """The distinct characters of the text that could be Traditional (outside CJK basics)."""
    return {ch for ch in set(text) if ord(ch) >= 0x3400}


def _is_cached_simplified(ch: str) -> bool:
    code = ord(ch)
    if code in _T2S_CACHE:
        return _T2S_CACHE[code] is None
    simplified = _is_simplified_charset(ch)
    if simplified:
        _T2S_CACHE[code] = None
    return simplified


__all__ = ["build_view", "convert_traditional", "traditional_table"]
