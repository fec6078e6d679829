"""A comparison as one self-contained HTML page an editor can forward as it is.

Inline CSS only, nothing loaded from elsewhere; every piece of document text
goes through html.escape. Deletions are struck through on orange, insertions
underlined on blue, changed figures boxed and bold: readable without telling
red from green.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from html import escape

from jmdesk.core.compare import heading_span, own_segments
from jmdesk.core.document import Change, Comparison, Document, Section
from jmdesk.core.export.describe import doc_heading, figure_row

_CSS = """
:root { --ins:#d6e6ff; --ins-line:#1f5fbf; --del:#ffe0bf; --del-line:#b35900; --fig:#5b2a86; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",
       "Hiragino Sans GB","WenQuanYi Micro Hei",SimSun,sans-serif; margin: 24px; color:#1d1d1d;
       line-height: 1.75; font-size: 15px; }
h1 { font-size: 22px; margin: 0 0 6px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #ccc; padding-bottom: 4px; }
.docs { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin: 10px 0 14px; }
.doc { border: 1px solid #ccc; border-radius: 6px; padding: 8px 12px; background: #fafafa; }
.doc b { display: inline-block; min-width: 1.6em; }
.legend { font-size: 13px; color: #333; margin: 6px 0 0; }
.legend span { margin-right: 14px; }
table { border-collapse: collapse; width: 100%; }
table.figs th, table.figs td { border: 1px solid #ccc; padding: 4px 8px; text-align: left;
                               vertical-align: top; }
table.figs th { background: #eee; }
table.figs { width: auto; min-width: 60%; }
table.figs td.metric { min-width: 11em; }
table.figs td.diff { white-space: nowrap; }
table.side { table-layout: fixed; }
table.side td { width: 50%; vertical-align: top; padding: 6px 10px; border-top: 1px solid #ddd; }
table.side td.a { border-right: 1px solid #ddd; }
tr.head td { background: #f3f3f3; font-weight: bold; border-top: 2px solid #bbb; }
tr.head td .status { font-weight: normal; font-size: 12px; border: 1px solid #999; border-radius: 3px;
                     padding: 0 4px; margin-left: 6px; color: #333; background: #fff; }
.lv1 { font-size: 17px; } .lv3 { font-weight: normal; font-style: italic; }
del { background: var(--del); color: #5a2d00; text-decoration: line-through;
      text-decoration-color: var(--del-line);
      text-decoration-thickness: 2px; }
ins { background: var(--ins); color: #0b2f66; text-decoration: underline;
      text-decoration-color: var(--ins-line);
      text-decoration-thickness: 2px; text-underline-offset: 3px; }
.fig { outline: 2px solid var(--fig); font-weight: bold; border-radius: 2px; }
.gap { font-weight: bold; padding: 0 1px; }
.ins-gap { color: var(--ins-line); } .del-gap { color: var(--del-line); }
td.added { background: #e8f0ff; } td.removed { background: #fff1e2; }
.empty { color: #888; font-style: italic; }
.note { color: #555; font-size: 13px; }
.same { color: #777; }
"""


def comparison_html(cmp: Comparison, title: str = "政府工作报告对比") -> str:
    parts = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
             f"<h1>{escape(title)}</h1>", _header(cmp), _figure_table(cmp), _sections(cmp),
             "</body></html>"]
    return "\n".join(parts)


def _header(cmp: Comparison) -> str:
    n_fig = sum(1 for c in cmp.changes if c.figure)
    n_word = len(cmp.changes) - n_fig
    counts: dict[str, int] = {}
    for p in cmp.pairs:
        counts[p.status] = counts.get(p.status, 0) + 1
    names = {"unchanged": "未变", "changed": "有改动", "moved": "位置变动", "added": "新增", "removed": "删去"}
    summary = "，".join(f"{names[k]} {v}" for k, v in counts.items())
    return (f'<div class="docs"><div class="doc"><b>A</b>（旧）{escape(doc_heading(cmp.a))}</div>'
            f'<div class="doc"><b>B</b>（新）{escape(doc_heading(cmp.b))}</div></div>'
            f'<div class="note">章节：{escape(summary)}；文字改动 {n_word} 处，数字改动 {n_fig} 处。</div>'
            '<div class="legend"><span><del>删去的文字</del></span><span><ins>新增的文字</ins></span>'
            '<span><span class="fig">改动的数字</span></span>'
            '<span><span class="gap ins-gap">‸</span>/<span class="gap del-gap">‸</span> 另一边在此处新增/删去</span>'
            '<span class="note">空格、换行、全角/半角、引号样式和疑似识别错字不算改动。</span></div>')


def _figure_table(cmp: Comparison) -> str:
    rows = [(c, figure_row(c.figure, c)) for c in cmp.changes if c.figure]
    # Targets first, then results whose value changed; other new or dropped results are counted.
    targets = [r for c, r in rows if r["kind"] == "目标"]
    results = [r for c, r in rows if r["kind"] != "目标" and c.figure.old and c.figure.new]
    others = len(rows) - len(targets) - len(results)
    out = ["<h2>数字变化</h2>"]
    if not rows:
        out.append('<p class="empty">两份文件中没有数字改动。</p>')
        return "\n".join(out)
    out.append('<table class="figs"><tr><th>指标</th><th>类型</th><th>A（旧）</th><th>B（新）</th><th>差值</th></tr>')
    for r in targets + results:
        out.append(f"<tr><td class=\"metric\">{escape(r['metric'])}</td><td>{escape(r['kind'])}</td>"
                   f"<td>{escape(r['old'])}</td><td>{escape(r['new'])}</td>"
                   f"<td class=\"diff\">{escape(r['difference'])}</td></tr>")
    out.append("</table>")
    if others:
        out.append(f'<p class="note">另有 {others} 个实绩数字只出现在一方（在下方正文中以方框标出）。</p>')
    return "\n".join(out)


def _sections(cmp: Comparison) -> str:
    a, b = cmp.a, cmp.b
    marks_a = _marks(cmp.changes, "a", cmp.pairs)
    marks_b = _marks(cmp.changes, "b", cmp.pairs)
    out = ["<h2>逐节对照</h2>", '<table class="side"><tr><th>A（旧）</th><th>B（新）</th></tr>']
    shown_a: set[str] = set()
    shown_b: set[str] = set()
    statuses = {"unchanged": "未变", "changed": "有改动", "moved": "位置变动", "added": "新增", "removed": "删去"}
    lead_a = _lead(a)
    lead_b = _lead(b)
    if lead_a or lead_b:
        out.append('<tr class="head"><td class="a">（章节以外的文字：标题、开场白等）</td><td>（章节以外的文字）</td></tr>')
        out.append(f'<tr><td class="a">{_render(a, lead_a, marks_a, "a")}</td>'
                   f'<td>{_render(b, lead_b, marks_b, "b")}</td></tr>')
    for k, p in enumerate(cmp.pairs):
        sa = a.section(p.a) if p.a else None
        sb = b.section(p.b) if p.b else None
        level = (sa or sb).level
        status = statuses.get(p.status, p.status)
        score = f" {p.score:.2f}" if p.a and p.b else ""
        out.append(f'<tr class="head lv{min(level, 3)}" id="pair-{k}">'
                   f'<td class="a">{_title(a, sa, marks_a, "a")}</td>'
                   f'<td>{_title(b, sb, marks_b, "b")}'
                   f'<span class="status">{escape(status)}{score}</span></td></tr>')
        cls_a = ' removed' if p.status == "removed" else ""
        cls_b = ' added' if p.status == "added" else ""
        out.append(f'<tr><td class="a{cls_a}">{_body(a, sa, shown_a, marks_a, "a", p.status)}</td>'
                   f'<td class="{cls_b.strip()}">{_body(b, sb, shown_b, marks_b, "b", p.status)}</td></tr>')
    out.append("</table>")
    return "\n".join(out)


def _title(doc: Document, s: Section | None, marks, side: str) -> str:
    """Number and heading, the heading with its changes marked."""
    if s is None:
        return '<span class="empty">—</span>'
    span = heading_span(doc, s)
    number = escape(s.number or "")
    if span is None:
        return number + escape(s.title)
    return number + _render(doc, [span], marks, side)


def _lead(doc: Document) -> list[tuple[int, int]]:
    """Text outside every section: the report's heading and opening words."""
    from jmdesk.core.compare import unsectioned_segments
    return unsectioned_segments(doc)


def _body(doc: Document, s: Section | None, shown: set[str], marks, side: str, status: str) -> str:
    if s is None:
        return '<span class="empty">（{}）</span>'.format("新增章节" if side == "a" else "已删去")
    if s.id in shown:
        return '<span class="empty">（同上，见前一行）</span>'
    shown.add(s.id)
    heading = heading_span(doc, s)
    segs = [seg for seg in own_segments(doc, s) if seg != heading]
    if status in ("added", "removed"):
        return _plain(doc, segs)
    return _render(doc, segs, marks, side)


def _plain(doc: Document, segs) -> str:
    return "<br>".join(escape(doc.text[x:y]).replace("\n", "<br>") for x, y in _trim(doc, segs))


@dataclass(frozen=True)
class _Marks:
    """What to highlight on one side: changed stretches and, inside them, the figures."""
    changes: list[tuple[int, int]]       # merged, sorted, no overlaps
    figures: list[tuple[int, int, str]]  # figure spans with their tooltip
    tag: str                             # del (A) or ins (B)
    gaps: frozenset = frozenset()        # where text was inserted (in A) or deleted (in B)


def _marks(changes: tuple[Change, ...], side: str, pairs=()) -> _Marks:
    spans, figs, gaps = [], [], set()
    for c in changes:
        start, end = (c.a_start, c.a_end) if side == "a" else (c.b_start, c.b_end)
        # An insertion inside a paired section leaves a caret in A, a deletion one in B
        # (whole added or removed sections are shaded instead).
        if start == end and c.pair is not None and pairs[c.pair].a and pairs[c.pair].b:
            gaps.add(start)
        if end > start and not (side == "a" and c.kind == "insert" or side == "b" and c.kind == "delete"):
            spans.append((start, end))
        if c.figure:
            f = c.figure.old if side == "a" else c.figure.new
            if f is not None:
                r = figure_row(c.figure, c)
                figs.append((f.start, f.end, f"{r['metric']}：{r['old']} → {r['new']}（{r['difference']}）"))
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    # A caret next to highlighted text says nothing the highlight does not.
    starts = [s for s, _e in merged]
    lone = set()
    for g in gaps:
        k = bisect_right(starts, g) - 1
        if not (k >= 0 and merged[k][1] >= g) and not (k + 1 < len(merged) and merged[k + 1][0] == g):
            lone.add(g)
    return _Marks([(s, e) for s, e in merged], sorted(figs), "del" if side == "a" else "ins", frozenset(lone))


def _trim(doc: Document, segs) -> list[tuple[int, int]]:
    """Segments without surrounding blank lines (and without the full stop an inline
    heading leaves at the start of its body); empty ones dropped."""
    out = []
    for x, y in segs:
        while x < y and (doc.text[x].isspace() or (not out and doc.text[x] in "。.，,；;：:")):
            x += 1
        while y > x and doc.text[y - 1].isspace():
            y -= 1
        if y > x:
            out.append((x, y))
    return out


def _render(doc: Document, segs, marks: _Marks, side: str) -> str:
    ch_starts = [s for s, _e in marks.changes]
    fig_starts = [s for s, _e, _t in marks.figures]

    def state(pos: int) -> tuple[bool, str | None]:
        k = bisect_right(ch_starts, pos) - 1
        changed = k >= 0 and marks.changes[k][1] > pos
        k = bisect_right(fig_starts, pos) - 1
        tip = None
        for kk in range(k, max(-1, k - 6), -1):     # figures seldom overlap: look a few back
            s, e, t = marks.figures[kk]
            if s <= pos < e:
                tip = t
                break
        return changed, tip

    pieces = []
    for seg_start, seg_end in _trim(doc, segs):
        cuts = {seg_start, seg_end}
        for s, e in marks.changes:
            if s < seg_end and e > seg_start:
                cuts.update((max(s, seg_start), min(e, seg_end)))
        for s, e, _t in marks.figures:
            if s < seg_end and e > seg_start:
                cuts.update((max(s, seg_start), min(e, seg_end)))
        cuts.update(g for g in marks.gaps if seg_start < g < seg_end)
        cuts = sorted(cuts)
        out = []
        for x, y in zip(cuts, cuts[1:]):
            if x in marks.gaps and x > seg_start:
                out.append(_GAP[side])
            text = escape(doc.text[x:y])
            changed, tip = state(x)
            title = f' title="{escape(tip)}"' if tip else ""
            if changed:
                cls = ' class="fig"' if tip else ""
                out.append(f"<{marks.tag}{cls}{title}>{text}</{marks.tag}>")
            elif tip:
                out.append(f'<span class="fig"{title}>{text}</span>')
            else:
                out.append(text)
        if seg_end in marks.gaps:
            out.append(_GAP[side])
        pieces.append("".join(out))
    return "<br>".join(p.replace("\n", "<br>") for p in pieces)


_GAP = {"a": '<span class="gap ins-gap" title="此处有新增文字">‸</span>',
        "b": '<span class="gap del-gap" title="此处删去了文字">‸</span>'}
