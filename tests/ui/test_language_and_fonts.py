"""Language (Chinese by default, English where the system speaks another language) and fonts."""
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from jmdesk.ui import app as app_module
from jmdesk.ui.main_window import MainWindow

L = QLocale.Language


@pytest.mark.parametrize("system, forced, expected", [
    (L.Chinese, "", "zh_CN"),
    (L.C, "", "zh_CN"),              # no language stated (servers, containers): Chinese
    (L.English, "", "en"),
    (L.French, "", "en"),
    (L.English, "zh", "zh_CN"),      # JMDESK_LANG wins
    (L.Chinese, "en", "en"),
])
def test_interface_language(monkeypatch, system, forced, expected):
    monkeypatch.setenv("JMDESK_LANG", forced)
    assert app_module.interface_language(system) == expected


@pytest.fixture
def chinese(jm_app):
    installed = app_module.install_translators(jm_app, "zh_CN")
    yield installed
    for t in installed:
        jm_app.removeTranslator(t)


def test_the_menus_speak_chinese_with_the_compiled_translation(qtbot, chinese):
    assert chinese, "resources/translations/jmdesk_zh_CN.qm did not load"
    w = MainWindow()
    qtbot.addWidget(w)
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "查看(&V)", "工具(&T)", "帮助(&H)"]
    assert w.actions["next"].text() == "下一处变化"
    assert w.view.changes.model.headers()[1] == "旧（A）"


def test_english_menus_without_a_translator(qtbot, jm_app):
    w = MainWindow()
    qtbot.addWidget(w)
    assert [a.text() for a in w.menuBar().actions()][0] == "&File"


def test_missing_chinese_font_is_said_in_the_window(qtbot, jm_app, monkeypatch):
    monkeypatch.setattr(app_module, "find_cjk_font", lambda: None)
    assert app_module.apply_font(jm_app) is None
    jm_app.setProperty("jmdeskCjkFont", "")
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        assert "No Chinese font" in w.banner.text()
    finally:
        jm_app.setProperty("jmdeskCjkFont", app_module.apply_font(jm_app) or "")


def test_a_chinese_font_is_used_when_the_system_has_one(jm_app):
    family = app_module.find_cjk_font()
    if family is None:
        pytest.skip("this machine has no CJK font (the window says so; see the test above)")
    assert family in QApplication.font().families()


def test_every_interface_string_has_a_chinese_translation(tmp_path):
    """The .ts is up to date with the source (lupdate finds nothing new) and fully translated."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ts = tmp_path / "jmdesk_zh_CN.ts"
    shutil.copy(root / "resources" / "translations" / "jmdesk_zh_CN.ts", ts)
    if lupdate.exists():
        sources = [str(p) for p in sorted((root / "jmdesk" / "ui").rglob("*.py"))]  # as update.sh
        subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(ts)], check=True,
                       capture_output=True)
    untranslated = [m.findtext("source") for m in ET.parse(ts).iter("message")
                    if not (m.findtext("translation") or "").strip()
                    or m.find("translation").get("type") == "unfinished"]
    assert untranslated == []
