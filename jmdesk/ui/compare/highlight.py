"""Turn a Comparison into highlights on one pane (QTextEdit.ExtraSelection, so the text itself
is never modified): word-level insertions, deletions and replacements, figure changes, and whole
added or removed sections. Which style goes with which change is decided here and only here."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from jmdesk.core.document import Change, Comparison
from jmdesk.ui.compare import palette
from jmdesk.ui.compare.pairing import PairIndex


@dataclass(frozen=True)
class Mark:
    """One highlighted span on one side; `style` is one of STYLES' keys."""
    start: int
    end: int
    style: str
    change: int | None = None        # index into Comparison.changes


def _fmt(bg: str, *, underline=None, line_colour: str | None = None, strike=False, bold=False,
         full_width=False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setBackground(QBrush(QColor(bg)))
    if underline is not None:
        f.setUnderlineStyle(underline)
        f.setUnderlineColor(QColor(line_colour or palette.TEXT))
    f.setFontStrikeOut(strike)
    if bold:
        f.setFontWeight(700)
    if full_width:
        f.setProperty(QTextFormat.FullWidthSelection, True)
    return f


def styles() -> dict[str, QTextCharFormat]:
    """Formats by style name; the legend draws from the same table."""
    U = QTextCharFormat.UnderlineStyle
    return {
        "insert": _fmt(palette.INSERT_BG, underline=U.SingleUnderline, line_colour=palette.BLUE),
        "delete": _fmt(palette.DELETE_BG, strike=True),
        "figure": _fmt(palette.FIGURE_BG, underline=U.WaveUnderline, line_colour=palette.FIGURE_LINE,
                       bold=True),
        "added": _fmt(palette.ADDED_BG),
        "removed": _fmt(palette.REMOVED_BG),
        "find": _fmt(palette.FIND_BG),
    }


def marks_for(cmp: Comparison, side: str, index: PairIndex | None = None) -> list[Mark]:
    """The spans to highlight on `side` ('a' older, 'b' newer), sections first so that word
    highlights paint over them."""
    index = index or PairIndex(cmp)
    out: list[Mark] = []
    whole = "removed" if side == "a" else "added"
    for i, p in enumerate(cmp.pairs):
        if p.status == whole:
            span = index.span(i, side)
            if span:
                out.append(Mark(span[0], span[1], whole))
    figures: list[Mark] = []
    for i, c in enumerate(cmp.changes):
        start, end = _span(c, side)
        if end <= start:
            continue                  # nothing on this side (the other side has the insertion)
        if c.kind == "replace":
            style = "delete" if side == "a" else "insert"
        else:
            style = "delete" if c.kind == "delete" else "insert"
        fig = c.figure.old if (c.figure and side == "a") else (c.figure.new if c.figure else None)
        if fig is not None and start <= fig.start < fig.end <= end:
            # the figure itself in its own style, the words around it as wording
            if (fig.start, fig.end) != (start, end):
                out.append(Mark(start, end, style, i))
            figures.append(Mark(fig.start, fig.end, "figure", i))
        elif c.figure is not None and fig is not None:
            figures.append(Mark(start, end, "figure", i))
        else:
            out.append(Mark(start, end, style, i))
    return out + figures              # figures last: painted over the words around them


def _span(c: Change, side: str) -> tuple[int, int]:
    return (c.a_start, c.a_end) if side == "a" else (c.b_start, c.b_end)


def selections(edit: QTextEdit, marks: list[Mark]) -> list[QTextEdit.ExtraSelection]:
    table = styles()
    doc_end = max(0, edit.document().characterCount() - 1)
    out = []
    for m in marks:
        sel = QTextEdit.ExtraSelection()
        cur = QTextCursor(edit.document())
        cur.setPosition(min(m.start, doc_end))
        cur.setPosition(min(m.end, doc_end), QTextCursor.KeepAnchor)
        sel.cursor = cur
        sel.format = table[m.style]
        out.append(sel)
    return out
