"""A comparison as an Excel workbook: section pairs, wording changes, figure changes."""
from __future__ import annotations

from pathlib import Path

from jmdesk.core.document import Comparison, Document
from jmdesk.core.export.describe import doc_heading, figure_row

_CELL_MAX = 32000   # Excel refuses longer cells


def _title(doc: Document, sid: str | None) -> str:
    if sid is None:
        return ""
    s = doc.section(sid)
    return f"{s.number or ''}{s.title}"


def _clip(text: str) -> str:
    text = text.replace("\r", "")
    return text if len(text) <= _CELL_MAX else text[:_CELL_MAX - 1] + "…"


def write_comparison_xlsx(cmp: Comparison, path: str | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    head_font = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDDDDD")

    def sheet(ws, headers: list[str], widths: list[int], rows: list[list]):
        ws.append(headers)
        for cell in ws[1]:
            cell.font = head_font
            cell.fill = head_fill
        for row in rows:
            ws.append([_clip(v) if isinstance(v, str) else v for v in row])
        for k, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + k)].width = w
        ws.freeze_panes = "A2"
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")

    ws = wb.active
    ws.title = "章节对照"
    sheet(ws, ["A 章节", "B 章节", "层级", "状态", "相似度", "A id", "B id"], [40, 40, 6, 10, 8, 8, 8],
          [[_title(cmp.a, p.a), _title(cmp.b, p.b),
            (cmp.a.section(p.a) or cmp.b.section(p.b)).level if (p.a or p.b) else None,
            p.status, p.score, p.a or "", p.b or ""] for p in cmp.pairs])

    rows = []
    for c in cmp.changes:
        if c.figure:
            continue
        pair = cmp.pairs[c.pair] if c.pair is not None else None
        rows.append([c.kind, c.a_text, c.b_text, _title(cmp.a, pair.a) if pair else "",
                     _title(cmp.b, pair.b) if pair else "", c.a_start, c.a_end, c.b_start, c.b_end])
    sheet(wb.create_sheet("文字改动"),
          ["类型", "A 原文", "B 新文", "A 章节", "B 章节", "A 起", "A 止", "B 起", "B 止"],
          [9, 50, 50, 28, 28, 8, 8, 8, 8], rows)

    rows = []
    for c in cmp.changes:
        if not c.figure:
            continue
        fc = c.figure
        r = figure_row(fc, c)
        rows.append([r["metric"], r["kind"], r["old"], r["new"], fc.delta, fc.delta_relative, fc.delta_points,
                     r["old_year"], r["new_year"], fc.old.sentence if fc.old else "",
                     fc.new.sentence if fc.new else ""])
    sheet(wb.create_sheet("数字改动"),
          ["指标", "类型", "A（旧）", "B（新）", "差值", "相对差值", "百分点差", "A 年份", "B 年份", "A 句子", "B 句子"],
          [24, 8, 18, 18, 10, 10, 10, 8, 8, 50, 50], rows)

    info = wb.create_sheet("文件")
    sheet(info, ["", "文件"], [6, 90], [["A", doc_heading(cmp.a)], ["B", doc_heading(cmp.b)]])
    wb.save(str(path))
