"""A thin QAbstractTableModel over FigureTable: cells, headers, sort and filter are forwarded;
nothing is computed here that the pure table does not already give."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from jmdesk.ui.metrics.figure_table import COLUMNS, NUMERIC, FigureTable

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1      # (path, offset) of the figure's sentence


class FigureTableModel(QAbstractTableModel):
    def __init__(self, table: FigureTable | None = None, parent=None):
        super().__init__(parent)
        self.table = table or FigureTable()
        self.columns = list(COLUMNS)

    def headers(self) -> dict[str, str]:
        return {"metric": self.tr("Indicator"), "value": self.tr("Value"), "unit": self.tr("Unit"),
                "qualifier": self.tr("Qualifier"), "kind": self.tr("Kind"), "year": self.tr("Year"),
                "region": self.tr("Region"), "report_year": self.tr("Report year"),
                "document_kind": self.tr("Document"), "sentence": self.tr("Sentence"),
                "source": self.tr("File")}

    def kind_text(self, kind: str | None) -> str:
        return {"actual": self.tr("Result"), "target": self.tr("Target"),
                "report": self.tr("Report"), "article": self.tr("Article")}.get(kind or "", kind or "")

    # ---- the table ----
    def set_table(self, table: FigureTable) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def set_filter(self, **changes) -> None:
        self.beginResetModel()
        self.table.set_filter(**changes)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.table):
            return None
        row, key = index.row(), self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.table.text(row, key)
            return self.kind_text(text) if key in ("kind", "document_kind") else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.table.text(row, "sentence") or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SOURCE_ROLE:
            return self.table.source_of(row)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[self.columns[section]] if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self.table.sort(self.columns[column], order == Qt.SortOrder.AscendingOrder)
        self.layoutChanged.emit()

    # ---- copy ----
    def tsv(self, indexes) -> str:
        """The selected cells as TSV with a header line, as a spreadsheet pastes them."""
        if not indexes:
            return ""
        cols = sorted({i.column() for i in indexes})
        rows = sorted({i.row() for i in indexes})
        keys = [self.columns[c] for c in cols]
        head = [self.headers()[k] for k in keys]
        lines = ["\t".join(head)]
        for r in rows:
            cells = [self.data(self.index(r, c)) or "" for c in cols]
            lines.append("\t".join(" ".join(str(c).split()) for c in cells))
        return "\n".join(lines) + "\n"
