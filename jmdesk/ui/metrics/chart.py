"""The pyqtgraph view that draws a ChartData (indicators by year) or a TargetResultData (targets
against results), with its title, legend and sources footnote inside the scene, so that what is
exported is what is seen.

Results: solid lines with filled points; targets: dashed lines with open points; ranges: a band
and an error bar; a second unit: a second ViewBox on the right axis. Hovering a point shows its
figure and sentence; clicking it asks for its source (``open_source(path, offset)``).
"""
from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextOption

from jmdesk.core.chartdata import ChartData, ChartPoint, label_places, point_text
from jmdesk.core.chartdata_targets import TargetResultData
from jmdesk.ui.metrics import chart_style as style


def value_range(values: list[float], band: tuple[float, float], from_zero: bool) -> tuple[float, float]:
    """The axis range that puts the values inside band (fractions of the plot's height, from the
    bottom). from_zero: the axis starts at zero when all values are positive, so that a growth
    rate of 3% does not look like half of one of 6%."""
    lo, hi = min(values), max(values)
    b0, b1 = band
    if from_zero and lo >= 0:
        top = hi / b1 if hi > 0 else 1.0
        return -0.03 * top, top    # a little below zero, so the 0 tick keeps its label
    if from_zero:
        b0 = max(b0, 0.12)   # room under a negative value for its label
    span = (hi - lo) or (abs(hi) * 0.2 or 1.0)
    size = span / (b1 - b0)
    low = lo - b0 * size
    return low, low + size


def tick_step(low: float, high: float, ticks: int = 7) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about `ticks` labels over the range."""
    import math
    raw = max(high - low, 1e-9) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


class ChartView(pg.GraphicsLayoutWidget):
    """One chart: title, plot (one or two value axes), legend and footnote, top to bottom."""

    sourceRequested = Signal(str, int)   # path, offset in the document's text
    hovered = Signal(str)                # text of the hovered point, "" when none

    def __init__(self, parent=None, open_source=None, line_scale: float = 1.0):
        super().__init__(parent)
        self.setBackground("w")
        # widths of lines are in screen pixels; a print export draws at a higher density and
        # widens them by the same factor so they keep their weight against the text
        self.line_scale = line_scale
        self.open_source = open_source
        self.data: ChartData | TargetResultData | None = None
        self.curves: dict[tuple[str, str, str], pg.PlotDataItem] = {}   # (metric, kind, unit) -> curve
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.marks: list[pg.TextItem] = []
        self.hover_text = ""
        self._build()

    # ---- layout ----
    def _build(self):
        self.ci.setContentsMargins(14, 10, 14, 8)
        self.ci.setSpacing(4)
        self.title_item = pg.LabelItem("", justify="center")
        self.addItem(self.title_item, row=0, col=0)
        self.plot = pg.PlotItem()
        self.addItem(self.plot, row=1, col=0)
        self.legend = pg.LegendItem(colCount=2, horSpacing=24, verSpacing=-6,
                                    labelTextColor=style.INK, labelTextSize=f"{style.LABEL_PT}pt")
        self.addItem(self.legend, row=2, col=0)
        self.footnote_item = pg.LabelItem("", justify="left")
        self.addItem(self.footnote_item, row=3, col=0)
        self.ci.layout.setRowStretchFactor(1, 10)

        self.right = pg.ViewBox(enableMouse=False)
        self.plot.scene().addItem(self.right)
        self.plot.getAxis("right").linkToView(self.right)
        self.right.setXLink(self.plot)
        self.plot.vb.sigResized.connect(self._sync_right)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.vb.setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom", "right"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(style.INK, width=self.line_scale))
            axis.setTextPen(pg.mkPen(style.INK))
            axis.setStyle(tickFont=style.font(style.TICK_PT), tickTextOffset=6, maxTickLevel=0,
                          tickLength=-4)
            axis.enableAutoSIPrefix(False)
        self.plot.showGrid(x=False, y=True, alpha=style.GRID_ALPHA)
        self.plot.getAxis("right").setGrid(False)   # one set of grid lines: the left axis's
        self.plot.showAxis("top", False)

    def _sync_right(self):
        self.right.setGeometry(self.plot.vb.sceneBoundingRect())
        self.right.linkedViewChanged(self.plot.vb, self.right.XAxis)

    def clear_chart(self):
        self.plot.clear()
        for item in list(self.right.addedItems):
            self.right.removeItem(item)
        self.legend.clear()
        self.curves.clear()
        self.bars.clear()
        self.marks.clear()
        self.plot.showAxis("right", False)
        for side in ("left", "right"):
            self.plot.getAxis(side).setTickSpacing()       # automatic again until a chart sets it
        self._set_hover("")

    # ---- indicators by year ----
    def show_chart(self, data: ChartData):
        self.clear_chart()
        self.data = data
        self.set_title(data.title if not data.empty else "没有可画的数据")
        if data.empty:
            self.set_footnote("所选指标在这些文件中没有带年份的数值。")
            return
        colours: dict[tuple[str, str, str], str] = {}
        places = label_places(data)
        for i, s in enumerate(data.series):
            key = (s.metric, s.measure, s.unit)
            colours.setdefault(key, style.colour(len(colours)))
            self._draw_series(s, colours[key], {y: places[(i, y)] for y in s.years})
        years = sorted({p.year for s in data.series for p in s.points})
        self._year_axis(years)
        self._value_axes(data)
        self.set_footnote(data.footnote)
        self._style_legend()

    def _draw_series(self, s, colour: str, places: dict[int, str]):
        target = s.kind == "target"
        view = self.plot.vb if s.axis == 0 else self.right
        xs = [p.year for p in s.points]
        ys = [p.value for p in s.points]
        k = self.line_scale
        pen = pg.mkPen(colour, width=2.4 * k,
                       style=Qt.PenStyle.DashLine if target else Qt.PenStyle.SolidLine)
        curve = pg.PlotDataItem(xs, ys, pen=pen, symbol="o", symbolSize=10 if target else 9,
                                symbolPen=pg.mkPen(colour, width=2),
                                symbolBrush=pg.mkBrush("w" if target else colour),
                                data=list(s.points), name=s.label)
        curve.scatter.opts.update(hoverable=True, tip=None)
        curve.sigPointsHovered.connect(lambda _i, pts, _e, s=s: self._on_hover(s, pts))
        curve.sigPointsClicked.connect(lambda _i, pts, _e: self._on_click(pts))
        if s.has_ranges:
            self._draw_ranges(view, s.points, colour)
        view.addItem(curve)
        self.legend.addItem(curve, s.label)
        self.curves[(s.metric, s.kind, s.unit)] = curve
        for p in s.points:
            text = "\n".join((p.label,) + p.also)
            self._value_label(view, p.year, p.high if p.high is not None else p.value, text,
                              colour, places[p.year])

    def _draw_ranges(self, view, points, colour: str):
        xs = [p.year for p in points]
        lows = [p.value for p in points]
        highs = [p.high if p.high is not None else p.value for p in points]
        fill = QColor(colour)
        fill.setAlpha(50)
        low_curve = pg.PlotCurveItem(xs, lows, pen=pg.mkPen(None))
        high_curve = pg.PlotCurveItem(xs, highs, pen=pg.mkPen(None))
        band = pg.FillBetweenItem(low_curve, high_curve, brush=pg.mkBrush(fill))
        import numpy as np
        bars = pg.ErrorBarItem(x=np.array(xs, float), y=np.array(lows, float),
                               top=np.array(highs, float) - np.array(lows, float),
                               bottom=np.zeros(len(xs)), beam=0.12,
                               pen=pg.mkPen(colour, width=1.5 * self.line_scale))
        for item in (low_curve, high_curve, band, bars):
            view.addItem(item)

    ANCHORS = {"above": (0.5, 1.15), "below": (0.5, -0.2), "right": (-0.12, 0.5), "left": (1.12, 0.5)}

    def _value_label(self, view, x, y, text, colour, place="above"):
        label = pg.TextItem(text, color=colour, anchor=self.ANCHORS[place])
        label.setFont(style.font(style.VALUE_PT))
        label.setPos(x, y)
        view.addItem(label, ignoreBounds=True)
        self.marks.append(label)

    def _year_axis(self, years: list[int]):
        axis = self.plot.getAxis("bottom")
        axis.setTicks([[(y, f"{y}") for y in years]])
        self._axis_label(axis, "年份")
        self.plot.setXRange(years[0] - 0.6, years[-1] + 0.6, padding=0)

    def _value_axes(self, data: ChartData):
        two = len(data.axis_labels) == 2
        for axis_no, label in enumerate(data.axis_labels):
            values = [v for s in data.series if s.axis == axis_no for p in s.points
                      for v in (p.value, p.high) if v is not None]
            # With two units, each gets its own band of the plot (left axis below, right above) so
            # the lines never cross and their labels never collide; one unit uses the full height.
            band = ((0.05, 0.5) if axis_no == 0 else (0.62, 0.88)) if two else (0.04, 0.84)
            low, high = value_range(values, band, from_zero=axis_no == 0 or not two)
            view = self.plot.vb if axis_no == 0 else self.right
            view.setYRange(low, high, padding=0)
            side = "left" if axis_no == 0 else "right"
            step = tick_step(low, high)
            self.plot.getAxis(side).setTickSpacing(step, step)
            if side == "right":
                self.plot.showAxis("right", True)
            self._axis_label(self.plot.getAxis(side), label)
        self._sync_right()

    def _axis_label(self, axis, text: str):
        axis.setLabel(text)
        axis.label.setFont(style.font(style.LABEL_PT))
        axis.label.setDefaultTextColor(QColor(style.INK))

    # ---- targets against results ----
    def show_targets(self, data: TargetResultData):
        self.clear_chart()
        self.data = data
        self.set_title(data.title)
        rows = [r for r in data.rows if r.target or r.result]
        if not rows:
            self.set_footnote("没有可对照的目标与实际数值。")
            return
        target_colour, result_colour = style.colour(1), style.colour(0)
        width = 0.36
        xs_t = [r.year - width / 2 for r in rows if r.target]
        hs_t = [r.target.value for r in rows if r.target]
        xs_r = [r.year + width / 2 for r in rows if r.result]
        hs_r = [r.result.value for r in rows if r.result]
        if xs_t:
            bars = pg.BarGraphItem(x=xs_t, height=hs_t, width=width, brush=pg.mkBrush("w"),
                                   pen=pg.mkPen(target_colour, width=2 * self.line_scale,
                                                style=Qt.PenStyle.DashLine))
            self.plot.addItem(bars)
            self.legend.addItem(bars, data.label("target"))
            self.bars["target"] = bars
        if xs_r:
            bars = pg.BarGraphItem(x=xs_r, height=hs_r, width=width, brush=pg.mkBrush(result_colour),
                                   pen=pg.mkPen(result_colour, width=self.line_scale))
            self.plot.addItem(bars)
            self.legend.addItem(bars, data.label("actual"))
            self.bars["result"] = bars
        top = max([0.0] + hs_t + hs_r + [r.target.high for r in rows if r.target and r.target.high])
        bottom = min([0.0] + hs_t + hs_r)
        span = (top - bottom) or 1.0
        for r in rows:
            for point, dx, colour, kind in ((r.target, -width / 2, target_colour, "target"),
                                            (r.result, width / 2, result_colour, "actual")):
                if point is None:
                    continue
                self._value_label(self.plot.vb, r.year + dx, max(point.value, point.high or point.value),
                                  "\n".join((point.label,) + point.also), colour)
                self._hover_spot(r.year + dx, point, kind, colour)
            if r.result is None:
                # an empty slot would read as a result of zero: say there is none in these files
                gap = pg.TextItem("暂无", color="#777777", anchor=(0.5, 1.1))
                gap.setFont(style.font(style.VALUE_PT))
                gap.setPos(r.year + width / 2, 0)
                self.plot.vb.addItem(gap, ignoreBounds=True)
                self.marks.append(gap)
            if r.met is not None:
                mark = pg.TextItem("✓ 达成" if r.met else "✗ 未达成",
                                   color=style.MET_COLOUR if r.met else style.MISSED_COLOUR, anchor=(0.5, 1))
                mark.setFont(style.font(style.LABEL_PT, bold=True))
                mark.setPos(r.year, top + 0.2 * span)
                self.plot.vb.addItem(mark, ignoreBounds=True)
                self.marks.append(mark)
        years = [r.year for r in rows]
        self._year_axis(years)
        low, high = bottom - (0.1 * span if bottom < 0 else 0), top + 0.32 * span
        self.plot.vb.setYRange(low, high, padding=0)
        self.plot.getAxis("left").setTickSpacing(tick_step(low, high), tick_step(low, high))
        self._axis_label(self.plot.getAxis("left"), data.axis_label or data.unit)
        self.set_footnote(data.footnote)
        self._style_legend()

    def _hover_spot(self, x, point: ChartPoint, kind: str, colour: str):
        # invisible points at the top of each bar carry hover and click
        spot = pg.ScatterPlotItem([x], [point.value], size=18, pen=pg.mkPen(None),
                                  brush=pg.mkBrush(0, 0, 0, 1), data=[point], hoverable=True, tip=None)
        spot.sigHovered.connect(lambda _i, pts, _e, kind=kind: self._on_hover_kind(kind, pts))
        spot.sigClicked.connect(lambda _i, pts, _e: self._on_click(pts))
        self.plot.addItem(spot)

    # ---- text in the scene ----
    def set_title(self, text: str):
        self.title_item.setText(html.escape(text), color=style.INK)
        item = self.title_item.item
        item.setFont(style.font(style.TITLE_PT, bold=True))
        item.setTextWidth(-1)
        room = max(200.0, self.width() - 40.0)
        if item.boundingRect().width() > room:   # wrap, never widen the chart past its page
            item.setTextWidth(room)
            item.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignCenter))
        self.title_item.updateMin()

    def set_footnote(self, text: str):
        self.footnote_item.setText("<br>".join(html.escape(line) for line in text.splitlines()),
                                   color="#555555")
        self.footnote_item.item.setFont(style.font(style.FOOTNOTE_PT))
        # wrap long source lists inside the chart's width
        self.footnote_item.item.setTextWidth(max(200.0, self.width() - 40.0))
        self.footnote_item.updateMin()

    def _style_legend(self):
        for _sample, label in self.legend.items:
            label.item.setFont(style.font(style.LABEL_PT))
            label.item.setDefaultTextColor(QColor(style.INK))
            label.updateMin()
        self.legend.updateSize()

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        if getattr(self, "data", None) is not None:
            self.footnote_item.item.setTextWidth(max(200.0, self.width() - 40.0))
            self.footnote_item.updateMin()

    # ---- interaction ----
    def _on_hover(self, series, points):
        if len(points) == 0:
            self._set_hover("")
            return
        p: ChartPoint = points[0].data()
        self._set_hover(point_text(p, series.kind, series.metric, self.data.source_name(p.source)))

    def _on_hover_kind(self, kind, points):
        if len(points) == 0:
            self._set_hover("")
            return
        p: ChartPoint = points[0].data()
        self._set_hover(point_text(p, kind, self.data.metric, self.data.source_name(p.source)))

    def _set_hover(self, text: str):
        self.hover_text = text
        self.setToolTip(text)
        self.hovered.emit(text)

    def _on_click(self, points):
        if len(points) == 0:
            return
        p: ChartPoint = points[0].data()
        self.request_source(p)

    def request_source(self, p: ChartPoint):
        if p.source:
            self.sourceRequested.emit(p.source, p.offset)
            if self.open_source is not None:
                self.open_source(p.source, p.offset)
