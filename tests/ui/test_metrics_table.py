"""The figures table in the app: the Qt adapter shows, sorts, filters, copies and exports the
pandas table of jmdesk.core.metrics, and a double-click opens the figure's sentence."""
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from jmdesk.core.document import Document, Figure, Meta
from jmdesk.core.metrics import figures_table
from jmdesk.ui.metrics.figure_table import FigureTable
from jmdesk.ui.metrics.table_model import SOURCE_ROLE, FigureTableModel
from jmdesk.ui.metrics.table_panel import TablePanel

# (source, region, report year, kind of document, figures)
DOCS = [
    ("a/jiangmen-2023.txt", "江门市", 2023, "report", [
        Figure("地区生产总值", 3.3, "%", "actual", 312, 316, "实现地区生产总值3773.41亿元，增长3.3%",
               year=2022, measure="growth", text="3.3%"),
        Figure("地区生产总值", 6, "%", "target", 7288, 7292, "地区生产总值增长6%以上、力争7%以上",
               qualifier="以上", year=2023, measure="growth", text="6%以上"),
        Figure("城镇新增就业", 4, "万人", "target", 7400, 7403, "城镇新增就业4万人以上", qualifier="以上",
               year=2023, measure="level", text="4万人以上"),
        Figure("外贸进出口总额", 1, "%", "target", 7350, 7355, "外贸进出口总额增长1%-2%", value_high=2,
               year=2023, measure="growth", text="1%-2%"),
    ]),
    ("b/foshan-2025.txt", "佛山市", 2025, "report", [
        Figure("地区生产总值", 5, "%", "target", 900, 902, "地区生产总值增长5%左右", qualifier="左右",
               year=2025, measure="growth", text="5%左右"),
        Figure("地区生产总值", 5.6, "%", "actual", 100, 104, "五年年均增长5.6%", period="2021-2024",
               measure="growth", text="5.6%"),
    ]),
]


def documents():
    return [Document(src, Meta(region=region, year=year, kind=kind), "", figures=tuple(figs))
            for src, region, year, kind, figs in DOCS]


@pytest.fixture
def model(qtbot):
    docs = documents()
    return FigureTableModel(FigureTable(figures_table(docs), docs))


def column(model, key):
    return model.columns.index(key)


def cells(model, key):
    c = column(model, key)
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def test_cells_and_headers(model):
    assert model.rowCount() == 6
    assert model.headerData(column(model, "metric"), Qt.Orientation.Horizontal) == "Indicator"
    assert model.headerData(column(model, "sentence"), Qt.Orientation.Horizontal) == "Sentence"
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    row = cells(model, "sentence").index("外贸进出口总额增长1%-2%")
    get = lambda key: model.data(model.index(row, column(model, key)))  # noqa: E731
    assert (get("metric"), get("value"), get("unit"), get("kind"), get("year")) == \
        ("外贸进出口总额", "1–2", "%", "Target", "2023")
    assert (get("region"), get("report_year"), get("document_kind"), get("source")) == \
        ("江门市", "2023", "Report", "jiangmen-2023.txt")
    # a multi-year figure shows its period where a year would be
    assert "2021-2024" in cells(model, "year")
    assert model.data(model.index(row, column(model, "value")), Qt.ItemDataRole.ToolTipRole) == \
        "外贸进出口总额增长1%-2%"


def test_sort_by_value_and_year(model):
    model.sort(column(model, "value"), Qt.SortOrder.DescendingOrder)
    values = [float(v.split("–")[0]) for v in cells(model, "value")]
    assert values == sorted(values, reverse=True) and values[0] == 6
    model.sort(column(model, "metric"), Qt.SortOrder.AscendingOrder)
    assert cells(model, "metric") == sorted(cells(model, "metric"))
    model.sort(column(model, "year"), Qt.SortOrder.AscendingOrder)
    years = cells(model, "year")
    assert years[:5] == ["2022", "2023", "2023", "2023", "2025"] and years[5] == "2021-2024"


@pytest.mark.parametrize("filters, sentences", [
    ({"metric": "地区生产总值"}, 4),
    ({"metric": "地区生产总值", "kind": "target"}, 2),
    ({"year": 2023}, 3),
    ({"year": 2023, "kind": "target", "region": "江门市"}, 3),
    ({"region": "佛山市"}, 2),
    ({"metric": "粮食产量"}, 0),
])
def test_filters(model, filters, sentences):
    model.set_filter(**filters)
    assert model.rowCount() == sentences
    for r in range(model.rowCount()):
        for key, value in filters.items():
            shown = model.table.raw(r, key)
            assert shown == value


def test_copy_as_tsv_and_export(model, tmp_path):
    model.set_filter(metric="地区生产总值", kind="target")
    idx = [model.index(r, c) for r in range(model.rowCount())
           for c in (column(model, "metric"), column(model, "value"), column(model, "year"))]
    tsv = model.tsv(idx).splitlines()
    assert tsv[0] == "Indicator\tValue\tYear"
    assert sorted(tsv[1:]) == ["地区生产总值\t5\t2025", "地区生产总值\t6\t2023"]

    csv = model.table.write_csv(tmp_path / "f.csv")
    xlsx = model.table.write_xlsx(tmp_path / "f.xlsx")
    back = pd.read_csv(csv, encoding="utf-8-sig")
    assert list(back["metric"]) == ["地区生产总值", "地区生产总值"]
    assert set(back["qualifier"]) == {"以上", "左右"}
    assert {"source", "report_year", "start", "sentence"} <= set(back.columns)
    sheet = pd.read_excel(xlsx, sheet_name="figures")
    assert sorted(sheet["value"]) == [5, 6]


def test_panel_filters_and_double_click_opens_the_sentence(qtbot):
    opened = []
    panel = TablePanel(open_source=lambda path, offset: opened.append((path, offset)))
    qtbot.addWidget(panel)
    docs = documents()
    panel.set_table(FigureTable(figures_table(docs), docs))
    assert panel.metric_box.itemText(1) == "地区生产总值"          # the most frequent first
    panel.set_filter(metric="城镇新增就业")
    assert panel.model.rowCount() == 1
    assert panel.count_label.text() == "1 of 6 figures"
    index = panel.model.index(0, column(panel.model, "sentence"))
    assert panel.model.data(index, SOURCE_ROLE) == ("a/jiangmen-2023.txt", 7400)
    panel.view.doubleClicked.emit(index)
    assert opened == [("a/jiangmen-2023.txt", 7400)]
    panel.view.selectAll()
    assert panel.copy_selection().splitlines()[1].startswith("城镇新增就业\t4\t万人\t以上\tTarget\t2023")
