"""The QApplication: language, a CJK font, the stylesheet, then the window.

The window is shown first and the reports are read and compared afterwards in a worker, so the
first window appears fast; nothing heavy (pandas, jieba, pyqtgraph) is imported on the way.
"""
from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from jmdesk.resources import resource_path

# Fonts tried first, in order; any other font that covers Simplified Chinese comes next.
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
             "思源黑体", "Microsoft YaHei", "微软雅黑", "Microsoft YaHei UI", "PingFang SC",
             "Hiragino Sans GB", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "文泉驿微米黑",
             "Sarasa Gothic SC", "Droid Sans Fallback", "SimHei", "SimSun", "Noto Serif CJK SC")


def interface_language(system_language: QLocale.Language | None = None) -> str:
    """'zh_CN' unless the system names a language other than Chinese; JMDESK_LANG overrides.

    "Chinese by default": a system that states no language (the C/POSIX locale of many servers
    and containers) gets Chinese; a system set to English, French… gets English."""
    forced = os.environ.get("JMDESK_LANG", "").strip()
    if forced:
        return "zh_CN" if forced.lower().startswith("zh") else forced
    lang = QLocale.system().language() if system_language is None else system_language
    if lang in (QLocale.Language.Chinese, QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "zh_CN"
    return "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Our strings from resources/translations/jmdesk_<lang>.qm, Qt's own from its folder."""
    installed = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(f"jmdesk_{language}", str(resource_path("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)) or \
            qt.load(f"qt_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def find_cjk_font() -> str | None:
    """A font family on this system that can show Simplified Chinese, or None."""
    families = set(QFontDatabase.families())
    for name in CJK_FONTS:
        if name in families:
            return name
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return chinese[0] if chinese else None


def apply_font(app: QApplication) -> str | None:
    family = find_cjk_font()
    font = QFont(app.font())
    if family:
        font.setFamilies([family, *[f for f in font.families() if f != family]])
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    return family


def load_stylesheet(app: QApplication) -> None:
    parts = []
    for path in sorted(resource_path("styles").glob("*.qss")):
        parts.append(path.read_text(encoding="utf-8"))
    app.setStyleSheet("\n".join(parts))


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("jmdesk")
    app.setApplicationName("jmdesk")
    from jmdesk import __version__
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")            # the same calm look on Windows and Linux
    language = interface_language()
    app.setProperty("jmdeskLanguage", language)
    app._jmdesk_translators = install_translators(app, language)
    app.setProperty("jmdeskCjkFont", apply_font(app) or "")
    load_stylesheet(app)
    try:
        from PySide6.QtGui import QIcon
        icon = resource_path("icons", "jmdesk.svg")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    except Exception:
        pass
    return app


_windows: list = []          # windows opened by start(), kept alive (and visible to tests)


def start(a_path: str | None = None, b_path: str | None = None):
    """Create the application and show the window at once; A and B are read and compared
    afterwards in a worker, so that the window appears without waiting for them."""
    app = create_application()
    from jmdesk.ui.main_window import MainWindow
    window = MainWindow()
    _windows.append(window)
    probe = os.environ.get("JMDESK_STARTUP_PROBE")
    if probe:
        # The start-up measurement (docs/app.md): print the wall clock when the window is shown.
        delay = int(probe) if probe.isdigit() else 0
        window.firstShown.connect(lambda: (print(f"shown {time.time():.3f}", flush=True),
                                           QTimer.singleShot(delay, app.quit)))
    window.show()
    if a_path or b_path:
        QTimer.singleShot(0, lambda: window.compare_files(a_path, b_path))
    return window


def _exec(app: QApplication) -> int:
    return app.exec()


def run(a_path: str | None = None, b_path: str | None = None) -> int:
    """Open the window on A and B (either may be None) and run until it closes."""
    start(a_path, b_path)
    status = _exec(QApplication.instance())
    # a job cancelled by closing the window stops at its next stage; let it, before Python exits
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(5000)
    return status
