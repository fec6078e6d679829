"""`jmdesk compare A B [--json] [--html OUT] [--xlsx OUT]`: align and diff two reports."""
from __future__ import annotations

import sys

from jmdesk.commands import EXIT_OK, fail, load_or_exit, write_json


def add_arguments(parser):
    parser.add_argument("a", metavar="A", help="the older report")
    parser.add_argument("b", metavar="B", help="the newer report")
    parser.add_argument("--json", action="store_true", help="write the comparison as JSON to standard output")
    parser.add_argument("--html", metavar="OUT", help="write a self-contained HTML page of the comparison")
    parser.add_argument("--xlsx", metavar="OUT", help="write the comparison as an Excel workbook")
    parser.add_argument("--punctuation-counts", action="store_true",
                        help="report changed punctuation as changes (default: ignored)")


def run(args) -> int:
    import gc

    # The work allocates hundreds of thousands of small objects and makes next to no
    # reference cycles: the cycle collector's passes cost ~6% of a run (~0.1 s on the
    # benchmark's 6x pair) and free ~6 MB there. Off while comparing, back on afterwards.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(args)
    finally:
        if collecting:
            gc.enable()


def _run(args) -> int:
    a = load_or_exit(args.a)      # (jmdesk.__main__.main has warmed the pattern cache)
    b = load_or_exit(args.b)
    from jmdesk.core.compare import CompareOptions, compare_documents

    cmp = compare_documents(a, b, CompareOptions(punctuation_counts=args.punctuation_counts))
    if args.html:
        from jmdesk.core.export.html import comparison_html
        try:
            with open(args.html, "w", encoding="utf-8") as fh:
                fh.write(comparison_html(cmp))
        except OSError as exc:
            return fail(f"cannot write {args.html}: {exc.strerror or exc}; choose a writable path")
    if args.xlsx:
        from jmdesk.core.export.xlsx import write_comparison_xlsx
        try:
            write_comparison_xlsx(cmp, args.xlsx)
        except OSError as exc:
            return fail(f"cannot write {args.xlsx}: {exc.strerror or exc}; choose a writable path")
    if args.json:
        write_json(cmp.to_json())
    elif not (args.html or args.xlsx):
        _summary(cmp, sys.stdout)
    return EXIT_OK


def _label(doc, sid) -> str:
    if sid is None:
        return "—"
    s = doc.section(sid)
    title = s.title if len(s.title) <= 24 else s.title[:23] + "…"
    return f"{'  ' * (s.level - 1)}{s.number or ''}{title}"


def _summary(cmp, out) -> None:
    from jmdesk.core.export.describe import doc_heading, figure_row

    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    out.write(f"A: {doc_heading(cmp.a)}\nB: {doc_heading(cmp.b)}\n\n")
    out.write("Sections\n")
    for p in cmp.pairs:
        out.write(f"  {p.status:<9} {p.score:4.2f}  {_label(cmp.a, p.a)}  →  {_label(cmp.b, p.b)}\n")
    figs = [c for c in cmp.changes if c.figure]
    out.write(f"\nFigure changes ({len(figs)})\n")
    for c in figs:
        row = figure_row(c.figure, c)
        out.write(f"  {row['metric']}: {row['old']} → {row['new']}  {row['difference']}\n")
    words = sum(1 for c in cmp.changes if not c.figure)
    out.write(f"\n{words} wording changes; use --html OUT for the side-by-side view.\n")
