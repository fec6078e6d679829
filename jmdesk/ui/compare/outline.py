"""The outline of both reports: one row per section pair, nested as the sections are, with the
pair's status in colour and in words (colour is never the only cue). Clicking a row brings both
panes to the pair."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from jmdesk.ui.compare import palette
from jmdesk.ui.compare.pairing import PairIndex

PAIR_ROLE = Qt.UserRole + 1


def swatch(colour: QColor, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.Antialiasing)
    p.setBrush(colour)
    p.setPen(colour.darker(130))
    p.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    p.end()
    return QIcon(pix)


class OutlineView(QWidget):
    pairClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("outline")
        self.title = QLabel(self.tr("Outline of both reports"))
        self.title.setObjectName("panelTitle")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Section (B, else A)"), self.tr("Status")])
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 6)
        lay.setSpacing(6)
        lay.addWidget(self.title)
        lay.addWidget(self.tree, 1)

    def status_names(self) -> dict[str, str]:
        return {"unchanged": self.tr("unchanged"), "changed": self.tr("changed"),
                "moved": self.tr("moved"), "added": self.tr("added"), "removed": self.tr("removed")}

    def set_index(self, index: PairIndex | None) -> None:
        self.tree.clear()
        if index is None:
            return
        names = self.status_names()
        items: dict[int, QTreeWidgetItem] = {}
        for i, p in enumerate(index.cmp.pairs):
            sa, sb = index.section("a", p.a), index.section("b", p.b)
            main = sb or sa
            if main is None:
                continue
            label = f"{main.number or ''}{main.title}"
            item = QTreeWidgetItem([label, names.get(p.status, p.status)])
            item.setData(0, PAIR_ROLE, i)
            item.setIcon(0, swatch(palette.status_colour(p.status)))
            if p.status != "unchanged":
                tint = QBrush(palette.status_colour(p.status, 40))
                item.setBackground(0, tint)
                item.setBackground(1, tint)
            tip = [f"A: {sa.number or ''}{sa.title}" if sa else "A: —",
                   f"B: {sb.number or ''}{sb.title}" if sb else "B: —",
                   f"{names.get(p.status, p.status)} · {p.score:.2f}"]
            item.setToolTip(0, "\n".join(tip))
            parent = index.parent_pair(i)
            if parent is not None and parent in items:
                items[parent].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[i] = item
        self.tree.expandToDepth(0)

    def item_for_pair(self, pair: int) -> QTreeWidgetItem | None:
        found = [it for it in self._all_items() if it.data(0, PAIR_ROLE) == pair]
        return found[0] if found else None

    def _all_items(self):
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            it = stack.pop(0)
            yield it
            stack.extend(it.child(i) for i in range(it.childCount()))

    def _clicked(self, item, _col=0):
        pair = item.data(0, PAIR_ROLE)
        if pair is not None:
            self.pairClicked.emit(pair)
