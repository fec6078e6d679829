"""Import: one reader per format, each returning the document's raw text.

`read_raw(path)` checks what every format shares (the file exists, is a file,
is not empty, is not too large), reads the bytes once and hands them to the
reader for the extension. Unusable input raises BadInput with one line that
says what is wrong and what to do. The text is not cleaned here (clean.py
does that); readers only decode, keep paragraph order and normalise line ends.
"""
from __future__ import annotations

from pathlib import Path

from jmdesk.core.errors import BadInput

MAX_BYTES = 50 * 1024 * 1024  # a long report as PDF is a few MB; more is not a report
# A work report is 15-60 thousand characters (a five-year plan outline ~70 thousand);
# ten times that is a yearbook or a dump, which no later stage is built to analyse.
MAX_CHARS = 500_000
SUPPORTED = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")
_SUPPORTED_LIST = ", ".join(SUPPORTED)

# Formats people do send, with what to do about them.
_KNOWN_UNSUPPORTED = {
    ".doc": ("old Word (.doc)", "save it as .docx in Word or WPS and open that"),
    ".wps": ("WPS (.wps)", "save it as .docx in WPS and open that"),
    ".rtf": ("RTF", "save it as .docx or .txt and open that"),
    ".odt": ("OpenDocument (.odt)", "save it as .docx and open that"),
    ".ofd": ("OFD", "export it as PDF and open that"),
}


def read_raw(path: Path) -> str:
    """The text of a report file, decoded, in reading order, with LF line ends."""
    path = Path(path)
    name = str(path)
    data = _read_bytes(path, name)
    ext = path.suffix.lower()
    if ext in _KNOWN_UNSUPPORTED:
        kind, todo = _KNOWN_UNSUPPORTED[ext]
        raise BadInput(f"{name}: {kind} files are not supported (only {_SUPPORTED_LIST}); {todo}")
    if ext not in SUPPORTED:
        text = _read_unknown(data, name, ext)
    else:
        text = _reader(ext)(data, name)
    if not text.strip():
        raise BadInput(f"{name}: contains no text (only blank space or markup); "
                       "check that this is the right file")
    if len(text) > MAX_CHARS:
        raise BadInput(f"{name}: has {len(text):,} characters, more than the {MAX_CHARS:,} a report "
                       "can have; open the report itself, or cut the file down to it")
    return text


def _read_bytes(path: Path, name: str) -> bytes:
    if not path.exists():
        raise BadInput(f"{name}: no such file; check the path")
    if path.is_dir():
        raise BadInput(f"{name}: is a folder, not a file; give the path of one report file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BadInput(f"{name}: is {size / 2**20:.0f} MB, more than the {MAX_BYTES // 2**20} MB "
                           "a report can be; check that this is the right file or split it")
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"{name}: cannot be read ({exc.strerror or exc}); check its permissions") from None
    if not data.strip():
        raise BadInput(f"{name}: is empty; check that the file was saved or downloaded completely")
    return data


def _reader(ext: str):
    if ext in (".txt", ".md"):
        from jmdesk.core.ingest.text import decode_text
        return decode_text
    if ext == ".docx":
        from jmdesk.core.ingest.docx import read_docx
        return read_docx
    if ext == ".pdf":
        from jmdesk.core.ingest.pdf import read_pdf
        return read_pdf
    from jmdesk.core.ingest.html import read_html
    return read_html


def _read_unknown(data: bytes, name: str, ext: str) -> str:
    """Another extension (or none): read it by its content when that is clear,
    a PDF or Word file by its signature, otherwise as text; refuse anything else."""
    if data.startswith(b"%PDF-"):
        return _reader(".pdf")(data, name)
    if data.startswith(b"PK\x03\x04") and b"word/document.xml" in data:
        return _reader(".docx")(data, name)
    from jmdesk.core.ingest.text import decode_text
    try:
        return decode_text(data, name)
    except BadInput:
        kind = f"'{ext}'" if ext else "without an extension"
        raise BadInput(f"{name}: unsupported file type {kind} that is not plain text; "
                       f"open one of {_SUPPORTED_LIST}") from None
