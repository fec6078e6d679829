"""The engine is importable and usable on a machine without a screen: no Qt, no pyqtgraph,
and the heavy libraries only when a function needs them (docs/architecture.md)."""
import subprocess
import sys
from pathlib import Path

import jmdesk.core

CORE = Path(jmdesk.core.__file__).parent


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_importing_every_engine_module_pulls_in_no_qt():
    names = sorted("jmdesk.core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
                   for p in CORE.rglob("*.py") if p.name != "__init__.py")
    loaded = _modules_after("\n".join(f"import {n}" for n in names))
    assert not {m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")}


def test_parsing_a_report_loads_no_qt_and_no_pandas(tmp_path):
    from conftest import sample
    loaded = _modules_after(f"from jmdesk.core.pipeline import load_document\n"
                            f"load_document({str(sample('2025'))!r})")
    assert not {m for m in loaded if m.split(".")[0] in ("PySide6", "pyqtgraph", "pandas")}


def test_a_comparison_loads_none_of_the_slow_to_import_helpers():
    """`jmdesk compare` is measured against a time budget (docs/benchmark.md): the compare
    path keeps to named tuples and records (no dataclasses, which load inspect, ~5 ms a
    run), asks os for the terminal width (no shutil) and never touches pandas or jieba."""
    from conftest import sample
    loaded = _modules_after("import sys\n"
                            f"sys.argv = ['jmdesk', 'compare', {str(sample('2023'))!r}, {str(sample('2025'))!r}]\n"
                            "import io, contextlib\n"
                            "from jmdesk.__main__ import main\n"
                            "with contextlib.redirect_stdout(io.StringIO()):\n"
                            "    main(sys.argv[1:])")
    assert "jmdesk.core.compare" in loaded
    assert not loaded & {"dataclasses", "inspect", "shutil", "pandas", "jieba"}
