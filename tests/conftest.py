import os
from functools import lru_cache
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"


def sample(name: str) -> Path:
    """A bundled sample by its short name: '2021', '2023', '2025', 'digest', 'districts'."""
    files = {"2021": "jiangmen-2021-report.txt", "2023": "jiangmen-2023-report.txt",
             "2025": "jiangmen-2025-report.txt", "digest": "jiangmen-2024-report-digest.txt",
             "districts": "jiangmen-2023-district-heads.txt"}
    return SAMPLES / files[name]


@lru_cache(maxsize=None)
def sample_document(name: str):
    """A sample cleaned, outlined and read for figures with the metadata of index.json, so that
    the figure tests do not depend on the metadata stage to be right."""
    import json
    from jmdesk.core.clean import clean_text
    from jmdesk.core.document import Document, Meta
    from jmdesk.core.figures import extract_figures
    from jmdesk.core.outline import build_outline

    path = sample(name)
    entry = next(e for e in json.loads((SAMPLES / "index.json").read_text(encoding="utf-8"))["samples"]
                 if e["file"] == path.name)
    text = clean_text(path.read_text(encoding="utf-8")).text
    sections = build_outline(text)
    meta = Meta(title=entry["title"], region=entry["region"], year=entry["year"], kind=entry["kind"])
    return Document(str(path), meta, text, tuple(sections), tuple(extract_figures(text, sections, meta)))


@pytest.fixture
def run_cli(capsys):
    """Run the jmdesk command line in-process; returns (status, stdout, stderr)."""
    from jmdesk.__main__ import main

    def _run(*argv):
        try:
            status = main([str(a) for a in argv])
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return status, out, err
    return _run
