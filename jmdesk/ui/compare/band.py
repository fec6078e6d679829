"""The band between the two panes: one link per section pair, drawn as a curved polygon from
the section in A to its partner in B (as Meld's link map does). Crossing links show at a glance
that a section moved; added and removed sections taper to the point where they would sit."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from jmdesk.ui.compare import palette
from jmdesk.ui.compare.pairing import PairIndex


@dataclass(frozen=True)
class Link:
    pair: int
    status: str
    level: int
    a_top: int                       # band coordinates; equal top and bottom: a point
    a_bottom: int
    b_top: int
    b_bottom: int


class LinkBand(QWidget):
    pairClicked = Signal(int)

    def __init__(self, pane_a, pane_b, parent=None):
        super().__init__(parent)
        self.panes = {"a": pane_a, "b": pane_b}
        self.index: PairIndex | None = None
        self.parents: set[int] = set()
        self.setObjectName("linkBand")
        self.setMinimumWidth(56)
        self.setMaximumWidth(90)
        self.setMouseTracking(True)
        for pane in self.panes.values():
            pane.scrolled.connect(self.update)

    def set_index(self, index: PairIndex | None) -> None:
        self.index = index
        # pairs that enclose other pairs are drawn as outlines only, so that the innermost
        # pairs read as separate chunks (as in Meld) instead of layers of overlapping colour
        self.parents = set() if index is None else \
            {index.parent_pair(i) for i in range(len(index.cmp.pairs))} - {None}
        self.update()

    def _y(self, side: str, offset: int, bottom: bool = False) -> int:
        pane = self.panes[side]
        vp = pane.edit.viewport()
        y = pane.y_of(offset, bottom)
        return self.mapFromGlobal(vp.mapToGlobal(QPoint(0, y))).y()

    def links(self) -> list[Link]:
        """Every pair as a link, in band coordinates (deeper levels last, drawn on top)."""
        if self.index is None:
            return []
        idx, out = self.index, []
        for i, p in enumerate(idx.cmp.pairs):
            ys = {}
            for side in ("a", "b"):
                span = idx.span(i, side)
                if span is not None:
                    ys[side] = (self._y(side, span[0]), self._y(side, max(span[0], span[1] - 1), True))
            if not ys:
                continue
            if len(ys) == 1:
                where = idx.anchor_for_orphan(i)
                if where is None:
                    continue
                y = self._y(where[0], where[1])
                ys[where[0]] = (y, y)
            sec = idx.section("b", p.b) or idx.section("a", p.a)
            out.append(Link(i, p.status, sec.level if sec else 2, *ys["a"], *ys["b"]))
        return sorted(out, key=lambda l: (l.pair not in self.parents, l.level))

    def _path(self, link: Link) -> QPainterPath:
        w = self.width()
        mid = w / 2
        path = QPainterPath(QPointF(0, link.a_top))
        path.cubicTo(mid, link.a_top, mid, link.b_top, w, link.b_top)
        path.lineTo(w, link.b_bottom)
        path.cubicTo(mid, link.b_bottom, mid, link.a_bottom, 0, link.a_bottom)
        path.closeSubpath()
        return path

    def pair_at(self, point) -> int | None:
        """The innermost pair whose link covers point (band coordinates)."""
        hits = [l for l in self.links() if self._path(l).contains(QPointF(point))]
        return hits[-1].pair if hits else None

    def paintEvent(self, _event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), palette.colour("#F4F6F8"))
        h = self.height()
        for link in self.links():
            if max(link.a_bottom, link.b_bottom) < 0 or min(link.a_top, link.b_top) > h:
                continue
            colour = palette.status_colour(link.status)
            outline_only = link.pair in self.parents
            path = self._path(link)
            if not outline_only:
                painter.fillPath(path, palette.status_colour(link.status, 110))
            pen = QPen(colour.darker(125) if link.status != "unchanged" else colour)
            pen.setWidthF(0.8 if outline_only else 1.4)
            if link.status == "moved":
                pen.setStyle(Qt.DashLine)
            painter.setPen(pen)
            painter.drawPath(path)
        painter.end()

    def mousePressEvent(self, event):
        pair = self.pair_at(event.position())
        if pair is not None:
            self.pairClicked.emit(pair)
