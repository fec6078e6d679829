"""Word .docx: the body's paragraphs and tables in document order, one paragraph per line.

Table cells are read where the table stands, row by row, one line per cell
paragraph; a merged cell (which python-docx repeats for every grid column it
spans) is read once. Word's automatic numbering (`一、` kept in numbering.xml)
is put back in front of its paragraph (docx_numbering.py). Page headers,
footers and footnotes are left out: in a report they repeat the title or the
page number.
"""
from __future__ import annotations

import io

from jmdesk.core.errors import BadInput
from jmdesk.core.ingest.text import normalise_newlines

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc / .wps / .xls


def read_docx(data: bytes, name: str) -> str:
    if data.startswith(_OLE_SIGNATURE):
        raise BadInput(f"{name}: is an old Word (.doc) file with a .docx name; "
                       "open it in Word or WPS and save it as .docx")
    document = _open(data, name)
    from jmdesk.core.ingest.docx_numbering import Numbering

    lines: list[str] = []
    try:
        _collect(document, lines, Numbering(document))
    except Exception as exc:  # a damaged body part: python-docx raises many kinds
        raise BadInput(f"{name}: the Word document is damaged ({type(exc).__name__}); "
                       "open it in Word or WPS and save it again as .docx") from None
    return normalise_newlines("\n".join(lines))


def _open(data: bytes, name: str):
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception:  # not a zip, truncated zip, missing parts, wrong content type
        raise BadInput(f"{name}: is not a readable Word .docx file (damaged, truncated or another format); "
                       "open it in Word or WPS and save it again as .docx") from None


def _collect(container, lines: list[str], numbering) -> None:
    """Paragraphs and tables of a document body or a table cell, in order."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            _collect_table(block, lines, numbering)
        else:
            text, number = block.text, numbering.prefix(block._p)  # an empty item still counts
            lines.append(number + text if text.strip() else text)


def _collect_table(table, lines: list[str], numbering) -> None:
    seen = set()  # cell elements already read (kept alive here, so identity holds); merged cells repeat
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            cell_lines: list[str] = []
            _collect(cell, cell_lines, numbering)
            lines.extend(line for line in cell_lines if line.strip())  # empty cells add nothing
