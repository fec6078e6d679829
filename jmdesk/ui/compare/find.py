"""Find in both documents at once: every match is tinted in both panes, and Enter moves each
pane to its next match (Shift+Enter: previous)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    if not needle:
        return []
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + len(needle))
    return out


def next_match(matches: list[tuple[int, int]], after: int, forward: bool = True):
    """The first match starting after `after` (or before it going back), wrapping around."""
    if not matches:
        return None
    if forward:
        return next((m for m in matches if m[0] > after), matches[0])
    return next((m for m in reversed(matches) if m[0] < after), matches[-1])


class FindBar(QWidget):
    searched = Signal(str, bool)      # text, forward
    changed = Signal(str)
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in both reports"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(lambda: self.searched.emit(self.field.text(), True))
        self.field.textChanged.connect(self.changed)
        back = QShortcut(QKeySequence("Shift+Return"), self.field)
        back.activated.connect(lambda: self.searched.emit(self.field.text(), False))
        self.count = QLabel()
        self.count.setObjectName("findCount")
        prev_btn = QPushButton(self.tr("Previous"))
        prev_btn.clicked.connect(lambda: self.searched.emit(self.field.text(), False))
        next_btn = QPushButton(self.tr("Next"))
        next_btn.clicked.connect(lambda: self.searched.emit(self.field.text(), True))
        close_btn = QPushButton(self.tr("Close"))
        close_btn.clicked.connect(self.close_bar)
        esc = QShortcut(QKeySequence(Qt.Key_Escape), self)
        esc.activated.connect(self.close_bar)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        lay.setSpacing(6)
        lay.addWidget(QLabel(self.tr("Find:")))
        lay.addWidget(self.field, 1)
        lay.addWidget(self.count)
        lay.addWidget(prev_btn)
        lay.addWidget(next_btn)
        lay.addWidget(close_btn)

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_counts(self, in_a: int, in_b: int) -> None:
        self.count.setText(self.tr("A: %1 · B: %2").replace("%1", str(in_a)).replace("%2", str(in_b))
                           if self.field.text() else "")
