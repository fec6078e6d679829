"""Readers, one per format, each returning the document's raw text. (scaffold: replaced by the ingest work)"""
from __future__ import annotations

from pathlib import Path

from jmdesk.core.errors import BadInput


def read_raw(path: Path) -> str:
    if not path.exists():
        raise BadInput(f"{path}: no such file; check the path")
    return path.read_text(encoding="utf-8-sig")
