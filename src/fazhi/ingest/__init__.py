"""Ingest: from a file on disk to a ``Report`` (decoded text, normalised view, metadata).

``read_report(path)`` is the stage's one entry point; ``iter_report_paths`` walks folders.
A file that cannot be read raises ``IngestError`` naming the file and the problem.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from fazhi.ingest.debris import blank_debris
from fazhi.ingest.decode import DecodeError, decode_bytes
from fazhi.ingest.html import html_title, html_to_text, looks_like_html
from fazhi.ingest.metadata import extract_metadata
from fazhi.ingest.normalize import OffsetMap, build_view
from fazhi.model import Report

SUPPORTED_SUFFIXES = (".txt", ".text", ".html", ".htm")


class IngestError(Exception):
    """A file fazhi cannot read as a report; the message names the file and the problem."""

    def __init__(self, path: str | os.PathLike, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def report_from_text(text: str, doc_id: str, path: str = "", *, is_html: bool | None = None,
                     encoding: str = "utf-8", warnings: list[str] | None = None) -> Report:
    """Build a Report from already-decoded text (what tests and the Python API use)."""
    html = looks_like_html(text) if is_html is None else is_html
    visible = html_to_text(text) if html else text
    view, offsets = build_view(blank_debris(visible))
    metadata = extract_metadata(view, html_title(text) if html else None)
    report = Report(doc_id=doc_id, path=path or doc_id, text=text, view=view, metadata=metadata,
                    encoding=encoding, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    warnings=list(warnings or []), offsets=offsets)
    return report


def read_report(path: str | os.PathLike) -> Report:
    """Read one report file (.txt in UTF-8/GB18030/Big5, or .html)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise IngestError(p, "is a directory, not a file") from None
    except OSError as exc:
        raise IngestError(p, f"cannot read: {exc.strerror or exc}") from None
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        raise IngestError(p, str(exc)) from None
    if not decoded.text.strip():
        raise IngestError(p, "empty file: no text to read")
    is_html = p.suffix.lower() in (".html", ".htm") or looks_like_html(decoded.text)
    report = report_from_text(decoded.text, p.name, str(p), is_html=is_html, encoding=decoded.encoding,
                              warnings=list(decoded.warnings))
    if not any("\u4e00" <= ch <= "\u9fff" for ch in report.view[:50000]):
        raise IngestError(p, "no Chinese text: not a report fazhi can read")
    report.sha256 = hashlib.sha256(data).hexdigest()
    return report


def iter_report_paths(*targets: str | os.PathLike) -> list[Path]:
    """Report files under the given files and folders, sorted, each once (symlink loops cut)."""
    found: dict[str, Path] = {}
    for target in targets:
        t = Path(target)
        if t.is_dir():
            seen_dirs: set[str] = set()
            for root, dirs, files in os.walk(t, followlinks=True):
                real = os.path.realpath(root)
                if real in seen_dirs:
                    dirs[:] = []
                    continue
                seen_dirs.add(real)
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(SUPPORTED_SUFFIXES) and not name.startswith("."):
                        f = Path(root) / name
                        found.setdefault(os.path.realpath(f), f)
        else:
            found.setdefault(os.path.realpath(t), t)
    return sorted(found.values(), key=lambda p: str(p))


__all__ = ["IngestError", "OffsetMap", "iter_report_paths", "read_report", "report_from_text"]
