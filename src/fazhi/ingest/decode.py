"""Bytes to text: find the encoding a Chinese government file was saved in.

Order of evidence: a byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8, which almost
never decodes anything else cleanly; then a contest between the Chinese legacy encodings
(GB18030, the superset of GBK and GB2312; Big5 as Microsoft's code page 950; Big5-HKSCS)
and UTF-16 without a mark. GB18030 decodes nearly any byte string, so "it decodes" proves
nothing: each candidate is scored by how plausible its text is as Chinese, namely the share
of its non-ASCII characters that are common characters (GB2312's 3,755 level-1 常用 hanzi,
Big5's 5,401 常用字) or Chinese punctuation. Big5 bytes read as GB18030 come out as kana,
Greek, box drawing, private-use and rare characters; GB bytes read as Big5 fail or come out
rare; Cyrillic or Greek bytes read as GB18030 come out as random hanzi, half of them rare.
The right reading of a report scores above 0.99 (0.996 is the lowest among the seeds and
the 31 provincial reports, in Simplified and in Traditional), wrong ones below 0.4.
(Korean EUC-KR is the one encoding whose syllables fall on common hanzi; it is not told
apart, and such a file gives a report with nothing to extract.)

A file cut off inside a multi-byte character is read up to the cut, with a warning; so is
one padded with NUL bytes (an interrupted download); stray undecodable bytes are replaced,
with a warning; data that is no text at all raises ``DecodeError``.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache


class DecodeError(ValueError):
    """The file cannot be read as text."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The legacy encodings of Chinese files, with the name reported for each.
LEGACY_ENCODINGS = (("gb18030", "gb18030"), ("cp950", "big5"), ("big5hkscs", "big5hkscs"))
# How much of a file the encoding contest reads, from its first non-ASCII byte.
SAMPLE_BYTES = 256 * 1024
# Below this plausibility no reading of the file is taken to be Chinese text.
MIN_PLAUSIBILITY = 0.6
# Share of undecodable bytes above which a file is not text but binary data.
MAX_REPLACED_SHARE = 0.05

# The first byte outside ASCII: where the encodings start to differ.
_NON_ASCII_BYTE = re.compile(rb"[\x80-\xff]")
# Characters that count against a reading: control characters other than tab, line feed,
# form feed and carriage return (binary data read as text is full of them).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@lru_cache(maxsize=1)
def _plausible_characters() -> re.Pattern:
    """One character class of what Chinese text is made of, outside ASCII."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):  # GB2312 level-1 hanzi (常用字), B0A1–D7F9
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):  # Big5 常用字 (frequently used characters), A440–C67E
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            if (lead, trail) > (0xC6, 0x7E):
                break
            try:
                chars.add(bytes((lead, trail)).decode("cp950"))
            except UnicodeDecodeError:
                pass
    han = "".join(sorted(ch for ch in chars if len(ch) == 1))
    punctuation = (
        "\u3000-\u303f"  # CJK symbols and punctuation: 、。《》「」〔〕【】
        "\uff01-\uff65"  # full-width forms: ，：；（）０-９
        "\u2010-\u2027\u2030-\u203b"  # dashes, quotes “”‘’, ellipsis, per mille, ※
        "\u00b7\u00d7\u00b0\u2160-\u216b\u2460-\u2473\u2474-\u249b"  # · × ° Ⅰ-Ⅻ ①-⑳ ⑴-⒇
        "\u2500-\u257f\u25a0-\u25ff\u2605\u2606\u2190-\u2193"  # box drawing of text tables, ■□▲○●◆, ★☆, arrows
    )
    return re.compile("[" + re.escape(han) + punctuation + "]")


_NON_ASCII_CHAR = re.compile(r"[^\x00-\x7f]")


def plausibility(text: str) -> float:
    """How much ``text`` looks like Chinese: the share of its non-ASCII characters (and
    control characters) that are common hanzi or Chinese punctuation; 0 for none at all."""
    good = len(_plausible_characters().findall(text))
    total = len(_NON_ASCII_CHAR.findall(text)) + len(_CONTROL.findall(text))
    return good / total if total else 0.0


def _is_cut_at_end(exc: UnicodeDecodeError, size: int) -> bool:
    """True when decoding failed only because the data stops inside a character."""
    return exc.end >= size and exc.start >= size - 4 and ("end of data" in exc.reason or "incomplete" in exc.reason
                                                          or "truncated" in exc.reason)


def _cut_warning(size: int, start: int) -> str:
    return f"file ends inside a multi-byte character: its last {size - start} byte(s) were dropped"


def _decode_whole(data: bytes, codec: str, name: str, extra: tuple[str, ...] = ()) -> Decoded:
    """Decode all of ``data``: strictly, else up to a cut at the end, else with replacements."""
    try:
        return Decoded(data.decode(codec), name, extra)
    except UnicodeDecodeError as exc:
        if _is_cut_at_end(exc, len(data)):
            try:
                return Decoded(data[: exc.start].decode(codec), name, extra + (_cut_warning(len(data), exc.start),))
            except UnicodeDecodeError:
                pass
        first_bad = exc.start
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    if bad > max(16, int(len(text) * MAX_REPLACED_SHARE)):
        raise DecodeError(f"not text: {bad} bytes are undecodable in {name}, the likeliest encoding")
    return Decoded(text, name, extra + (f"{bad} undecodable byte(s) replaced by U+FFFD, the first at byte {first_bad}",))


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or '-be' when the NUL bytes of ``head`` fall mostly on one side of each
    pair, as those of ASCII characters in UTF-16 do (the other side gets the NULs of
    characters such as 一, U+4E00); None otherwise."""
    nul = head.count(0)
    if nul < 2:
        return None
    even = head[0::2].count(0)
    if nul - even >= 0.75 * nul:
        return "utf-16-le"
    if even >= 0.75 * nul:
        return "utf-16-be"
    return None


# Mojibake: Chinese text decoded with a Western single-byte code page and saved again, so that
# 县司法局 (UTF-8 bytes read as Latin-1) is "å\x8e¿å\x8f¸æ³\x95å±\x80". Such text has no
# hanzi and many characters of U+0080–U+00FF (or of Windows-1252's extra ones: € ‚ „ …).
_HAN = re.compile(r"[\u4e00-\u9fff]")
_WESTERN_HIGH = re.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
# The code pages that made the mojibake, and the encodings the bytes really were in.
MOJIBAKE_READINGS = ("latin-1", "cp1252")
MOJIBAKE_ORIGINALS = (("utf-8", "utf-8"), ("gb18030", "gb18030"))


def undo_mojibake(text: str) -> tuple[str, str] | None:
    """(repaired text, how it was garbled) when ``text`` is Chinese read through a Western code
    page (the bytes back in that code page decode as plausible Chinese), else None."""
    if _HAN.search(text, 0, SAMPLE_BYTES) or len(_WESTERN_HIGH.findall(text, 0, SAMPLE_BYTES)) < 8:
        return None  # (searched in place: this runs on every UTF-8 file, nearly all of them Chinese)
    for western in MOJIBAKE_READINGS:
        try:
            raw = text.encode(western)
        except UnicodeEncodeError:
            continue
        for codec, name in MOJIBAKE_ORIGINALS:
            try:
                repaired = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if plausibility(repaired[:SAMPLE_BYTES]) >= 0.99:
                return repaired, f"{name} read as {western}"
    return None


def _sample(data: bytes, codec: str, start: int) -> str:
    if codec.startswith("utf-16") and start % 2:
        start -= 1
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    end = start + SAMPLE_BYTES
    return decoder.decode(data[start:end], final=end >= len(data))


def decode_bytes(data: bytes) -> Decoded:
    """Decode a file's bytes; raises DecodeError for data that is not text at all."""
    if not data:
        return Decoded("", "utf-8")
    keep = len(data.rstrip(b"\x00"))
    if len(data) - keep >= 4 and keep:
        # text, then zeros: a download cut off and padded. Read the text, say what was dropped
        keep += keep % 2  # the last NUL may be half of a UTF-16 character
        try:
            decoded = decode_bytes(data[:keep])
        except DecodeError:
            decoded = None
        if decoded is not None and len(_CONTROL.findall(decoded.text[:65536])) <= 0.05 * len(decoded.text[:65536]):
            text = decoded.text.rstrip("\x00")
            dropped = len(data) - keep + (0 if decoded.encoding.startswith("utf-16") else len(decoded.text) - len(text))
            note = f"{dropped} NUL bytes at the end of the file ignored (an incomplete download?)"
            return Decoded(text, decoded.encoding, decoded.warnings + (note,))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_whole(data, encoding, encoding)
    head = data[:65536]
    utf16 = _utf16_without_bom(head)
    nul = head.count(0)
    if utf16 is None and nul > max(16, len(head) // 200):
        raise DecodeError("binary data (NUL bytes), not a text file")
    if utf16 is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if _is_cut_at_end(exc, len(data)):
                return Decoded(data[: exc.start].decode("utf-8", errors="replace"), "utf-8",
                               (_cut_warning(len(data), exc.start),))
        else:
            repaired = undo_mojibake(text)
            if repaired is None:
                return Decoded(text, "utf-8")
            return Decoded(repaired[0], "utf-8", (f"garbled text repaired: {repaired[1]} (mojibake)",))
    first = _NON_ASCII_BYTE.search(data)
    start = first.start() if first else 0
    candidates = [("utf-8", "utf-8"), *LEGACY_ENCODINGS, ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")]
    if utf16:  # the NUL bytes say UTF-16: try it first, but let the score decide
        candidates.sort(key=lambda c: c[0] != utf16)
    scored = []
    for codec, name in candidates:
        sample = _sample(data, codec, start)
        score = plausibility(sample)
        scored.append((score, -len(scored), codec, name))
    score, _, codec, name = max(scored)
    if score < MIN_PLAUSIBILITY:
        if len(_CONTROL_BYTE.findall(head)) > 0.05 * len(head):
            raise DecodeError("binary data (control bytes), not a text file")
        raise DecodeError("not Chinese text in any supported encoding (UTF-8, UTF-16, GB18030, Big5)")
    return _decode_whole(data, codec, name)
