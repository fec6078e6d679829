"""Metrics and charts: the library of reports, the table of their figures and charts across
years, in three tabs. The app opens it from its menu and passes two callbacks:
``open_compare(a_path, b_path)`` and ``open_source(path, offset)``."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTabWidget

from jmdesk.core.library import Library
from jmdesk.ui.library.panel import LibraryPanel
from jmdesk.ui.metrics.chart_panel import ChartPanel
from jmdesk.ui.metrics.table_panel import TablePanel


class MetricsWindow(QMainWindow):
    def __init__(self, paths=None, open_compare=None, open_source=None, library: Library | None = None,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Metrics and charts — jmdesk"))
        self.resize(1180, 760)
        self.open_compare = open_compare
        self.open_source = open_source
        self.library = library if library is not None else Library()

        self.tabs = QTabWidget()
        self.library_panel = LibraryPanel(self.library)
        self.table_panel = TablePanel(open_source=self._open_source)
        self.chart_panel = ChartPanel(open_source=self._open_source)
        self.tabs.addTab(self.library_panel, self.tr("Library"))
        self.tabs.addTab(self.table_panel, self.tr("Table"))
        self.tabs.addTab(self.chart_panel, self.tr("Chart"))
        self.setCentralWidget(self.tabs)

        self.library_panel.changed.connect(self.refresh)
        self.library_panel.compareRequested.connect(self._compare)
        self.library_panel.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

        # the saved library first (from the cache: ready at once), then what the app passed
        self.library_panel.add_paths(None)
        if paths:
            self.library_panel.add_paths([str(p) for p in paths])

    def busy(self) -> bool:
        return self.library_panel.busy()

    def refresh(self) -> None:
        """Rebuild the figures table and the chart from the library's documents."""
        docs = self.library.documents()
        from jmdesk.core.metrics import figures_table
        from jmdesk.ui.metrics.figure_table import FigureTable

        frame = figures_table(docs)
        self.table_panel.set_table(FigureTable(frame, docs))
        self.chart_panel.set_data(docs, frame)

    def _compare(self, a: str, b: str) -> None:
        if self.open_compare is not None:
            self.open_compare(a, b)
        else:
            self.statusBar().showMessage(self.tr("Comparing needs the main window."), 5000)

    def _open_source(self, path: str, offset: int) -> None:
        if self.open_source is not None:
            self.open_source(path, offset)
        else:
            self.statusBar().showMessage(self.tr("Opening a source needs the main window."), 5000)
