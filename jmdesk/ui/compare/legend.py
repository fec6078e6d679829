"""A one-line legend: each highlight style shown in its own format, with its name."""
from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from jmdesk.ui.compare import highlight, palette


def _css(fmt: QTextCharFormat) -> str:
    rules = [f"background:{fmt.background().color().name()}", f"color:{palette.TEXT}",
             "padding:2px 7px", "border-radius:3px"]
    deco = []
    if fmt.fontUnderline() or fmt.underlineStyle() != QTextCharFormat.NoUnderline:
        deco.append("underline")
    if fmt.fontStrikeOut():
        deco.append("line-through")
    if deco:
        rules.append("text-decoration:" + " ".join(deco))
    if fmt.fontWeight() >= 700:
        rules.append("font-weight:bold")
    return ";".join(rules)


class Legend(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("legend")
        styles = highlight.styles()
        entries = [("insert", self.tr("inserted (B)")), ("delete", self.tr("deleted (A)")),
                   ("figure", self.tr("figure changed")), ("added", self.tr("added section")),
                   ("removed", self.tr("removed section"))]
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 4, 12, 4)
        lay.setSpacing(10)
        self.labels = {}
        for style, text in entries:
            label = QLabel(text)
            label.setStyleSheet(_css(styles[style]))
            lay.addWidget(label)
            self.labels[style] = label
        moved = QLabel(self.tr("┅ moved section"))
        moved.setStyleSheet(f"color:{palette.GREEN};font-weight:bold;padding:2px 4px")
        lay.addWidget(moved)
        lay.addStretch(1)
