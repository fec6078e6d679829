"""One report in the compare window: a header (side, title, year, source) above read-only,
wrapped, generously spaced text. Offsets in and out are Python str indices (CONTRACT.md);
the pane converts them to Qt's UTF-16 positions when the text holds characters beyond the BMP."""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QLabel, QTextEdit, QToolTip, QVBoxLayout

from jmdesk.core.document import Document
from jmdesk.ui.compare import highlight


def display_title(doc: Document) -> str:
    """'2025年江门市政府工作报告': the way reports are named, from what the metadata knows."""
    m = doc.meta
    title = m.title or Path(doc.source).stem
    if m.region and m.region not in title:
        title = m.region + title
    if m.year and str(m.year) not in title:
        title = f"{m.year}年{title}"
    return title


class DocumentPane(QFrame):
    fileDropped = Signal(str)
    scrolled = Signal()

    def __init__(self, side: str, parent=None):
        super().__init__(parent)
        self.side = side
        self.document: Document | None = None
        self.tooltip_at: Callable[[int], str | None] = lambda _offset: None
        self._wide: list[int] = []        # str offsets of characters beyond the BMP
        self._marks: list = []
        self._find: list = []
        self.setObjectName(f"pane_{side}")
        self.setAcceptDrops(True)

        self.side_label = QLabel(self.tr("A · older report") if side == "a" else self.tr("B · newer report"))
        self.side_label.setObjectName("paneSide")
        self.title_label = QLabel()
        self.title_label.setObjectName("paneTitle")
        self.title_label.setWordWrap(True)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("paneMeta")
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.edit = QTextEdit()
        self.edit.setObjectName("paneText")
        self.edit.setReadOnly(True)
        self.edit.setAcceptDrops(False)   # drops go to the pane
        self.edit.viewport().setAcceptDrops(False)
        self.edit.setLineWrapMode(QTextEdit.WidgetWidth)
        self.edit.setWordWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        self.edit.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.edit.viewport().installEventFilter(self)
        self.edit.verticalScrollBar().valueChanged.connect(self.scrolled)
        self.edit.document().setDocumentMargin(18)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        header = QVBoxLayout()
        header.setContentsMargins(12, 10, 12, 8)
        header.setSpacing(2)
        header.addWidget(self.side_label)
        header.addWidget(self.title_label)
        header.addWidget(self.meta_label)
        lay.addLayout(header)
        lay.addWidget(self.edit, 1)
        self.show_document(None)

    # --- content -------------------------------------------------------------------------
    def show_document(self, doc: Document | None) -> None:
        self.document = doc
        self._marks, self._find = [], []
        if doc is None:
            self.title_label.setText(self.tr("No report"))
            self.meta_label.setText(self.tr("Drop a file here, or use File › Open."))
            self.edit.setPlainText("")
            return
        m = doc.meta
        self.title_label.setText(display_title(doc) or self.tr("Untitled"))
        bits = [str(m.year) if m.year else None, m.region, m.date, Path(doc.source).name]
        self.meta_label.setText("  ·  ".join(b for b in bits if b))
        self.meta_label.setToolTip(doc.source)
        self._wide = [i for i, ch in enumerate(doc.text) if ord(ch) > 0xFFFF]
        self.edit.setPlainText(doc.text)
        self._space_lines()
        self.edit.moveCursor(QTextCursor.Start)

    def show_pending(self, path: str) -> None:
        """While a file is read into an empty pane: its name and 'Reading…' in the header."""
        if self.document is None:
            self.title_label.setText(Path(path).name)
            self.meta_label.setText(self.tr("Reading…"))

    def _space_lines(self) -> None:
        # Chinese reads better with air between lines and a gap between paragraphs.
        fmt = QTextBlockFormat()
        fmt.setLineHeight(165, 1)  # 1 = QTextBlockFormat.ProportionalHeight
        fmt.setBottomMargin(12)
        cur = QTextCursor(self.edit.document())
        cur.select(QTextCursor.Document)
        cur.mergeBlockFormat(fmt)
        self.edit.document().setModified(False)

    def set_marks(self, marks: list) -> None:
        self._marks = list(marks)
        self._apply()

    def set_find_marks(self, spans: list[tuple[int, int]]) -> None:
        self._find = [highlight.Mark(s, e, "find") for s, e in spans]
        self._apply()

    def _apply(self) -> None:
        marks = [highlight.Mark(self.qt_pos(m.start), self.qt_pos(m.end), m.style, m.change)
                 for m in self._marks + self._find]
        self.edit.setExtraSelections(highlight.selections(self.edit, marks))

    # --- offsets: Python str index <-> Qt position ----------------------------------------
    def qt_pos(self, offset: int) -> int:
        return offset + bisect_right(self._wide, offset - 1) if self._wide else offset

    def str_pos(self, qt_pos: int) -> int:
        if not self._wide:
            return qt_pos
        offset = qt_pos
        while offset > 0 and self.qt_pos(offset) > qt_pos:
            offset -= 1
        return offset

    # --- where the reader is --------------------------------------------------------------
    def top_offset(self) -> int:
        """Offset of the first character visible at the top of the text."""
        cur = self.edit.cursorForPosition(QPoint(24, 4))
        return self.str_pos(cur.position())

    def cursor_offset(self) -> int:
        return self.str_pos(self.edit.textCursor().position())

    def selected_span(self) -> tuple[int, int]:
        c = self.edit.textCursor()
        return self.str_pos(c.selectionStart()), self.str_pos(c.selectionEnd())

    def visible_span(self) -> tuple[int, int]:
        vp = self.edit.viewport()
        first = self.edit.cursorForPosition(QPoint(24, 4)).position()
        last = self.edit.cursorForPosition(QPoint(vp.width() - 24, vp.height() - 4)).position()
        return self.str_pos(first), self.str_pos(last)

    def y_of(self, offset: int, bottom: bool = False) -> int:
        """Viewport y of the line holding offset (its top, or its bottom)."""
        cur = QTextCursor(self.edit.document())
        limit = max(0, self.edit.document().characterCount() - 1)
        cur.setPosition(min(self.qt_pos(offset), limit))
        rect = self.edit.cursorRect(cur)
        return rect.bottom() if bottom else rect.top()

    def show_span(self, start: int, end: int, select: bool = True) -> None:
        """Bring [start, end) into view about a third of the way down, and select it."""
        limit = max(0, self.edit.document().characterCount() - 1)
        cur = QTextCursor(self.edit.document())
        cur.setPosition(min(self.qt_pos(start), limit))
        if select and end > start:
            cur.setPosition(min(self.qt_pos(end), limit), QTextCursor.KeepAnchor)
        self.edit.setTextCursor(cur)
        self.scroll_offset_to(start, self.edit.viewport().height() // 3)

    def show_sentence(self, offset: int) -> None:
        """Select the sentence around offset (a figure's source sentence) and bring it into view."""
        text = self.document.text if self.document else ""
        offset = max(0, min(offset, len(text)))
        start = max(text.rfind(mark, 0, offset) for mark in "。；！？\n") + 1
        ends = [i for i in (text.find(mark, offset) for mark in "。；！？\n") if i >= 0]
        end = min(ends) + 1 if ends else len(text)
        if text[end - 1:end] == "\n":
            end -= 1
        self.show_span(start, max(end, start))

    def scroll_offset_to(self, offset: int, y: int) -> None:
        """Scroll so that the line of offset sits at viewport y."""
        bar = self.edit.verticalScrollBar()
        bar.setValue(bar.value() + self.y_of(offset) - y)

    def scroll_by_pixels(self, delta: int) -> None:
        bar = self.edit.verticalScrollBar()
        bar.setValue(bar.value() + delta)

    def set_point_size(self, size: float) -> None:
        font = self.edit.font()
        font.setPointSizeF(size)
        self.edit.setFont(font)
        self.edit.document().setDefaultFont(font)

    # --- events ---------------------------------------------------------------------------
    def eventFilter(self, obj, event):
        if obj is self.edit.viewport() and event.type() == QEvent.ToolTip:
            cur = self.edit.cursorForPosition(event.pos())
            text = self.tooltip_at(self.str_pos(cur.position())) if self.document else None
            if text:
                QToolTip.showText(event.globalPos(), text, self.edit.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(obj, event)

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
            self.setProperty("dropping", True)
            self.style().polish(self)

    def dragLeaveEvent(self, event):
        self.setProperty("dropping", False)
        self.style().polish(self)

    def dropEvent(self, event):
        self.setProperty("dropping", False)
        self.style().polish(self)
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.fileDropped.emit(files[0])
