"""From a file on disk to a Document: import, repair, outline, metadata, figures.

Each stage is its own module; this one only chains them, so that the command
line, the app's workers and the library cache all read a report the same way.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from jmdesk.core.document import Document

Progress = Callable[[str], None]


def parse_text(raw: str, source: str = "", progress: Progress | None = None) -> Document:
    """Clean and analyse already-decoded text."""
    from jmdesk.core import clean, figures, meta, outline

    step = progress or (lambda _stage: None)
    step("clean")
    cleaned = clean.clean_text(raw)
    step("outline")
    sections = outline.build_outline(cleaned.text, marks=cleaned.marks)
    step("meta")
    info = meta.extract_meta(cleaned.text, sections, source=source)
    step("figures")
    figs = figures.extract_figures(cleaned.text, sections, info)
    return Document(source=source, meta=info, text=cleaned.text, sections=tuple(sections),
                    figures=tuple(figs), misreadings=tuple(cleaned.misreadings),
                    offset_map=tuple(cleaned.offset_map))


def load_document(path: str | Path, progress: Progress | None = None) -> Document:
    """Read any supported file and analyse it. Raises BadInput for unusable files."""
    from jmdesk.core.ingest import read_raw

    step = progress or (lambda _stage: None)
    step("read")
    raw = read_raw(Path(path))
    return parse_text(raw, source=str(path), progress=progress)
