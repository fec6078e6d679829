"""The main window: menus, the compare view, progress, messages and settings.

It holds no logic the command line needs: reading and comparing are jmdesk.core's, run through
jmdesk.ui.workers; what goes where on screen is jmdesk.ui.compare's."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QThreadPool, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox,
                               QProgressBar, QPushButton, QToolBar, QVBoxLayout, QWidget)

from jmdesk.core.document import Comparison
from jmdesk.ui.banner import Banner
from jmdesk.ui.compare.pane import display_title
from jmdesk.ui.compare.view import CompareView
from jmdesk.ui.settings import AppSettings
from jmdesk.ui.workers import CompareJob, CompareRequest, CompareResult, file_key

OPEN_FILTER = "Reports (*.txt *.md *.docx *.pdf *.html *.htm);;All files (*)"
MIN_POINT, MAX_POINT = 9.0, 28.0


class MainWindow(QMainWindow):
    firstShown = Signal()
    comparisonShown = Signal()        # a new comparison (or documents) is on screen
    jobFailed = Signal(str)

    def __init__(self, settings: AppSettings | None = None, parent=None):
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self.a_path: str | None = None
        self.b_path: str | None = None
        self.result: CompareResult | None = None
        self._docs: dict = {}                  # file_key -> Document, so swap needs no re-reading
        self._job: CompareJob | None = None
        self._job_id = 0
        self._pending_offset: tuple[str, int] | None = None
        self._shown_once = False
        self._metrics_windows = []
        self.pool = QThreadPool.globalInstance()

        self.setObjectName("mainWindow")
        self.setWindowTitle("jmdesk")
        self.setAcceptDrops(False)
        self.view = CompareView()
        self.view.fileDropped.connect(self._dropped)
        self.banner = Banner()
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.banner)
        lay.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._restore()
        self._update_actions()
        font = QApplication.instance().property("jmdeskCjkFont") if QApplication.instance() else ""
        if not font:
            self.no_font_label = QLabel(self.tr("No Chinese font"))
            self.no_font_label.setStyleSheet("color:#8A5A00;font-weight:bold")
            self.statusBar().addPermanentWidget(self.no_font_label)
            self.show_message(self.tr("No Chinese font was found on this system, so Chinese text may "
                                      "show as empty squares. Install a CJK font such as Noto Sans "
                                      "CJK SC (Debian/Ubuntu: fonts-noto-cjk) and restart jmdesk."),
                              "warning")

    # --- building -------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.stage_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_job)
        for w in (self.stage_label, self.progress, self.cancel_button):
            bar.addPermanentWidget(w)
            w.hide()
        self.summary_label = QLabel()
        bar.addWidget(self.summary_label)

    def _action(self, name: str, text: str, slot, shortcuts=(), checkable=False) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcuts:
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
        act.setCheckable(checkable)
        act.triggered.connect(slot)
        self.actions[name] = act
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        self.actions: dict[str, QAction] = {}
        a = self._action
        a("open_a", self.tr("Open A (older)…"), lambda: self.open_dialog("a"), ["Ctrl+O"])
        a("open_b", self.tr("Open B (newer)…"), lambda: self.open_dialog("b"), ["Ctrl+Shift+O"])
        a("swap", self.tr("Swap A and B"), self.swap, ["Ctrl+Shift+S"])
        a("reload", self.tr("Reload"), self.reload, [QKeySequence.Refresh])
        a("export_html", self.tr("Export HTML…"), self.export_html, ["Ctrl+E"])
        a("export_xlsx", self.tr("Export XLSX…"), self.export_xlsx, ["Ctrl+Shift+E"])
        a("quit", self.tr("Quit"), self.close, [QKeySequence.Quit, "Ctrl+Q"])
        a("find", self.tr("Find in both reports…"), self.view.open_find, [QKeySequence.Find])
        a("next", self.tr("Next change"), self.next_change, ["F8", "Ctrl+Down"])
        a("previous", self.tr("Previous change"), self.previous_change, ["Shift+F8", "Ctrl+Up"])
        a("larger", self.tr("Larger text"), lambda: self.change_text_size(+1), ["Ctrl+=", "Ctrl++"])
        a("smaller", self.tr("Smaller text"), lambda: self.change_text_size(-1), ["Ctrl+-"])
        a("punctuation", self.tr("Punctuation differences count"), self.toggle_punctuation,
          checkable=True).setChecked(self.settings.punctuation_counts())
        a("metrics", self.tr("Metrics and charts…"), self.open_metrics, ["Ctrl+M"])
        a("about", self.tr("About jmdesk"), self.about)

    def _build_menus(self) -> None:
        m = self.menuBar()
        f = m.addMenu(self.tr("&File"))
        f.addActions([self.actions["open_a"], self.actions["open_b"]])
        self.recent_menu = f.addMenu(self.tr("Recent files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        f.addSeparator()
        f.addActions([self.actions["swap"], self.actions["reload"]])
        f.addSeparator()
        f.addActions([self.actions["export_html"], self.actions["export_xlsx"]])
        f.addSeparator()
        f.addAction(self.actions["quit"])
        m.addMenu(self.tr("&Edit")).addAction(self.actions["find"])
        v = m.addMenu(self.tr("&View"))
        v.addActions([self.actions["next"], self.actions["previous"]])
        v.addSeparator()
        v.addActions([self.actions["larger"], self.actions["smaller"]])
        v.addSeparator()
        v.addAction(self.actions["punctuation"])
        m.addMenu(self.tr("&Tools")).addAction(self.actions["metrics"])
        m.addMenu(self.tr("&Help")).addAction(self.actions["about"])
        self._fill_recent()

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Main"))
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonTextOnly)
        for name in ("open_a", "open_b", "swap", None, "previous", "next", "find", None,
                     "export_html", "metrics"):
            if name is None:
                tb.addSeparator()
            else:
                tb.addAction(self.actions[name])
        self.addToolBar(tb)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = [f for f in self.settings.recent_files() if Path(f).exists()]
        for path in files:
            sub = self.recent_menu.addMenu(Path(path).name)
            sub.setToolTip(path)
            sub.addAction(self.tr("Open as A (older)"), lambda p=path: self.open_file("a", p))
            sub.addAction(self.tr("Open as B (newer)"), lambda p=path: self.open_file("b", p))
        if not files:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), self.settings.clear_recent)

    # --- opening and comparing --------------------------------------------------------------
    @property
    def comparison(self) -> Comparison | None:
        return self.result.comparison if self.result else None

    def compare_files(self, a_path: str | None, b_path: str | None) -> None:
        """Read (and compare) A and B in the background; the current view stays until it is done."""
        if self._job is not None:
            self._job.cancel()
        self._job_id += 1
        req = CompareRequest(str(a_path) if a_path else None, str(b_path) if b_path else None,
                             self.settings.punctuation_counts(), dict(self._docs))
        job = CompareJob(self._job_id, req, owner=self)
        job.signals.progress.connect(self._job_progress)
        job.signals.finished.connect(self._job_finished)
        job.signals.failed.connect(self._job_failed)
        job.signals.cancelled.connect(self._job_cancelled)
        for sig in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            sig.connect(job.signals.deleteLater)     # after the handlers above
        self._job = job
        self._set_busy(True, self.tr("Reading…"))
        for side, path in (("a", req.a_path), ("b", req.b_path)):
            if path:
                self.view.panes[side].show_pending(path)
        self.pool.start(job)

    def open_file(self, side: str, path: str) -> None:
        a, b = (path, self.b_path) if side == "a" else (self.a_path, path)
        self.compare_files(a, b)

    def open_dialog(self, side: str) -> None:
        title = self.tr("Open report A (older)") if side == "a" else self.tr("Open report B (newer)")
        start = getattr(self, f"{side}_path") or (self.settings.recent_files() or [str(Path.home())])[0]
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path(start).parent), OPEN_FILTER)
        if path:
            self.open_file(side, path)

    def open_at(self, path: str, offset: int) -> None:
        """Show `path` with the sentence at `offset` selected (the charts' "open source")."""
        resolved = str(Path(path).resolve())
        for side in ("a", "b"):
            current = getattr(self, f"{side}_path")
            if current and str(Path(current).resolve()) == resolved:
                self.view.panes[side].show_sentence(offset)
                self.raise_()
                self.activateWindow()
                return
        self._pending_offset = ("a", offset)
        self.compare_files(path, None)
        self.raise_()

    def swap(self) -> None:
        if self.a_path or self.b_path:
            self.compare_files(self.b_path, self.a_path)

    def reload(self) -> None:
        self._docs.clear()
        if self.a_path or self.b_path:
            self.compare_files(self.a_path, self.b_path)

    def cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.stage_label.setText(self.tr("Cancelling…"))

    def is_busy(self) -> bool:
        return self._job is not None

    def _dropped(self, side: str, path: str) -> None:
        self.open_file(side, path)

    def _stage_text(self, stage: str) -> str:
        names = {"read": self.tr("reading"), "clean": self.tr("repairing the text"),
                 "outline": self.tr("finding the sections"), "meta": self.tr("title and date"),
                 "figures": self.tr("finding the figures"), "align + diff": self.tr("aligning and comparing"),
                 "done": self.tr("done")}
        side, _, step = stage.rpartition(": ")
        return (f"{side}: " if side else "") + names.get(step, step)

    def _job_progress(self, job_id: int, stage: str, percent: int) -> None:
        if job_id == self._job_id:
            self.progress.setValue(percent)
            self.stage_label.setText(self._stage_text(stage))

    def _job_finished(self, job_id: int, result: CompareResult) -> None:
        if job_id != self._job_id:
            return                    # an older job, superseded
        req = self._job.request
        self._job = None
        self._set_busy(False)
        self.result = result
        self.a_path, self.b_path = req.a_path, req.b_path
        for path, doc in ((req.a_path, result.a), (req.b_path, result.b)):
            if path and doc is not None:
                try:
                    self._docs[file_key(path)] = doc
                except OSError:
                    pass
                self.settings.add_recent(path)
        if result.comparison is not None:
            self.view.set_comparison(result.comparison)
            self.banner.hide() if self.banner.property("level") == "error" else None
        else:
            self.view.set_documents(result.a, result.b)
        if result.note == "compare-engine-missing":
            self.show_message(self.tr("The comparison engine (jmdesk.core.compare) is not available in "
                                      "this build: the reports are shown without highlights."), "warning")
        if self._pending_offset:
            side, offset = self._pending_offset
            self._pending_offset = None
            self.view.panes[side].show_sentence(offset)
        self._update_actions()
        self.comparisonShown.emit()

    def _job_failed(self, job_id: int, message: str) -> None:
        if job_id != self._job_id:
            return
        self._job = None
        self._reset_empty_panes()
        self._pending_offset = None
        self._set_busy(False)
        kept = self.tr(" The comparison on screen is unchanged.") if self.result else ""
        self.show_message(self.tr("Could not open the report: %1").replace("%1", message) + kept)
        self.jobFailed.emit(message)

    def _reset_empty_panes(self) -> None:
        for pane in self.view.panes.values():
            if pane.document is None:
                pane.show_document(None)

    def _job_cancelled(self, job_id: int) -> None:
        if job_id == self._job_id:
            self._job = None
            self._reset_empty_panes()
            self._set_busy(False)
            self.statusBar().showMessage(self.tr("Cancelled; the comparison on screen is unchanged."), 5000)

    def _set_busy(self, busy: bool, stage: str = "") -> None:
        self.progress.setValue(0)
        self.stage_label.setText(stage)
        for w in (self.stage_label, self.progress, self.cancel_button):
            w.setVisible(busy)

    def show_message(self, text: str, level: str = "error") -> None:
        self.banner.show_message(text, level)
        self.statusBar().showMessage(text, 8000)

    def _update_actions(self) -> None:
        has_cmp = self.comparison is not None
        for name in ("export_html", "export_xlsx", "next", "previous"):
            self.actions[name].setEnabled(has_cmp)
        self.actions["swap"].setEnabled(bool(self.a_path or self.b_path))
        self.actions["reload"].setEnabled(bool(self.a_path or self.b_path))
        docs = [d for d in (self.result.a, self.result.b) if d] if self.result else []
        names = [display_title(d) for d in docs]
        self.setWindowTitle(" ⟷ ".join(names) + " — jmdesk" if names else "jmdesk")
        if has_cmp:
            cmp = self.comparison
            figures = sum(1 for c in cmp.changes if c.figure is not None)
            self.summary_label.setText(self.tr("%1 section pairs · %2 changes · %3 figure changes")
                                       .replace("%1", str(len(cmp.pairs)))
                                       .replace("%2", str(len(cmp.changes)))
                                       .replace("%3", str(figures)))
        else:
            self.summary_label.setText("")

    # --- navigation, view options -----------------------------------------------------------
    def next_change(self) -> None:
        self.view.next_change()

    def previous_change(self) -> None:
        self.view.previous_change()

    def change_text_size(self, step: int) -> None:
        size = min(MAX_POINT, max(MIN_POINT, self.settings.point_size() + step))
        self.settings.set_point_size(size)
        self.view.set_point_size(size)

    def toggle_punctuation(self, on: bool) -> None:
        self.settings.set_punctuation_counts(on)
        if self.a_path and self.b_path:
            self.compare_files(self.a_path, self.b_path)

    # --- export -----------------------------------------------------------------------------
    def _export(self, title: str, suffix: str, pattern: str, write) -> None:
        cmp = self.comparison
        if cmp is None:
            return
        stem = "-vs-".join(Path(p).stem for p in (self.a_path, self.b_path) if p)
        start = Path(self.settings.store.value("export/folder", str(Path.home()))) / f"{stem}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, str(start), pattern)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            write(cmp, path)
        except Exception as exc:      # a missing exporter or a full disk: say so, keep going
            self.show_message(self.tr("Export failed: %1").replace("%1", f"{type(exc).__name__}: {exc}"))
            return
        self.settings.set_value("export/folder", str(Path(path).parent))
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 8000)

    def export_html(self) -> None:
        def write(cmp, path):
            from jmdesk.core.export.html import comparison_html
            Path(path).write_text(comparison_html(cmp), encoding="utf-8")
        self._export(self.tr("Export the comparison as HTML"), ".html", "HTML (*.html)", write)

    def export_xlsx(self) -> None:
        def write(cmp, path):
            from jmdesk.core.export.xlsx import write_comparison_xlsx
            write_comparison_xlsx(cmp, path)
        self._export(self.tr("Export the comparison as XLSX"), ".xlsx", "Excel (*.xlsx)", write)

    # --- other windows ----------------------------------------------------------------------
    def open_metrics(self) -> None:
        try:
            from jmdesk.ui.metrics.window import MetricsWindow
        except ImportError as exc:
            self.show_message(self.tr("Metrics and charts are not available in this build (%1).")
                              .replace("%1", str(exc)), "warning")
            return
        paths = [p for p in (self.a_path, self.b_path) if p] or None
        try:
            win = MetricsWindow(paths=paths, open_compare=self.compare_files, open_source=self.open_at)
        except Exception as exc:
            self.show_message(self.tr("Could not open metrics and charts: %1")
                              .replace("%1", f"{type(exc).__name__}: {exc}"))
            return
        self._metrics_windows.append(win)
        win.show()

    def about(self) -> None:
        from jmdesk import __version__
        QMessageBox.about(self, self.tr("About jmdesk"),
                          self.tr("<h3>jmdesk %1</h3><p>Compare government work reports: sections, "
                                  "wording and figures, side by side. Works offline.</p>")
                          .replace("%1", __version__))

    # --- settings ---------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.settings
        geo = s.bytes_value("window/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            screen = QApplication.primaryScreen()
            room = screen.availableGeometry() if screen else None
            if room is not None and room.width() < 1700:
                self.setGeometry(room.adjusted(0, 0, 0, -30))
            else:
                self.resize(1560, 960)
        for key, splitter in (("window/mainSplit", self.view.main_split),
                              ("window/sideSplit", self.view.side_split)):
            state = s.bytes_value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        self.view.set_point_size(s.point_size())

    def save_settings(self) -> None:
        s = self.settings
        s.set_value("window/geometry", self.saveGeometry())
        s.set_value("window/mainSplit", self.view.main_split.saveState())
        s.set_value("window/sideSplit", self.view.side_split.saveState())
        s.sync()

    def showEvent(self, event):
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.firstShown.emit()

    def closeEvent(self, event):
        if self._job is not None:
            self._job.cancel()
        self.save_settings()
        super().closeEvent(event)
