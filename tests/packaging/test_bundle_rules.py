"""The build's leave-out rules (packaging/bundle_rules.py) on real destination paths of three platforms."""
from __future__ import annotations

import sys
import tomllib
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_rules  # noqa: E402

KEPT = [
    "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6DBus.so.6",
    "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",                 # pyqtgraph imports QtOpenGLWidgets
    "PySide6/Qt/lib/libQt6XcbQpa.so.6", "PySide6/Qt/lib/libicudata.so.73",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqminimal.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",   # Chinese input methods
    "PySide6/Qt/translations/qtbase_zh_CN.qm", "PySide6/Qt/translations/qt_zh_TW.qm",
    "PySide6\\plugins\\platforms\\qwindows.dll", "PySide6\\Qt6Widgets.dll",
    "PySide6\\translations\\qtbase_zh_CN.qm",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib", "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
    "jieba/dict.txt", "jieba/finalseg/prob_emit.py",
    "resources/samples/jiangmen-2025-report.txt", "resources/translations/jmdesk_zh_CN.qm", "pyproject.toml",
    "numpy.libs/libscipy_openblas64_-fdb1f7f5.so",
]
DROPPED = [
    "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/lib/libQt6QuickControls2Material.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6LabsStyleKit.so.6",
    "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/translations/qtdeclarative_zh_CN.qm",
    "PySide6/Qt/translations/designer_zh_CN.qm",
    "PySide6\\opengl32sw.dll", "PySide6\\Qt6Quick.dll", "PySide6\\plugins\\platforms\\qdirect2d.dll",
    "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", "PySide6/Qt/qml/QtQuick/Controls/qmldir",
    "jieba/lac_small/model_baseline/crfw", "jieba/finalseg/prob_emit.p", "jieba/posseg/char_state_tab.p",
]


@pytest.mark.parametrize("dest", KEPT)
def test_kept(dest):
    assert not bundle_rules.unwanted(dest)


@pytest.mark.parametrize("dest", DROPPED)
def test_dropped(dest):
    assert bundle_rules.unwanted(dest)


def test_jieba_keywords_kept_only_when_used():
    assert bundle_rules.unwanted("jieba/analyse/idf.txt", jieba_analyse_used=False)
    assert not bundle_rules.unwanted("jieba/analyse/idf.txt", jieba_analyse_used=True)


def test_windows_version_resource_parses_and_carries_pyproject_version(monkeypatch):
    # PyInstaller reads the file with eval() in its versioninfo module, which imports pefile and win32api
    # (Windows only); neither is needed to build the structure and its bytes.
    compat = pytest.importorskip("PyInstaller.compat")
    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(compat, "win32api", types.ModuleType("win32api"), raising=False)
    versioninfo = pytest.importorskip("PyInstaller.utils.win32.versioninfo")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    text = bundle_rules.windows_version_text(project)
    info = eval(text, vars(versioninfo))  # what load_version_info_from_text_file does
    raw = info.toRaw()
    assert project["version"].encode("utf-16-le") in raw
    major, minor, patch = (int(n) for n in project["version"].split(".")[:3])
    assert info.ffi.fileVersionMS == (major << 16) | minor and info.ffi.fileVersionLS == patch << 16


def test_libraries_left_behind_by_a_dropped_plugin_go_too():
    # The GTK theme plugin was dropped; GTK and cairo were collected only for it. Qt's xcb plugin needs
    # libxcb-cursor; libpython and everything in subfolders always stay.
    binaries = [
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/sp/libqxcb.so", "BINARY"),
        ("python3.11/lib-dynload/_ssl.so", "/py/_ssl.so", "EXTENSION"),
        ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", "/sp/_cffi_backend.so", "EXTENSION"),  # imported
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libxcb-render-util.so.0", "/usr/lib/libxcb-render-util.so.0", "BINARY"),
        ("libssl.so.3", "/usr/lib/libssl.so.3", "BINARY"),
        ("libcrypto.so.3", "/usr/lib/libcrypto.so.3", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
    ]
    needs = {"/sp/libqxcb.so": ["libxcb-cursor.so.0", "libc.so.6"],
             "/usr/lib/libxcb-cursor.so.0": ["libxcb-render-util.so.0"],
             "/py/_ssl.so": ["libssl.so.3"], "/usr/lib/libssl.so.3": ["libcrypto.so.3"],
             "/usr/lib/libgtk-3.so.0": ["libcairo.so.2"]}
    kept = [d for d, _, _ in bundle_rules.reachable_only(binaries, lambda src: needs.get(src, []))]
    assert kept == [d for d, _, _ in binaries[:8]]


@pytest.mark.parametrize("dest, system", [
    ("libstdc++.so.6", True), ("libfontconfig.so.1", True), ("libxcb-icccm.so.4", True),
    ("libX11.so.6", True),
    ("libxkbcommon-x11.so.0", True), ("libglib-2.0.so.0", True),
    ("libssl.so.3", False), ("libz.so.1", False), ("libpython3.11.so.1.0", False),
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", False), ("numpy.libs/libgfortran-040039e1.so.5.0.0", False),
])
def test_system_libraries_left_to_the_system(dest, system):
    assert bundle_rules.system_library(dest) == system


def test_links_to_dropped_libraries_are_dropped():
    entries = [("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
               ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
               ("resources/samples/index.json", "/src/resources/samples/index.json", "DATA")]
    kept = bundle_rules.without_dangling_links(entries, {"PySide6/Qt/lib/libQt6Core.so.6"})
    assert [d for d, _, _ in kept] == ["libQt6Core.so.6", "resources/samples/index.json"]


@pytest.mark.parametrize("dest, own", [
    ("jmdesk.egg-info/PKG-INFO", True), ("jmdesk-0.1.0.dist-info/METADATA", True),
    ("numpy-2.4.6.dist-info/METADATA", False), ("jmdesk/__init__.pyc", False), ("pyproject.toml", False),
])
def test_own_metadata_left_out_so_the_version_comes_from_pyproject(dest, own):
    assert bundle_rules.own_metadata(dest) == own
