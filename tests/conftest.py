import os
import sys
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
