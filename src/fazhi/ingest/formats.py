"""Files that are not plain text: the text layer of a PDF, the paragraphs of a DOCX, and
the names of binary formats fazhi cannot read, so that an error can say what a file is.

The format is read from the file's first bytes, not from its name: a page saved as
``报告.pdf`` that is really an HTML error page is read as HTML. For a PDF or a DOCX the
extracted text is the report's ``text``, the text every offset points into.
"""
from __future__ import annotations

import io
import logging
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass


class FormatError(ValueError):
    """The file is in a format fazhi cannot read, or is damaged; the message says which."""


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    format: str  # "pdf" or "docx"
    warnings: tuple[str, ...] = ()


# Leading bytes of formats that are not reports, and what to call them in an error.
BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office or WPS file (.doc, .xls, .wps): save it as .docx or PDF"),
    (b"{\\rtf", "an RTF document: save it as .docx or PDF"),
    (b"\x1f\x8b", "a gzip archive: unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive: unpack it first"),
    (b"Rar!\x1a\x07", "a RAR archive: unpack it first"),
    (b"\x7fELF", "a program"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00\x18ftyp", "a video"),
    (b"\x00\x00\x00\x20ftyp", "a video"),
)
ZIP_SIGNATURE = b"PK\x03\x04"
# A PDF may have a few bytes of junk before its header; readers look in the first kilobyte.
PDF_HEADER = b"%PDF-"


def sniff(data: bytes) -> str:
    """'pdf', 'docx' or 'text' for what fazhi reads; raises FormatError naming anything else."""
    if PDF_HEADER in data[:1024]:
        return "pdf"
    if data.startswith(ZIP_SIGNATURE):
        return _zip_kind(data)
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise FormatError(f"{what}, not a report")
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"AVI ", b"WAVE"):
        raise FormatError("an image or media file (RIFF), not a report")
    return "text"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except Exception:  # noqa: BLE001 -- zipfile raises many types on damaged archives
        raise FormatError("a damaged or incomplete ZIP file (a .docx cut off while downloading?)") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise FormatError("an Excel workbook, not a report")
    if "ppt/presentation.xml" in names:
        raise FormatError("a PowerPoint presentation, not a report")
    if "OFD.xml" in names:
        raise FormatError("an OFD document, which fazhi cannot read yet: export it as PDF")
    raise FormatError("a ZIP archive: unpack it first")


@contextmanager
def _quiet(logger_name: str):
    """pypdf logs every oddity of a damaged file; fazhi reports problems itself."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def pdf_text(data: bytes) -> Extracted:
    """The text layer of a PDF, its pages joined by line breaks.

    Lines come out as the PDF draws them, hard-wrapped inside words and titles; the view
    joins them again (``normalize.join_wrapped_lines``).
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    warnings: list[str] = []
    with _quiet("pypdf"):
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except DependencyError:
                    raise FormatError("an encrypted PDF: reading it needs the 'cryptography' package") from None
                if not opened:
                    raise FormatError("a password-protected PDF")
            pages = list(reader.pages)
        except FormatError:
            raise
        except Exception as exc:  # noqa: BLE001 -- a damaged PDF makes pypdf raise anything (zlib, struct …)
            raise FormatError(f"a damaged PDF ({_short(exc)})") from None
        texts = []
        for number, page in enumerate(pages, 1):
            try:
                texts.append((page.extract_text() or "").rstrip("\n"))
            except Exception as exc:  # noqa: BLE001 -- one bad page must not lose the others
                warnings.append(f"page {number}: no text extracted ({_short(exc)})")
    text = "\n".join(texts)
    if not text.strip():
        raise FormatError(f"a PDF with no text layer ({len(pages)} pages, scanned images?): fazhi does not do OCR")
    return Extracted(text, "pdf", tuple(warnings))


def docx_text(data: bytes) -> Extracted:
    """The paragraphs of a DOCX body in reading order, one per line; a table row is a line
    whose cells are separated by tabs."""
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells, seen = [], set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # a merged cell is listed once per grid column
                            continue
                        seen.add(id(cell._tc))
                        cells.append(cell.text.replace("\n", " "))
                    lines.append("\t".join(cells))
            else:
                lines.append(block.text)
    except Exception as exc:  # noqa: BLE001 -- python-docx and lxml raise many types on damaged files
        raise FormatError(f"a damaged DOCX ({_short(exc)})") from None
    text = "\n".join(lines)
    return Extracted(text, "docx")


def _short(exc: BaseException) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    message = message[:120]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
