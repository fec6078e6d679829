"""jmdesk metrics FILE... [--json] [--csv OUT] [--xlsx OUT]: the figures of several documents as one table.

Without an output flag: the headline indicators by year, as a table in the terminal.
--csv is UTF-8 with a BOM so that Excel opens it with the Chinese intact; --xlsx has three
sheets: all figures, headline indicators by year, targets against results.
"""
from __future__ import annotations

import sys
import unicodedata

from jmdesk.commands import EXIT_OK, EXIT_USAGE, fail, load_or_exit, write_json

SHEETS = ("All figures", "Headline by year", "Targets vs results")


def add_arguments(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="reports or articles: .txt/.md (any encoding), .docx, .pdf, .html")
    parser.add_argument("--json", action="store_true", help='write {"rows": [...]} to standard output')
    parser.add_argument("--csv", metavar="OUT", help="write all figures to a CSV file (UTF-8 with BOM)")
    parser.add_argument("--xlsx", metavar="OUT", help="write a workbook with three sheets")


def run(args) -> int:
    from jmdesk.core import metrics

    docs = [load_or_exit(path) for path in args.files]
    rows = metrics.figure_rows(docs)
    if not rows:
        sys.stderr.write("jmdesk: no figures found in " + ", ".join(args.files)
                         + "; the table is empty\n")
    if args.json:
        write_json({"rows": rows})
    if args.csv or args.xlsx:
        table = metrics.figures_table(docs)
        try:
            if args.csv:
                table.to_csv(args.csv, index=False, encoding="utf-8-sig")
            if args.xlsx:
                write_workbook(table, args.xlsx)
        except OSError as exc:
            return fail(f"cannot write {exc.filename or args.csv or args.xlsx}: {exc.strerror or exc}; "
                        "choose a folder you can write to", EXIT_USAGE)
    if not (args.json or args.csv or args.xlsx):
        if rows:
            print(render_by_year(metrics.indicator_by_year(metrics.figures_table(docs))))
        else:
            print("No figures.")
    return EXIT_OK


def write_workbook(table, path) -> None:
    import pandas as pd

    from jmdesk.core import metrics

    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        table.to_excel(xw, sheet_name=SHEETS[0], index=False)
        metrics.indicator_by_year(table).to_excel(xw, sheet_name=SHEETS[1], index=False)
        metrics.targets_vs_results(table).to_excel(xw, sheet_name=SHEETS[2], index=False)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


def render_by_year(wide) -> str:
    """A plain-text table, aligned for CJK characters (two columns each)."""
    from jmdesk.core.metrics import MEASURE_NAMES

    if wide.empty:
        return "No headline indicators found."
    year_cols = [c for c in wide.columns if c not in ("metric", "measure", "unit")]
    header = ["指标 indicator", "度量", "单位"] + [c.replace(" result", " 实际").replace(" target", " 目标")
                                               for c in year_cols]
    body = [[r["metric"], MEASURE_NAMES.get(r["measure"], r["measure"] or ""),
             "名次" if r["unit"] == "rank" else r["unit"]] + [str(r[c]) for c in year_cols]
            for _, r in wide.iterrows()]
    widths = [max(_width(row[i]) for row in [header] + body) for i in range(len(header))]
    lines = ["  ".join(_pad(cell, w) for cell, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(cell, w) for cell, w in zip(row, widths)).rstrip() for row in body]
    return "\n".join(lines)
