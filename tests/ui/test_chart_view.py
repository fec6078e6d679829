"""The chart as drawn: what the PlotDataItems hold, which axis, what hover says, what a click opens,
and the exported files. The samples' GDP chart goes through the whole pipeline."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from jmdesk.core import chartdata, chartdata_targets
from jmdesk.core.document import Document, Figure, Meta
from jmdesk.core.metrics import figures_table, targets_vs_results
from jmdesk.core.pipeline import load_document
from jmdesk.ui.metrics.chart import ChartView
from jmdesk.ui.metrics.chart_export import print_pixels, save_chart
from tests.conftest import sample

SAMPLES = ("2021", "2023", "digest", "2025", "districts")


@pytest.fixture(scope="module")
def sample_docs():
    return [load_document(sample(name)) for name in SAMPLES]


def xy(curve):
    x, y = curve.getData()
    return [(int(a), round(float(b), 2)) for a, b in zip(x, y)]


def years(view, kind):
    return {x for (m, k, u), c in view.curves.items() if k == kind for x, _ in xy(c)}


def test_samples_gdp_results_and_targets_by_year(qtbot, sample_docs):
    view = ChartView()
    qtbot.addWidget(view)
    data = chartdata.documents_chart(sample_docs, ["地区生产总值"])
    view.show_chart(data)
    # results for 2020 (2021 report), 2022 (2023 report), 2023 (2024 digest), 2024 (2025 report)
    assert years(view, "actual") == {2020, 2022, 2023, 2024}
    assert {2021, 2023, 2025} <= years(view, "target") <= set(range(2021, 2026))
    growth = dict(xy(view.curves[("地区生产总值", "actual", "%")]))
    targets = dict(xy(view.curves[("地区生产总值", "target", "%")]))
    amount = dict(xy(view.curves[("地区生产总值", "actual", "亿元")]))
    assert (growth[2022], growth[2024]) == (3.3, 3.4)
    assert (targets[2023], targets[2025]) == (6, 5.5)
    assert (amount[2022], amount[2024]) == (3773.41, 4210.18)
    # the amount sits on its own axis on the right
    assert view.curves[("地区生产总值", "actual", "亿元")].getViewBox() is view.right
    assert view.plot.getAxis("right").isVisible()
    assert view.plot.getAxis("right").labelText == "亿元"
    assert view.plot.getAxis("left").labelText == "增速（%）"
    # targets dashed with open markers, results solid with filled ones
    t, r = view.curves[("地区生产总值", "target", "%")], view.curves[("地区生产总值", "actual", "%")]
    assert t.opts["pen"].style() == Qt.PenStyle.DashLine and r.opts["pen"].style() == Qt.PenStyle.SolidLine
    assert t.opts["symbolBrush"].color().name() == "#ffffff"
    assert "江门市地区生产总值" in view.title_item.text
    assert "资料来源：2021年" in view.footnote_item.text and "2025年" in view.footnote_item.text
    assert [label.text for _s, label in view.legend.items] == [s.label for s in data.series]


def small_docs():
    S23, S24 = "r/2023.txt", "r/2024.txt"
    d23 = Document(S23, Meta(region="江门市", year=2023, kind="report"), "", figures=(
        Figure("地区生产总值", 6, "%", "target", 7288, 7292, "地区生产总值增长6%以上", qualifier="以上",
               year=2023, measure="growth", text="6%以上"),
        Figure("外贸进出口总额", 1, "%", "target", 7350, 7355, "外贸进出口总额增长1%-2%", value_high=2,
               year=2023, measure="growth", text="1%-2%"),
        Figure("居民消费价格", 3, "%", "target", 7400, 7404, "居民消费价格涨幅3%左右", qualifier="左右",
               year=2023, measure="growth", text="3%左右"),
    ))
    d24 = Document(S24, Meta(region="江门市", year=2024, kind="report"), "", figures=(
        Figure("地区生产总值", 5.5, "%", "actual", 120, 124, "地区生产总值增长5.5%", year=2023,
               measure="growth", text="5.5%"),
        Figure("外贸进出口总额", 4.1, "%", "actual", 300, 304, "外贸进出口总额增长4.1%", year=2023,
               measure="growth", text="4.1%"),
        Figure("居民消费价格", 0.2, "%", "actual", 400, 404, "居民消费价格上涨0.2%", year=2023,
               measure="growth", text="0.2%"),
        Figure("地区生产总值", 5, "%", "target", 900, 904, "地区生产总值增长5%左右", qualifier="左右",
               year=2024, measure="growth", text="5%左右"),
    ))
    return [d23, d24]


def test_hover_tells_the_sentence_and_click_opens_the_source(qtbot):
    opened = []
    view = ChartView(open_source=lambda path, offset: opened.append((path, offset)))
    qtbot.addWidget(view)
    docs = small_docs()
    view.show_chart(chartdata.documents_chart(docs, ["地区生产总值"]))
    curve = view.curves[("地区生产总值", "target", "%")]
    spot = next(p for p in curve.scatter.points() if p.pos().x() == 2023)
    with qtbot.waitSignal(view.hovered) as hovered:
        curve.sigPointsHovered.emit(curve, [spot], None)
    assert hovered.args[0].startswith("2023年地区生产总值目标：6%以上")
    assert "地区生产总值增长6%以上" in view.hover_text and "江门市" in view.hover_text
    with qtbot.waitSignal(view.sourceRequested) as clicked:
        curve.sigPointsClicked.emit(curve, [spot], None)
    assert clicked.args == ["r/2023.txt", 7288]
    assert opened == [("r/2023.txt", 7288)]


def test_ranges_are_drawn_as_bands(qtbot):
    import pyqtgraph as pg
    view = ChartView()
    qtbot.addWidget(view)
    view.show_chart(chartdata.documents_chart(small_docs(), ["外贸进出口总额"]))
    bands = [i for i in view.plot.vb.addedItems if isinstance(i, pg.FillBetweenItem)]
    bars = [i for i in view.plot.vb.addedItems if isinstance(i, pg.ErrorBarItem)]
    assert len(bands) == 1 and len(bars) == 1
    assert float(bars[0].opts["top"][0]) == 1.0                 # 1% up to 2%


def test_targets_against_results_bars_and_verdicts(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    docs = small_docs()
    table = figures_table(docs)
    for metric, verdict in (("地区生产总值", "✗ 未达成"), ("外贸进出口总额", "✓ 达成")):
        data = chartdata_targets.target_result_data(targets_vs_results(table), metric,
                                            chartdata.source_labels(docs), table=table)
        view.show_targets(data)
        t_x, t_h = view.bars["target"].opts["x"], view.bars["target"].opts["height"]
        r_h = view.bars["result"].opts["height"]
        assert list(t_h)[0] == data.rows[0].target.value and list(r_h)[0] == data.rows[0].result.value
        assert abs(list(t_x)[0] - 2023) < 0.5
        assert verdict in [m.toPlainText() for m in view.marks]
        assert data.rows[0].result.offset > 0                   # the click finds the sentence


def test_exports_png_at_print_size_and_svg_with_text(qtbot, tmp_path):
    data = chartdata.documents_chart(small_docs(), ["地区生产总值"])
    png, svg = save_chart(data, png=tmp_path / "c.png", svg=tmp_path / "c.svg", width_mm=160, dpi=300)
    image = QImage(str(png))
    assert image.width() == print_pixels(160, 300) == 1890
    assert 1000 < image.height() < 1800
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    text = svg.read_text(encoding="utf-8")
    assert data.title in text and "资料来源" in text and "增速（%）" in text
