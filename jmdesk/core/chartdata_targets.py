"""Targets against results for one indicator, as plain values: the plot model of the bar view.

The pairing (target of year Y from the report of Y, result from the report of Y+1) and the
verdict (met or missed) are ``jmdesk.core.metrics.targets_vs_results``'s; this module only
shapes one indicator's rows into points with their sentences, sources and offsets, one unit only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from jmdesk.core.chartdata import (KIND_WORDS, MEASURE_WORDS, ChartPoint, _clean, _int, _label, _rows,
                                   common_region, format_value, source_labels, unit_word)


@dataclass(frozen=True)
class TargetResult:
    year: int
    target: ChartPoint | None
    result: ChartPoint | None
    met: bool | None            # None when one side is missing or the comparison is undefined


@dataclass(frozen=True)
class TargetResultData:
    title: str
    metric: str
    unit: str
    rows: tuple[TargetResult, ...]
    sources: tuple[str, ...] = field(default=())
    axis_label: str = ""
    source_names: tuple[tuple[str, str], ...] = ()
    measure: str | None = None

    def source_name(self, path: str) -> str:
        return dict(self.source_names).get(path, Path(path).name)

    def label(self, kind: str) -> str:
        return f"{self.metric}{MEASURE_WORDS.get(self.measure or '', '')}（{KIND_WORDS[kind]}）"

    @property
    def footnote(self) -> str:
        lines = ["资料来源：" + "；".join(self.sources)] if self.sources else []
        lines.append("目标为当年政府工作报告提出的预期目标，实际为次年报告回顾的完成情况；"
                     "“暂无”指所用文件中没有该年的实际数。")
        return "\n".join(lines)


def target_result_data(view, metric: str, source_labels: Mapping[str, str] | None = None,
                       region: str | None = None, table=None) -> TargetResultData:
    """Target and result side by side per year for one indicator, from the rows of
    ``metrics.targets_vs_results`` (which pairs them and says met or missed). One unit only:
    the one with the most targets that have a result. ``table`` (the figures table) gives each
    figure's offset, for opening its sentence."""
    rows = [r for r in _rows(view) if r.get("metric") == metric and _int(r.get("year")) is not None]
    count: dict[tuple, list[int]] = {}
    for r in rows:
        c = count.setdefault((r.get("measure"), r.get("unit")), [0, 0])
        c[0] += _clean(r.get("result")) is not None
        c[1] += 1
    measure, unit = max(count, key=lambda k: (count[k], k[1] == "%")) if count else (None, "")
    offsets = _offsets(table, metric) if table is not None else {}
    out = []
    for r in sorted((r for r in rows if (r.get("measure"), r.get("unit")) == (measure, unit)),
                    key=lambda r: _int(r["year"])):
        year = _int(r["year"])
        status = _clean(r.get("status"))
        out.append(TargetResult(year, _side(r, "target", year, "target", offsets),
                                _side(r, "result", year, "actual", offsets),
                                {"met": True, "missed": False}.get(status)))
    used = sorted({p.source for t in out for p in (t.target, t.result) if p is not None and p.source},
                  key=lambda src: (min(p.report_year or t.year for t in out for p in (t.target, t.result)
                                       if p is not None and p.source == src), src))
    years = [t.year for t in out]
    span = f"（{years[0]}—{years[-1]}年）" if len(years) > 1 else (f"（{years[0]}年）" if years else "")
    word = MEASURE_WORDS.get(measure or "", "")
    return TargetResultData(title=f"{region or ''}{metric}{word}：目标与完成情况{span}", metric=metric,
                            unit=unit or "", rows=tuple(out), measure=measure,
                            sources=tuple(_label(s, source_labels) for s in used),
                            source_names=tuple((s, _label(s, source_labels)) for s in used),
                            axis_label=f"{word}（{unit_word(unit)}）" if word else unit_word(unit or ""))


def _offsets(table, metric: str) -> dict[tuple, tuple[int, int | None]]:
    """(source, kind, year, value) -> (start, report_year) of that figure in its document."""
    out = {}
    for r in _rows(table[table["metric"] == metric]) if len(table) else []:
        year = _int(r.get("year"))
        if year is None or _clean(r.get("value")) is None:
            continue
        key = (r.get("source"), r.get("kind"), year, float(r["value"]))
        out.setdefault(key, (_int(r.get("start")) or 0, _int(r.get("report_year"))))
    return out


def _side(row: dict, side: str, year: int, kind: str, offsets: dict) -> ChartPoint | None:
    value = _clean(row.get(side))
    if value is None:
        return None
    value = float(value)
    high = _clean(row.get(f"{side}_high"))
    source = str(_clean(row.get(f"{side}_source")) or "")
    start, report_year = offsets.get((source, kind, year, value), (0, None))
    stretch = _clean(row.get("stretch")) if side == "target" else None
    also = (f"力争{format_value(float(stretch))}{row.get('unit') or ''}",) if stretch is not None else ()
    return ChartPoint(year=year, value=value, high=float(high) if high is not None else None,
                      qualifier=_clean(row.get(f"{side}_qualifier")),
                      text=str(_clean(row.get(f"{side}_text")) or format_value(value)),
                      sentence=str(_clean(row.get(f"{side}_sentence")) or ""),
                      source=source, offset=start, report_year=report_year, also=also)


def documents_targets(docs, metric: str, table=None) -> TargetResultData:
    """Targets against results for one indicator across these documents."""
    from jmdesk.core.metrics import figures_table, targets_vs_results
    if table is None:
        table = figures_table(list(docs))
    return target_result_data(targets_vs_results(table), metric, source_labels=source_labels(docs),
                              region=common_region(docs), table=table)
