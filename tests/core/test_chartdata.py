"""The plot model: which figure becomes which point of which series on which axis."""
import pytest

from jmdesk.core.chartdata import chart_data, point_text, resolve_metric, source_label
from jmdesk.core.document import Document, Figure, Meta
from jmdesk.core.metrics import figures_table

S21, S23, S24, S25 = "r/2021.txt", "r/2023.txt", "r/2024-digest.txt", "r/2025.txt"
LABELS = {S21: "2021年江门市政府工作报告", S23: "2023年江门市政府工作报告",
          S24: "《2023答卷优异 2024拼搏奋进》（2024年）", S25: "2025年江门市政府工作报告"}


REPORT_YEAR = {S21: 2021, S23: 2023, S24: 2024, S25: 2025}


def fig(metric, value, unit, kind, year, report_year, source, start=0, qualifier=None, high=None,
        sentence="", measure=None, period=None, text=None):
    """A figure of the document `source` (delivered in report_year), as the figures stage gives it."""
    assert REPORT_YEAR.get(source, report_year) == report_year
    measure = measure or {"%": "growth", "rank": "rank"}.get(unit, "level")
    return source, report_year, Figure(metric, value, unit, kind, start, start + 3, sentence, value_high=high,
                                       qualifier=qualifier, year=year, period=period, measure=measure,
                                       text=text or "")


def table_of(rows):
    """The figures table of hand-made documents, built by jmdesk.core.metrics as the app does."""
    docs = {}
    for source, report_year, figure in rows:
        kind = "article" if "digest" in source else "report"
        docs.setdefault(source, (Meta(region="江门市", year=report_year, kind=kind), []))[1].append(figure)
    return figures_table([Document(src, meta, "", figures=tuple(figs)) for src, (meta, figs) in docs.items()])


# Figures as the reports state them (the GDP lines of the samples, by hand), plus a few from
# other indicators to exercise units and axes.
ROWS = [
    fig("地区生产总值", 3201, "亿元", "actual", 2020, 2021, S21, 10, sentence="2020年实现3201亿元"),
    fig("地区生产总值", 2.2, "%", "actual", 2020, 2021, S21, 20, sentence="增长2.2%"),
    fig("地区生产总值", 5.9, "%", "actual", None, 2021, S21, 25, period="2016-2020", sentence="五年年均增长5.9%"),
    fig("地区生产总值", 6, "%", "target", 2021, 2021, S21, 30, "以上", sentence="地区生产总值增长6%以上"),
    fig("地区生产总值", 3773.41, "亿元", "actual", 2022, 2023, S23, 10),
    fig("地区生产总值", 3.3, "%", "actual", 2022, 2023, S23, 12, sentence="实现地区生产总值3773.41亿元，增长3.3%"),
    fig("地区生产总值", 2, "rank", "actual", 2022, 2023, S23, 14),
    fig("地区生产总值", 6, "%", "target", 2023, 2023, S23, 50, "以上", sentence="增长6%以上、力争7%以上"),
    fig("地区生产总值", 7, "%", "target", 2023, 2023, S23, 55, "力争", sentence="增长6%以上、力争7%以上",
        text="力争7%以上"),
    fig("地区生产总值", 5.0, "%", "actual", 2023, 2024, S24, 6, sentence="地区生产总值3931.4亿元，增长5%"),
    fig("地区生产总值", 3931.4, "亿元", "actual", 2023, 2024, S24, 5),
    fig("地区生产总值", 3.3, "%", "actual", 2022, 2024, S24, 90, sentence="上年增长3.3%"),
    fig("地区生产总值", 4210.18, "亿元", "actual", 2024, 2025, S25, 5),
    fig("地区生产总值", 3.4, "%", "actual", 2024, 2025, S25, 7),
    fig("地区生产总值", 5.0, "%", "actual", 2023, 2025, S25, 300, sentence="2023年增长5%"),
    fig("地区生产总值", 5.5, "%", "target", 2025, 2025, S25, 90, "左右", sentence="全市地区生产总值增长5.5%左右"),
    fig("城镇新增就业", 4, "万人", "target", 2023, 2023, S23, 70, "以上"),
    fig("城镇新增就业", 4, "万人", "target", 2025, 2025, S25, 95, "以上"),
    fig("城镇新增就业", 4.2, "万人", "actual", 2024, 2025, S25, 40),
    fig("居民消费价格", 3, "%", "target", 2023, 2023, S23, 80, "左右"),
    fig("居民消费价格", 2, "%", "target", 2025, 2025, S25, 99, "左右"),
    fig("外贸进出口总额", 1, "%", "target", 2021, 2021, S21, 60, high=2, sentence="增长1%-2%"),
    fig("外贸进出口总额", 3, "%", "target", 2023, 2023, S23, 75),
]
TABLE = table_of(ROWS)


def pts(series):
    return [(p.year, p.value) for p in series.points]


def test_gdp_results_and_targets_by_year():
    data = chart_data(TABLE, ["地区生产总值"], source_labels=LABELS, region="江门市")
    results, targets = data.find("地区生产总值", "actual"), data.find("地区生产总值", "target")
    assert pts(results) == [(2020, 2.2), (2022, 3.3), (2023, 5.0), (2024, 3.4)]
    assert pts(targets) == [(2021, 6), (2023, 6), (2025, 5.5)]
    # growth (which has the targets) on the left, the amount on the right; ranks left out
    assert [(s.unit, s.kind, s.axis) for s in data.series] == [("%", "actual", 0), ("%", "target", 0),
                                                               ("亿元", "actual", 1)]
    assert pts(data.find("地区生产总值", "actual", "亿元"))[-1] == (2024, 4210.18)
    assert data.axis_labels == ("增速（%）", "亿元")
    assert data.series[2].label == "地区生产总值（实际，右轴）"
    assert not data.omitted
    assert data.title == "江门市地区生产总值：实际与目标（2020—2025年）"


@pytest.mark.parametrize("year, kind, source, text_has", [
    (2022, "actual", S23, "3.3"),     # the next year's review, not a later mention
    (2023, "actual", S24, "5"),       # the 2024 digest, not the 2025 report's look back
    (2023, "target", S23, "6"),       # the plain target, the stretch one kept aside
])
def test_one_point_per_year_from_the_right_report(year, kind, source, text_has):
    data = chart_data(TABLE, ["地区生产总值"])
    point = next(p for p in data.find("地区生产总值", kind).points if p.year == year)
    assert point.source == source and text_has in point.text


def test_stretch_target_kept_for_the_reader():
    data = chart_data(TABLE, ["地区生产总值"], source_labels=LABELS)
    p2023 = next(p for p in data.find("地区生产总值", "target").points if p.year == 2023)
    assert p2023.also == ("力争7%以上",)
    hover = point_text(p2023, "target", "地区生产总值", data.source_name(p2023.source))
    assert "2023年地区生产总值目标" in hover and "力争7%以上" in hover and "2023年江门市政府工作报告" in hover


def test_amounts_on_request_and_two_axes_when_units_differ():
    level = chart_data(TABLE, ["地区生产总值"], measures=["level"])
    assert [s.unit for s in level.series] == ["亿元"]
    assert pts(level.series[0])[-1] == (2024, 4210.18)
    both = chart_data(TABLE, ["地区生产总值"], measures=["growth", "level"])
    assert {(s.unit, s.axis) for s in both.series} == {("%", 0), ("亿元", 1)}
    assert both.axis_labels == ("增速（%）", "亿元")


def test_indicators_with_different_units_get_their_own_axis():
    data = chart_data(TABLE, ["地区生产总值", "城镇新增就业"])
    jobs = data.find("城镇新增就业", "target")
    assert jobs.unit == "万人" and jobs.axis == 1
    assert data.find("地区生产总值", "target").axis == 0
    assert data.find("地区生产总值", "actual", "亿元") is None     # no third axis for GDP's amount


def test_a_third_unit_is_left_out_and_said_so():
    data = chart_data(TABLE, ["地区生产总值"], measures=["all"])
    assert len({s.unit for s in data.series}) == 2
    assert data.omitted and "未画出" in data.footnote


def test_ranges_and_periods():
    data = chart_data(TABLE, ["外贸进出口总额"])
    targets = data.find("外贸进出口总额", "target")
    assert targets.has_ranges and (targets.points[0].value, targets.points[0].high) == (1, 2)
    # multi-year figures (五年年均) have no year and are not points
    gdp = chart_data(TABLE, ["地区生产总值"])
    assert 5.9 not in [p.value for p in gdp.find("地区生产总值", "actual").points]


def test_footnote_names_sources_in_report_order():
    data = chart_data(TABLE, ["地区生产总值"], source_labels=LABELS)
    assert data.sources == (LABELS[S21], LABELS[S23], LABELS[S24], LABELS[S25])
    assert data.footnote.startswith("资料来源：2021年江门市政府工作报告；")


@pytest.mark.parametrize("value, high, unit, qualifier, text", [
    (6, None, "%", "以上", "6%以上"), (5.5, None, "%", "左右", "5.5%左右"), (7, None, "%", "力争", "力争7%"),
    (1, 2, "%", None, "1—2%"), (4000, None, "亿元", "突破", "突破4000亿元"), (2, None, "rank", None, "第2"),
])
def test_figure_text_when_the_table_has_none(value, high, unit, qualifier, text):
    row = fig("某指标", value, unit, "target", 2023, 2023, S23, qualifier=qualifier, high=high)
    assert chart_data(table_of([row]), ["某指标"], measures=["all"]).series[0].points[0].text == text


def test_nothing_to_draw():
    data = chart_data(TABLE, ["粮食产量"])
    assert data.empty and data.series == ()


def test_metric_names_accept_synonyms():
    available = ["地区生产总值", "城镇新增就业"]
    assert resolve_metric("地区生产总值", available) == "地区生产总值"
    assert resolve_metric("GDP", available) == "地区生产总值"
    assert resolve_metric("粮食产量", available) is None


@pytest.mark.parametrize("meta, label", [
    (Meta(title="政府工作报告", region="江门市", year=2025, kind="report"), "2025年江门市政府工作报告"),
    (Meta(title="江门市政府工作报告", region="江门市", year=2021, kind="report"), "2021年江门市政府工作报告"),
    (Meta(title="2023答卷优异 2024拼搏奋进", year=2024, kind="article"), "《2023答卷优异 2024拼搏奋进》（2024年）"),
    (Meta(), "x.txt"),
])
def test_source_labels(meta, label):
    assert source_label(meta, "dir/x.txt") == label


def test_labels_of_one_year_do_not_sit_on_each_other():
    from jmdesk.core.chartdata import label_places
    data = chart_data(TABLE, ["地区生产总值", "外贸进出口总额", "居民消费价格"])
    places = label_places(data)
    index = {(s.metric, s.kind, s.unit): i for i, s in enumerate(data.series)}
    # 2023 on the left axis: GDP target 6, GDP result 5, trade target 3, CPI target 3
    assert places[(index[("地区生产总值", "target", "%")], 2023)] == "above"
    assert places[(index[("地区生产总值", "actual", "%")], 2023)] == "right"
    in_2023 = [places[(i, 2023)] for i, s in enumerate(data.series) if 2023 in s.years and s.axis == 0]
    assert sorted(in_2023) == ["above", "below", "left", "right"]
    # alone on its axis in its year: above (GDP's amount, on the right axis)
    assert places[(index[("地区生产总值", "actual", "亿元")], 2023)] == "above"


def test_a_decline_reads_negative_beside_its_point():
    rows = [fig("社会消费品零售总额", -3.7, "%", "actual", 2020, 2021, S21, text="3.7%",
                sentence="社会消费品零售总额下降3.7%")]
    point = chart_data(table_of(rows), ["社会消费品零售总额"]).series[0].points[0]
    assert (point.value, point.text, point.label) == (-3.7, "3.7%", "−3.7%")


def test_picker_lists_indicators_and_names_seen_in_two_years_only():
    from jmdesk.core.chartdata import listed_metrics, metrics_by_use
    table = table_of(ROWS + [
        fig("方面工作", 10, "个", "target", 2023, 2023, S23, 120),            # a phrase read once
        fig("民生实事", 10, "件", "target", 2023, 2023, S23, 130),            # not registered, two years:
        fig("民生实事", 10, "件", "target", 2025, 2025, S25, 130),            # worth a chart
    ])
    listed = listed_metrics(table)
    assert "方面工作" not in listed and "方面工作" in metrics_by_use(table)   # the CLI still takes it
    assert "民生实事" in listed
    assert {"地区生产总值", "城镇新增就业", "居民消费价格", "外贸进出口总额"} <= set(listed)
