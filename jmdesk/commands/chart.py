"""`jmdesk chart FILE... --metric NAME [--metric NAME…] [--png OUT] [--svg OUT]`

Draws indicators across years from several reports, the same chart as the app's Chart tab,
without a screen (Qt's offscreen platform). Without --png/--svg it prints the plotted points.
"""
from __future__ import annotations

import os
import sys

from jmdesk.commands import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, fail, load_or_exit

MEASURES = ("growth", "level", "share", "rank", "all")


def add_arguments(parser):
    parser.add_argument("files", nargs="+", metavar="FILE", help="report files (.txt .md .docx .pdf .html)")
    parser.add_argument("--metric", "-m", action="append", required=True, metavar="NAME",
                        help="indicator to draw (canonical name or a synonym such as GDP); repeat for more")
    parser.add_argument("--measure", action="append", choices=MEASURES,
                        help="what of the indicator to draw: growth (%%), level (亿元…), share, rank, or all; "
                             "default: the measure that has targets, else the one with most figures")
    parser.add_argument("--view", choices=("years", "targets"), default="years",
                        help="years: results and targets by year (default); "
                             "targets: target against result per year, met or missed (one metric)")
    parser.add_argument("--png", metavar="OUT", help="write the chart as PNG at print resolution")
    parser.add_argument("--svg", metavar="OUT", help="write the chart as SVG")
    parser.add_argument("--width-mm", type=float, default=160.0,
                        help="printed width of the PNG (default 160)")
    parser.add_argument("--dpi", type=int, default=300, help="resolution of the PNG (default 300)")


def run(args) -> int:
    if args.width_mm <= 0 or not 50 <= args.dpi <= 1200:
        return fail("--width-mm must be positive and --dpi between 50 and 1200", EXIT_USAGE)
    if args.view == "targets" and len(args.metric) != 1:
        return fail("--view targets draws one metric; give --metric once", EXIT_USAGE)
    docs = [load_or_exit(path) for path in args.files]

    from jmdesk.core import chartdata
    from jmdesk.core.metrics import figures_table

    table = figures_table(docs)
    available = chartdata.metrics_by_use(table)
    if not available:
        return fail("these files have no figures with a year to chart; check that they are "
                    "government work reports", EXIT_BAD_INPUT)
    metrics = []
    for name in args.metric:
        metric = chartdata.resolve_metric(name, available)
        if metric is None:
            return fail(f"no figures for metric '{name}' in these files; " + _suggest(name, available),
                        EXIT_USAGE)
        metrics.append(metric)

    measures = None if not args.measure else (["all"] if "all" in args.measure else args.measure)
    if args.view == "targets":
        from jmdesk.core.chartdata_targets import documents_targets
        data = documents_targets(docs, metrics[0], table=table)
        empty = not any(r.target or r.result for r in data.rows)
    else:
        data = chartdata.documents_chart(docs, metrics, measures, table=table)
        empty = data.empty
    if empty:
        return fail(f"no figures with a year for {'、'.join(metrics)}"
                    + (f" as {'/'.join(args.measure)}" if args.measure else "")
                    + " in these files; try another --measure or --view", EXIT_BAD_INPUT)

    if not (args.png or args.svg):
        _print(data)
        return EXIT_OK
    _use_offscreen_without_display()
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "jmdesk"])
    from jmdesk.ui.metrics import chart_style
    from jmdesk.ui.metrics.chart_export import save_chart

    if chart_style.cjk_family() is None:
        sys.stderr.write("jmdesk: warning: no Chinese font found; Chinese text in the chart may show as "
                         "boxes; install a CJK font (e.g. Noto Sans CJK SC)\n")
    try:
        written = save_chart(data, png=args.png, svg=args.svg, width_mm=args.width_mm, dpi=args.dpi)
    except OSError as exc:
        return fail(f"{exc}; check that the folder exists and is writable", EXIT_BAD_INPUT)
    for path in written:
        print(path)
    return EXIT_OK


def _suggest(name: str, available: list[str], shown: int = 15) -> str:
    """Close names first (粮食 -> 粮食产量), then the headline indicators, then the most used."""
    try:
        from jmdesk.core.indicators import headline_metrics
        headline = [m for m in headline_metrics() if m in available]
    except ImportError:
        headline = []
    close = [m for m in available if name and name in m]
    ordered = list(dict.fromkeys(close + headline + available))
    more = len(ordered) - shown
    text = ("did you mean " + "、".join(close[:3]) + "? " if close else "") + "available: "
    tail = f" (and {more} more; 'jmdesk metrics' lists them)" if more > 0 else ""
    return text + "、".join(ordered[:shown]) + tail


def _use_offscreen_without_display() -> None:
    # Must run before the first Qt import: the platform plugin is chosen once per process.
    screen = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not screen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _print(data) -> None:
    from jmdesk.core.chartdata import KIND_WORDS
    from jmdesk.core.chartdata_targets import TargetResultData

    out = [data.title]
    if isinstance(data, TargetResultData):
        for r in data.rows:
            verdict = {True: "达成", False: "未达成", None: ""}[r.met]
            out.append(f"  {r.year}  目标 {r.target.text if r.target else '—'}  "
                       f"实际 {r.result.text if r.result else '—'}  {verdict}".rstrip())
    else:
        for s in data.series:
            out.append(f"{s.label} [{s.unit}]" + ("  (右轴)" if s.axis else ""))
            for p in s.points:
                kind = KIND_WORDS.get(s.kind, s.kind)
                out.append(f"  {p.year}  {p.label}  ({kind}, {data.source_name(p.source)})")
    out.append(data.footnote)
    sys.stdout.write("\n".join(out) + "\n")
