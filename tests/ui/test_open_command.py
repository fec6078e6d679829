"""`jmdesk` and `jmdesk open`: the app starts on the bundled pair; bad arguments get one line."""
import sys
import subprocess

import pytest

import jmdesk.ui.app as app_module


@pytest.fixture
def no_event_loop(monkeypatch, jm_app):
    monkeypatch.setattr(app_module, "_exec", lambda app: 0)
    yield
    for w in app_module._windows:
        w.close()
    app_module._windows.clear()


def test_jmdesk_alone_opens_the_two_latest_bundled_reports(qtbot, run_cli, no_event_loop, sample):
    status, _out, err = run_cli()
    assert status == 0, err
    w = app_module._windows[-1]
    assert w.isVisible()
    qtbot.waitUntil(lambda: w.result is not None or bool(w.banner.text()), timeout=90_000)
    assert w.result is not None, w.banner.text()
    assert (w.a_path, w.b_path) == (str(sample("2023")), str(sample("2025")))
    for side, name in (("a", "2023"), ("b", "2025")):
        assert w.view.panes[side].edit.toPlainText().strip()
        assert w.view.panes[side].document.source == str(sample(name))


def test_open_with_one_file_shows_it_alone(qtbot, run_cli, no_event_loop, sample):
    status, _out, err = run_cli("open", sample("2025"))
    assert status == 0, err
    w = app_module._windows[-1]
    qtbot.waitUntil(lambda: w.result is not None, timeout=90_000)
    assert w.view.panes["a"].document.source == str(sample("2025"))
    assert w.view.panes["b"].document is None and w.comparison is None


@pytest.mark.parametrize("argv, status, says", [
    (("open", "/no/such/report.pdf"), 3, "no such file"),
    (("open", "a", "b", "c"), 2, "at most two files"),
])
def test_bad_arguments_get_one_line(run_cli, argv, status, says):
    got, _out, err = run_cli(*argv)
    assert got == status
    assert err.startswith("jmdesk: ") and says in err and err.count("\n") == 1


def test_the_window_module_imports_nothing_heavy():
    code = ("import sys, jmdesk.ui.app, jmdesk.ui.main_window, jmdesk.commands.open;"
            "print(' '.join(m for m in ('pandas', 'jieba', 'pyqtgraph', 'rapidfuzz', 'pypdf', 'docx')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
