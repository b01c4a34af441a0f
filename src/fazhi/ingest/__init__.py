"""Ingest: from a file on disk to a ``Report`` (decoded text, normalised view, metadata).

``read_report(path)`` is the stage's one entry point; ``walk_corpus`` (and its short form
``iter_report_paths``) finds the report files under folders. A file that cannot be read
raises ``IngestError`` naming the file and the problem.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from fazhi.ingest.debris import blank_debris
from fazhi.ingest.decode import DecodeError, decode_bytes
from fazhi.ingest.formats import FormatError, docx_text, pdf_text, sniff
from fazhi.ingest.html import char_refs_to_text, html_title, html_to_text, looks_like_html
from fazhi.ingest.lost_characters import restore_lost_characters
from fazhi.ingest.metadata import extract_metadata
from fazhi.ingest.normalize import (OffsetMap, build_view, drop_invisible_characters, join_letter_spacing,
                                    join_split_words, join_table_cells, join_wrapped_lines)
from fazhi.model import Report

# Read in folders: plain text, web pages, PDF and Word files.
SUPPORTED_SUFFIXES = (".txt", ".text", ".html", ".htm", ".shtml", ".xhtml", ".pdf", ".docx")
# Also tried in folders although fazhi cannot read them, so that each gets a line saying why
# rather than being passed over in silence: they are likely reports in another format.
REPORT_LIKE_SUFFIXES = (".doc", ".wps", ".rtf", ".ofd")
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
# A report is a few hundred kilobytes; a file this large is something else, and reading it
# whole would take minutes and gigabytes.
MAX_FILE_BYTES = 256 * 1024 * 1024
# Chinese text: at least one common hanzi.
HAN = re.compile(r"[\u3400-\u9fff]")
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


class IngestError(Exception):
    """A file fazhi cannot read as a report; the message names the file and the problem."""

    def __init__(self, path: str | os.PathLike, problem: str):
        shown = display_path(path)
        super().__init__(f"{shown}: {problem}")
        self.path = shown
        self.problem = problem


def display_path(path: str | os.PathLike) -> str:
    """A path as text that can be printed and stored: a file name in GBK or another legacy
    encoding (as in a zip unpacked on Linux) is decoded instead of carrying escapes."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        raw = text
    else:
        try:
            text.encode("utf-8")
            return text
        except UnicodeEncodeError:
            raw = os.fsencode(text)
    for encoding in ("utf-8", "gb18030", "cp950"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def report_from_text(text: str, doc_id: str, path: str = "", *, is_html: bool | None = None,
                     encoding: str = "utf-8", warnings: list[str] | None = None) -> Report:
    """Build a Report from already-decoded text (what tests and the Python API use)."""
    html = looks_like_html(text) if is_html is None else is_html
    visible = html_to_text(text) if html else char_refs_to_text(text)
    # A lone surrogate (only the Python API can pass one) is no character: U+FFFD in the view.
    visible = LONE_SURROGATE.sub("\ufffd", visible)
    view, offsets = build_view(blank_debris(visible))
    view, offsets = drop_invisible_characters(view, offsets)
    view, offsets = join_letter_spacing(view, offsets)
    view, offsets = join_split_words(view, offsets)
    view, offsets = join_table_cells(view, offsets)
    view, offsets = join_wrapped_lines(view, offsets)
    page_title = html_title(text) if html else None
    metadata = extract_metadata(view, page_title)
    restored = restore_lost_characters(view, metadata.region)
    if restored != view:  # 北?镇 of 顺德区 is 北滘镇: the report may be that township's
        view = restored
        metadata = extract_metadata(view, page_title)
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    report = Report(doc_id=doc_id, path=path or doc_id, text=text, view=view, metadata=metadata,
                    encoding=encoding, sha256=digest, warnings=list(warnings or []), offsets=offsets)
    return report


def _check_readable(p: Path) -> None:
    """An IngestError unless ``p`` is a regular file of a size a report can have."""
    try:
        info = p.stat()
    except FileNotFoundError:
        if p.is_symlink():
            raise IngestError(p, f"broken symbolic link (to {display_path(os.readlink(p))})") from None
        raise IngestError(p, "no such file") from None
    except OSError as exc:
        raise IngestError(p, f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(p, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(p, "not a regular file (a pipe, socket or device)")
    if info.st_size > MAX_FILE_BYTES:
        raise IngestError(p, f"too large for a report ({info.st_size // 2**20} MB; fazhi reads files up to "
                             f"{MAX_FILE_BYTES // 2**20} MB)")


def _read_file(p: Path) -> bytes:
    """The bytes of a regular file, or an IngestError saying why there are none."""
    _check_readable(p)
    try:
        return p.read_bytes()
    except OSError as exc:
        raise IngestError(p, f"cannot read: {exc.strerror or exc}") from None


def file_sha256(path: str | os.PathLike) -> str:
    """The SHA-256 of a file's bytes, read a block at a time (the key of the build cache)."""
    p = Path(path)
    _check_readable(p)
    digest = hashlib.sha256()
    try:
        with open(p, "rb") as fh:
            while block := fh.read(1 << 20):
                digest.update(block)
    except OSError as exc:
        raise IngestError(p, f"cannot read: {exc.strerror or exc}") from None
    return digest.hexdigest()


def read_report(path: str | os.PathLike) -> Report:
    """Read one report file: text in UTF-8, UTF-16, GB18030 or Big5 (detected from the bytes),
    an HTML page, a PDF with a text layer, or a DOCX."""
    p = Path(path)
    data = _read_file(p)
    if not data:
        raise IngestError(p, "empty file: no text to read")
    try:
        kind = sniff(data)
    except FormatError as exc:
        raise IngestError(p, str(exc)) from None
    suffix = p.suffix.lower()
    warnings: list[str] = []
    if kind in ("pdf", "docx"):
        try:
            extracted = pdf_text(data) if kind == "pdf" else docx_text(data)
        except FormatError as exc:
            raise IngestError(p, str(exc)) from None
        text, encoding, is_html = extracted.text, kind, False
        warnings.extend(extracted.warnings)
    else:
        try:
            decoded = decode_bytes(data)
        except DecodeError as exc:
            raise IngestError(p, str(exc)) from None
        text, encoding = decoded.text, decoded.encoding
        warnings.extend(decoded.warnings)
        is_html = suffix in HTML_SUFFIXES or looks_like_html(text)
    if suffix in (".pdf", ".docx") and kind != suffix[1:]:
        warnings.append(f"named {suffix} but is {'an HTML page' if is_html else kind}; read as such")
    if not text.strip():
        raise IngestError(p, "empty file: no text to read" if kind == "text" else f"no text in this {kind.upper()}")
    name = display_path(p.name)
    report = report_from_text(text, name, display_path(p), is_html=is_html, encoding=encoding, warnings=warnings)
    if not HAN.search(report.view):
        raise IngestError(p, "no Chinese text: not a report fazhi can read")
    report.sha256 = hashlib.sha256(data).hexdigest()
    return report


@dataclass
class CorpusWalk:
    """What a walk over files and folders found."""

    paths: list[Path] = field(default_factory=list)  # files to read, sorted, each once
    skipped: Counter = field(default_factory=Counter)  # suffix → files in folders that are not reports
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, problem) of what cannot be walked


def _is_hidden(name: str) -> bool:
    # .git, .DS_Store, and the lock files Word leaves beside an open document: ~$报告.docx
    return name.startswith((".", "~$"))


def walk_corpus(*targets: str | os.PathLike) -> CorpusWalk:
    """Report files under the given files and folders. Folders are walked following symbolic
    links, each real folder once (so a link loop ends); hidden files and files that are not
    reports by their suffix are counted, not read. A file named explicitly is always read."""
    walk = CorpusWalk()
    found: dict[str, Path] = {}
    wanted = SUPPORTED_SUFFIXES + REPORT_LIKE_SUFFIXES
    for target in targets:
        t = Path(target)
        if not t.is_dir():
            found.setdefault(os.path.realpath(t), t)
            continue
        seen_dirs: set[str] = set()

        def unreadable(exc: OSError) -> None:
            walk.problems.append((display_path(exc.filename or t), f"cannot open folder: {exc.strerror or exc}"))

        for root, dirs, files in os.walk(t, followlinks=True, onerror=unreadable):
            real = os.path.realpath(root)
            if real in seen_dirs:
                dirs[:] = []
                continue
            seen_dirs.add(real)
            dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
            for name in sorted(files):
                if _is_hidden(name):
                    continue
                suffix = os.path.splitext(name)[1].lower()
                if suffix not in wanted:
                    walk.skipped[suffix or "(no suffix)"] += 1
                    continue
                f = Path(root) / name
                # the folder's real path is known: only a linked file needs resolving (a
                # realpath per file took most of the walk of ten thousand reports)
                real_file = os.path.join(real, name)
                found.setdefault(os.path.realpath(real_file) if os.path.islink(real_file) else real_file, f)
    walk.paths = sorted(found.values(), key=lambda p: str(p))
    return walk


def iter_report_paths(*targets: str | os.PathLike) -> list[Path]:
    """Report files under the given files and folders, sorted, each once (symlink loops cut)."""
    return walk_corpus(*targets).paths


__all__ = ["CorpusWalk", "IngestError", "OffsetMap", "display_path", "file_sha256", "iter_report_paths", "read_report",
           "report_from_text", "walk_corpus"]
