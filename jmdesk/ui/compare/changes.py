"""The change list: every change of a comparison, figure changes first (old, new, difference),
filterable by type and searchable. Selecting a row asks the window to bring both panes to it."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QTableView, QVBoxLayout, QWidget)

from jmdesk.core.document import Change, Comparison
from jmdesk.ui.compare import palette
from jmdesk.core.export.describe import figure_row
from jmdesk.ui.compare.figure_text import difference_text, figure_text
from jmdesk.ui.compare.pairing import PairIndex

CATEGORIES = ("figure", "wording", "added", "removed")
CHANGE_ROLE = Qt.UserRole + 1        # index into Comparison.changes
CATEGORY_ROLE = Qt.UserRole + 2


def category(c: Change) -> str:
    if c.figure is not None:
        return "figure"
    return {"insert": "added", "delete": "removed"}.get(c.kind, "wording")


def row_order(cmp: Comparison) -> list[int]:
    """Figure changes first, then the rest, each in reading order of B (then A)."""
    return sorted(range(len(cmp.changes)),
                  key=lambda i: (cmp.changes[i].figure is None, cmp.changes[i].b_start,
                                 cmp.changes[i].a_start))


class ChangeListModel(QAbstractTableModel):
    COLUMNS = ("what", "old", "new", "difference")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cmp: Comparison | None = None
        self.rows: list[int] = []
        self._section: dict[int, str] = {}
        self._cells: dict[int, list[str]] = {}

    def headers(self) -> list[str]:
        return [self.tr("Change"), self.tr("Old (A)"), self.tr("New (B)"), self.tr("Difference")]

    def labels(self) -> dict[str, str]:
        return {"figure": self.tr("Figure"), "wording": self.tr("Wording"),
                "added": self.tr("Added"), "removed": self.tr("Removed")}

    def set_comparison(self, cmp: Comparison | None, index: PairIndex | None = None) -> None:
        self.beginResetModel()
        self.cmp = cmp
        self.rows = row_order(cmp) if cmp else []
        self._section, self._cells = {}, {}
        if cmp is not None:
            index = index or PairIndex(cmp)
            for i, c in enumerate(cmp.changes):
                self._section[i] = self._section_title(index, c)
        self.endResetModel()

    @staticmethod
    def _section_title(index: PairIndex, c: Change) -> str:
        if c.pair is not None and 0 <= c.pair < len(index.cmp.pairs):
            p = index.cmp.pairs[c.pair]
            s = index.section("b", p.b) or index.section("a", p.a)
        else:
            found = index.sections_at("b", c.b_start) or index.sections_at("a", c.a_start)
            s = found[0] if found else None
        if s is None:
            return ""
        return f"{s.number or ''}{s.title}"

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers()[section]
        return None

    def cells(self, change_index: int) -> list[str]:
        """What the row shows: the metric (figures) or the kind of change, old, new, difference."""
        if change_index not in self._cells:
            self._cells[change_index] = self._make_cells(change_index)
        return self._cells[change_index]

    def _make_cells(self, change_index: int) -> list[str]:
        c = self.cmp.changes[change_index]
        if c.figure is not None:
            fc = c.figure
            # a target put into words (增长6% → 提质提效) shows the words, as the exports do
            row = figure_row(fc, c)
            old = figure_text(fc.old) if fc.old is not None else row["old"]
            new = figure_text(fc.new) if fc.new is not None else row["new"]
            return [fc.metric, old, new, difference_text(fc)]
        return [self.labels()[category(c)], c.a_text.strip(), c.b_text.strip(), ""]

    def section_of(self, change_index: int) -> str:
        return self._section.get(change_index, "")

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or self.cmp is None:
            return None
        ci = self.rows[index.row()]
        if role == Qt.DisplayRole:
            return self.cells(ci)[index.column()]
        if role == Qt.ToolTipRole:
            c = self.cmp.changes[ci]
            tip = [f"{self.labels()[category(c)]} · {self.section_of(ci)}"]
            if c.a_text.strip():
                tip.append(f"A: {c.a_text.strip()}")
            if c.b_text.strip():
                tip.append(f"B: {c.b_text.strip()}")
            return "\n".join(tip)
        if role == CHANGE_ROLE:
            return ci
        if role == CATEGORY_ROLE:
            return category(self.cmp.changes[ci])
        if role == Qt.ForegroundRole and index.column() == 0:
            return QBrush(QColor({"figure": palette.FIGURE_LINE, "added": palette.BLUE,
                                  "removed": "#9A5B00"}.get(category(self.cmp.changes[ci]),
                                                            palette.TEXT)))
        if role == Qt.FontRole and self.cmp.changes[ci].figure is not None and index.column() in (1, 2):
            f = QFont()
            f.setBold(True)
            return f
        return None


class ChangeFilter(QSortFilterProxyModel):
    """Keeps the rows of the chosen type whose text contains the search words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.category: str | None = None
        self.words = ""

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):     # Qt >= 6.10; invalidateFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def set_category(self, cat: str | None) -> None:
        self._refilter(lambda: setattr(self, "category", cat))

    def set_words(self, words: str) -> None:
        self._refilter(lambda: setattr(self, "words", words.strip().lower()))

    def filterAcceptsRow(self, row, parent):
        model: ChangeListModel = self.sourceModel()
        ci = model.rows[row]
        if self.category and category(model.cmp.changes[ci]) != self.category:
            return False
        if self.words:
            c = model.cmp.changes[ci]
            hay = " ".join(model.cells(ci) + [c.a_text, c.b_text, model.section_of(ci)]).lower()
            return all(w in hay for w in self.words.split())
        return True


class ChangeListPanel(QWidget):
    changeSelected = Signal(int)     # index into Comparison.changes

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("changeList")
        self.model = ChangeListModel(self)
        self.proxy = ChangeFilter(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel(self.tr("Changes"))
        self.title.setObjectName("panelTitle")
        self.count = QLabel()
        self.count.setObjectName("panelCount")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All changes"), None)
        for cat, label in zip(CATEGORIES, (self.tr("Figures"), self.tr("Wording"),
                                           self.tr("Added"), self.tr("Removed"))):
            self.kind.addItem(label, cat)
        self.kind.currentIndexChanged.connect(lambda _i: self._filter())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search changes…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._filter())

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        tools = QHBoxLayout()
        tools.setSpacing(6)
        tools.addWidget(self.kind)
        tools.addWidget(self.search, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 6)
        lay.setSpacing(6)
        lay.addLayout(top)
        lay.addLayout(tools)
        lay.addWidget(self.table, 1)
        self._update_count()

    def set_comparison(self, cmp: Comparison | None, index: PairIndex | None = None) -> None:
        self.model.set_comparison(cmp, index)
        # fixed widths: measuring every cell (resizeColumnsToContents) froze the window ~0.4 s
        for col, width in ((0, 140), (1, 105), (2, 105)):
            self.table.setColumnWidth(col, width)
        self._update_count()

    def set_category(self, cat: str | None) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(cat)))

    def _filter(self) -> None:
        self.proxy.set_category(self.kind.currentData())
        self.proxy.set_words(self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
                           if shown != total else str(total))

    def visible_changes(self) -> list[int]:
        """Change indices in the order the list shows them."""
        return [self.proxy.index(r, 0).data(CHANGE_ROLE) for r in range(self.proxy.rowCount())]

    def current_change(self) -> int | None:
        idx = self.table.currentIndex()
        return idx.data(CHANGE_ROLE) if idx.isValid() else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(row, 0))
            self.table.scrollTo(self.proxy.index(row, 0), QAbstractItemView.PositionAtCenter)

    def step(self, delta: int) -> int | None:
        """Move the selection one row down (+1) or up (-1); returns the new change index."""
        rows = self.proxy.rowCount()
        if rows == 0:
            return None
        cur = self.table.currentIndex()
        row = (0 if delta > 0 else rows - 1) if not cur.isValid() else cur.row() + delta
        row = max(0, min(rows - 1, row))
        if cur.isValid() and row == cur.row():
            self.changeSelected.emit(self.current_change())   # at an end: show it again
        else:
            self.select_row(row)
        return self.current_change()

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.changeSelected.emit(current.data(CHANGE_ROLE))
