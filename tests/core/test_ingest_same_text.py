"""Issue 2's "done when": the same report as .docx, .pdf, .html, GB18030, UTF-16 and
UTF-8 with BOM parses to the same cleaned text as the UTF-8 .txt.

What is compared, exactly: `load_document(path).text` (import, then the repair
stage) character for character, against `load_document(...)` of a UTF-8 .txt with
the same paragraphs. The report is the bundled 2021 sample (a web copy: its
paragraphs are separated by blank lines).
- encodings: the sample's own bytes re-encoded, against the sample itself;
- .docx: one Word paragraph per non-empty line of the sample;
- .html: the first line as the page's <h1>, the rest as <p>s, inside a government
  site's chrome (navigation, breadcrumb, share links, comments, footer, script);
- .pdf: the report's first part, up to the paragraph before the first Latin
  letter followed by a digit (`PM2.5`): Qt's PDF writer gives no Unicode for the
  digits it shapes inside Latin runs, so those come back as U+FFFD (see
  test_ingest.py); a PDF from Word or WPS does not have this problem. The
  paragraph structure survives the PDF (indents and short last lines), so the
  cleaned text is compared exactly here too, not only with whitespace removed.
"""
from __future__ import annotations

import re

import pytest
from conftest import sample
from test_ingest import cjk_font, make_docx, make_html, make_pdf, paragraphs

from jmdesk.core.pipeline import load_document


@pytest.fixture(scope="module")
def reference():
    return load_document(sample("2021")).text


ENCODINGS = [("gb18030", b"", ".txt"), ("utf-16-le", b"\xff\xfe", ".txt"), ("utf-16-be", b"\xfe\xff", ".txt"),
             ("utf-8", b"\xef\xbb\xbf", ".txt"), ("gb18030", b"", ".md")]


@pytest.mark.parametrize("codec,bom,ext", ENCODINGS,
                         ids=["GB18030", "UTF-16 LE", "UTF-16 BE", "UTF-8 with BOM", "GB18030 .md"])
def test_encodings_parse_to_the_same_text(tmp_path, reference, codec, bom, ext):
    path = tmp_path / f"report{ext}"
    path.write_bytes(bom + sample("2021").read_text(encoding="utf-8").encode(codec))
    assert load_document(path).text == reference


def test_docx_parses_to_the_same_text(tmp_path, reference):
    path = make_docx(tmp_path / "report.docx", paragraphs("2021"))
    assert load_document(path).text == reference


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_html_parses_to_the_same_text(tmp_path, reference, encoding):
    lines = paragraphs("2021")
    path = make_html(tmp_path / "report.html", lines[1:], title=lines[0], encoding=encoding)
    assert load_document(path).text == reference


def test_pdf_parses_to_the_same_text(qapp, tmp_path):
    lines = paragraphs("2021")
    first_latin_digit = next(i for i, line in enumerate(lines) if re.search(r"[A-Za-z]\d", line))
    part = lines[:first_latin_digit]
    assert sum(map(len, part)) > 5000          # several pages, page breaks inside paragraphs
    txt = tmp_path / "part.txt"
    txt.write_text("\n\n".join(part) + "\n", encoding="utf-8")
    pdf = make_pdf(tmp_path / "part.pdf", part, cjk_font())
    want, got = load_document(txt).text, load_document(pdf).text
    assert re.sub(r"\s", "", got) == re.sub(r"\s", "", want)   # every character, in order
    assert got == want                                          # and the paragraphs too
