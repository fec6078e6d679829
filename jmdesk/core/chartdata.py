"""What a chart of indicators across years shows, as plain values: the plot model.

From the figures table (``jmdesk.core.metrics.figures_table``) and the indicators asked for, it
takes the one figure per indicator, measure, unit, kind and year that ``metrics.best_figures``
chooses, groups them into series (results and targets), puts each unit on an axis (two at most:
left and right), and says where every point comes from. The pyqtgraph view
(``jmdesk.ui.metrics.chart``) only draws this; the command line and the app draw the same
``ChartData``. No Qt, no pyqtgraph.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

KIND_WORDS = {"actual": "实际", "target": "目标"}
# Words for what a figure measures (the measures of jmdesk.core.metrics); the amount itself
# ("level") needs no word: "地区生产总值（实际）", axis "亿元".
MEASURE_WORDS = {"growth": "增速", "level": "", "share": "占比", "rank": "排名", "change": "增减",
                 "gap": "差距", "multiple": "倍数"}
# Charted unless asked for: ranks, gaps and changes against a base year read badly by year.
DEFAULT_MEASURES = ("growth", "level", "share")
MAX_AXES = 2


@dataclass(frozen=True)
class ChartPoint:
    year: int
    value: float
    high: float | None          # upper end of a range (6%-6.5%), else None
    qualifier: str | None
    text: str                   # the figure as written, "5.5%左右"
    sentence: str
    source: str                 # path of the document
    offset: int                 # start of the figure in the document's text
    report_year: int | None
    also: tuple[str, ...] = ()  # other figures for the same year (a stretch target 力争7%)

    @property
    def label(self) -> str:
        """The figure as written, signed: a decline written "下降3.7%" is "3.7%" in the text
        but must read -3.7% beside a point below zero."""
        if self.value < 0 and not self.text.lstrip().startswith(("-", "−")):
            return "−" + self.text
        return self.text


@dataclass(frozen=True)
class ChartSeries:
    metric: str
    kind: str                   # actual | target
    measure: str
    unit: str
    axis: int                   # 0 left, 1 right
    points: tuple[ChartPoint, ...]

    @property
    def label(self) -> str:
        side = "，右轴" if self.axis == 1 else ""
        kind = KIND_WORDS.get(self.kind, self.kind)
        return f"{self.metric}{MEASURE_WORDS.get(self.measure, '')}（{kind}{side}）"

    @property
    def years(self) -> list[int]:
        return [p.year for p in self.points]

    @property
    def has_ranges(self) -> bool:
        return any(p.high is not None for p in self.points)


@dataclass(frozen=True)
class ChartData:
    title: str
    series: tuple[ChartSeries, ...]
    axis_labels: tuple[str, ...]          # one per axis in use: left, then right
    sources: tuple[str, ...]              # footnote: the documents the points come from
    omitted: tuple[str, ...] = ()         # series left out (a third unit), said in the footnote
    metrics: tuple[str, ...] = ()
    source_names: tuple[tuple[str, str], ...] = ()   # (path, footnote label)

    def source_name(self, path: str) -> str:
        return dict(self.source_names).get(path, Path(path).name)

    @property
    def empty(self) -> bool:
        return not self.series

    def find(self, metric: str, kind: str, unit: str | None = None) -> ChartSeries | None:
        return next((s for s in self.series if s.metric == metric and s.kind == kind
                     and (unit is None or s.unit == unit)), None)

    @property
    def footnote(self) -> str:
        lines = ["资料来源：" + "；".join(self.sources)] if self.sources else []
        if any(s.kind == "target" for s in self.series):
            lines.append("目标为当年政府工作报告提出的预期目标，实际为次年报告回顾的完成情况。")
        if self.omitted:
            lines.append("未画出：" + "、".join(self.omitted) + "（单位不同）。")
        return "\n".join(lines)


# ---- reading the table ----

def measure_of(row: Mapping) -> str:
    """The measure the figures work gave, else one read from the unit."""
    m = _clean(row.get("measure"))
    if m:
        return str(m)
    unit = str(_clean(row.get("unit")) or "")
    if unit == "%":
        return "growth"
    if "百分点" in unit:
        return "gap"
    if unit == "rank":
        return "rank"
    return "level"


def _clean(v):
    """None for the table's missing values (NaN, None, pandas NA)."""
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if type(v).__name__ in ("NAType", "NaTType"):  # pandas' missing values, without importing pandas
        return None
    return v


def _rows(table) -> list[dict]:
    if hasattr(table, "to_dict"):
        return [{k: _clean(v) for k, v in r.items()} for r in table.to_dict("records")]
    return [dict(r) for r in table]


def _int(v) -> int | None:
    v = _clean(v)
    if v is None:
        return None
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def _point(row: dict) -> ChartPoint:
    high = _clean(row.get("value_high"))
    # best_figures pairs a stretch target (力争7%) with the main one; it is not about results
    stretch = _clean(row.get("stretch_text")) if row.get("kind") == "target" else None
    if stretch and not str(stretch).startswith("力争"):
        stretch = "力争" + str(stretch)
    return ChartPoint(also=(str(stretch),) if stretch else (),
                      year=int(row["year"]), value=float(row["value"]),
                      high=float(high) if high is not None else None,
                      qualifier=_clean(row.get("qualifier")),
                      text=str(_clean(row.get("text")) or _figure_text(row)),
                      sentence=str(_clean(row.get("sentence")) or ""),
                      source=str(_clean(row.get("source")) or ""),
                      offset=_int(row.get("start")) or 0,
                      report_year=_int(row.get("report_year")))


# qualifiers written before the number (力争7%, 突破4000亿元); the others follow it (6%以上)
_LEADING = ("力争", "超过", "超", "近", "约", "突破", "不少于", "不低于", "达到")


def _figure_text(row: dict) -> str:
    value = format_value(float(row["value"]))
    high = _clean(row.get("value_high"))
    if high is not None:
        value += "—" + format_value(float(high))
    unit = _clean(row.get("unit")) or ""
    if unit == "rank":
        value, unit = f"第{value}", ""
    q = _clean(row.get("qualifier")) or ""
    return f"{q}{value}{unit}" if q in _LEADING else f"{value}{unit}{q}"


def point_text(point: ChartPoint, kind: str, metric: str = "", source_name: str = "") -> str:
    """What hovering a point says: year, kind and figure as written, its sentence and its source."""
    head = f"{point.year}年{metric}{KIND_WORDS.get(kind, kind)}：{point.text}"
    if point.also:
        head += "（另：" + "、".join(point.also) + "）"
    lines = [head]
    if point.sentence:
        lines.append(point.sentence)
    if source_name:
        lines.append("——" + source_name)
    return "\n".join(lines)


def format_value(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


# ---- the chart of indicators by year ----

def chart_data(table, metrics: Iterable[str], measures: Iterable[str] | None = None,
               source_labels: Mapping[str, str] | None = None, region: str | None = None) -> ChartData:
    """Series of results and targets by year for the given indicators (canonical names).

    ``measures`` None: each indicator's most telling units (see _axis_units); else only these
    measures ("growth", "level", …, or "all")."""
    from jmdesk.core.metrics import best_figures

    metrics = list(dict.fromkeys(metrics))
    wanted = tuple(measures) if measures else DEFAULT_MEASURES
    chosen = table[table["metric"].isin(metrics)] if len(table) else table
    groups: dict[tuple, list[dict]] = {}
    for row in _rows(best_figures(chosen)) if len(chosen) else []:
        if _int(row.get("year")) is None or _clean(row.get("value")) is None:
            continue
        measure = measure_of(row)
        if "all" not in wanted and measure not in wanted:
            continue
        row["year"] = _int(row["year"])
        key = (row["metric"], measure, row.get("unit") or "", row.get("kind") or "actual")
        groups.setdefault(key, []).append(row)

    explicit = measures is not None
    units = _axis_units(groups, metrics, explicit)
    series = []
    omitted = []
    for (metric, measure, unit, kind), rows in sorted(
            groups.items(), key=lambda kv: (_unit_rank(units, kv[0][2]), metrics.index(kv[0][0]),
                                            kv[0][1], kv[0][3] != "actual")):
        if unit not in units:
            if explicit:
                label = ChartSeries(metric, kind, measure, unit, 0, ()).label
                omitted.append(f"{label}（{unit_word(unit)}）")
            continue
        points = tuple(_point(r) for r in sorted(rows, key=lambda r: r["year"]))
        series.append(ChartSeries(metric, kind, measure, unit, units.index(unit), points))

    labels = tuple(_axis_label([s for s in series if s.axis == i], u) for i, u in enumerate(units))
    used = sorted({p.source for s in series for p in s.points},
                  key=lambda src: (_report_year_of(series, src), src))
    sources = tuple(_label(src, source_labels) for src in used)
    title = _title(metrics, series, region)
    return ChartData(title=title, series=tuple(series), axis_labels=labels, sources=sources,
                     omitted=tuple(omitted), metrics=tuple(metrics),
                     source_names=tuple(zip(used, sources)))


def _axis_units(groups: dict, metrics: list[str], explicit: bool) -> list[str]:
    """Units for the axes (MAX_AXES at most). First each indicator's best unit: the one that
    carries targets (the comparison editors ask for), else the one with most points; then, while
    an axis is free, the indicators' other units (GDP: growth in % on the left, the amount in 亿元
    on the right). When measures were named, all of their units, as far as two axes allow."""
    score: dict[tuple[str, str], list[int]] = {}
    for (metric, _measure, unit, kind), rows in groups.items():
        s = score.setdefault((metric, unit), [0, 0])
        s[0] += len(rows) if kind == "target" else 0
        s[1] += len(rows)

    def rank(key):
        return (-(score[key][0] > 0), -score[key][1], key[1])

    ranked = {m: [u for _m, u in sorted((k for k in score if k[0] == m), key=rank)] for m in metrics}
    units: list[str] = []
    for pass_no in range(MAX_AXES):
        for metric in metrics:
            options = ranked[metric] if explicit else ranked[metric][pass_no:pass_no + 1]
            for unit in options:
                if unit not in units:
                    units.append(unit)
    return units[:MAX_AXES]


def _unit_rank(units: list[str], unit: str) -> int:
    return units.index(unit) if unit in units else len(units)


def unit_word(unit: str) -> str:
    return "位次" if unit == "rank" else unit


def _axis_label(series: list[ChartSeries], unit: str) -> str:
    measures = {s.measure for s in series}
    word = MEASURE_WORDS.get(next(iter(measures)), "") if len(measures) == 1 else ""
    return f"{word}（{unit_word(unit)}）" if word else unit_word(unit)


def _report_year_of(series: list[ChartSeries], source: str) -> int:
    return min((p.report_year or 0) for s in series for p in s.points if p.source == source)


def _label(source: str, labels: Mapping[str, str] | None) -> str:
    if labels and source in labels:
        return labels[source]
    return Path(source).name


def _title(metrics: list[str], series: list[ChartSeries], region: str | None) -> str:
    years = sorted({p.year for s in series for p in s.points})
    kinds = {s.kind for s in series}
    # a title names two indicators at most; the legend lists them all
    what = "、".join(metrics) if len(metrics) <= 2 else f"{metrics[0]}等{len(metrics)}项指标"
    if kinds == {"actual", "target"}:
        what += "：实际与目标"
    elif kinds == {"target"}:
        what += "：预期目标"
    span = ""
    if years:
        span = f"（{years[0]}年）" if years[0] == years[-1] else f"（{years[0]}—{years[-1]}年）"
    return f"{region or ''}{what}{span}"


def source_label(meta, source: str) -> str:
    """How the footnote names a document: '2025年江门市政府工作报告', or an article's title and year."""
    title = (getattr(meta, "title", None) or "").strip()
    region = getattr(meta, "region", None) or ""
    year = getattr(meta, "year", None)
    kind = getattr(meta, "kind", None)
    if kind == "report" and (title or year):
        title = title or "政府工作报告"  # what a document of kind "report" is (CONTRACT.md)
        head = f"{year}年" if year else ""
        return f"{head}{region if region not in title else ''}{title}"
    if title:
        return f"《{title}》（{year}年）" if year else f"《{title}》"
    return Path(source).name


def label_places(data: ChartData) -> dict[tuple[int, int], str]:
    """Where each point's value label goes, keyed by (series index, year): "above" its point,
    except where points of one axis share a year: the highest above, the lowest below, those
    between to the right or left, so that no two labels sit on each other."""
    groups: dict[tuple[int, int], list[tuple[float, int]]] = {}
    for i, s in enumerate(data.series):
        for p in s.points:
            top = p.high if p.high is not None else p.value
            groups.setdefault((s.axis, p.year), []).append((top, i))
    out = {}
    for (_axis, year), items in groups.items():
        items.sort(key=lambda t: (-t[0], t[1]))            # highest first; ties in series order
        for rank, (_top, i) in enumerate(items):
            if rank == 0:
                place = "above"
            elif rank == len(items) - 1:
                place = "below"
            else:
                place = "right" if rank % 2 else "left"
            out[(i, year)] = place
    return out


# ---- from documents ----

def source_labels(docs) -> dict[str, str]:
    return {d.source: source_label(d.meta, d.source) for d in docs}


def common_region(docs) -> str | None:
    """The region all documents share, for the title; None when they differ or none is known."""
    regions = {d.meta.region for d in docs if d.meta.region}
    return regions.pop() if len(regions) == 1 else None


def resolve_metric(name: str, available: Iterable[str]) -> str | None:
    """The canonical name for what the user typed (a synonym, 'GDP'), if these figures have it."""
    available = list(available)
    if name in available:
        return name
    try:
        from jmdesk.core.indicators import canonical
        canon = canonical(name)
    except ImportError:  # the registry is optional for charting; exact names still work
        canon = None
    if canon in available:
        return canon
    folded = name.strip().casefold()
    return next((m for m in available if m.casefold() == folded), None)


def metrics_by_use(table) -> list[str]:
    """Metrics that have figures with a year, most figures first (what a user can chart)."""
    counts: dict[str, int] = {}
    for row in _rows(table):
        if _int(row.get("year")) is not None and row.get("metric"):
            counts[row["metric"]] = counts.get(row["metric"], 0) + 1
    return sorted(counts, key=lambda m: (-counts[m], m))


def listed_metrics(table) -> list[str]:
    """The metrics worth offering in a picker: registered indicators, and any other name seen in
    two years or more. A name read once (often a phrase, not an indicator) would be a chart of
    one point; `jmdesk chart --metric` still accepts every name."""
    from jmdesk.core.indicators import canonical

    years: dict[str, set[int]] = {}
    for row in _rows(table):
        year = _int(row.get("year"))
        if year is not None and row.get("metric"):
            years.setdefault(row["metric"], set()).add(year)
    return [m for m in metrics_by_use(table) if canonical(m) == m or len(years.get(m, ())) >= 2]


def documents_chart(docs, metrics: Iterable[str], measures: Iterable[str] | None = None,
                    table=None) -> ChartData:
    """The chart of these indicators across these documents (the table is built if not given)."""
    if table is None:
        from jmdesk.core.metrics import figures_table
        table = figures_table(list(docs))
    return chart_data(table, metrics, measures, source_labels=source_labels(docs),
                      region=common_region(docs))
