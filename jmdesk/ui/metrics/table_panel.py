"""The Table tab: every figure of the library, filtered by indicator, year, kind and region;
sort by a header click, copy the selection as TSV, export CSV/XLSX, double-click to open the
figure's sentence in its document."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from jmdesk.ui.metrics.figure_table import FigureTable
from jmdesk.ui.metrics.table_model import SOURCE_ROLE, FigureTableModel


class TablePanel(QWidget):
    def __init__(self, open_source=None, parent=None):
        super().__init__(parent)
        self.open_source = open_source
        self.model = FigureTableModel()
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.metric_box, self.year_box = QComboBox(), QComboBox()
        self.kind_box, self.region_box = QComboBox(), QComboBox()
        self.metric_box.setMinimumContentsLength(14)
        for label, box in ((self.tr("Indicator"), self.metric_box), (self.tr("Year"), self.year_box),
                           (self.tr("Kind"), self.kind_box), (self.tr("Region"), self.region_box)):
            bar.addWidget(QLabel(label))
            bar.addWidget(box)
            box.currentIndexChanged.connect(self._filter_changed)
        bar.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        for b in (self.copy_button, self.csv_button, self.xlsx_button):
            bar.addWidget(b)
        layout.addLayout(bar)

        self.view = QTableView()
        self.view.setModel(self.model)
        # document order until the user clicks a header
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.count_label = QLabel("")
        layout.addWidget(self.count_label)

        copy = QAction(self.tr("Copy"), self.view)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.triggered.connect(self.copy_selection)
        self.view.addAction(copy)
        self.copy_button.clicked.connect(self.copy_selection)
        self.csv_button.clicked.connect(lambda: self.export_dialog("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export_dialog("xlsx"))
        self.view.doubleClicked.connect(self.open_row)
        self._fill_filters()

    # ---- data ----
    def set_table(self, table: FigureTable) -> None:
        # the user's filter choices survive new documents arriving, where the value still exists
        current = {name: box.currentData() for name, box in self._boxes().items()}
        self.model.set_table(table)
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fill_filters(current)
        self._filter_changed()
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(self.model.columns.index("sentence"), 420)

    def _boxes(self) -> dict:
        return {"metric": self.metric_box, "year": self.year_box, "kind": self.kind_box,
                "region": self.region_box}

    def _fill_filters(self, current: dict | None = None) -> None:
        current = current or {}
        table = self.model.table
        options = {
            "metric": [(m, m) for m in table.choices("metric")],
            "year": [(str(y), y) for y in table.choices("year")],
            "kind": [(self.tr("Result"), "actual"), (self.tr("Target"), "target")],
            "region": [(r, r) for r in table.choices("region")],
        }
        for name, box in self._boxes().items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All"), None)
            for text, value in options[name]:
                box.addItem(text, value)
            i = box.findData(current.get(name)) if current.get(name) is not None else 0
            box.setCurrentIndex(max(i, 0))
            box.blockSignals(False)

    def _filter_changed(self, *_args) -> None:
        self.model.set_filter(**{name: box.currentData() for name, box in self._boxes().items()})
        self.count_label.setText(self.tr("%1 of %2 figures").replace("%1", str(len(self.model.table)))
                                 .replace("%2", str(len(self.model.table.frame))))

    def set_filter(self, **values) -> None:
        """Choose filter values as a user would in the boxes (None: all)."""
        for name, value in values.items():
            box = self._boxes()[name]
            i = box.findData(value) if value is not None else 0
            box.setCurrentIndex(max(i, 0))

    # ---- actions ----
    def copy_selection(self) -> str:
        text = self.model.tsv(self.view.selectionModel().selectedIndexes())
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def export_dialog(self, fmt: str) -> None:
        name = "figures." + fmt
        filt = self.tr("CSV (*.csv)") if fmt == "csv" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export figures"), str(Path.home() / name), filt)
        if path:
            self.export(path, fmt)

    def export(self, path: str, fmt: str) -> Path | None:
        try:
            if fmt == "csv":
                out = self.model.table.write_csv(path)
            else:
                out = self.model.table.write_xlsx(path)
        except OSError as exc:
            self.count_label.setText(self.tr("Could not write %1: %2").replace("%1", path)
                                     .replace("%2", exc.strerror or str(exc)))
            return None
        self.count_label.setText(self.tr("Exported to %1").replace("%1", str(out)))
        return out

    def open_row(self, index) -> None:
        src = self.model.data(index, SOURCE_ROLE)
        if src and self.open_source is not None:
            self.open_source(*src)
