"""The Library tab: the reports the user added, read in the background (QThreadPool) with progress
and Cancel; any two can be sent to the compare window."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from jmdesk.core.library import Library, LibraryEntry

OPEN_FILTER = "Reports (*.txt *.md *.docx *.pdf *.html *.htm);;All files (*)"


class _Signals(QObject):
    progress = Signal(int, int, str)        # done, total, path
    finished = Signal(object)               # list[LibraryEntry]
    failed = Signal(str)


class LibraryJob(QRunnable):
    """Adds paths to the library (or reopens its index when paths is None) off the GUI thread."""

    def __init__(self, library: Library, paths: list[str] | None):
        super().__init__()
        self.library, self.paths = library, paths
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(True)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            step = self.signals.progress.emit
            if self.paths is None:
                entries = self.library.load(progress=step, cancelled=self._cancel.is_set)
            else:
                entries = self.library.add(self.paths, progress=step, cancelled=self._cancel.is_set)
            self.signals.finished.emit(entries)
        except Exception as exc:  # a bug in one stage must not take the window down
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")


class LibraryPanel(QWidget):
    """List of documents with region, year and kind; add files, folders or the bundled samples."""

    changed = Signal()                       # entries were added, refreshed or removed
    compareRequested = Signal(str, str)      # older path, newer path
    message = Signal(str)

    COLUMNS = ("title", "region", "year", "kind", "figures", "file")

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.job: LibraryJob | None = None
        self._queue: list[list[str] | None] = []
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.samples_button = QPushButton(self.tr("Add bundled samples"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Select two documents to compare them side by side"))
        for b in (self.add_files_button, self.add_folder_button, self.samples_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.remove_button)
        bar.addWidget(self.compare_button)
        layout.addLayout(bar)

        self.list = QTableWidget(0, len(self.COLUMNS))
        self.list.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Region"), self.tr("Year"),
                                             self.tr("Kind"), self.tr("Figures"), self.tr("File")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setWordWrap(False)
        layout.addWidget(self.list, 1)

        status = QHBoxLayout()
        self.status_label = QLabel("")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        status.addWidget(self.status_label, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)
        layout.addLayout(status)

        self.add_files_button.clicked.connect(self.add_files_dialog)
        self.add_folder_button.clicked.connect(self.add_folder_dialog)
        self.samples_button.clicked.connect(self.add_samples)
        self.remove_button.clicked.connect(self.remove_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.cancel_button.clicked.connect(self.cancel)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # ---- adding ----
    def add_paths(self, paths: list[str] | None) -> None:
        """Read these files/folders in the background (None: reopen the saved library)."""
        if self.job is not None:
            self._queue.append(paths)
            return
        self.job = LibraryJob(self.library, None if paths is None else [str(p) for p in paths])
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.status_label.setText(self.tr("Reading…"))
        QThreadPool.globalInstance().start(self.job)

    def add_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add reports"), str(Path.home()), OPEN_FILTER)
        if files:
            self.add_paths(files)

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of reports"), str(Path.home()))
        if folder:
            self.add_paths([folder])

    def add_samples(self) -> None:
        from jmdesk.resources import sample_index
        self.add_paths([e["path"] for e in sample_index()])

    def cancel(self) -> None:
        self._queue.clear()
        if self.job is not None:
            self.job.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def busy(self) -> bool:
        return self.job is not None

    def _progress(self, done: int, total: int, path: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status_label.setText(self.tr("Read %1 of %2: %3").replace("%1", str(done))
                                  .replace("%2", str(total)).replace("%3", Path(path).name))
        self.refresh()   # documents appear as they are read; the table and chart follow at the end

    def _finished(self, entries: list[LibraryEntry]) -> None:
        errors = [e for e in entries if e.error]
        self._done()
        if errors:
            self.status_label.setText(self.tr("%1 file(s) could not be read: %2")
                                      .replace("%1", str(len(errors))).replace("%2", errors[0].error))
        else:
            self.status_label.setText(self.tr("%1 document(s) in the library")
                                      .replace("%1", str(len(self.library.documents()))))

    def _failed(self, message: str) -> None:
        self._done()
        self.status_label.setText(message)
        self.message.emit(message)

    def _done(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.refresh()
        self.changed.emit()
        if self._queue:
            self.add_paths(self._queue.pop(0))

    # ---- the list ----
    def refresh(self) -> None:
        entries = self.library.entries()
        self.list.setRowCount(len(entries))
        for r, e in enumerate(entries):
            doc = e.document
            kinds = {"report": self.tr("Report"), "article": self.tr("Article")}
            kind = kinds.get(e.kind or "", e.kind or "")
            cells = (e.title, e.region or "", str(e.year or ""), kind if doc else self.tr("Unreadable"),
                     str(len(doc.figures)) if doc else "", Path(e.path).name)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.path)
                item.setToolTip(e.error or e.path)
                self.list.setItem(r, c, item)
        self.list.resizeColumnsToContents()
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def selected_paths(self) -> list[str]:
        rows = sorted({i.row() for i in self.list.selectedIndexes()})
        return [self.list.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def _update_buttons(self) -> None:
        paths = self.selected_paths()
        readable = [p for p in paths if self.library.document(p) is not None]
        self.compare_button.setEnabled(len(readable) == 2)
        self.remove_button.setEnabled(bool(paths))

    def remove_selected(self) -> None:
        self.library.remove(self.selected_paths())
        self.refresh()
        self.changed.emit()

    def compare_selected(self) -> None:
        paths = [p for p in self.selected_paths() if self.library.document(p) is not None]
        if len(paths) != 2:
            return
        # older first: the compare window takes A as the older report
        paths.sort(key=lambda p: (self.library.document(p).meta.year or 0, p))
        self.compareRequested.emit(paths[0], paths[1])
