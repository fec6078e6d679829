"""The metrics window: reports read in the background into the library, listed with year and kind;
the table and the chart follow; two selected documents go to the compare window."""
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from jmdesk.core import pipeline
from jmdesk.core.library import Library
from jmdesk.ui.metrics.window import MetricsWindow
from tests.conftest import sample


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("JMDESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def open_window(qtbot, **kwargs):
    win = MetricsWindow(**kwargs)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: not win.busy(), timeout=60000)
    return win


def test_window_lists_documents_and_compares_two(qtbot, data_dir):
    compared, opened = [], []
    win = open_window(qtbot, paths=[sample("2025"), sample("2023")],
                      open_compare=lambda a, b: compared.append((Path(a).name, Path(b).name)),
                      open_source=lambda path, offset: opened.append((path, offset)))
    panel = win.library_panel
    assert panel.list.rowCount() == 2
    years = {panel.list.item(r, 2).text() for r in range(2)}
    assert years == {"2023", "2025"}
    assert {panel.list.item(r, 3).text() for r in range(2)} == {"Report"}
    assert not panel.compare_button.isEnabled()
    sel = panel.list.selectionModel()
    for r in range(2):
        sel.select(panel.list.model().index(r, 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert panel.compare_button.isEnabled()
    panel.compare_button.click()
    assert compared == [("jiangmen-2023-report.txt", "jiangmen-2025-report.txt")]   # older first

    # the table and the chart hold the figures of both
    assert win.table_panel.model.rowCount() == len(win.table_panel.model.table.frame) > 20
    chart = win.chart_panel
    assert chart.selected_metrics() == ["地区生产总值"]
    target = chart.chart.curves[("地区生产总值", "target", "%")]
    assert {int(x) for x in target.getData()[0]} >= {2023, 2025}
    # clicking the 2025 target opens the 2025 report at that figure
    spot = [p for p in target.scatter.points() if p.pos().x() == 2025]
    target.sigPointsClicked.emit(target, spot, None)
    (path, offset), = opened
    assert Path(path).name == "jiangmen-2025-report.txt"
    assert win.library.document(path).text[offset:offset + 4] == "5.5%"


def test_samples_in_one_action_and_reopened_from_the_cache(qtbot, data_dir, monkeypatch):
    win = open_window(qtbot)
    win.library_panel.samples_button.click()
    qtbot.waitUntil(lambda: not win.busy() and win.library_panel.list.rowCount() == 5, timeout=60000)
    kinds = sorted(win.library_panel.list.item(r, 3).text() for r in range(5))
    assert kinds.count("Report") >= 3
    win.close()

    calls = []
    real = pipeline.load_document
    monkeypatch.setattr(pipeline, "load_document", lambda p, progress=None: calls.append(p) or real(p))
    again = open_window(qtbot)
    assert again.library_panel.list.rowCount() == 5                     # the saved library
    assert calls == []                                                  # every document from the cache
    assert all(e.from_cache for e in again.library.entries())


def test_a_bad_file_is_listed_not_fatal(qtbot, data_dir, tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    win = open_window(qtbot, paths=[bad, sample("2025")], library=Library(data_dir / "cache"))
    rows = {win.library_panel.list.item(r, 5).text(): win.library_panel.list.item(r, 3).text()
            for r in range(win.library_panel.list.rowCount())}
    assert rows == {"broken.docx": "Unreadable", "jiangmen-2025-report.txt": "Report"}
    assert "could not be read" in win.library_panel.status_label.text()
