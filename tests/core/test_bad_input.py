"""Bad input through the command line: status 3, one line on stderr starting `jmdesk: `,
naming the file and saying what is wrong, nothing on stdout, never a traceback or a hang."""
from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path

import pytest
from conftest import sample
from test_ingest import cjk_font, make_docx, make_pdf, none_refcount_kept, paragraphs

from jmdesk.core.errors import BadInput
from jmdesk.core.ingest import MAX_BYTES, read_raw


def assert_refused(run_cli, path: Path, *words: str) -> str:
    status, out, err = run_cli("parse", path)
    assert status == 3, err
    assert out == ""
    assert err.startswith("jmdesk: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert path.name in err, err
    message = err.lower()
    assert any(word.lower() in message for word in words), err
    return err


# ---------------------------------------------------------------- files that are not there or not files

def test_missing_file(run_cli, tmp_path):
    assert_refused(run_cli, tmp_path / "2025年政府工作报告.txt", "no such file")


def test_a_folder(run_cli, tmp_path):
    folder = tmp_path / "reports.txt"
    folder.mkdir()
    assert_refused(run_cli, folder, "folder")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "　　\n\u3000\n".encode("utf-8"),
                                    "\n \n".encode("utf-16")], ids=["empty", "spaces", "ideographic spaces",
                                                                    "utf-16 spaces"])
def test_empty_or_blank_text(run_cli, tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert_refused(run_cli, path, "empty", "no text")


def test_too_large(run_cli, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:    # sparse: instant, and refused before it is read
        f.truncate(MAX_BYTES + 1)
    assert_refused(run_cli, path, "MB")


def test_seven_megabyte_single_line_is_refused_quickly(run_cli, tmp_path):
    # a report is tens of thousands of characters; 2.7 million on one line is not one
    path = tmp_path / "one-line.txt"
    path.write_bytes(("全市地区生产总值增长5.5%左右，" * 175_000).encode("utf-8"))
    assert path.stat().st_size > 7_000_000
    assert_refused(run_cli, path, "characters")


# ---------------------------------------------------------------- binary where text is expected

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
       + bytes(range(256)) * 8)


@pytest.mark.parametrize("name,content", [
    ("photo.txt", PNG),
    ("random.txt", bytes((i * 7919 + 13) % 256 for i in range(20_000))),
    ("terminal.txt", ("\x1b[31m江门\x1b[0m\x07\x08" * 500).encode("utf-8")),
    ("latin-noise.md", bytes(range(0x80, 0x100)) * 40),
], ids=["png", "random bytes", "control characters", "high bytes"])
def test_binary_content_in_a_text_file(run_cli, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    assert_refused(run_cli, path, "binary", "encoding")


# ---------------------------------------------------------------- unsupported types

@pytest.mark.parametrize("name,content,word", [
    ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".docx"),
    ("report.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".docx"),
    ("report.xyz", PNG, ".pdf"),
    ("photo.png", PNG, ".html"),
], ids=["old word", "wps", "unknown binary", "image"])
def test_unsupported_type_says_which_are_supported(run_cli, tmp_path, name, content, word):
    path = tmp_path / name
    path.write_bytes(content)
    err = assert_refused(run_cli, path, word)
    assert "supported" in err


def test_spreadsheet_is_not_mistaken_for_word(run_cli, tmp_path):
    import openpyxl
    book = openpyxl.Workbook()
    book.active["A1"] = "地区生产总值"
    book.save(tmp_path / "figures.xlsx")
    assert_refused(run_cli, tmp_path / "figures.xlsx", "supported")


# ---------------------------------------------------------------- broken .docx

def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _broken_docx(kind: str, tmp_path: Path) -> bytes:
    if kind == "truncated":
        whole = make_docx(tmp_path / "whole.docx", paragraphs("2021", limit=20)).read_bytes()
        return whole[: len(whole) // 2]
    if kind == "zip, not a docx":
        return _zip({"readme.txt": "江门".encode(), "data/table.csv": b"1,2,3"})
    if kind == "docx without its document part":
        whole = zipfile.ZipFile(make_docx(tmp_path / "whole.docx", ["江门"]))
        return _zip({n: whole.read(n) for n in whole.namelist() if n != "word/document.xml"})
    if kind == "text named .docx":
        return sample("2025").read_bytes()
    if kind == "old .doc named .docx":
        return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000)
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["truncated", "zip, not a docx", "docx without its document part",
                                  "text named .docx", "old .doc named .docx"])
def test_broken_docx(run_cli, tmp_path, kind):
    path = tmp_path / "report.docx"
    path.write_bytes(_broken_docx(kind, tmp_path))
    assert_refused(run_cli, path, "word", ".docx")


def test_docx_without_text(run_cli, tmp_path):
    path = make_docx(tmp_path / "blank.docx", ["", "  "])
    assert_refused(run_cli, path, "no text")


# ---------------------------------------------------------------- PDFs that cannot give text

def _drawing_only_pdf(path: Path) -> Path:
    """A page with a drawn frame and an image, as a scanner's PDF has: no text layer."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

    with none_refcount_kept():
        writer = QPdfWriter(str(path))
        painter = QPainter(writer)
        painter.drawRect(QRectF(100, 100, 2000, 1200))
        image = QImage(200, 100, QImage.Format_RGB32)
        image.fill(QColor(Qt.gray))
        painter.drawImage(QRectF(200, 1500, 1600, 800), image)
        painter.end()
    return path


def test_pdf_without_text_layer(qapp, run_cli, tmp_path):
    path = _drawing_only_pdf(tmp_path / "scan.pdf")
    assert path.stat().st_size > 0
    err = assert_refused(run_cli, path, "no text layer")
    assert "OCR" in err


def test_encrypted_pdf(qapp, run_cli, tmp_path):
    from pypdf import PdfReader, PdfWriter
    plain = make_pdf(tmp_path / "plain.pdf", paragraphs("2021", start="政府工作报告", limit=3), cjk_font())
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="jiangmen", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as f:
        writer.write(f)
    assert_refused(run_cli, path, "encrypted")


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128"])
def test_copy_protected_pdf_is_read_quietly(qapp, run_cli, tmp_path, caplog, algorithm):
    # many published reports forbid copying (owner password only, P = -3904): the text is
    # readable, and pdfminer's warning about it must not reach stderr
    from pypdf import PdfReader, PdfWriter
    paras = paragraphs("2021", start="政府工作报告", limit=5)
    plain = make_pdf(tmp_path / "plain.pdf", paras, cjk_font())
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="", owner_password="owner", algorithm=algorithm, permissions_flag=-3904)
    path = tmp_path / "restricted.pdf"
    with path.open("wb") as f:
        writer.write(f)
    with caplog.at_level(logging.WARNING):   # outside pytest, a warning would print to stderr
        assert read_raw(path).split("\n") == paras
    assert not [r for r in caplog.records if r.name.startswith("pdfminer")]
    status, out, err = run_cli("parse", path)
    assert status == 0 and err == "" and "江门" in out


@pytest.mark.parametrize("kind", ["truncated", "garbage after header", "html named .pdf"])
def test_broken_pdf(qapp, run_cli, tmp_path, kind):
    path = tmp_path / "report.pdf"
    if kind == "truncated":
        whole = make_pdf(tmp_path / "whole.pdf", paragraphs("2021", limit=4), cjk_font()).read_bytes()
        path.write_bytes(whole[:400])
    elif kind == "garbage after header":
        path.write_bytes(b"%PDF-1.7\n" + bytes((i * 31) % 256 for i in range(5000)))
    else:
        path.write_bytes("<html><body><p>江门市政府工作报告</p></body></html>".encode("utf-8"))
    assert_refused(run_cli, path, "not a readable pdf", "no text layer")


def test_bad_input_is_bad_input_from_read_raw_too(tmp_path):
    # the app and the library cache call read_raw directly: same error type, same message
    path = tmp_path / "photo.txt"
    path.write_bytes(PNG)
    with pytest.raises(BadInput, match="binary"):
        read_raw(path)


def test_web_page_with_only_chrome(run_cli, tmp_path):
    path = tmp_path / "index.html"
    path.write_bytes("<html><head><script>var a='江门';</script></head><body><nav>首页 新闻</nav>"
                     "<div class='footer'>版权所有</div></body></html>".encode("utf-8"))
    assert_refused(run_cli, path, "no text")


def test_long_pdf_is_refused_without_reading_to_the_end(qapp, tmp_path, monkeypatch):
    # a PDF far longer than a report stops being read once it is past the limit
    import jmdesk.core.ingest as ingest
    path = make_pdf(tmp_path / "yearbook.pdf", paragraphs("2021", start="政府工作报告", limit=40), cjk_font())
    from pypdf import PdfReader
    total = len(PdfReader(path).pages)
    monkeypatch.setattr(ingest, "MAX_CHARS", 1500)
    with pytest.raises(BadInput, match=r"more than 1,500 characters of text in its first \d+ pages") as caught:
        read_raw(path)
    read = int(re.search(r"first (\d+) pages", str(caught.value)).group(1))
    assert total >= 5 and read < total
