"""PDF with a text layer: pages in order, layout line breaks joined, one paragraph per line.

The extractor is pdfminer.six (measured against pypdf in docs/import.md: the
same Chinese text, but pdfminer gives each line's position, which is what tells
a paragraph break from a line the page width broke, and it marks glyphs it
cannot map as (cid:N) where pypdf returns made-up letters).

A line starts a new paragraph when
- it is indented (a first line, a centred heading), or
- the line before stopped short of the right margin (the last line of a
  paragraph, a heading), unless that line ends on a comma-like mark or the line
  breaker had to stop short because the next line starts with a unit it cannot
  split (a number, a Latin word, a character glued to quotes), or
- the gap above it is larger than the page's usual line pitch.
Otherwise it continues the line before: joined with no space (a space only
between two Latin letters or digits). Page numbers at the top or foot of a page,
and a running header or footer repeated on most pages, are dropped.
"""
from __future__ import annotations

import io
import logging
import re
import statistics
from dataclasses import dataclass

from jmdesk.core.errors import BadInput
from jmdesk.core.ingest.cjk import pdf_glyph_artifacts

_PAGE_NUMBER = re.compile(
    r"[-—–－_·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*(?:/|共)\s*\d{1,4}\s*页?)?[-—–－_·\s]*"
    r"|[-—–－_\s]*(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-—–－_\s]*")
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_DIGITS = re.compile(r"\d+")
_LATIN_END = re.compile(r"[A-Za-z0-9]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")
_ASCII_WORD = re.compile(r"[A-Za-z0-9.,%+\-/:]")
_QUOTES = set("“”‘’\"'")  # UAX #14 class QU: no break on either side
_NO_BREAK_BEFORE = set("，。、：；！？）》」』】〕…%％·,.;:!?)]}") | _QUOTES
_NO_BREAK_AFTER = set("（《「『【〔([{") | _QUOTES
# A paragraph or a heading never ends on these: a line ending on one was wrapped.
_MID_SENTENCE = set("，、,（(“‘《〈【—-/")

INDENT_EMS = 0.8      # a line starting this many character widths right of the margin is indented
SHORT_EMS = 1.5       # a line may stop this many character widths short and still be wrapped
GAP_FACTOR = 1.5      # a line pitch this much larger than the usual one is a paragraph gap
UNMAPPED_LIMIT = 0.3  # above this share of unmappable glyphs the text layer is unusable


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    y0: float  # baseline side (PDF y grows upwards)
    y1: float
    page_width: float


def read_pdf(data: bytes, name: str) -> str:
    pages = _pages(data, name)
    if not any(line.text.strip() for page in pages for line in page):
        raise BadInput(f"{name}: has no text layer (a scanned PDF?): run OCR first and open "
                       "the recognised text, or get the report as .docx, .html or .txt")
    text = _UNMAPPED.sub("\ufffd", _paragraphs(pages))
    if text.count("\ufffd") / max(1, len(re.sub(r"\s", "", text))) > UNMAPPED_LIMIT:
        raise BadInput(f"{name}: its fonts have no Unicode map, so its text cannot be read; "
                       "run OCR on it or get the report in another format")
    return pdf_glyph_artifacts(text)


def _pages(data: bytes, name: str) -> list[list[Line]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    # pdfminer logs warnings (e.g. "should not allow text extraction" for a copy-protected
    # report) that Python would print to stderr, where the command line promises one line
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    from jmdesk.core.ingest import MAX_CHARS

    pages: list[list[Line]] = []
    chars = 0
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            lines = []
            for box in page:
                if not isinstance(box, LTTextContainer):
                    continue
                for item in (box if not isinstance(box, LTTextLine) else [box]):
                    if isinstance(item, LTTextLine):
                        text = item.get_text().replace("\t", " ").strip(" \n")
                        if text:
                            lines.append(Line(text, item.x0, item.x1, item.y0, item.y1, page.width))
                            chars += len(text)
            pages.append(lines)
            if chars > MAX_CHARS:  # stop early: a few seconds a hundred pages
                raise BadInput(f"{name}: has more than {MAX_CHARS:,} characters of text in its first "
                               f"{len(pages)} pages, more than a report can have; open the report itself")
    except BadInput:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise BadInput(f"{name}: is encrypted (password-protected); open it in a PDF reader "
                       "and save an unprotected copy, then open that") from None
    except Exception as exc:  # pdfminer raises many kinds for damaged files
        raise BadInput(f"{name}: is not a readable PDF ({type(exc).__name__}: damaged or truncated?); "
                       "download or export it again") from None
    return _without_running_lines(pages)


def _without_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop page numbers and running headers/footers: the top or bottom line of a
    page that is a page number, or that repeats (digits aside) on most pages."""
    edges = [_top_and_bottom(lines) for lines in pages]
    seen: dict[str, int] = {}
    for pair in edges:
        for key in {_DIGITS.sub("#", ln.text) for ln in pair}:
            seen[key] = seen.get(key, 0) + 1
    running = {key for key, n in seen.items() if len(pages) >= 3 and n >= max(3, len(pages) / 2)}
    kept = []
    for lines, pair in zip(pages, edges):
        drop = [ln for ln in pair if _PAGE_NUMBER.fullmatch(ln.text) or _DIGITS.sub("#", ln.text) in running]
        kept.append([ln for ln in lines if not any(ln is d for d in drop)])
    return kept


def _top_and_bottom(lines: list[Line]) -> list[Line]:
    if len(lines) < 2:
        return []
    top = max(lines, key=lambda ln: ln.y1)
    bottom = min(lines, key=lambda ln: ln.y0)
    return [top, bottom]


def _paragraphs(pages: list[list[Line]]) -> str:
    paragraphs: list[list[str]] = []   # each a list of line texts, joined at the end (linear)
    prev: Line | None = None
    edges = _edges([line for lines in pages for line in lines])
    for lines in pages:
        pitch = _pitch(lines)
        for i, line in enumerate(lines):
            # the gap rule only holds within a page: a page break is no gap
            if prev is None or _starts_paragraph(prev, line, edges, pitch if i else None):
                paragraphs.append([line.text])
            else:
                paragraphs[-1].append(_separator(prev.text, line.text) + line.text)
            prev = line
    return "\n".join("".join(parts) for parts in paragraphs)


def _edges(lines: list[Line]) -> tuple[float, float, float]:
    """Left and right margin of the document's text, and its character width (em).
    Taken over the whole document: a page of one-line paragraphs has no margin of its
    own. The right margin is at least as far in as the left one (pages are laid out
    about symmetrically), so that a document whose paragraphs all fit on one line
    still shows them stopping short."""
    em = statistics.median(ln.y1 - ln.y0 for ln in lines)
    left = min(ln.x0 for ln in lines)
    right = max(max(ln.x1 for ln in lines), min(ln.page_width for ln in lines) - left)
    return left, right, em


def _pitch(lines: list[Line]) -> float | None:
    steps = [a.y0 - b.y0 for a, b in zip(lines, lines[1:]) if a.y0 > b.y0]
    return statistics.median(steps) if steps else None


def _starts_paragraph(prev: Line, line: Line, edges, pitch: float | None) -> bool:
    left, right, em = edges
    if line.x0 > left + INDENT_EMS * em:
        return True
    if prev.x1 < right - _wrap_room(line.text, em) and prev.text[-1] not in _MID_SENTENCE:
        return True
    if pitch is not None and line.y0 < prev.y0 and prev.y0 - line.y0 > GAP_FACTOR * pitch:
        return True
    return False


def _wrap_room(next_text: str, em: float) -> float:
    """How far short of the margin a wrapped line may stop: the width of the next
    line's first unbreakable unit (the line breaker could not fit it), plus slack."""
    n = 1
    while n < len(next_text) and _no_break(next_text[n - 1], next_text[n]):
        n += 1
    unit = sum(0.7 if ch.isascii() else 1.0 for ch in next_text[:n])
    return max(SHORT_EMS, unit + 1.0) * em


def _no_break(before: str, after: str) -> bool:
    """Line-breaking rules (after UAX #14) that glue two characters together."""
    if _ASCII_WORD.match(before) and (_ASCII_WORD.match(after) or after in "(（"):
        return True
    return after in _NO_BREAK_BEFORE or before in _NO_BREAK_AFTER


def _separator(before: str, after: str) -> str:
    return " " if _LATIN_END.search(before) and _LATIN_START.search(after) else ""
