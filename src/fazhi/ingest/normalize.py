"""The extractors' view of a report: normalised text that maps back to the original offsets.

The view is built character by character, so most of it aligns one to one with the
decoded file: Traditional characters become Simplified, full-width letters, digits and
punctuation become half-width, odd spaces become plain ones. Converter residue such as
the pinyin in 領(lǐng)導(dǎo) is deleted; the deletions are recorded as break points,
so ``OffsetMap.to_text`` still finds every view position in the original text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from fazhi.model import OffsetMap

# Pinyin a converter put after each character: 領(lǐng)導(dǎo) → 領導
PINYIN_RESIDUE = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（][a-zA-Zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹ]{1,7}[1-5]?[)）]"
)

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

    Only characters outside GB2312 are converted, one for one: those cannot be valid
    Simplified text, while characters such as 乾 or 著 that both scripts use stay as they
    are. Conversion is per character so that the view keeps the text's length.
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


def build_view(visible: str) -> tuple[str, OffsetMap]:
    """Normalise the visible text of a report into the view the extractors read."""
    view = visible.translate(_WIDTH_TABLE)
    if any(ord(ch) >= 0x3400 and not _is_cached_simplified(ch) for ch in _sample_rare(view)):
        view = view.translate(traditional_table(view))
    breaks: list[tuple[int, int]] = []
    if PINYIN_RESIDUE.search(view):
        pieces = []
        text_pos = 0
        view_len = 0
        for match in PINYIN_RESIDUE.finditer(view):
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
