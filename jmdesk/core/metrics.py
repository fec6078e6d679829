"""Figures of many documents as tables: the long table, indicator × year, targets against results.

pandas is imported inside the functions (it is slow to import and the app's start-up
must not pay for it). The rows are CONTRACT.md's metrics rows: every field of a figure
plus `source` and `report_year` (the year the document was delivered).

Which figure fills a cell when several could (a report repeats GDP growth in its review
and again in a district paragraph): for a result of year Y, the report delivered in Y+1
first, then any other document; for a target of year Y, the report delivered in Y first;
within one document the first figure in reading order (the review's opening paragraph
and the targets paragraph come before the details). A stretch target (`力争7%以上`) never
replaces the main one; it is shown beside it.
"""
from __future__ import annotations

from typing import Iterable

COLUMNS = ["metric", "value", "value_high", "unit", "qualifier", "kind", "year", "period",
           "start", "end", "sentence", "group", "measure", "text", "source", "report_year",
           "document_kind"]
MEASURE_NAMES = {"level": "总量", "growth": "增长", "rank": "排名", "share": "占比",
                 "change": "增减", "gap": "差距", "multiple": "倍数"}
FLOORS = ("以上", "不少于", "不低于", "超", "超过", "突破", "力争", "逾")
CEILINGS = ("以内", "以下", "不超过", "不高于")
ABOUT = ("左右", "约", "上下")
# 左右 is met within half a point for rates and within 5% of the target for amounts.
ABOUT_POINTS = 0.5
ABOUT_RELATIVE = 0.05


def figure_rows(docs: Iterable) -> list[dict]:
    """Plain dict rows (for JSON): each figure's fields + source + report_year + document_kind."""
    from jmdesk.core.figures import report_year

    rows = []
    for doc in docs:
        delivered = report_year(doc.text, doc.meta) if doc.figures else doc.meta.year
        for f in doc.figures:
            row = f.to_json()
            row["source"] = doc.source
            row["report_year"] = delivered
            row["document_kind"] = doc.meta.kind
            rows.append(row)
    return rows


def figures_table(docs: Iterable):
    """The long table: one row per figure of every document, CONTRACT columns first."""
    import pandas as pd

    rows = figure_rows(docs)
    table = pd.DataFrame(rows, columns=COLUMNS) if rows else pd.DataFrame(columns=COLUMNS)
    return table


def _doc_kind_rank(table):
    # a result of year Y is best read in the report of Y+1; a target of Y in the report of Y
    expected = table["year"] + (table["kind"] == "actual").astype(int)
    return (table["report_year"] != expected).astype(int)


def best_figures(table, headline_only: bool = False):
    """One figure per (metric, measure, unit, year, kind), chosen as the module doc says."""
    from jmdesk.core import indicators

    t = table[table["year"].notna()].copy()
    if headline_only:
        t = t[t["metric"].isin(indicators.headline_metrics())]
    if t.empty:
        return t
    t["year"] = t["year"].astype(int)
    t["_source_rank"] = _doc_kind_rank(t)
    t["_stretch"] = (t["qualifier"] == "力争").astype(int)
    t["_article"] = (t["document_kind"] == "article").astype(int)   # a report speaks for itself
    t = t.sort_values(["_source_rank", "_article", "_stretch", "report_year", "source", "start"],
                      kind="stable")
    main = t.drop_duplicates(["metric", "measure", "unit", "year", "kind"], keep="first")
    stretch = t[(t["_stretch"] == 1) & (t["kind"] == "target")].drop_duplicates(
        ["metric", "measure", "unit", "year"], keep="first")
    main = main.merge(stretch[["metric", "measure", "unit", "year", "value", "text"]].rename(
        columns={"value": "stretch", "text": "stretch_text"}), how="left",
        on=["metric", "measure", "unit", "year"])
    # a stretch target found alone is the target
    return main.drop(columns=["_source_rank", "_stretch", "_article"]).reset_index(drop=True)


def format_value(value, qualifier=None, value_high=None, unit: str = "") -> str:
    """5.5 + 左右 -> '5.5左右'; ranks as '第7'; ranges as '6-6.5'."""
    import math

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    def num(v):
        return f"{v:g}"
    if unit == "rank":
        return f"{qualifier or ''}第{num(value)}"
    text = num(value)
    if value_high is not None and not (isinstance(value_high, float) and math.isnan(value_high)):
        text += "-" + num(value_high)
    q = qualifier if isinstance(qualifier, str) else ""
    if q in ("超", "超过", "近", "约", "突破", "不少于", "不低于", "不超过", "力争", "逾"):
        return q + text
    return text + q


def indicator_by_year(table, headline_only: bool = True):
    """Indicator × year: rows (metric, measure, unit), columns '<year> result' / '<year> target',
    cells the value as written with its qualifier ('6以上', '3.3', '第7')."""
    import pandas as pd

    best = best_figures(table, headline_only=headline_only)
    if best.empty:
        return pd.DataFrame(columns=["metric", "measure", "unit"])
    best = best.copy()
    best["cell"] = [format_value(r.value, r.qualifier, r.value_high, r.unit) for r in best.itertuples()]
    best["column"] = best["year"].astype(str) + " " + best["kind"].map(
        {"actual": "result", "target": "target"})
    wide = best.pivot_table(index=["metric", "measure", "unit"], columns="column", values="cell",
                            aggfunc="first")
    wide = wide.reindex(columns=sorted(wide.columns, key=lambda c: (int(c.split()[0]), c.split()[1] != "target")))
    wide = wide.reset_index()
    # registry order for rows, so GDP comes first as editors expect
    from jmdesk.core import indicators
    order = {m: i for i, m in enumerate(indicators.headline_metrics())}
    measure_order = {m: i for i, m in enumerate(MEASURE_NAMES)}
    wide["_o"] = wide["metric"].map(lambda m: order.get(m, len(order)))
    wide["_m"] = wide["measure"].map(lambda m: measure_order.get(m, 99))
    wide = wide.sort_values(["_o", "metric", "_m", "unit"]).drop(columns=["_o", "_m"])
    wide.columns.name = None
    return wide.fillna("").reset_index(drop=True)


def judge(target: float, qualifier: str | None, result: float, unit: str,
          target_high: float | None = None) -> str:
    """'met' or 'missed' for one target and its result (see ABOUT_* for 左右)."""
    q = qualifier or ""
    if unit == "rank":       # a rank target: the smaller, the better
        return "met" if result <= target else "missed"
    if q in ABOUT:
        tol = ABOUT_POINTS if unit in ("%", "个百分点") else abs(target) * ABOUT_RELATIVE
        return "met" if abs(result - target) <= tol + 1e-9 else "missed"
    if q in CEILINGS:
        return "met" if result <= target + 1e-9 else "missed"
    # floors, ranges (the lower end) and plain targets: reaching the number meets it
    return "met" if result >= target - 1e-9 else "missed"


def targets_vs_results(table, headline_only: bool = False):
    """The target for year Y (report of Y) beside the result for Y (report of Y+1), met or missed.

    Targets without a result yet are kept with status 'no result' (none of the documents gives it)."""
    import math

    import pandas as pd

    cols = ["metric", "measure", "unit", "year", "target", "target_high", "target_qualifier",
            "target_text", "stretch", "result", "result_qualifier", "result_text", "status",
            "difference", "target_source", "result_source", "target_sentence", "result_sentence"]
    best = best_figures(table, headline_only=headline_only)
    if best.empty:
        return pd.DataFrame(columns=cols)
    keys = ["metric", "measure", "unit", "year"]
    targets = best[best["kind"] == "target"]
    results = best[best["kind"] == "actual"]
    merged = targets.merge(results, on=keys, how="left", suffixes=("_t", "_r"))
    rows = []
    for r in merged.to_dict("records"):
        has_result = r.get("value_r") is not None and not (isinstance(r["value_r"], float) and math.isnan(r["value_r"]))
        high = r.get("value_high_t")
        high = None if high is None or (isinstance(high, float) and math.isnan(high)) else high
        status = judge(r["value_t"], r["qualifier_t"] if isinstance(r["qualifier_t"], str) else None,
                       r["value_r"], r["unit"], high) if has_result else "no result"
        stretch = r.get("stretch_t")
        rows.append({
            "metric": r["metric"], "measure": r["measure"], "unit": r["unit"], "year": int(r["year"]),
            "target": r["value_t"], "target_high": high,
            "target_qualifier": r["qualifier_t"] if isinstance(r["qualifier_t"], str) else None,
            "target_text": r["text_t"],
            "stretch": None if stretch is None or (isinstance(stretch, float) and math.isnan(stretch)) else stretch,
            "result": r["value_r"] if has_result else None,
            "result_qualifier": (r["qualifier_r"] if has_result and isinstance(r["qualifier_r"], str) else None),
            "result_text": r["text_r"] if has_result else None,
            "status": status,
            "difference": round(r["value_r"] - r["value_t"], 4) if has_result else None,
            "target_source": r["source_t"], "result_source": r["source_r"] if has_result else None,
            "target_sentence": r["sentence_t"], "result_sentence": r["sentence_r"] if has_result else None,
        })
    out = pd.DataFrame(rows, columns=cols)
    # headline indicators first, in registry order, then the others by name
    from jmdesk.core import indicators
    order = {m: i for i, m in enumerate(indicators.headline_metrics())}
    out["_o"] = out["metric"].map(lambda m: order.get(m, len(order)))
    out = out.sort_values(["year", "_o", "metric", "measure"], kind="stable").drop(columns=["_o"])
    return out.reset_index(drop=True)
