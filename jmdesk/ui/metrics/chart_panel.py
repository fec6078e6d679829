"""The Chart tab: pick indicators, see them by year (or targets against results), hover for the
sentence, click for the source, export PNG/SVG for the layout desk."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from jmdesk.core import chartdata, chartdata_targets
from jmdesk.ui.metrics.chart import ChartView

DEFAULT_METRIC = "地区生产总值"


class ChartPanel(QWidget):
    def __init__(self, open_source=None, parent=None):
        super().__init__(parent)
        self.open_source = open_source
        self.docs: list = []
        self.table = None
        self._targets_view = None
        self.data = None
        self._build()

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter)

        side = QWidget()
        col = QVBoxLayout(side)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(QLabel(self.tr("Indicators")))
        self.metric_list = QListWidget()
        col.addWidget(self.metric_list, 1)
        col.addWidget(QLabel(self.tr("Show")))
        self.view_box = QComboBox()
        self.view_box.addItem(self.tr("Results and targets by year"), "years")
        self.view_box.addItem(self.tr("Targets against results"), "targets")
        col.addWidget(self.view_box)
        col.addWidget(QLabel(self.tr("Measure")))
        self.measure_box = QComboBox()
        for text, value in ((self.tr("Automatic"), None), (self.tr("Growth rate"), "growth"),
                            (self.tr("Amount"), "level"), (self.tr("Share"), "share"),
                            (self.tr("Rank"), "rank"), (self.tr("All"), "all")):
            self.measure_box.addItem(text, value)
        col.addWidget(self.measure_box)
        self.png_button = QPushButton(self.tr("Export PNG…"))
        self.svg_button = QPushButton(self.tr("Export SVG…"))
        col.addWidget(self.png_button)
        col.addWidget(self.svg_button)
        splitter.addWidget(side)

        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(6, 0, 0, 0)
        self.chart = ChartView(open_source=self._open)
        rcol.addWidget(self.chart, 1)
        self.hover_label = QLabel(
            self.tr("Hover over a point to see its sentence; click it to open the source."))
        self.hover_label.setWordWrap(True)
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hover_label.setMinimumHeight(54)
        self.hover_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        rcol.addWidget(self.hover_label)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([220, 880])

        self.metric_list.itemChanged.connect(self.redraw)
        self.view_box.currentIndexChanged.connect(self.redraw)
        self.measure_box.currentIndexChanged.connect(self.redraw)
        self.chart.hovered.connect(self._hovered)
        self.png_button.clicked.connect(lambda: self.export_dialog("png"))
        self.svg_button.clicked.connect(lambda: self.export_dialog("svg"))

    # ---- data ----
    def set_data(self, docs: list, table) -> None:
        chosen = self.selected_metrics()
        self.docs, self.table, self._targets_view = list(docs), table, None
        available = chartdata.listed_metrics(table) if table is not None else []
        headline = _headline()
        available.sort(key=lambda m: (m not in headline, headline.index(m) if m in headline else 0))
        if not chosen:
            chosen = [DEFAULT_METRIC] if DEFAULT_METRIC in available else available[:1]
        self.metric_list.blockSignals(True)
        self.metric_list.clear()
        for m in available:
            item = QListWidgetItem(m)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m in chosen else Qt.CheckState.Unchecked)
            self.metric_list.addItem(item)
        self.metric_list.blockSignals(False)
        self.redraw()

    def selected_metrics(self) -> list[str]:
        return [self.metric_list.item(i).text() for i in range(self.metric_list.count())
                if self.metric_list.item(i).checkState() == Qt.CheckState.Checked]

    def select_metrics(self, metrics: list[str]) -> None:
        self.metric_list.blockSignals(True)
        for i in range(self.metric_list.count()):
            item = self.metric_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in metrics else Qt.CheckState.Unchecked)
        self.metric_list.blockSignals(False)
        self.redraw()

    def build_data(self):
        """The plot model for the current choices (ChartData or TargetResultData), or None."""
        metrics = self.selected_metrics()
        if self.table is None or not metrics:
            return None
        labels = chartdata.source_labels(self.docs)
        region = chartdata.common_region(self.docs)
        if self.view_box.currentData() == "targets":
            if self._targets_view is None:
                from jmdesk.core.metrics import targets_vs_results
                self._targets_view = targets_vs_results(self.table)
            return chartdata_targets.target_result_data(self._targets_view, metrics[0], labels, region)
        measure = self.measure_box.currentData()
        return chartdata.chart_data(self.table, metrics, [measure] if measure else None, labels, region)

    def redraw(self, *_args) -> None:
        self.measure_box.setEnabled(self.view_box.currentData() != "targets")  # bars: one unit, chosen
        self.data = self.build_data()
        if self.data is None:
            self.chart.clear_chart()
            self.chart.set_title(self.tr("Choose an indicator"))
            self.chart.set_footnote("")
        elif isinstance(self.data, chartdata_targets.TargetResultData):
            self.chart.show_targets(self.data)
        else:
            self.chart.show_chart(self.data)
        exportable = self.data is not None
        self.png_button.setEnabled(exportable)
        self.svg_button.setEnabled(exportable)

    # ---- interaction ----
    def _hovered(self, text: str) -> None:
        if text:
            self.hover_label.setText(text)

    def _open(self, path: str, offset: int) -> None:
        if self.open_source is not None:
            self.open_source(path, offset)

    def export_dialog(self, fmt: str) -> None:
        if self.data is None:
            return
        name = (self.selected_metrics() or ["chart"])[0] + "." + fmt
        filt = self.tr("PNG image (*.png)") if fmt == "png" else self.tr("SVG drawing (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), str(Path.home() / name), filt)
        if path:
            self.export(path, fmt)

    def export(self, path: str, fmt: str) -> Path | None:
        from jmdesk.ui.metrics.chart_export import save_chart
        try:
            out = save_chart(self.data, **{fmt: path})[0]
        except OSError as exc:
            self.hover_label.setText(self.tr("Could not write %1: %2").replace("%1", path)
                                     .replace("%2", str(exc)))
            return None
        self.hover_label.setText(self.tr("Exported to %1").replace("%1", str(out)))
        return out


def _headline() -> list[str]:
    try:
        from jmdesk.core.indicators import headline_metrics
        return headline_metrics()
    except ImportError:
        return []
