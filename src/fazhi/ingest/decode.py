"""Bytes to text: pick the encoding a Chinese government file was saved in.

Order of evidence: a byte-order mark; strict UTF-8; strict GB18030 (the superset of
GBK/GB2312 that most government sites still serve); strict Big5 for Traditional files.
Only when nothing decodes cleanly is a lossy decode used, and the report says so.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass


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


def _han_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    han = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    return han / len(sample)


def decode_bytes(data: bytes) -> Decoded:
    """Decode a file's bytes; raises DecodeError for data that is not text at all."""
    if not data:
        return Decoded("", "utf-8")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                text = data.decode(encoding, errors="replace")
                return Decoded(text, encoding, ("undecodable bytes replaced after the byte-order mark",))
    if b"\x00" in data[:4096] and data[:4096].count(b"\x00") > 16:
        raise DecodeError("binary data (NUL bytes), not a text file")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_han_share(text), encoding, text))
    if candidates:
        _, encoding, text = max(candidates)
        return Decoded(text, encoding)
    # A file cut off inside a multi-byte character: read what is readable, and say so.
    if utf8_error.start >= len(data) - 4:
        text = data[: utf8_error.start].decode("utf-8")
        return Decoded(text, "utf-8", (f"file ends inside a multi-byte character at byte {utf8_error.start}",))
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(16, len(text) // 10):
        raise DecodeError(f"not text in any supported encoding (UTF-8, GB18030, Big5): {bad} undecodable bytes")
    return Decoded(text, "utf-8", (f"{bad} undecodable bytes replaced",))
