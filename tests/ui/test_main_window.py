"""The real main window on the bundled sample pair (2023 and 2025 reports)."""
import re

import pytest

from jmdesk.ui.main_window import MainWindow

WAIT_MS = 90_000          # reading + aligning two reports on a busy 2-core machine


@pytest.fixture
def window(qtbot, jm_app):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1500, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w._job is not None:
        w._job.cancel()
    w.pool.waitForDone(30_000)


def open_pair(qtbot, w, a, b):
    w.compare_files(str(a), str(b))
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=WAIT_MS)


@pytest.fixture
def sample_window(qtbot, window, sample):
    open_pair(qtbot, window, sample("2023"), sample("2025"))
    assert window.banner.property("level") != "error", window.banner.text()
    assert window.comparison is not None, "no comparison: " + window.banner.text()
    return window


def gdp_target_row(w):
    panel = w.view.changes
    for row, ci in enumerate(panel.visible_changes()):
        fc = w.comparison.changes[ci].figure
        if fc and fc.metric == "地区生产总值" and fc.old and fc.new and \
                (fc.old.value, fc.new.value) == (6, 5.5):
            return row, ci
    return None


def paragraph(text: str, offset: int) -> tuple[int, int]:
    return text.rfind("\n", 0, offset) + 1, (text.find("\n", offset) % (len(text) + 1))


def test_change_list_holds_the_gdp_target_change(sample_window):
    found = gdp_target_row(sample_window)
    assert found, "the change list has no 地区生产总值 6% → 5.5% change"
    row, ci = found
    cells = [sample_window.view.changes.proxy.index(row, c).data() for c in range(4)]
    assert cells[0] == "地区生产总值"
    assert cells[1].startswith("6%") and cells[2].startswith("5.5%")
    assert "0.5" in cells[3]


def test_a_target_put_into_words_shows_the_words(sample_window):
    # 2023: 固定资产投资增长6%; 2025: 固定资产投资提质提效 (DOMAIN.md's table)
    panel = sample_window.view.changes
    rows = [[panel.proxy.index(r, c).data() for c in range(4)] for r in range(panel.proxy.rowCount())]
    investment = [r for r in rows if r[0] == "固定资产投资" and r[1] == "6%"]
    assert investment and "提质提效" in investment[0][2]


def test_selecting_it_brings_both_panes_to_the_targets_paragraph(sample_window):
    w = sample_window
    found = gdp_target_row(w)
    assert found, "the change list has no 地区生产总值 6% → 5.5% change"
    w.view.changes.select_row(found[0])
    for side, doc in (("a", w.comparison.a), ("b", w.comparison.b)):
        pane = w.view.panes[side]
        # the targets paragraph is the one that states the main expected targets
        at = re.search(r"主要预期目标", doc.text).start()
        p_start, p_end = paragraph(doc.text, at)
        cursor = pane.cursor_offset()
        assert p_start <= cursor <= p_end + 200, side   # OCR pages may break the paragraph
        first, last = pane.visible_span()
        assert first <= cursor <= last, side


def test_next_and_previous_walk_the_list_in_order(sample_window):
    w = sample_window
    order = w.view.changes.visible_changes()
    assert len(order) >= 3
    steps = []
    for _ in range(3):
        w.actions["next"].trigger()
        steps.append(w.view.changes.current_change())
    assert steps == order[:3]
    w.actions["previous"].trigger()
    assert w.view.changes.current_change() == order[1]
    c = w.comparison.changes[order[1]]
    assert w.view.panes["b"].cursor_offset() in (c.b_start, c.b_end)


def test_shortcuts_are_in_the_menus(window):
    keys = {name: [s.toString() for s in window.actions[name].shortcuts()] for name in window.actions}
    assert keys["next"] == ["F8", "Ctrl+Down"]
    assert keys["previous"] == ["Shift+F8", "Ctrl+Up"]
    assert "Ctrl+F" in keys["find"]
    assert keys["larger"][0] == "Ctrl+=" and keys["smaller"] == ["Ctrl+-"]


@pytest.mark.parametrize("content, name", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "scan.pdf"),
    (b"\x00\x01\x02\x03" * 500, "garbage.txt"),
    (None, "missing.txt"),
])
def test_a_bad_file_gives_a_message_and_keeps_what_is_on_screen(qtbot, window, tmp_path, content, name, sample):
    open_pair(qtbot, window, sample("2023"), sample("2025"))
    before, a_before, b_before = window.result, window.a_path, window.b_path
    text_b = window.view.panes["b"].edit.toPlainText()
    assert before is not None
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    window.open_file("b", str(bad))
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=WAIT_MS)
    assert name in window.banner.text()
    assert window.banner.property("level") == "error"
    assert window.result is before
    assert (window.a_path, window.b_path) == (a_before, b_before)
    assert window.view.panes["b"].edit.toPlainText() == text_b
    assert str(bad.resolve()) not in window.settings.recent_files()


def test_swap_and_recent_files(qtbot, window, sample):
    open_pair(qtbot, window, sample("2023"), sample("2025"))
    window.actions["swap"].trigger()
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=WAIT_MS)
    assert (window.a_path, window.b_path) == (str(sample("2025")), str(sample("2023")))
    assert window.view.panes["a"].document.source == str(sample("2025"))
    recent = window.settings.recent_files()
    assert str(sample("2023").resolve()) in recent and str(sample("2025").resolve()) in recent


def test_text_size_and_layout_are_kept_between_sessions(qtbot, jm_app):
    w = MainWindow()
    qtbot.addWidget(w)
    size = w.settings.point_size()
    w.actions["larger"].trigger()
    w.actions["larger"].trigger()
    w.view.main_split.setSizes([300, 1100])
    w.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.settings.point_size() == size + 2
    assert again.view.panes["a"].edit.font().pointSizeF() == size + 2
    assert again.view.main_split.sizes()[0] == w.view.main_split.sizes()[0]


def test_metrics_menu_opens_the_charts_window_or_says_why_not(qtbot, window):
    window.actions["metrics"].trigger()
    try:
        import jmdesk.ui.metrics.window  # noqa: F401
    except ImportError:
        assert "not available" in window.banner.text()
    else:
        assert window._metrics_windows and window._metrics_windows[-1].isVisible()
        metrics = window._metrics_windows[-1]
        if hasattr(metrics, "busy"):
            qtbot.waitUntil(lambda: not metrics.busy(), timeout=WAIT_MS)
        metrics.close()


def test_dropping_a_file_on_a_pane_opens_it_there(qtbot, window, sample):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    pane = window.view.panes["b"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample("2025")))])
    event = QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    pane.dropEvent(event)
    qtbot.waitUntil(lambda: window.result is not None and not window.is_busy(), timeout=WAIT_MS)
    assert window.b_path == str(sample("2025")) and window.a_path is None
    assert pane.document.source == str(sample("2025"))


def test_cancel_keeps_what_is_on_screen(qtbot, window, sample):
    open_pair(qtbot, window, sample("2023"), sample("2025"))
    before = window.result
    window.compare_files(str(sample("2021")), str(sample("2025")))
    assert window.cancel_button.isVisibleTo(window) and window.is_busy()
    window.cancel_button.click()
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=WAIT_MS)
    assert window.result is before and window.a_path == str(sample("2023"))


def test_export_html_and_xlsx_through_the_save_dialog(qtbot, sample_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    for action, name in (("export_html", "cmp.html"), ("export_xlsx", "cmp.xlsx")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, t=target, **k: (str(t), "")))
        sample_window.actions[action].trigger()
        assert target.exists() and target.stat().st_size > 1000, sample_window.banner.text()
    html = (tmp_path / "cmp.html").read_text(encoding="utf-8")
    assert "5.5%" in html and "地区生产总值" in html


def test_open_at_selects_the_text_in_the_pane_that_shows_the_file(qtbot, sample_window, sample):
    doc = sample_window.comparison.b
    at = doc.text.index("主要预期目标")
    sample_window.open_at(str(sample("2025")), at)
    pane = sample_window.view.panes["b"]
    start, end = pane.selected_span()
    assert start <= at < end
    assert "主要预期目标" in doc.text[start:end] and "。" not in doc.text[start:end - 1]
    first, last = pane.visible_span()
    assert first <= at <= last


def test_keyboard_walks_changes_even_from_inside_a_pane(qtbot, sample_window):
    from PySide6.QtCore import Qt
    w = sample_window
    order = w.view.changes.visible_changes()
    edit = w.view.panes["a"].edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key_F8)
    qtbot.keyClick(edit, Qt.Key_Down, Qt.ControlModifier)
    assert w.view.changes.current_change() == order[1]
    qtbot.keyClick(edit, Qt.Key_Up, Qt.ControlModifier)
    assert w.view.changes.current_change() == order[0]
    qtbot.keyClick(edit, Qt.Key_F, Qt.ControlModifier)
    assert w.view.find_bar.isVisible()


def test_the_window_stays_responsive_while_comparing(qtbot, window, sample):
    """The event loop keeps turning while the worker reads and compares (no frozen window)."""
    import time
    from PySide6.QtCore import QTimer
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    window.compare_files(str(sample("2023")), str(sample("2025")))
    assert window.is_busy()
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=WAIT_MS)
    qtbot.wait(300)                   # showing the result happens on the GUI thread: count it
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) > 10
    assert max(gaps) < 0.5, f"the GUI thread stalled for {max(gaps):.2f} s"
